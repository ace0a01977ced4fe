"""The 标准体系表 of an enterprise as one PDF (GB/T 13017-2018), and its diagram as PNG or SVG.

Landscape A4 throughout (the diagram and the 14-column 标准明细表 need the width), Chinese fonts
embedded. In order: title page, 标准体系结构图, 标准明细表, 标准统计表, 编制说明 (draft). Every
page's footer names the data pack the statuses come from, so a printout says what it is based on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.drafting.fonts import FontSet, find_fonts
from jxdeclare.drafting.pdf_styles import Markup, Styles, styles
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.system.content import data_line
from jxdeclare.reporting.system.diagram import (
    branch_diagrams_needed,
    diagram_flowable,
    diagram_png,
    diagram_svg,
)
from jxdeclare.reporting.system.explanation import explanation_paragraphs
from jxdeclare.reporting.system.pdf_tables import CellStyles, detail_table, stats_flowable

PAGE = landscape(A4)
MARGIN = 12 * mm
FOOTER_SIZE = 8.0
READING_INDENT = 35 * mm


def write_diagram(snapshot: SystemSnapshot, out: Path, fonts: FontSet | None = None) -> None:
    """The 标准体系结构图 alone: ``.png`` or ``.svg`` by the file's suffix."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".png":
        diagram_png(snapshot, out, fonts)
    elif suffix == ".svg":
        svg = diagram_svg(snapshot)
        atomic_write(out, lambda tmp: tmp.write_text(svg, encoding="utf-8"))
    else:
        raise ValueError(f"不支持的结构图格式“{out.suffix or '（无扩展名）'}”：请使用 .png 或 .svg")


def write_system_report_pdf(
    snapshot: SystemSnapshot, out: Path, fonts: FontSet | None = None
) -> None:
    """Raises :class:`FontNotFound` (a Chinese message) when no embeddable Chinese font exists."""
    fonts = fonts or find_fonts()
    st = styles(fonts)
    report = _Report(snapshot, fonts, st)
    footer = f"{snapshot.enterprise_name}标准体系表　{data_line(snapshot)}"

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 4 * mm,  # room for the footer
            title=f"{snapshot.enterprise_name}标准体系表",
            subject="企业标准体系表（GB/T 13017—2018）",
            creator="jxdeclare",
            lang="zh-CN",
            initialFontName=st.body_font,  # else every page names Helvetica, never embedded
        )
        doc.build(report.story(doc.width), canvasmaker=_numbered(st.body_font, footer))

    atomic_write(Path(out), build)


class _Report:
    def __init__(self, snapshot: SystemSnapshot, fonts: FontSet, st: Styles) -> None:
        self.snapshot, self.fonts, self.st = snapshot, fonts, st
        self.markup = Markup(st, draft=False)
        self.cells = CellStyles.make(st.body_font, st.heading_font)
        self.big = ParagraphStyle("jx-sys-big", parent=st.title, fontSize=24, leading=36)
        self.centre = ParagraphStyle("jx-sys-centre", parent=st.plain, alignment=TA_CENTER)
        self.note = ParagraphStyle("jx-sys-note", parent=st.small, textColor="#444444")
        # Lines across a landscape page are too long to read: the 编制说明 keeps to a column.
        side = {"leftIndent": READING_INDENT, "rightIndent": READING_INDENT}
        self.para = {
            "heading": ParagraphStyle("jx-sys-h", parent=st.heading, **side),
            "text": ParagraphStyle("jx-sys-text", parent=st.body, **side),
            "item": ParagraphStyle("jx-sys-item", parent=st.plain, **side,
                                   firstLineIndent=2 * st.plain.fontSize),
        }  # fmt: skip

    def story(self, width: float) -> list[Flowable]:
        s, m = self.snapshot, self.markup
        return [
            *self.title_page(),
            PageBreak(),
            *self.diagrams(width),
            PageBreak(),
            self.title("标准明细表"),
            Paragraph(m(data_line(s)), self.note),
            Spacer(1, 2 * mm),
            detail_table(s, self.cells, m, width),
            Spacer(1, 2 * mm),
            Paragraph("注：红色底纹为被代替或废止的标准，需更新为现行标准或停止使用。", self.note),
            PageBreak(),
            self.title("标准统计表"),
            Paragraph(m(data_line(s)), self.note),
            Spacer(1, 2 * mm),
            stats_flowable(s, self.cells, m, width),
            Spacer(1, 10 * mm),
            CondPageBreak(80 * mm),
            self.title("编制说明（草稿）"),
            *self.explanation(),
        ]

    def diagrams(self, width: float) -> list[Flowable]:
        """The whole system; when that is too small to read, the sub-systems alone and then each
        sub-system on a page of its own."""
        s, m = self.snapshot, self.markup
        text = m(data_line(s)) + "；括号内为该分支（含下级）的标准数"
        split = branch_diagrams_needed(s)
        found = [self.title("标准体系结构图"), Paragraph(text, self.note), Spacer(1, 4 * mm),
                 diagram_flowable(s, width, self.fonts, levels=1 if split else None)]  # fmt: skip
        for top in s.tree.children.get(None, []) if split else []:
            found += [PageBreak(), self.title(f"标准体系结构图：{s.tree.code(top.id)} {top.title}"),
                      Paragraph(text, self.note), Spacer(1, 4 * mm),
                      diagram_flowable(s, width, self.fonts, top.id)]  # fmt: skip
        return found

    def title(self, text: str) -> Paragraph:
        return Paragraph(self.markup(text, True), self.st.title)

    def title_page(self) -> list[Flowable]:
        s, m = self.snapshot, self.markup
        lines = [f"统一社会信用代码：{s.uscc}" if s.uscc else "",
                 f"企业代号：{s.enterprise_code}" if s.enterprise_code else "", data_line(s),
                 "标准状态为查询日期时数据包中的状态，使用前请以最新发布信息为准。"]  # fmt: skip
        contents = "内容：标准体系结构图　标准明细表　标准统计表　编制说明（草稿）"
        return [
            Spacer(1, 45 * mm),
            Paragraph(m(f"{s.enterprise_name}企业标准体系", True), self.big),
            Paragraph(m("标准体系表", True), self.st.title),
            Spacer(1, 20 * mm),
            *(Paragraph(m(line), self.centre) for line in lines if line),
            Spacer(1, 10 * mm),
            Paragraph(m(contents), self.centre),
        ]

    def explanation(self) -> list[Flowable]:
        return [Paragraph(self.markup(p.text, p.kind == "heading"), self.para[p.kind])
                for p in explanation_paragraphs(self.snapshot)]  # fmt: skip


def _numbered(font: str, footer: str) -> Callable[..., Canvas]:
    """A canvas that holds its pages back until the end, to print "第 n 页 共 N 页" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self.pages:
                self.__dict__.update(state)
                self.footer(len(self.pages))
                super().showPage()
            super().save()

        def footer(self, total: int) -> None:
            width, _height = PAGE
            self.saveState()
            self.setFont(font, FOOTER_SIZE)
            self.setFillGray(0.3)
            self.drawString(MARGIN, MARGIN - 2 * mm, footer)
            self.drawRightString(width - MARGIN, MARGIN - 2 * mm,
                                 f"第 {self._pageNumber} 页 共 {total} 页")  # fmt: skip
            self.restoreState()

    return NumberedCanvas
