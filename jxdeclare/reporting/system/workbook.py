"""The 标准体系表 as Excel: the 标准明细表 alone, the whole report, and the annual statistics.

The 标准明细表's header row uses the exact texts of DETAIL_COLUMNS, so our own importer reads an
exported (and edited) table back. Every sheet's title row names the data pack and date the
statuses come from.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jxdeclare.domain.system.entry import DETAIL_COLUMNS, LEVELS, Level
from jxdeclare.domain.system.snapshot import AnnualStats, SystemSnapshot
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.cells import append_row
from jxdeclare.reporting.system.content import (
    LEVEL_NAMES,
    data_line,
    ordered_entries,
    outdated,
    outline,
    stats_table,
)
from jxdeclare.reporting.system.explanation import explanation_paragraphs

TITLE, BOLD = Font(bold=True, size=14), Font(bold=True)
RED = Font(bold=True, color="C00000")
PALE_RED = PatternFill("solid", fgColor="FBE3E3")
HEAD_FILL = PatternFill("solid", fgColor="E8EDF3")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
DETAIL_WIDTHS = (6, 11, 26, 20, 40, 6, 9, 12, 12, 10, 28, 12, 12, 20)


def write_detail_xlsx(snapshot: SystemSnapshot, out: Path) -> None:
    book = Workbook()
    fill_detail_sheet(book.active, snapshot)
    _save(book, out)


def write_report_xlsx(snapshot: SystemSnapshot, out: Path) -> None:
    """标准明细表, 标准统计表, 编制说明 (draft) and 结构 (the tree as an outline)."""
    book = Workbook()
    fill_detail_sheet(book.active, snapshot)
    _fill_stats(book.create_sheet("标准统计表"), snapshot)
    _fill_explanation(book.create_sheet("编制说明"), snapshot)
    _fill_outline(book.create_sheet("结构"), snapshot)
    _save(book, out)


def fill_detail_sheet(sheet: Worksheet, snapshot: SystemSnapshot) -> None:
    sheet.title = "标准明细表"
    _title(
        sheet, f"{snapshot.enterprise_name}标准明细表（{data_line(snapshot)}）", len(DETAIL_COLUMNS)
    )
    _header(sheet, [header for _key, header in DETAIL_COLUMNS])
    status_col = [key for key, _h in DETAIL_COLUMNS].index("status") + 1
    for seq, entry in enumerate(ordered_entries(snapshot), start=1):
        values = entry.detail_row(seq)
        append_row(sheet, [seq if key == "seq" else values[key] for key, _h in DETAIL_COLUMNS])
        row = sheet[sheet.max_row]
        for cell in row:
            cell.alignment = WRAP
        if outdated(entry):
            for cell in row:
                cell.fill = PALE_RED
            row[status_col - 1].font = RED
    _widths(sheet, DETAIL_WIDTHS)
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(DETAIL_COLUMNS))}{sheet.max_row}"


def _fill_stats(sheet: Worksheet, snapshot: SystemSnapshot) -> None:
    stats = stats_table(snapshot)
    n_levels, n_states = len(stats.levels), len(stats.states)
    columns = len(stats.header)
    _title(sheet, f"{snapshot.enterprise_name}标准统计表（{data_line(snapshot)}）", columns)
    total_col = 2 + n_levels
    _header(sheet, ["子体系", "按标准类别（项）", *[""] * (n_levels - 1), "合计（项）",
                    "按标准状态（项）", *[""] * (n_states - 1)])  # fmt: skip
    _header(sheet, ["", *stats.levels, "", *stats.states])
    for first, last in ((1, 1), (total_col, total_col)):  # 子体系 and 合计 span both header rows
        sheet.merge_cells(start_row=2, start_column=first, end_row=3, end_column=last)
    for first, last in ((2, 1 + n_levels), (total_col + 1, columns)):  # the groups' captions
        sheet.merge_cells(start_row=2, start_column=first, end_row=2, end_column=last)
    for values in stats.rows:
        append_row(sheet, values)
        for cell in sheet[sheet.max_row][1:]:
            cell.alignment = CENTRE
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    _widths(sheet, (24, *[10] * (columns - 1)))
    sheet.freeze_panes = "B4"


def _fill_explanation(sheet: Worksheet, snapshot: SystemSnapshot) -> None:
    _title(sheet, f"{snapshot.enterprise_name}标准体系表编制说明（草稿）", 1)
    for para in explanation_paragraphs(snapshot):
        indent = {"heading": 0, "text": 2, "item": 4}[para.kind]
        append_row(sheet, [para.text])
        cell = sheet.cell(sheet.max_row, 1)
        cell.alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
        if para.kind == "heading":
            cell.font = BOLD
    sheet.column_dimensions["A"].width = 110


def _fill_outline(sheet: Worksheet, snapshot: SystemSnapshot) -> None:
    _title(sheet, f"{snapshot.enterprise_name}标准体系结构", 3)
    _header(sheet, ["体系编号", "名称", "标准数（含下级）"])
    placed = sum(1 for e in snapshot.entries if e.node_id in snapshot.tree.nodes)
    append_row(sheet, ["", f"{snapshot.enterprise_name}标准体系", placed])
    sheet.cell(sheet.max_row, 2).font = BOLD
    for depth, code, title, count in outline(snapshot):
        append_row(sheet, [code, title, count])
        sheet.cell(sheet.max_row, 2).alignment = Alignment(indent=2 * (depth + 1))
        if depth == 0:
            sheet.cell(sheet.max_row, 2).font = BOLD
    _widths(sheet, (12, 50, 16))
    sheet.freeze_panes = "A3"


def write_annual_stats_xlsx(stats: AnnualStats, out: Path) -> None:
    """年度标准化统计: one label/value pair a row; the lists below their count."""
    book = Workbook()
    sheet = book.active
    sheet.title = "年度标准化统计"
    _title(sheet, f"{stats.enterprise_name}{stats.year} 年度标准化统计", 2)
    rows: list[tuple[str, str | int]] = [
        ("企业名称", stats.enterprise_name),
        ("统一社会信用代码", stats.uscc),
        ("统计年度", stats.year),
    ]
    names = {str(level): LEVEL_NAMES[level] for level in (*LEVELS, Level.UNKNOWN)}
    order = [str(lv) for lv in LEVELS] + [k for k in stats.by_level if k not in names]
    rows += [(f"执行{names.get(key, key)}（项）", stats.by_level.get(key, 0)) for key in order]
    rows.append(("执行标准合计（项）", sum(stats.by_level.values())))
    for label, items in (("当年制定企业标准", stats.own_drafted),
                         ("当年修订企业标准", stats.own_revised),
                         ("当年自我声明公开标准", stats.declarations)):  # fmt: skip
        rows.append((f"{label}（项）", len(items)))
        rows += [("", item) for item in items]
    rows.append(("数据来源", stats.data_label))
    for label, value in rows:
        append_row(sheet, [label, value])
        sheet.cell(sheet.max_row, 1).font = BOLD
        sheet.cell(sheet.max_row, 2).alignment = Alignment(horizontal="left", wrap_text=True)
    _widths(sheet, (26, 70))
    _save(book, out)


def _title(sheet: Worksheet, text: str, columns: int) -> None:
    append_row(sheet, [text])
    sheet["A1"].font = TITLE
    sheet["A1"].alignment = Alignment(vertical="center")
    sheet.row_dimensions[1].height = 24
    if columns > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)


def _header(sheet: Worksheet, texts: list[str]) -> None:
    append_row(sheet, texts)
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill, cell.alignment = BOLD, HEAD_FILL, CENTRE


def _widths(sheet: Worksheet, widths: tuple[int, ...]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _save(book: Workbook, out: Path) -> None:
    atomic_write(Path(out), lambda tmp: book.save(tmp))
