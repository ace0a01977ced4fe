"""The printed side of guided entry: data sheet, product rows, receipt, batch summary.

The data sheet lists every entry step in the platform's order (from the field data file), so a
person can type the declaration in by hand and tick each field off; fields whose place or label
no source confirms carry a mark. PDFs embed the Chinese fonts :func:`find_fonts` chooses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.declaration_record import INDICATORS, DeclarationRecord
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.cells import append_row
from jxdeclare.reporting.declarations.fields import (
    EntryStep,
    FormField,
    FormSpec,
    entry_steps,
    load_form,
    record_kind,
)

TITLE = "企业标准自我声明 数据表"
RECEIPT_TITLE = "自我声明公开回执"
UNVERIFIED_MARK = "※"
BOX = "□"
DASH = "—"
INLINE_LINES = 10  # more indicator lines than this are summarised in the steps table
INLINE_CHARS = 900
UNVERIFIED_NOTE = (
    f"{UNVERIFIED_MARK} 该栏的名称、位置或是否存在未经核实（qybz-form.md 标为 U），"
    "请以平台现行表单为准。* 为必填。"
)
# Receipt keys in the order printed; the public id goes by several names across adapters.
RECEIPT_ROWS = (
    ("回执编号", ("receipt_no",)),
    ("公开记录编号", ("declaration_id", "public_id", "public_record_id", "remote_id")),
    ("状态", ("state",)),
    ("接收时间", ("received_at",)),
    ("公开时间", ("published_at",)),
    ("公开网址", ("public_url",)),
)


@dataclass(frozen=True)
class SummaryRow:
    local_id: int
    enterprise: str
    credit_code: str
    standard_number: str
    standard_name: str
    state: str
    remote_id: str
    receipt_no: str
    received_at: str
    published_at: str
    payload_sha256: str
    pdf_sha256: str
    error: str


SUMMARY_COLUMNS = (  # header, width
    ("本地编号", 9),
    ("企业名称", 28),
    ("统一社会信用代码", 21),
    ("标准编号", 22),
    ("标准名称", 24),
    ("状态", 12),
    ("公开记录编号", 16),
    ("回执编号", 16),
    ("接收时间", 20),
    ("公开时间", 20),
    ("内容 SHA-256", 24),
    ("文本 PDF SHA-256", 24),
    ("错误", 40),
)


# ---------------------------------------------------------------- data sheet


def write_data_sheet(
    record: DeclarationRecord,
    out: Path,
    *,
    steps: list[EntryStep] | None = None,
    form: FormSpec | None = None,
) -> None:
    """A4 PDF: header, warning, numbered entry steps with tick boxes, products, indicators."""
    form = form or load_form()
    steps = steps if steps is not None else entry_steps(record, form.fields)
    st = _Styles.make()
    story: list[Any] = [st.para(TITLE, st.title), _spacer(3)]
    story += [_pairs(st, _header_rows(record)), _spacer(3), _warning_box(st, form.warning)]
    story += [_spacer(4), st.para("一、填报步骤（按平台顺序）", st.heading), _spacer(1.5)]
    story += [_steps_table(st, steps), _spacer(1.5), st.para(UNVERIFIED_NOTE, st.small)]
    if form.finish:
        story.append(st.para(form.finish, st.small))
    story += _product_and_indicator_tables(st, record, form.fields)
    footer = (
        f"{record.standard_number} {record.standard_name} · 内容哈希 {record.content_hash()[:16]}"
    )
    _build(out, story, st, TITLE, footer)


def _product_and_indicator_tables(
    st: _Styles, record: DeclarationRecord, fields: Sequence[FormField]
) -> list[Any]:
    columns = product_columns(fields)
    weights = [1.3 if attr == "gtin" else 1.0 for _, attr in columns]  # 13 digits on one line
    widths = (11, *(169 * w / sum(weights) for w in weights))  # the field file decides how many
    headers = ["序号", *(h for h, _ in columns)]
    story = [_section(st, "二、产品", _grid(st, headers, _product_cells(record, fields), widths))]
    if record.indicators:
        note = (
            "全文公开：平台上不填指标表，下表仅供核对。" if record.disclosure != INDICATORS else ""
        )
        headers = ["序号", "指标名称", "要求", "单位", "试验方法", "条款"]
        table = _grid(st, headers, _indicator_cells(record), (11, 39, 40, 18, 54, 18))
        story.append(_section(st, "三、指标", table, note))
    return story


def _section(st: _Styles, title: str, table: Any, note: str = "") -> Any:
    """Heading, note and table kept together, so a heading never ends a page on its own."""
    from reportlab.platypus import KeepTogether

    parts = [_spacer(4), st.para(title, st.heading), _spacer(1.5)]
    parts += [st.para(note, st.small)] if note else []
    return KeepTogether([*parts, table])


def _header_rows(record: DeclarationRecord) -> list[tuple[str, str]]:
    kind = record_kind(record)
    form = "企业标准表单" if kind in ("Q", "") else "采用标准表单（国家/行业/地方/团体标准）"
    return [
        ("企业名称", record.enterprise_name),
        ("统一社会信用代码", record.credit_code),
        ("标准", f"{record.standard_number} {record.standard_name}".strip()),
        ("表单", form),
        ("内容哈希（SHA-256）", record.content_hash()),
        ("标准文本 PDF SHA-256", record.pdf_sha256 or DASH),
    ]


def _steps_table(st: _Styles, steps: list[EntryStep]) -> Any:
    from reportlab.lib import colors

    rows: list[list[Any]] = [
        [st.para(h, st.bold) for h in ("序号", "栏目", "填写内容", "说明", "已填")]
    ]
    commands: list[tuple[Any, ...]] = []
    section = ""
    for number, step in enumerate(steps, start=1):
        heading = _section_of(step)
        if heading != section:
            section = heading
            rows.append([st.para(heading, st.bold), "", "", "", ""])
            row = len(rows) - 1
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#EEEEEE")),
            ]
        rows.append(
            [
                st.para(str(number), st.cell),
                st.para(_label(step), st.cell),
                _value_cell(st, step),
                st.para(step.note, st.small),
                st.para(BOX, st.box),
            ]
        )
    return _table(st, rows, (11, 33, 68, 56, 12), commands)


def _section_of(step: EntryStep) -> str:
    match = re.match(r"products\[(\d+)\]", step.key)
    if match:
        return f"{step.field.section.split('（')[0]} · 产品 {int(match.group(1)) + 1}"
    return step.field.section


def _label(step: EntryStep) -> str:
    mark = f" {UNVERIFIED_MARK}" if step.status == "U" else ""
    return f"{'*' if step.required else ''}{step.label}{mark}"


def _value_cell(st: _Styles, step: EntryStep) -> Any:
    if not step.value and step.required:
        return st.para("（缺少，必填）", st.missing)
    return st.para(_shown(step.value), st.value)


def _shown(value: str) -> str:
    """The value as printed: a table row cannot run over a page, so very long values are cut
    (the full lists follow under 二/三 and in declaration.json)."""
    lines = value.split("\n")
    if len(lines) > INLINE_LINES:
        rest = f"……（共 {len(lines)} 项，全部见下文表格）"
        value = "\n".join([*lines[: INLINE_LINES - 2], rest])
    if len(value) > INLINE_CHARS:
        value = value[:INLINE_CHARS] + "……（全文见 declaration.json）"
    return value


# ---------------------------------------------------------------- products


def product_columns(fields: Sequence[FormField]) -> list[tuple[str, str]]:
    """(header, product attribute) in the platform's order, from the field data file."""
    return [(f.label, (f.value or "").removeprefix("products[].")) for f in fields if f.per_product]


