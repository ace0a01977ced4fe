"""The left side of the 标准体系 page: the tree with its branch toolbar and context menu, and
the empty state offered before an enterprise has a system."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.templates import DEFAULT_TEMPLATE, TEMPLATES
from jxdeclare.services.context import AppContext
from jxdeclare.services.system import tree as system_tree
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.system.tree_view import SystemTreeView
from jxdeclare.ui.system.undo import TreeHistory
from jxdeclare.ui.tasks import run_task


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
