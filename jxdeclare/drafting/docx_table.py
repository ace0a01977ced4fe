"""Tables of the Word output, written as one XML string per table.

python-docx's cell API recomputes the grid on every access; building the ``w:tbl`` text directly
keeps a 50-page standard with dozens of tables well under a second.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from ..domain.document.text import PLACEHOLDER
from .docx_styles import SMALL_PT, TEXT_WIDTH, Styles
from .docx_xml import clean
from .layout import NoteLine, TableItem

# Indicator columns 序号 项目 单位 指标 检验方法: what each needs, as shares of the text width.
INDICATOR_SHARES = (0.08, 0.30, 0.12, 0.22, 0.28)
OUTER, INNER = 8, 4  # border widths in eighths of a point: a heavier frame, as standards print
LONG_TEXT = 24  # a column whose cells run longer than this (in half-width units) reads left-aligned


def table_element(item: TableItem, styles: Styles) -> etree._Element:
    """A real Word table: fixed column widths, repeating header row, notes in a last full row."""
    count = max(1, len(item.header), *(len(row) for row in item.rows))
    header = _pad(item.header, count)
    rows = [_pad(row, count) for row in item.rows]
    widths = _widths(header, rows, item.indicator)
    left = [not item.indicator and _longest(header, rows, i) > LONG_TEXT for i in range(count)]
    parts = [f"<w:tbl {nsdecls('w')}>", _properties(), "<w:tblGrid>"]
    parts += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    parts.append("</w:tblGrid>")
    parts.append(_row(header, widths, [False] * count, styles.cell, header=True))
    parts += [_row(row, widths, left, styles.cell) for row in rows]
    if item.notes:
        parts.append(_notes(item.notes, sum(widths), count, styles.cell))
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))


def width_of(text: str) -> int:
    """Rough printed width in half-width units: CJK and full-width characters count two."""
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in text)


def _pad(cells: tuple[str, ...], count: int) -> list[str]:
    return [*cells, *[""] * (count - len(cells))]


def _longest(header: list[str], rows: list[list[str]], column: int) -> int:
    return max(width_of(row[column]) for row in [header, *rows])


def _widths(header: list[str], rows: list[list[str]], indicator: bool) -> list[int]:
    if indicator and len(header) == len(INDICATOR_SHARES):
        shares = list(INDICATOR_SHARES)
    else:  # by content, but no column starved or hogging the page
        weights = [min(max(_longest(header, rows, i), 4), 30) for i in range(len(header))]
        shares = [w / sum(weights) for w in weights]
    return [round(TEXT_WIDTH * share) for share in shares]


def _properties() -> str:
    sizes = {"top": OUTER, "left": OUTER, "bottom": OUTER, "right": OUTER,
             "insideH": INNER, "insideV": INNER}  # fmt: skip
    sides = "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="auto"/>'
        for side, size in sizes.items()
    )
    return (
        '<w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{sides}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
    )


def _row(cells: list[str], widths: list[int], left: list[bool], style: str,
         header: bool = False) -> str:  # fmt: skip
    # cantSplit keeps a row on one page; tblHeader repeats the header on every page of the table.
    props = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
    out = [f"<w:tr><w:trPr>{props}</w:trPr>"]
    for text, width, flush_left in zip(cells, widths, left, strict=True):
        jc = '<w:jc w:val="left"/>' if flush_left else ""
        out.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/>'
            f'</w:tcPr><w:p><w:pPr><w:pStyle w:val="{style}"/>{jc}</w:pPr>{runs(text)}</w:p></w:tc>'
        )
    out.append("</w:tr>")
    return "".join(out)


def _notes(notes: tuple[NoteLine, ...], width: int, span: int, style: str) -> str:
    """GB/T 1.1 puts table notes inside the frame: one row spanning every column."""
    paragraphs = []
    for note in notes:
        hang = round(width_of(note.label) * SMALL_PT * 10)  # twips: 20 per point, half-width
        paragraphs.append(
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:ind w:left="{hang}" w:hanging="{hang}"/>'
            f'<w:jc w:val="left"/></w:pPr>{runs(note.label + note.text)}</w:p>'
        )
    return (
        "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>"
        f'<w:tcW w:w="{width}" w:type="dxa"/><w:gridSpan w:val="{span}"/></w:tcPr>'
        f"{''.join(paragraphs)}</w:tc></w:tr>"
    )


def runs(text: str) -> str:
    """``w:r`` elements for text with tabs, line breaks and highlighted ``{{placeholders}}``."""
    text = clean(text)
    out, pos = [], 0
    for match in PLACEHOLDER.finditer(text):
        out.append(_run(text[pos : match.start()]))
        out.append(_run(match.group(0), '<w:rPr><w:highlight w:val="yellow"/></w:rPr>'))
        pos = match.end()
    out.append(_run(text[pos:]))
    return "".join(out)


def _run(text: str, props: str = "") -> str:
    if not text:
        return ""
    body = []
    for i, line in enumerate(text.split("\n")):
        if i:
            body.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                body.append("<w:tab/>")
            if piece:
                body.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{props}{''.join(body)}</w:r>"
