"""What a document is about: a product of the pack and/or the nodes of the two trees.

The user picks a product (绿茶, 米粉/米线 …), which names its node in each tree, or any node
directly ("06.07", "大米制品"). The checks take the nodes; the product adds its required items and
mandatory standards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .limits import applicable_limits
from .tree import TREES, FoodTree, fold


@dataclass(frozen=True)
class FoodCategory:
    product: str = ""  # categories.product, when a product was chosen
    gb2762: str = ""  # node code in GB 2762—2025 Appendix A
    gb2760: str = ""  # node code in GB 2760—2024 Table E.1

    def __bool__(self) -> bool:
        return bool(self.product or self.gb2762 or self.gb2760)


class Foods:
    """The pack's two trees and its products, indexed once per opened pack."""

    def __init__(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        rows = tables.get("food_categories", [])
        self.trees = {tree: FoodTree(tree, rows) for tree in TREES}
        self.products = {row["product"]: row for row in tables.get("categories", [])}

    def node_of(self, product: dict[str, Any], tree: str) -> str:
        """A product's node: its column holds a code, or a node name the tree resolves."""
        value = product.get(tree) or ""
        node = self.trees[tree].resolve(value) if value else None
        return node.code if node else ""

    def of_product(self, name: str) -> FoodCategory:
        product = self.products[name]
        return FoodCategory(name, self.node_of(product, "gb2762"), self.node_of(product, "gb2760"))

    def resolve(self, text: str) -> FoodCategory | None:
        """A product name, a node code or a node name of either tree; None when nothing fits."""
        text = text.strip()
        if not text:
            return None
        for name in self.products:
            if fold(name) == fold(text):
                return self.of_product(name)
        for tree in TREES:
            if node := self.trees[tree].resolve(text):
                return FoodCategory(**{tree: node.code})
        return None

    def complete(self, chosen: FoodCategory) -> FoodCategory:
        """A product's nodes fill the trees the document did not name."""
        if chosen.product not in self.products:
            return chosen
        own = self.of_product(chosen.product)
        return FoodCategory(chosen.product, chosen.gb2762 or own.gb2762,
                            chosen.gb2760 or own.gb2760)  # fmt: skip

    def limits_of(self, chosen: FoodCategory, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The limit rows that hold for a category: by the GB 2762 tree for its node, and the
        rows written for the product's category name (furniture, lamps: no node)."""
        found = (
            applicable_limits(self.trees["gb2762"], chosen.gb2762, rows) if chosen.gb2762 else []
        )
        if product := self.products.get(chosen.product):
            found += [
                r for r in rows if not r.get("nodes") and r["category"] == product["category"]
            ]
        return found

    def describe(self, chosen: FoodCategory) -> str:
        """ "米粉/米线（GB 2762 A01.03.01 大米制品；GB 2760 06.02.02 大米制品）"."""
        parts = []
        for tree in TREES:
            code = getattr(chosen, tree)
            if node := self.trees[tree].get(code):
                parts.append(f"{'GB 2762' if tree == 'gb2762' else 'GB 2760'} {code} {node.name}")
        nodes = "；".join(parts)
        if chosen.product:
            return f"{chosen.product}（{nodes}）" if nodes else chosen.product
        return nodes


def foods_of(pack: Any) -> Foods:
    return pack.derived("foods", lambda: Foods(pack.tables))
