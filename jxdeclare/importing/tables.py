"""Word tables into :class:`Table` or, when the header says so, :class:`IndicatorTable`.

An indicator table has a header with 项目 and 指标/要求 (often 单位 and 检验方法); each row
becomes an :class:`IndicatorRow` whose requirement cell is split into comparator and value, so
the checker can compare it with mandatory limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.document.model import IndicatorRow, IndicatorTable, Table
from .widths import halfwidth

# Read after the half-width fold, so "＜" is "<"; "≯" and "≮" are older print for ≤ and ≥.
_COMPARATORS = (
    ("≤", "≤"), ("≦", "≤"), ("≯", "≤"), ("<=", "≤"), ("不大于", "≤"), ("不超过", "≤"),
    ("≥", "≥"), ("≧", "≥"), ("≮", "≥"), (">=", "≥"), ("不小于", "≥"), ("不低于", "≥"),
    ("<", "<"), (">", ">"),
)  # fmt: skip
_NEGATIVE = ("不得检出", "不得使用")
# "铅(以Pb计)/(mg/kg)", "菌落总数/（CFU/g）": the unit in brackets after the last "/(".
_ITEM_UNIT = re.compile(r"^(?P<item>.+?)\s*/\s*[（(](?P<unit>[^（）()]+)[）)]\s*$")
_ITEM_PERCENT = re.compile(r"^(?P<item>.+?)\s*[/，,]\s*(?P<unit>%|‰|°T)$")
# 2009-era tables: "铅（以Pb计），mg/kg", "大肠菌群，MPN/100g".
_ITEM_COMMA = re.compile(r"^(?P<item>.+?)\s*[，,]\s*(?P<unit>[A-Za-zμ][A-Za-z0-9μ/.]*)$")
_ITEM_HEADERS = ("项目",)
_VALUE_HEADERS = ("指标", "要求", "限量", "限值")
_METHOD_HEADERS = ("检验方法", "试验方法", "检测方法", "方法")


@dataclass(frozen=True)
class _Columns:
    header_row: int
    item: int
    item_span: int  # 项目 over several columns: a group ("污染物") then the item itself
    value: int
    unit: int | None
    method: int | None


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def split_requirement(text: str) -> tuple[str, str]:
    """("≤", "0.2") from "≤0.2" or "≤０．２"; ("不得检出", ""); ("", "0.5～1.0") when there is
    no comparator. Values are read half-width: the checker and the user see "0.2"."""
    s = compact(halfwidth(text))
    for written, comparator in _COMPARATORS:
        if s.startswith(written):
            return comparator, s[len(written) :]
    for negative in _NEGATIVE:
        if s.startswith(negative):
            return negative, ""
    return "", halfwidth(text).strip().replace("\n", "")


def split_item_unit(item: str) -> tuple[str, str]:
    """("铅(以Pb计)", "mg/kg") from "铅(以Pb计)/(mg/kg)"; the unit is "" when none is written."""
    one_line = item.replace("\n", "")
    for pattern in (_ITEM_UNIT, _ITEM_PERCENT, _ITEM_COMMA):
        if match := pattern.match(one_line):
            return match.group("item").strip(), halfwidth(match.group("unit").strip())
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
        method = method if method != value else None
        unit = _find(header, ("单位",))
        span = 1
        while item + span < len(header) and not header[item + span].strip():
            if item + span in (value, unit, method):
                break
            span += 1
        return _Columns(r, item, span, value, unit, method)
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
        if _same(cells, header):  # the header typed again where the page turned
            continue
        table.rows.append(_row(cells, cols, default_unit))
    return table


def _same(row: list[str], other: list[str]) -> bool:
    return [compact(c) for c in row] == [compact(c) for c in other]


def _row(cells: list[str], cols: _Columns, default_unit: str) -> IndicatorRow:
    item, unit = _item_cells(cells[cols.item : cols.item + cols.item_span])
    if cols.unit is not None and cells[cols.unit].strip():
        unit = cells[cols.unit].strip()
    value_text, basis = split_basis(cells[cols.value])
    comparator, value = split_requirement(value_text)
    method = cells[cols.method].strip() if cols.method is not None else ""
    return IndicatorRow(
        item=item,
        unit=unit or default_unit,
        comparator=comparator,
        value=value,
        method=method.replace("\n", "、"),
        basis=basis,
    )


_BARE_UNIT = re.compile(r"^[（(]?[A-Za-zμ%‰°][A-Za-z0-9μ/%‰°.]*[）)]?$")


def _item_cells(cells: list[str]) -> tuple[str, str]:
    """Item and unit from the cells under 项目. Under a 项目 spanning columns the item is the
    last filled cell, a merged group cell ("污染物" over 铅 and 镉) only names the group; unless
    that last cell is a bare unit ("铅" | "mg/kg"), which belongs to the item before it."""
    filled = [c for c in cells if c.strip()]
    if len(filled) > 1 and _BARE_UNIT.match(compact(filled[-1])):
        return split_item_unit(filled[-2])[0], halfwidth(compact(filled[-1]).strip("（）()"))
    return split_item_unit(filled[-1] if filled else "")


_BASIS = re.compile(r"[（(]((?:以|按)[^（）()]*(?:计|折算))[）)]\s*$")


def split_basis(text: str) -> tuple[str, str]:
    """("≤0.6", "按100%酒精度折算") from "≤0.6（按100%酒精度折算）", as the renderer prints it."""
    match = _BASIS.search(text.strip())
    return (text.strip()[: match.start()], match.group(1)) if match else (text, "")


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
    placed, note = place(caption, rows, full_rows)
    return placed.block, note


@dataclass
class Placed:
    """A table in the document, kept so that its continuation on the next page can join it."""

    block: Table | IndicatorTable
    top: list[list[str]]  # its header rows as written: a new page repeats them
    header_rows: int  # how many of ``top`` are the header


def place(caption: str, rows: list[list[str]], full_rows: frozenset[int]) -> tuple[Placed, str]:
    cols = indicator_columns(rows)
    if cols is not None and not graded(rows, cols):
        block = build_indicator(caption, rows, full_rows, cols)
        return Placed(block, rows[: cols.header_row + 1], cols.header_row + 1), ""
    note = "指标分多列（如分级），未转为指标表，按普通表格保留" if cols is not None else ""
    # A plain table's header may take two rows (a spanning title over n, c, m, M).
    return Placed(build_table(caption, rows), rows[:2], 1), note


def extend(placed: Placed, rows: list[list[str]], full_rows: frozenset[int], said: bool) -> bool:
    """Append a table that continues ``placed`` on a new page; False when it is another table.

    A continuation either starts with the header rows again (Word users retype them, or they
    come from a copy) or is announced by its caption (``said``: "表1（续）", "续表1"); it may then
    have no header at all. Its columns must be as many as the table's.
    """
    skip = 0
    while skip < min(len(rows), len(placed.top)) and _same(rows[skip], placed.top[skip]):
        skip += 1
    rest = rows[skip:]
    width = len(placed.top[0])
    if (not skip and not said) or any(len(row) != width for row in rest):
        return False
    full = frozenset(i - skip for i in full_rows if i >= skip)
    if isinstance(placed.block, IndicatorTable):
        head = placed.top[: placed.header_rows]
        more, _ = to_block("", [*head, *rest], frozenset(i + len(head) for i in full))
        return append_rows(placed.block, more)
    placed.block.rows += rest
    return True
