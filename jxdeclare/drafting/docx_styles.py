"""Page set-up and paragraph styles of the Word output (GB/T 1.1-2020 typesetting practice).

Every recurring format is a named style, not direct formatting, so that an enterprise editing
the file in Word gets consistent new paragraphs and one place to change a font.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle
from lxml import etree

from .docx_xml import PPR_ORDER, RPR_ORDER, SECT_ORDER, el, put, set_fonts

SONG, HEI, LATIN = "宋体", "黑体", "Times New Roman"
BODY_PT = 10.5  # 五号
SMALL_PT = 9  # 小五: notes, table text, header and footer
INDENT_PT = 21  # two characters of body text

TWIPS_PER_MM = 1440 / 25.4
PAGE_MM = (210, 297)
MARGIN_MM = {"top": 25, "bottom": 20, "left": 25, "right": 20, "header": 12, "footer": 10}
TEXT_WIDTH = round((PAGE_MM[0] - MARGIN_MM["left"] - MARGIN_MM["right"]) * TWIPS_PER_MM)
LINE_PITCH = 312  # twips: the usual 15.6 pt grid line of a 五号 Chinese document


@dataclass(frozen=True)
class Look:
    """One paragraph style: fonts, size, alignment, indents, spacing (points)."""

    east_asia: str = SONG
    latin: str = LATIN
    size: float = BODY_PT
    align: WD_ALIGN_PARAGRAPH | None = None
    first_line: float | None = 0
    left: float | None = None
    before: float = 0
    after: float = 0
    keep_next: bool = False
    grid: bool = True  # snap to the document grid (off where rows must stay compact)


CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
HEADING = Look(HEI, HEI, align=LEFT, before=7.8, after=7.8, keep_next=True)

# style id → (name shown in Word, look); ids stay ASCII because some Word builds dislike others.
CUSTOM = {
    "JXSectionTitle": ("要素标题", Look(HEI, HEI, 16, CENTER, before=12, after=24)),
    "JXAnnexTitle": ("附录标题", Look(HEI, HEI, align=CENTER, before=12, after=24)),
    "JXDocTitle": ("文件名称", Look(HEI, HEI, 16, CENTER, after=24)),
    "JXList": ("列项", Look(first_line=-INDENT_PT, left=2 * INDENT_PT)),
    "JXNote": ("注", Look(size=SMALL_PT, left=INDENT_PT)),
    "JXFormula": ("公式", Look(align=LEFT, before=4, after=4)),
    "JXWhere": ("式中", Look(left=2 * INDENT_PT)),
    "JXTableTitle": ("表题", Look(HEI, HEI, align=CENTER, before=6, after=4, keep_next=True)),
    "JXFigureTitle": ("图题", Look(HEI, HEI, align=CENTER, before=4, after=6)),
    "JXFigure": ("图", Look(align=CENTER, before=6, keep_next=True, grid=False)),
    "JXCell": ("表格文字", Look(size=SMALL_PT, align=CENTER, grid=False)),
    "JXTermNumber": ("术语条目编号", Look(HEI, HEI, align=LEFT, before=7.8, keep_next=True)),
    "JXTerm": ("术语", Look(HEI, HEI, align=LEFT, keep_next=True)),
    "JXCover": ("封面", Look(align=LEFT, grid=False)),
    "TOC1": ("toc 1", Look()),  # Word's own names, so its 目次 uses them
    "TOC2": ("toc 2", Look(left=INDENT_PT / 2)),
}


@dataclass(frozen=True)
class Styles:
    """Style ids the renderer writes into ``w:pStyle``."""

    body: str = "Normal"
    section: str = "JXSectionTitle"
    annex: str = "JXAnnexTitle"
    doc_title: str = "JXDocTitle"
    list: str = "JXList"
    note: str = "JXNote"
    formula: str = "JXFormula"
    where: str = "JXWhere"
    table_title: str = "JXTableTitle"
    figure_title: str = "JXFigureTitle"
    figure: str = "JXFigure"
    cell: str = "JXCell"
    term_number: str = "JXTermNumber"
    term: str = "JXTerm"
    cover: str = "JXCover"
    number_run: str = "JXNumber"

    @staticmethod
    def heading(level: int) -> str:
        return f"Heading{min(max(level, 1), 6)}"

    @staticmethod
    def toc(level: int) -> str:
        """Word's own 目次 styles: "toc 1" for chapters and unnumbered titles, "toc 2" below."""
        return f"TOC{min(max(level, 1), 2)}"


