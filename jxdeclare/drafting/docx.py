"""Word (.docx) output of an enterprise standard (DESIGN §2.2): enterprises finish drafts in Word.

The renderer only lays out :func:`.layout.plan`; every number and generated sentence comes from
there. Three sections: the cover (no header), 目次/前言/引言 (pages Ⅰ, Ⅱ …) and the body (pages
1, 2 …, the standard's name on its first page), the last two with the number in the header.

Headings are Word's built-in "Heading 1" … "Heading 6" with the clause number typed before the
title, so the navigation pane and the TOC field work without Word list numbering (which would
renumber on its own and drift from the computed numbers). 前言, 引言, the annex titles and 参考文献
are centred paragraphs of their own style carrying outline level 1 directly: the TOC field's
``\\u`` switch and the navigation pane list them, while "Heading N" stays reserved for numbered
clauses.

The 目次 is that TOC field with its result already written: the entries GB/T 1.1 lists (前言,
引言, chapters and their first-level clauses, the annexes, 参考文献) in Word's "toc 1"/"toc 2"
styles, each with the page the PDF rendering of the same document printed it on. A reader that
never updates fields (a previewer, LibreOffice converting to PDF) shows this list; Word
recomputes it on opening (``updateFields`` in settings.xml, the field marked dirty). When the PDF
pagination cannot be had (no usable fonts), the entries are written without page numbers.
"""

from __future__ import annotations

import base64
import binascii
import copy
import io
import os
import secrets
import struct
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

import docx  # python-docx: absolute imports mean this module never shadows it
from docx.document import Document as WordDocument
from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph
from lxml import etree

from jxdeclare.domain.document.category_tags import category_tags
from jxdeclare.drafting.docx_properties import set_custom_properties

from ..domain.document.model import Document
from .docx_page import cover_head, number_pages, running_heads, strip_grid, write_cover
from .docx_styles import INDENT_PT, SMALL_PT, TEXT_WIDTH, Styles, set_up
from .docx_table import table_element, width_of
from .docx_xml import (
    PPR_ORDER,
    add_field,
    add_text,
    border,
    el,
    end_field,
    outline_level,
    put,
    start_field,
)
from .fonts import FontNotFound
from .layout import (
    WHERE_LEAD,
    FigureItem,
    FormulaLine,
    Heading,
    Item,
    Layout,
    ListItem,
    NoteLine,
    Para,
    SectionTitle,
    TableItem,
    TermName,
    plan,
)
from .pdf import PdfResult, render_pdf
from .readiness import NotFinal, final_blockers

TOC_FIELD = 'TOC \\o "1-2" \\h \\z \\u'
TOC_PLACEHOLDER = "右键更新域以生成目次"
NO_IMAGE = "〔此处插入图片〕"
EMU_PER_TWIP = 635
MAX_FIGURE_HEIGHT = 180 * 36000  # EMU (180 mm): leaves room for the caption on the page


def render_docx(
    document: Document,
    out: Path,
    *,
    final: bool = False,
    note: str = "",
    pagination: PdfResult | None = None,
) -> None:
    """Write ``document`` to ``out``; ``final=True`` refuses drafts that still have gaps.

    Raises :class:`NotFinal` (and writes nothing) when a final output is asked of a draft with
    placeholders or broken links. Without ``final`` every page header says 草稿.
    ``pagination``: what rendering the same document as PDF returned, when the caller has just
    done so; otherwise the document is laid out as PDF here for the 目次's page numbers.
    """
    if final and (problems := final_blockers(document)):
        raise NotFinal(problems)
    layout = plan(document)
    pages = toc_pages(layout, pagination or _pdf_pagination(document, final))
    _save(_Writer(document, draft=not final, note=note).build(layout, pages), Path(out))


def _pdf_pagination(document: Document, final: bool) -> PdfResult | None:
    """The PDF rendering's pages, or None where there is no font to lay the PDF out with."""
    with TemporaryDirectory(prefix="jxdeclare-pages-") as folder:
        try:
            return render_pdf(document, Path(folder) / "pages.pdf", final=final)
        except FontNotFound:
            return None


