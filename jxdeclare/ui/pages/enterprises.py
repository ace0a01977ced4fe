"""企业 page: the enterprise list with add / edit / delete and Excel import / export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import (
    EnterpriseInput,
    EnterpriseRecord,
    list_enterprises,
    list_enterprises_at_start,
)
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.empty_state import EmptyHint, EmptyOr
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.pages.enterprise_columns import fit_columns
from jxdeclare.ui.pages.enterprise_model import EnterpriseModel
from jxdeclare.ui.tasks import run_task


class EnterprisePage(QWidget):
    loaded = Signal()  # emitted after every (re)load of the list
    load_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = EnterpriseModel()
        self.table = QTableView(objectName="enterpriseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.search = QLineEdit(
            objectName="search", placeholderText=self.tr("按名称或信用代码筛选")
        )
        self.search.returnPressed.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self._with_hint())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _toolbar(self) -> QHBoxLayout:
        bar, self.buttons = button_row(
            [
                ("add", self.tr("新增"), self.add),
                ("edit", self.tr("编辑"), self.edit_selected),
                ("delete", self.tr("删除"), self.delete_selected),
                ("import", self.tr("从 Excel 导入…"), self.import_excel),
                ("export", self.tr("导出到 Excel…"), self.export_excel),
            ]
        )
        bar.addStretch()
        bar.addWidget(self.search)
        return bar

    def _with_hint(self) -> EmptyOr:
        hint = EmptyHint(
            "enterprise", self.tr("还没有企业"),
            self.tr("在这里登记要起草、检查和声明标准的企业：名称、统一社会信用代码和企业代号"
                    "（企业标准编号 Q/ 后的代号）。可以逐家新增，也可以从 Excel 名单导入。"),
            [("add", self.tr("新增企业…"), self.add),
             ("import", self.tr("从 Excel 导入…"), self.import_excel)],
        )  # fmt: skip
        self.body = EmptyOr(self.table, hint)
        return self.body

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.load_first()

    def load_first(self) -> None:
        """The first list, read without the ORM; the main window asks for it at start-up,
        whichever page is shown first, since ``loaded`` makes the app ready."""
        if not getattr(self, "_loaded_once", False):
            self._loaded_once = True
            self._load(list_enterprises_at_start)

    def selected(self) -> EnterpriseRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def _update_buttons(self, *_: object) -> None:
        has_selection = self.selected() is not None
        self.buttons["edit"].setEnabled(has_selection)
        self.buttons["delete"].setEnabled(has_selection)

    def reload(self) -> None:
        search = self.search.text()
        self._load(lambda ctx: list_enterprises(ctx, search))

    def _load(self, query: Callable[[AppContext], list[EnterpriseRecord]]) -> None:
        ctx = self.ctx
        run_task(lambda _p, _c: query(ctx), self._show_records, self._on_load_error, self)

    def _on_load_error(self, error: BaseException) -> None:
        self.load_failed.emit(error)
        show_error(self, error)

    def _show_records(self, records: list[EnterpriseRecord]) -> None:
        self.model.set_records(records)
        # A filter that matches nothing is not an empty database: the table stays.
        self.body.set_empty(not records and not self.search.text().strip())
        fit_columns(self.table, records)
        self._update_buttons()
        self.loaded.emit()

    def _after_change(self, _result: object = None) -> None:
        self.reload()

    def add(self) -> None:
        from jxdeclare.services.enterprises import add_enterprise
        from jxdeclare.ui.enterprise_dialog import EnterpriseDialog

        ctx = self.ctx
        # The dialog saves and stays open on a refusal (a code already taken), typing kept.
        dialog = EnterpriseDialog(parent=self, save=lambda data: add_enterprise(ctx, data))
        if dialog.exec() or dialog.tried:
            self.reload()

    def edit_selected(self, *_: object) -> None:
        from jxdeclare.services.enterprises import update_enterprise
        from jxdeclare.ui.enterprise_dialog import EnterpriseDialog

        record = self.selected()
        if record is None:
            return
        ctx = self.ctx

        def save(data: EnterpriseInput) -> EnterpriseRecord:
            return update_enterprise(ctx, record.id, record.row_version, data)

        dialog = EnterpriseDialog(record, parent=self, save=save)
        if dialog.exec() or dialog.tried:
            self.reload()  # saved, or refused because a colleague saved first: show what is stored

    def _on_save_error(self, error: BaseException) -> None:
        show_error(self, error)
        self.reload()  # show what is stored now, e.g. after a conflict

    def delete_selected(self) -> None:
        from jxdeclare.services.enterprises import delete_enterprise

        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除企业"),
            self.tr("确定删除企业“%1”及其全部产品、标准和声明记录吗？此操作不能撤销。").replace(
                "%1", record.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_task(
                lambda _p, _c: delete_enterprise(self.ctx, record.id, record.row_version),
                self._after_change,
                self._on_save_error,
            )

    def import_excel(self) -> None:
        from jxdeclare.services.enterprise_excel import import_enterprises

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入企业"), "", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            run_task(
                lambda progress, cancel: import_enterprises(self.ctx, Path(path), progress, cancel),
                self._show_import_report,
                partial(show_error, self),
                self,
                self.tr("正在导入企业…"),
            )

    def _show_import_report(self, report: Any) -> None:
        if report.errors:
            lines = "\n".join(str(error) for error in report.errors[:50])
            more = len(report.errors) - 50
            if more > 0:
                lines += "\n" + self.tr("……另有 %n 处错误", "", more)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("导入失败"),
                self.tr("文件中有错误，未导入任何企业。请修改后重新导入。"),
                parent=self,
            )
            box.setDetailedText(lines)
            box.setObjectName("importReport")
            box.open()
            return
        QMessageBox.information(
            self,
            self.tr("导入完成"),
            self.tr("已导入 %1 家企业，跳过已存在的 %2 家。")
            .replace("%1", str(report.imported))
            .replace("%2", str(len(report.skipped))),
        )
        self.reload()

    def export_excel(self) -> None:
        from jxdeclare.services.enterprise_excel import export_enterprises

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出企业"), "企业名单.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            run_task(
                lambda _p, _c: export_enterprises(self.ctx, Path(path)),
                lambda count: QMessageBox.information(
                    self,
                    self.tr("导出完成"),
                    self.tr("已导出 %n 家企业。", "", count),
                ),
                partial(show_error, self),
                self,
                self.tr("正在导出…"),
            )
