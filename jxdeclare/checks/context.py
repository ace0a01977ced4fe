"""What a check looks at: the document, its computed numbers, the data pack and the date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from jxdeclare.catalog.foods import FoodCategory, foods_of
from jxdeclare.catalog.pack import Pack
from jxdeclare.catalog.status import Editions, editions_of
from jxdeclare.domain.document.model import (
    Annex,
    Clause,
    Document,
    Example,
    ListBlock,
    Note,
    Paragraph,
    TermEntry,
)
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import PLACEHOLDER, resolve

from .registry import Location


@dataclass(frozen=True)
class Passage:
    """One piece of running text with where it is and what kind of text it is."""

    location: Location
    text: str
    kind: str  # provision | note | example | definition | foreword | list


@dataclass
class CheckContext:
    document: Document
    as_of: date
    pack: Pack | None = None
    category: str = ""  # the pack's product (categories.product), when known
    other_numbers: list[str] = field(default_factory=list)  # the enterprise's other standards
    import_notes: list[Any] = field(default_factory=list)
    category_inferred: bool = False  # the category came from the title or scope, not the user
    food: FoodCategory = field(default_factory=FoodCategory)  # product and tree nodes, settled
    candidates: list[Any] = field(default_factory=list)  # inferred products when several fit
    memo: dict[str, Any] = field(default_factory=dict)  # what several rules compute once

    def settle_category(self) -> None:
        """The category the document names (product or nodes); else inference's only proposal.

        Inference proposes: with one candidate the checks use it and say so (C001); with none
        or several they compare nothing and warn (C002).
        """
        if self.pack is None:
            return
        foods = foods_of(self.pack)
        doc = self.document
        chosen = FoodCategory(doc.product_category if doc.product_category in foods.products
                              else "", doc.category_gb2762, doc.category_gb2760)  # fmt: skip
        if not chosen and doc.product_category:
            chosen = foods.resolve(doc.product_category) or FoodCategory()
        if not chosen:
            from .category import infer_candidates, infer_category

            inferred = infer_category(doc, self.pack.tables.get("categories", []))
            self.candidates = infer_candidates(doc, self.pack.tables.get("categories", []))
            if inferred:
                chosen, self.category_inferred = FoodCategory(inferred), True
            elif shared := _shared_nodes(foods, self.candidates):
                # 固态法白酒: twelve 白酒 types, one node in each tree: compare with those
                chosen, self.category_inferred = shared, True
        self.food = foods.complete(chosen)
        self.category = self.food.product

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @cached_property
    def numbering(self) -> Numbering:
        return Numbering(self.document)

    @cached_property
    def editions(self) -> Editions | None:
        return editions_of(self.pack) if self.pack is not None else None

    @property
    def pack_label(self) -> str:
        if self.pack is None:
            return ""
        signed = "" if self.pack.signed else "，未签名数据包"
        as_of = self.pack.manifest["as_of"]
        return f"{self.pack.pack_id} {self.pack.version}（数据截至 {as_of}{signed}）"

    @property
    def pack_label_en(self) -> str:
        if self.pack is None:
            return ""
        signed = "" if self.pack.signed else ", unsigned data pack"
        as_of = self.pack.manifest["as_of"]
        return f"{self.pack.pack_id} {self.pack.version} (data as of {as_of}{signed})"

    def clause_label(self, clause: Clause | Annex) -> str:
        label = self.numbering.get(clause.id)
        return label.reference if label else clause.title

    def clauses(self) -> Iterator[tuple[str, Clause, int]]:
        """(path, clause, depth) for every clause in document order; chapters have depth 1."""

        def walk(clause: Clause, path: str, depth: int) -> Iterator[tuple[str, Clause, int]]:
            yield path, clause, depth
            for i, child in enumerate(clause.children):
                yield from walk(child, f"{path}.children[{i}]", depth + 1)

        for i, chapter in enumerate(self.document.chapters):
            yield from walk(chapter, f"chapters[{i}]", 1)
        for a, annex in enumerate(self.document.annexes):
            for i, child in enumerate(annex.children):
                yield from walk(child, f"annexes[{a}].children[{i}]", 2)

    def passages(self) -> list[Passage]:
        """Running text of the body and annexes, the 前言's own paragraphs and term definitions."""
        return self.once("passages", lambda: list(self._passages()))

    def _passages(self) -> Iterator[Passage]:
        # A {{…}} placeholder is a hint to the user, not text of the standard: S006 reports it,
        # and what its hint names (a method to verify, a verb) is not checked as a provision.
        # Links read as printed ("表3"), so excerpts quoted in findings never show [[ref:…]].
        for passage in self._raw_passages():
            text = resolve(PLACEHOLDER.sub("", passage.text), self.numbering)
            yield replace(passage, text=text)

    def _raw_passages(self) -> Iterator[Passage]:
        foreword = self.document.foreword
        for i, text in enumerate([*foreword.extra]):
            yield Passage(Location(f"foreword.extra[{i}]", "前言"), text, "foreword")
        for path, clause, _depth in self.clauses():
            label = self.clause_label(clause)
            for b, block in enumerate(clause.blocks):
                yield from _block_passages(block, Location(f"{path}.blocks[{b}]", label))
        for a, annex in enumerate(self.document.annexes):
            label = self.clause_label(annex)
            for b, block in enumerate(annex.blocks):
                yield from _block_passages(block, Location(f"annexes[{a}].blocks[{b}]", label))


def _shared_nodes(foods: Any, candidates: list[Any]) -> FoodCategory | None:
    """The nodes every candidate names, when they all name the same ones."""
    nodes = {foods.of_product(c.product) for c in candidates if c.product in foods.products}
    if len(nodes) != 1:
        return None
    (one,) = nodes
    return FoodCategory("", one.gb2762, one.gb2760) if one.gb2762 or one.gb2760 else None


def _block_passages(block: Any, where: Location) -> Iterator[Passage]:
    if isinstance(block, Paragraph):
        yield Passage(Location(f"{where.path}.text", where.label), block.text, "provision")
    elif isinstance(block, ListBlock):
        for i, item in enumerate(block.items):
            yield Passage(Location(f"{where.path}.items[{i}]", where.label), item, "list")
    elif isinstance(block, Note | Example):
        kind = "note" if isinstance(block, Note) else "example"
        yield Passage(Location(f"{where.path}.text", where.label), block.text, kind)
    elif isinstance(block, TermEntry):
        yield Passage(Location(f"{where.path}.definition", where.label), block.definition,
                      "definition")  # fmt: skip
