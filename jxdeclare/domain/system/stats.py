"""The 标准统计表 of GB/T 13017-2018: counts by sub-system and level, and by state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from jxdeclare.domain.system.entry import LEVELS, PLANNED, EntryView, Level

STATES = ("现行", "即将实施", "被代替/废止", PLANNED, "未知")


def state_group(status: str) -> str:
    if status in ("被代替", "废止"):
        return "被代替/废止"
    return status if status in STATES else "未知"


@dataclass
class StatsRow:
    subsystem: str
    by_level: Counter[Level] = field(default_factory=Counter)
    by_state: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_level.values())

    def add(self, entry: EntryView) -> None:
        self.by_level[entry.level] += 1
        self.by_state[state_group(entry.status)] += 1


@dataclass
class SystemStats:
    rows: list[StatsRow]
    total: StatsRow

    @property
    def level_columns(self) -> tuple[Level, ...]:
        unknown = (Level.UNKNOWN,) if self.total.by_level[Level.UNKNOWN] else ()
        return LEVELS + unknown


def system_stats(entries: list[EntryView], subsystems: list[str]) -> SystemStats:
    """One row per top-level sub-system (in tree order), one for unplaced entries, and a total."""
    rows = {name: StatsRow(name) for name in subsystems}
    total = StatsRow("合计")
    for entry in entries:
        top = entry.subsystem.split(" / ")[0] if entry.subsystem else "未归入子体系"
        rows.setdefault(top, StatsRow(top)).add(entry)
        total.add(entry)
    return SystemStats(list(rows.values()), total)
