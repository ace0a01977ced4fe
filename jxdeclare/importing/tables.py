"""Word tables into :class:`Table` or, when the header says so, :class:`IndicatorTable`.

An indicator table has a header with 项目 and 指标/要求 (often 单位 and 检验方法); each row
becomes an :class:`IndicatorRow` whose requirement cell is split into comparator and value, so
the checker can compare it with mandatory limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.document.model import IndicatorRow, IndicatorTable, Table

_COMPARATORS = (
    ("≤", "≤"), ("≦", "≤"), ("<=", "≤"), ("＜=", "≤"), ("≥", "≥"), ("≧", "≥"), (">=", "≥"),
    ("＞=", "≥"), ("<", "<"), ("＜", "<"), (">", ">"), ("＞", ">"),
)  # fmt: skip
_NEGATIVE = ("不得检出", "不得使用")
# "铅(以Pb计)/(mg/kg)", "菌落总数/（CFU/g）": the unit in brackets after the last "/(".
_ITEM_UNIT = re.compile(r"^(?P<item>.+?)\s*/\s*[（(](?P<unit>[^（）()]+)[）)]\s*$")
_ITEM_PERCENT = re.compile(r"^(?P<item>.+?)\s*[/，,]\s*(?P<unit>%|‰|°T)$")
_ITEM_HEADERS = ("项目",)
_VALUE_HEADERS = ("指标", "要求", "限量", "限值")
_METHOD_HEADERS = ("检验方法", "试验方法", "检测方法", "方法")


@dataclass(frozen=True)
class _Columns:
    header_row: int
    item: int
    value: int
    unit: int | None
    method: int | None


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def split_requirement(text: str) -> tuple[str, str]:
    """("≤", "0.2") from "≤0.2"; ("不得检出", "") ; ("", "0.5～1.0") when there is no comparator."""
    s = compact(text)
    for written, comparator in _COMPARATORS:
        if s.startswith(written):
            return comparator, s[len(written) :]
    for negative in _NEGATIVE:
        if s.startswith(negative):
            return negative, ""
    return "", text.strip().replace("\n", "")


def split_item_unit(item: str) -> tuple[str, str]:
    """("铅(以Pb计)", "mg/kg") from "铅(以Pb计)/(mg/kg)"; the unit is "" when none is written."""
    one_line = item.replace("\n", "")
    for pattern in (_ITEM_UNIT, _ITEM_PERCENT):
        if match := pattern.match(one_line):
            return match.group("item").strip(), match.group("unit").strip()
    return one_line.strip(), ""


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        for i, cell in enumerate(header):
            if name in compact(cell):
                return i
    return None


def indicator_columns(rows: list[list[str]]) -> _Columns | None:
    """The columns of an indicator table, or None when the header is not one (first two rows)."""
    for r, header in enumerate(rows[:2]):
        item, value = _find(header, _ITEM_HEADERS), _find(header, _VALUE_HEADERS)
        if item is None or value is None or item == value:
            continue
        method = _find(header, _METHOD_HEADERS)
        unit = _find(header, ("单位",))
        return _Columns(r, item, value, unit, method if method != value else None)
    return None


def graded(rows: list[list[str]], cols: _Columns) -> bool:
    """A value header spanning several columns (grades 特级/一级 …): not one value per row."""
    header = rows[cols.header_row]
    nxt = cols.value + 1
    return nxt < len(header) and header[nxt] == "" and nxt not in (cols.method, cols.unit)


def build_indicator(
    caption: str, rows: list[list[str]], full_rows: frozenset[int], cols: _Columns
) -> IndicatorTable:
    header = rows[cols.header_row]
    _, default_unit = split_item_unit(header[cols.item])
    table = IndicatorTable(caption, [])
    for r, row in enumerate(rows[cols.header_row + 1 :], start=cols.header_row + 1):
        cells = [*row, *[""] * (len(header) - len(row))]
        if r in full_rows or not any(cells):
            if text := cells[0].strip():
                table.notes.append(re.sub(r"^注\s*\d*\s*[：:]\s*", "", text))
            continue
        if cells == header:  # a header repeated by a page break
            continue
        table.rows.append(_row(cells, cols, default_unit))
    return table


def _row(cells: list[str], cols: _Columns, default_unit: str) -> IndicatorRow:
    item, unit = split_item_unit(cells[cols.item])
    if cols.unit is not None and cells[cols.unit].strip():
        unit = cells[cols.unit].strip()
    comparator, value = split_requirement(cells[cols.value])
    method = cells[cols.method].strip() if cols.method is not None else ""
    return IndicatorRow(
        item=item,
        unit=unit or default_unit,
        comparator=comparator,
        value=value,
        method=method.replace("\n", "、"),
    )


def build_table(caption: str, rows: list[list[str]]) -> Table:
    """A plain table: the first row is the header, every row padded to the widest."""
    width = max(len(row) for row in rows)
    padded = [[*row, *[""] * (width - len(row))] for row in rows]
    return Table(caption, padded[0], padded[1:])


def append_rows(target: Table | IndicatorTable, extra: Table | IndicatorTable) -> bool:
    """Merge a continuation ("表1（续）") into its table; False when the kinds differ."""
    if isinstance(target, IndicatorTable) and isinstance(extra, IndicatorTable):
        target.rows += extra.rows
        target.notes += extra.notes
        return True
    if isinstance(target, Table) and isinstance(extra, Table):
        width = len(target.header)
        body = extra.rows if extra.header == target.header else [extra.header, *extra.rows]
        target.rows += [[*row, *[""] * (width - len(row))] for row in body]
        return True
    return False


def to_block(
    caption: str, rows: list[list[str]], full_rows: frozenset[int]
) -> tuple[Table | IndicatorTable, str]:
    """The table as a block, and a note ("" when none) when an indicator table stays plain."""
    cols = indicator_columns(rows)
    if cols is not None and not graded(rows, cols):
        return build_indicator(caption, rows, full_rows, cols), ""
    note = "指标分多列（如分级），未转为指标表，按普通表格保留" if cols is not None else ""
    return build_table(caption, rows), note
