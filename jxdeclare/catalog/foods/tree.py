"""One official food-category tree: nodes by code, their ancestors, lookup by code or name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

TREES = ("gb2762", "gb2760")
TREE_TITLES = {"gb2762": "GB 2762—2025 附录A", "gb2760": "GB 2760—2024 表E.1"}


def fold(text: str) -> str:
    """Full-width brackets and spaces do not matter when a person types a name."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def bare(text: str) -> str:
    """ "大米(粉)" → "大米"; "谷物及其制品[麦片…除外]" → "谷物及其制品"."""
    return re.sub(r"[(\[（【].*$", "", fold(text))


@dataclass(frozen=True)
class Node:
    tree: str
    code: str
    name: str
    parent: str
    excludes: tuple[str, ...]
    source: str

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "parent": self.parent or None,
                "tree": self.tree}  # fmt: skip


class FoodTree:
    def __init__(self, tree: str, rows: Iterable[dict[str, Any]]) -> None:
        self.tree = tree
        self.nodes: dict[str, Node] = {}
        for row in rows:
            if row.get("tree") == tree:
                self.nodes[row["code"]] = Node(
                    tree, row["code"], row["name"], row.get("parent") or "",
                    tuple(row.get("excludes") or ()), row.get("source") or "",
                )  # fmt: skip
        self._by_name: dict[str, list[str]] = {}
        self._by_bare: dict[str, list[str]] = {}
        for node in self.nodes.values():
            self._by_name.setdefault(fold(node.name), []).append(node.code)
            self._by_bare.setdefault(bare(node.name), []).append(node.code)

    def __bool__(self) -> bool:
        return bool(self.nodes)

    def get(self, code: str) -> Node | None:
        return self.nodes.get(code)

    def lineage(self, code: str) -> list[str]:
        """The node, its parent, … up to the top; empty for an unknown code."""
        found: list[str] = []
        while code in self.nodes and code not in found:  # a cycle in bad data ends the walk
            found.append(code)
            code = self.nodes[code].parent
        return found

    def within(self, code: str, ancestor: str) -> bool:
        return ancestor in self.lineage(code)

    def path(self, code: str) -> str:
        return " › ".join(bare(self.nodes[c].name) for c in reversed(self.lineage(code)))

    def resolve(self, text: str) -> Node | None:
        """A node by its code, its full name, or its name without the bracket, when unique."""
        text = fold(text)
        if text in self.nodes:
            return self.nodes[text]
        for index in (self._by_name, self._by_bare):
            codes = index.get(text) or index.get(bare(text)) or []
            if len(codes) == 1:
                return self.nodes[codes[0]]
        return None

    def search(self, text: str) -> list[Node]:
        text = fold(text)
        return [n for n in self.nodes.values() if not text or text in fold(n.name)
                or n.code.startswith(text)]  # fmt: skip
