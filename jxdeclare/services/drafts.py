"""Enterprise standards being drafted: create from a template, save, autosave, recover, publish.

A draft's working copy is the .jxstd content in ``standard_documents.content``. Autosave writes
``autosave`` only; a clean save moves it into ``content`` and clears it, so an autosave still
present at start-up is work the editor did not get to save (a crash) and is offered back.
Publishing freezes the working copy as an immutable version; revising a published standard
starts a new working copy and keeps the versions before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import Document
from jxdeclare.services.errors import (
    ConflictError,
    DuplicateError,
    NotFoundError,
    ServiceError,
    stale_as_conflict,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import StandardDocument

DRAFT, PUBLISHED = "draft", "published"
STATUS_LABELS = {DRAFT: "草稿", PUBLISHED: "已发布"}


@dataclass(frozen=True)
class DraftInfo:
    id: int
    enterprise_id: int
    number: str
    title: str
    status: str
    template_id: str
    row_version: int
    updated_at: datetime | None
    has_autosave: bool
    revisions: int


@dataclass(frozen=True)
class OpenedDraft:
    info: DraftInfo
    document: Document


class NotReadyToPublish(ServiceError):
    pass


_RACED = (
    "该标准刚被他人修改并保存，请重新打开后再编辑。"
    " / The standard was just changed by someone else; reopen it."
)


def _info(row: StandardDocument) -> DraftInfo:
    return DraftInfo(
        id=row.id,
        enterprise_id=row.enterprise_id,
        number=row.number or "",
        title=row.title,
        status=row.status,
        template_id=row.template_id or "",
        row_version=row.row_version,
        updated_at=row.updated_at,
        has_autosave=row.autosave is not None,
        revisions=len(row.versions),
    )


def _content(document: Document) -> dict[str, Any]:
    return jxstd.to_dict(document)


def _document(content: dict[str, Any], where: str) -> Document:
    return jxstd.from_dict(Document, content, where)


def _load(session: Session, draft_id: int) -> StandardDocument:
    from jxdeclare.store.models import StandardDocument

    row = session.get(StandardDocument, draft_id)
    if row is None:
        raise NotFoundError(f"找不到标准草稿：{draft_id} / draft not found: {draft_id}")
    return row


def _checked(session: Session, draft_id: int, expected_version: int) -> StandardDocument:
    row = _load(session, draft_id)
    if row.row_version != expected_version:
        raise ConflictError(
            f"标准“{row.title}”已被他人修改并保存，请重新打开后再编辑。"
            f" / {row.title} was changed by someone else; reopen it to continue."
        )
    return row


def _audit(ctx: AppContext, session: Session, row: StandardDocument, action: str) -> None:
    from jxdeclare.store import audit

    audit.record(
        session,
        entity="standard_document",
        entity_id=row.id,
        action=action,
        user=ctx.user,
        changes={"number": row.number, "title": row.title, "status": row.status},
        enterprise_id=row.enterprise_id,
    )


def store_new(ctx: AppContext, enterprise_id: int, document: Document) -> DraftInfo:
    """Store a new draft (from the wizard, a template or an imported .jxstd file)."""
    from jxdeclare.store.models import Enterprise, StandardDocument

    with ctx.session() as session:
        if session.get(Enterprise, enterprise_id) is None:
            raise NotFoundError(f"找不到企业：{enterprise_id} / enterprise not found")
        row = StandardDocument(
            enterprise_id=enterprise_id,
            number=document.cover.number,
            title=document.cover.title,
            status=DRAFT,
            template_id=document.template_id or None,
            product_category=document.product_category or None,
            content=_content(document),
        )
        session.add(row)
        session.flush()
        _reserve_number(session, row)
        _audit(ctx, session, row, "create")
        return _info(row)


def _reserve_number(session: Session, row: StandardDocument) -> None:
    """A Q number belongs to one standard of its enterprise: the first to store it keeps it.

    Two staff drafting at once are both proposed the same next number. The check runs after
    our own row is written, when the database serialises writers (SQLite's write lock; on
    PostgreSQL the enterprise row is locked first), so the second sees the first's row.
    """
    from sqlalchemy import select

    from jxdeclare.store.models import Enterprise, StandardDocument

    number = (row.number or "").strip()
    if not (mine := _serial(number)):
        return  # no number yet, or a placeholder: nothing to reserve
    # FOR NO KEY UPDATE: it waits for a colleague doing the same, yet not for the key-share lock
    # our own INSERT took on the enterprise row (which FOR UPDATE would turn into a deadlock).
    session.get(Enterprise, row.enterprise_id, with_for_update={"key_share": True})  # SQLite: no-op
    others = session.execute(
        select(StandardDocument.number, StandardDocument.title).where(
            StandardDocument.enterprise_id == row.enterprise_id, StandardDocument.id != row.id
        )
    )
    holder = next((title for other, title in others if _serial(other or "") == mine), None)
    if holder is not None:
        raise DuplicateError(
            f"标准编号 {number} 已被本企业的另一份标准（{holder}）占用，"
            "可能是同事刚刚起草时用了它；请换一个编号（向导会建议下一个空号）。"
            f" / Standard number {number} is already used by another standard of this enterprise.",
            field="number",
            owner=holder,
        )


def list_drafts(ctx: AppContext, enterprise_id: int | None = None) -> list[DraftInfo]:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from jxdeclare.store.models import StandardDocument

    query = select(StandardDocument).options(selectinload(StandardDocument.versions))
    if enterprise_id is not None:
        query = query.where(StandardDocument.enterprise_id == enterprise_id)
    with ctx.session() as session:
        rows = session.scalars(query.order_by(StandardDocument.updated_at.desc()))
        return [_info(row) for row in rows]


def open_draft(ctx: AppContext, draft_id: int, *, recovered: bool = False) -> OpenedDraft:
    """The working copy, or (``recovered``) what autosave kept after a crash."""
    with ctx.session() as session:
        row = _load(session, draft_id)
        content = row.autosave if recovered and row.autosave is not None else row.content
        if content is None:
            content = row.versions[-1].content
        return OpenedDraft(_info(row), _document(content, f"草稿 {draft_id}"))


def stored_keys(
    ctx: AppContext, enterprise_id: int | None = None
) -> list[tuple[int, int, str, str]]:
    """(id, enterprise id, number, title) of each stored draft, in :func:`list_drafts`' order.

    Reads no document: a batch check of thousands of standards lists them all first and then
    fetches their JSON a few at a time (:func:`stored_contents`), so memory stays flat.
    """
    from sqlalchemy import select

    from jxdeclare.store.models import StandardDocument as D

    query = select(D.id, D.enterprise_id, D.number, D.title)
    if enterprise_id is not None:
        query = query.where(D.enterprise_id == enterprise_id)
    with ctx.session() as session:
        rows = session.execute(query.order_by(D.updated_at.desc()))
        return [(row.id, row.enterprise_id, row.number or "", row.title) for row in rows]


def stored_contents(ctx: AppContext, draft_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stored JSON of several drafts (working copy, else the last published version)."""
    return _stored(ctx, draft_ids, as_text=False)


