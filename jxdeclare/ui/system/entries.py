"""The standards of the 标准体系 page: the table view and its panel (filters, toolbar, actions).

Rows drag out as ``ENTRY_MIME`` onto the system tree. The model, filter and badge are in
``entry_model``.
"""

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDrag,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.entry import EntryView
from jxdeclare.domain.system.tree import SystemTree
from jxdeclare.services.context import AppContext
from jxdeclare.services.system import register as system_register
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.system.entry_model import (
    CHANGED,
    CODE,
    DEPARTMENT,
    ID_ROLE,
    LEVEL,
    NUMBER,
    REVIEW,
    STATUS,
    TITLE,
    TITLE_MIN,
    EntryFilter,
    EntryModel,
    StatusDelegate,
    status_labels,
)
from jxdeclare.ui.system.tree_view import drag_pixmap
from jxdeclare.ui.system.undo import TreeHistory
from jxdeclare.ui.tasks import run_task


class EntryTable(QTableView):
    """Sortable, several rows selectable, rows dragged onto the tree to move them."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="systemEntries")
        self._fitting = False  # the title is being sized: not a user's resize
        self.setProperty("fillColumn", TITLE)  # takes the room left; a long title may elide
        self.entries = model
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setItemDelegateForColumn(STATUS, StatusDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the register's own (tree) order
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        header.sectionResized.connect(self._other_resized)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for column, width in ((CODE, 64), (NUMBER, 140), (LEVEL, 40), (STATUS, 160),
                              (REVIEW, 84), (DEPARTMENT, 72)):  # fmt: skip
            self.setColumnWidth(column, width)

    def fit_columns(self) -> None:
        """Size the short columns to what they hold; the title takes what is left."""
        caps = ((CODE, 90), (NUMBER, 190), (LEVEL, 90), (STATUS, 230), (DEPARTMENT, 120))
        for column, cap in caps:
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), cap))
        self._fit_title()

    def _fit_title(self) -> None:
        # Not a Stretch section: that would squeeze the title to nothing in a narrow window;
        # below TITLE_MIN the table scrolls sideways instead.
        others = sum(self.columnWidth(c) for c in range(self.model().columnCount()) if c != TITLE)
        self._fitting = True
        self.setColumnWidth(TITLE, max(TITLE_MIN, self.viewport().width() - others))
        self._fitting = False

    def _other_resized(self, column: int, _old: int, _new: int) -> None:
        if column != TITLE and not self._fitting:
            self._fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def selected_ids(self) -> list[int]:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return [int(index.data(ID_ROLE)) for index in sorted(rows, key=lambda i: i.row())]

    def select_entry(self, entry_id: int, add: bool = False) -> bool:
        """Select (``add``: also select) the entry's row when the filters show it."""
        row = self.entries.row_of(entry_id)
        index = self.proxy.mapFromSource(self.entries.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        if add:
            flags = QItemSelectionModel.SelectionFlag.Select
            self.selectionModel().select(index, flags | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.setCurrentIndex(index)  # the row alone, as a click selects it
        self.scrollTo(index)
        return True

    def startDrag(self, _actions: Qt.DropAction) -> None:
        # Not QAbstractItemView's: after a move it would try to remove the rows itself.
        rows = self.selectionModel().selectedRows()
        if not rows:
            return
        drag = QDrag(self)
        drag.setMimeData(self.proxy.mimeData(rows))
        first = rows[0].siblingAtColumn(NUMBER).data() or ""
        more = self.tr(" 等 %1 项").replace("%1", str(len(rows))) if len(rows) > 1 else ""
        drag.setPixmap(drag_pixmap(first + more, self.font()))
        drag.exec(Qt.DropAction.MoveAction)


class EntryPanel(QWidget):
    """The table of the selected branch with its filters and the actions on standards."""

    # Something was saved: a message for the page, which reloads, and an entry id to show.
    changed = Signal(str, object)

    def __init__(self, ctx: AppContext, history: TreeHistory, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.history = ctx, history
        self.enterprise_id: int | None = None
        self.system = SystemTree([])
        self.node_id: int | None = None  # the selected branch: where new standards go
        self.model = EntryModel(self)
        self.table = EntryTable(self.model)
        self.table.doubleClicked.connect(lambda index: self._open_dialog(index.data(ID_ROLE)))
        self.filter = QLineEdit(objectName="systemFilter", clearButtonEnabled=True)
        self.filter.setPlaceholderText(self.tr("按编号、名称、部门筛选"))
        self.status = QComboBox(objectName="systemStatusFilter")
        self.status.addItem(self.tr("全部状态"), "")
        for key, label in status_labels().items():
            self.status.addItem(label, key)
        self.status.addItem(self.tr("状态有变化"), CHANGED)
        self.filter.textChanged.connect(self._refilter)
        self.status.currentIndexChanged.connect(self._refilter)
        self.scope: set[int | None] | None = None
        bar = QToolBar(objectName="entryBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_key: dict[str, QAction] = {}
        for key, label, slot in (
            ("add", self.tr("添加标准…"), self.add),
            ("edit", self.tr("编辑…"), self.edit_selected),
            ("remove", self.tr("删除"), self.remove_selected),
            ("reviewed", self.tr("标记已复审"), self.mark_reviewed),
            ("acknowledge", self.tr("确认状态变化"), self.acknowledge),
        ):
            action = QAction(label, self, objectName=f"{key}EntryAction")
            action.triggered.connect(slot)
            self.actions_by_key[key] = action
            bar.addAction(action)
            if key != "add":
                self.table.addAction(action)  # the context menu
        remove = self.actions_by_key["remove"]
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        # The table's key, not the filter box's.
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._layout(bar)
        self._update_actions()

    def _layout(self, bar: QToolBar) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def show_entries(self, enterprise_id: int, system: SystemTree, views: list[EntryView]) -> None:
        same = enterprise_id == self.enterprise_id
        keep = self.table.selected_ids() if same else []
        self.enterprise_id, self.system = enterprise_id, system
        self.model.set_views(views)
        if not same:  # keep the widths a person set while working on one enterprise
            self.table.fit_columns()
        for entry_id in keep:
            self.table.select_entry(entry_id, add=True)
        self._update_actions()

    def set_scope(self, scope: set[int | None] | None, node_id: int | None) -> None:
        self.scope, self.node_id = scope, node_id
        self._refilter()

    def _refilter(self) -> None:
        self.table.proxy.set_filter(self.scope, self.filter.text(), self.status.currentData())
        self._update_actions()

    def clear_filters(self) -> None:
        self.filter.clear()
        self.status.setCurrentIndex(0)

    def selected(self) -> list[EntryView]:
        ids = set(self.table.selected_ids())
        return [v for v in self.model.views if v.id in ids]

    def _update_actions(self) -> None:
        chosen = self.selected()
        self.actions_by_key["edit"].setEnabled(len(chosen) == 1)
        self.actions_by_key["remove"].setEnabled(bool(chosen))
        self.actions_by_key["reviewed"].setEnabled(any(v.own for v in chosen))
        changes = any(v.status_change for v in self.model.views)
        self.actions_by_key["acknowledge"].setEnabled(changes)

    # -- actions -----------------------------------------------------------------------------

    def branch_choices(self) -> list[tuple[int | None, str]]:
        choices: list[tuple[int | None, str]] = [
            (node.id, "　" * depth + f"{self.system.code(node.id)} {node.title}")
            for node, depth in self.system.walk()
        ]
        return [*choices, (None, self.tr("未归入子体系"))]

    def add(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self._open_dialog(chosen[0].id)

    def _open_dialog(self, entry_id: int | None) -> None:
        from jxdeclare.ui.system.dialogs import EntryDialog

        if self.enterprise_id is None:
            return
        placed = frozenset(v.draft_id for v in self.model.views if v.draft_id is not None)
        node = self.node_id if entry_id is None else None
        dialog = EntryDialog(self.ctx, self.enterprise_id, self.branch_choices(), node, self,
                             entry_id=entry_id, placed_drafts=placed)  # fmt: skip
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not kept
        dialog.open()

    def _saved(self, entry_id: int) -> None:
        self.changed.emit(self.tr("已保存。"), entry_id)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = "\n".join(f"{v.number} {v.title}" for v in chosen[:10])
        more = self.tr("\n…共 %1 项").replace("%1", str(len(chosen))) if len(chosen) > 10 else ""
        answer = QMessageBox.question(
            self, self.tr("删除标准"), self.tr("从标准体系中删除：\n%1%2\n此操作不能撤销。")
            .replace("%1", names).replace("%2", more),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, ids = self.ctx, [v.id for v in chosen]

        def work() -> None:
            system_register.remove_entries(ctx, ids)

        self._run(work, self.tr("已删除 %1 项。").replace("%1", str(len(ids))), forget=True)

    def mark_reviewed(self) -> None:
        ctx, ids = self.ctx, [v.id for v in self.selected() if v.own]

        def work() -> None:
            system_register.mark_reviewed(ctx, ids)

        if ids:
            self._run(work, self.tr("已标记 %1 项为今天复审。").replace("%1", str(len(ids))))

    def acknowledge(self) -> None:
        ctx, eid = self.ctx, self.enterprise_id
        self._run(lambda: system_register.acknowledge_changes(ctx, eid),
                  self.tr("已确认状态变化。"))  # fmt: skip

    def _run(self, work: Callable[[], Any], done: str, forget: bool = False) -> None:
        def succeeded(_result: Any) -> None:
            if forget:  # undo would name standards that are gone
                self.history.clear()
            self.changed.emit(done, None)

        run_task(lambda _p, _c: work(), succeeded, partial(show_error, self), self)
