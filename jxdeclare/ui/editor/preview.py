"""Live preview of the selected chapter, built from the same layout plan as the PDF and Word files.

Numbers, generated sentences and resolved links are therefore exactly what will be printed;
placeholders still to fill are highlighted in yellow and broken links in red.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from jxdeclare.domain.document.model import Annex, Document
from jxdeclare.domain.document.numbering import Numbering, annex_letter
from jxdeclare.domain.document.text import BROKEN_REF_TEXT, PLACEHOLDER
from jxdeclare.drafting.layout import (
    FigureItem,
    FormulaLine,
    Heading,
    Item,
    ListItem,
    NoteLine,
    Para,
    SectionTitle,
    TableItem,
    TermName,
    cover_text,
    plan,
)
from jxdeclare.ui.editor.structure import BIBLIOGRAPHY, COVER, INTRODUCTION, locate

FILL = '<span style="background-color:#ffe873">{}</span>'
BROKEN = '<span style="background-color:#f7c6c5; color:#9b0000">{}</span>'
WIDE_SPACE = '<span style="white-space:pre">\u3000</span>'  # Qt would collapse it otherwise
STYLE = (
    "<style>p { margin: 4px 0; line-height: 150%; } td, th { padding: 3px 6px; }"
    " h2 { font-size: 15px; } h3 { font-size: 14px; } h4 { font-size: 13px; }</style>"
)


def marked(text: str) -> str:
    """Escaped text with placeholders and broken links highlighted."""
    escaped = html.escape(text)
    escaped = PLACEHOLDER.sub(lambda m: FILL.format(m.group(0)), escaped)
    escaped = escaped.replace(BROKEN_REF_TEXT, BROKEN.format(BROKEN_REF_TEXT))
    return escaped.replace("\u3000", WIDE_SPACE)


def section_key(document: Document, element_id: str) -> str:
    """The first line of the section the element belongs to: "前言", "5", "附录A" …"""
    if element_id in (COVER, INTRODUCTION, BIBLIOGRAPHY):
        return {COVER: "前言", INTRODUCTION: "引言", BIBLIOGRAPHY: "参考文献"}[element_id]
    place = locate(document, element_id)
    if place is None:
        return "前言"
    top = place.node if place.depth == 1 else None
    if top is None:
        top = next(
            n for n in [*document.chapters, *document.annexes] if place.node in _descendants(n)
        )
    if isinstance(top, Annex):
        return f"附录{annex_letter(document.annexes.index(top))}"
    return str(document.chapters.index(top) + 1)


def _descendants(node: object) -> list[object]:
    found: list[object] = []
    for child in getattr(node, "children", []):
        found += [child, *_descendants(child)]
    return found


def section_items(items: list[Item], key: str) -> list[Item]:
    out: list[Item] = []
    inside = False
    for item in items:
        if isinstance(item, SectionTitle) or (isinstance(item, Heading) and item.level == 1):
            name = item.lines[0] if isinstance(item, SectionTitle) else item.number
            inside = name == key
        if inside:
            out.append(item)
    return out


def item_html(item: Item) -> str:
    if isinstance(item, Heading):
        tag = f"h{min(item.level + 1, 4)}"
        anchor = f'<a name="n{item.number}"></a>'
        return f"<{tag}>{anchor}{marked(item.text)}</{tag}>"
    if isinstance(item, SectionTitle):
        return "<h2 align='center'>" + "<br>".join(marked(x) for x in item.lines) + "</h2>"
    if isinstance(item, Para):
        number = f"<b>{item.number}</b>{WIDE_SPACE}" if item.number else ""
        return f'<p style="text-indent: 2em">{number}{marked(item.text)}</p>'
    if isinstance(item, TermName):
        return f"<p><b>{marked(item.text)}</b></p>"
    if isinstance(item, ListItem):
        return f'<p style="margin-left: 2em">{item.label} {marked(item.text)}</p>'
    if isinstance(item, NoteLine):
        return f'<p style="margin-left: 2em; font-size: small">{item.label}{marked(item.text)}</p>'
    if isinstance(item, FormulaLine):
        where = "".join(f'<p style="margin-left: 2em">{marked(w)}</p>' for w in item.where)
        return (
            f'<table width="100%"><tr><td align="center">{marked(item.expression)}</td>'
            f'<td align="right" width="15%">{item.number}</td></tr></table>{where}'
        )
    if isinstance(item, FigureItem):
        title = marked(f"{item.label}\u3000{item.caption}")
        return f"<p align='center'>［图］</p><p align='center'><b>{title}</b></p>"
    if isinstance(item, TableItem):
        return table_html(item)
    return ""


def table_html(item: TableItem) -> str:
    head = "".join(f"<th>{marked(c)}</th>" for c in item.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{marked(c)}</td>" for c in row) + "</tr>" for row in item.rows
    )
    notes = "".join(
        f'<p style="font-size: small">{n.label}{marked(n.text)}</p>' for n in item.notes
    )
    return (
        f"<p align='center'><b>{marked(item.title)}</b></p>"
        f"<table border='1' cellspacing='0' cellpadding='3' align='center'>"
        f"<tr style='background-color:#eef2f7'>{head}</tr>{body}</table>{notes}"
    )


def cover_html(document: Document) -> str:
    c = cover_text(document.cover)
    lines = [f"<p>{marked(code)}</p>" for code in c.codes] + [
        f"<p align='right'><b>{marked(c.code)}</b></p>",
        f"<p align='center'>{marked(c.heading)}</p>",
        f"<p align='right'>{marked(c.number)}</p>",
    ]
    if c.replaces:
        lines.append(f"<p align='right'>{marked(c.replaces)}</p>")
    lines += [
        f"<h2 align='center'>{marked(c.title)}</h2>",
        f"<p align='center'>{marked(c.title_en)}</p>",
        f"<p>{marked(c.published)}{WIDE_SPACE * 2}{marked(c.implemented)}</p>",
        f"<p align='center'>{marked(c.publisher)}</p><hr>",
    ]
    return "".join(lines)


def section_html(document: Document, element_id: str) -> str:
    key = section_key(document, element_id)
    items = section_items(plan(document).items, key)
    body = "".join(item_html(item) for item in items)
    if element_id == COVER:
        body = cover_html(document) + body
    if not items and element_id == INTRODUCTION:
        body = "<p style='color:#777'>（没有引言。引言可选，添加内容后才会输出。）</p>"
    return STYLE + body


class Preview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self._shown = ("", "")  # (section, element) on screen

    def show_element(self, document: Document, element_id: str) -> None:
        """Show the element's section; keep the scroll position while the same one is edited."""
        key = section_key(document, element_id)
        bar = self.verticalScrollBar()
        kept = bar.value()
        self.setHtml(section_html(document, element_id))
        if self._shown == (key, element_id):
            bar.setValue(kept)
        else:
            label = Numbering(document).get(element_id)
            if label is not None and label.kind == "clause":
                self.scrollToAnchor(f"n{label.number}")
        self._shown = (key, element_id)