def stored_texts(ctx: AppContext, draft_ids: list[int]) -> dict[int, str]:
    """:func:`stored_contents` as the JSON text itself, undecoded: what a batch check hands to
    its worker processes (a string crosses to them far cheaper than a pickled dict)."""
    return _stored(ctx, draft_ids, as_text=True)


def _stored(ctx: AppContext, draft_ids: list[int], *, as_text: bool) -> dict[int, Any]:
    from sqlalchemy import Text, cast, func, select
    from sqlalchemy.orm import aliased

    from jxdeclare.store.models import StandardDocument as D
    from jxdeclare.store.models import StandardDocumentVersion as V

    if not draft_ids:
        return {}
    content = cast(D.content, Text) if as_text else D.content
    published = cast(V.content, Text) if as_text else V.content
    with ctx.session() as session:  # the working copies alone: no autosave, no old versions
        found = dict(session.execute(select(D.id, content).where(D.id.in_(draft_ids))).all())
        no_copy = [draft_id for draft_id, value in found.items() if value is None]
        if no_copy:
            last = aliased(V)
            newest = (
                select(func.max(last.revision))
                .where(last.document_id == V.document_id)
                .scalar_subquery()
            )
            query = select(V.document_id, published).where(
                V.document_id.in_(no_copy), V.revision == newest
            )
            found.update(session.execute(query).all())
        return found


def save(ctx: AppContext, draft_id: int, expected_version: int, document: Document) -> DraftInfo:
    """An explicit save: the working copy becomes ``document``; any autosave is folded in."""
    with stale_as_conflict(_RACED), ctx.session() as session:
        row = _checked(session, draft_id, expected_version)
        renumbered = row.number != document.cover.number
        row.content = _content(document)
        row.number = document.cover.number
        row.title = document.cover.title
        row.autosave = None
        row.autosaved_at = None
        session.flush()
        if renumbered:
            _reserve_number(session, row)
        _audit(ctx, session, row, "update")
        return _info(row)


