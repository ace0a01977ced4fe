"""An enterprise's existing 标准明细表 (standards detail list) read from Excel, tolerantly.

Real lists are made by hand: a cover sheet first, a title row, a two-line merged header, section
rows grouping the standards, blank lines, the header repeated for printing, a totals row, numbers
and dates typed every which way. This reader finds the table in all that, keeps what it can and
says row by row what it left out and why. Nothing is looked up here: status, replacement and
review dates come from the data pack later, so those columns are recognised but not imported.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.row_error import RowError
from jxdeclare.domain.stdnumber import EARLIEST_YEAR, ParseResult, parse_standard_number
from jxdeclare.domain.system.entry import PLANNED

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAX_BYTES = 50 * 1024 * 1024
HEADER_SCAN_ROWS = 15  # the header must start within these rows
MAX_HEADER_LINES = 3
MAX_COLUMNS = 100  # a sheet "used" to column XFD by formatting still has a narrow table
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, or a password-protected (encrypted) .xlsx
LATEST_YEAR = 2100
MAX_SERIAL = 2958466  # Excel's day number of 9999-12-31, plus one

# Accepted header spellings per detail-table column (keys as in DETAIL_COLUMNS), most specific
# first: when two columns claim one key, the more specific spelling wins ("标准号" over "编号").
# Matched after NFKC, without spaces, "*", ":" and bracketed hints such as "（YYYY-MM-DD）".
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号",),
    "code": ("体系编号", "体系表编号", "层次编号", "体系号"),
    "subsystem": ("子体系", "所属子体系", "体系类别", "所属体系", "分类"),
    "number": ("标准编号", "标准号", "标准代号及编号", "标准代号", "编号"),
    "title": ("标准名称", "标准名", "名称"),
    "level": ("类别", "标准级别", "级别", "层级"),
    "mandatory": ("强制/推荐", "强制/推荐性", "强制性"),
    "published": ("发布日期", "发布时间", "发布"),
    "implemented": ("实施日期", "实施时间", "实施"),
    "status": ("状态", "标准状态", "现行状态"),
    "replacement": ("代替/被代替", "代替标准", "被代替标准", "代替"),
    "review_due": ("复审到期", "复审日期", "复审"),
    "department": ("责任部门", "归口部门", "主管部门", "部门"),
    "note": ("备注", "说明"),
}
# Headers two columns may mean: the first key not claimed by another column gets it, so in a list
# that also has a "子体系" column, "标准类别" is read as 类别.
SHARED_ALIASES: dict[str, tuple[str, ...]] = {"标准类别": ("subsystem", "level")}

PLANNED_WORDS = (PLANNED, "待制订", "拟制定", "拟制订", "计划制定", "计划制订")
# A vertically merged cell in these columns applies to every row it spans (a 子体系 or 责任部门
# written once for a group); never for numbers, titles or codes, which belong to one standard.
_FILL_DOWN = ("subsystem", "department", "status", "note")
_SECTION_KEYS = frozenset({"seq", "code", "subsystem", None})
_SECTION_MIN_SPAN = 3  # a section title merged across the table, wherever the merge starts

_SPACES = re.compile(r"[\s\u200b\ufeff]+")
_HINTS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕")
_HEADER_NOISE = re.compile(r"[\s*:]+")
_DASHES = re.compile(r"[-—–―‐‑‒−－]")
_TOTALS = re.compile(r"合计|总计|小计|共计|共\d+[项条个]")
_FOOTER = re.compile(r"(?:注|说明|备注)\d*[:.、]|(?:制表|填表|编制|审核|批准|审批|复核)人?[:]")
_WORDS = re.compile(r"[^\W\d_]")  # a letter or a hanzi: a section title is more than a number
_PLACEHOLDER = re.compile(r"[-—–/\\.]*|无|暂无|不详|待定|未定")
_DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{4,6}(?:\.0+)?")


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
        header = _find_header(_header_grid(sheet))
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
    """Cheap checks first, so the user hears "not an Excel file" rather than a parser's error."""
    if not path.is_file():
        raise _refuse(path, "文件不存在")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "文件是空的（0 字节）")
    if size > MAX_BYTES:
        raise _refuse(path, f"文件太大（{size / 1024 / 1024:.0f} MB，上限 50 MB）")
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == OLE_MAGIC:
        raise _refuse(
            path,
            "这是旧版 .xls 文件或设置了打开密码的文件；"
            "请在 Excel 中取消密码并另存为 .xlsx 后再导入",
        )
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "不是 Excel（.xlsx）文件")


def _open(path: Path) -> Workbook:
    _check_file(path)
    from openpyxl import load_workbook

    try:
        # A file handle rather than the name: openpyxl would refuse a workbook saved as ".XLSX1".
        # Not read-only: merged ranges are only available on a fully loaded sheet.
        with path.open("rb") as handle:
            return load_workbook(handle, data_only=True, keep_links=False)
    except Exception as exc:  # zipfile, KeyError, InvalidFileException, lxml: all mean "damaged"
        raise _refuse(path, f"文件已损坏或不是 Excel 工作簿（{type(exc).__name__}）") from exc


