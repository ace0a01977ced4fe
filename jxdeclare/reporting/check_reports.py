"""A check's findings as Excel, PDF (report) and Word (修改意见表, the table reviewers fill in).

All three carry the file checked, the date the status was judged on and the data pack used —
marked when the pack is unsigned — so a printed copy says what it was based on. Each is written
in Chinese, or in English with ``lang="en"`` (the findings' English texts, English headings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jxdeclare.checks.bases import basis
from jxdeclare.checks.language import is_english
from jxdeclare.checks.registry import SEVERITY_LABELS as SEVERITY
from jxdeclare.checks.registry import Category, Finding, Severity
from jxdeclare.checks.run import CheckReport
from jxdeclare.reporting.atomic import atomic_write as _atomic
from jxdeclare.reporting.cells import append_row

COLUMNS = ("序号", "规则", "严重程度", "类别", "位置", "问题", "修改建议", "依据")
REVIEW_COLUMNS = ("序号", "章条编号", "意见内容", "依据", "处理意见")
COLUMNS_EN = ("No.", "Rule", "Severity", "Category", "Location", "Finding", "Suggestion", "Basis")
REVIEW_COLUMNS_EN = ("No.", "Clause", "Comment", "Basis", "Resolution")
# The reports' fixed words: (Chinese, English).
WORDS = {
    "report": ("标准检查报告", "Standard check report"),
    "review": ("修改意见表", "Review comments"),
    "sheet": ("检查结果", "Check results"),
    "checked": ("检查对象：{}", "Checked: {}"),
    "as_of": ("状态判断日期：{}", "Status judged as of: {}"),
    "pack": ("数据包：{}", "Data pack: {}"),
    "no_pack": ("无（未检查引用状态和限量）", "none (reference status and limits not checked)"),
    "result": ("结果：{}", "Result: {}"),
    "count": ("{} {} 项", "{} {}"),
    "verdict": ("抽查结论：{}（待整改：{}）", "Spot-check verdict: {} (to rectify: {})"),
    "category": ("产品类别：{}", "Product category: {}"),
    "not_run": ("未运行：{}（{}）", "Not run: {} ({})"),
    "accepted": ("（已忽略：{}）", " (accepted: {})"),
    "comment": ("{}（{}）", "{} ({})"),
    "page": ("第 {} 页 共 {} 页", "Page {} of {}"),
}  # fmt: skip


def text_in(key: str, lang: str, *values: object) -> str:
    zh, en = WORDS[key]
    return (en if is_english(lang) else zh).format(*values)


@dataclass(frozen=True)
class Checked:
    name: str  # the file or standard checked, as shown in the report
    report: CheckReport


_DIMENSIONS = {"合法性": 0, "完整性": 1, "规范性": 2}
_SEVERITIES = {"error": 0, "warning": 1, "info": 2}


def rows(finding_list: Sequence[Finding], lang: str = "zh") -> list[tuple[str, ...]]:
    """The findings grouped as the spot checks read them: 合法性, 完整性, 规范性; errors first."""
    finding_list = sorted(finding_list, key=lambda f: (
        _DIMENSIONS[f.category.value], _SEVERITIES[f.severity.value], f.rule))  # fmt: skip
    return [
        (str(i), f.rule, f.severity.label_in(lang), f.category.label_in(lang),
         f.location.label_in(lang), f.message_in(lang) + (
             text_in("accepted", lang, f.suppressed_in(lang)) if f.suppressed else ""),
         f.suggestion_in(lang), basis(f, lang))
        for i, f in enumerate(finding_list, start=1)
    ]  # fmt: skip


def header_lines(item: Checked, lang: str = "zh") -> list[str]:
    report = item.report
    lines = [text_in("checked", lang, item.name), text_in("as_of", lang, report.as_of.isoformat()),
             text_in("pack", lang, report.pack_in(lang) or text_in("no_pack", lang))]  # fmt: skip
    comma = ", " if is_english(lang) else "，"
    counts = {s: sum(1 for f in report.findings if f.severity.value == s) for s in SEVERITY}
    severities = [text_in("count", lang, Severity(s).label_in(lang), n) for s, n in counts.items()]
    lines.append(text_in("result", lang, comma.join(severities)))
    dimensions = {d: sum(1 for f in report.rectification if f.category == d) for d in _DIMENSIONS}
    lines.append(text_in("verdict", lang, report.verdict.label_in(lang), comma.join(
        text_in("count", lang, Category(d).label_in(lang), n) for d, n in dimensions.items())))
    if report.category:
        lines.append(text_in("category", lang, report.category["label"]))
    lines += [text_in("not_run", lang, rule, why) for rule, why in report.not_run_in(lang).items()]
    return lines


def write_xlsx(items: Sequence[Checked], out: Path, lang: str = "zh") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = text_in("sheet", lang)
    for item in items:
        for line in header_lines(item, lang):
            append_row(sheet, [line])
        append_row(sheet, COLUMNS_EN if is_english(lang) else COLUMNS)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows(item.report.findings, lang):
            append_row(sheet, row)
        append_row(sheet, [])
    for column, width in zip("ABCDEFGH", (6, 8, 9, 8, 14, 60, 40, 24), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _atomic(out, lambda tmp: book.save(tmp))


def write_review_docx(items: Sequence[Checked], out: Path, lang: str = "zh") -> None:
    """修改意见表: 序号 | 章条编号 | 意见内容 | 依据 | 处理意见 (left empty for the drafter)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.name = "SimSun"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    title = word.add_paragraph(text_in("review", lang))
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].bold = True
    columns = REVIEW_COLUMNS_EN if is_english(lang) else REVIEW_COLUMNS
    for item in items:
        for line in header_lines(item, lang):
            word.add_paragraph(line)
        table = word.add_table(rows=1, cols=len(columns))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, columns, strict=True):
            cell.text = text
        for i, f in enumerate(item.report.findings, start=1):
            comment = text_in("comment", lang, f.message_in(lang), f.suggestion_in(lang))
            values = (str(i), f.location.label_in(lang), comment, basis(f, lang), "")
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
        word.add_paragraph("")
    _atomic(out, lambda tmp: word.save(str(tmp)))


def write_pdf(items: Sequence[Checked], out: Path, lang: str = "zh") -> None:
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
    story: list = [Paragraph(text_in("report", lang), title)]
    for n, item in enumerate(items):
        lines = header_lines(item, lang)
        summary = [Paragraph(_escape(line), first_line if n and not i else text)
                   for i, line in enumerate(lines)]  # fmt: skip
        data = [[Paragraph(c, bold) for c in (COLUMNS_EN if is_english(lang) else COLUMNS)]]
        data += [[Paragraph(_escape(c), text) for c in row]
                 for row in rows(item.report.findings, lang)]  # fmt: skip
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
                          topMargin=12 * mm, bottomMargin=16 * mm, title=text_in("report", lang),
                          initialFontName=body,
                          ).build(story, canvasmaker=_numbered_canvas(body, lang))  # fmt: skip

    _atomic(out, build)


def page_label(page: int, total: int, lang: str = "zh") -> str:
    return text_in("page", lang, page, total)


def _numbered_canvas(font: str, lang: str = "zh") -> type:
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
                self.drawCentredString(width / 2, 8 * mm, page_label(number, total, lang))
                super().showPage()
            super().save()

    return NumberedCanvas


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] for f in flowables)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


WRITERS: dict[str, Callable[..., None]] = {  # (items, out, lang="zh")
    ".xlsx": write_xlsx, ".docx": write_review_docx, ".pdf": write_pdf,
}  # fmt: skip