def autosave(
    ctx: AppContext, draft_id: int, expected_version: int, document: Document
) -> DraftInfo:
    """Keep unsaved edits safe; the working copy itself is left as the user last saved it."""
    from jxdeclare.store.models import utcnow

    with stale_as_conflict(_RACED), ctx.session() as session:
        row = _checked(session, draft_id, expected_version)
        row.autosave = _content(document)
        row.autosaved_at = utcnow()
        session.flush()
        return _info(row)


def discard_autosave(ctx: AppContext, draft_id: int) -> None:
    with ctx.session() as session:
        row = _load(session, draft_id)
        row.autosave = None
        row.autosaved_at = None


def pending_recoveries(ctx: AppContext) -> list[DraftInfo]:
    """Drafts whose editor did not close cleanly: their autosave holds unsaved work."""
    from sqlalchemy import select

    from jxdeclare.store.models import StandardDocument

    with ctx.session() as session:
        query = select(StandardDocument).where(StandardDocument.autosave.is_not(None))
        return [_info(row) for row in session.scalars(query)]


def publish(ctx: AppContext, draft_id: int, expected_version: int) -> DraftInfo:
    """Freeze the working copy as a new version (refused while placeholders remain)."""
    from jxdeclare.drafting.readiness import final_blockers
    from jxdeclare.store.models import StandardDocumentVersion

    with stale_as_conflict(_RACED), ctx.session() as session:
        row = _checked(session, draft_id, expected_version)
        document = _document(row.content or {}, f"草稿 {draft_id}")
        if blockers := final_blockers(document):
            lines = "；".join(p.text() for p in blockers[:5])
            raise NotReadyToPublish(f"还有 {len(blockers)} 处未完成，不能发布：{lines}")
        revision = len(row.versions) + 1
        row.versions.append(
            StandardDocumentVersion(revision=revision, content=row.content, created_by=ctx.user)
        )
        row.status = PUBLISHED
        session.flush()
        _audit(ctx, session, row, "publish")
        return _info(row)


def start_revision(ctx: AppContext, draft_id: int, expected_version: int) -> DraftInfo:
    """Edit a published standard again; its published versions stay as they are."""
    with stale_as_conflict(_RACED), ctx.session() as session:
        row = _checked(session, draft_id, expected_version)
        row.status = DRAFT
        session.flush()
        _audit(ctx, session, row, "revise")
        return _info(row)


def versions(ctx: AppContext, draft_id: int) -> list[tuple[int, datetime, Document]]:
    with ctx.session() as session:
        row = _load(session, draft_id)
        return [
            (v.revision, v.created_at, _document(v.content, f"版本 {v.revision}"))
            for v in row.versions
        ]


def delete(ctx: AppContext, draft_id: int, expected_version: int) -> None:
    with stale_as_conflict(_RACED), ctx.session() as session:
        row = _checked(session, draft_id, expected_version)
        _audit(ctx, session, row, "delete")
        session.delete(row)


_SEQUENCE = re.compile(r"^Q/([A-Z0-9]+)\s+(\d{3,4})S?\s*[—-]\s*\d{4}$")


def propose_number(ctx: AppContext, enterprise_id: int, on: date | None = None) -> str:
    """The next free ``Q/<企业代号> NNNN—YYYY`` from the numbers the enterprise already uses."""
    from sqlalchemy import select

    from jxdeclare.store.models import Enterprise, StandardDocument, StandardInUse

    with ctx.session() as session:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None:
            raise NotFoundError(f"找不到企业：{enterprise_id} / enterprise not found")
        code = enterprise.code or "XXX"
        used = list(session.scalars(
            select(StandardDocument.number).where(StandardDocument.enterprise_id == enterprise_id)
        )) + list(session.scalars(
            select(StandardInUse.number).where(StandardInUse.enterprise_id == enterprise_id)
        ))  # fmt: skip
    return next_number(code, used, (on or date.today()).year)


def _serial(number: str) -> tuple[str, str, str] | None:
    """(code, serial, year) of a Q number however its dash is written, else None."""
    match = _SEQUENCE.match(number.strip())
    if not match:
        return None
    return match.group(1), match.group(2).lstrip("0"), number.strip()[-4:]


def next_number(code: str, used: list[str | None], year: int) -> str:
    taken = [
        int(m.group(2))
        for number in used
        if number and (m := _SEQUENCE.match(number)) and m.group(1) == code
    ]
    return f"Q/{code} {max(taken, default=0) + 1:04d}—{year}"
