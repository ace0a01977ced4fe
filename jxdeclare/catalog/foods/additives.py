"""GB 2760—2024 permissions for one food category (Table E.1 code).

The 2024 edition has two tables (its foreword: the old A.2 merged into A.1, A.3 into A.1/A.2):
Table A.1 lists each additive's categories and maximum levels, with "各类食品" rows for the
additives allowed in all foods except the Table A.2 categories their row numbers; Table A.2
numbers those exception categories. Clause A.3: an additive allowed in a category is allowed in
every category below it, unless stated otherwise, and the lower category's level prevails. So an
additive is permitted in a category when an A.1 row names the category or an ancestor (and its
own "(…除外)" leaves the category in), or when one of its "各类食品" rows does not except the
category. Anything else is not permitted. A "(仅限…)" row permits only what it names: it is
reported as permitted with that restriction in ``note``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .tree import FoodTree

_CODE = re.compile(r"\d{2}\.\d{1,2}(?:\.\d{2})*")
_A2_NUMBER = re.compile(r"编号\s*(\d+)")
_RANGE = re.compile(r"(\d+)\s*(?:[~～\-－—]\s*(\d+))?")
EVERY_FOOD = "各类食品"


@dataclass(frozen=True)
class Permission:
    additive: str
    permitted: bool
    max_level: float | None  # None: 按生产需要适量使用, or not permitted
    unit: str
    code: str  # the category code of the row that permits it ("" for an all-foods row)
    page: int | None
    table: str  # A.1, or "" when not permitted
    note: str
    standard: str

    def as_dict(self) -> dict[str, Any]:
        return {"additive": self.additive, "permitted": self.permitted,
                "max_level": self.max_level, "unit": self.unit, "code": self.code or None,
                "page": self.page, "table": self.table, "note": self.note,
                "standard": self.standard}  # fmt: skip


def _excepted_codes(row: dict[str, Any]) -> set[str]:
    """Codes the row's own "(…除外)" names: "水产品及其制品(09.01鲜水产除外)" → {"09.01"}."""
    found: set[str] = set()
    if "除外" not in row["category"]:  # most rows: no regex (2,311 rows per category asked)
        return found
    for bracket in re.findall(r"[(\[（【]([^()\[\]（）【】]*除外)[)\]）】]", row["category"]):
        found |= set(_CODE.findall(bracket))
    return found - {row.get("food_category_code") or ""}


def _excepted_numbers(category: str) -> set[int]:
    """ "各类食品,表A.2中编号为1~4、6~68的食品类别除外" → {1, 2, 3, 4, 6, …, 68}."""
    match = re.search(r"编号为(.*?)的食品类别除外", category)
    numbers: set[int] = set()
    for low, high in _RANGE.findall(match.group(1) if match else ""):
        numbers |= set(range(int(low), int(high or low) + 1))
    return numbers


def _permission(row: dict[str, Any]) -> Permission:
    note = row.get("note") or ""
    if restriction := re.search(r"\((仅限[^()]*)\)", row["category"]):
        note = f"{restriction.group(1)}；{note}" if note else restriction.group(1)
    return Permission(
        row["additive"], True, row.get("max_level"), row.get("unit") or "",
        row.get("food_category_code") or "", int(row["page"]) if row.get("page") else None,
        row.get("table") or "A.1", note, row["standard"],
    )  # fmt: skip


def permissions(tree: FoodTree, code: str, rows: Iterable[dict[str, Any]]) -> list[Permission]:
    """Every additive of Table A.1, permitted or not in ``code``, in the pack's order."""
    lineage = tree.lineage(code) or [code]
    distance = {c: i for i, c in enumerate(lineage)}
    rows = list(rows)
    numbers = {int(m.group(1)): r["food_category_code"] for r in rows if r.get("table") == "A.2"
               and (m := _A2_NUMBER.search(r.get("note") or ""))}  # fmt: skip
    found: dict[str, tuple[int, Permission]] = {}
    for row in rows:
        if row.get("table", "A.1") != "A.1" or row.get("permitted") is False:
            continue
        own = row.get("food_category_code") or ""
        if own in distance:
            near = distance[own]
        elif not own and row["category"].startswith(EVERY_FOOD):
            excepted = {numbers.get(n) for n in _excepted_numbers(row["category"])}
            if distance.keys() & excepted:
                continue
            near = len(lineage)  # farther than any row that names a category
        else:  # another category's row (most of them): its exceptions do not matter
            continue
        if distance.keys() & _excepted_codes(row):
            continue
        name = row["additive"]
        if name not in found or near < found[name][0]:
            found[name] = (near, _permission(row))
    standard = next((r["standard"] for r in rows), "GB 2760—2024")
    names = dict.fromkeys(r["additive"] for r in rows if r.get("table", "A.1") == "A.1")
    return [
        found[name][1] if name in found else
        Permission(name, False, None, "", "", None, "", "", standard)
        for name in names
    ]  # fmt: skip
