"""Each register entry as of a date: status from the active pack, review dates, what needs action.

The catalogue answers for national, industry, local and group standards. The enterprise's own
standards are its own record: 现行 once published (即将实施 before their implementation date),
待制定 while only a draft exists. Anything else the pack does not know stays 未知, never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from jxdeclare.catalog.status import Status
from jxdeclare.domain.stdnumber import StdKind, parse_standard_number
from jxdeclare.domain.system.entry import (
    PLANNED,
    EntryView,
    Level,
    level_of,
    mandatory_label,
)
from jxdeclare.domain.system.review import DEFAULT_REVIEW_YEARS, Action, dashboard, review_due
from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.domain.system.tree import SystemTree, entry_code

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.catalog.pack import Pack
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.system.register import EntryInput
    from jxdeclare.store.models import Enterprise, StandardDocument, StandardInUse


@dataclass(frozen=True)
class DashboardRow:
    enterprise_id: int
    enterprise: str
    action: Action


def review_years(ctx: AppContext, enterprise: Enterprise) -> int:
    return (
        enterprise.review_period_years
        or ctx.settings.get("review_period_years")
        or (DEFAULT_REVIEW_YEARS)
    )


def _rows_by_number(pack: Pack) -> dict[str, dict[str, Any]]:
    return pack.derived(
        "standards_by_number", lambda: {r["number"]: r for r in pack.tables["standards"]}
    )


def _date(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


class _Viewer:
    """Turns stored rows into EntryViews for one pack and one date."""

    def __init__(self, pack: Pack, as_of: date) -> None:
        from jxdeclare.catalog.status import editions_of

        self.editions = editions_of(pack)
        self.rows = _rows_by_number(pack)
        self.as_of = as_of

    def status_of(self, row: StandardInUse, draft: StandardDocument | None) -> tuple[str, Any]:
        """(status word, catalogue StatusResult or None)."""
        # A linked own standard is to be drafted until its first version is published.
        if (not draft.versions) if draft is not None else row.planned:
            return PLANNED, None
        number = _number(row, draft)
        result = self.editions.status(number, self.as_of) if number else None
        if result is not None and result.status is not Status.UNKNOWN:
            return str(result.status), result
        parsed = parse_standard_number(number).number if number else None
        if parsed is not None and parsed.kind is StdKind.ENTERPRISE:
            implemented = row.implemented or _cover_date(draft, "implement_date")
            upcoming = implemented is not None and implemented > self.as_of
            return str(Status.UPCOMING if upcoming else Status.CURRENT), None
        return str(Status.UNKNOWN), None

    def successor(self, result: Any) -> tuple[str, date | None]:
        """A published edition replacing this one that is not in force yet (即将实施)."""
        edition = self.editions.by_number.get(result.edition) if result is not None else None
        for number in edition.replaced_by if edition else ():
            later = self.editions.by_number.get(number)
            if later and later.implemented and later.implemented > self.as_of:
                return number, later.implemented
        return "", None

    def view(
        self, row: StandardInUse, tree: SystemTree, code: str,
        draft: StandardDocument | None, years: int,
    ) -> EntryView:  # fmt: skip
        status, result = self.status_of(row, draft)
        pack_row = self.rows.get(result.edition, {}) if result is not None else {}
        number = _number(row, draft)
        own = level_of(number) is Level.ENTERPRISE or row.draft_id is not None
        published = _date(pack_row.get("published")) or row.published or _published(draft)
        implemented = _date(pack_row.get("implemented")) or row.implemented
        implemented = implemented or _cover_date(draft, "implement_date")
        successor = self.successor(result)
        due = review_due(published, row.reviewed_on, years) if own and status != PLANNED else None
        return EntryView(
            id=row.id, enterprise_id=row.enterprise_id, number=number,
            title=(draft.title if draft is not None else "") or row.title,
            node_id=row.node_id, code=code,
            subsystem=" / ".join(n.title for n in tree.path(row.node_id)),
            level=level_of(number), mandatory=mandatory_label(number),
            status=status, published=published, implemented=implemented,
            replaced_by=result.replaced_by if result else (),
            chain=result.chain if result else (), replaces=tuple(pack_row.get("replaces") or ()),
            successor=successor[0], successor_from=successor[1],
            review_due=due, review_reason=(draft.changed_references or "") if draft else "",
            department=row.department or "", note=row.note or "",
            products=tuple(row.products or ()), draft_id=row.draft_id, own=own,
            status_change=row.status_change or "",
            recheck_pending=bool(draft and draft.recheck_pending),
        )  # fmt: skip


def _number(row: StandardInUse, draft: StandardDocument | None) -> str:
    """An own standard shows its draft's number as it is now (drafts get renumbered)."""
    return (draft.number if draft is not None and draft.number else row.number) or ""


def _cover_date(draft: StandardDocument | None, key: str) -> date | None:
    if draft is None:
        return None
    content = draft.content or (draft.versions[-1].content if draft.versions else {})
    return _date((content or {}).get("cover", {}).get(key))


def _published(draft: StandardDocument | None) -> date | None:
    if draft is None:
        return None
    first = draft.versions[0].created_at.date() if draft.versions else None
    return _cover_date(draft, "publish_date") or first


def views_in(
    ctx: AppContext, session: Session, enterprise: Enterprise, pack: Pack, as_of: date
) -> tuple[SystemTree, list[EntryView]]:
    """The tree and every entry of one enterprise, in tree order (unplaced entries last)."""
    return views_of_all(ctx, session, [enterprise], pack, as_of)[enterprise.id]


