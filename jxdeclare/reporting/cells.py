"""Spreadsheet cells that hold user text as text, never as a formula (OWASP formula injection).

openpyxl turns any string starting with "=" into a live formula, so a name such as
``=HYPERLINK("http://x","y")`` would become a link in the exported file. Every .xlsx writer
puts its rows through :func:`append_row` (or :func:`safe_cell` for a single cell): text that
starts like a formula is stored as a plain string cell with Excel's quote prefix, which Excel
and LibreOffice show as the original text and keep as text when the cell is edited. The
value itself is not altered ("-20℃" reads back as "-20℃"); numbers and dates stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Characters a spreadsheet may read as the start of a formula (OWASP CSV injection list).
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_LEADS)


def safe_cell(cell: Any) -> Any:
    """Make ``cell`` (an openpyxl cell) keep formula-leading text as text; returns the cell."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"  # openpyxl typed it "f" (a formula) when it began with "="
        cell.quotePrefix = True  # and Excel must not re-read it as one when it is edited
    return cell


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """``sheet.append(values)`` with every cell of the new row made safe."""
    values = list(values)
    sheet.append(values)
    if values:
        for cell in sheet[sheet.max_row]:
            safe_cell(cell)
