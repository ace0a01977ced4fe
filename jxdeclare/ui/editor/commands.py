"""Undo for every edit: each command holds the whole document before and after, as JSON.

Snapshots make every kind of edit undoable the same way (typing, table cells, moving clauses)
and cannot drift out of step with the model. Typing into one field merges into one command, so
Ctrl+Z takes back a word or a sentence, not a character.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

MERGEABLE = 1  # QUndoCommand.id() of commands that may merge; mergeWith compares the field key


@dataclass(frozen=True)
class Selection:
    element: str  # outline element id (clause, annex, or one of the special nodes)
    block: str = ""  # the block selected in the form, if any


Restore = Callable[[str, Selection], None]


class SnapshotCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        restore: Restore,
        before: tuple[str, Selection],
        after: tuple[str, Selection],
        key: str = "",
    ) -> None:
        super().__init__(text)
        self.restore = restore
        self.before, self.after, self.key = before, after, key
        self._applied = True  # the edit is already in the document when it is pushed

    def id(self) -> int:
        return MERGEABLE if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.key != self.key:
            return False
        self.after = other.after
        self.setObsolete(self.after[0] == self.before[0])
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.restore(*self.after)

    def undo(self) -> None:
        self.restore(*self.before)


UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
EXTRA_REDO = ("Ctrl+Y", "Ctrl+Shift+Z")


def redo_shortcuts() -> list[QKeySequence]:
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in EXTRA_REDO:
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


class UndoKeysToWindow(QObject):
    """Installed on text fields: Ctrl+Z / Ctrl+Y go to the document's undo stack.

    A QLineEdit would otherwise claim them for its own, field-local undo history.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and is_undo_key(event):
            # Not claimed as an override: the window's undo/redo shortcut fires instead. A key
            # press gets here only when that action is disabled; the field must not undo alone.
            event.ignore()
            return True
        return False


def is_undo_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    if any(event.matches(key) for key in UNDO_KEYS):
        return True
    return QKeySequence(event.keyCombination()) in [QKeySequence(k) for k in EXTRA_REDO]
