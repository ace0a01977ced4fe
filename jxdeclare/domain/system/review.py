"""When an own standard is due for review, and what on a register needs action today.

A review period is good practice, not a legal expiry (DESIGN §3: enterprise standards no longer
need filing and have no 3-year validity); the default of 3 years is what the 1990 rules said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from jxdeclare.domain.system.entry import PLANNED, EntryView

DEFAULT_REVIEW_YEARS = 3
SOON_DAYS = 90


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def review_due(published: date | None, reviewed: date | None, years: int) -> date | None:
    start = max((d for d in (published, reviewed) if d), default=None)
    return add_years(start, years) if start else None


class ActionKind(StrEnum):
    REPLACED = "被代替仍在用"
    WITHDRAWN = "已废止仍在用"
    COMING = "即将实施"
    REVIEW_OVERDUE = "复审到期"
    REVIEW_SOON = "复审将到期"
    REVIEW_TRIGGERED = "引用标准变化需复审"
    STATUS_CHANGED = "状态有变化"
    RECHECK = "待重新检查"


# Sort order of the dashboard: what is already wrong first.
_URGENCY = {kind: rank for rank, kind in enumerate(ActionKind)}


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    entry: EntryView
    text: str
    due: date | None = None

    @property
    def urgency(self) -> int:
        return _URGENCY[self.kind]


def actions_for(entry: EntryView, today: date) -> list[Action]:
    found: list[Action] = []
    if entry.status == "被代替":
        found.append(
            Action(ActionKind.REPLACED, entry, f"已被 {'、'.join(entry.replaced_by)} 代替")
        )
    elif entry.status == "废止":
        found.append(Action(ActionKind.WITHDRAWN, entry, "已废止"))
    soon = today + timedelta(days=SOON_DAYS)
    # A standard still being drafted (待制定) has no date to take effect yet: the implementation
    # date on its draft's cover is a plan, and calling it 即将实施 would contradict its status.
    planned = entry.status == PLANNED
    if entry.implemented and today <= entry.implemented <= soon and not planned:
        days = (entry.implemented - today).days
        text = f"{entry.implemented.isoformat()} 实施（{days} 天后）"
        found.append(Action(ActionKind.COMING, entry, text, entry.implemented))
    if entry.successor_from and today <= entry.successor_from <= soon:
        days = (entry.successor_from - today).days
        on = entry.successor_from.isoformat()
        text = f"{entry.successor} 将于 {on} 实施并代替本标准（{days} 天后）"
        found.append(Action(ActionKind.COMING, entry, text, entry.successor_from))
    found += _review_actions(entry, today)
    if entry.status_change:
        found.append(Action(ActionKind.STATUS_CHANGED, entry, entry.status_change))
    if entry.recheck_pending:
        found.append(Action(ActionKind.RECHECK, entry, "数据包变化后尚未重新检查"))
    return found


def _review_actions(entry: EntryView, today: date) -> list[Action]:
    found = []
    if entry.review_reason:
        found.append(Action(ActionKind.REVIEW_TRIGGERED, entry, entry.review_reason))
    due = entry.review_due
    if due and due <= today:
        found.append(Action(ActionKind.REVIEW_OVERDUE, entry, f"应于 {due.isoformat()} 复审", due))
    elif due and due <= today + timedelta(days=SOON_DAYS):
        found.append(Action(ActionKind.REVIEW_SOON, entry, f"{due.isoformat()} 复审到期", due))
    return found


def dashboard(entries: list[EntryView], today: date) -> list[Action]:
    found = [action for entry in entries for action in actions_for(entry, today)]
    return sorted(found, key=lambda a: (a.urgency, a.due or date.max, a.entry.number))
