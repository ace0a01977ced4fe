"""The action dashboard (one enterprise or an agency's clients) as an .xlsx to hand on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from jxdeclare.domain.system.review import Action
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.cells import append_row

HEADERS = ("企业", "事项", "标准编号", "标准名称", "体系编号", "状态", "说明", "期限")
WIDTHS = (24, 16, 22, 36, 10, 10, 48, 12)


def dashboard_cells(enterprise: str, action: Action) -> tuple[str, ...]:
    entry = action.entry
    due = action.due.isoformat() if action.due else ""
    return (enterprise, str(action.kind), entry.number, entry.title, entry.code, entry.status,
            action.text, due)  # fmt: skip


def write_dashboard_xlsx(
    rows: Sequence[tuple[str, Action]], as_of: date, data_label: str, out: Path
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "待处理事项"
    append_row(
        sheet,
        [f"标准体系待处理事项（查询日期 {as_of.isoformat()}；标准状态依据：{data_label}）"]
    )
    append_row(sheet, HEADERS)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for enterprise, action in rows:
        append_row(sheet, dashboard_cells(enterprise, action))
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(HEADERS))}{sheet.max_row}"
    atomic_write(out, lambda tmp: book.save(tmp))
