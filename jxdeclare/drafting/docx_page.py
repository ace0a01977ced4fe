"""The cover page, running headers and footers, and page numbering of the Word output."""

from __future__ import annotations

import math
from collections.abc import Callable

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.section import Section, _Footer, _Header
from lxml import etree

from ..domain.document.model import Cover
from .docx_styles import BODY_PT, HEI, LATIN, SONG, TEXT_WIDTH, TWIPS_PER_MM
from .docx_xml import PPR_ORDER, SECT_ORDER, add_field, add_text, border, el, put, set_fonts
from .layout import cover_text

DRAFT_MARK = "草稿"
TEXT_WIDTH_PT = TEXT_WIDTH / 20
NAME_PT = 26  # 一号, shrunk for long enterprise names so "…企业标准" stays on one line
PUBLISHER_PT = 16  # 三号, likewise
DATES_Y_MM, PUBLISHER_Y_MM = 240, 255  # where the bottom block of a standard's cover sits

AddParagraph = Callable[[str], etree._Element]  # style id → new body paragraph


def write_cover(cover: Cover, add: AddParagraph, style: str) -> None:
    """GB/T 1.1 cover of an enterprise standard; the dates and publisher sit at fixed heights."""

    def line(text: str, size: float, align: str, *, font: str = HEI, before: float = 0,
             bold: bool = False) -> etree._Element:  # fmt: skip
        p = add(style)
        ppr = p.get_or_add_pPr()
        put(ppr, el("spacing", before=round(before * 20), after=0), PPR_ORDER)
        put(ppr, el("jc", val=align), PPR_ORDER)
        props = _run_props(font, size, bold)
        add_text(p, text, props)
        return p

    text = cover_text(cover)
    for code in (*text.codes, "", "")[:2]:  # two lines whether or not the codes are given
        line(code, 10.5, "left")
    line(text.code, 26, "right", before=6, bold=True)
    line(text.heading, _fit(text.heading, NAME_PT), "center", before=30)
    line(text.number, 14, "right", before=30)
    if text.replaces:
        line(text.replaces, 10.5, "right", font=SONG, before=4)
    rule = line("", 2, "left", before=4)
    put(rule.get_or_add_pPr(), _borders("bottom"), PPR_ORDER)
    line(text.title, 26, "center", before=130)
    if text.title_en:
        line(text.title_en, 14, "center", font=LATIN, before=18)
    dates = line(f"{text.published}\t{text.implemented}", 14, "left")
    ppr = dates.get_or_add_pPr()
    put(ppr, _frame(DATES_Y_MM), PPR_ORDER)
    put(ppr, _borders("top"), PPR_ORDER)
    tabs = el("tabs")
    tabs.append(el("tab", val="right", pos=TEXT_WIDTH))
    put(ppr, tabs, PPR_ORDER)
    publisher = line(text.publisher, _fit(text.publisher, PUBLISHER_PT), "center")
    put(publisher.get_or_add_pPr(), _frame(PUBLISHER_Y_MM), PPR_ORDER)


def _fit(text: str, largest: float) -> float:
    """The largest size up to ``largest`` that keeps ``text`` on one line (CJK: 1 em each)."""
    return min(largest, math.floor(TEXT_WIDTH_PT / max(len(text), 1)))


def _run_props(font: str, size: float, bold: bool = False) -> list[etree._Element]:
    holder = el("rPr")
    set_fonts(holder, LATIN if font in (LATIN, SONG) else font, SONG if font == LATIN else font)
    props = [*holder, el("sz", val=round(size * 2)), el("szCs", val=round(size * 2))]
    return [el("b"), *props] if bold else props


def _frame(y_mm: float) -> etree._Element:
    """A frame pinned to the page, so a long title never pushes the dates off the cover."""
    return el("framePr", w=TEXT_WIDTH, wrap="around", vAnchor="page", hAnchor="margin",
              xAlign="center", y=round(y_mm * TWIPS_PER_MM))  # fmt: skip


def _borders(side: str) -> etree._Element:
    borders = el("pBdr")
    borders.append(border(side, 12))
    return borders


def number_pages(section: Section, fmt: str) -> None:
    """Restart page numbers at 1 in ``fmt`` (upperRoman for 目次/前言, decimal for the body)."""
    put(section._sectPr, el("pgNumType", fmt=fmt, start=1), SECT_ORDER)


def running_heads(section: Section, number: str, draft: bool, note: str = "") -> None:
    """Standard number in the header, page number in the footer, outer side of each page.

    ``note`` (e.g. that the limits came from an unsigned data pack) goes into every footer.
    """
    pairs = ((section.header, section.footer, "right"),
             (section.even_page_header, section.even_page_footer, "left"))  # fmt: skip
    for header, footer, align in pairs:
        p = _fresh(header, align)
        if draft:
            add_text(p, DRAFT_MARK + "\u3000", _draft_props())
        add_text(p, number)
        foot = _fresh(footer, align)
        add_field(foot, "PAGE", "1")
        if note:
            add_text(foot, "\u3000" + note, [el("sz", val=14)])


def cover_head(section: Section) -> None:
    """Only drafts have a header on the cover: the draft mark, so no copy passes as final."""
    add_text(_fresh(section.header, "right"), DRAFT_MARK, _draft_props())


def _fresh(part: _Header | _Footer, align: str) -> etree._Element:
    part.is_linked_to_previous = False
    paragraph = part.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    return paragraph._p


def _draft_props() -> list[etree._Element]:
    return [
        el("b"),
        el("color", val="C00000"),
        el("sz", val=round(BODY_PT * 2)),
    ]  # above the 9 pt header


def strip_grid(sect: etree._Element) -> None:
    """The cover is laid out by exact spacing, not by the body's line grid."""
    grid = sect.find(qn("w:docGrid"))
    if grid is not None and grid.get(qn("w:type")) is not None:
        del grid.attrib[qn("w:type")]