def toc_pages(layout: Layout, pagination: PdfResult | None) -> list[str]:
    """The page number of each 目次 entry, "" for all when the PDF's 目次 differs from ours."""
    entries = [text for _level, text in layout.toc]
    if pagination is None or [text for text, _page in pagination.toc] != entries:
        return [""] * len(entries)
    return pagination.toc_pages()


def _save(word: WordDocument, out: Path) -> None:
    """Save beside the target, then swap it in: a crash never leaves half a file under the name."""
    temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("xb") as handle:
            word.save(handle)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)


class _Writer:
    def __init__(self, document: Document, draft: bool, note: str = "") -> None:
        self.source = document
        self.draft, self.footer_note = draft, note
        self.word = docx.Document()
        self.styles: Styles = set_up(self.word)
        self.end = self.word.element.body.sectPr  # new content goes before the last sectPr

    def build(self, layout: Layout, pages: Sequence[str]) -> WordDocument:
        write_cover(self.source.cover, self.paragraph, self.styles.cover)
        strip_grid(self.break_section(fresh=True))
        self.toc(layout.toc, pages)
        for item in layout.items:
            if isinstance(item, Heading) and item.starts_body:
                self.break_section()
                self.text(self.styles.doc_title, self.source.cover.title)
            self.item(item)
        self.end_line()
        self.finish()
        return self.word

    def finish(self) -> None:
        sections = self.word.sections
        if self.draft:
            cover_head(sections[0])
        running_heads(sections[1], self.source.cover.number, self.draft, self.footer_note)
        number_pages(sections[1], "upperRoman")
        if len(sections) > 2:
            number_pages(sections[2], "decimal")
        core = self.word.core_properties
        cover = self.source.cover
        core.title, core.subject = cover.title, cover.number
        core.author = core.last_modified_by = cover.publisher_name
        core.language, core.revision = "zh-CN", 1
        core.created = core.modified = datetime.now(UTC)
        core.comments = core.keywords = ""
        set_custom_properties(self.word, category_tags(self.source))

    # -- building blocks ------------------------------------------------------------------

    def paragraph(self, style: str) -> etree._Element:
        p = OxmlElement("w:p")
        if style != self.styles.body:
            p.get_or_add_pPr().style = style
        self.end.addprevious(p)
        return p

    def text(self, style: str, text: str) -> etree._Element:
        p = self.paragraph(style)
        add_text(p, text)
        return p

    def break_section(self, fresh: bool = False) -> etree._Element:
        """End the current section here; the next content starts a new page."""
        last = self.end.getprevious()
        if fresh or last is None or etree.QName(last).localname != "p":
            last = self.paragraph(self.styles.body)
        section = copy.deepcopy(self.end)
        put(last.get_or_add_pPr(), section, PPR_ORDER)
        return section

    def end_line(self) -> None:
        """GB/T 1.1's 终结线: a short rule, centred under the last element of the document."""
        p = self.paragraph(self.styles.body)
        ppr = p.get_or_add_pPr()
        margin = TEXT_WIDTH * 3 // 8
        borders = el("pBdr")
        borders.append(border("bottom", 12))
        put(ppr, borders, PPR_ORDER)
        put(ppr, el("spacing", before=480), PPR_ORDER)
        put(ppr, el("ind", left=margin, right=margin, firstLine=0), PPR_ORDER)

    def toc(self, entries: list[tuple[int, str]], pages: Sequence[str]) -> None:
        """目次: the TOC field, its result one paragraph per entry ("1　范围", tab, page)."""
        self.text(self.styles.section, "目次")
        if not entries:
            p = self.paragraph(self.styles.body)
            put(p.get_or_add_pPr(), el("ind", firstLine=0), PPR_ORDER)
            add_field(p, TOC_FIELD, TOC_PLACEHOLDER)
            return
        lines = []
        for (level, text), page in zip(entries, pages, strict=True):
            p = self.paragraph(self.styles.toc(level))
            tabs = el("tabs")
            tabs.append(el("tab", val="right", leader="dot", pos=TEXT_WIDTH))
            put(p.get_or_add_pPr(), tabs, PPR_ORDER)
            if not lines:
                start_field(p, TOC_FIELD)
            add_text(p, f"{text}\t{page}" if page else text)
            lines.append(p)
        end_field(lines[-1])

    # -- layout items ---------------------------------------------------------------------

    def item(self, item: Item) -> None:
        if isinstance(item, Heading):
            self.heading(item)
        elif isinstance(item, SectionTitle):
            self.section_title(item)
        elif isinstance(item, Para):
            self.para(item)
        elif isinstance(item, TermName):
            self.text(self.styles.term, item.text)
        elif isinstance(item, ListItem):
            gap = "" if item.label.startswith("—") else "\t"  # a dash runs straight into the text
            self.text(self.styles.list, f"{item.label}{gap}{item.text}")
        elif isinstance(item, NoteLine):
            self.note(item)
        elif isinstance(item, FormulaLine):
            self.formula(item)
        elif isinstance(item, FigureItem):
            self.figure(item)
        elif isinstance(item, TableItem):
            self.text(self.styles.table_title, item.title)
            self.end.addprevious(table_element(item, self.styles))

    def heading(self, item: Heading) -> None:
        if not item.toc:  # a term entry's number: not a clause, so not in the TOC either
            self.text(self.styles.term_number, item.text)
            return
        self.text(self.styles.heading(item.level), item.text)

    def section_title(self, item: SectionTitle) -> None:
        style = self.styles.annex if len(item.lines) > 1 else self.styles.section
        # One paragraph with line breaks: the TOC field joins the lines into a single entry.
        p = self.text(style, "\n".join(item.lines))
        if item.new_page:
            put(p.get_or_add_pPr(), el("pageBreakBefore"), PPR_ORDER)
        if item.toc_text:
            outline_level(p, 1)

    def para(self, item: Para) -> None:
        p = self.paragraph(self.styles.body)
        if item.number:  # an untitled clause: its number in 黑体 at the margin
            put(p.get_or_add_pPr(), el("ind", firstLine=0), PPR_ORDER)
            add_text(p, f"{item.number}\u3000", [el("rStyle", val=self.styles.number_run)])
        add_text(p, item.text)

    def note(self, item: NoteLine) -> None:
        # Hanging by the label's width, so continuation lines align with the note's text.
        hang = round(width_of(item.label) * SMALL_PT * 10)
        p = self.text(self.styles.note, item.label + item.text)
        left = INDENT_PT * 20 + hang
        put(p.get_or_add_pPr(), el("ind", left=left, hanging=hang), PPR_ORDER)

    def formula(self, item: FormulaLine) -> None:
        p = self.text(self.styles.formula, f"\t{item.expression}\t{item.number}")
        tabs = el("tabs")
        tabs.append(el("tab", val="center", pos=TEXT_WIDTH // 2))
        tabs.append(el("tab", val="right", pos=TEXT_WIDTH))
        put(p.get_or_add_pPr(), tabs, PPR_ORDER)
        if item.where:
            self.text(self.styles.body, WHERE_LEAD)
            for line in item.where:
                self.text(self.styles.where, line)

    def figure(self, item: FigureItem) -> None:
        p = self.paragraph(self.styles.figure)
        if not self.picture(p, item.image_png_base64):
            add_text(p, NO_IMAGE)
        self.text(self.styles.figure_title, f"{item.label}\u3000{item.caption}".strip())

    def picture(self, p: etree._Element, encoded: str) -> bool:
        try:
            data = base64.b64decode(encoded, validate=True) if encoded else b""
            if not data:
                return False
            shape = Paragraph(p, self.word).add_run().add_picture(io.BytesIO(data))
        except (binascii.Error, InvalidImageStreamError, UnexpectedEndOfFileError,
                UnrecognizedImageError, struct.error):  # fmt: skip
            return False  # a damaged image must not cost the enterprise its whole document
        scale = min(1.0, TEXT_WIDTH * EMU_PER_TWIP / shape.width, MAX_FIGURE_HEIGHT / shape.height)
        if scale < 1:
            shape.width, shape.height = round(shape.width * scale), round(shape.height * scale)
        return True


__all__ = ["TOC_FIELD", "TOC_PLACEHOLDER", "render_docx", "toc_pages"]
