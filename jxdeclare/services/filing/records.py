"""The 备案 record of a stored standard: each step the enterprise took on the health commission's
filing system, checked against the filing's state, stored and journalled (who, when, what).

Nothing here reaches the commission: the enterprise files there and records here what it did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.filing import (
    DEFAULT_VALIDITY_YEARS,
    STATE_LABELS,
    STEP_LABELS,
    VALIDITY_CAVEAT,
    VALIDITY_CAVEAT_EN,
    FilingDates,
    FilingState,
    Step,
    add_years,
    filing_problem,
    public_problem,
    refusal,
    renewal_problem,
)
from jxdeclare.services.errors import ConflictError, NotFoundError, ServiceError, stale_as_conflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import FoodFiling

VALIDITY_SETTING = "filing_validity_years"
_RACED = (
    "这份标准的备案记录刚被同事修改，请重新打开后再记录。"
    " / Someone else just changed this filing record; reopen it."
)


class StepRefused(ServiceError):
    """A filing step that does not fit the filing's state or dates (nothing was stored)."""


@dataclass(frozen=True)
class FilingEvent:
    step: Step
    at: datetime
    user: str
    details: dict[str, Any]
    note: str = ""

    @property
    def text(self) -> str:
        """What the step set, in Chinese: "公示 2026-10-01 至 2026-10-30"."""
        d = self.details
        if self.step is Step.PUBLIC:
            return f"社会公示 {d.get('public_from')} 至 {d.get('public_to')}"
        if self.step is Step.FILE:
            return (f"备案号 {d.get('number')}，备案日期 {d.get('filed_on')}，"
                    f"有效期至 {d.get('valid_until')}")  # fmt: skip
        if self.step is Step.RENEW:
            number = f"，备案号 {d['number']}" if d.get("number") else ""
            return f"延续 {d.get('on')}{number}，有效期至 {d.get('valid_until')}"
        if self.step is Step.REVISE:
            return f"修订（第 {d.get('revision')} 次）{d.get('on')}：须重新公示和备案"
        return f"注销 {d.get('on')}"

    def as_dict(self) -> dict[str, Any]:
        return {"step": str(self.step), "step_label": STEP_LABELS[self.step],
                "at": self.at.isoformat(), "user": self.user, "details": self.details,
                "note": self.note, "text": self.text}  # fmt: skip


@dataclass(frozen=True)
class FilingRecord:
    """A standard's filing as the dialog, the CLI and the 工作台 show it."""

    draft_id: int
    enterprise_id: int
    enterprise: str
    standard_number: str
    title: str
    dates: FilingDates = field(default_factory=FilingDates)
    row_version: int = 0  # 0: nothing recorded yet
    events: list[FilingEvent] = field(default_factory=list)

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.dates.state]

    def as_dict(self) -> dict[str, Any]:
        d = self.dates
        return {
            "draft_id": self.draft_id, "enterprise_id": self.enterprise_id,
            "enterprise": self.enterprise, "standard_number": self.standard_number,
            "title": self.title, "state": str(d.state), "state_label": self.state_label,
            "public_from": _iso(d.public_from), "public_to": _iso(d.public_to),
            "number": d.number or None, "filed_on": _iso(d.filed_on),
            "valid_until": _iso(d.valid_until), "validity_note": VALIDITY_CAVEAT,
            "validity_note_en": VALIDITY_CAVEAT_EN, "revision": d.revision,
            "events": [e.as_dict() for e in self.events],
        }  # fmt: skip


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def validity_years(ctx: AppContext) -> int:
    return int(ctx.settings.get(VALIDITY_SETTING) or DEFAULT_VALIDITY_YEARS)


def _dates(row: FoodFiling | None) -> FilingDates:
    if row is None:
        return FilingDates()
    return FilingDates(FilingState(row.state), row.public_from, row.public_to, row.number or "",
                       row.filed_on, row.valid_until, row.revision)  # fmt: skip


def _record(session: Session, draft: Any, row: FoodFiling | None) -> FilingRecord:
    from jxdeclare.store.models import Enterprise

    enterprise = session.get(Enterprise, draft.enterprise_id)
    events = [FilingEvent(Step(e.step), e.at, e.user, dict(e.details or {}), e.note or "")
              for e in (row.events if row is not None else [])]  # fmt: skip
    return FilingRecord(draft.id, draft.enterprise_id, enterprise.name if enterprise else "",
                        draft.number or "", draft.title, _dates(row),
                        row.row_version if row is not None else 0, events)  # fmt: skip


def _draft(session: Session, draft_id: int) -> Any:
    from jxdeclare.store.models import StandardDocument

    draft = session.get(StandardDocument, draft_id)
    if draft is None:
        raise NotFoundError(f"找不到标准草稿：{draft_id} / draft not found: {draft_id}")
    return draft


def _filing(session: Session, draft_id: int) -> FoodFiling | None:
    from sqlalchemy import select

    from jxdeclare.store.models import FoodFiling

    return session.scalar(select(FoodFiling).where(FoodFiling.draft_id == draft_id))


def filing_of(ctx: AppContext, draft_id: int) -> FilingRecord:
    with ctx.session() as session:
        draft = _draft(session, draft_id)
        return _record(session, draft, _filing(session, draft_id))


