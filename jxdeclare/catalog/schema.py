"""The tables of a data pack and the fields each row must have (docs/data-packs.md).

A field is (name, kind, required). Kinds: text, date (YYYY-MM-DD), bool, number, list (of text).
"""

from __future__ import annotations

import re
import reprlib
from typing import Any

SCHEMA_VERSION = 1

Field = tuple[str, str, bool]

TABLES: dict[str, tuple[Field, ...]] = {
    "standards": (
        ("number", "text", True), ("title", "text", False), ("kind", "text", True),
        ("mandatory", "bool", False), ("published", "date", False),
        ("implemented", "date", False), ("withdrawn", "date", False),
        ("replaces", "list", False), ("replaced_by", "list", False), ("source", "text", True),
    ),
    "limits": (
        ("category", "text", True), ("item", "text", True), ("comparator", "text", True),
        ("value", "number", False), ("unit", "text", False), ("basis", "text", False),
        ("standard", "text", True), ("table", "text", False), ("clause", "text", False),
        ("method", "text", False), ("nodes", "list", False), ("excludes", "list", False),
        ("basis_nodes", "list", False), ("footnotes", "text", False),
        ("verification", "text", True), ("source", "text", True),
    ),
    "categories": (
        ("product", "text", True), ("category", "text", True), ("gb2762", "text", False),
        ("gb2760", "text", False), ("aliases", "list", False), ("negative", "list", False),
        ("mandatory_standards", "list", False), ("required_items", "list", False),
        ("source", "text", True),
    ),
    "food_categories": (
        ("tree", "text", True), ("code", "text", True), ("name", "text", True),
        ("parent", "text", False), ("excludes", "list", False), ("note", "text", False),
        ("source", "text", True),
    ),
    "additives": (
        ("category", "text", True), ("food_category_code", "text", False),
        ("additive", "text", True), ("permitted", "bool", True), ("max_level", "number", False),
        ("unit", "text", False), ("standard", "text", True), ("table", "text", False),
        ("function", "text", False), ("cns", "text", False), ("ins", "text", False),
        ("note", "text", False), ("page", "number", False), ("source", "text", True),
    ),
    "regulations": (
        ("pattern", "text", True), ("name", "text", True), ("status", "text", True),
        ("replaced_by", "text", False), ("since", "date", False), ("source", "text", True),
    ),
    "recommended_values": (
        ("product", "text", True), ("item", "text", True), ("comparator", "text", True),
        ("value", "number", False), ("unit", "text", False), ("standard", "text", True),
        ("clause", "text", False), ("source", "text", True),
    ),
}  # fmt: skip

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _kind_ok(kind: str, value: Any) -> bool:
    if kind == "text":
        return isinstance(value, str)
    if kind == "date":
        return isinstance(value, str) and bool(_DATE.fullmatch(value))
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# Per table: each field's kind, and the required fields (for the fast path below).
_KINDS = {table: {name: kind for name, kind, _req in fields} for table, fields in TABLES.items()}
_REQUIRED = {
    table: tuple(name for name, _kind, req in fields if req) for table, fields in TABLES.items()
}


def _row_valid(table: str, row: dict[str, Any]) -> bool:
    """True when ``row`` is certainly valid. Opening a pack validates thousands of rows before
    every one-shot check, so this looks only at the fields a row has, with exact JSON types;
    anything unusual goes to the full walk in :func:`row_problems`."""
    kinds = _KINDS[table]
    for name, value in row.items():
        kind = kinds.get(name)
        kind_type = type(value)
        if kind is None:
            return False
        if value is None or value == "":
            continue
        if kind == "text":
            if kind_type is not str:
                return False
        elif kind == "number":
            if kind_type is not int and kind_type is not float:
                return False
        elif kind == "bool":
            if kind_type is not bool:
                return False
        elif kind == "date":
            if kind_type is not str or not _DATE.fullmatch(value):
                return False
        elif kind_type is not list or not all(type(item) is str for item in value):
            return False
    for name in _REQUIRED[table]:
        value = row.get(name)
        if value is None or value == "" or value == []:
            return False
    return True


def row_problems(table: str, row: Any) -> list[tuple[str, str]]:
    """(field, reason) for each bad field of one row; empty when the row is valid."""
    if type(row) is dict and _row_valid(table, row):
        return []
    return _all_problems(table, row)


def _all_problems(table: str, row: Any) -> list[tuple[str, str]]:
    if not isinstance(row, dict):
        return [("*", "不是一个对象 / not an object")]
    problems = []
    for name, kind, required in TABLES[table]:
        value = row.get(name)
        if value in (None, "", []):
            if required:
                problems.append((name, "必填项为空 / required field is empty"))
        elif not _kind_ok(kind, value):
            shown = reprlib.repr(value)  # bounded: a hostile value may nest or run long
            problems.append((name, f"应为 {kind} 类型，实为 {shown} / expected {kind}"))
    unknown = sorted(set(row) - {name for name, _kind, _req in TABLES[table]})
    problems += [(name, "未知字段 / unknown field") for name in unknown]
    return problems
