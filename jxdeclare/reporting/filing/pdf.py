"""The 备案 编制说明 as an A4 PDF: title, sections, the comparison table (its header repeated on
every page), placeholders highlighted as in a draft standard. Chinese fonts embedded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jxdeclare.drafting.fonts import FontSet, find_fonts
from jxdeclare.drafting.pdf_styles import Markup, styles
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.filing.explanation import TABLE_COLUMNS, TABLE_TITLE, Explanation

MARGIN = 20 * mm
WIDTHS = (12, 32, 28, 28, 42, 28)  # mm, 170 in all: the A4 text width


def write_explanation_pdf(text: Explanation, out: Path, fonts: FontSet | None = None) -> None:
    """Raises :class:`FontNotFound` (a Chinese message) when no embeddable Chinese font exists."""
    st = styles(fonts or find_fonts())
    m = Markup(st, draft=True)  # draft: the enterprise's {{填写：…}} parts stand out
    centre = ParagraphStyle("jx-filing-centre", parent=st.plain, alignment=1)
    story: list[Any] = [Paragraph(m(text.title, True), st.title)]
    story += [Paragraph(m(line), centre) for line in text.lines]
    story.append(Spacer(1, 6 * mm))
    for section in text.sections:
        story.append(Paragraph(m(section.heading, True), st.heading))
        story += [Paragraph(m(p), st.body) for p in section.paragraphs]
        if section.table:
            story += [Paragraph(m(TABLE_TITLE, True), st.caption), _table(text, st, m),
                      Paragraph(m(text.footnote), st.small)]  # fmt: skip

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=text.title, subject="食品安全企业标准备案 编制说明",
            creator="jxdeclare", lang="zh-CN", initialFontName=st.body_font,
        )  # fmt: skip
        doc.build(story)

    atomic_write(Path(out), build)


def _table(text: Explanation, st: Any, m: Markup) -> Table:
    head = [Paragraph(m(h, True), st.cell_centre) for h in TABLE_COLUMNS]
    body = [[Paragraph(m(cell), st.cell_centre if i in (0, 5) else st.cell)
             for i, cell in enumerate(row)] for row in text.rows]  # fmt: skip
    table = Table([head, *body], colWidths=[w * mm for w in WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
    ]))  # fmt: skip
    return table
