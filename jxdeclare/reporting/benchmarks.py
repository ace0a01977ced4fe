"""A 对标 comparison as PDF (reportlab, the check report's embedded font and page numbers) and
Excel. Both say on top that a benchmark is advice, not a limit, and name every row's source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.domain.benchmarks.compare import OUTCOME_LABELS
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.cells import append_row

if TYPE_CHECKING:
    from jxdeclare.services.benchmarks.comparing import Comparison

TITLE = "对标报告"
COLUMNS = ("序号", "对标集", "档次", "项目", "目标", "本文件", "结论", "差距", "位置", "来源",
           "基准")  # fmt: skip
PRECONDITION_COLUMNS = ("类别", "规则", "位置", "问题")


def header_lines(comparison: Comparison) -> list[str]:
    lines = [f"对标对象：{comparison.name}", f"标准名称：{comparison.title or '（未写名称）'}",
             f"对标日期：{comparison.compared_on.isoformat()}", ADVICE_LINE]  # fmt: skip
    if not comparison.results:
        lines.append("没有适用于该产品的对标集（可指定对标集）。")
    for result in comparison.results:
        reached = result.tier_reached or "未达到任何档次"
        lines.append(f"{result.benchmark.name}（{result.benchmark.kind}）：{reached}")
    count = len(comparison.preconditions)
    found = f"有 {count} 项问题" if count else "未发现问题"
    lines.append(f"参加领跑者评估的前提（格式、引用）：{found}")
    return lines


ADVICE_LINE = "对标集是自愿性目标，不是强制性限量：结果不影响检查结论。"


def rows(comparison: Comparison) -> list[tuple[str, ...]]:
    found = []
    for result in comparison.results:
        for r in result.rows:
            found.append((
                str(len(found) + 1), result.benchmark.name, r.target.tier, r.target.item,
                r.target.target_text(), r.value or "—", OUTCOME_LABELS[r.outcome.value],
                r.gap or "", r.stated.where if r.stated else "",
                " ".join(p for p in (r.target.source, r.target.source_date) if p),
                r.target.baseline,
            ))  # fmt: skip
    return found


def precondition_rows(comparison: Comparison) -> list[tuple[str, ...]]:
    return [(kind, f.rule, f.location.label, f.message) for kind, f in comparison.preconditions]


def write_xlsx(comparison: Comparison, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "对标结果"
    for line in header_lines(comparison):
        append_row(sheet, [line])
    append_row(sheet, COLUMNS)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in rows(comparison):
        append_row(sheet, row)
    for column, width in zip("ABCDEFGHIJK", (6, 30, 12, 16, 14, 16, 9, 12, 12, 34, 30),
                             strict=True):  # fmt: skip
        sheet.column_dimensions[column].width = width
    pre = book.create_sheet("评估前提")
    append_row(pre, PRECONDITION_COLUMNS)
    for cell in pre[1]:
        cell.font = Font(bold=True)
    for row in precondition_rows(comparison):
        append_row(pre, row)
    for column, width in zip("ABCD", (8, 8, 14, 80), strict=True):
        pre.column_dimensions[column].width = width
    for ws in (sheet, pre):
        for line in ws.iter_rows():
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    atomic_write(out, lambda tmp: book.save(tmp))


def write_pdf(comparison: Comparison, out: Path) -> None:
    """Landscape A4, "第 N 页 共 M 页" at the foot of every page, the body font embedded."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from jxdeclare.drafting.fonts import find_fonts
    from jxdeclare.drafting.pdf_styles import register
    from jxdeclare.reporting.check_reports import _escape, _numbered_canvas

    fonts = find_fonts()
    body, head = register(fonts.body), register(fonts.heading)
    text = ParagraphStyle("jx-bench", fontName=body, fontSize=9, leading=12, wordWrap="CJK")
    bold = ParagraphStyle("jx-bench-head", parent=text, fontName=head)
    title = ParagraphStyle("jx-bench-title", parent=bold, fontSize=16, leading=22, alignment=1,
                           spaceAfter=4 * mm)  # fmt: skip
    section = ParagraphStyle("jx-bench-section", parent=bold, fontSize=11, leading=16,
                             spaceBefore=5 * mm, spaceAfter=2 * mm)  # fmt: skip
    story: list = [Paragraph(TITLE, title)]
    story += [Paragraph(_escape(line), text) for line in header_lines(comparison)]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "black"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip

    def table(columns: tuple[str, ...], body_rows: list[tuple[str, ...]], widths: tuple) -> Table:
        data = [[Paragraph(c, bold) for c in columns]]
        data += [[Paragraph(_escape(c), text) for c in row] for row in body_rows]
        made = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, spaceBefore=2 * mm)
        made.setStyle(style)
        return made

    story.append(Paragraph("指标对标", section))
    story.append(table(COLUMNS, rows(comparison), (10, 34, 16, 20, 26, 26, 15, 22, 20, 42, 34)))
    story.append(Paragraph("参加领跑者评估的前提：格式和引用问题", section))
    if comparison.preconditions:
        story.append(table(PRECONDITION_COLUMNS, precondition_rows(comparison), (16, 16, 30, 206)))
    else:
        story.append(Paragraph("检查未发现影响参加领跑者评估的格式和引用问题。", text))

    def build(tmp: Path) -> None:
        SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * mm,
                          rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=16 * mm,
                          title=TITLE, initialFontName=body,
                          ).build(story, canvasmaker=_numbered_canvas(body))  # fmt: skip

    atomic_write(out, build)


WRITERS: dict[str, Callable[[Comparison, Path], None]] = {".pdf": write_pdf, ".xlsx": write_xlsx}
