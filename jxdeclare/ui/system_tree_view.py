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
from functools import partial

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.templates import DEFAULT_TEMPLATE, TEMPLATES
from jxdeclare.domain.system.tree import SystemTree
from jxdeclare.services import system_tree
from jxdeclare.services.context import AppContext
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.system_undo import TreeHistory
from jxdeclare.ui.tasks import run_task

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


def _totals(system: SystemTree, placed: Counter[int | None]) -> Counter[int]:
    """Standards on each branch and below it."""
    totals: Counter[int] = Counter()
    for node, _depth in reversed(list(system.walk())):
        totals[node.id] += placed[node.id]
        if node.parent_id is not None:
            totals[node.parent_id] += totals[node.id]
    return totals


class TreePanel(QWidget):
    """The tree with its branch actions: add (top level or below), rename, delete."""

    removed = Signal(str)  # a branch was deleted (not undoable): what happened, for the page

    def __init__(self, ctx: AppContext, history: TreeHistory, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.history = ctx, history
        self.enterprise_id: int | None = None
        self.tree = SystemTreeView()
        self.tree.branch_dropped.connect(
            lambda m: history.move_branch(m.node_id, m.parent_id, m.index)
        )
        self.tree.entries_dropped.connect(lambda m: history.move_entries(m.entry_ids, m.node_id))
        self.actions_by_key: dict[str, QAction] = {}
        for key, label, slot in (
            ("addTop", self.tr("新建子体系（顶层）"), self.add_top),
            ("addChild", self.tr("在所选分支下新建"), self.add_child),
            ("rename", self.tr("重命名"), self.rename),
            ("remove", self.tr("删除"), self.remove),
        ):
            action = QAction(label, self, objectName=f"{key}BranchAction")
            action.triggered.connect(slot)
            self.actions_by_key[key] = action
            self.tree.addAction(action)  # the context menu, and the keys while the tree has focus
        self.actions_by_key["rename"].setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.actions_by_key["remove"].setShortcut(QKeySequence.StandardKey.Delete)
        for action in self.actions_by_key.values():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.currentItemChanged.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.tree, 1)
        self._update_actions()

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(objectName="branchBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        new = QToolButton(text=self.tr("新建分支"), objectName="newBranchButton")
        new.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(new)
        menu.addActions([self.actions_by_key["addTop"], self.actions_by_key["addChild"]])
        new.setMenu(menu)
        bar.addWidget(new)
        bar.addActions([self.actions_by_key["rename"], self.actions_by_key["remove"]])
        return bar

    def _update_actions(self) -> None:
        on_branch = self.tree.current_node() is not None
        for key in ("addChild", "rename", "remove"):
            self.actions_by_key[key].setEnabled(on_branch)

    def _ask_title(self, title: str, prompt: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, prompt, text=text)
        return value.strip() if ok and value.strip() else None

    def add_top(self) -> None:
        title = self._ask_title(self.tr("新建子体系"), self.tr("子体系名称："))
        if title and self.enterprise_id is not None:
            self.history.add_branch(self.enterprise_id, None, title)

    def add_child(self) -> None:
        parent = self.tree.current_node()
        if parent is None or self.enterprise_id is None:
            return
        where = self.tree.system.nodes[parent].title
        title = self._ask_title(
            self.tr("新建下级分支"), self.tr("在“%1”下新建：").replace("%1", where)
        )
        if title:
            self.history.add_branch(self.enterprise_id, parent, title)

    def rename(self) -> None:
        node = self.tree.current_node()
        if node is None:
            return
        old = self.tree.system.nodes[node].title
        title = self._ask_title(self.tr("重命名分支"), self.tr("新名称："), old)
        if title and title != old:
            self.history.rename(node, title)

    def remove(self) -> None:
        node = self.tree.current_node()
        if node is None:
            return
        system = self.tree.system
        below = len(system.descendants(node))
        text = self.tr("删除分支“%1 %2”").replace("%1", system.code(node))
        text = text.replace("%2", system.nodes[node].title)
        if below:
            text += self.tr("及其 %1 个下级分支").replace("%1", str(below))
        where = system.nodes[node].parent_id
        up = system.nodes[where].title if where is not None else self.tr("未归入子体系")
        text += self.tr("？\n其中的标准不会删除，将移到“%1”。此操作不能撤销。").replace("%1", up)
        answer = QMessageBox.question(self, self.tr("删除分支"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.ctx
        run_task(lambda _p, _c: system_tree.remove_node(ctx, node), self._removed,
                 partial(show_error, self), self)  # fmt: skip

    def _removed(self, moved: int) -> None:
        self.history.clear()  # later commands may name the deleted branch
        self.removed.emit(self.tr("分支已删除，%1 项标准已移到上一级。").replace("%1", str(moved)))


class EmptyState(QWidget):
    """An enterprise without a system: start one from a template, or import its 明细表."""

    created = Signal(str)  # the tree was laid out: a message for the page, which reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enterprise_id: int | None = None
        heading = QLabel(self.tr("<h3>尚未建立标准体系</h3>"))
        text = self.tr("先按模板建立体系结构，再添加标准；或从已有的标准明细表（Excel）导入。")
        note = QLabel(text, wordWrap=True)
        self.template = QComboBox(objectName="systemTemplate")
        self.template.setMaximumWidth(520)
        for template in TEMPLATES.values():
            self.template.addItem(template.name, template.key)
            self.template.setItemData(self.template.count() - 1, template.source,
                                      Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.template.setCurrentIndex(self.template.findData(DEFAULT_TEMPLATE))
        self.create = QPushButton(self.tr("建立标准体系"), objectName="createSystemButton")
        self.create.setDefault(True)
        self.create.clicked.connect(self.create_tree)
        self.import_ = QPushButton(self.tr("从 Excel 导入…"), objectName="importEmptyButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.create)
        buttons.addWidget(self.import_)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("体系模板：")))
        layout.addWidget(self.template)
        layout.addLayout(buttons)
        layout.addStretch()

    def template_key(self) -> str:
        return str(self.template.currentData() or DEFAULT_TEMPLATE)

    def create_tree(self) -> None:
        ctx, eid, key = self.ctx, self.enterprise_id, self.template_key()
        if eid is None:
            return
        run_task(lambda _p, _c: system_tree.create_tree(ctx, eid, key),
                 lambda _tree: self.created.emit(self.tr("已按模板建立标准体系。")),
                 partial(show_error, self), self)  # fmt: skip
