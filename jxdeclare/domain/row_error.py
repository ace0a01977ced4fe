"""One problem in one cell of an imported table (Excel or CSV), as people read spreadsheets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based sheet row, as Excel shows it
    column: str
    reason: str

    def __str__(self) -> str:
        return f"第{self.row}行 {self.column}：{self.reason}"
