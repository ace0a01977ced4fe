"""The tables of a data pack and the fields each row must have (docs/data-packs.md).

A field is (name, kind, required). Kinds: text, date (YYYY-MM-DD), bool, number, list (of text).
"""

from __future__ import annotations

import re
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


def row_problems(table: str, row: Any) -> list[tuple[str, str]]:
    """(field, reason) for each bad field of one row; empty when the row is valid."""
    if not isinstance(row, dict):
        return [("*", "不是一个对象 / not an object")]
    problems = []
    for name, kind, required in TABLES[table]:
        value = row.get(name)
        if value in (None, "", []):
            if required:
                problems.append((name, "必填项为空 / required field is empty"))
        elif not _kind_ok(kind, value):
            problems.append((name, f"应为 {kind} 类型，实为 {value!r} / expected {kind}"))
    unknown = sorted(set(row) - {name for name, _kind, _req in TABLES[table]})
    problems += [(name, "未知字段 / unknown field") for name in unknown]
    return problems