def _product_rows(record: DeclarationRecord, fields: Sequence[FormField]) -> list[list[str]]:
    columns = product_columns(fields)
    return [[str(getattr(p, attr)) for _, attr in columns] for p in record.products]


def _product_cells(record: DeclarationRecord, fields: Sequence[FormField]) -> list[list[str]]:
    return [[str(i), *row] for i, row in enumerate(_product_rows(record, fields), start=1)]


def _indicator_cells(record: DeclarationRecord) -> list[list[str]]:
    return [
        [str(i), x.name, x.requirement, x.unit, x.test_method, x.clause]
        for i, x in enumerate(record.indicators, start=1)
    ]


def write_products_xlsx(record: DeclarationRecord, out: Path) -> None:
    """One row per product, columns as the platform asks for them (step 1, then step 2)."""
    from openpyxl import Workbook

    fields = load_form().fields
    book = Workbook()
    sheet = book.active
    sheet.title = "产品"
    headers = [label for label, _ in product_columns(fields)]
    _fill(sheet, headers, _product_rows(record, fields), [18] * len(headers))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = "@"  # a barcode must stay text, not become 6.90123E+12
    atomic_write(out, lambda tmp: book.save(tmp))


# ---------------------------------------------------------------- receipt


def write_receipt_pdf(record: DeclarationRecord, receipt: dict[str, Any], out: Path) -> None:
    """One page: which record, what the platform answered, and the hashes that tie them."""
    st = _Styles.make()
    rows = [
        ("企业名称", record.enterprise_name),
        ("统一社会信用代码", record.credit_code),
        ("标准编号", record.standard_number),
        ("标准名称", record.standard_name),
    ]
    rows += [(label, _first(receipt, keys)) for label, keys in RECEIPT_ROWS]
    hashes = [("申报内容 SHA-256", "payload_sha256", record.content_hash()),
              ("标准文本 PDF SHA-256", "pdf_sha256", record.pdf_sha256)]  # fmt: skip
    rows += [(label, mine or DASH) for label, _, mine in hashes]
    story: list[Any] = [st.para(RECEIPT_TITLE, st.title), _spacer(4), _pairs(st, rows)]
    for label, key, mine in hashes:  # a receipt for other content must not pass unnoticed
        claimed = str(receipt.get(key) or "")
        if claimed and claimed.lower() != mine.lower():
            warning = f"注意：回执中的{label}（{claimed}）与本记录不一致。"
            story += [_spacer(3), st.para(warning, st.missing)]
    _build(out, story, st, RECEIPT_TITLE, f"{record.standard_number} {record.standard_name}")


