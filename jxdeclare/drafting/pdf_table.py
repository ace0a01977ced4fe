"""Tables: caption above, header row repeated, "表N（续）" above every continued part.

:class:`CaptionedTable` keeps the caption and the grid together; when the frame is too short its
:meth:`~CaptionedTable.split` cuts the grid (reportlab repeats the header row) and gives the
remainder the continuation caption, so every page a table reaches says which table it is.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .layout import TableItem
from .pdf_styles import SMALL_SIZE, Markup, Styles

PAD = 3.0  # cell padding left/right
INDICATOR_SHARES = (0.08, 0.32, 0.13, 0.22, 0.25)  # 序号 项目 单位 指标 检验方法
GRID = 0.5
FRAME = 1.0


class CaptionedTable(Flowable):
    def __init__(self, caption: Paragraph, table: Table, continued: Paragraph) -> None:
        super().__init__()
        self.caption = caption
        self.table = table
        self.continued = continued  # the caption of every part after the first

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, caption_height = self._caption_size(avail_width)
        _tw, table_height = self.table.wrap(avail_width, avail_height - caption_height)
        self.width = avail_width
        self.height = caption_height + table_height
        return self.width, self.height

    def _caption_size(self, avail_width: float) -> tuple[float, float]:
        width, height = self.caption.wrap(avail_width, 10_000)
        return width, height + self.caption.getSpaceBefore() + self.caption.getSpaceAfter()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _w, caption_height = self._caption_size(avail_width)
        parts = self.table.split(avail_width, avail_height - caption_height)
        if len(parts) < 2:
            return []  # not even the header and one row fit: move the whole table on
        first, rest = parts[0], parts[1]
        return [
            CaptionedTable(self.caption, first, self.continued),
            CaptionedTable(self.continued, rest, self.continued),
        ]

    def draw(self) -> None:
        _w, caption_height = self.caption.wrap(self.width, 10_000)
        y = self.height - self.caption.getSpaceBefore() - caption_height
        self.caption.drawOn(self.canv, 0, y)  # a centred paragraph as wide as the frame
        self.table.drawOn(self.canv, (self.width - self.table._width) / 2, 0)


def table_flowable(item: TableItem, st: Styles, markup: Markup, width: float) -> CaptionedTable:
    grid = _padded(item)
    widths = _column_widths(grid, item.indicator, st, width)
    header = [
        _cell(text, w, st, markup, centre=True) for text, w in zip(grid[0], widths, strict=True)
    ]
    rows = [
        [
            _cell(text, w, st, markup, centre=item.indicator)
            for text, w in zip(row, widths, strict=True)
        ]
        for row in grid[1:]
    ]
    data: list[list[object]] = [header, *rows]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.body_font, SMALL_SIZE, SMALL_SIZE * 1.3),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("INNERGRID", (0, 0), (-1, -1), GRID, "black"),
        ("BOX", (0, 0), (-1, -1), FRAME, "black"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if item.notes:
        # GB/T 1.1: a table's notes sit inside its frame, in one row across all columns.
        notes = [
            Paragraph(markup(note.text), st.hanging(_label_width(note.label, st), small=True),
                      bulletText=note.label)
            for note in item.notes
        ]  # fmt: skip
        data.append([notes] + [""] * (len(widths) - 1))
        commands += [("SPAN", (0, -1), (-1, -1)), ("ALIGN", (0, -1), (-1, -1), "LEFT")]
    table = Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands))
    caption = Paragraph(markup(item.title, heading=True), st.caption)
    continued = Paragraph(markup(item.continued_title, heading=True), st.caption)
    return CaptionedTable(caption, table, continued)


def _label_width(label: str, st: Styles) -> float:
    return stringWidth(label, st.body_font, SMALL_SIZE)


def _cell(text: str, width: float, st: Styles, markup: Markup, centre: bool) -> object:
    """A plain string when it fits on one line (much faster to lay out), else a Paragraph."""
    plain = "\n" not in text and "{{" not in text and not markup.missing(text)
    if plain and stringWidth(text, st.body_font, SMALL_SIZE) <= width - 2 * PAD:
        return text
    return Paragraph(markup(text), st.cell_centre if centre else st.cell)


def _padded(item: TableItem) -> list[tuple[str, ...]]:
    """Header and rows with the same number of cells (a short row gets empty cells)."""
    count = max(len(row) for row in (item.header, *item.rows)) or 1
    return [tuple(row) + ("",) * (count - len(row)) for row in (item.header, *item.rows)]


def _column_widths(
    grid: list[tuple[str, ...]], indicator: bool, st: Styles, width: float
) -> list[float]:
    if indicator and len(grid[0]) == len(INDICATOR_SHARES):
        return [width * share for share in INDICATOR_SHARES]
    columns = list(zip(*grid, strict=True))
    natural = [
        max(stringWidth(text, st.body_font, SMALL_SIZE) for text in column) + 2 * PAD + 4
        for column in columns
    ]
    # Never narrower than four characters; share the page in proportion to the content.
    floor = 4 * SMALL_SIZE + 2 * PAD
    natural = [max(floor, min(w, width * 0.6)) for w in natural]
    scale = width / sum(natural)
    return [w * scale for w in natural]
