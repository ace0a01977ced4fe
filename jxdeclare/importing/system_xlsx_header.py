"""Finding the header of a standards list: merged cells, two- and three-line headers, aliases."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from jxdeclare.importing.sheet_cells import cell_text, header_key

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_SCAN_ROWS = 15  # the header must start within these rows
MAX_HEADER_LINES = 3
MAX_COLUMNS = 100  # a sheet "used" to column XFD by formatting still has a narrow table

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


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    label: str  # the header as written, lines joined by a space: "标准 编号"


@dataclass(frozen=True)
class _Claim:
    keys: tuple[str, ...]
    rank: int  # position among the key's aliases: lower is more specific
    column: Column
    uses_top: bool  # the candidate header's first line is part of this column's name


@dataclass(frozen=True)
class Header:
    first: int  # 0-based index of the first header line
    last: int  # 0-based index of the last header line
    columns: dict[str, Column]
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
        header_key(alias): ((key,), rank)
        for key, aliases in HEADER_ALIASES.items()
        for rank, alias in enumerate(aliases)
    }
    index.update({header_key(alias): (keys, 0) for alias, keys in SHARED_ALIASES.items()})
    return index


ALIASES = _alias_index()


def header_grid(sheet: Worksheet) -> list[list[str]]:
    """The first rows as text, a merged cell's value in every cell it spans (two-line headers)."""
    last = min(sheet.max_row, HEADER_SCAN_ROWS + MAX_HEADER_LINES - 1)
    width = min(sheet.max_column, MAX_COLUMNS)
    rows = sheet.iter_rows(min_row=1, max_row=last, max_col=width, values_only=True)
    grid = [[cell_text(value) for value in row] for row in rows]
    for merged in sheet.merged_cells.ranges:
        value = cell_text(sheet.cell(merged.min_row, merged.min_col).value)
        for row in range(merged.min_row, min(merged.max_row, last) + 1):
            for column in range(merged.min_col, min(merged.max_col, width) + 1):
                grid[row - 1][column - 1] = value
    return grid


def find_header(grid: list[list[str]]) -> Header | None:
    """The first row closing a header with 标准编号 and 标准名称, one line later if that adds."""
    for end in range(min(len(grid), HEADER_SCAN_ROWS)):
        found = _best_header(grid, end)
        if found is None or not found.complete:
            continue
        longer = _best_header(grid, end + 1, min_lines=2) if end + 1 < len(grid) else None
        if longer is not None and longer.score > found.score:
            found = longer
        # Title and header texts: a row made only of these is the header repeated for printing.
        words = {header_key(text) for line in grid[: found.last + 1] for text in line if text}
        return replace(found, words=frozenset(words | ALIASES.keys()))
    return None


def _best_header(grid: list[list[str]], end: int, min_lines: int = 1) -> Header | None:
    """Header ending at line `end`, of 1-3 lines; on a tie the longer, its top line being used."""
    best: Header | None = None
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


def _map_columns(lines: list[list[str]], first: int) -> Header:
    width = max(len(line) for line in lines)
    claims = []
    for index in range(width):
        claim = _claim(index, [line[index] if index < len(line) else "" for line in lines])
        if claim is not None:
            claims.append(claim)
    columns: dict[str, Column] = {}
    uses_top = False
    single = sorted((c for c in claims if len(c.keys) == 1), key=lambda c: (c.rank, c.column.index))
    shared = [c for c in claims if len(c.keys) > 1]  # after the others: they take what is free
    for claim in single + shared:
        key = next((k for k in claim.keys if k not in columns), None)
        if key is not None:
            columns[key] = claim.column
            uses_top = uses_top or claim.uses_top
    return Header(first, first + len(lines) - 1, columns, uses_top)


def _claim(index: int, cells: list[str]) -> _Claim | None:
    """What one column's header lines name: "标准"+"编号", "日期"+"发布" read upwards, or a tail."""
    parts = _stack(cells)
    tried = [parts, parts[::-1]] + [parts[start:] for start in range(1, len(parts))]
    for used in tried:
        found = ALIASES.get(header_key("".join(text for _, text in used)))
        if found is not None:
            keys, rank = found
            in_order = sorted(used)
            label = " ".join(text for _, text in in_order)
            return _Claim(keys, rank, Column(index, label), in_order[0][0] == 0)
    return None


def _stack(cells: list[str]) -> list[tuple[int, str]]:
    """(line, text) of a column's header lines; a vertically merged cell counts once."""
    parts: list[tuple[int, str]] = []
    for line, text in enumerate(cells):
        if text and header_key(text) and (not parts or parts[-1][1] != text):
            parts.append((line, text))
    return parts