def _first(receipt: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = receipt.get(key)
        if value not in (None, ""):
            return str(value)
    return DASH


# ---------------------------------------------------------------- batch summary


def write_batch_summary_xlsx(rows: list[SummaryRow], out: Path) -> None:
    """One row per record, then a sheet counting records per state in life-cycle order."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "申报汇总"
    _fill(
        sheet,
        [h for h, _ in SUMMARY_COLUMNS],
        [list(astuple(r)) for r in rows],
        [w for _, w in SUMMARY_COLUMNS],
    )
    counts = Counter(r.state for r in rows)
    order = [s.value for s in DeclarationState if s.value in counts]
    order += [s for s in counts if s not in order]
    by_state = [[s, counts[s]] for s in order] + [["合计", len(rows)]]
    _fill(book.create_sheet("按状态"), ["状态", "记录数"], by_state, [16, 10])
    atomic_write(out, lambda tmp: book.save(tmp))


def _fill(
    sheet: Any, headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[int]
) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    append_row(sheet, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, row)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


# ---------------------------------------------------------------- PDF plumbing


@dataclass(frozen=True)
class _Styles:
    body_font: str
    title: Any
    heading: Any
    bold: Any
    cell: Any
    value: Any
    small: Any
    missing: Any
    box: Any

    @classmethod
    def make(cls) -> _Styles:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        from jxdeclare.drafting.fonts import find_fonts
        from jxdeclare.drafting.pdf_styles import register

        fonts = find_fonts()
        body, head = register(fonts.body), register(fonts.heading)
        cell = ParagraphStyle("jx-decl", fontName=body, fontSize=9, leading=12, wordWrap="CJK")
        return cls(
            body_font=body,
            title=ParagraphStyle(
                "jx-decl-title", cell, fontName=head, fontSize=16, leading=22, alignment=1
            ),
            heading=ParagraphStyle("jx-decl-h", cell, fontName=head, fontSize=11, leading=15),
            bold=ParagraphStyle("jx-decl-b", cell, fontName=head),
            cell=cell,
            value=ParagraphStyle("jx-decl-v", cell, fontSize=10, leading=13),
            small=ParagraphStyle(
                "jx-decl-s", cell, fontSize=7.5, leading=10, textColor=colors.HexColor("#444444")
            ),
            missing=ParagraphStyle("jx-decl-m", cell, textColor=colors.HexColor("#B00020")),
            box=ParagraphStyle("jx-decl-box", cell, fontSize=14, leading=16, alignment=1),
        )

    def para(self, text: str, style: Any) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(_markup(text), style)


def _markup(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")


def _spacer(height_mm: float) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    return Spacer(1, height_mm * mm)


def _table(
    st: _Styles,
    rows: list[list[Any]],
    widths_mm: Sequence[float],
    extra: list[tuple[Any, ...]],
    *,
    header: bool = True,
) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    table = Table(
        rows,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1 if header else 0,
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), st.body_font),
    ]  # blank cells too: no Helvetica
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
    table.setStyle(TableStyle(style + extra))
    return table


def _grid(
    st: _Styles, headers: Sequence[str], rows: list[list[str]], widths: Sequence[float]
) -> Any:
    data = [[st.para(h, st.bold) for h in headers]]
    data += [[st.para(c, st.cell) for c in row] for row in rows] or [
        [st.para("（无）", st.cell)] + [""] * (len(headers) - 1)
    ]
    return _table(st, data, widths, [])


def _pairs(st: _Styles, rows: list[tuple[str, str]]) -> Any:
    data = [[st.para(k, st.bold), st.para(v or DASH, st.value)] for k, v in rows]
    return _table(st, data, (42, 138), [], header=False)


def _warning_box(st: _Styles, warning: str) -> Any:
    from reportlab.lib import colors

    cell = [[st.para(f"注意：{warning}", st.missing)]]
    return _table(
        st,
        cell,
        (180,),
        [
            ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#B00020")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF4F4")),
        ],
        header=False,
    )


def _build(out: Path, story: list[Any], st: _Styles, title: str, footer: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=14 * mm,
            bottomMargin=16 * mm,
            title=title,
            creator="jxdeclare",
            lang="zh-CN",
            initialFontName=st.body_font,
        )
        doc.build(story, canvasmaker=_numbered_canvas(st.body_font, footer))

    atomic_write(out, build)


def _numbered_canvas(font: str, footer: str) -> type:
    """A canvas that holds the pages back until the end so each can say "第 n 页 共 m 页"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._held:
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.drawString(15 * mm, 9 * mm, footer)
                page = f"第 {self._pageNumber} 页 共 {len(self._held)} 页"
                self.drawRightString(A4[0] - 15 * mm, 9 * mm, page)
                super().showPage()
            super().save()

    return NumberedCanvas
