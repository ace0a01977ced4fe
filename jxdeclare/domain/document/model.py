"""The structure of an enterprise standard (GB/T 1.1-2020; product standards per GB/T 20001.10).

Numbers (chapters, clauses, tables, figures, notes, formulas, annexes) are never stored: they are
computed from the structure by :mod:`.numbering`. Text fields may hold two kinds of token:

* ``[[ref:ID]]`` — a cross-reference to the element with that id, rendered with its current
  number ("表2", "5.3", "附录A");
* ``{{说明}}`` — a placeholder the user must fill in before the standard can be final.

The classes are plain mutable dataclasses so that an editor can change them in place (and undo).
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from enum import StrEnum


def new_id(prefix: str = "e") -> str:
    """A short random id, stable for the life of the element (links point at it)."""
    return f"{prefix}{secrets.token_hex(4)}"


class ListStyle(StrEnum):
    DASH = "dash"  # ——
    LETTER = "letter"  # a) b) c)
    NUMBER = "number"  # 1) 2) 3)


class ChapterRole(StrEnum):
    """Chapters whose content is partly generated boilerplate."""

    GENERAL = ""
    SCOPE = "scope"
    NORMATIVE_REFERENCES = "normative_references"
    TERMS = "terms"


@dataclass
class Paragraph:
    text: str
    id: str = field(default_factory=lambda: new_id("p"))
    source: str = ""


@dataclass
class ListBlock:
    items: list[str]
    style: ListStyle = ListStyle.DASH
    id: str = field(default_factory=lambda: new_id("l"))
    source: str = ""


@dataclass
class Note:
    text: str
    id: str = field(default_factory=lambda: new_id("n"))


@dataclass
class Example:
    text: str
    id: str = field(default_factory=lambda: new_id("x"))


@dataclass
class Formula:
    expression: str
    where: list[str] = field(default_factory=list)  # "式中：" lines
    id: str = field(default_factory=lambda: new_id("f"))


@dataclass
class Figure:
    caption: str
    image_png_base64: str = ""
    id: str = field(default_factory=lambda: new_id("g"))


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("t"))
    source: str = ""


@dataclass
class IndicatorRow:
    """One requirement of the indicator table, as data rather than prose.

    ``comparator`` is one of :data:`COMPARATORS`; ``value`` is kept as written ("0.2", "0.5～1.0",
    or a placeholder). ``standard``/``clause`` name the mandatory provision the row must satisfy,
    ``limit_category`` the data-pack category whose limit governs it (empty when none does).
    """

    item: str
    unit: str = ""
    comparator: str = "≤"
    value: str = ""
    method: str = ""
    standard: str = ""
    clause: str = ""
    basis: str = ""
    limit_category: str = ""
    limit_item: str = ""
    id: str = field(default_factory=lambda: new_id("r"))

    def requirement_text(self) -> str:
        """The cell a reader sees: "≤0.2", "0.5～1.0", "不得检出", "符合GB 2762的规定"."""
        if self.comparator in ("", "="):
            return self.value
        if self.comparator in ("不得检出", "不得使用"):
            return self.comparator
        if self.comparator == "范围":
            return self.value
        return f"{self.comparator}{self.value}"


COMPARATORS = ("≤", "<", "≥", ">", "=", "范围", "不得检出", "不得使用", "")


@dataclass
class IndicatorTable:
    caption: str
    rows: list[IndicatorRow]
    notes: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("t"))


@dataclass
class TermEntry:
    term: str
    definition: str
    term_en: str = ""
    notes: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("d"))
    source: str = ""


Block = (
    Paragraph | ListBlock | Note | Example | Formula | Figure | Table | IndicatorTable | TermEntry
)
NUMBERED_TABLES = (Table, IndicatorTable)


@dataclass
class Clause:
    """A chapter (top level) or a clause below it; ``title`` may be empty for untitled clauses."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    children: list[Clause] = field(default_factory=list)
    role: ChapterRole = ChapterRole.GENERAL
    id: str = field(default_factory=lambda: new_id("c"))
    source: str = ""

    def walk(self) -> list[Clause]:
        """This clause and every clause below it, in document order."""
        return [self, *itertools.chain.from_iterable(c.walk() for c in self.children)]


@dataclass
class Annex:
    title: str
    normative: bool = False
    blocks: list[Block] = field(default_factory=list)
    children: list[Clause] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("a"))


@dataclass
class Reference:
    """A document in the 规范性引用文件 list or the 参考文献 (number as printed, title)."""

    number: str
    title: str = ""


@dataclass
class Cover:
    enterprise_name: str
    enterprise_code: str  # the 企业代号 after "Q/"
    number: str
    title: str
    title_en: str = ""
    replaces: list[str] = field(default_factory=list)
    ics: str = ""
    ccs: str = ""
    publish_date: str = ""  # YYYY-MM-DD
    implement_date: str = ""
    publisher: str = ""  # defaults to the enterprise name

    @property
    def publisher_name(self) -> str:
        return self.publisher or self.enterprise_name


@dataclass
class Foreword:
    """What the 前言 says beyond its generated sentences."""

    changes: list[str] = field(default_factory=list)  # main technical changes vs. the replaced one
    replaced_title: str = ""
    proposer: str = ""
    drafting_units: str = ""
    drafters: str = ""
    extra: list[str] = field(default_factory=list)


@dataclass
class Suppression:
    """A warning the user decided to accept, with why (kept with the document, shown in reports)."""

    rule: str
    path: str  # the finding's location in the model
    reason: str


@dataclass
class Document:
    cover: Cover
    foreword: Foreword = field(default_factory=Foreword)
    introduction: list[Block] = field(default_factory=list)
    chapters: list[Clause] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    normative_references: list[Reference] = field(default_factory=list)
    bibliography: list[Reference] = field(default_factory=list)
    template_id: str = ""
    product_category: str = ""  # the data-pack product (categories table) the standard covers
    # The food category as nodes of the official trees (codes), chosen by the user or taken from
    # the product; they travel in every exported file (.jxstd, Word property, PDF metadata).
    category_gb2762: str = ""  # GB 2762—2025 Appendix A node
    category_gb2760: str = ""  # GB 2760—2024 Table E.1 code
    suppressions: list[Suppression] = field(default_factory=list)

    def all_clauses(self) -> list[Clause]:
        body = [c for chapter in self.chapters for c in chapter.walk()]
        annexed = [c for annex in self.annexes for top in annex.children for c in top.walk()]
        return body + annexed

    def chapter(self, role: ChapterRole) -> Clause | None:
        return next((c for c in self.chapters if c.role == role), None)

    def indicator_rows(self) -> list[IndicatorRow]:
        return [
            row
            for block in self.all_blocks()
            if isinstance(block, IndicatorTable)
            for row in block.rows
        ]

    def all_blocks(self) -> list[Block]:
        blocks = list(self.introduction)
        for clause in self.all_clauses():
            blocks += clause.blocks
        for annex in self.annexes:
            blocks += annex.blocks
        return blocks
