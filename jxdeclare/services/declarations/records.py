"""Self-declaration records: create, edit, validate, queue, journal, revise (DESIGN §2.4).

Every state change goes through :func:`move`, which checks the domain's transition table and
writes the journal entry (time and user) in the same transaction as the change.
"""

from __future__ import annotations

import base64
import hashlib
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.declaration import (
    GUIDED_ONLY,
    DeclarationState,
    can_transition,
    idempotency_key,
)
from jxdeclare.domain.declaration_fields import labelled
from jxdeclare.domain.declaration_record import (
    DeclarationRecord,
    DeclaredProduct,
    IndicatorLine,
    blocking,
    kind_of,
    record_problems,
)
from jxdeclare.domain.messages import Problem, Severity, register
from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.services.errors import ConflictError, NotFoundError, ServiceError, stale_as_conflict

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import Declaration

S = DeclarationState
EDITABLE = (S.DRAFT, S.VALIDATED, S.FAILED_NEEDS_EDIT, S.FAILED_RETRYABLE)
PDF_KIND = "standard_pdf"
GUIDED = "guided"  # channel of a record entered by hand on the national platform

NOT_CURRENT = register(
    "declaration.not_current",
    "标准“{number}”截至 {as_of} {status}，不能声明执行{detail}",
    "Standard “{number}” is {status_en} as of {as_of} and cannot be declared{detail_en}",
)
UNKNOWN_STANDARD = register(
    "declaration.unknown_standard",
    "数据包中没有标准“{number}”，无法核对其状态，请人工确认",
    "“{number}” is not in the data pack; its status could not be checked",
)


class InvalidDeclaration(ServiceError):
    """Blocking problems: the record cannot be queued until they are fixed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "；".join(labelled(p.params.get("field", ""), p.text()) for p in problems)
        super().__init__(f"声明有 {len(problems)} 个问题须先改正：{lines}")


class NeedsConfirmation(ServiceError):
    """Warnings the user must confirm (e.g. below a recommended standard) before queueing."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("；".join(p.text() for p in problems))


@dataclass(frozen=True)
class DeclarationInfo:
    id: int
    enterprise_id: int
    enterprise: str
    standard_number: str
    standard_title: str
    state: DeclarationState
    version_no: int
    previous_id: int | None
    remote_id: str | None
    row_version: int
    updated_at: datetime | None
    last_error: dict[str, Any] | None
    channel: str | None


@dataclass(frozen=True)
class Journal:
    from_state: str | None
    to_state: str
    at: datetime
    user: str
    note: str | None


def _info(row: Declaration) -> DeclarationInfo:
    return DeclarationInfo(
        row.id, row.enterprise_id, row.enterprise.name, row.standard_number, row.standard_title,
        S(row.state), row.version_no, row.previous_id, row.remote_id, row.row_version,
        row.updated_at, row.last_error, row.channel,
    )  # fmt: skip


def _load(session: Session, declaration_id: int) -> Declaration:
    from jxdeclare.store.models import Declaration

    row = session.get(Declaration, declaration_id)
    if row is None:
        raise NotFoundError(f"找不到自我声明：{declaration_id} / declaration not found")
    return row


def record_of(row: Declaration) -> DeclarationRecord:
    return DeclarationRecord.from_json(row.content)


def move(
    ctx: AppContext, session: Session, row: Declaration, target: DeclarationState, note: str = ""
) -> None:
    """One legal transition, journalled with time and user in the caller's transaction."""
    from jxdeclare.domain.declaration import IllegalTransition
    from jxdeclare.store.models import DeclarationEvent

    source = S(row.state)
    if not can_transition(source, target):
        raise ConflictError(IllegalTransition(source, target).problem.text())
    if (source, target) in GUIDED_ONLY and row.channel != GUIDED:
        raise ConflictError(
            f"{row.standard_number}：这份声明已通过交换接口发出，可能已到达平台，不能撤回；"
            "请“对账”（jxdeclare-cli declare reconcile），由平台的记录确定结果。"
            " / Sent through the exchange API: only reconciliation settles it."
        )
    row.state = target.value
    # Added by id, not through row.events: a batch must not load every record's journal.
    event = DeclarationEvent(declaration_id=row.id, from_state=source.value,
                             to_state=target.value, user=ctx.user, note=note or None)  # fmt: skip
    session.add(event)


def _key(record: DeclarationRecord) -> str:
    parsed = parse_standard_number(record.standard_number).number
    number = parsed.canonical() if parsed else record.standard_number.strip()
    return idempotency_key(record.credit_code.strip(), number, record.content_hash())


