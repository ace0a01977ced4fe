"""Form fields wired to the document: every edit becomes one (merging) undo command.

Forms talk to the editor window through :class:`Host`; they never rebuild themselves after an
undo (the window rebuilds the whole form from the restored document).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from jxdeclare.domain.document.model import Document
from jxdeclare.domain.document.numbering import Numbering

LimitLookup = Callable[[str, str], dict | None]


class Host(Protocol):
    """What the editor window offers to the forms."""

    document: Document
    limits: LimitLookup | None
    undo_keys: QObject
    changed: SignalInstance  # after every edit, undo and redo

    def change(
        self,
        label: str,
        mutate: Callable[[], Any],
        key: str = "",
        select: str = "",
        block: str | None = None,
    ) -> bool:
        """Apply ``mutate`` as one undoable edit; ``key`` merges consecutive edits of a field,
        ``select`` / ``block`` name the outline element and block to show afterwards."""
        ...

    def draft_change_list(self) -> None:
        """Fill the 前言's change list from the difference with the last published version."""
        ...

    def numbering(self) -> Numbering: ...

    def select_block(self, block_id: str) -> None: ...

    def confirm_delete(self, element: Any, name: str) -> bool: ...


def line_edit(host: Host, value: str, on_text: Callable[[str], None], name: str) -> QLineEdit:
    field = QLineEdit(value, objectName=name)
    field.installEventFilter(host.undo_keys)
    field.textEdited.connect(on_text)
    return field


def text_edit(
    host: Host,
    value: str,
    on_text: Callable[[str], None],
    name: str,
    rows: int = 5,
    grow: bool = True,
) -> QPlainTextEdit:
    """``rows`` lines high at least; a field that does not ``grow`` stays about that size."""
    field = QPlainTextEdit(objectName=name)
    field.setPlainText(value)
    field.setUndoRedoEnabled(False)  # the document's undo stack is the only one
    field.installEventFilter(host.undo_keys)
    line = QFontMetrics(field.font()).lineSpacing()
    field.setMinimumHeight(line * rows + 12)
    if not grow:
        field.setMaximumHeight(line * (rows + 2) + 12)
    field.textChanged.connect(lambda: on_text(field.toPlainText()))
    return field


def lines_edit(
    host: Host,
    values: list[str],
    on_lines: Callable[[list[str]], None],
    name: str,
    rows: int = 4,
    grow: bool = True,
) -> QPlainTextEdit:
    """One entry per line; blank lines are dropped."""
    text = "\n".join(values)
    return text_edit(host, text, lambda t: on_lines(split_lines(t)), name, rows, grow)


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def setter(host: Host, obj: Any, attr: str, label: str, key: str = "") -> Callable[[Any], None]:
    """A slot that sets ``obj.attr`` as an undoable edit merged per field."""
    key = key or f"{obj.id}.{attr}"

    def apply(value: Any) -> None:
        host.change(label, lambda: setattr(obj, attr, value), key)

    return apply


def shorten(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