# --- cell values ---------------------------------------------------------------------------------


def _text(value: Any) -> str:
    """A cell as one line of text: 1.0 → "1", dates as ISO, runs of spaces and newlines → " "."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _SPACES.sub(" ", str(value)).strip()


def _folded(value: Any) -> str:
    """Half-width text (ＧＢ　２７６２ → GB 2762) for numbers and for spotting key words."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", _text(value))).strip()


def _header_key(text: str) -> str:
    folded = _HINTS.sub("", unicodedata.normalize("NFKC", text))
    return _HEADER_NOISE.sub("", folded).lower()


def _is_planned(text: str) -> bool:
    squeezed = text.replace(" ", "")
    return any(word in squeezed for word in PLANNED_WORDS)


def _to_date(value: Any, epoch: datetime) -> date | None:
    """A real date, a serial number or text; raises ValueError for what is none of them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_number(float(value), epoch)
    text = _folded(value)
    if _PLACEHOLDER.fullmatch(text):
        return None
    for pattern in (_DATE_TEXT, _COMPACT_DATE):
        if match := pattern.fullmatch(text):
            return _plausible(date(*(int(part) for part in match.groups())))
    if _SERIAL.fullmatch(text):
        return _from_number(float(text), epoch)
    raise ValueError(text)


def _from_number(value: float, epoch: datetime) -> date:
    """20220630 as a typed date, else an Excel serial day; a bare year (2022) is refused."""
    if value.is_integer() and 19000101 <= value <= 21001231:
        digits = str(int(value))
        return _plausible(date(int(digits[:4]), int(digits[4:6]), int(digits[6:])))
    if not 0 < value < MAX_SERIAL:  # also NaN; beyond it timedelta would overflow
        raise ValueError(str(value))
    return _plausible((epoch + timedelta(days=int(value))).date())


def _plausible(day: date) -> date:
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(day.isoformat())
    return day


# --- the header ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    index: int  # 0-based
    label: str  # the header as written, lines joined by a space: "标准 编号"


@dataclass(frozen=True)
class _Claim:
    keys: tuple[str, ...]
    rank: int  # position among the key's aliases: lower is more specific
    column: _Column
    uses_top: bool  # the candidate header's first line is part of this column's name


@dataclass(frozen=True)
class _Header:
    first: int  # 0-based index of the first header line
    last: int  # 0-based index of the last header line
    columns: dict[str, _Column]
    uses_top: bool
    words: frozenset[str] = frozenset()  # normalised texts a repeated header or title consists of

    @property
    def complete(self) -> bool:
        return "number" in self.columns and "title" in self.columns

    @property
    def score(self) -> tuple[bool, int]:
        return self.complete, len(self.columns)


def _alias_index() -> dict[str, tuple[tuple[str, ...], int]]:
    index = {
        _header_key(alias): ((key,), rank)
        for key, aliases in HEADER_ALIASES.items()
        for rank, alias in enumerate(aliases)
    }
    index.update({_header_key(alias): (keys, 0) for alias, keys in SHARED_ALIASES.items()})
    return index


_ALIASES = _alias_index()


def _header_grid(sheet: Worksheet) -> list[list[str]]:
    """The first rows as text, a merged cell's value in every cell it spans (two-line headers)."""
    last = min(sheet.max_row, HEADER_SCAN_ROWS + MAX_HEADER_LINES - 1)
    width = min(sheet.max_column, MAX_COLUMNS)
    rows = sheet.iter_rows(min_row=1, max_row=last, max_col=width, values_only=True)
    grid = [[_text(value) for value in row] for row in rows]
    for merged in sheet.merged_cells.ranges:
        value = _text(sheet.cell(merged.min_row, merged.min_col).value)
        for row in range(merged.min_row, min(merged.max_row, last) + 1):
            for column in range(merged.min_col, min(merged.max_col, width) + 1):
                grid[row - 1][column - 1] = value
    return grid


def _find_header(grid: list[list[str]]) -> _Header | None:
    """The first row closing a header with 标准编号 and 标准名称, one line later if that adds."""
    for end in range(min(len(grid), HEADER_SCAN_ROWS)):
        found = _best_header(grid, end)
        if found is None or not found.complete:
            continue
        longer = _best_header(grid, end + 1, min_lines=2) if end + 1 < len(grid) else None
        if longer is not None and longer.score > found.score:
            found = longer
        # Title and header texts: a row made only of these is the header repeated for printing.
        words = {_header_key(text) for line in grid[: found.last + 1] for text in line if text}
        return replace(found, words=frozenset(words | _ALIASES.keys()))
    return None


