"""The 标准明细表 and the 标准统计表 of the PDF report as reportlab tables.

Cells are paragraphs, so long names wrap inside their column; the header row repeats on every
page; replaced and withdrawn standards are red on a pale red row, so they catch the eye on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from jxdeclare.domain.system.entry import DETAIL_COLUMNS
from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.drafting.pdf_styles import Markup
from jxdeclare.reporting.system.content import ordered_entries, outdated, stats_table

RED, PALE_RED = colors.HexColor("#C00000"), colors.HexColor("#FBE3E3")
AMBER = colors.HexColor("#9C5700")  # 即将实施: worth a look, not wrong
HEAD_FILL, TOTAL_FILL = colors.HexColor("#E8EDF3"), colors.HexColor("#F3F3F3")
CELL_SIZE = 8.0
# Relative widths of DETAIL_COLUMNS: names and replacements get room, codes and dates just enough.
DETAIL_WIDTHS = (8, 15, 26, 28, 46, 8, 11, 17, 17, 14, 30, 17, 14, 22)
CENTRED = {"seq", "level", "mandatory", "published", "implemented", "status", "review_due"}
STATUS_COLUMN = [key for key, _header in DETAIL_COLUMNS].index("status")


@dataclass(frozen=True)
class CellStyles:
    text: ParagraphStyle
    centre: ParagraphStyle
    head: ParagraphStyle
    red: ParagraphStyle
    amber: ParagraphStyle

    @classmethod
    def make(cls, body: str, heading: str) -> CellStyles:
        size = CELL_SIZE
        text = ParagraphStyle(
            "jx-sys-cell", fontName=body, fontSize=size, leading=size * 1.3, wordWrap="CJK"
        )
        centre = ParagraphStyle("jx-sys-cell-c", parent=text, alignment=TA_CENTER)
        return cls(
            text=text,
            centre=centre,
            head=ParagraphStyle("jx-sys-head", parent=centre, fontName=heading),
            red=ParagraphStyle("jx-sys-red", parent=centre, fontName=heading, textColor=RED),
            amber=ParagraphStyle("jx-sys-amber", parent=centre, textColor=AMBER),
        )


def _grid(extra: list[tuple], font: str) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),  # else each cell selects Helvetica, never embedded
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])  # fmt: skip


def detail_table(snapshot: SystemSnapshot, cs: CellStyles, markup: Markup, width: float) -> Table:
    scale = width / sum(DETAIL_WIDTHS)
    data: list[list[Flowable | str]] = [
        [Paragraph(markup(h, True), cs.head) for _k, h in DETAIL_COLUMNS]
    ]
    extra: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]
    for seq, entry in enumerate(ordered_entries(snapshot), start=1):
        values = entry.detail_row(seq)
        row: list[Flowable | str] = [
            Paragraph(markup(values[k]), cs.centre if k in CENTRED else cs.text)
            for k, _h in DETAIL_COLUMNS
        ]
        if outdated(entry):
            row[STATUS_COLUMN] = Paragraph(markup(entry.status, True), cs.red)
            extra.append(("BACKGROUND", (0, seq), (-1, seq), PALE_RED))
        elif entry.status == "即将实施":
            row[STATUS_COLUMN] = Paragraph(markup(entry.status), cs.amber)
        data.append(row)
    if len(data) == 1:
        data.append([Paragraph("（尚未收录标准）", cs.text)] + [""] * (len(DETAIL_COLUMNS) - 1))
        extra.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(data, colWidths=[w * scale for w in DETAIL_WIDTHS], repeatRows=1)
    table.setStyle(_grid(extra, cs.text.fontName))
    return table


def stats_flowable(snapshot: SystemSnapshot, cs: CellStyles, markup: Markup, width: float) -> Table:
    """Two header rows: 按标准类别 over the levels, 按标准状态 over the states."""
    stats = stats_table(snapshot)
    n_levels, n_states = len(stats.levels), len(stats.states)
    first = ["子体系", "按标准类别（项）", *[""] * (n_levels - 1), "合计（项）",
             "按标准状态（项）", *[""] * (n_states - 1)]  # fmt: skip
    second = ["", *stats.levels, "", *stats.states]
    data = [[Paragraph(markup(t, True), cs.head) for t in row] for row in (first, second)]
    for i, (name, *numbers) in enumerate(stats.rows, start=1):
        last = i == len(stats.rows)  # 合计, in bold
        label, number = (cs.head, cs.head) if last else (cs.text, cs.centre)
        data.append([Paragraph(markup(str(name), last), label)]
                    + [Paragraph(str(n), number) for n in numbers])  # fmt: skip
    total_col = 1 + n_levels
    extra: list[tuple] = [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (n_levels, 0)),
        ("SPAN", (total_col, 0), (total_col, 1)), ("SPAN", (total_col + 1, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL), ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
        ("BACKGROUND", (total_col, 2), (total_col, -1), TOTAL_FILL),
    ]  # fmt: skip
    name_w = min(42 * mm, width * 0.3)  # leaves room for "被代替/废止" on one line
    other = (width - name_w) / (n_levels + 1 + n_states)
    table = Table(data, colWidths=[name_w] + [other] * (n_levels + 1 + n_states), repeatRows=2)
    table.setStyle(_grid(extra, cs.text.fontName))
    return table
