"""Guided entry on the national platform: a person types each field; we keep count and receipt.

The national platform has no API and a CAPTCHA login, so nothing here talks to it. The record
goes 已排队 → 提交中 when entry starts, and 已公开 once the person types in the public record's
id or address, which becomes its receipt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.services.declarations.records import DeclarationInfo, _info, _load, move, queue
from jxdeclare.services.errors import ConflictError, ServiceError, retry_stale

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext

S = DeclarationState
CHANNEL = "guided"


def start(
    ctx: AppContext, declaration_id: int, *, confirm_warnings: bool = False
) -> DeclarationInfo:
    """Validate and queue if needed, then mark the record as being entered by hand."""
    with ctx.session() as session:
        state = S(_load(session, declaration_id).state)
    if state is S.SUBMITTING:
        with ctx.session() as session:
            row = _load(session, declaration_id)
            if row.channel != CHANNEL:
                raise ConflictError("这份声明正在通过交换接口提交，不能同时人工录入。")
            return _info(row)
    if state not in (S.QUEUED,):
        queue(ctx, [declaration_id], confirm_warnings=confirm_warnings)
    with ctx.session() as session:
        row = _load(session, declaration_id)
        move(ctx, session, row, S.SUBMITTING, "人工录入国家平台")
        row.channel = CHANNEL
        row.entered = row.entered or []
        return _info(row)


def entered_steps(ctx: AppContext, declaration_id: int) -> list[str]:
    with ctx.session() as session:
        return list(_load(session, declaration_id).entered or [])


def mark_entered(ctx: AppContext, declaration_id: int, step_key: str, done: bool = True) -> None:
    """Tick (or untick) one field as typed into the platform; kept across restarts."""

    def change() -> None:
        with ctx.session() as session:
            row = _load(session, declaration_id)
            ticked = [k for k in (row.entered or []) if k != step_key]
            row.entered = [*ticked, step_key] if done else ticked

    retry_stale(change)


def record_public_id(ctx: AppContext, declaration_id: int, public_id: str) -> DeclarationInfo:
    """The platform's public record id or URL: the receipt; the record becomes 已公开."""
    text = public_id.strip()
    if len(text) < 3:
        raise ServiceError(
            "请填写平台上公开记录的编号或网址。 / Enter the public record id or URL."
        )
    return retry_stale(lambda: _record(ctx, declaration_id, text))


def _record(ctx: AppContext, declaration_id: int, text: str) -> DeclarationInfo:
    from jxdeclare.services.declarations.submission import store_receipt

    with ctx.session() as session:
        row = _load(session, declaration_id)
        if row.channel != CHANNEL or S(row.state) is not S.SUBMITTING:
            raise ConflictError("只有正在人工录入的声明可以登记公开编号。")
        url = text if text.startswith(("http://", "https://")) else None
        store_receipt(row, CHANNEL, {
            "id": text, "state": "published", "public_url": url,
            "payload_sha256": row.content_hash, "pdf_sha256": row.content.get("pdf_sha256"),
        }, None)  # fmt: skip
        row.remote_id = text[:60]
        move(ctx, session, row, S.PUBLISHED, f"人工登记公开记录：{text}")
        return _info(row)
