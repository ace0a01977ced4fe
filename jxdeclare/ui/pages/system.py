"""标准体系 page: one enterprise's system tree, its standards and what needs doing, or (全部企业)
the agency dashboard across every enterprise.

Every read and write is a background task; after each change the page reloads the enterprise
from the services, so what it shows is always what is stored. The panels are built in
ui/system_*.py; this module lays them out and switches between enterprises and states.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.entry import EntryView
from jxdeclare.domain.system.review import Action, dashboard
from jxdeclare.domain.system.tree import SystemTree
from jxdeclare.services.context import AppContext
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.system.actions import ActionPanel, AgencyBoard
from jxdeclare.ui.system.entries import EntryPanel
from jxdeclare.ui.system.exports import SystemExports
from jxdeclare.ui.system.import_dialog import ImportFlow
from jxdeclare.ui.system.tree_panel import EmptyState, TreePanel
from jxdeclare.ui.system.tree_view import ALL
from jxdeclare.ui.system.undo import TreeHistory
from jxdeclare.ui.tasks import run_task

AGENCY = None  # the selector's 全部企业 item
MESSAGE, EMPTY, WORKSPACE, BOARD = range(4)


@dataclass(frozen=True)
class Loaded:
    enterprise_id: int
    tree: SystemTree
    views: list[EntryView]
    actions: list[Action]
    pending: list[int]  # own standards (draft ids) waiting to be re-checked


def load(ctx: AppContext, enterprise_id: int) -> Loaded:
    from jxdeclare.services.system.status import entry_views
    from jxdeclare.services.system.watch import pending_rechecks

    today = date.today()
    tree, views = entry_views(ctx, enterprise_id, today)
    # The dashboard rules on the views just read (dashboard_rows would read them again).
    actions = dashboard(views, today)
    return Loaded(enterprise_id, tree, views, actions, pending_rechecks(ctx, enterprise_id))


class SystemPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Loaded | None = None
        self._generation = 0  # answers to an older load are dropped
        self._reveal: int | None = None  # entry to select once the enterprise is shown
        self._wanted: int | None = None  # enterprise to show once the list is in (工作台)
        self.history = TreeHistory(ctx, self)
        self.history.changed.connect(self.reload)
        self.exports = SystemExports(ctx, self)
        self.exports.exported.connect(lambda out: self.status.setText(self.tr("已生成：") + out))
        self.importer = ImportFlow(ctx, self)
        self.importer.imported.connect(self._imported)
        self.enterprise = QComboBox(objectName="systemEnterprise")
        self.enterprise.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.enterprise.setMinimumContentsLength(12)
        self.enterprise.addItem(self.tr("全部企业（机构看板）"), AGENCY)
        self.enterprise.currentIndexChanged.connect(self._enterprise_changed)
        self.import_button = QPushButton(self.tr("从 Excel 导入…"), objectName="importSystemButton")
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("输出"), objectName="exportSystemButton")
        self.export_button.setMenu(self.exports.menu)
        self.empty = EmptyState(ctx)
        self.empty.created.connect(self._changed)
        self.empty.import_.clicked.connect(self.choose_import)
        self.tree_panel = TreePanel(ctx, self.history)
        self.tree_panel.removed.connect(self._changed)
        self.tree_panel.tree.currentItemChanged.connect(self._branch_changed)
        self.entries = EntryPanel(ctx, self.history)
        self.entries.changed.connect(self._changed)
        self.actions_panel = ActionPanel(ctx)
        self.actions_panel.entry_activated.connect(self.select_entry)
        self.actions_panel.changed.connect(self.reload)
        self.board = AgencyBoard(ctx)
        self.board.open_entry.connect(self.open_entry)
        self.message = QLabel(objectName="systemMessage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(objectName="systemStatus", wordWrap=True)
        self._layout()
        self._enterprises_loaded = False

    def _layout(self) -> None:
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.tree_panel)
        sides.addWidget(self.entries)
        sides.setStretchFactor(1, 1)
        sides.setSizes([220, 680])
        work = QSplitter(Qt.Orientation.Vertical, objectName="systemWorkspace")
        work.addWidget(sides)
        work.addWidget(self.actions_panel)
        work.setStretchFactor(0, 1)  # a taller window gives the register the room
        work.setStretchFactor(1, 0)
        work.setSizes([430, 170])
        self.stack = QStackedWidget()
        for widget in (self.message, self.empty, work, self.board):
            self.stack.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("企业：")))
        top.addWidget(self.enterprise, 1)
        for action in (self.history.undo_action, self.history.redo_action):
            button = QToolButton(objectName=action.objectName().replace("Action", "Button"))
            button.setDefaultAction(action)
            top.addWidget(button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

    # -- enterprises -------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        from jxdeclare.services.enterprises import list_enterprises

        ctx = self.ctx  # enterprises may have been added since: refresh the list every time
        run_task(lambda _p, _c: list_enterprises(ctx), self._fill_enterprises,
                 partial(show_error, self), self)  # fmt: skip

    def _fill_enterprises(self, enterprises: list[Any]) -> None:
        current = self.enterprise.currentData()
        self.enterprise.blockSignals(True)
        while self.enterprise.count() > 1:
            self.enterprise.removeItem(1)
        for enterprise in enterprises:
            self.enterprise.addItem(enterprise.name, enterprise.id)
        first_time, self._enterprises_loaded = not self._enterprises_loaded, True
        wanted = enterprises[0].id if first_time and enterprises else current
        if self._wanted is not None:
            wanted, self._wanted = self._wanted, None
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(wanted)))
        self.enterprise.blockSignals(False)
        if enterprises:
            self._enterprise_changed()
        else:
            self.message.setText(self.tr("还没有企业。请先在“企业”页添加企业。"))
            self._set_state(MESSAGE)

    def enterprise_id(self) -> int | None:
        return self.enterprise.currentData()

    def _enterprise_changed(self) -> None:
        if self.loaded is None or self.loaded.enterprise_id != self.enterprise_id():
            self.history.clear()
        self.exports.enterprise = None
        if self.enterprise_id() is AGENCY:
            self._set_state(BOARD)
            self.board.reload()
        else:
            self.reload()

    def open_entry(self, enterprise_id: int, entry_id: int | None) -> None:
        """Show the enterprise (now, or once the list is in) and select one of its standards."""
        self._reveal = entry_id
        if (index := self.enterprise.findData(enterprise_id)) >= 0:
            self._wanted = None
            self.enterprise.setCurrentIndex(index)
        else:
            self._wanted = enterprise_id

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        eid = self.enterprise_id()
        if eid is AGENCY:
            return
        self._generation += 1
        generation, ctx = self._generation, self.ctx
        run_task(lambda _p, _c: load(ctx, eid), partial(self._show, generation),
                 partial(self._failed, generation), self)  # fmt: skip

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            show_error(self, error)

    def _show(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation or loaded.enterprise_id != self.enterprise_id():
            return
        self.loaded = loaded
        self.exports.enterprise = (loaded.enterprise_id, self.enterprise.currentText())
        self.empty.enterprise_id = loaded.enterprise_id
        if not loaded.tree.nodes and not loaded.views:
            self._set_state(EMPTY)
            return
        placed = Counter(v.node_id for v in loaded.views)
        self.tree_panel.enterprise_id = loaded.enterprise_id
        self.tree_panel.tree.fill(loaded.tree, placed)
        self.entries.show_entries(loaded.enterprise_id, loaded.tree, loaded.views)
        self._branch_changed()
        self.actions_panel.set_actions(loaded.enterprise_id, loaded.actions, loaded.pending)
        self._set_state(WORKSPACE)
        if self._reveal is not None:
            self.select_entry(self._reveal)
            self._reveal = None

    def _set_state(self, state: int) -> None:
        self.stack.setCurrentIndex(state)
        self.export_button.setEnabled(state == WORKSPACE)
        self.import_button.setEnabled(state in (EMPTY, WORKSPACE))

    def _changed(self, text: str, reveal: int | None = None) -> None:
        self.status.setText(text)
        self._reveal = reveal
        self.reload()

    def _branch_changed(self) -> None:
        tree = self.tree_panel.tree
        self.entries.set_scope(tree.scope(), tree.current_node())

    def select_entry(self, entry_id: int) -> None:
        """Show one standard in the table, widening the branch and filters if they hide it."""
        if not self.entries.table.select_entry(entry_id):
            self.tree_panel.tree.select_key(ALL)
            self.entries.clear_filters()
            self.entries.table.select_entry(entry_id)
        self.entries.table.setFocus()

    # -- importing ---------------------------------------------------------------------------

    def choose_import(self) -> None:
        eid = self.enterprise_id()
        if eid is not AGENCY:
            self.importer.choose(eid, self.empty.template_key())

    def _imported(self, text: str) -> None:
        self.history.clear()  # the tree may have new branches the history knows nothing of
        self._changed(text)
