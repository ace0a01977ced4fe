"""The standards an enterprise follows, placed on its system tree (DESIGN §2.1).

An entry comes from the catalogue (title and dates from the pack), from the enterprise's own
stored standard (linked to its draft) or from a typed number: validated, and when the pack does
not know it, kept as 未知 with the title the user gave. A standard still to be drafted (待制定)
may have no number yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.services.errors import (
    DuplicateError,
    FieldError,
    NotFoundError,
    ValidationError,
    stale_as_conflict,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import StandardInUse

_RACED = "该条目刚被他人修改，请刷新后再试。 / The entry was just changed by someone else."


@dataclass(frozen=True)
class EntryInput:
    number: str = ""
    title: str = ""
    department: str = ""
    note: str = ""
    products: tuple[str, ...] = field(default=())
    published: date | None = None
    implemented: date | None = None
    planned: bool = False
    draft_id: int | None = None


def known_title(ctx: AppContext, number: str) -> str:
    """The catalogue's title of a number ("" when the active pack does not know it)."""
    from jxdeclare.services.catalog import active_catalogue

    editions = active_catalogue(ctx).editions
    result = editions.status(number, date.today())
    if result.title or result.edition is None:
        return result.title
    # Some old editions are in the pack without a title; an edition keeps its series' title.
    edition = editions.by_number[result.edition]
    for later in (*result.chain, *edition.replaced_by):
        if later in editions.by_number and (title := editions.by_number[later].title):
            return title
    return ""


def _number(data: EntryInput) -> tuple[str | None, str, bool | None]:
    """(canonical number or None, kind, mandatory) of a valid entry; else ValidationError."""
    text = data.number.strip()
    if not text:
        if data.planned:
            return None, "", None
        raise ValidationError([FieldError("标准编号", "不能为空（待制定的标准除外）")])
    result = parse_standard_number(text)
    if not result.valid or result.number is None:
        reason = "；".join(p.text("zh") for p in result.problems if p.is_error)
        raise ValidationError([FieldError("标准编号", f"“{text}”无效：{reason}")])
    parsed = result.number
    return parsed.canonical(), parsed.kind.value, parsed.mandatory


def check_input(ctx: AppContext, data: EntryInput) -> tuple[str | None, str, bool | None, str]:
    """Validate; (number, kind, mandatory, title) with the title filled from the catalogue."""
    number, kind, mandatory = _number(data)
    title = " ".join(data.title.split()) or (known_title(ctx, number) if number else "")
    if not title:
        raise ValidationError(
            [FieldError("标准名称", "数据包中没有该标准，请填写标准名称 / give the title")]
        )
    return number, kind, mandatory, title


def _duplicate(session: Session, enterprise_id: int, number: str | None, own: int) -> None:
    from sqlalchemy import select

    from jxdeclare.store.models import StandardInUse

    if number is None:
        return
    query = select(StandardInUse.id).where(
        StandardInUse.enterprise_id == enterprise_id, StandardInUse.number == number
    )
    if any(found != own for found in session.scalars(query)):
        raise DuplicateError(f"体系中已有 {number}。 / {number} is already in the system.")


def add_entry(ctx: AppContext, enterprise_id: int, data: EntryInput, node_id: int | None) -> int:
    with ctx.session() as session:
        return add_entry_in(ctx, session, enterprise_id, data, node_id)


def add_entry_in(
    ctx: AppContext, session: Session, enterprise_id: int, data: EntryInput, node_id: int | None
) -> int:
    from jxdeclare.store import audit
    from jxdeclare.store.models import StandardInUse

    number, kind, mandatory, title = check_input(ctx, data)
    _duplicate(session, enterprise_id, number, own=-1)
    row = StandardInUse(enterprise_id=enterprise_id, number=number, title=title, kind=kind)
    row.mandatory = mandatory
    _fill(row, data, node_id)
    row.position = _next_position(session, enterprise_id, node_id)
    session.add(row)
    session.flush()
    audit.record(
        session, entity="standard_in_use", entity_id=row.id, action="create", user=ctx.user,
        changes={"number": number, "title": title}, enterprise_id=enterprise_id,
    )  # fmt: skip
    return row.id


def _fill(row: StandardInUse, data: EntryInput, node_id: int | None) -> None:
    row.node_id = node_id
    row.department = data.department.strip() or None
    row.note = data.note.strip() or None
    row.products = [p.strip() for p in data.products if p.strip()] or None
    row.published = data.published
    row.implemented = data.implemented
    row.planned = data.planned
    row.draft_id = data.draft_id


def _next_position(session: Session, enterprise_id: int, node_id: int | None) -> int:
    from sqlalchemy import func, select

    from jxdeclare.store.models import StandardInUse

    column = StandardInUse.node_id
    on_node = column.is_(None) if node_id is None else column == node_id
    query = select(func.max(StandardInUse.position)).where(
        StandardInUse.enterprise_id == enterprise_id, on_node
    )
    found = session.scalar(query)
    return 0 if found is None else found + 1


def add_own_standard(
    ctx: AppContext, draft_id: int, node_id: int | None, *, department: str = "",
    note: str = "", products: tuple[str, ...] = (),
) -> int:  # fmt: skip
    """Place one of the enterprise's stored standards (linked to its draft)."""
    from jxdeclare.services import drafts

    opened = drafts.open_draft(ctx, draft_id)
    cover = opened.document.cover
    published = _date_or_none(cover.publish_date)
    data = EntryInput(
        number=cover.number, title=cover.title, published=published,
        implemented=_date_or_none(cover.implement_date), draft_id=draft_id,
        department=department, note=note, products=products,
    )  # fmt: skip
    return add_entry(ctx, opened.info.enterprise_id, data, node_id)


