"""Food categories of the active pack: the two trees, the products, and what holds for each.

The same answers serve the category picker, `catalog categories` and `catalog limits`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from jxdeclare.catalog.foods import (
    FoodCategory,
    Foods,
    condition,
    foods_of,
    permissions,
)
from jxdeclare.catalog.foods.tree import TREES
from jxdeclare.catalog.status import Status, editions_of
from jxdeclare.services.catalog import active_catalogue
from jxdeclare.services.errors import ServiceError

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext

LIMIT_KEYS = ("item", "comparator", "value", "unit", "basis", "standard", "table", "clause",
              "method", "source", "verification")  # fmt: skip


class UnknownCategory(ServiceError):
    def __init__(self, text: str) -> None:
        super().__init__(
            f"未知的产品类别“{text}”：请用产品名（如 米粉/米线）、GB 2762 附录A 或 GB 2760 表E.1 的"
            f"类别名称或代码 / unknown category: {text}"
        )


def active_foods(ctx: AppContext) -> Foods:
    return foods_of(active_catalogue(ctx).pack)


def category_rows(ctx: AppContext, search: str = "", tree: str = "") -> list[dict[str, Any]]:
    """Nodes of one tree or both, filtered by a part of the name or the start of the code."""
    foods = active_foods(ctx)
    rows = []
    for name in [tree] if tree else TREES:
        for node in foods.trees[name].search(search):
            rows.append(node.as_dict() | {"path": foods.trees[name].path(node.code)})
    return rows


def resolve(ctx: AppContext, text: str) -> FoodCategory:
    return resolve_in(active_catalogue(ctx).pack, text)


def resolve_in(pack: Any, text: str) -> FoodCategory:
    """A product, a node name or code; else the one product the words name (方便米粉)."""
    from jxdeclare.checks.category import candidates_for_text

    foods = foods_of(pack)
    chosen = foods.resolve(text)
    if chosen is None:
        proposed = candidates_for_text(text, pack.tables.get("categories", []))
        if len(proposed) != 1:
            raise UnknownCategory(text)
        chosen = FoodCategory(proposed[0].product)
    return foods.complete(chosen)


def limits_for(ctx: AppContext, text: str, as_of: date) -> list[dict[str, Any]]:
    """Every verified limit row that holds for the category on the date."""
    from jxdeclare.checks.limits import VERIFIED

    chosen = resolve(ctx, text)
    pack = active_catalogue(ctx).pack
    foods, editions = foods_of(pack), editions_of(pack)
    rows = [r for r in pack.tables["limits"] if r.get("verification") in VERIFIED]
    found = foods.limits_of(chosen, rows)
    out = []
    for row in found:
        status = editions.status(row["standard"], as_of).status
        if status in (Status.REPLACED, Status.WITHDRAWN):
            continue
        extra = {"category": row["category"], "status": str(status), "condition": condition(row)}
        out.append({key: row.get(key) for key in LIMIT_KEYS} | extra)
    return out


def additives_for(ctx: AppContext, text: str) -> list[dict[str, Any]]:
    """GB 2760 permissions for the category's Table E.1 node, permitted or not."""
    chosen = resolve(ctx, text)
    if not chosen.gb2760:
        raise ServiceError(f"“{text}”没有对应的 GB 2760—2024 食品类别 / no GB 2760 category")
    pack = active_catalogue(ctx).pack
    tree = foods_of(pack).trees["gb2760"]
    return [p.as_dict() for p in permissions(tree, chosen.gb2760, pack.tables["additives"])]
