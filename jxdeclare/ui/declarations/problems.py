"""A declaration's problems as a list: each line the field's label as the form shows it, then what
is wrong, coloured by severity (never an internal key such as commitment_accepted)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from jxdeclare.domain.declaration_fields import labelled
from jxdeclare.domain.messages import Problem
from jxdeclare.ui.severity import COLOURS


def language(widget: QWidget) -> str:
    return "en" if widget.locale().language().name == "English" else "zh"


class ProblemList(QListWidget):
    def __init__(self, empty_text: str, parent: QWidget | None = None, *, objectName: str) -> None:
        super().__init__(parent, objectName=objectName)
        self.empty_text = empty_text

    def show_problems(self, problems: Iterable[Problem]) -> None:
        self.clear()
        lang = language(self)
        for problem in problems:
            field = problem.params.get("field", "")
            item = QListWidgetItem(labelled(field, problem.text(lang), lang))
            item.setForeground(QBrush(QColor(COLOURS[problem.severity.value])))
            self.addItem(item)
        if not self.count():
            self.addItem(self.empty_text)
