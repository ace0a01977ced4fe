"""Filings that need attention soon: a 公示 that ends, or a validity that runs out, within
FILING_DUE_DAYS (or already past). The 工作台 and `system status` list them (pure reads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.filing import FILING_DUE_DAYS, Due, due

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.filing.records import FilingRecord


@dataclass(frozen=True)
class DueFiling:
    record: FilingRecord
    due: Due

    @property
    def label(self) -> str:
        """The standard as lists name it: "Q/JXCY 0001S—2026 绿茶"."""
        return f"{self.record.standard_number or '（无编号）'} {self.record.title}"

    @property
    def text(self) -> str:
        return f"{self.label}：{self.due.text}"

    def as_dict(self) -> dict[str, Any]:
        return {"draft_id": self.record.draft_id, "enterprise_id": self.record.enterprise_id,
                "enterprise": self.record.enterprise, "standard": self.label,
                "kind": self.due.kind, "due": self.due.on.isoformat(), "text": self.due.text,
                "state": str(self.record.dates.state)}  # fmt: skip


def due_filings(
    ctx: AppContext, enterprise_id: int | None = None, as_of: date | None = None,
    within: int = FILING_DUE_DAYS,
) -> list[DueFiling]:  # fmt: skip
    """Filings due within ``within`` days of ``as_of`` (default today), soonest first."""
    from jxdeclare.services.filing.records import list_filings

    as_of = as_of or date.today()
    found = [DueFiling(record, when) for record in list_filings(ctx, enterprise_id)
             if (when := due(record.dates, as_of, within)) is not None]  # fmt: skip
    return sorted(found, key=lambda d: (d.due.on, d.record.enterprise, d.label))
