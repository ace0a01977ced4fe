"""The API's answers as typed values, checked for shape so a wrong body fails loudly and early."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from jxdeclare.portal.errors import (
    FieldError,
    PortalAuthError,
    PortalError,
    PortalNotFound,
    PortalProtocolError,
    PortalStateError,
    PortalValidationError,
)
from jxdeclare.portal.protocol import STATES


@dataclass(frozen=True)
class RemoteRecord:
    """A declaration as the portal holds it (the API's Record); ``raw`` is the JSON object."""

    id: str
    idempotency_key: str
    state: str  # pending_review | published | revised | withdrawn
    credit_code: str
    standard_number: str
    received_at: datetime
    published_at: datetime | None
    public_url: str | None
    payload_sha256: str
    pdf_sha256: str | None
    revises: str | None
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any, url: str) -> RemoteRecord:
        """Raises PortalProtocolError naming the URL and the first field that is wrong."""
        if not isinstance(data, dict):
            raise shape_error(url, "Record", "不是 JSON 对象", "is not a JSON object")
        text = ("id", "idempotency_key", "state", "credit_code", "standard_number",
                "payload_sha256")  # fmt: skip
        optional = ("public_url", "pdf_sha256", "revises")
        for name in text:
            if not isinstance(data.get(name), str):
                raise shape_error(
                    url, f"Record.{name}", "缺失或不是字符串", "is missing or not text"
                )
        for name in optional:
            if data.get(name) is not None and not isinstance(data[name], str):
                raise shape_error(url, f"Record.{name}", "不是字符串", "is not a string")
        if data["state"] not in STATES:
            raise shape_error(
                url, "Record.state", "是未知状态", f"is an unknown state: {data['state']!r}"
            )
        return cls(
            id=data["id"], idempotency_key=data["idempotency_key"], state=data["state"],
            credit_code=data["credit_code"], standard_number=data["standard_number"],
            received_at=_moment(data.get("received_at"), url, "Record.received_at"),
            published_at=_moment(data.get("published_at"), url, "Record.published_at", True),
            public_url=data.get("public_url"), payload_sha256=data["payload_sha256"],
            pdf_sha256=data.get("pdf_sha256"), revises=data.get("revises"), raw=data,
        )  # fmt: skip


@dataclass(frozen=True)
class BatchItemResult:
    """One item of a batch: ``status`` 201 new, 200 replay, else ``error`` says why."""

    idempotency_key: str
    status: int
    record: RemoteRecord | None
    error: PortalError | None


def shape_error(url: str, where: str, zh: str, en: str) -> PortalProtocolError:
    message = (
        f"门户 {url} 的应答不符合接口文档：{where} {zh} / "
        f"the portal's answer at {url} does not match the API: {where} {en}"
    )
    return PortalProtocolError(message, url=url)


def error_from_body(status: int, body: Any, url: str) -> PortalError:
    """The exception for a documented error object ``{"code", "message", "fields"}``."""
    if not isinstance(body, dict):
        raise shape_error(url, "error", "不是 JSON 对象", "is not a JSON object")
    code, message, raw_fields = body.get("code"), body.get("message"), body.get("fields", [])
    if not (isinstance(code, str) and isinstance(message, str) and isinstance(raw_fields, list)):
        raise shape_error(
            url, "error", "缺少 code、message 或 fields", "lacks code, message or fields"
        )
    fields = []
    for item in raw_fields:
        if not (isinstance(item, dict) and isinstance(item.get("field"), str)
                and isinstance(item.get("message"), str)):  # fmt: skip
            raise shape_error(url, "error.fields", "条目格式错误", "has a malformed entry")
        fields.append(FieldError(item["field"], item["message"]))
    if status in (401, 403):
        return PortalAuthError(message, status=status, code=code)
    if status == 404:
        return PortalNotFound(message, status=status, code=code)
    if status == 409 and code == "invalid_state":
        return PortalStateError(message, status=status, code=code)
    if status in (400, 409, 413, 422):
        return PortalValidationError(message, status=status, code=code, fields=fields)
    return PortalError(message, status=status, code=code)


def _moment(value: Any, url: str, where: str, optional: bool = False) -> datetime | None:
    if value is None and optional:
        return None
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise shape_error(url, where, "不是带时区的 ISO-8601 时间", "is not an ISO time with zone")
    return moment