def _date_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _entry(session: Session, entry_id: int) -> StandardInUse:
    from jxdeclare.store.models import StandardInUse

    row = session.get(StandardInUse, entry_id)
    if row is None:
        raise NotFoundError(f"找不到体系条目：{entry_id} / entry not found")
    return row


def entry_input(ctx: AppContext, entry_id: int) -> tuple[EntryInput, int | None, int]:
    """An entry's editable fields, its node and its row version (for the edit dialog)."""
    with ctx.session() as session:
        row = _entry(session, entry_id)
        data = EntryInput(
            row.number or "", row.title, row.department or "", row.note or "",
            tuple(row.products or ()), row.published, row.implemented, row.planned, row.draft_id,
        )  # fmt: skip
        return data, row.node_id, row.row_version


def update_entry(ctx: AppContext, entry_id: int, expected_version: int, data: EntryInput) -> None:
    with stale_as_conflict(_RACED), ctx.session() as session:
        row = _entry(session, entry_id)
        if row.row_version != expected_version:
            raise stale_conflict()
        number, kind, mandatory, title = check_input(ctx, data)
        _duplicate(session, row.enterprise_id, number, own=entry_id)
        row.number, row.kind, row.mandatory, row.title = number, kind, mandatory, title
        _fill(row, data, row.node_id)
        session.flush()


def stale_conflict() -> Exception:
    from jxdeclare.services.errors import ConflictError

    return ConflictError(_RACED)


Place = tuple[int | None, int]  # (branch, position on it): where an entry sits


def move_entry(ctx: AppContext, entry_id: int, node_id: int | None) -> int | None:
    """Place an entry on another branch (last there); returns the branch it left."""
    return move_entries(ctx, [entry_id], node_id)[entry_id][0]


def move_entries(ctx: AppContext, entry_ids: list[int], node_id: int | None) -> dict[int, Place]:
    """Move several entries in one transaction (all or none); returns where each was (undo)."""
    from jxdeclare.store.models import SystemNode

    with stale_as_conflict(_RACED), ctx.session() as session:
        before: dict[int, Place] = {}
        for entry_id in entry_ids:
            row = _entry(session, entry_id)
            if node_id is not None:
                node = session.get(SystemNode, node_id)
                if node is None or node.enterprise_id != row.enterprise_id:
                    raise NotFoundError(f"找不到体系分支：{node_id} / branch not found")
            before[entry_id] = (row.node_id, row.position)
            if row.node_id != node_id:
                row.position = _next_position(session, row.enterprise_id, node_id)
                row.node_id = node_id
                session.flush()  # the next entry's position counts this one
        return before


def put_back(ctx: AppContext, places: dict[int, Place]) -> None:
    """Return entries exactly where they were (branch and position): undoing a move keeps
    their 体系编号."""
    with stale_as_conflict(_RACED), ctx.session() as session:
        for entry_id, (node_id, position) in places.items():
            row = _entry(session, entry_id)
            row.node_id, row.position = node_id, position


def remove_entry(ctx: AppContext, entry_id: int) -> None:
    remove_entries(ctx, [entry_id])


def remove_entries(ctx: AppContext, entry_ids: list[int]) -> None:
    """Remove several entries in one transaction; each removal is in the audit trail."""
    from jxdeclare.store import audit

    with ctx.session() as session:
        for entry_id in entry_ids:
            row = _entry(session, entry_id)
            audit.record(
                session, entity="standard_in_use", entity_id=row.id, action="delete",
                user=ctx.user, changes={"number": row.number, "title": row.title},
                enterprise_id=row.enterprise_id,
            )  # fmt: skip
            session.delete(row)


def mark_reviewed(ctx: AppContext, entry_ids: int | list[int], on: date | None = None) -> None:
    """The enterprise reviewed these own standards: the next review counts from ``on``, and the
    early-review reason (a referenced standard changed) is settled."""
    from sqlalchemy import update

    from jxdeclare.store.models import StandardDocument

    ids = [entry_ids] if isinstance(entry_ids, int) else entry_ids
    with stale_as_conflict(_RACED), ctx.session() as session:
        for entry_id in ids:
            row = _entry(session, entry_id)
            row.reviewed_on = on or date.today()
            if row.draft_id is not None:  # a mark, not an edit: the draft's row version stays
                session.execute(
                    update(StandardDocument)
                    .where(StandardDocument.id == row.draft_id)
                    .values(changed_references=None, updated_at=StandardDocument.updated_at)
                    .execution_options(synchronize_session=False)
                )


def acknowledge_changes(ctx: AppContext, enterprise_id: int | None = None) -> int:
    """Stop highlighting status changes seen after a data-pack change; returns how many."""
    from sqlalchemy import update

    from jxdeclare.store.models import StandardInUse

    query = update(StandardInUse).where(StandardInUse.status_change.is_not(None))
    if enterprise_id is not None:
        query = query.where(StandardInUse.enterprise_id == enterprise_id)
    with ctx.session() as session:
        return session.execute(query.values(status_change=None)).rowcount or 0
