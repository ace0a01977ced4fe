"""What goes into one box of the 标准体系结构图: its text measured, wrapped and placed.

Widths are estimated (1 em for a Chinese character, generously for Latin) rather than measured
with a font, so the layout is the same whichever renderer and font draw it; the estimate is never
narrower than the fonts we embed (tested).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAD = 4.0
ROOT_SIZE, TOP_SIZE, SIZE, SMALL = 13.0, 10.5, 9.0, 7.5
LEAD = 1.3  # line height / font size
CELL = SIZE * 1.15  # height of one character of vertical text
END_H = SMALL * LEAD + 3  # the code above vertical text and the count below it, with a gap
CHARS_PER_COLUMN = 12  # vertical text starts another column after this many characters
_CLOSING = set("，。、；：）》」』】？！,.;:)]")
_OPENING = set("（《「『【([")


@dataclass(frozen=True)
class Text:
    text: str
    x: float  # centre
    y: float  # baseline
    size: float
    heading: bool = False  # 黑体 rather than 宋体


@dataclass
class Item:
    """A branch on its way into the diagram: its text, then its size, then its place."""

    code: str
    title: str
    count: int | None
    children: list[Item] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    size: float = SIZE
    heading: bool = False
    vertical: bool = False
    w: float = 0.0
    h: float = 0.0
    span: float = 0.0  # width of the item with everything stacked under it
    tall: float = 0.0  # height of the same

    @property
    def counted(self) -> str:
        return f"（{self.count}）" if self.count is not None else ""

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip() + self.counted

    def wrap(self, max_width: float) -> list[str]:
        """ "1.2 标题（3）" on one line if it fits, else the count, then also the code, on a line of
        its own; only the title itself is ever broken."""
        count, head = self.counted, f"{self.code} {self.title}".strip()
        if text_width(head + count, self.size) <= max_width:
            return [head + count]
        if text_width(head, self.size) <= max_width:
            return [head, count] if count else [head]
        lines = [self.code] if self.code else []
        lines += wrap(self.title, self.size, max_width)
        return [*lines, count] if count else lines


def size_horizontal(items: list[Item], size: float, max_em: float, heading: bool = False) -> None:
    """Siblings share one width: wrapped to ``max_em`` and as wide as the widest needs."""
    for it in items:
        it.size, it.heading, it.vertical = size, heading, False
        it.lines = it.wrap(max_em * size)
    width = max((text_width(line, it.size) for it in items for line in it.lines), default=0)
    for it in items:
        it.w, it.h = width + 2 * PAD, len(it.lines) * size * LEAD + 2 * PAD


def size_vertical(items: list[Item]) -> None:
    """Code on top, the title one character per line, the count at the bottom."""
    for it in items:
        it.size, it.heading, it.vertical = SIZE, False, True
        columns = -(-len(it.title) // CHARS_PER_COLUMN) or 1
        per = -(-len(it.title) // columns) or 1  # balanced: 15 characters as 8 + 7, not 12 + 3
        it.lines = [it.title[i : i + per] for i in range(0, len(it.title), per)] or [""]
    ends = [text_width(t, SMALL) for it in items for t in (it.code, it.counted)]
    width = max([*ends, *(len(it.lines) * SIZE * LEAD for it in items)]) + 2 * PAD
    rows = max(len(line) for it in items for line in it.lines)
    for it in items:
        it.w, it.h = width, 2 * END_H + rows * CELL + 2 * PAD


def uniform_height(items: list[Item]) -> None:
    height = max((it.h for it in items), default=0)
    for it in items:
        it.h = height


def box_texts(it: Item, x: float, y: float) -> list[Text]:
    """The item's texts placed in its box, whose top left corner is at (x, y)."""
    return _vertical_texts(it, x, y) if it.vertical else _horizontal_texts(it, x, y)


def _horizontal_texts(it: Item, x: float, y: float) -> list[Text]:
    line_h = it.size * LEAD
    top = y + (it.h - len(it.lines) * line_h) / 2
    return [
        Text(line, x + it.w / 2, top + i * line_h + _baseline(it.size, line_h), it.size, it.heading)
        for i, line in enumerate(it.lines)
    ]


def _vertical_texts(it: Item, x: float, y: float) -> list[Text]:
    small_h, centre = SMALL * LEAD, x + it.w / 2
    texts = [Text(it.code, centre, y + PAD + _baseline(SMALL, small_h), SMALL)]
    rows = max(len(line) for line in it.lines)
    top = y + PAD + END_H + (it.h - 2 * PAD - 2 * END_H - rows * CELL) / 2
    column_w = SIZE * LEAD
    first = centre + (len(it.lines) - 1) * column_w / 2  # columns run right to left
    for col, line in enumerate(it.lines):  # every column starts at the top, as vertical text does
        texts += [
            Text(char, first - col * column_w, top + i * CELL + _baseline(SIZE, CELL), SIZE)
            for i, char in enumerate(line)
        ]
    if it.count is not None:
        bottom = y + it.h - PAD - small_h + _baseline(SMALL, small_h)
        texts.append(Text(it.counted, centre, bottom, SMALL))
    return texts


def _baseline(size: float, line_h: float) -> float:
    """Baseline below the top of a line box so that CJK glyphs sit in its middle."""
    return (line_h - size) / 2 + 0.86 * size


def char_width(char: str) -> float:
    """Advance width in em, generous for Latin so that no font overflows a box."""
    if not char.isascii():
        return 1.0
    return 0.85 if char in "MW@%" else 0.6


def text_width(text: str, size: float) -> float:
    return size * sum(map(char_width, text))


def _tokens(text: str) -> list[str]:
    """Unbreakable pieces: a Latin word, a CJK character; punctuation stays with its neighbour."""
    found: list[str] = []
    for char in text:
        latin = char.isascii() and not char.isspace()
        if found and (
            char in _CLOSING
            or found[-1][-1] in _OPENING
            or (latin and found[-1][-1].isascii() and not found[-1][-1].isspace())
        ):
            found[-1] += char
        else:
            found.append(char)
    return found


def _greedy(tokens: list[str], size: float, max_width: float) -> list[str]:
    lines = [""]
    for token in tokens:
        if lines[-1].strip() and text_width(lines[-1] + token, size) > max_width:
            lines.append(token.lstrip())
        else:
            lines[-1] += token
    return [line.rstrip() for line in lines]


def wrap(text: str, size: float, max_width: float) -> list[str]:
    """As few lines as greedy filling needs, but balanced: "产品实现" / "标准体系" reads better
    than "产品实现标准" / "体系". A piece wider than ``max_width`` gets a line of its own."""
    tokens = _tokens(text)
    lines = _greedy(tokens, size, max_width)
    width = max_width
    while len(lines) > 1 and width > size:
        shorter = _greedy(tokens, size, width - size / 2)
        if len(shorter) > len(lines):
            break
        lines, width = shorter, width - size / 2
    return lines
