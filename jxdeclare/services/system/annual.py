"""Standardization figures for an enterprise's annual report: one calendar year."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.system.entry import LEVELS, PLANNED
from jxdeclare.domain.system.snapshot import AnnualStats
from jxdeclare.services.system.status import snapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext


def annual_stats(ctx: AppContext, enterprise_id: int, year: int | None = None) -> AnnualStats:
    year = year or date.today().year
    system = snapshot(ctx, enterprise_id)
    levels = Counter(e.level for e in system.entries if e.status != PLANNED)
    with ctx.session() as session:
        drafted, revised = _own_versions(session, enterprise_id, year)
        declared = _declared(session, enterprise_id, year)
    return AnnualStats(
        system.enterprise_name, system.uscc, year, {str(lv): levels[lv] for lv in LEVELS},
        drafted, revised, declared, system.data_label,
    )  # fmt: skip


def _own_versions(session: Session, enterprise_id: int, year: int) -> tuple[list[str], list[str]]:
    """Own standards first published in ``year``, and those revised (a later version) in it."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from jxdeclare.store.models import StandardDocument

    query = (
        select(StandardDocument)
        .options(selectinload(StandardDocument.versions))
        .where(StandardDocument.enterprise_id == enterprise_id)
        .order_by(StandardDocument.number)
    )
    drafted, revised = [], []
    for document in session.scalars(query):
        label = f"{document.number or ''} {document.title}".strip()
        years = [(v.revision, v.created_at.year) for v in document.versions]
        if any(revision == 1 and y == year for revision, y in years):
            drafted.append(label)
        if any(revision > 1 and y == year for revision, y in years):
            revised.append(label)
    return drafted, revised


def _declared(session: Session, enterprise_id: int, year: int) -> list[str]:
    """Declarations that became public in ``year`` (journalled transitions to 已公开)."""
    from sqlalchemy import select

    from jxdeclare.store.models import Declaration, DeclarationEvent

    query = (
        select(Declaration.standard_number, Declaration.standard_title, DeclarationEvent.at)
        .join(DeclarationEvent, DeclarationEvent.declaration_id == Declaration.id)
        .where(
            Declaration.enterprise_id == enterprise_id,
            DeclarationEvent.to_state == DeclarationState.PUBLISHED.value,
        )
        .order_by(DeclarationEvent.at)
    )
    found: list[str] = []
    for number, title, at in session.execute(query):
        label = f"{number} {title}"
        if at.year == year and label not in found:
            found.append(label)
    return found
