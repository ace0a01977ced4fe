"""An enterprise's existing 标准明细表 (standards detail list) read from Excel, tolerantly.

Real lists are made by hand: a cover sheet first, a title row, a two-line merged header, section
rows grouping the standards, blank lines, the header repeated for printing, a totals row, numbers
and dates typed every which way. This reader finds the table in all that, keeps what it can and
says row by row what it left out and why. Nothing is looked up here: status, replacement and
review dates come from the data pack later, so those columns are recognised but not imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.limits import MAX_SYSTEM_CELLS, MAX_SYSTEM_ROWS
from jxdeclare.domain.row_error import RowError
from jxdeclare.domain.stdnumber import ParseResult, parse_standard_number
from jxdeclare.domain.system.entry import PLANNED
from jxdeclare.importing.file_checks import check_office_zip
from jxdeclare.importing.sheet_cells import SPACES, cell_text, folded_text, header_key, to_date
from jxdeclare.importing.sheet_scan import check_sheets
from jxdeclare.importing.system_xlsx_header import (
    HEADER_ALIASES,
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    Header,
    find_header,
    header_grid,
)

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


PLANNED_WORDS = (PLANNED, "待制订", "拟制定", "拟制订", "计划制定", "计划制订")
# A vertically merged cell in these columns applies to every row it spans (a 子体系 or 责任部门
# written once for a group); never for numbers, titles or codes, which belong to one standard.
_FILL_DOWN = ("subsystem", "department", "status", "note")
_SECTION_KEYS = frozenset({"seq", "code", "subsystem", None})
_SECTION_MIN_SPAN = 3  # a section title merged across the table, wherever the merge starts
_DASHES = re.compile(r"[-—–―‐‑‒−－]")
_TOTALS = re.compile(r"合计|总计|小计|共计|共\d+[项条个]")
_FOOTER = re.compile(r"(?:注|说明|备注)\d*[:.、]|(?:制表|填表|编制|审核|批准|审批|复核)人?[:]")
_WORDS = re.compile(r"[^\W\d_]")  # a letter or a hanzi: a section title is more than a number

__all__ = ["HEADER_ALIASES", "ImportedRow", "SystemImport", "SystemImportError", "read_system_xlsx"]


class SystemImportError(ValueError):
    """A file that cannot be read as a standards list; the message names the file (Chinese)."""


@dataclass(frozen=True)
class ImportedRow:
    row: int  # sheet row number (1-based) of this standard
    number: str  # canonical when it parses, else cleaned as written; "" for 待制定 without number
    title: str
    code: str  # 体系编号 as written, e.g. "1.1-001" or "101"; may be ""
    subsystem: str  # 子体系 as written, or the section row above it; "" if none
    published: date | None
    implemented: date | None
    department: str
    note: str
    planned: bool  # marked 待制定 (拟制定, 待制订 …); may have no number
    number_valid: bool  # the number parsed (catalogue lookup happens later)


@dataclass
class SystemImport:
    sheet: str
    header_row: int  # sheet row of the (last) header line
    rows: list[ImportedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)  # rows not imported
    warnings: list[RowError] = field(default_factory=list)  # imported, but worth telling
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why)


def read_system_xlsx(path: Path) -> SystemImport:
    """The standards of the first sheet with a recognisable header, with what was left out."""
    path = Path(path)
    workbook = _open(path)
    for sheet in workbook.worksheets:
        header = find_header(header_grid(sheet))
        if header is not None:
            return _read_rows(sheet, header, workbook.epoch)
    raise _refuse(
        path,
        f"在各工作表的前 {HEADER_SCAN_ROWS} 行中找不到同时含“标准编号”和“标准名称”列的表头"
        "（可用的列名如 标准编号、标准号、标准名称、名称）",
    )


# --- the file ------------------------------------------------------------------------------------


def _refuse(path: Path, why: str) -> SystemImportError:
    return SystemImportError(f"无法导入“{path.name}”：{why}")


def _check_file(path: Path) -> None:
    check_office_zip(
        path, _refuse, not_zip="不是 Excel（.xlsx）文件",
        old_format="这是旧版 .xls 文件或设置了打开密码的文件；"
        "请在 Excel 中取消密码并另存为 .xlsx 后再导入",
    )  # fmt: skip


def _open(path: Path) -> Workbook:
    _check_file(path)
    # The whole workbook is loaded below: count what it holds first (docs/limits.md).
    check_sheets(path, _refuse, max_rows=MAX_SYSTEM_ROWS, max_cells=MAX_SYSTEM_CELLS)
    from openpyxl import load_workbook

    try:
        # A file handle rather than the name: openpyxl would refuse a workbook saved as ".XLSX1".
        # Not read-only: merged ranges are only available on a fully loaded sheet.
        with path.open("rb") as handle:
            return load_workbook(handle, data_only=True, keep_links=False)
    except Exception as exc:  # zipfile, KeyError, InvalidFileException, lxml: all mean "damaged"
        raise _refuse(path, f"文件已损坏或不是 Excel 工作簿（{type(exc).__name__}）") from exc


def _is_planned(text: str) -> bool:
    squeezed = text.replace(" ", "")
    return any(word in squeezed for word in PLANNED_WORDS)


# --- the rows ------------------------------------------------------------------------------------


def _read_rows(sheet: Worksheet, header: Header, epoch: datetime) -> SystemImport:
    width = min(sheet.max_column, MAX_COLUMNS)
    start = header.last + 2  # 1-based sheet row after the header
    rows = [list(r) for r in sheet.iter_rows(min_row=start, max_col=width, values_only=True)]
    while rows and not any(cell_text(value) for value in rows[-1]):
        rows.pop()  # blank rows after the table are formatting, not content worth reporting
    reader = _RowReader(sheet.title, header, epoch)
    reader.read_merges(sheet)
    for offset, values in enumerate(rows):
        reader.read(start + offset, values)
    return reader.result


class _RowReader:
    def __init__(self, sheet: str, header: Header, epoch: datetime) -> None:
        self.header = header
        self.epoch = epoch
        self.result = SystemImport(sheet, header.last + 1)
        self.key_of = {column.index: key for key, column in header.columns.items()}
        self.section = ""  # title of the last section row: the 子体系 of rows without their own
        self.seen: dict[str, int] = {}  # number → row it was first imported from
        self.filled: dict[int, list[tuple[int, Any]]] = {}  # row → (column, value) merged down
        self.wide: set[tuple[int, int]] = set()  # (row, column) of cells merged across the table

    def read_merges(self, sheet: Worksheet) -> None:
        fill = {self.header.columns[k].index + 1 for k in _FILL_DOWN if k in self.header.columns}
        for merged in sheet.merged_cells.ranges:
            if merged.min_row <= self.result.header_row:
                continue
            if merged.max_col - merged.min_col + 1 >= _SECTION_MIN_SPAN:
                self.wide.add((merged.min_row, merged.min_col - 1))
            if merged.max_row > merged.min_row and merged.min_col in fill:
                value = sheet.cell(merged.min_row, merged.min_col).value
                for row in range(merged.min_row + 1, merged.max_row + 1):
                    self.filled.setdefault(row, []).append((merged.min_col - 1, value))

    def read(self, row: int, values: list[Any]) -> None:
        texts = [cell_text(value) for value in values]
        reason = self._skip_reason(row, texts)
        if reason:
            self.result.skipped.append((row, reason))
            return
        for column, value in self.filled.get(row, ()):
            if column < len(values) and not texts[column]:
                values[column] = value
        self._standard(row, values)

    # --- rows that are not standards

    def _skip_reason(self, row: int, texts: list[str]) -> str:
        filled = [(index, text) for index, text in enumerate(texts) if text]
        if not filled:
            return "空行"
        if self._is_totals(texts):
            return "合计行"
        if all(header_key(text) in self.header.words for _, text in filled):
            return "重复的表头"
        if not self._is_lone(row, texts, filled):
            return ""
        if any(_FOOTER.match(folded_text(text).replace(" ", "")) for _, text in filled):
            return "表注或签署行"
        section = self._section_title(row, texts, filled)
        if section:
            self.section = section
            return f"分组标题“{section}”"
        return ""

    def _is_totals(self, texts: list[str]) -> bool:
        number = self._cell(texts, "number")
        if number and parse_standard_number(folded_text(number)).valid:
            return False
        return any(_TOTALS.match(folded_text(text).replace(" ", "")) for text in texts if text)

    def _is_lone(self, row: int, texts: list[str], filled: list[tuple[int, str]]) -> bool:
        """No number and no title of its own, or one cell merged across the table."""
        if len(filled) == 1 and (row, filled[0][0]) in self.wide:
            return True
        return not self._cell(texts, "number") and not self._cell(texts, "title")

    def _section_title(self, row: int, texts: list[str], filled: list[tuple[int, str]]) -> str:
        """产品标准 alone in the 序号/体系编号/子体系 columns, or merged across the table."""
        spanning = len(filled) == 1 and (row, filled[0][0]) in self.wide
        if not spanning and not {self.key_of.get(index) for index, _ in filled} <= _SECTION_KEYS:
            return ""
        title = self._cell(texts, "subsystem") or " ".join(text for _, text in filled)
        return title if _WORDS.search(title) else ""

    # --- standards

    def _standard(self, row: int, values: list[Any]) -> None:
        title = cell_text(self._cell(values, "title"))
        number = folded_text(self._cell(values, "number"))
        planned = _is_planned(folded_text(self._cell(values, "status"))) or _is_planned(number)
        if _is_planned(number):  # "待制定" typed in the number column
            number = "" if _is_planned_only(number) else number
        if planned and not title:
            self._error(row, "title", "缺少标准名称")
            return
        if not number:
            if planned:
                self._add(row, values, "", title, planned=True, valid=False)
            elif title:
                self._error(row, "number", "缺少标准编号")
            else:
                self.result.skipped.append((row, "没有标准编号和标准名称"))
            return
        self._numbered(row, values, number, title, planned)

    def _numbered(
        self, row: int, values: list[Any], number: str, title: str, planned: bool
    ) -> None:
        parsed = parse_standard_number(number)
        if not parsed.valid and not planned:
            self._error(row, "number", f"“{number}”：{_first_error(parsed)}")
            return
        canonical = parsed.number.canonical() if parsed.valid and parsed.number else number
        if canonical in self.seen:
            self._warn(row, "number", f"{canonical} 与第{self.seen[canonical]}行重复，已忽略")
            return
        if not parsed.valid:
            self._warn(row, "number", f"“{number}”：{_first_error(parsed)}；按待制定导入")
        else:
            self._tell_normalised(row, cell_text(self._cell(values, "number")), canonical, parsed)
        if not title:
            self._warn(row, "title", "缺少标准名称")
        self._add(row, values, canonical, title, planned=planned, valid=parsed.valid)

    def _tell_normalised(self, row: int, written: str, canonical: str, parsed: ParseResult) -> None:
        # Dash style and spacing differ in nearly every list: only other changes are worth a word.
        if _loose(written) != _loose(canonical):
            self._warn(row, "number", f"“{written}”已规范为“{canonical}”")
        for problem in parsed.problems:
            self._warn(row, "number", problem.text())

    def _add(
        self, row: int, values: list[Any], number: str, title: str, *, planned: bool, valid: bool
    ) -> None:
        if number:
            self.seen[number] = row
        self.result.rows.append(
            ImportedRow(
                row=row,
                number=number,
                title=title,
                code=cell_text(self._cell(values, "code")),
                subsystem=cell_text(self._cell(values, "subsystem")) or self.section,
                published=self._date(row, values, "published"),
                implemented=self._date(row, values, "implemented"),
                department=cell_text(self._cell(values, "department")),
                note=cell_text(self._cell(values, "note")),
                planned=planned,
                number_valid=valid,
            )
        )

    def _date(self, row: int, values: list[Any], key: str) -> date | None:
        value = self._cell(values, key)
        try:
            return to_date(value, self.epoch)
        except ValueError:  # also date(2022, 2, 30): a typo in a date is not worth the row
            self._warn(row, key, f"无法识别的日期“{cell_text(value)}”，已忽略")
            return None

    # --- helpers

    def _cell(self, values: list[Any], key: str) -> Any:
        column = self.header.columns.get(key)
        if column is None or column.index >= len(values):
            return None
        return values[column.index]

    def _label(self, key: str) -> str:
        return self.header.columns[key].label

    def _error(self, row: int, key: str, reason: str) -> None:
        self.result.errors.append(RowError(row, self._label(key), reason))

    def _warn(self, row: int, key: str, reason: str) -> None:
        self.result.warnings.append(RowError(row, self._label(key), reason))


def _is_planned_only(text: str) -> bool:
    rest = text
    for word in PLANNED_WORDS:
        rest = rest.replace(word, "")
    return not re.sub(r"[\s()\[\]（）【】]", "", rest)


def _first_error(parsed: ParseResult) -> str:
    return next((p.text() for p in parsed.problems if p.is_error), "无法识别的标准编号")


def _loose(number: str) -> str:
    return _DASHES.sub("-", SPACES.sub("", number))
