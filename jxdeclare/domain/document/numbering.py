"""Numbers of chapters, clauses, tables, figures, formulas, notes and annexes (GB/T 1.1-2020).

Computed afresh from the structure every time: body tables and figures run 表1, 表2 … through the
body; an annex restarts them as 表A.1; formulas are (1) or (A.1); notes and examples are "注" /
"示例" when alone in their clause and "注1" … when there are several.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass

from .model import (
    NUMBERED_TABLES,
    Annex,
    Block,
    Clause,
    Document,
    Example,
    Figure,
    Formula,
    Note,
    TermEntry,
)


@dataclass(frozen=True)
class Label:
    kind: str  # clause | annex | table | figure | formula | note | example | term
    number: str  # "5.3", "A", "2", "A.1", "(1)", "1"

    @property
    def reference(self) -> str:
        """How a cross-reference to it reads: "5.3", "附录A", "表2", "图A.1", "公式(1)"."""
        prefix = {"annex": "附录", "table": "表", "figure": "图", "formula": "公式"}
        return prefix.get(self.kind, "") + self.number


def annex_letter(index: int) -> str:
    return string.ascii_uppercase[index]


class Numbering:
    """Labels of every numbered element of one document, keyed by element id."""

    def __init__(self, document: Document) -> None:
        self.labels: dict[str, Label] = {}
        self._counters: dict[str, int] = {}
        self._block_labels(document.introduction, "", "")
        for index, chapter in enumerate(document.chapters, start=1):
            self._clause(chapter, str(index), "")
        for index, annex in enumerate(document.annexes):
            self._annex(annex, annex_letter(index))

    def __getitem__(self, element_id: str) -> Label:
        return self.labels[element_id]

    def get(self, element_id: str) -> Label | None:
        return self.labels.get(element_id)

    def _annex(self, annex: Annex, letter: str) -> None:
        self.labels[annex.id] = Label("annex", letter)
        self._counters = {k: v for k, v in self._counters.items() if not k.startswith("annex:")}
        self._block_labels(annex.blocks, "", letter)
        for index, child in enumerate(annex.children, start=1):
            self._clause(child, f"{letter}.{index}", letter)

    def _clause(self, clause: Clause, number: str, annex: str) -> None:
        self.labels[clause.id] = Label("clause", number)
        terms = [b for b in clause.blocks if isinstance(b, TermEntry)]
        for index, term in enumerate(terms, start=1):
            self.labels[term.id] = Label("term", f"{number}.{index}")
        self._block_labels(clause.blocks, number, annex)
        for index, child in enumerate(clause.children, start=len(terms) + 1):
            self._clause(child, f"{number}.{index}", annex)

    def _block_labels(self, blocks: Sequence[Block], clause: str, annex: str) -> None:
        for kind, cls in (("note", Note), ("example", Example)):
            same = [b for b in blocks if isinstance(b, cls)]
            for index, block in enumerate(same, start=1):
                self.labels[block.id] = Label(kind, str(index) if len(same) > 1 else "")
        for block in blocks:
            if isinstance(block, NUMBERED_TABLES):
                self.labels[block.id] = Label("table", self._next("table", annex))
            elif isinstance(block, Figure):
                self.labels[block.id] = Label("figure", self._next("figure", annex))
            elif isinstance(block, Formula):
                self.labels[block.id] = Label("formula", f"({self._next('formula', annex)})")

    def _next(self, kind: str, annex: str) -> str:
        key = f"annex:{kind}" if annex else kind
        self._counters[key] = self._counters.get(key, 0) + 1
        return f"{annex}.{self._counters[key]}" if annex else str(self._counters[key])


def annex_heading(annex: Annex, letter: str) -> tuple[str, str]:
    """("附录A", "（规范性）") — the two lines above an annex title."""
    return f"附录{letter}", "（规范性）" if annex.normative else "（资料性）"


def note_label(label: Label | None, kind: str = "注") -> str:
    """ "注：" / "注1：" / "示例：" / "示例2：" (the colon is full-width)."""
    return f"{kind}{label.number if label else ''}："


def note_labels(count: int, kind: str = "注") -> list[str]:
    """Labels for table or term notes held as plain strings."""
    return [f"{kind}{i if count > 1 else ''}：" for i in range(1, count + 1)]


def clause_depth(number: str) -> int:
    """1 for a chapter "5", 2 for "5.1" … (annex clauses count from "A.1" = 2)."""
    return number.count(".") + 1