def set_up(doc: WordDocument) -> Styles:
    """Defaults, page geometry, styles and settings of a fresh python-docx document."""
    _defaults(doc)
    _page(doc.sections[0]._sectPr)
    styles = doc.styles
    _apply(styles["Normal"], Look(align=JUSTIFY, first_line=INDENT_PT))
    for level in range(1, 7):
        _apply(styles[f"Heading {level}"], HEADING, plain=True)
    for name in ("Header", "Footer"):
        _apply(styles[name], Look(size=SMALL_PT, grid=False))
    for style_id, (name, look) in CUSTOM.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = style_id
        style.base_style = styles["Normal"]
        _apply(style, look)
    number = styles.add_style("条编号", WD_STYLE_TYPE.CHARACTER)
    number.style_id = Styles.number_run
    set_fonts(number.element.get_or_add_rPr(), HEI, HEI)
    _settings(doc)
    return Styles()


def _defaults(doc: WordDocument) -> None:
    """Document defaults: explicit Chinese fonts and language, no extra paragraph spacing."""
    root = doc.styles.element
    rpr = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_fonts(rpr, LATIN, SONG)
    put(rpr, el("lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"), RPR_ORDER)
    ppr = root.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
    put(ppr, el("spacing", after=0, line=240, lineRule="auto"), PPR_ORDER)


def _page(sect: etree._Element) -> None:
    """A4 portrait, GB/T 1.1 margins, a Chinese line grid."""
    width, height = (round(mm * TWIPS_PER_MM) for mm in PAGE_MM)
    put(sect, el("pgSz", w=width, h=height), SECT_ORDER)
    margins = {k: round(v * TWIPS_PER_MM) for k, v in MARGIN_MM.items()}
    put(sect, el("pgMar", **margins, gutter=0), SECT_ORDER)
    put(sect, el("docGrid", type="lines", linePitch=LINE_PITCH), SECT_ORDER)


def _apply(style: BaseStyle, look: Look, plain: bool = False) -> None:
    font = style.font
    font.size = Pt(look.size)
    rpr = style.element.get_or_add_rPr()
    if plain:  # the built-in headings are bold, coloured and partly italic
        font.bold = font.italic = False
        font.color.rgb = RGBColor(0, 0, 0)
        for tag in ("bCs", "iCs", "szCs"):
            for found in rpr.findall(qn(f"w:{tag}")):
                rpr.remove(found)
    set_fonts(rpr, look.latin, look.east_asia)
    fmt = style.paragraph_format
    fmt.alignment = look.align
    fmt.first_line_indent = None if look.first_line is None else Pt(look.first_line)
    if look.left is not None:
        fmt.left_indent = Pt(look.left)
    fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
    fmt.keep_with_next = look.keep_next or None
    if not look.grid:
        put(style.element.get_or_add_pPr(), el("snapToGrid", val=0), PPR_ORDER)


def _settings(doc: WordDocument) -> None:
    settings = doc.settings
    # GB/T 1.1 prints the number and page number on the outer side: right on odd, left on even.
    settings.odd_and_even_pages_header_footer = True
    root = settings.element
    update = el("updateFields", val="true")  # Word offers to fill the 目次 when opening
    compat = root.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(update)
    else:
        root.append(update)
    lang = root.find(qn("w:themeFontLang"))
    if lang is not None:  # the template says Japanese; theme fonts then pick Chinese faces
        lang.set(qn("w:eastAsia"), "zh-CN")
    tab = root.find(qn("w:defaultTabStop"))
    if tab is not None:
        tab.set(qn("w:val"), str(INDENT_PT * 20))
