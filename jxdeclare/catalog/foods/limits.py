"""The limit rows that hold for a GB 2762 node, as the standard's application principle says.

GB 2762—2025 3.3: a limit written for a food category holds for every food in it, "有特别规定的
除外". So a row applies to a node when it is written for the node or an ancestor, unless its
bracket excludes the node (or an ancestor), and unless a row for the same item is written for a
node closer to it (谷物及其制品 0.2 yields to 麦片… 0.5). A basis from a footnote ("稻谷以糙米计")
holds only for the foods it names (basis_nodes), not for the whole row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from jxdeclare.domain.items import item_key as item_key

from .tree import FoodTree

_CONDITION = re.compile(r"[a-z]?\s*((?:仅限于|仅适用于|不适用于)[^。/]*)")


def condition(row: dict[str, Any]) -> str:
    """The footnote condition a row holds under ("仅限于采用镀锡薄钢板容器包装的食品"), if any.

    The tree cannot tell whether a product meets it: such a row is compared when a standard
    lists the item, but never demanded of every product of the node.
    """
    return "；".join(m.group(1) for m in _CONDITION.finditer(row.get("footnotes") or ""))


def as_applied(row: dict[str, Any], lineage: list[str]) -> dict[str, Any]:
    """The row as it holds for a node: a basis written for other foods is dropped."""
    scope = row.get("basis_nodes") or []
    if row.get("basis") and scope and not set(scope) & set(lineage):
        return {**row, "basis": "", "basis_not_applicable": row["basis"]}
    return row


def applicable_limits(
    tree: FoodTree, node: str, rows: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Every row that holds for ``node``: the nearest per (standard, table, item). Rows at the
    same distance all hold (GB 2757's 甲醇 for 粮谷类 and for 其他 白酒): which one governs
    depends on what the tree cannot say, so the caller decides."""
    lineage = tree.lineage(node)
    distance = {code: i for i, code in enumerate(lineage)}
    nearest: dict[tuple[str, str, str], tuple[int, list[dict[str, Any]]]] = {}
    for row in rows:
        hits = [distance[c] for c in row.get("nodes") or () if c in distance]
        if not hits or any(c in distance for c in row.get("excludes") or ()):
            continue
        key = (row["standard"], row.get("table") or "", item_key(row["item"]))
        if key not in nearest or min(hits) < nearest[key][0]:
            nearest[key] = (min(hits), [row])
        elif min(hits) == nearest[key][0]:
            nearest[key][1].append(row)
    return [as_applied(row, lineage) for _d, found in nearest.values() for row in found]
