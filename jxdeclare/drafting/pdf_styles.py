"""Fonts registered once per process, paragraph styles built once per font pair, text → markup.

Styles follow the usual Chinese standard typesetting: body 宋体 五号 (10.5 pt), headings 黑体 五号,
front-matter titles 黑体 三号 (16 pt), notes and table cells 小五 (9 pt).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.document.text import PLACEHOLDER
from .fonts import FontFace, FontSet

BODY_SIZE = 10.5  # 五号
SMALL_SIZE = 9.0  # 小五
TITLE_SIZE = 16.0  # 三号
LEADING = 1.5  # × font size
INDENT = 2 * BODY_SIZE  # 首行缩进两个字

_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋", "0123456789+-", strict=True))
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-", strict=True))


@cache
def register(face: FontFace) -> str:
    """The reportlab name of the face, registered (and its file parsed) once per process."""
    digest = hashlib.sha1(f"{face.path}|{face.subfont_index}".encode()).hexdigest()[:8]
    name = f"JX-{digest}"
    pdfmetrics.registerFont(TTFont(name, str(face.path), subfontIndex=face.subfont_index))
    return name


@dataclass(frozen=True)
class Styles:
    body_font: str
    heading_font: str
    body: ParagraphStyle  # first line indented two characters
    plain: ParagraphStyle  # no indent
    heading: ParagraphStyle
    term: ParagraphStyle
    title: ParagraphStyle  # 前言, 目次, 参考文献 …
    annex: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    small: ParagraphStyle
    formula: ParagraphStyle
    where: ParagraphStyle
    doc_title: ParagraphStyle  # the standard's name on the first body page

    def hanging(self, label_width: float, small: bool = False) -> ParagraphStyle:
        """A style whose first line starts with a label and whose next lines hang under the text."""
        return _hanging(self.body_font, round(label_width, 1), small)


def _style(name: str, font: str, size: float, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=extra.pop("leading", size * LEADING),
        wordWrap="CJK",
        alignment=extra.pop("alignment", TA_JUSTIFY),
        **extra,  # type: ignore[arg-type]
    )


@cache
def styles(fonts: FontSet) -> Styles:
    body, head = register(fonts.body), register(fonts.heading)
    gap = BODY_SIZE * 0.5
    return Styles(
        body_font=body,
        heading_font=head,
        body=_style("jx-body", body, BODY_SIZE, firstLineIndent=INDENT),
        plain=_style("jx-plain", body, BODY_SIZE),
        heading=_style(
            "jx-heading", head, BODY_SIZE, spaceBefore=gap, spaceAfter=gap, keepWithNext=1
        ),
        term=_style("jx-term", head, BODY_SIZE, keepWithNext=1),
        title=_style(
            "jx-title", head, TITLE_SIZE, alignment=TA_CENTER, spaceBefore=6, spaceAfter=18
        ),
        annex=_style("jx-annex", head, 12, alignment=TA_CENTER, leading=20, keepWithNext=1),
        caption=_style(
            "jx-caption", head, BODY_SIZE, alignment=TA_CENTER, spaceBefore=gap, spaceAfter=3
        ),
        cell=_style("jx-cell", body, SMALL_SIZE, alignment=TA_LEFT, leading=SMALL_SIZE * 1.3),
        cell_centre=_style(
            "jx-cell-c", body, SMALL_SIZE, alignment=TA_CENTER, leading=SMALL_SIZE * 1.3
        ),
        small=_style("jx-small", body, SMALL_SIZE),
        formula=_style("jx-formula", body, BODY_SIZE, alignment=TA_CENTER),
        where=_style("jx-where", body, BODY_SIZE, leftIndent=INDENT),
        doc_title=_style(
            "jx-doc-title", head, TITLE_SIZE, alignment=TA_CENTER, spaceBefore=6, spaceAfter=24
        ),
    )


@cache
def _hanging(font: str, label_width: float, small: bool) -> ParagraphStyle:
    size = SMALL_SIZE if small else BODY_SIZE
    return _style(
        f"jx-hang-{label_width}-{small}",
        font,
        size,
        leftIndent=INDENT + label_width,
        bulletIndent=INDENT,
        bulletFontName=font,
        bulletFontSize=size,
    )


def _em_of_nbsp(font: str) -> str:
    """As many no-break spaces as come closest to one em in this font."""
    width = pdfmetrics.stringWidth("\xa0", font, 1000) or 500
    return "\xa0" * max(1, round(1000 / width))


class Markup:
    """Plain text → Paragraph markup: escaped, with fixes for glyphs the fonts lack."""

    def __init__(self, st: Styles, draft: bool) -> None:
        self.covered = pdfmetrics.getFont(st.body_font).face.charToGlyph
        self.other = pdfmetrics.getFont(st.heading_font).face.charToGlyph
        self.other_font = st.heading_font
        self.draft = draft
        self._fixes: dict[str, str] = {}
        # reportlab's Paragraph collapses U+3000 like an ASCII space; GB/T 1.1 wants a full
        # character between a number and its title, so that gap is made of no-break spaces.
        self.gap = {False: _em_of_nbsp(st.body_font), True: _em_of_nbsp(st.heading_font)}

    def missing(self, text: str) -> bool:
        return not text.isascii() and any(ord(c) not in self.covered for c in set(text))

    def __call__(self, text: str, heading: bool = False) -> str:
        """``heading``: the text is set in the heading font (the width of its spaces differs)."""
        out = escape(text).replace("\u3000", self.gap[heading]).replace("  ", "\xa0\xa0")
        if self.missing(out):
            out = "".join(self._fix(c) if ord(c) not in self.covered else c for c in out)
        if self.draft and "{{" in out:
            # Unfilled placeholders stand out in a draft.
            out = PLACEHOLDER.sub(lambda m: f'<font backColor="#fff0a0">{m.group(0)}</font>', out)
            if out.endswith("</font>"):
                # reportlab's CJK wrapping draws no background behind a paragraph's last
                # fragment when nothing follows it: an invisible no-break space does.
                out += "\xa0"
        return out

    def _fix(self, char: str) -> str:
        if char not in self._fixes:
            self._fixes[char] = self._fixed(char)
        return self._fixes[char]

    def _fixed(self, char: str) -> str:
        # Sub/superscripts read better as real <sub>/<super> than from a second font.
        if char in _SUBSCRIPTS:
            return f"<sub>{_SUBSCRIPTS[char]}</sub>"
        if char in _SUPERSCRIPTS:
            return f"<super>{_SUPERSCRIPTS[char]}</super>"
        if ord(char) in self.other:
            return f'<font name="{self.other_font}">{char}</font>'
        return char
