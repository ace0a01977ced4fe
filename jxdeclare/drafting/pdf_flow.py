"""Layout items → reportlab flowables: numbers and wording come from the plan, this sets type."""

from __future__ import annotations

import base64
import binascii
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

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
)
from .pdf_styles import BODY_SIZE, SMALL_SIZE, Markup, Styles
from .pdf_table import table_flowable
from .pdf_toc import Book, TocEntry


def spaced(title: str) -> str:
    """ "前言" → "前　　言": two-character titles are spread as in printed standards."""
    return f"{title[0]}\u3000\u3000{title[1]}" if len(title) == 2 else title


class Anchor(Paragraph):
    """A heading listed in the 目次: the document template records the page it lands on."""

    toc_index: int | None = None

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        for number, part in enumerate(parts):  # only the first part marks the heading's page
            part.toc_index = self.toc_index if number == 0 else None  # type: ignore[attr-defined]
        return parts


class FlowBuilder:
    def __init__(self, layout: Layout, title: str, st: Styles, markup: Markup, width: float):
        self.layout, self.title, self.st, self.markup, self.width = (
            layout, title, st, markup, width,
        )  # fmt: skip
        self._toc_next = 0

    def flowables(self, book: Book) -> list[Flowable]:
        out: list[Flowable] = [NextPageTemplate("front"), PageBreak()]  # leave the cover
        out.append(Paragraph(self.markup(spaced("目次"), heading=True), self.st.title))
        out += [
            TocEntry(i, level, text, self.st.body_font, BODY_SIZE, book)
            for i, (level, text) in enumerate(self.layout.toc)
        ]
        for item in self.layout.items:
            out += self.item(item)
        out.append(end_line())
        return out

    def toc_index(self, text: str) -> int | None:
        """The 目次 entry this heading fulfils (entries are in document order)."""
        toc = self.layout.toc
        if self._toc_next < len(toc) and toc[self._toc_next][1] == text:
            self._toc_next += 1
            return self._toc_next - 1
        return None

    def item(self, item: Item) -> list[Flowable]:
        if isinstance(item, SectionTitle):
            return self.section(item)
        if isinstance(item, Heading):
            return self.heading(item)
        if isinstance(item, Para):
            return [self.para(item)]
        if isinstance(item, TermName):
            return [Paragraph(self.markup(item.text, heading=True), self.st.term)]
        if isinstance(item, ListItem):
            return [self.labelled(item.label, item.text, small=False)]
        if isinstance(item, NoteLine):
            return [self.labelled(item.label, item.text, small=True)]
        if isinstance(item, FormulaLine):
            return self.formula(item)
        if isinstance(item, FigureItem):
            return [self.figure(item)]
        if isinstance(item, TableItem):
            return [table_flowable(item, self.st, self.markup, self.width)]
        raise TypeError(f"unknown layout item {type(item).__name__}")

    def anchored(self, text: str, style: ParagraphStyle, toc_text: str) -> Paragraph:
        para = Anchor(text, style)
        para.toc_index = self.toc_index(toc_text)
        return para

    def section(self, item: SectionTitle) -> list[Flowable]:
        out: list[Flowable] = [PageBreak()] if item.new_page else []
        if len(item.lines) == 1:
            title = self.markup(spaced(item.lines[0]), heading=True)
            return [*out, self.anchored(title, self.st.title, item.toc_text)]
        first, *rest = (self.markup(line, heading=True) for line in item.lines)
        out.append(self.anchored(first, self.st.annex, item.toc_text))
        out += [Paragraph(line, self.st.annex) for line in rest]
        return [*out, Spacer(1, BODY_SIZE)]

    def heading(self, item: Heading) -> list[Flowable]:
        out: list[Flowable] = []
        if item.starts_body:
            # The body starts on a new page numbered 1, under the standard's name.
            out += [NextPageTemplate("body"), PageBreak()]
            out.append(Paragraph(self.markup(self.title, heading=True), self.st.doc_title))
        text = self.markup(item.text, heading=True)
        if item.toc:
            out.append(self.anchored(text, self.st.heading, item.text))
        else:
            out.append(Paragraph(text, self.st.heading))
        return out

    def para(self, item: Para) -> Paragraph:
        if item.number:
            number = f'<font name="{self.st.heading_font}">{self.markup(item.number)}</font>'
            return Paragraph(number + self.markup("\u3000" + item.text), self.st.plain)
        return Paragraph(self.markup(item.text), self.st.body)

    def labelled(self, label: str, text: str, small: bool) -> Paragraph:
        size = SMALL_SIZE if small else BODY_SIZE
        # Full-width labels ("——", "注：") carry their own space; "a)" needs a little.
        gap = 0.0 if label[-1:] in "：—" else size * 0.5
        width = stringWidth(label, self.st.body_font, size) + gap
        return Paragraph(self.markup(text), self.st.hanging(width, small), bulletText=label)

    def formula(self, item: FormulaLine) -> list[Flowable]:
        side = self.width * 0.12
        expression = Paragraph(self.markup(item.expression), self.st.formula)
        grid = Table([["", expression, item.number]], colWidths=[side, self.width - 2 * side, side])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("FONT", (0, 0), (-1, -1), self.st.body_font, BODY_SIZE),
                                  ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                                  ("RIGHTPADDING", (2, 0), (2, 0), 0)]))  # fmt: skip
        out: list[Flowable] = [grid]
        if item.where:
            out.append(Paragraph(WHERE_LEAD, self.st.plain))
            out += [Paragraph(self.markup(line), self.st.where) for line in item.where]
        return [KeepTogether(out)]

    def figure(self, item: FigureItem) -> Flowable:
        title = f"{item.label}\u3000{item.caption}"
        caption = Paragraph(self.markup(title, heading=True), self.st.caption)
        return KeepTogether([self.image(item.image_png_base64), caption])

    def image(self, data: str) -> Flowable:
        try:
            raw = base64.b64decode(data, validate=True)
            width, height = ImageReader(BytesIO(raw)).getSize()
        except (binascii.Error, OSError, ValueError):
            return self.missing_image("（图片缺失或无法读取）" if data else "（尚无图片）")
        # 96 dpi is what screenshots and editors assume; never wider than 80 % of the text.
        scale = min(0.75, self.width * 0.8 / width)
        return Image(BytesIO(raw), width=width * scale, height=height * scale)

    def missing_image(self, text: str) -> Flowable:
        box = Table([[Paragraph(text, self.st.formula)]], colWidths=[self.width * 0.6],
                    rowHeights=[40 * mm])  # fmt: skip
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "grey"),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
        return box


def end_line() -> Flowable:
    """GB/T 1.1's 终结线: a short centred rule after the last element of the document."""
    return HRFlowable(width="25%", thickness=0.8, color="black", spaceBefore=24, hAlign="CENTER")