def _store(ctx: AppContext, session: Session, enterprise_id: int, record: DeclarationRecord,
           pdf: bytes | None, previous: Declaration | None = None) -> Declaration:  # fmt: skip
    from jxdeclare.store.models import Declaration, DeclarationEvent

    if previous is None:
        key = _key(record)
        if _existing_key(session, key):
            raise ConflictError(
                f"同样内容的声明已经存在（{record.standard_number}），不必再建一份。"
                " / A declaration with the same content already exists."
            )
    else:  # same content as the old version until edited; validation refuses it unchanged
        key = f"revision-of-{previous.id}-v{previous.version_no + 1}"
    row = Declaration(
        enterprise_id=enterprise_id, standard_number=record.standard_number,
        standard_title=record.standard_name, state=S.DRAFT.value,
        version_no=previous.version_no + 1 if previous else 1,
        previous_id=previous.id if previous else None, idempotency_key=key,
        content=record.to_json(), content_hash=record.content_hash(),
        source_draft_id=record.extra.get("draft_id"),
    )  # fmt: skip
    note = f"修订第 {previous.version_no} 版" if previous else "新建"
    row.events.append(DeclarationEvent(from_state=None, to_state=S.DRAFT.value, user=ctx.user,
                                       note=note))  # fmt: skip
    if pdf is not None:
        _attach_pdf(row, record.pdf_name, pdf)
    session.add(row)
    session.flush()
    return row


def _attach_pdf(row: Declaration, name: str, pdf: bytes) -> None:
    from jxdeclare.store.models import DeclarationFile

    digest = hashlib.sha256(pdf).hexdigest()
    row.files.append(DeclarationFile(kind=PDF_KIND, name=name, sha256=digest, size=len(pdf),
                                     data=pdf))  # fmt: skip


def _existing_key(session: Session, key: str) -> bool:
    from sqlalchemy import select

    from jxdeclare.store.models import Declaration

    return (
        session.scalar(select(Declaration.id).where(Declaration.idempotency_key == key)) is not None
    )


def _enterprise_fields(ctx: AppContext, enterprise_id: int) -> dict[str, str]:
    from jxdeclare.services.enterprises import get_enterprise

    enterprise = get_enterprise(ctx, enterprise_id)
    return {
        "enterprise_name": enterprise.name, "credit_code": enterprise.uscc,
        "region_code": enterprise.region_code or "", "contact_name": enterprise.contact or "",
        "contact_phone": enterprise.phone or "",
    }  # fmt: skip


def new_from_draft(
    ctx: AppContext,
    draft_id: int,
    products: list[DeclaredProduct],
    *,
    disclosure: str = "full_text",
    as_of: date | None = None,
    fields: Mapping[str, Any] | None = None,
) -> DeclarationInfo:
    """A declaration of the enterprise's own standard: its indicators with their verdicts
    (from the check against the active pack) and its final PDF, rendered now, with its SHA-256.

    ``fields`` (commitment, contact, …) are part of the same transaction: if anything fails,
    no declaration is left behind."""
    from jxdeclare.checks.verdicts import row_verdicts
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.drafting import render

    opened = drafts.open_draft(ctx, draft_id)
    document = opened.document
    verdicts = row_verdicts(document, active_catalogue(ctx).pack, as_of or date.today())
    indicators = tuple(
        IndicatorLine(
            v.row.item,
            f"{v.row.comparator}{v.row.value}".strip(),
            v.row.unit,
            v.row.method,
            v.clause,
            v.mandatory,
            v.recommended,
        )
        for v in verdicts
    )
    with tempfile.TemporaryDirectory(prefix="jxdeclare-") as folder:
        out = Path(folder) / "standard.pdf"
        render(document, pdf=out, final=True)
        pdf = out.read_bytes()
    cover = document.cover
    record = DeclarationRecord(
        **_enterprise_fields(ctx, opened.info.enterprise_id), standard_kind="Q",
        standard_number=cover.number, standard_name=cover.title,
        publish_date=cover.publish_date, implement_date=cover.implement_date,
        replaces=tuple(cover.replaces), disclosure=disclosure,
        pdf_name=_pdf_name(cover.number, cover.title), pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        pdf_size=len(pdf), indicators=indicators, products=tuple(products),
        extra={"draft_id": draft_id},
    )  # fmt: skip
    record = replace(record, **(fields or {}))
    with ctx.session() as session:
        return _info(_store(ctx, session, opened.info.enterprise_id, record, pdf))


def _pdf_name(number: str, title: str) -> str:
    safe = "".join("_" if c in '/\\:*?"<>|' else c for c in f"{number} {title}")
    return f"{safe}.pdf"


