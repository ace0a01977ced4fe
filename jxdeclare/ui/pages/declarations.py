"""自我声明 page: the records with their states, filters, the problems of the selected one, and
every action on them — new, edit, queue, guided entry, batch submission, packages, receipts.
Each state has an action leading out of it (docs/declaration-states.md)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import guided_entry as guided
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.records import DeclarationInfo
from jxdeclare.services.errors import one_language
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.declarations.problems import ProblemList
from jxdeclare.ui.empty_state import EmptyHint, EmptyOr
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import show_whole
from jxdeclare.ui.severity import COLOURS, lang
from jxdeclare.ui.tasks import run_task
from jxdeclare.ui.terms import state_text

S = DeclarationState
ALL = None


class DeclarationPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[DeclarationInfo] = []
        self._reveal: set[int] = set()  # records to select once the list holds them (工作台)
        bar, self.buttons = button_row(
            [
                ("new", self.tr("新建…"), self.new_declaration),
                ("edit", self.tr("编辑…"), self.edit_selected),
                ("queue", self.tr("校验并排队"), partial(self.queue_selected, False)),
                ("guided", self.tr("人工录入…"), self.guided_entry),
                ("submit", self.tr("批量提交…"), self.submit_queued),
            ],
            "DeclarationButton",
        )
        # Less frequent actions sit in one menu so the page fits a small screen.
        more = QPushButton(self.tr("更多"), objectName="moreDeclarationButton")
        menu = QMenu(more)
        self.menu_actions: dict[str, QAction] = {}
        for key, label, slot in (
            ("package", self.tr("导出资料包…"), self.export_package),
            ("receipt", self.tr("导出回执…"), self.export_receipt),
            ("summary", self.tr("导出汇总 Excel…"), self.export_summary),
            ("unqueue", self.tr("撤回排队（回到校验通过）"), self.unqueue_selected),
            ("revise", self.tr("修订已公开的声明"), self.revise_selected),
            ("withdraw", self.tr("撤销已公开的声明…"), self.withdraw_selected),
        ):
            action = menu.addAction(label)
            action.setObjectName(f"{key}DeclarationAction")
            action.triggered.connect(slot)
            self.menu_actions[key] = action
        more.setMenu(menu)
        bar.addWidget(more)
        self.enterprise_filter = QComboBox(objectName="declarationEnterprise")
        self.enterprise_filter.addItem(self.tr("全部企业"), ALL)
        self.state_filter = QComboBox(objectName="declarationState")
        self.state_filter.addItem(self.tr("全部状态"), ALL)
        for state in S:
            self.state_filter.addItem(state_text(state), state)
        for combo in (self.enterprise_filter, self.state_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self.reload)
        show_whole(self.enterprise_filter, self.enterprise_filter.itemText(0))
        show_whole(self.state_filter, *(self.state_filter.itemText(i) for i in range(len(S) + 1)))
        filters = QWidget()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("筛选：")))
        row.addWidget(self.enterprise_filter)
        row.addWidget(self.state_filter)
        row.addStretch()
        filters.setLayout(row)
        headers = [
            self.tr("序号"), self.tr("企业"), self.tr("标准编号"), self.tr("名称"),
            self.tr("状态"), self.tr("版本"), self.tr("平台记录"), self.tr("说明"),
        ]  # fmt: skip
        self.table = QTableWidget(0, len(headers), objectName="declarationTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # 名称 takes the room
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_selected)
        self.problems = ProblemList(self.tr("没有发现问题，可以排队提交。"),
                                    objectName="declarationProblems")  # fmt: skip
        self.status = QLabel(objectName="declarationStatus", wordWrap=True)
        split = QSplitter(Qt.Orientation.Vertical)
        hint = EmptyHint(
            "declaration", self.tr("还没有自我声明"),
            self.tr("企业执行的每一项标准都要在企业标准信息公共服务平台上自我声明公开。"
                    "在这里新建声明，校验通过后排队，再按步骤人工录入或批量提交，并保存回执。"),
            [("new", self.tr("新建声明…"), self.new_declaration)],
        )  # fmt: skip
        self.body = EmptyOr(self.table, hint)
        split.addWidget(self.body)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(QLabel(self.tr("校验结果（选中的声明）：")))
        panel_layout.addWidget(self.problems)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._enterprises_loaded = False
        self._update_buttons()

    # -- list ------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._enterprises_loaded:
            self._enterprises_loaded = True
            from jxdeclare.services.enterprises import list_enterprises

            ctx = self.ctx
            run_task(lambda _p, _c: list_enterprises(ctx), self._fill_enterprises, _ignore, self)
        self.reload()

    def _fill_enterprises(self, enterprises: list[Any]) -> None:
        for enterprise in enterprises:
            self.enterprise_filter.addItem(enterprise.name, enterprise.id)

    def reload(self) -> None:
        ctx = self.ctx
        owner, state = self.enterprise_filter.currentData(), self.state_filter.currentData()
        states = [state] if state is not None else None
        run_task(lambda _p, _c: declarations.list_declarations(ctx, owner, states), self._show,
                 partial(show_error, self), self)  # fmt: skip

    def _show(self, rows: list[DeclarationInfo]) -> None:
        # What was selected stays selected (a batch to submit, say), or what the 工作台 asked for.
        wanted = self._reveal or set(self.selected_ids())
        self.rows = rows
        # Filters that match nothing leave the table; an empty list of all records explains.
        unfiltered = self.enterprise_filter.currentData() is ALL
        self.body.set_empty(not rows and unfiltered and self.state_filter.currentData() is ALL)
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            error = one_language((info.last_error or {}).get("message", ""), lang())
            values = [
                str(info.id), info.enterprise, info.standard_number, info.standard_title,
                state_text(info.state), str(info.version_no), info.remote_id or "", error,
            ]  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4 and info.state in (S.FAILED_RETRYABLE, S.FAILED_NEEDS_EDIT):
                    item.setForeground(QBrush(QColor(COLOURS["error"])))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._select(wanted)
        self._update_buttons()
        # The selection may be unchanged while the record was edited: its problems are not.
        self._load_problems()
        self.loaded.emit()

    def select_declarations(self, ids: tuple[int, ...]) -> None:
        """Select these records, the filters widened to every enterprise and state, now or once
        the list (reloaded whenever the page shows) holds them."""
        self._reveal = set(ids)
        for combo in (self.enterprise_filter, self.state_filter):
            combo.setCurrentIndex(0)
        self._select(self._reveal)

    def _select(self, ids: set[int]) -> None:
        rows = [r for r, info in enumerate(self.rows) if info.id in ids]
        model, flag = self.table.selectionModel(), QItemSelectionModel.SelectionFlag
        model.clearSelection()
        for r in rows:
            model.select(self.table.model().index(r, 0), flag.Select | flag.Rows)
        if rows and ids is self._reveal:
            self._reveal = set()
            self.table.scrollToItem(self.table.item(rows[0], 0))

    def selected(self) -> DeclarationInfo | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def selected_ids(self) -> list[int]:
        return [self.rows[index.row()].id for index in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        info = self.selected()
        state = info.state if info else None
        editable = state in declarations.EDITABLE
        self.buttons["edit"].setEnabled(editable)
        self.buttons["queue"].setEnabled(state in (S.DRAFT, S.VALIDATED, S.FAILED_RETRYABLE))
        entering = bool(info and guided.is_entering(info))
        self.buttons["guided"].setEnabled(state in guided.STARTABLE or entering)
        self.menu_actions["package"].setEnabled(info is not None)
        self.menu_actions["receipt"].setEnabled(state in (S.PENDING, S.PUBLISHED))
        self.menu_actions["unqueue"].setEnabled(state is S.QUEUED)
        self.menu_actions["revise"].setEnabled(state is S.PUBLISHED)
        self.menu_actions["withdraw"].setEnabled(state is S.PUBLISHED)
        self.menu_actions["summary"].setEnabled(bool(self.rows))

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.problems.clear()
        self._load_problems()

    def _load_problems(self) -> None:
        info = self.selected()
        if info is None:
            self.problems.clear()
            return
        ctx = self.ctx
        run_task(lambda _p, _c: declarations.problems_of(ctx, info.id),
                 partial(self._show_problems, info.id), _ignore, self)  # fmt: skip

    def _show_problems(self, declaration_id: int, problems: list[Any]) -> None:
        selected = self.selected()
        if selected is not None and selected.id == declaration_id:  # not an earlier selection's
            self.problems.show_problems(problems)

    # -- actions ---------------------------------------------------------------------------

    def new_declaration(self) -> None:
        from jxdeclare.ui.declarations.dialogs import NewDeclarationDialog

        dialog = NewDeclarationDialog(self.ctx, self)
        dialog.created.connect(lambda _info: self.reload())
        dialog.open()

    def edit_selected(self) -> None:
        from jxdeclare.ui.declarations.dialogs import DeclarationDialog

        info = self.selected()
        if info is None or info.state not in declarations.EDITABLE:
            return
        dialog = DeclarationDialog(self.ctx, info, self)
        dialog.saved.connect(lambda _info: self.reload())
        dialog.open()

    def queue_selected(self, confirm: bool, *_clicked: object) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ctx = self.ctx
        run_task(lambda _p, _c: declarations.queue(ctx, ids, confirm_warnings=confirm),
                 lambda _r: self.reload(), partial(self._queue_failed, ids), self)  # fmt: skip

    def _queue_failed(self, ids: list[int], error: BaseException) -> None:
        if isinstance(error, declarations.NeedsConfirmation):
            answer = QMessageBox.question(
                self, self.tr("请确认"),
                self.tr("有需要确认的警告：\n%1\n\n确认后排队提交吗？").replace("%1", str(error)),
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Yes:
                self.queue_selected(True)
            return
        show_error(self, error)
        self.reload()

    def guided_entry(self) -> None:
        from jxdeclare.ui.declarations.guided_entry import GuidedEntryDialog

        info = self.selected()
        if info is None:
            return
        dialog = GuidedEntryDialog(self.ctx, info, self)
        dialog.changed.connect(lambda _info: self.reload())
        dialog.finished.connect(lambda _code: self.reload())
        dialog.open()

    def submit_queued(self) -> None:
        from jxdeclare.ui.declarations.submit_dialog import SubmitDialog

        dialog = SubmitDialog(self.ctx, self.selected_ids(), self)
        dialog.finished.connect(lambda _code: self.reload())
        dialog.open()

    def export_package(self) -> None:
        info = self.selected()
        if info is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("资料包保存到"))
        if not folder:
            return
        from jxdeclare.reporting.declarations.package import write_package

        ctx = self.ctx

        def work(_p: object, _c: object) -> Path:
            record = declarations.get(ctx, info.id)[1]
            return write_package(record, declarations.pdf_bytes(ctx, info.id), Path(folder))

        run_task(work, lambda out: self.status.setText(self.tr("已导出：") + str(out)),
                 partial(show_error, self), self, label=self.tr("正在导出资料包…"))  # fmt: skip

    def export_receipt(self) -> None:
        info = self.selected()
        if info is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存回执"), f"回执 {info.standard_number}.pdf".replace("/", "_"),
            self.tr("PDF 文件 (*.pdf)"),
        )  # fmt: skip
        if not out:
            return
        from jxdeclare.reporting.declarations.sheet import write_receipt_pdf
        from jxdeclare.services.declarations.receipts import receipt_of

        ctx = self.ctx

        def work(_p: object, _c: object) -> str:
            record, receipt = receipt_of(ctx, info.id)
            write_receipt_pdf(record, receipt or {}, Path(out))
            return out

        run_task(work, lambda path: self.status.setText(self.tr("已导出：") + path),
                 partial(show_error, self), self)  # fmt: skip

    def export_summary(self) -> None:
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存汇总"), "自我声明汇总.xlsx", self.tr("Excel 文件 (*.xlsx)")
        )
        if not out:
            return
        from jxdeclare.reporting.declarations.sheet import write_batch_summary_xlsx
        from jxdeclare.services.declarations.receipts import summary_rows

        ctx, ids = self.ctx, [info.id for info in self.rows]

        def work(_p: object, _c: object) -> str:
            write_batch_summary_xlsx(summary_rows(ctx, ids), Path(out))
            return out

        run_task(work, lambda path: self.status.setText(self.tr("已导出：") + path),
                 partial(show_error, self), self)  # fmt: skip

    def unqueue_selected(self) -> None:
        ids, ctx = self.selected_ids(), self.ctx
        if ids:
            run_task(lambda _p, _c: declarations.unqueue(ctx, ids), lambda _r: self.reload(),
                     partial(show_error, self), self)  # fmt: skip

    def withdraw_selected(self) -> None:
        info = self.selected()
        if info is None or info.state is not S.PUBLISHED:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("撤销已公开的声明"),
            self.tr("撤销原因（记入状态记录；经交换接口公开的，同时告知平台）："),
        )  # fmt: skip
        if not ok or not reason.strip():
            return
        ctx = self.ctx

        def work(_p: object, _c: object) -> object:
            from jxdeclare.services.declarations import submission
            from jxdeclare.services.portal_accounts import accounts_for

            url = ctx.settings.get("portal_url") if info.channel == "api" else None
            return submission.withdraw(ctx, accounts_for(url) if url else None, info.id, reason)

        run_task(work, lambda _r: self.reload(), partial(show_error, self), self)

    def revise_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        ctx = self.ctx
        run_task(lambda _p, _c: declarations.revise(ctx, info.id), lambda _r: self.reload(),
                 partial(show_error, self), self)  # fmt: skip


def _ignore(_error: BaseException) -> None:
    """Filling a filter is a convenience; the list itself reports real failures."""
