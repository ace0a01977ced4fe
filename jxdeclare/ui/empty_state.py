"""What an empty page shows instead of an empty table: what the page is for, and a button for
the first thing to do there (as the 标准体系 page does before an enterprise has a system)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

Action = tuple[str, str, Callable[..., Any]]  # key, label, slot: the button is "<key>EmptyButton"


class EmptyHint(QWidget):
    """A heading, one paragraph and the first action(s); the first button is the default."""

    def __init__(
        self, name: str, title: str, text: str, actions: Sequence[Action],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, objectName=f"{name}EmptyHint")
        heading = QLabel(title, objectName="emptyTitle")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        note = QLabel(text, objectName="emptyText", wordWrap=True)
        note.setMaximumWidth(560)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for index, (key, label, slot) in enumerate(actions):
            button = QPushButton(label, objectName=f"{key}EmptyButton")
            button.setDefault(index == 0)
            button.clicked.connect(lambda _checked=False, run=slot: run())
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch()


class EmptyOr(QStackedWidget):
    """The page's content, or its :class:`EmptyHint` while there is nothing to show."""

    def __init__(self, content: QWidget, hint: EmptyHint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.hint = content, hint
        self.addWidget(content)
        self.addWidget(hint)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.hint if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.hint
