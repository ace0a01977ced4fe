"""What a data-pack change means for the registers: changed statuses and own standards to redo.

Run when a pack is activated or rolled back. Entries whose status differs between the old and
the new pack (as of today) are marked until someone acknowledges them; the own standards that
cite a changed standard get an early-review reason and are queued for re-checking (the next
stored check of them clears the queue mark).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.catalog.pack import Pack
    from jxdeclare.services.affected import Affected
    from jxdeclare.services.context import AppContext


@dataclass(frozen=True)
class PackChangeEffect:
    entries_changed: int
    drafts_queued: int


def _describe(old: str, new: str, replaced_by: tuple[str, ...]) -> str:
    text = f"{old} → {new}"
    return text + (f"（被 {'、'.join(replaced_by)} 代替）" if replaced_by else "")


def mark_changed_entries(session: Session, before: Pack, after: Pack, as_of: date) -> int:
    from sqlalchemy import select

    from jxdeclare.catalog.status import editions_of
    from jxdeclare.store.models import StandardInUse

    old_editions, new_editions = editions_of(before), editions_of(after)
    changed = 0
    query = select(StandardInUse).where(StandardInUse.number.is_not(None))
    for row in session.scalars(query):
        if row.planned:
            continue
        old = old_editions.status(row.number or "", as_of)
        new = new_editions.status(row.number or "", as_of)
        row.last_status = str(new.status)
        if (old.status, old.replaced_by) != (new.status, new.replaced_by):
            row.status_change = _describe(str(old.status), str(new.status), new.replaced_by)
            changed += 1
    return changed


def queue_rechecks(session: Session, affected: list[Affected]) -> int:
    """Mark the affected own standards. A Core UPDATE, not an ORM change: the draft's row
    version must not move, or an editor open on it would be told someone else saved it."""
    from sqlalchemy import update

    from jxdeclare.store.models import StandardDocument

    queued = 0
    for item in affected:
        queued += (
            session.execute(
                update(StandardDocument)
                .where(StandardDocument.id == item.draft_id)
                .values(
                    changed_references="；".join(item.reasons)[:2000],
                    recheck_pending=True,
                    updated_at=StandardDocument.updated_at,
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
    return queued


def after_pack_change(
    ctx: AppContext, before: Pack, after: Pack, affected: list[Affected]
) -> PackChangeEffect:
    with ctx.session() as session:
        changed = mark_changed_entries(session, before, after, date.today())
        return PackChangeEffect(changed, queue_rechecks(session, affected))


def pending_rechecks(ctx: AppContext, enterprise_id: int | None = None) -> list[int]:
    from sqlalchemy import select

    from jxdeclare.store.models import StandardDocument

    query = select(StandardDocument.id).where(StandardDocument.recheck_pending.is_(True))
    if enterprise_id is not None:
        query = query.where(StandardDocument.enterprise_id == enterprise_id)
    with ctx.session() as session:
        return list(session.scalars(query.order_by(StandardDocument.id)))


def clear_rechecks(ctx: AppContext, draft_ids: list[int]) -> None:
    from sqlalchemy import update

    from jxdeclare.store.models import StandardDocument

    if not draft_ids:
        return
    with ctx.session() as session:
        session.execute(
            update(StandardDocument)
            .where(StandardDocument.id.in_(draft_ids), StandardDocument.recheck_pending.is_(True))
            # A flag, not an edit: keep the draft's last-changed time (lists sort by it).
            .values(recheck_pending=False, updated_at=StandardDocument.updated_at)
            .execution_options(synchronize_session=False)
        )
