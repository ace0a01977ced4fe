"""The 目次 in one pass: each entry's last line is a PDF form XObject filled in after layout.

An entry's height does not depend on its page number (a column is reserved for it), so the 目次
takes its final space at once. Its last line — text, dotted leader, page number — is drawn as a
reference to a form that is only defined when the whole document has been laid out and
:class:`Book` knows the page on which each heading really landed. No second layout pass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

NUMBER_COLUMN = 36.0  # room reserved for "XIII" or "123" plus the gap before it
LEVEL_INDENT = 10.5  # one character per level below a chapter


@dataclass
class Book:
    """What the page templates learn while the document is laid out, read back at the end."""

    heading_pages: dict[int, int] = field(default_factory=dict)  # 目次 entry → physical page
    page_labels: dict[int, str] = field(default_factory=dict)  # physical page → printed number
    sections: dict[str, int] = field(default_factory=dict)  # page template → its first page
    lines: dict[int, tuple[str, float, float]] = field(default_factory=dict)  # entry → last line

    def label(self, page: int, section: str, roman: bool) -> str:
        """The printed number of a page: I, II … in the front matter, 1, 2 … in the body."""
        number = page - self.sections.setdefault(section, page) + 1
        text = to_roman(number) if roman else str(number)
        self.page_labels[page] = text
        return text


def to_roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
              (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip
    out = ""
    for value, letters in values:
        count, number = divmod(number, value)
        out += letters * count
    return out


def form_name(index: int) -> str:
    return f"jxtoc{index}"


class TocEntry(Flowable):
    def __init__(self, index: int, level: int, text: str, font: str, size: float, book: Book):
        super().__init__()
        self.index, self.text, self.font, self.size, self.book = index, text, font, size, book
        self.indent = LEVEL_INDENT * (level - 1)
        self.leading = size * 1.6
        self.hang = size * 2
        self.lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        room = avail_width - self.indent - self.hang - NUMBER_COLUMN
        self.lines = wrap_chars(self.text, self.font, self.size, room)
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        y = self.height - self.size * 1.2
        x = self.indent
        for line in self.lines[:-1]:
            self.canv.drawString(x, y, line)
            x, y = self.indent + self.hang, y - self.leading  # continuation lines hang
        # The last line (text, leader, number) is the form, drawn at the end.
        self.book.lines[self.index] = (self.lines[-1], self.width - x, x)
        self.canv.saveState()
        self.canv.translate(x, y)
        self.canv.doForm(form_name(self.index))
        self.canv.restoreState()


def wrap_chars(text: str, font: str, size: float, width: float) -> list[str]:
    """Break anywhere (CJK text has no spaces); good enough for one-line titles."""
    lines, line = [], ""
    for char in text:
        if line and stringWidth(line + char, font, size) > width:
            lines.append(line)
            line = char.lstrip()
        else:
            line += char
    return [*lines, line]


def define_entry_forms(canv: Canvas, book: Book, font: str, size: float) -> None:
    """Draw every entry's last line now that the page of every heading is known."""
    dot = stringWidth(".", font, size)
    for index, (text, width, x) in book.lines.items():
        page = book.heading_pages.get(index)
        label = book.page_labels.get(page, "") if page is not None else ""
        canv.beginForm(form_name(index), 0, -size, width, size * 1.5)
        canv.setFont(font, size)
        # Dots on a grid measured from the frame edge line up from one entry to the next.
        start = math.ceil((x + stringWidth(text, font, size) + dot) / dot) * dot - x
        count = max(0, int((width - stringWidth(label, font, size) - dot - start) // dot))
        # One text object, in reading order: a text extractor sees "1　范围 …… 1" as one line.
        line = canv.beginText(0, 0)
        line.setFont(font, size)
        line.textOut(text)
        line.setXPos(start)
        line.textOut("." * count)
        line.setXPos(width - stringWidth(label, font, size) - start)
        line.textOut(label)
        canv.drawText(line)
        canv.endForm()