def list_filings(ctx: AppContext, enterprise_id: int | None = None) -> list[FilingRecord]:
    """Every standard with a filing record, by enterprise and standard number."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from jxdeclare.store.models import FoodFiling, StandardDocument

    query = select(FoodFiling).options(selectinload(FoodFiling.events))
    if enterprise_id is not None:
        query = query.where(FoodFiling.enterprise_id == enterprise_id)
    with ctx.session() as session:
        found = []
        for row in session.scalars(query.order_by(FoodFiling.id)):
            draft = session.get(StandardDocument, row.draft_id)
            found.append(_record(session, draft, row))
    return sorted(found, key=lambda r: (r.enterprise, r.standard_number, r.draft_id))


Change = Callable[["FoodFiling", FilingDates], dict[str, Any]]


def _step(
    ctx: AppContext, draft_id: int, step: Step, change: Change, note: str,
    expected_version: int | None,
) -> FilingRecord:  # fmt: skip
    """Apply one step in one transaction: refused unless it fits the state; journalled."""
    from jxdeclare.store import audit
    from jxdeclare.store.models import FoodFiling, FoodFilingEvent

    with stale_as_conflict(_RACED), ctx.session() as session:
        draft = _draft(session, draft_id)
        row = _filing(session, draft_id)
        current_version = row.row_version if row is not None else 0
        if expected_version is not None and expected_version != current_version:
            raise ConflictError(_RACED)
        current = _dates(row)
        if why := refusal(current, step):
            raise StepRefused(why)
        if row is None:
            row = FoodFiling(draft_id=draft.id, enterprise_id=draft.enterprise_id,
                             state=FilingState.NONE.value)  # fmt: skip
            session.add(row)
        details = change(row, current)
        row.events.append(FoodFilingEvent(step=step.value, user=ctx.user, details=details,
                                          note=note.strip() or None))  # fmt: skip
        session.flush()
        audit.record(session, entity="food_filing", entity_id=row.id, action=step.value,
                     user=ctx.user, changes=details, enterprise_id=draft.enterprise_id)  # fmt: skip
        session.refresh(row)
        return _record(session, draft, row)


def record_public(
    ctx: AppContext, draft_id: int, start: date, end: date, *, note: str = "",
    expected_version: int | None = None,
) -> FilingRecord:  # fmt: skip
    """社会公示: its first and last day (recorded again before filing, it corrects them)."""
    if why := public_problem(start, end):
        raise StepRefused(why)

    def change(row: FoodFiling, current: FilingDates) -> dict[str, Any]:
        row.public_from, row.public_to = start, end
        if current.state is FilingState.NONE:
            row.state = FilingState.PUBLIC.value
        return {"public_from": start.isoformat(), "public_to": end.isoformat()}

    return _step(ctx, draft_id, Step.PUBLIC, change, note, expected_version)


def record_filed(
    ctx: AppContext, draft_id: int, number: str, filed_on: date, *,
    valid_until: date | None = None, today: date | None = None, note: str = "",
    expected_version: int | None = None,
) -> FilingRecord:  # fmt: skip
    """备案: the number and date the commission gave, after the 公示 ended. The validity end is
    the setting's years from the filing date unless given (the commission's answer decides)."""
    today = today or date.today()
    years = validity_years(ctx)

    def change(row: FoodFiling, current: FilingDates) -> dict[str, Any]:
        if why := filing_problem(current, number, filed_on, today):
            raise StepRefused(why)
        row.state = FilingState.FILED.value
        row.number, row.filed_on = number.strip(), filed_on
        row.valid_until = valid_until or add_years(filed_on, years)
        return {"number": row.number, "filed_on": filed_on.isoformat(),
                "valid_until": row.valid_until.isoformat()}  # fmt: skip

    return _step(ctx, draft_id, Step.FILE, change, note, expected_version)


def record_revision(
    ctx: AppContext, draft_id: int, on: date, *, note: str = "",
    expected_version: int | None = None,
) -> FilingRecord:  # fmt: skip
    """修订: the filed standard changed; it is publicly commented and filed again."""

    def change(row: FoodFiling, current: FilingDates) -> dict[str, Any]:
        row.state = FilingState.REVISING.value
        row.revision = current.revision + 1
        row.public_from = row.public_to = None  # the new 公示 is still to come
        return {"on": on.isoformat(), "revision": row.revision,
                "previous_number": current.number}  # fmt: skip

    return _step(ctx, draft_id, Step.REVISE, change, note, expected_version)


def record_renewal(
    ctx: AppContext, draft_id: int, on: date, *, number: str = "",
    valid_until: date | None = None, note: str = "", expected_version: int | None = None,
) -> FilingRecord:  # fmt: skip
    """延续: a new validity period from ``on`` (and a new number, when the commission gave one)."""
    years = validity_years(ctx)

    def change(row: FoodFiling, current: FilingDates) -> dict[str, Any]:
        if why := renewal_problem(current, on):
            raise StepRefused(why)
        row.valid_until = valid_until or add_years(on, years)
        if number.strip():
            row.number = number.strip()
        return {"on": on.isoformat(), "number": number.strip(),
                "valid_until": row.valid_until.isoformat()}  # fmt: skip

    return _step(ctx, draft_id, Step.RENEW, change, note, expected_version)


def record_cancel(
    ctx: AppContext, draft_id: int, on: date, *, note: str = "",
    expected_version: int | None = None,
) -> FilingRecord:  # fmt: skip
    """注销: the filing ends; no step can follow."""

    def change(row: FoodFiling, current: FilingDates) -> dict[str, Any]:
        row.state = FilingState.CANCELLED.value
        return {"on": on.isoformat(), "number": current.number}

    return _step(ctx, draft_id, Step.CANCEL, change, note, expected_version)
