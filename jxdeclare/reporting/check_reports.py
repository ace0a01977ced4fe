"""A check's findings as Excel, PDF (report) and Word (修改意见表, the table reviewers fill in).

All three carry the file checked, the date the status was judged on and the data pack used —
marked when the pack is unsigned — so a printed copy says what it was based on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jxdeclare.checks.bases import basis
from jxdeclare.checks.registry import SEVERITY_LABELS as SEVERITY
from jxdeclare.checks.registry import Finding
from jxdeclare.checks.run import CheckReport
from jxdeclare.reporting.atomic import atomic_write as _atomic

COLUMNS = ("序号", "规则", "严重程度", "类别", "位置", "问题", "修改建议", "依据")
REVIEW_COLUMNS = ("序号", "章条编号", "意见内容", "依据", "处理意见")


@dataclass(frozen=True)
class Checked:
    name: str  # the file or standard checked, as shown in the report
    report: CheckReport


_DIMENSIONS = {"合法性": 0, "完整性": 1, "规范性": 2}
_SEVERITIES = {"error": 0, "warning": 1, "info": 2}


def rows(finding_list: Sequence[Finding]) -> list[tuple[str, ...]]:
    """The findings grouped as the spot checks read them: 合法性, 完整性, 规范性; errors first."""
    finding_list = sorted(finding_list, key=lambda f: (
        _DIMENSIONS[f.category.value], _SEVERITIES[f.severity.value], f.rule))  # fmt: skip
    return [
        (str(i), f.rule, SEVERITY[f.severity.value], f.category.value, f.location.label,
         f.message + (f"（已忽略：{f.suppressed}）" if f.suppressed else ""), f.suggestion,
         basis(f))
        for i, f in enumerate(finding_list, start=1)
    ]  # fmt: skip


def header_lines(item: Checked) -> list[str]:
    report = item.report
    lines = [f"检查对象：{item.name}", f"状态判断日期：{report.as_of.isoformat()}",
             f"数据包：{report.pack or '无（未检查引用状态和限量）'}"]  # fmt: skip
    counts = {s: sum(1 for f in report.findings if f.severity.value == s) for s in SEVERITY}
    lines.append("结果：" + "，".join(f"{SEVERITY[s]} {n} 项" for s, n in counts.items()))
    dimensions = {d: sum(1 for f in report.rectification if f.category == d) for d in _DIMENSIONS}
    lines.append(f"抽查结论：{report.verdict}（待整改：" + "，".join(
        f"{d} {n} 项" for d, n in dimensions.items()) + "）")  # fmt: skip
    if report.category:
        lines.append(f"产品类别：{report.category['label']}")
    lines += [f"未运行：{rule_id}（{why}）" for rule_id, why in report.not_run.items()]
    return lines


def write_xlsx(items: Sequence[Checked], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "检查结果"
    for item in items:
        for line in header_lines(item):
            sheet.append([line])
        sheet.append(list(COLUMNS))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows(item.report.findings):
            sheet.append(list(row))
        sheet.append([])
    for column, width in zip("ABCDEFGH", (6, 8, 9, 8, 14, 60, 40, 24), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _atomic(out, lambda tmp: book.save(tmp))


def write_review_docx(items: Sequence[Checked], out: Path) -> None:
    """修改意见表: 序号 | 章条编号 | 意见内容 | 依据 | 处理意见 (left empty for the drafter)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.name = "SimSun"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    title = word.add_paragraph("修改意见表")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].bold = True
    for item in items:
        for line in header_lines(item):
            word.add_paragraph(line)
        table = word.add_table(rows=1, cols=len(REVIEW_COLUMNS))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, REVIEW_COLUMNS, strict=True):
            cell.text = text
        for i, f in enumerate(item.report.findings, start=1):
            values = (str(i), f.location.label, f"{f.message}（{f.suggestion}）", basis(f), "")
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
        word.add_paragraph("")
    _atomic(out, lambda tmp: word.save(str(tmp)))


def write_pdf(items: Sequence[Checked], out: Path) -> None:
    """检查报告: landscape A4, "第 N 页 共 M 页" at the foot of every page, no page left blank."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from jxdeclare.drafting.fonts import find_fonts
    from jxdeclare.drafting.pdf_styles import register

    fonts = find_fonts()
    body, head = register(fonts.body), register(fonts.heading)
    text = ParagraphStyle("jx-report", fontName=body, fontSize=9, leading=12, wordWrap="CJK")
    bold = ParagraphStyle("jx-report-head", parent=text, fontName=head)
    title = ParagraphStyle("jx-report-title", parent=bold, fontSize=16, leading=22, alignment=1,
                           spaceAfter=4 * mm)  # fmt: skip
    # Gaps are space before a flowable, which a frame drops at the top of a page; a trailing
    # Spacer would instead open a page of its own when the last table ends near the bottom.
    first_line = ParagraphStyle("jx-report-first", parent=text, spaceBefore=6 * mm)
    story: list = [Paragraph("标准检查报告", title)]
    for n, item in enumerate(items):
        lines = header_lines(item)
        summary = [Paragraph(_escape(line), first_line if n and not i else text)
                   for i, line in enumerate(lines)]  # fmt: skip
        data = [[Paragraph(c, bold) for c in COLUMNS]]
        data += [[Paragraph(_escape(c), text) for c in row] for row in rows(item.report.findings)]
        widths = [w * mm for w in (10, 14, 16, 14, 24, 78, 60, 52)]  # 268 of the 273 mm
        table = Table(data, colWidths=widths, repeatRows=1, spaceBefore=2 * mm)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        if n:  # a file's summary never ends a page alone: it starts where its first row fits too
            need = _height([*summary, Table(data[:2], colWidths=widths)], sum(widths))
            story.append(CondPageBreak(need + 8 * mm))  # and the space before both
        story += [*summary, table]
    page = landscape(A4)

    def build(tmp: Path) -> None:
        SimpleDocTemplate(str(tmp), pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm,
                          topMargin=12 * mm, bottomMargin=16 * mm, title="标准检查报告",
                          initialFontName=body,
                          ).build(story, canvasmaker=_numbered_canvas(body))  # fmt: skip

    _atomic(out, build)


def page_label(page: int, total: int) -> str:
    return f"第 {page} 页 共 {total} 页"


def _numbered_canvas(font: str) -> type:
    """A canvas that holds its pages back until the total is known, then numbers each one."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(font, 9)
                self.drawCentredString(width / 2, 8 * mm, page_label(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] for f in flowables)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


WRITERS: dict[str, Callable[[Sequence[Checked], Path], None]] = {
    ".xlsx": write_xlsx, ".docx": write_review_docx, ".pdf": write_pdf,
}  # fmt: skip