def new_for_standard(
    ctx: AppContext,
    enterprise_id: int,
    number: str,
    products: list[DeclaredProduct],
    fields: Mapping[str, Any] | None = None,
) -> DeclarationInfo:
    """A declaration that the enterprise executes a national, industry, local or group standard
    picked from the catalogue (products only, no text); ``fields`` as in :func:`new_from_draft`."""
    from jxdeclare.services.catalog import active_catalogue

    parsed = parse_standard_number(number).number
    canonical = parsed.canonical() if parsed else number.strip()
    status = active_catalogue(ctx).editions.status(canonical, date.today())
    record = DeclarationRecord(
        **_enterprise_fields(ctx, enterprise_id), standard_kind=kind_of(canonical),
        standard_number=canonical, standard_name=status.title or "", disclosure="full_text",
        products=tuple(products),
    )  # fmt: skip
    record = replace(record, **(fields or {}))
    with ctx.session() as session:
        return _info(_store(ctx, session, enterprise_id, record, None))


def list_declarations(
    ctx: AppContext, enterprise_id: int | None = None, states: list[DeclarationState] | None = None
) -> list[DeclarationInfo]:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from jxdeclare.store.models import Declaration

    query = select(Declaration).options(selectinload(Declaration.enterprise))
    if enterprise_id is not None:
        query = query.where(Declaration.enterprise_id == enterprise_id)
    if states:
        query = query.where(Declaration.state.in_([s.value for s in states]))
    with ctx.session() as session:
        return [_info(row) for row in session.scalars(query.order_by(Declaration.id))]


def get(ctx: AppContext, declaration_id: int) -> tuple[DeclarationInfo, DeclarationRecord]:
    with ctx.session() as session:
        row = _load(session, declaration_id)
        return _info(row), record_of(row)


def pdf_bytes(ctx: AppContext, declaration_id: int) -> bytes | None:
    with ctx.session() as session:
        row = _load(session, declaration_id)
        return next((f.data for f in row.files if f.kind == PDF_KIND), None)


def pdf_base64(ctx: AppContext, declaration_id: int) -> str | None:
    data = pdf_bytes(ctx, declaration_id)
    return base64.b64encode(data).decode("ascii") if data is not None else None


def journal(ctx: AppContext, declaration_id: int) -> list[Journal]:
    with ctx.session() as session:
        row = _load(session, declaration_id)
        return [Journal(e.from_state, e.to_state, e.at, e.user, e.note) for e in row.events]


def update(
    ctx: AppContext, declaration_id: int, expected_version: int, record: DeclarationRecord
) -> DeclarationInfo:
    """Save edits; a validated or failed record goes back to 草稿 and must be validated again."""
    with stale_as_conflict("这份声明刚被他人修改，请重新打开。"), ctx.session() as session:
        row = _load(session, declaration_id)
        if row.row_version != expected_version:
            raise ConflictError("这份声明已被他人修改并保存，请重新打开后再编辑。")
        if S(row.state) not in EDITABLE:
            raise ConflictError(f"“{row.state}”状态的声明不能修改；{_HOW_TO_EDIT[S(row.state)]}。")
        record = replace(record, pdf_sha256=row.content.get("pdf_sha256", ""),
                         pdf_size=row.content.get("pdf_size", 0),
                         pdf_name=row.content.get("pdf_name", ""))  # fmt: skip
        key = _key(record)
        if key != row.idempotency_key and _existing_key(session, key):
            raise ConflictError("同样内容的声明已经存在。 / The same declaration already exists.")
        row.content = record.to_json()
        row.content_hash = record.content_hash()
        row.idempotency_key = key
        row.standard_number, row.standard_title = record.standard_number, record.standard_name
        row.last_error = None
        if S(row.state) is not S.DRAFT:
            move(ctx, session, row, S.DRAFT, "修改后需重新校验")
        session.flush()
        return _info(row)


_HOW_TO_EDIT = {
    S.QUEUED: "请先“撤回排队”",
    S.SUBMITTING: "人工录入的请先“撤销人工录入”，经交换接口发出的请“对账”",
    S.PENDING: "请“对账”，等平台的结果",
    S.PUBLISHED: "已公开的请用“修订”",
    S.REVISED: "请在新的一版上修改",
    S.WITHDRAWN: "已撤销的声明不再修改",
}


def problems_of(ctx: AppContext, declaration_id: int, as_of: date | None = None) -> list[Problem]:
    """Everything wrong with a record: its fields, and its standard's status in the active pack."""
    record = get(ctx, declaration_id)[1]
    return record_problems(record) + _status_problems(ctx, record, as_of or date.today())


