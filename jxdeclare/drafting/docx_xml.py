"""Small WordprocessingML helpers for the Word renderer: ordered child insertion, runs, fields.

python-docx covers only part of the schema (outline levels, frames, page-number formats, complex
fields); these helpers add the rest while keeping children in schema order, which Word enforces.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from ..domain.document.text import PLACEHOLDER

# Schema order of the children we touch (CT_PPr, CT_RPr, CT_SectPr); unknown tags sort last.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "pBdr", "shd", "tabs", "kinsoku", "wordWrap", "overflowPunct", "autoSpaceDE", "autoSpaceDN",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "jc", "outlineLvl",
    "rPr", "sectPr",
)  # fmt: skip
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "strike", "vanish", "color", "spacing",
    "kern", "sz", "szCs", "highlight", "u", "lang",
)  # fmt: skip
SECT_ORDER = (
    "headerReference", "footerReference", "type", "pgSz", "pgMar", "pgNumType", "cols",
    "vAlign", "titlePg", "docGrid",
)  # fmt: skip

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def el(tag: str, **attrs: str | int) -> etree._Element:
    """A ``w:`` element with ``w:`` attributes, e.g. ``el("jc", val="center")``."""
    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def put(parent: etree._Element, child: etree._Element, order: tuple[str, ...]) -> None:
    """Insert ``child`` in schema order, replacing a sibling with the same tag."""
    local = etree.QName(child).localname
    rank = order.index(local) if local in order else len(order)
    for existing in parent:
        name = etree.QName(existing).localname
        if name == local:
            existing.addprevious(child)
            parent.remove(existing)
            return
        if (order.index(name) if name in order else len(order)) > rank:
            existing.addprevious(child)
            return
    parent.append(child)


def child(parent: etree._Element, tag: str, order: tuple[str, ...]) -> etree._Element:
    """The existing ``w:tag`` child of ``parent``, or a new one inserted in schema order."""
    found = parent.find(qn(f"w:{tag}"))
    if found is None:
        found = el(tag)
        put(parent, found, order)
    return found


def set_fonts(rpr: etree._Element, latin: str, east_asia: str) -> None:
    """Explicit fonts; theme attributes are dropped because they would override them."""
    fonts = child(rpr, "rFonts", RPR_ORDER)
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for slot, font in (("ascii", latin), ("hAnsi", latin), ("cs", latin), ("eastAsia", east_asia)):
        fonts.set(qn(f"w:{slot}"), font)


def clean(text: str) -> str:
    """Text Word accepts: control characters would make lxml refuse the whole document."""
    return _CONTROL.sub("", text)


def add_text(p: etree._Element, text: str, rpr: Iterable[etree._Element] = ()) -> None:
    """Runs for ``text`` ("\\t" and "\\n" become tabs and breaks); placeholders highlighted.

    ``{{…}}`` stays visible in yellow so whoever finishes the draft in Word finds every gap.
    """
    props = list(rpr)
    pos = 0
    text = clean(text)
    for match in PLACEHOLDER.finditer(text):
        _run(p, text[pos : match.start()], props)
        _run(p, match.group(0), [*props, el("highlight", val="yellow")])
        pos = match.end()
    _run(p, text[pos:], props)


def _run(p: etree._Element, text: str, props: list[etree._Element]) -> None:
    if not text:
        return
    run = p.add_r()
    if props:
        rpr = run.get_or_add_rPr()
        for prop in props:
            put(rpr, copy.deepcopy(prop), RPR_ORDER)
    run.text = text


def add_field(p: etree._Element, instruction: str, shown: str) -> None:
    """A complex field (begin / instruction / separate / result / end) Word can update."""
    start_field(p, instruction)
    p.add_r().text = shown
    end_field(p)


def start_field(p: etree._Element, instruction: str) -> None:
    """Begin a complex field; the runs (and paragraphs) after it, up to :func:`end_field`, are
    its result as shown until the field is updated."""
    # dirty: Word refreshes the field when it opens the file, even without updateFields.
    p.add_r().append(el("fldChar", fldCharType="begin", dirty="true"))
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    p.add_r().append(instr)
    p.add_r().append(el("fldChar", fldCharType="separate"))


def end_field(p: etree._Element) -> None:
    p.add_r().append(el("fldChar", fldCharType="end"))


def outline_level(p: etree._Element, level: int) -> None:
    """Listed in the TOC (``\\u`` switch) and the navigation pane at ``level`` (1-based)."""
    put(p.get_or_add_pPr(), el("outlineLvl", val=level - 1), PPR_ORDER)


def border(side: str, size_eighths: int) -> etree._Element:
    return el(side, val="single", sz=size_eighths, space=1, color="auto")
