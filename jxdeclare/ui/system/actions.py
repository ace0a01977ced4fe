"""What needs doing: one enterprise's actions under its register, and the agency dashboard of
every enterprise (sortable, exported to Excel in the CLI's dashboard workbook).

Both lists come from the domain's dashboard rules (replaced or withdrawn standards still in use,
coming editions, reviews due, status changes, own standards waiting to be re-checked).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.review import Action, ActionKind
from jxdeclare.services.context import AppContext
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.severity import COLOURS
from jxdeclare.ui.tasks import run_task

K = ActionKind
SEVERITY = {
    K.REPLACED: "error", K.WITHDRAWN: "error", K.REVIEW_OVERDUE: "error",
    K.COMING: "warning", K.REVIEW_SOON: "warning", K.REVIEW_TRIGGERED: "warning",
    K.STATUS_CHANGED: "info", K.RECHECK: "info",
}  # fmt: skip
ENTRY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: ActionKind) -> str:
    translate = QCoreApplication.translate
    return {
        K.REPLACED: translate("ActionPanel", "被代替仍在用"),
        K.WITHDRAWN: translate("ActionPanel", "已废止仍在用"),
        K.COMING: translate("ActionPanel", "即将实施"),
        K.REVIEW_OVERDUE: translate("ActionPanel", "复审到期"),
        K.REVIEW_SOON: translate("ActionPanel", "复审将到期"),
        K.REVIEW_TRIGGERED: translate("ActionPanel", "引用标准变化需复审"),
        K.STATUS_CHANGED: translate("ActionPanel", "状态有变化"),
        K.RECHECK: translate("ActionPanel", "待重新检查"),
    }.get(kind, str(kind))


def action_detail(action: Action, today: date | None = None) -> str:
    """The action's explanation in the interface language (the domain's text is Chinese, for
    the CLI and reports); data recorded as text (a status change, changed references) as is."""
    translate = QCoreApplication.translate
    entry, due = action.entry, action.due
    on = due.isoformat() if due else ""
    days = str((due - (today or date.today())).days) if due else ""
    if action.kind is K.REPLACED:
        return translate("ActionPanel", "已被 %1 代替").replace("%1", "、".join(entry.replaced_by))
    if action.kind is K.WITHDRAWN:
        return translate("ActionPanel", "已废止")
    if action.kind is K.COMING and entry.successor and due == entry.successor_from:
        text = translate("ActionPanel", "%1 将于 %2 实施并代替本标准（%3 天后）")
        return text.replace("%1", entry.successor).replace("%2", on).replace("%3", days)
    if action.kind is K.COMING:
        return translate("ActionPanel", "%1 实施（%2 天后）").replace("%1", on).replace("%2", days)
    if action.kind is K.REVIEW_OVERDUE:
        return translate("ActionPanel", "应于 %1 复审").replace("%1", on)
    if action.kind is K.REVIEW_SOON:
        return translate("ActionPanel", "%1 复审到期").replace("%1", on)
    if action.kind is K.RECHECK:
        return translate("ActionPanel", "数据包变化后尚未重新检查")
    return action.text  # STATUS_CHANGED, REVIEW_TRIGGERED: what was recorded at the time


def action_cells(action: Action) -> list[str]:
    entry = action.entry
    standard = f"{entry.number} {entry.title}".strip()
    return [
        kind_label(action.kind),
        standard,
        action_detail(action),
        action.due.isoformat() if action.due else "",
    ]


def _action_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setMinimumHeight(table.fontMetrics().height() * 5)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # 说明 takes the room left (and may elide, with a tooltip); numbers and kinds stay whole
    header.setStretchLastSection(False)
    header.setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.Stretch)
    return table


class _Item(QTableWidgetItem):
    """Sorts by SORT_ROLE when it has one: the kind column in order of urgency, not by name."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


