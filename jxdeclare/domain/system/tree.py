"""The system tree as flat rows (how it is stored) and the 体系编号 computed from positions.

A node's number is its 1-based position among its siblings, joined with its ancestors' numbers
("1.2.3"); a standard placed on a node gets the node's number and its own sequence ("1.2-003").
Numbers are never stored: moving a branch renumbers it and everything below it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class NodeRow:
    id: int
    parent_id: int | None
    position: int
    title: str


class TreeError(ValueError):
    pass


class SystemTree:
    def __init__(self, rows: Iterable[NodeRow]) -> None:
        self.nodes = {row.id: row for row in rows}
        self.children: dict[int | None, list[NodeRow]] = {}
        for row in self.nodes.values():
            self.children.setdefault(row.parent_id, []).append(row)
        for siblings in self.children.values():
            siblings.sort(key=lambda r: (r.position, r.id))
        self.codes = dict(self._number(None, ""))

    def _number(self, parent: int | None, prefix: str) -> Iterator[tuple[int, str]]:
        for index, row in enumerate(self.children.get(parent, []), start=1):
            code = f"{prefix}{index}"
            yield row.id, code
            yield from self._number(row.id, code + ".")

    def walk(self, parent: int | None = None, depth: int = 0) -> Iterator[tuple[NodeRow, int]]:
        """Depth-first in display order: (node, depth)."""
        for row in self.children.get(parent, []):
            yield row, depth
            yield from self.walk(row.id, depth + 1)

    def code(self, node_id: int | None) -> str:
        return self.codes.get(node_id, "") if node_id is not None else ""

    def path(self, node_id: int | None) -> list[NodeRow]:
        """Root first."""
        found: list[NodeRow] = []
        while node_id is not None and node_id in self.nodes:
            found.append(self.nodes[node_id])
            node_id = self.nodes[node_id].parent_id
        return found[::-1]

    def top(self, node_id: int | None) -> NodeRow | None:
        path = self.path(node_id)
        return path[0] if path else None

    def descendants(self, node_id: int) -> set[int]:
        found: set[int] = set()
        stack = [node_id]
        while stack:
            for child in self.children.get(stack.pop(), []):
                found.add(child.id)
                stack.append(child.id)
        return found

    def check_move(self, node_id: int, new_parent: int | None) -> None:
        if new_parent is not None and new_parent not in self.nodes:
            raise TreeError("目标分支不存在 / the target branch does not exist")
        if new_parent == node_id or (new_parent in self.descendants(node_id)):
            raise TreeError(
                "不能把分支移到它自己或它的下级分支中 / a branch cannot move into itself"
            )

    def by_code(self, code: str) -> int | None:
        for node_id, known in self.codes.items():
            if known == code:
                return node_id
        return None


def entry_code(node_code: str, sequence: int) -> str:
    return f"{node_code}-{sequence:03d}" if node_code else ""
