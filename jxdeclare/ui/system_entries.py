"""The standards of the 标准体系 page: a table model over EntryViews, its filter and the view.

The status column reads as a coloured badge (现行 green, 即将实施 blue, 被代替/废止 red with what
replaced them, 未知 grey, 待制定 orange). Rows whose status changed with the last data pack are
bold on yellow until acknowledged. Rows drag out as ``ENTRY_MIME`` onto the system tree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDrag,
    QFont,
    QKeySequence,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.entry import EntryView
from jxdeclare.domain.system.tree import SystemTree
from jxdeclare.services import system_register
from jxdeclare.services.context import AppContext
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.system_tree_view import ENTRY_MIME, drag_pixmap, encode_ids
from jxdeclare.ui.system_undo import TreeHistory
from jxdeclare.ui.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CHANGED = "changed"  # the status filter's "状态有变化"
STATUS_COLOURS = {
    "现行": "#1b7f3b",
    "即将实施": "#1f5fbf",
    "被代替": "#b00020",
    "废止": "#b00020",
    "未知": "#6b6b6b",
    "待制定": "#c25e00",
}
HIGHLIGHT = "#fff3b0"
CODE, NUMBER, TITLE, LEVEL, STATUS, REVIEW, DEPARTMENT = range(7)
TITLE_MIN = 160


def status_labels() -> dict[str, str]:
    """The status words as the interface language shows them (the data keeps the Chinese)."""
    translate = QCoreApplication.translate
    return {
        "现行": translate("EntryModel", "现行"),
        "即将实施": translate("EntryModel", "即将实施"),
        "被代替": translate("EntryModel", "被代替"),
        "废止": translate("EntryModel", "废止"),
        "未知": translate("EntryModel", "未知"),
        "待制定": translate("EntryModel", "待制定"),
    }


def level_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "国": translate("EntryModel", "国"),
        "行": translate("EntryModel", "行"),
        "地": translate("EntryModel", "地"),
        "团": translate("EntryModel", "团"),
        "企": translate("EntryModel", "企"),
        "未知": translate("EntryModel", "未知"),
    }


def status_text(view: EntryView) -> str:
    label = status_labels().get(view.status, view.status)
    if view.replaced_by and view.status in ("被代替", "废止"):
        return f"{label} → {'、'.join(view.replaced_by)}"
    return label


def status_tip(view: EntryView) -> str:
    translate = QCoreApplication.translate
    lines = []
    if view.status_change:
        lines.append(translate("EntryModel", "数据包更新后状态变化：") + view.status_change)
    if view.chain:
        lines.append(translate("EntryModel", "代替关系：") + " → ".join(view.chain))
    if view.successor:
        since = view.successor_from.isoformat() if view.successor_from else ""
        coming = translate("EntryModel", "%1 将于 %2 实施")
        lines.append(coming.replace("%1", view.successor).replace("%2", since))
    if view.review_reason:
        lines.append(translate("EntryModel", "需提前复审：") + view.review_reason)
    return "\n".join(lines)


def _code_key(code: str) -> str:
    """体系编号 sorted as numbers: 1.2 before 1.10, unplaced last."""
    if not code:
        return "~"
    node, _, seq = code.partition("-")
    return ".".join(part.zfill(4) for part in node.split(".")) + "-" + seq.zfill(4)


class EntryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: list[EntryView] = []
        self.today = date.today()
        self.levels = level_labels()
        self.headers = [
            self.tr("体系编号"), self.tr("标准编号"), self.tr("标准名称"), self.tr("类别"),
            self.tr("状态"), self.tr("复审到期"), self.tr("责任部门"),
        ]  # fmt: skip

    def set_views(self, views: list[EntryView]) -> None:
        self.beginResetModel()
        self.views, self.today = views, date.today()
        self.levels = level_labels()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view, column = self.views[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, column)
        if role == SORT_ROLE:
            return _code_key(view.code) if column == CODE else self._text(view, column)
        if role == ID_ROLE:
            return view.id
        if role == STATUS_ROLE:
            return view.status
        return self._look(view, column, role)

    def _text(self, view: EntryView, column: int) -> str:
        if column == STATUS:
            return status_text(view)
        if column == REVIEW:
            return view.review_due.isoformat() if view.review_due else ""
        level = self.levels.get(str(view.level), str(view.level))
        values = (view.code, view.number or self.tr("（待定编号）"), view.title, level)
        return values[column] if column < len(values) else view.department

    def _look(self, view: EntryView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(view, column)
        if role == Qt.ItemDataRole.BackgroundRole and view.status_change:
            return QBrush(QColor(HIGHLIGHT))
        if role == Qt.ItemDataRole.FontRole and view.status_change:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == REVIEW and view.review_due:
            return QBrush(QColor("#b00020")) if view.review_due <= self.today else None
        return None

    def _tip(self, view: EntryView, column: int) -> str | None:
        if column == STATUS:
            return status_tip(view) or None
        lines = [{CODE: view.subsystem, TITLE: view.title}.get(column, "")]
        if view.status_change:  # the highlight explains itself wherever the mouse rests
            lines.append(self.tr("数据包更新后状态变化：") + view.status_change)
        return "\n".join(line for line in lines if line) or None

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ENTRY_MIME, encode_ids([self.views[r].id for r in rows]))
        data.setText("\n".join(f"{self.views[r].number} {self.views[r].title}" for r in rows))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def row_of(self, entry_id: int) -> int:
        return next((r for r, v in enumerate(self.views) if v.id == entry_id), -1)


class EntryFilter(QSortFilterProxyModel):
    """Standards of the selected branches, matching the typed text and the chosen status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope: set[int | None] | None = None
        self.text = ""
        self.status = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, scope: set[int | None] | None, text: str, status: str) -> None:
        # Qt 6.9 added begin/endFilterChange and later deprecated the older call.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self.scope, self.text, self.status = scope, text.strip().casefold(), status
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EntryModel)
        view = model.views[row]
        if self.scope is not None and view.node_id not in self.scope:
            return False
        if self.status == CHANGED and not view.status_change:
            return False
        if self.status not in ("", CHANGED) and view.status != self.status:
            return False
        haystack = " ".join((view.code, view.number, view.title, view.department, view.note))
        return self.text in haystack.casefold()


class StatusDelegate(QStyledItemDelegate):
    """The status as a rounded badge in its colour, readable on a selected row too."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        colour = QColor(STATUS_COLOURS.get(index.data(STATUS_ROLE), "#6b6b6b"))
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, opt.rect.width() - 6)
        height = metrics.height() + 4
        badge = QRectF(opt.rect.x() + 3, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.setBrush(_tint(colour))
        painter.drawRoundedRect(badge, 5, 5)
        painter.setFont(opt.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(badge.width()) - 12)
        painter.drawText(badge.adjusted(7, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 18, size.height() + 4)


def _tint(colour: QColor, strength: float = 0.12) -> QColor:
    """Mostly white with a touch of ``colour``: opaque, so it reads on a selection too."""
    return QColor(*(round(255 - (255 - c) * strength) for c in colour.getRgb()[:3]))


class EntryTable(QTableView):
    """Sortable, several rows selectable, rows dragged onto the tree to move them."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="systemEntries")
        self._fitting = False  # the title is being sized: not a user's resize
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
        from jxdeclare.ui.system_dialogs import EntryDialog

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