def _fill(table: QTableWidget, kind_column: int, rows: list[tuple[list[str], Action, Any]]) -> None:
    """Rows of (cells, action, key kept on the first cell), most urgent first."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (cells, action, key) in enumerate(rows):
        for c, text in enumerate(cells):
            item = _Item(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
        table.item(r, 0).setData(ENTRY_ROLE, key)
        kind = table.item(r, kind_column)
        kind.setData(SORT_ROLE, action.urgency)
        kind.setForeground(QBrush(QColor(COLOURS[SEVERITY.get(action.kind, "info")])))
    table.horizontalHeader().setSortIndicator(kind_column, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    for column in range(table.columnCount()):
        if column != table.columnCount() - 2:
            table.resizeColumnToContents(column)


class ActionPanel(QWidget):
    """The selected enterprise's actions; a double-click shows the standard in the register."""

    entry_activated = Signal(int)
    changed = Signal()  # a re-check finished: the page reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enterprise_id: int | None = None
        self.pending: list[int] = []
        self.heading = QLabel(objectName="actionHeading")
        self.recheck = QPushButton(objectName="recheckButton")
        self.recheck.clicked.connect(self.run_rechecks)
        self.recheck.hide()
        headers = [self.tr("类型"), self.tr("标准"), self.tr("说明"), self.tr("期限")]
        self.table = _action_table("actionTable", headers)
        self.table.itemDoubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_actions(self, enterprise_id: int, actions: list[Action], pending: list[int]) -> None:
        self.enterprise_id, self.pending = enterprise_id, pending
        _fill(self.table, 0, [(action_cells(a), a, a.entry.id) for a in actions])
        self.heading.setText(
            self.tr("待办事项（%1）").replace("%1", str(len(actions)))
            if actions else self.tr("待办事项：无")
        )  # fmt: skip
        self.recheck.setText(self.tr("重新检查 %1 项").replace("%1", str(len(pending))))
        self.recheck.setVisible(bool(pending))

    def _activated(self, item: QTableWidgetItem) -> None:
        key = self.table.item(item.row(), 0).data(ENTRY_ROLE)
        if key is not None:
            self.entry_activated.emit(int(key))

    def run_rechecks(self) -> None:
        from jxdeclare.services.batch_check import BatchSummary, check_stored

        ctx, owner, ids = self.ctx, self.enterprise_id, list(self.pending)
        if owner is None or not ids:
            return

        def work(progress: Any, cancel: Any) -> Any:
            results = check_stored(ctx, owner, progress=progress, cancel=cancel, draft_ids=ids)
            return BatchSummary.of(results)

        run_task(work, self._rechecked, partial(show_error, self), self,
                 label=self.tr("正在重新检查…"))  # fmt: skip

    def _rechecked(self, summary: Any) -> None:
        checked = sum(t.checked for t in summary.by_enterprise.values())
        failing = sum(t.with_errors for t in summary.by_enterprise.values())
        text = self.tr("已重新检查 %1 项，其中 %2 项有错误。")
        text = text.replace("%1", str(checked)).replace("%2", str(failing))
        if failing:
            text += self.tr("请在“合规检查”页查看详情。")
        QMessageBox.information(self, self.tr("重新检查"), text)
        self.changed.emit()


class AgencyBoard(QWidget):
    """Every enterprise's actions in one sortable list (agencies looking after many)."""

    open_entry = Signal(int, int)  # enterprise id, entry id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []  # services.system_status.DashboardRow
        self.summary = QLabel(objectName="agencySummary", wordWrap=True)
        self.export = QPushButton(self.tr("导出 Excel…"), objectName="agencyExportButton")
        self.export.clicked.connect(self.choose_export)
        headers = [
            self.tr("企业"), self.tr("类型"), self.tr("标准"), self.tr("说明"), self.tr("期限"),
        ]  # fmt: skip
        self.table = _action_table("agencyTable", headers)
        self.table.itemDoubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        from jxdeclare.services.system.status import dashboard_rows

        ctx = self.ctx
        self.summary.setText(self.tr("正在汇总各企业的待办事项…"))
        run_task(lambda _p, _c: dashboard_rows(ctx), self._show, partial(show_error, self), self)

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        # Each row keeps its index in self.rows: sorting moves rows, not the list.
        _fill(self.table, 1, [([r.enterprise, *action_cells(r.action)], r.action, i)
                              for i, r in enumerate(rows)])  # fmt: skip
        enterprises = len({r.enterprise_id for r in rows})
        self.summary.setText(
            self.tr("%1 家企业共有 %2 项待办。双击一行打开该企业的标准体系。")
            .replace("%1", str(enterprises)).replace("%2", str(len(rows)))
            if rows else self.tr("各企业的标准体系目前没有待办事项。")
        )  # fmt: skip
        self.export.setEnabled(bool(rows))

    def _activated(self, item: QTableWidgetItem) -> None:
        row = self.rows[self.table.item(item.row(), 0).data(ENTRY_ROLE)]
        self.open_entry.emit(row.enterprise_id, row.action.entry.id)

    def choose_export(self) -> None:
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出机构看板"), self.tr("标准体系待办看板.xlsx"),
            self.tr("Excel 文件 (*.xlsx)"),
        )  # fmt: skip
        if out:
            self.export_to(Path(out))

    def export_to(self, out: Path) -> None:
        """The rows in the table's current order, in the same workbook as the CLI writes."""
        from jxdeclare.reporting.system.dashboard import write_dashboard_xlsx
        from jxdeclare.services.catalog import active_catalogue

        order = [self.table.item(r, 0).data(ENTRY_ROLE) for r in range(self.table.rowCount())]
        rows = [(self.rows[i].enterprise, self.rows[i].action) for i in order]
        ctx, today = self.ctx, date.today()
        run_task(lambda _p, _c: write_dashboard_xlsx(rows, today, active_catalogue(ctx).label, out),
                 lambda _r: self.summary.setText(self.tr("已导出：") + str(out)),
                 partial(show_error, self), self)  # fmt: skip
