"""Request, reply and error types of the sandbox's endpoints, and reading a JSON body."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jxdeclare.portal.errors import FieldError
from jxdeclare.portal.protocol import MAX_BATCH
from jxdeclare.portal.sandbox_store import StoreError


class SandboxError(Exception):
    """An API error: HTTP ``status``, ``code`` and a Chinese / English ``message``."""

    def __init__(
        self, status: int, code: str, message: str, fields: list[FieldError] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.fields = list(fields or [])

    def body(self) -> dict[str, Any]:
        fields = [{"field": f.field, "message": f.message} for f in self.fields]
        return {"error": {"code": self.code, "message": self.message, "fields": fields}}


@dataclass
class Request:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # case-insensitive (http.client.HTTPMessage)
    body: bytes


@dataclass
class Reply:
    status: int
    body: Any  # JSON-able, or str for the public HTML page
    headers: dict[str, str] = field(default_factory=dict)


def from_store(exc: StoreError) -> SandboxError:
    fields = [FieldError(exc.field, exc.message)] if exc.field else []
    return SandboxError(exc.status, exc.code, exc.message, fields)


def too_many(field_name: str, count: int) -> SandboxError:
    message = f"一次最多 {MAX_BATCH} 项，收到 {count} 项 / at most {MAX_BATCH} allowed, got {count}"
    return SandboxError(413, "too_many_items", message, [FieldError(field_name, message)])


def read_json(request: Request) -> Any:
    try:
        return json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        message = f"请求体不是有效的 UTF-8 JSON（{exc}） / the body is not valid UTF-8 JSON"
        raise SandboxError(400, "bad_request", message) from None


def read_object(request: Request) -> dict[str, Any]:
    body = read_json(request)
    if not isinstance(body, dict):
        raise SandboxError(400, "bad_request", "请求体应为 JSON 对象 / the body must be an object")
    return body
