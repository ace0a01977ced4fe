"""A document flattened into the items a page shows, in order: one plan for PDF and Word alike.

Everything GB/T 1.1 computes is decided here — numbers, generated sentences, the sorted reference
list, note and list labels, resolved cross-references — so the two renderers only lay out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

from ..domain.document import boilerplate as bp
from ..domain.document.model import (
    Annex,
    Block,
    ChapterRole,
    Clause,
    Cover,
    Document,
    Example,
    Figure,
    Formula,
    IndicatorRow,
    IndicatorTable,
    ListBlock,
    ListStyle,
    Note,
    Paragraph,
    Table,
    TermEntry,
)
from ..domain.document.numbering import (
    Numbering,
    annex_heading,
    annex_letter,
    clause_depth,
    note_labels,
)
from ..domain.document.text import resolve

INDICATOR_HEADER = ["序号", "项目", "单位", "指标", "检验方法"]
WHERE_LEAD = "式中："  # GB/T 1.1—2020 9.6.3: the line before a formula's symbol explanations
UNKNOWN_DATE = "XXXX-XX-XX"


@dataclass(frozen=True)
class Heading:
    """A numbered heading; level 1 = chapter, 2 = 5.1 … (≤ 6). ``toc``: listed in the 目次."""

    level: int
    number: str
    title: str
    toc: bool = True
    starts_body: bool = False  # the first chapter: the body starts on a new page under the name

    @property
    def text(self) -> str:
        return (
            f"{self.number}\u3000{self.title}"
            if self.number and self.title
            else (self.number or self.title)
        )


@dataclass(frozen=True)
class SectionTitle:
    """An unnumbered, centred title: 前言, 引言, 参考文献, or an annex's three lines."""

    lines: tuple[str, ...]
    toc_text: str
    new_page: bool = True


@dataclass(frozen=True)
class Para:
    text: str
    number: str = ""  # an untitled clause's number, printed before its first paragraph


@dataclass(frozen=True)
class TermName:
    """The term (and its English equivalent) under a term entry's number."""

    text: str


@dataclass(frozen=True)
class ListItem:
    label: str  # "——", "a)", "1)"
    text: str


@dataclass(frozen=True)
class NoteLine:
    label: str  # "注：", "注1：", "示例："
    text: str


@dataclass(frozen=True)
class FormulaLine:
    expression: str
    number: str  # "(1)"
    where: tuple[str, ...] = ()


@dataclass(frozen=True)
class FigureItem:
    label: str  # "图1"
    caption: str
    image_png_base64: str


@dataclass(frozen=True)
class TableItem:
    label: str  # "表1"
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[NoteLine, ...] = ()
    indicator: bool = False

    @property
    def title(self) -> str:
        return f"{self.label}\u3000{self.caption}" if self.caption else self.label

    @property
    def continued_title(self) -> str:
        return f"{self.label}（续）"


Item = (
    Heading
    | SectionTitle
    | Para
    | TermName
    | ListItem
    | NoteLine
    | FormulaLine
    | FigureItem
    | TableItem
)


@dataclass
class Layout:
    """The body in reading order; the cover stays separate (it has its own page design)."""

    items: list[Item] = field(default_factory=list)
    toc: list[tuple[int, str]] = field(default_factory=list)  # (level, text) in 目次 order


def list_labels(style: ListStyle, count: int) -> list[str]:
    if style is ListStyle.LETTER:
        return [f"{chr(ord('a') + i)})" for i in range(count)]
    if style is ListStyle.NUMBER:
        return [f"{i + 1})" for i in range(count)]
    return ["——"] * count


