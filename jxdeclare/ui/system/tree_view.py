"""The system tree of the 标准体系 page: branches with 体系编号 and counts, drag and drop.

Items carry a key: a branch's id, or ALL / UNPLACED for the two entries around the branches.
Branches are dragged as ``BRANCH_MIME`` (drop onto a branch: its last child; between two
branches: that place); standards arrive from the entry table as ``ENTRY_MIME`` (drop onto a
branch, or onto 未归入子体系). Drops are handled here, not by QTreeWidget's own item moving:
the tree is a picture of the database and is redrawn from it after the service call.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from jxdeclare.domain.system.tree import SystemTree

ALL, UNPLACED = -1, -2
BRANCH_MIME = "application/x-jxdeclare-system-branch"
ENTRY_MIME = "application/x-jxdeclare-system-entries"
KEY = Qt.ItemDataRole.UserRole


def encode_ids(ids: list[int]) -> QByteArray:
    return QByteArray(",".join(str(i) for i in ids).encode("ascii"))


def decode_ids(data: QMimeData, mime: str) -> list[int]:
    text = bytes(data.data(mime).data()).decode("ascii", "replace")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


def drag_pixmap(text: str, font: QFont) -> QPixmap:
    """A small label under the cursor saying what is being dragged."""
    metrics = QFontMetrics(font)
    pixmap = QPixmap(metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
    pixmap.fill(QColor("#eef3fb"))
    painter = QPainter(pixmap)
    painter.setFont(font)
    painter.setPen(QColor("#1f3f6f"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


@dataclass(frozen=True)
class BranchMove:
    node_id: int
    parent_id: int | None
    index: int | None  # among the new siblings without the node; None: last


@dataclass(frozen=True)
class EntryMove:
    entry_ids: list[int]
    node_id: int | None  # None: 未归入子体系


def _totals(system: SystemTree, placed: Counter[int | None]) -> Counter[int]:
    """Standards on each branch and below it."""
    totals: Counter[int] = Counter()
    for node, _depth in reversed(list(system.walk())):
        totals[node.id] += placed[node.id]
        if node.parent_id is not None:
            totals[node.parent_id] += totals[node.id]
    return totals


class SystemTreeView(QTreeWidget):
    branch_dropped = Signal(object)  # BranchMove
    entries_dropped = Signal(object)  # EntryMove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="systemTree")
        self.system = SystemTree([])
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- content -----------------------------------------------------------------------------

    def fill(self, system: SystemTree, placed: Counter[int | None]) -> None:
        """Redraw from ``system``; ``placed`` counts the standards on each branch (None: none)."""
        keep, scrolled = self.current_key(), self.verticalScrollBar().value()
        collapsed = self._collapsed()
        self.system = system
        self.clear()
        totals = _totals(system, placed)
        everything = sum(placed.values())
        self.addTopLevelItem(self._item(ALL, self.tr("全部"), everything))
        items: dict[int, QTreeWidgetItem] = {}
        for node, _depth in system.walk():
            item = self._item(node.id, f"{system.code(node.id)} {node.title}", totals[node.id])
            item.setToolTip(0, " / ".join(n.title for n in system.path(node.id)))
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.addTopLevelItem(item)
            items[node.id] = item
        self.addTopLevelItem(self._item(UNPLACED, self.tr("未归入子体系"), placed[None]))
        self.expandAll()
        for node_id in collapsed & items.keys():  # what the person closed stays closed
            items[node_id].setExpanded(False)
        self.select_key(keep if keep in items or keep == UNPLACED else ALL)
        self.verticalScrollBar().setValue(scrolled)

    def _collapsed(self) -> set[int]:
        found, items = set(), QTreeWidgetItemIterator(self)
        while (item := items.value()) is not None:
            if item.childCount() and not item.isExpanded():
                found.add(int(item.data(0, KEY)))
            items += 1
        return found

    def _item(self, key: int, text: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{text} ({count})" if count else text])
        item.setData(0, KEY, key)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if key > 0:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        else:
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
        item.setFlags(flags)
        return item

    def current_key(self) -> int:
        item = self.currentItem()
        return int(item.data(0, KEY)) if item is not None else ALL

    def current_node(self) -> int | None:
        key = self.current_key()
        return key if key > 0 else None

    def scope(self) -> set[int | None] | None:
        """Which standards the table shows: a branch with its descendants, unplaced, or all."""
        key = self.current_key()
        if key == ALL:
            return None
        if key == UNPLACED:
            return {None}
        return {key, *self.system.descendants(key)}

    def item_of(self, key: int) -> QTreeWidgetItem | None:
        found = QTreeWidgetItemIterator(self)
        while (item := found.value()) is not None:
            if item.data(0, KEY) == key:
                return item
            found += 1
        return None

    def select_key(self, key: int) -> None:
        item = self.item_of(key) or self.item_of(ALL)
        if item is not None:
            self.setCurrentItem(item)

    # -- drag --------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [BRANCH_MIME, ENTRY_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        keys = [int(item.data(0, KEY)) for item in items if int(item.data(0, KEY)) > 0]
        data.setData(BRANCH_MIME, encode_ids(keys[:1]))
        return data

    def startDrag(self, _actions: Qt.DropAction) -> None:
        # Not QAbstractItemView's: after a move it would delete the dragged item itself.
        item = self.currentItem()
        if item is None or int(item.data(0, KEY)) <= 0:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(drag_pixmap(item.text(0), self.font()))
        drag.exec(Qt.DropAction.MoveAction)

    # -- drop --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(BRANCH_MIME) or event.mimeData().hasFormat(ENTRY_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # the drop indicator and scrolling near the edges
        parent, row = self.drop_place(event.mimeData(), event.position().toPoint())
        if self.resolve_drop(parent, row, event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        parent, row = self.drop_place(event.mimeData(), event.position().toPoint())
        if self.dropMimeData(parent, row, event.mimeData(), Qt.DropAction.MoveAction):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def drop_place(self, data: QMimeData, pos: QPoint) -> tuple[QTreeWidgetItem | None, int]:
        """(parent, row) as dropMimeData takes them; row -1 means onto ``parent`` itself."""
        item = self.itemAt(pos)
        if item is None:
            return None, self.topLevelItemCount()
        if data.hasFormat(ENTRY_MIME):
            return item, -1  # a standard goes onto the branch under the cursor
        rect = self.visualItemRect(item)
        margin = max(2, min(rect.height() // 4, 12))
        parent = item.parent()
        row = parent.indexOfChild(item) if parent else self.indexOfTopLevelItem(item)
        if pos.y() - rect.top() < margin:
            return parent, row
        if rect.bottom() - pos.y() < margin and not item.isExpanded():
            return parent, row + 1
        return item, -1

    def dropMimeData(
        self, parent: QTreeWidgetItem | None, index: int, data: QMimeData,
        _action: Qt.DropAction,
    ) -> bool:  # fmt: skip
        move = self.resolve_drop(parent, index, data)
        if isinstance(move, BranchMove):
            self.branch_dropped.emit(move)
        elif isinstance(move, EntryMove):
            self.entries_dropped.emit(move)
        return move is not None

    def resolve_drop(
        self, parent: QTreeWidgetItem | None, index: int, data: QMimeData
    ) -> BranchMove | EntryMove | None:
        key = int(parent.data(0, KEY)) if parent is not None else None
        if data.hasFormat(ENTRY_MIME):
            ids = decode_ids(data, ENTRY_MIME)
            if not ids or key is None or key == ALL:
                return None
            return EntryMove(ids, None if key == UNPLACED else key)
        moved = decode_ids(data, BRANCH_MIME)
        if len(moved) != 1 or moved[0] not in self.system.nodes:
            return None
        return self._branch_move(moved[0], key, index)

    def _branch_move(self, node_id: int, key: int | None, index: int) -> BranchMove | None:
        at: int | None = None  # insertion point among the new siblings; None: last
        if key is not None and key > 0:
            parent_id, at = key, (index if index >= 0 else None)
        else:  # top level: between its rows (row 0 is 全部), or onto 全部 / 未归入
            parent_id = None
            at = max(0, index - 1) if key is None and index >= 0 else None
        if parent_id == node_id or parent_id in self.system.descendants(node_id):
            return None
        siblings = [n.id for n in self.system.children.get(parent_id, [])]
        if at is None or at >= len(siblings):
            position = len(siblings) - (node_id in siblings)
        else:
            position = at - (node_id in siblings[:at])
        if node_id in siblings and siblings.index(node_id) == position:
            return None  # dropped where it already is
        return BranchMove(node_id, parent_id, position)