def views_of_all(
    ctx: AppContext, session: Session, enterprises: Sequence[Enterprise], pack: Pack, as_of: date
) -> dict[int, tuple[SystemTree, list[EntryView]]]:
    """:func:`views_in` for many enterprises in four queries whatever their number.

    An agency's dashboard covers thousands of enterprises on a shared server, where every
    statement costs a network round trip: nodes, entries, drafts and versions are read in bulk.
    """
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from jxdeclare.services.system.tree import trees_in
    from jxdeclare.store.models import StandardDocument, StandardDocumentVersion, StandardInUse

    ids = [e.id for e in enterprises]
    trees = trees_in(session, ids)
    by_enterprise: dict[int, list[StandardInUse]] = {i: [] for i in ids}
    entries = select(StandardInUse).order_by(StandardInUse.position, StandardInUse.id)
    for row in _in_chunks(session, entries, StandardInUse.enterprise_id, ids):
        by_enterprise[row.enterprise_id].append(row)
    draft_ids = [r.draft_id for rows in by_enterprise.values() for r in rows if r.draft_id]
    # Versions count and date here; their texts are not needed (deferred).
    drafts = {d.id: d for d in _in_chunks(session, select(StandardDocument).options(
        selectinload(StandardDocument.versions).defer(StandardDocumentVersion.content)
    ), StandardDocument.id, draft_ids)}  # fmt: skip
    viewer = _Viewer(pack, as_of)
    found = {}
    for enterprise in enterprises:
        tree, rows = trees[enterprise.id], by_enterprise[enterprise.id]
        years = review_years(ctx, enterprise)
        order = {node.id: index for index, (node, _depth) in enumerate(tree.walk())}
        rows.sort(key=lambda r: order.get(r.node_id, len(order)))  # unplaced (None) last
        views, seen = [], {}
        for row in rows:
            seen[row.node_id] = seen.get(row.node_id, 0) + 1
            code = entry_code(tree.code(row.node_id), seen[row.node_id])
            views.append(viewer.view(row, tree, code, drafts.get(row.draft_id or -1), years))
        found[enterprise.id] = (tree, views)
    return found


# Bound parameters per IN list: SQLite allows 32,766 and PostgreSQL 65,535 per statement.
IN_CHUNK = 5_000


def _in_chunks(session: Session, query: Any, column: Any, values: Sequence[int]) -> list[Any]:
    """``query`` restricted to ``column IN values``, a few thousand values per statement."""
    found: list[Any] = []
    for start in range(0, len(values), IN_CHUNK):
        found += session.scalars(query.where(column.in_(values[start : start + IN_CHUNK])))
    return found


def _enterprises(session: Session, enterprise_id: int | None) -> list[Enterprise]:
    from sqlalchemy import select

    from jxdeclare.store.models import Enterprise

    query = select(Enterprise).order_by(Enterprise.name)
    if enterprise_id is not None:
        query = query.where(Enterprise.id == enterprise_id)
    found = list(session.scalars(query))
    if enterprise_id is not None and not found:
        from jxdeclare.services.errors import NotFoundError

        raise NotFoundError(f"找不到企业：{enterprise_id} / enterprise not found")
    return found


def entry_views(
    ctx: AppContext, enterprise_id: int, as_of: date | None = None
) -> tuple[SystemTree, list[EntryView]]:
    from jxdeclare.services.catalog import active_catalogue

    pack = active_catalogue(ctx).pack
    with ctx.session() as session:
        (enterprise,) = _enterprises(session, enterprise_id)
        return views_in(ctx, session, enterprise, pack, as_of or date.today())


def dashboard_rows(
    ctx: AppContext, enterprise_id: int | None = None, as_of: date | None = None
) -> list[DashboardRow]:
    """What needs action, for one enterprise or (agencies) every enterprise, most urgent first."""
    from jxdeclare.services.catalog import active_catalogue

    pack, as_of = active_catalogue(ctx).pack, as_of or date.today()
    found: list[DashboardRow] = []
    with ctx.session() as session:
        enterprises = _enterprises(session, enterprise_id)
        every = views_of_all(ctx, session, enterprises, pack, as_of)
        for enterprise in enterprises:
            found += [
                DashboardRow(enterprise.id, enterprise.name, action)
                for action in dashboard(every[enterprise.id][1], as_of)
            ]
    return sorted(found, key=lambda r: (r.action.urgency, r.action.due or date.max, r.enterprise))


def snapshot(ctx: AppContext, enterprise_id: int, as_of: date | None = None) -> SystemSnapshot:
    from jxdeclare.services.catalog import active_catalogue

    catalogue = active_catalogue(ctx)
    as_of = as_of or date.today()
    with ctx.session() as session:
        (enterprise,) = _enterprises(session, enterprise_id)
        tree, views = views_in(ctx, session, enterprise, catalogue.pack, as_of)
        return SystemSnapshot(
            enterprise.name, enterprise.code or "", enterprise.uscc,
            enterprise.system_template or "", tree, views, as_of, catalogue.label,
            review_years(ctx, enterprise),
        )  # fmt: skip


def enterprise_ids(ctx: AppContext, enterprise_id: int | None) -> list[int]:
    with ctx.session() as session:
        return [e.id for e in _enterprises(session, enterprise_id)]


def statuses_on(
    ctx: AppContext, entries: Sequence[tuple[str, EntryInput]], as_of: date
) -> list[str]:
    """The status each (canonical number, input) would show in the register on ``as_of`` —
    what an import preview lists before anything is stored."""
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.store.models import StandardInUse

    viewer = _Viewer(active_catalogue(ctx).pack, as_of)
    return [
        viewer.status_of(StandardInUse(number=number or None, planned=data.planned,
                                       implemented=data.implemented), None)[0]
        for number, data in entries
    ]  # fmt: skip