class _Planner:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.numbers = Numbering(document)
        self.out = Layout()

    def add(self, item: Item) -> None:
        item = _resolved(item, self.text)  # every printed text, not only paragraphs
        self.out.items.append(item)
        if isinstance(item, Heading) and item.toc and item.level <= 2:
            self.out.toc.append((item.level, item.text))
        elif isinstance(item, SectionTitle) and item.toc_text:
            self.out.toc.append((1, item.toc_text))

    def text(self, raw: str) -> str:
        return resolve(raw, self.numbers)

    def plan(self) -> Layout:
        self.foreword()
        if self.doc.introduction:
            self.add(SectionTitle(("引言",), "引言"))
            self.blocks(self.doc.introduction)
        for index, chapter in enumerate(self.doc.chapters):
            self.clause(chapter, 1, starts_body=index == 0)
        for index, annex in enumerate(self.doc.annexes):
            self.annex(annex, annex_letter(index))
        if self.doc.bibliography:
            self.add(SectionTitle(("参考文献",), "参考文献"))
            for i, ref in enumerate(bp.sorted_references(self.doc.bibliography), start=1):
                self.add(Para(f"[{i}]\u3000{bp.reference_line(ref)}"))
        return self.out

    def foreword(self) -> None:
        self.add(SectionTitle(("前言",), "前言"))
        before, changes, after = bp.foreword_paragraphs(self.doc)
        for line in before:
            self.add(Para(line))
        for label, change in zip(list_labels(ListStyle.DASH, len(changes)), changes, strict=True):
            self.add(ListItem(label, self.text(change)))
        for line in after:
            self.add(Para(line))

    def clause(self, clause: Clause, level: int, starts_body: bool = False) -> None:
        number = self.numbers[clause.id].number
        if clause.title or level == 1:
            self.add(Heading(level, number, clause.title, starts_body=starts_body))
            self.role_content(clause)
            self.blocks(clause.blocks)
        else:
            self.blocks(clause.blocks, first_number=number)
        for child in clause.children:
            self.clause(child, level + 1)

    def role_content(self, clause: Clause) -> None:
        if clause.role == ChapterRole.NORMATIVE_REFERENCES:
            refs = bp.sorted_references(self.doc.normative_references)
            if not refs:
                self.add(Para(bp.NO_NORMATIVE_REFERENCES))
                return
            self.add(Para(bp.NORMATIVE_REFERENCES_INTRO))
            for ref in refs:
                self.add(Para(bp.reference_line(ref)))
        elif clause.role == ChapterRole.TERMS:
            has_terms = any(isinstance(b, TermEntry) for c in clause.walk() for b in c.blocks)
            self.add(Para(bp.TERMS_INTRO if has_terms else bp.NO_TERMS))

    def annex(self, annex: Annex, letter: str) -> None:
        head, kind = annex_heading(annex, letter)
        self.add(SectionTitle((head, kind, annex.title), f"{head}{kind}\u3000{annex.title}"))
        self.blocks(annex.blocks)
        for child in annex.children:
            self.clause(child, 2)

    def blocks(self, blocks: list[Block], first_number: str = "") -> None:
        for block in blocks:
            self.block(block, first_number)
            first_number = ""

    def block(self, block: Block, number: str) -> None:
        label = self.numbers.get(block.id)
        if isinstance(block, Paragraph):
            self.add(Para(self.text(block.text), number))
        elif isinstance(block, ListBlock):
            labels = list_labels(block.style, len(block.items))
            for item_label, item in zip(labels, block.items, strict=True):
                self.add(ListItem(item_label, self.text(item)))
        elif isinstance(block, Note | Example):
            kind = "注" if isinstance(block, Note) else "示例"
            self.add(NoteLine(f"{kind}{label.number if label else ''}：", self.text(block.text)))
        elif isinstance(block, Formula):
            where = tuple(self.text(w) for w in block.where)
            self.add(FormulaLine(block.expression, label.number if label else "", where))
        elif isinstance(block, Figure):
            self.add(FigureItem(label.reference if label else "", block.caption,
                                block.image_png_base64))  # fmt: skip
        elif isinstance(block, Table | IndicatorTable):
            self.add(self.table(block, label.reference if label else ""))
        elif isinstance(block, TermEntry):
            self.term(block, label.number if label else "")

    def table(self, block: Table | IndicatorTable, label: str) -> TableItem:
        notes = tuple(
            NoteLine(n, self.text(t))
            for n, t in zip(note_labels(len(block.notes)), block.notes, strict=True)
        )
        if isinstance(block, Table):
            rows = tuple(tuple(self.text(c) for c in row) for row in block.rows)
            return TableItem(label, block.caption, tuple(block.header), rows, notes)
        rows = tuple(
            (str(i), r.item, r.unit, _with_basis(r), r.method)
            for i, r in enumerate(block.rows, start=1)
        )
        return TableItem(label, block.caption, tuple(INDICATOR_HEADER), rows, notes, True)

    def term(self, term: TermEntry, number: str) -> None:
        self.add(Heading(clause_depth(number), number, "", toc=False))
        self.add(TermName(term.term + (f"\u3000{term.term_en}" if term.term_en else "")))
        self.add(Para(self.text(term.definition)))
        for n, t in zip(note_labels(len(term.notes)), term.notes, strict=True):
            self.add(NoteLine(n, self.text(t)))


def _resolved(value: Any, text: Callable[[str], str]) -> Any:
    """``value`` with links in every text field read as their numbers ("表3", "附录A")."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, tuple):
        return tuple(_resolved(v, text) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _resolved(getattr(value, f.name), text)
                                 for f in fields(value) if f.init})  # fmt: skip
    return value


def _with_basis(row: IndicatorRow) -> str:
    """ "≤0.6（按100%酒精度折算）": a limit's basis is part of the requirement a reader needs."""
    basis = row.basis.strip()
    if not basis or not basis.startswith(("以", "按")):
        return row.requirement_text()  # free notes (示例值…) stay out of the printed cell
    return f"{row.requirement_text()}（{basis}）"


@dataclass(frozen=True)
class CoverText:
    """The cover's lines as printed (DESIGN §2.2), shared by the PDF, Word and the preview."""

    codes: tuple[str, ...]  # "ICS 67.060", "CCS X 11" (those given)
    code: str  # "Q/JXSL"
    heading: str  # "…有限公司企业标准"
    number: str
    replaces: str  # "代替 Q/JXSL 0002—2023" or ""
    title: str
    title_en: str
    published: str  # "2026-11-20 发布"
    implemented: str
    publisher: str  # "…有限公司　发布"


def _prefixed(prefix: str, code: str) -> str:
    code = code.strip()
    return code if not code or code.upper().startswith(prefix) else f"{prefix} {code}"


def cover_text(cover: Cover) -> CoverText:
    codes = tuple(c for c in (_prefixed("ICS", cover.ics), _prefixed("CCS", cover.ccs)) if c)
    return CoverText(
        codes=codes,
        code=f"Q/{cover.enterprise_code}",
        heading=f"{cover.enterprise_name}企业标准",
        number=cover.number,
        replaces="代替 " + "、".join(cover.replaces) if cover.replaces else "",
        title=cover.title,
        title_en=cover.title_en,
        published=f"{cover.publish_date or UNKNOWN_DATE} 发布",
        implemented=f"{cover.implement_date or UNKNOWN_DATE} 实施",
        publisher=f"{cover.publisher_name}\u3000发布",
    )


def plan(document: Document) -> Layout:
    """The printed order of everything after the cover (前言, 引言, chapters, annexes, 参考文献)."""
    return _Planner(document).plan()
