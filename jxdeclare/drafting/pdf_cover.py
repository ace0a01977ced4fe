"""The enterprise standard's cover (GB/T 1.1-2020 封面), drawn at fixed positions on page 1."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ..domain.document.model import Cover
from .layout import CoverText, cover_text
from .pdf_styles import Markup, Styles


class CoverPainter:
    def __init__(self, canv: Canvas, st: Styles, markup: Markup, margins: tuple[float, ...]):
        self.canv, self.st, self.markup = canv, st, markup
        self.left, self.right, self.top, self.bottom = margins
        self.width = self.right - self.left

    def paragraph(self, text: str, y_top: float, size: float, *, heading: bool = True,
                  align: int = TA_CENTER, leading: float = 1.3) -> float:  # fmt: skip
        """Draws text with its top at ``y_top`` across the text width; returns its bottom."""
        style = ParagraphStyle(
            "jx-cover",
            fontName=self.st.heading_font if heading else self.st.body_font,
            fontSize=size,
            leading=size * leading,
            alignment=align,
            wordWrap="CJK",
        )
        para = Paragraph(self.markup(text, heading=heading), style)
        _w, height = para.wrap(self.width, 1000)
        para.drawOn(self.canv, self.left, y_top - height)
        return y_top - height

    def rule(self, y: float) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.line(self.left, y, self.right, y)

    def paint(self, cover: Cover) -> None:
        text = cover_text(cover)
        self.canv.setFont(self.st.heading_font, 10.5)
        for number, line in enumerate(text.codes):
            self.canv.drawString(self.left, self.top - 10.5 - 16 * number, line)
        self.paragraph(text.code, self.top, 28, align=TA_RIGHT)
        y = self.name(cover.enterprise_name, self.top - 42 * mm)
        y = self.paragraph(text.number, y - 8 * mm, 14, align=TA_RIGHT)
        if text.replaces:
            y = self.paragraph(text.replaces, y - 2, 10.5, align=TA_RIGHT)
        self.rule(y - 3 * mm)
        y = self.paragraph(text.title, self.top - 105 * mm, 26, leading=1.4)
        if text.title_en:
            self.paragraph(text.title_en, y - 8 * mm, 14)
        self.footer(text)

    def footer(self, text: CoverText) -> None:
        rule_y = self.bottom + 22 * mm
        canv = self.canv
        canv.setFont(self.st.heading_font, 14)
        dates_y = rule_y + 3 * mm
        canv.drawString(self.left, dates_y, text.published)
        canv.drawRightString(self.right, dates_y, text.implemented)
        self.rule(rule_y)
        self.paragraph(text.publisher, rule_y - 6 * mm, self.fit(text.publisher, 16, 12))

    def name(self, enterprise: str, y_top: float) -> float:
        """ "XXXX有限公司企业标准" on one line; a very long name gets a line of its own."""
        name = f"{enterprise}企业标准"
        size = self.fit(name, 26, 18)
        if stringWidth(name, self.st.heading_font, size) <= self.width:
            return self.paragraph(name, y_top, size, leading=1.2)
        size = self.fit(enterprise, 22, 14)
        y = self.paragraph(enterprise, y_top, size, leading=1.2)
        return self.paragraph("企业标准", y, size, leading=1.2)

    def fit(self, text: str, size: float, smallest: float) -> float:
        """The largest size from ``size`` down to ``smallest`` at which the text fits one line."""
        while size > smallest and stringWidth(text, self.st.heading_font, size) > self.width:
            size -= 1
        return size
