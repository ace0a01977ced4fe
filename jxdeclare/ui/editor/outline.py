"""The outline: 封面和前言, 引言, numbered chapters and clauses, annexes, 参考文献.

Each item carries its element's id. Typing only changes texts, so the tree is rebuilt only when
its shape changes (add, move, indent, delete); otherwise the labels are updated in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from jxdeclare.domain.document.model import Annex, Clause, Document
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import resolve
from jxdeclare.ui.editor.structure import BIBLIOGRAPHY, COVER, INTRODUCTION

ID_ROLE = Qt.ItemDataRole.UserRole

Shape = list[tuple[str, str]]  # (id, parent id) in tree order


class Outline(QTreeWidget):
    selected = Signal(str)  # element id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setIndentation(16)
        self._shape: Shape = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._current_changed)

    def _entries(self, doc: Document, numbers: Numbering) -> list[tuple[str, str, str]]:
        """(id, parent id, label) for every node in order."""
        out = [(COVER, "", self.tr("封面和前言"))]
        intro = self.tr("引言") if doc.introduction else self.tr("引言（可选）")
        out.append((INTRODUCTION, "", intro))

        def clause(node: Clause, parent: str) -> None:
            label = numbers.get(node.id)
            number = label.number if label else ""
            out.append((node.id, parent, f"{number} {resolve(node.title, numbers)}".strip()))
            for child in node.children:
                clause(child, node.id)

        for chapter in doc.chapters:
            clause(chapter, "")
        for annex in doc.annexes:
            out.append((annex.id, "", self._annex_label(annex, numbers)))
            for child in annex.children:
                clause(child, annex.id)
        out.append((BIBLIOGRAPHY, "", self.tr("参考文献")))
        return out

    def _annex_label(self, annex: Annex, numbers: Numbering) -> str:
        label = numbers.get(annex.id)
        return f"附录{label.number if label else ''} {resolve(annex.title, numbers)}"

    def sync(self, doc: Document, numbers: Numbering, select: str) -> None:
        """Show the document; ``select`` becomes current without emitting ``selected``."""
        entries = self._entries(doc, numbers)
        shape = [(i, p) for i, p, _label in entries]
        self.blockSignals(True)
        if shape != self._shape:
            self._rebuild(entries)
            self._shape = shape
        else:
            for element_id, _parent, label in entries:
                if self._items[element_id].text(0) != label:
                    self._items[element_id].setText(0, label)
        item = self._items.get(select) or self._items[COVER]
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)

    def _rebuild(self, entries: list[tuple[str, str, str]]) -> None:
        self.clear()
        self._items = {}
        for element_id, parent, label in entries:
            owner = self._items.get(parent)
            item = QTreeWidgetItem([label])
            item.setData(0, ID_ROLE, element_id)
            item.setToolTip(0, label)
            if owner is None:
                self.addTopLevelItem(item)
            else:
                owner.addChild(item)
            self._items[element_id] = item
        self.expandAll()

    def current_id(self) -> str:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item else COVER

    def label(self, element_id: str) -> str:
        item = self._items.get(element_id)
        return item.text(0) if item else ""

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.selected.emit(current.data(0, ID_ROLE))
