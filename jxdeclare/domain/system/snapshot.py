"""Everything the GB/T 13017 outputs need about one enterprise's system, on one date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jxdeclare.domain.system.entry import EntryView
from jxdeclare.domain.system.stats import SystemStats, system_stats
from jxdeclare.domain.system.templates import TEMPLATES, SystemTemplate
from jxdeclare.domain.system.tree import SystemTree


@dataclass(frozen=True)
class SystemSnapshot:
    enterprise_name: str
    enterprise_code: str  # 企业代号, may be ""
    uscc: str
    template_key: str
    tree: SystemTree
    entries: list[EntryView]
    as_of: date
    data_label: str  # which data pack the statuses come from, with its data date
    review_years: int

    @property
    def template(self) -> SystemTemplate | None:
        return TEMPLATES.get(self.template_key)

    def entries_of(self, node_id: int | None) -> list[EntryView]:
        return [e for e in self.entries if e.node_id == node_id]

    def stats(self) -> SystemStats:
        tops = [row.title for row, depth in self.tree.walk() if depth == 0]
        return system_stats(self.entries, tops)


@dataclass(frozen=True)
class AnnualStats:
    """Standardization figures for an enterprise's annual report, for one calendar year."""

    enterprise_name: str
    uscc: str
    year: int
    by_level: dict[str, int]  # 国/行/地/团/企 → standards in the register
    own_drafted: list[str] = field(default_factory=list)  # own standards first published that year
    own_revised: list[str] = field(default_factory=list)  # own standards revised that year
    declarations: list[str] = field(default_factory=list)  # declared (published) that year
    data_label: str = ""
