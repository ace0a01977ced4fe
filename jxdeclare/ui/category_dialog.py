"""选择产品类别: a product of the pack, or any node of GB 2762 附录A / GB 2760 表E.1.

Inference only proposes (its candidates are listed first with the words that matched); the
user decides. Typing filters all three lists at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.catalog.foods import FoodCategory, Foods
from jxdeclare.catalog.foods.tree import fold
from jxdeclare.ui.screen_fit import fit_to_screen

ROLE = Qt.ItemDataRole.UserRole


class CategoryDialog(QDialog):
    def __init__(self, foods: Foods, candidates: Sequence[Any] = (),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.foods = foods
        self.chosen: FoodCategory | None = None
        self.setWindowTitle(self.tr("选择产品类别"))
        self.filter = QLineEdit(objectName="categoryFilter")
        self.filter.setPlaceholderText(self.tr("输入产品名、类别名称或代码筛选，如 米粉、06.07"))
        self.filter.textChanged.connect(self._filter)
        self.products = QListWidget(objectName="categoryProducts")
        self.trees = {tree: QTreeWidget(objectName=f"categoryTree_{tree}") for tree in foods.trees}
        self.tabs = QTabWidget(objectName="categoryTabs")
        self.tabs.addTab(self.products, self.tr("产品"))
        titles = {"gb2762": self.tr("GB 2762—2025 附录A"), "gb2760": self.tr("GB 2760—2024 表E.1")}
        for tree, widget in self.trees.items():
            widget.setHeaderLabels([self.tr("类别"), self.tr("代码")])
            widget.setColumnWidth(0, 420)
            self.tabs.addTab(widget, titles[tree])
            self._fill_tree(tree, widget)
            widget.itemDoubleClicked.connect(self.accept)
        self._fill_products(candidates)
        self.products.itemDoubleClicked.connect(self.accept)
        hint = QLabel(
            self.tr("类别决定与哪些强制性限量（GB 2762）和食品添加剂规定（GB 2760）比较。"),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (hint, self.filter, self.tabs, buttons):
            layout.addWidget(widget)
        fit_to_screen(self, 640, 520)

    def _fill_products(self, candidates: Sequence[Any]) -> None:
        proposed = {c.product: c for c in candidates}
        # Related products together (by their GB 2762 node); non-food products last.
        rest = sorted((p for p in self.foods.products if p not in proposed),
                      key=lambda p: (self.foods.of_product(p).gb2762 or "~", p))  # fmt: skip
        names = [*proposed, *rest]
        for name in names:
            if name not in self.foods.products:
                continue
            label = name
            if name in proposed:
                words = "、".join(proposed[name].words)
                label = self.tr("%1（推荐：标准中有“%2”）").replace("%1", name).replace("%2", words)
            item = QListWidgetItem(label)
            item.setData(ROLE, FoodCategory(name))
            self.products.addItem(item)
        if self.products.count():
            self.products.setCurrentRow(0)

    def _fill_tree(self, tree: str, widget: QTreeWidget) -> None:
        items: dict[str, QTreeWidgetItem] = {}
        for node in self.foods.trees[tree].nodes.values():
            parent = items.get(node.parent)
            item = QTreeWidgetItem([node.name, node.code])
            item.setData(0, ROLE, FoodCategory(**{tree: node.code}))
            item.setToolTip(0, node.source)
            if parent is None:
                widget.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[node.code] = item

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.products.count()):
            item = self.products.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))
        for widget in self.trees.values():
            for index in range(widget.topLevelItemCount()):
                _show_matching(widget.topLevelItem(index), wanted)

    def accept(self, *_: object) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, QListWidget):
            item: Any = widget.currentItem()
            data = item.data(ROLE) if item is not None and not item.isHidden() else None
        else:
            item = widget.currentItem() if isinstance(widget, QTreeWidget) else None
            data = item.data(0, ROLE) if item is not None else None
        if data is None:
            return  # nothing selected: keep the dialog open
        self.chosen = self.foods.complete(data)
        super().accept()


def _show_matching(item: QTreeWidgetItem, wanted: str) -> bool:
    """Show an item when it or a descendant matches; expand to the matches."""
    below = [_show_matching(item.child(i), wanted) for i in range(item.childCount())]
    own = not wanted or wanted in fold(item.text(0)) or item.text(1).startswith(wanted)
    visible = own or any(below)
    item.setHidden(not visible)
    item.setExpanded(bool(wanted) and any(below))
    return visible