def status_problems(
    ctx: AppContext, declaration_id: int, as_of: date | None = None
) -> list[Problem]:
    """Only the standard's status in the active pack: what editing the form cannot change."""
    return _status_problems(ctx, get(ctx, declaration_id)[1], as_of or date.today())


def _status_problems(ctx: AppContext, record: DeclarationRecord, as_of: date) -> list[Problem]:
    from jxdeclare.catalog.status import Status
    from jxdeclare.services.catalog import active_catalogue

    if record.standard_kind == "Q" or not record.standard_number.strip():
        return []
    status = active_catalogue(ctx).editions.status(record.standard_number, as_of)
    where = {"field": "standard.number", "number": record.standard_number,
             "as_of": as_of.isoformat()}  # fmt: skip
    if status.status is Status.UNKNOWN:
        return [Problem(UNKNOWN_STANDARD, Severity.WARNING, where)]
    if status.status in (Status.WITHDRAWN, Status.REPLACED):
        # The edition in force now, at the end of the replacement chain (2017 → 2022 → 2025).
        by = status.chain[-1] if status.chain else "、".join(status.replaced_by)
        return [Problem(NOT_CURRENT, params={
            **where, "status": status.status.value, "status_en": status.status.name.lower(),
            "detail": f"，现行版本为 {by}" if by else "",
            "detail_en": f"; the edition in force is {by}" if by else "",
        })]  # fmt: skip
    return []


def validate(
    ctx: AppContext, declaration_id: int, *, confirm_warnings: bool = False
) -> DeclarationInfo:
    """草稿 → 校验通过, when nothing blocks and any warnings were confirmed."""
    found = problems_of(ctx, declaration_id)
    if errors := blocking(found):
        raise InvalidDeclaration(errors)
    warnings = [p for p in found if p.severity is Severity.WARNING]
    if warnings and not confirm_warnings:
        raise NeedsConfirmation(warnings)
    with ctx.session() as session:
        row = _load(session, declaration_id)
        key = _key(record_of(row))
        if key != row.idempotency_key:
            if _existing_key(session, key):
                raise ConflictError(
                    "这份声明与已有的一份（或上一版）内容完全相同；修订请先修改内容。"
                    " / Identical to an existing declaration (or the previous version)."
                )
            row.idempotency_key = key
        if S(row.state) is S.DRAFT:
            note = "已确认：" + "；".join(p.text() for p in warnings) if warnings else ""
            move(ctx, session, row, S.VALIDATED, note)
        return _info(row)


def queue(ctx: AppContext, declaration_ids: list[int], *, confirm_warnings: bool = False) -> None:
    """Validate (if needed) and queue for submission; failed-retryable records are re-queued."""
    for declaration_id in declaration_ids:
        info, _record = get(ctx, declaration_id)
        if info.state is S.FAILED_NEEDS_EDIT:
            raise ConflictError(f"{info.standard_number}：请先按平台意见修改后再提交。")
        if info.state is S.DRAFT:
            validate(ctx, declaration_id, confirm_warnings=confirm_warnings)
        with ctx.session() as session:
            row = _load(session, declaration_id)
            if S(row.state) in (S.VALIDATED, S.FAILED_RETRYABLE):
                move(ctx, session, row, S.QUEUED)


def unqueue(ctx: AppContext, declaration_ids: list[int]) -> None:
    """已排队 → 校验通过 (撤回排队): taken out of the queue before it is sent, to be edited."""
    for declaration_id in declaration_ids:
        stale = stale_as_conflict("这份声明刚被他人改变（可能正在提交），请刷新。")
        with stale, ctx.session() as session:
            row = _load(session, declaration_id)
            if S(row.state) is not S.QUEUED:
                raise ConflictError(
                    f"{row.standard_number}：只有“已排队”的声明可以撤回排队（现在是“{row.state}”）。"
                )
            move(ctx, session, row, S.VALIDATED, "撤回排队")


def revise(ctx: AppContext, declaration_id: int) -> DeclarationInfo:
    """A published declaration's next version: a new 草稿 linked to the old one."""
    with ctx.session() as session:
        old = _load(session, declaration_id)
        if S(old.state) is not S.PUBLISHED:
            raise ConflictError(
                "只有已公开的声明可以修订。 / Only published declarations can be revised."
            )
        record = replace(record_of(old), extra={**record_of(old).extra, "revises": old.remote_id})
        pdf = next((f.data for f in old.files if f.kind == PDF_KIND), None)
        row = _store(ctx, session, old.enterprise_id, record, pdf, previous=old)
        return _info(row)
