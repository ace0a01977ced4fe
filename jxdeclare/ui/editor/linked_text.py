"""A text field whose cross-references read as the numbers the reader will see ("表3", "附录A").

The document keeps a link as ``[[ref:ID]]`` so that its number follows renumbering; the field
shows the target's current number instead, tinted, and writes the token back on every edit. A link
is one unit: an edit inside it turns it into plain text, typing next to it leaves it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontMetrics, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import BROKEN_REF_TEXT, REF, ref_token
from jxdeclare.ui.editor.fields import Host

LINK_TINT = QColor("#dce8fb")
BROKEN_TINT = QColor("#f7c6c5")


@dataclass
class Link:
    start: int
    end: int
    target: str
    broken: bool = False


def shown(source: str, numbering: Numbering) -> tuple[str, list[Link]]:
    """The text as the field shows it, and where its links are."""
    parts: list[str] = []
    links: list[Link] = []
    at = last = 0
    for match in REF.finditer(source):
        plain = source[last : match.start()]
        parts.append(plain)
        at += len(plain)
        label = numbering.get(match.group(1))
        text = label.reference if label else BROKEN_REF_TEXT
        links.append(Link(at, at + len(text), match.group(1), label is None))
        parts.append(text)
        at += len(text)
        last = match.end()
    parts.append(source[last:])
    return "".join(parts), links


class LinkedTextEdit(QPlainTextEdit):
    """``edited`` gets the source text (with tokens) after every change the user makes."""

    def __init__(
        self, source: str, numbering: Numbering, edited: Callable[[str], None], name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, objectName=name)
        self._edited = edited
        text, self.links = shown(source, numbering)
        self.setPlainText(text)
        self._text, self._source = text, source
        self._pending: Link | None = None  # a link being inserted
        self.document().contentsChange.connect(self._changed)
        self._paint()

    def source(self) -> str:
        """The text with each link written back as its token."""
        text, out, last = self.toPlainText(), [], 0
        for link in self.links:
            out += [text[last : link.start], ref_token(link.target)]
            last = link.end
        out.append(text[last:])
        return "".join(out)

    def insert_link(self, target: str, numbering: Numbering) -> None:
        """Insert a link at the cursor (replacing a selection), shown as its number."""
        label = numbering.get(target)
        text = label.reference if label else BROKEN_REF_TEXT
        self._pending = Link(0, 0, target, label is None)
        self.textCursor().insertText(text)
        self._pending = None

    def _changed(self, position: int, removed: int, added: int) -> None:
        old, new = self._text, self.toPlainText()
        exact = self._pending is not None  # an insertion is exactly the link's text
        position, removed, added = _narrowed(old, new, position, removed, added, exact)
        delta = added - removed
        kept = []
        for link in self.links:
            if link.end <= position:
                kept.append(link)
            elif link.start >= position + removed:
                kept.append(Link(link.start + delta, link.end + delta, link.target, link.broken))
            # else: the edit reached into the link: its text stays, as plain text
        if self._pending is not None and added:
            kept.append(Link(position, position + added, self._pending.target,
                             self._pending.broken))  # fmt: skip
            kept.sort(key=lambda link: link.start)
        self.links, self._text = kept, new
        self._paint()
        source = self.source()
        if source != self._source:
            self._source = source
            self._edited(source)

    def _paint(self) -> None:
        selections = []
        for link in self.links:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(link.start)
            cursor.setPosition(link.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            form = QTextCharFormat()
            form.setBackground(BROKEN_TINT if link.broken else LINK_TINT)
            selection.format = form
            selections.append(selection)
        self.setExtraSelections(selections)


def _narrowed(
    old: str, new: str, position: int, removed: int, added: int, exact: bool = False
) -> tuple[int, int, int]:
    """The change Qt reports, without the unchanged text it sometimes includes (a whole block);
    a report that does not fit the texts is recomputed from them."""
    fits = (
        position + removed <= len(old)
        and position + added <= len(new)
        and old[:position] == new[:position]
        and old[position + removed :] == new[position + added :]
    )
    if not fits:
        position, removed, added = 0, len(old), len(new)
    elif exact:
        return position, removed, added
    while removed and added and old[position] == new[position]:
        position, removed, added = position + 1, removed - 1, added - 1
    while removed and added and old[position + removed - 1] == new[position + added - 1]:
        removed, added = removed - 1, added - 1
    return position, removed, added


def linked_text_edit(
    host: Host, value: str, on_text: Callable[[str], None], name: str, rows: int = 5,
    grow: bool = True,
) -> LinkedTextEdit:  # fmt: skip
    """Like :func:`.fields.text_edit`, with links shown as numbers."""
    field = LinkedTextEdit(value, host.numbering(), on_text, name)
    field.setUndoRedoEnabled(False)  # the document's undo stack is the only one
    field.installEventFilter(host.undo_keys)
    line = QFontMetrics(field.font()).lineSpacing()
    field.setMinimumHeight(line * rows + 12)
    if not grow:
        field.setMaximumHeight(line * (rows + 2) + 12)
    return field
