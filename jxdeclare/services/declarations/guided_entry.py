"""Guided entry on the national platform: a person types each field; we keep count and receipt.

The national platform has no API and a CAPTCHA login, so nothing here talks to it. Looking at the
fields (:func:`view`) changes nothing. Only the person's own step 开始人工录入 (:func:`start`)
moves the record 已排队 → 提交中 (validating and queueing it first when needed), so that batch
submission leaves it alone; 撤销人工录入 (:func:`undo_start`) takes it back to 已排队 as long as
nothing was recorded as published. The public record's id or address, typed in once it is
published, becomes its receipt and the record becomes 已公开.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.services.declarations.records import (
    GUIDED,
    DeclarationInfo,
    _info,
    _load,
    move,
    queue,
)
from jxdeclare.services.errors import ConflictError, ServiceError, retry_stale, stale_as_conflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import Declaration

S = DeclarationState
CHANNEL = GUIDED
STARTABLE = (S.DRAFT, S.VALIDATED, S.QUEUED, S.FAILED_RETRYABLE)  # validated and queued first
RACED = "这份声明刚被他人改变（可能正在提交），请刷新。"


@dataclass(frozen=True)
class GuidedView:
    """What the guided-entry window and ``declare guided`` show; reading it changes nothing."""

    info: DeclarationInfo
    steps: list[Any]  # reporting.declarations.fields.EntryStep, in platform order
    entered: list[str]  # keys of the steps ticked as typed in
    warning: str  # the field list's caveat (unverified against the live form)
    warning_en: str


def is_entering(info: DeclarationInfo) -> bool:
    """人工录入中: 提交中 by hand on the national platform."""
    return info.state is S.SUBMITTING and info.channel == CHANNEL


def view(ctx: AppContext, declaration_id: int) -> GuidedView:
    from jxdeclare.reporting.declarations.fields import entry_steps, load_form
    from jxdeclare.services.declarations.records import record_of

    with ctx.session() as session:
        row = _load(session, declaration_id)
        info, record, entered = _info(row), record_of(row), list(row.entered or [])
    form = load_form()
    return GuidedView(info, entry_steps(record), entered, form.warning, form.warning_en)


def start(
    ctx: AppContext, declaration_id: int, *, confirm_warnings: bool = False
) -> DeclarationInfo:
    """开始人工录入: validate and queue if needed, then mark it 提交中 by hand (journalled)."""
    with ctx.session() as session:
        row = _load(session, declaration_id)
        if is_entering(_info(row)):
            return _info(row)  # already marked: starting twice changes nothing
        _refuse_start(row)
        state = S(row.state)
    if state is not S.QUEUED:
        queue(ctx, [declaration_id], confirm_warnings=confirm_warnings)
    with stale_as_conflict(RACED), ctx.session() as session:
        row = _load(session, declaration_id)
        if S(row.state) is not S.QUEUED:  # sent by batch submission meanwhile
            _refuse_start(row)
        move(ctx, session, row, S.SUBMITTING, "开始人工录入国家平台")
        row.channel = CHANNEL
        row.entered = row.entered or []
        return _info(row)


def _refuse_start(row: Declaration) -> None:
    state = S(row.state)
    if state is S.SUBMITTING or state is S.PENDING:
        raise ConflictError(
            f"{row.standard_number}：这份声明已通过交换接口提交（“{row.state}”），不能再人工录入；"
            "结果请用“对账”向平台核对。"
        )
    if state is S.FAILED_NEEDS_EDIT:
        raise ConflictError(f"{row.standard_number}：请先按平台意见修改（“编辑…”）后再录入。")
    if state not in STARTABLE:
        raise ConflictError(f"{row.standard_number}：“{row.state}”状态的声明不能开始人工录入。")


def undo_start(ctx: AppContext, declaration_id: int) -> DeclarationInfo:
    """撤销人工录入: 提交中 (by hand) → 已排队, while nothing was recorded as published.

    The ticks stay (shown, not editable, until entry starts again): the platform may have kept
    what was typed, and nobody should lose their place by undoing.
    """
    with stale_as_conflict(RACED), ctx.session() as session:
        row = _load(session, declaration_id)
        # A record sent through the API is refused by move(), which says why (only reconciliation
        # settles it); the rest must be entered by hand and not yet recorded as published.
        if S(row.state) is not S.SUBMITTING or (row.channel == CHANNEL and row.receipt is not None):
            raise ConflictError(
                f"{row.standard_number}：只有正在人工录入（提交中）、还没有登记公开编号的声明可以"
                f"撤销人工录入（现在是“{row.state}”）。"
            )
        move(ctx, session, row, S.QUEUED, "撤销人工录入")
        row.channel = None  # batch submission may send it now
        return _info(row)


def entered_steps(ctx: AppContext, declaration_id: int) -> list[str]:
    with ctx.session() as session:
        return list(_load(session, declaration_id).entered or [])


def mark_entered(ctx: AppContext, declaration_id: int, step_key: str, done: bool = True) -> None:
    """Tick (or untick) one field as typed into the platform; kept across restarts."""

    def change() -> None:
        with ctx.session() as session:
            row = _load(session, declaration_id)
            if not is_entering(_info(row)):
                raise ConflictError("请先点“开始人工录入”，再勾选已录入的字段。")
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
            hint = (
                f"请先“开始人工录入”（declare guided-start {row.id}）。"
                if S(row.state) in STARTABLE
                else ""
            )
            raise ConflictError(
                f"{row.standard_number}：只有正在人工录入（提交中）的声明可以登记公开编号；"
                f"这份是“{row.state}”。{hint}"
            )
        url = text if text.startswith(("http://", "https://")) else None
        store_receipt(row, CHANNEL, {
            "id": text, "state": "published", "public_url": url,
            "payload_sha256": row.content_hash, "pdf_sha256": row.content.get("pdf_sha256"),
        }, None)  # fmt: skip
        row.remote_id = text[:60]
        move(ctx, session, row, S.PUBLISHED, f"人工登记公开记录：{text}")
        _retire_previous(ctx, session, row, text)
        return _info(row)


def _retire_previous(ctx: AppContext, session: Session, row: Declaration, text: str) -> None:
    """A revision published by hand replaces the version before it: 已公开 → 已修订."""
    if row.previous_id is None:
        return
    previous = _load(session, row.previous_id)
    if S(previous.state) is S.PUBLISHED:
        move(ctx, session, previous, S.REVISED, f"由第 {row.version_no} 版修订（人工登记 {text}）")