def _best_header(grid: list[list[str]], end: int, min_lines: int = 1) -> _Header | None:
    """Header ending at line `end`, of 1-3 lines; on a tie the longer, its top line being used."""
    best: _Header | None = None
    for lines in range(1, MAX_HEADER_LINES + 1):
        first = end - lines + 1
        if first < 0 or (lines > 1 and len({t for t in grid[first] if t}) <= 1):
            break  # a blank or title row ("XX公司标准明细表") is not part of the header
        candidate = _map_columns(grid[first : end + 1], first)
        if lines < min_lines or (lines > 1 and not candidate.uses_top):
            continue
        if best is None or candidate.score >= best.score:
            best = candidate
    return best


def _map_columns(lines: list[list[str]], first: int) -> _Header:
    width = max(len(line) for line in lines)
    claims = []
    for index in range(width):
        claim = _claim(index, [line[index] if index < len(line) else "" for line in lines])
        if claim is not None:
            claims.append(claim)
    columns: dict[str, _Column] = {}
    uses_top = False
    single = sorted((c for c in claims if len(c.keys) == 1), key=lambda c: (c.rank, c.column.index))
    shared = [c for c in claims if len(c.keys) > 1]  # after the others: they take what is free
    for claim in single + shared:
        key = next((k for k in claim.keys if k not in columns), None)
        if key is not None:
            columns[key] = claim.column
            uses_top = uses_top or claim.uses_top
    return _Header(first, first + len(lines) - 1, columns, uses_top)


def _claim(index: int, cells: list[str]) -> _Claim | None:
    """What one column's header lines name: "标准"+"编号", "日期"+"发布" read upwards, or a tail."""
    parts = _stack(cells)
    tried = [parts, parts[::-1]] + [parts[start:] for start in range(1, len(parts))]
    for used in tried:
        found = _ALIASES.get(_header_key("".join(text for _, text in used)))
        if found is not None:
            keys, rank = found
            in_order = sorted(used)
            label = " ".join(text for _, text in in_order)
            return _Claim(keys, rank, _Column(index, label), in_order[0][0] == 0)
    return None


def _stack(cells: list[str]) -> list[tuple[int, str]]:
    """(line, text) of a column's header lines; a vertically merged cell counts once."""
    parts: list[tuple[int, str]] = []
    for line, text in enumerate(cells):
        if text and _header_key(text) and (not parts or parts[-1][1] != text):
            parts.append((line, text))
    return parts


# --- the rows ------------------------------------------------------------------------------------


def _read_rows(sheet: Worksheet, header: _Header, epoch: datetime) -> SystemImport:
    width = min(sheet.max_column, MAX_COLUMNS)
    start = header.last + 2  # 1-based sheet row after the header
    rows = [list(r) for r in sheet.iter_rows(min_row=start, max_col=width, values_only=True)]
    while rows and not any(_text(value) for value in rows[-1]):
        rows.pop()  # blank rows after the table are formatting, not content worth reporting
    reader = _RowReader(sheet.title, header, epoch)
    reader.read_merges(sheet)
    for offset, values in enumerate(rows):
        reader.read(start + offset, values)
    return reader.result


class _RowReader:
    def __init__(self, sheet: str, header: _Header, epoch: datetime) -> None:
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
        texts = [_text(value) for value in values]
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
        if all(_header_key(text) in self.header.words for _, text in filled):
            return "重复的表头"
        if not self._is_lone(row, texts, filled):
            return ""
        if any(_FOOTER.match(_folded(text).replace(" ", "")) for _, text in filled):
            return "表注或签署行"
        section = self._section_title(row, texts, filled)
        if section:
            self.section = section
            return f"分组标题“{section}”"
        return ""

    def _is_totals(self, texts: list[str]) -> bool:
        number = self._cell(texts, "number")
        if number and parse_standard_number(_folded(number)).valid:
            return False
        return any(_TOTALS.match(_folded(text).replace(" ", "")) for text in texts if text)

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
        title = _text(self._cell(values, "title"))
        number = _folded(self._cell(values, "number"))
        planned = _is_planned(_folded(self._cell(values, "status"))) or _is_planned(number)
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
            self._tell_normalised(row, _text(self._cell(values, "number")), canonical, parsed)
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
                code=_text(self._cell(values, "code")),
                subsystem=_text(self._cell(values, "subsystem")) or self.section,
                published=self._date(row, values, "published"),
                implemented=self._date(row, values, "implemented"),
                department=_text(self._cell(values, "department")),
                note=_text(self._cell(values, "note")),
                planned=planned,
                number_valid=valid,
            )
        )

    def _date(self, row: int, values: list[Any], key: str) -> date | None:
        value = self._cell(values, key)
        try:
            return _to_date(value, self.epoch)
        except ValueError:  # also date(2022, 2, 30): a typo in a date is not worth the row
            self._warn(row, key, f"无法识别的日期“{_text(value)}”，已忽略")
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
    return _DASHES.sub("-", _SPACES.sub("", number))
