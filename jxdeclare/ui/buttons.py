"""A row of push buttons, each named for tests and scripts ("addButton", "importPackButton")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

ButtonSpec = tuple[str, str, Callable[..., Any]]  # key, label, slot


def button_row(
    specs: Iterable[ButtonSpec], suffix: str = "Button"
) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """(layout, {key: button}); each button's objectName is ``key + suffix``."""
    bar, buttons = QHBoxLayout(), {}
    for key, label, slot in specs:
        button = QPushButton(label, objectName=f"{key}{suffix}")
        button.clicked.connect(slot)
        buttons[key] = button
        bar.addWidget(button)
    return bar, buttons
