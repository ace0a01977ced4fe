"""Batch submission to the exchange API: per-item progress and results, cancel, retry of failures,
对账 alone (what the portal knows of records in flight, nothing sent), and each enterprise's portal
account (kept in the OS keyring, or for this session only)."""

from __future__ import annotations

from contextlib import suppress
from functools import partial
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.services.context import AppContext
from jxdeclare.services.errors import one_language
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import fit_to_screen, show_whole
from jxdeclare.ui.severity import COLOURS, lang
from jxdeclare.ui.tasks import Task, run_task
from jxdeclare.ui.terms import pick, state_text, with_code


class SubmitDialog(QDialog):
    def __init__(self, ctx: AppContext, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="submitDialog")
        self.ctx, self.ids = ctx, ids
        self.task: Task | None = None
        self.setWindowTitle(self.tr("批量提交自我声明"))
        self.url = QLineEdit(ctx.settings.get("portal_url"), objectName="portalUrl")
        self.url.setPlaceholderText("https://…")
        self.concurrency = QSpinBox(objectName="concurrency", minimum=1, maximum=16, value=4)
        form = QFormLayout()
        form.addRow(self.tr("交换接口地址"), self.url)
        form.addRow(self.tr("同时提交"), self.concurrency)
        self.scope = QLabel(
            self.tr("将提交选中的 %1 条声明。").replace("%1", str(len(ids))) if ids
            else self.tr("将提交全部“已排队”的声明（先与平台核对“提交中”“待确认”的记录）。")
        )  # fmt: skip
        self.bar = QProgressBar(objectName="submitProgress")
        self.results = QTableWidget(0, 3, objectName="submitResults")
        self.results.setHorizontalHeaderLabels([self.tr("标准"), self.tr("结果"), self.tr("说明")])
        self.results.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().hide()
        self.summary = QLabel(objectName="submitSummary", wordWrap=True)
        bar, self.buttons = button_row(
            [
                ("account", self.tr("平台账号…"), self.edit_account),
                ("start", self.tr("开始提交"), self.start_all),
                ("reconcile", self.tr("只对账"), self.reconcile),
                ("cancel", self.tr("停止"), self.stop),
                ("retry", self.tr("重试失败的"), self.retry_failed),
            ],
            "SubmitButton",
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope)
        layout.addLayout(bar)
        layout.addWidget(self.bar)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.failed_ids: list[int] = []
        self._running(False)
        fit_to_screen(self, 760, 520)

    def _running(self, running: bool) -> None:
        self.buttons["start"].setEnabled(not running)
        self.buttons["reconcile"].setEnabled(not running)
        self.buttons["account"].setEnabled(not running)
        self.buttons["cancel"].setEnabled(running)
        self.buttons["retry"].setEnabled(not running and bool(self.failed_ids))
        if not running:  # the rows are final: standards and results on one line each
            self.results.resizeColumnToContents(0)
            self.results.resizeColumnToContents(1)

    def edit_account(self) -> None:
        AccountDialog(self.ctx, self).open()

    def start_all(self) -> None:
        self.start(None)

    def _portal_url(self) -> str | None:
        url = self.url.text().strip()
        if not url:
            self.summary.setText(self.tr("请填写交换接口地址。"))
            return None
        self.ctx.settings.set("portal_url", url)
        return url

    def reconcile(self) -> None:
        """Ask the portal about every record sent through it and not settled; send nothing."""
        from jxdeclare.services.declarations import submission
        from jxdeclare.services.portal_accounts import accounts_for

        url = self._portal_url()
        if url is None:
            return
        ctx = self.ctx
        self.results.setRowCount(0)

        def work(_p: object, _c: object) -> tuple[Any, int]:
            result = submission.reconcile_only(ctx, accounts_for(url))
            return result, len(submission.still_in_flight(ctx))

        self._running(True)
        self.task = run_task(work, self._reconciled, self._failed, self)

    def _reconciled(self, done: tuple[Any, int]) -> None:
        result, open_count = done
        self.task = None
        for item in result.reconciled:
            self._add_row(item.standard_number, item.state, item.message)
        for item in result.skipped:
            self._add_row(item.standard_number, self.tr("未对账"), item.message)
        self.summary.setText(
            self.tr("对账完成：%1 条已核对；仍待平台结果 %2 条。")
            .replace("%1", str(len(result.reconciled))).replace("%2", str(open_count))
        )  # fmt: skip
        self._running(False)

    def start(self, ids: list[int] | None) -> None:
        from jxdeclare.services.declarations import submission
        from jxdeclare.services.portal_accounts import accounts_for

        url = self._portal_url()
        if url is None:
            return
        targets = ids if ids is not None else (self.ids or None)
        ctx, concurrency = self.ctx, self.concurrency.value()
        self.results.setRowCount(0)
        self.bar.setValue(0)

        def work(progress: Any, cancel: Any) -> Any:
            from jxdeclare.services.declarations import settlement

            accounts = accounts_for(url)
            answerable = settlement.answerable(ctx, targets)
            result = submission.submit(ctx, accounts, targets, concurrency=concurrency,
                                       progress=progress, cancel=cancel)  # fmt: skip
            return result, settlement.unsettled(ctx, answerable, result)

        self._running(True)
        self.task = run_task(work, self._done, self._failed, self, on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        number, _, state = text.partition("：")
        self._add_row(number, state, "")

    def _add_row(self, standard: str, state: str, note: str) -> None:
        """``state`` is a declaration state's value (the service's word) or one of this
        dialog's own words; ``note`` may be a "中文 / English" message. Both are shown in the
        interface's language."""
        failed, not_sent = state.startswith("失败"), state == self.tr("未提交")
        with suppress(ValueError):
            state = state_text(DeclarationState(state))
        row = self.results.rowCount()
        self.results.insertRow(row)
        for c, value in enumerate((standard, state, one_language(note, lang()))):
            item = QTableWidgetItem(value)
            if failed or (c == 1 and not_sent):
                item.setForeground(QBrush(QColor(COLOURS["error"])))
            self.results.setItem(row, c, item)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel.set()
            self.summary.setText(self.tr("正在停止：已发出的请求完成后停止。"))

    def retry_failed(self) -> None:
        self.start(list(self.failed_ids))

    def _done(self, done: tuple[Any, list[Any]]) -> None:
        result, left = done
        self.task = None
        self.results.setRowCount(0)
        for item in result.reconciled:
            self._add_row(item.standard_number, item.state, item.message)
        for item in result.items:
            self._add_row(item.standard_number, item.state, item.message)
        for item in result.skipped:
            self._add_row(item.standard_number, self.tr("未提交"), item.message)
        shown = {i.declaration_id for i in (*result.items, *result.reconciled, *result.skipped)}
        for item in left:  # what this run answered for and could not settle, and what comes next
            if item.declaration_id not in shown:
                self._add_row(item.standard_number, self.tr("未了结"),
                              pick(item.message, item.message_en))
        self.failed_ids = [i.declaration_id for i in result.items if i.state.startswith("失败")]
        pending = sum(1 for i in result.items if i.state in ("待确认", "已公开"))
        self.summary.setText(
            self.tr("完成：%1 条已被平台接收，%2 条失败，%3 条未提交；对账 %4 条。")
            .replace("%1", str(pending)).replace("%2", str(len(self.failed_ids)))
            .replace("%3", str(len(result.skipped))).replace("%4", str(len(result.reconciled)))
            + (self.tr("（已停止）") if result.cancelled else "")
        )  # fmt: skip
        if left:
            self.summary.setText(self.summary.text() + self.tr(
                "\n未了结 %n 条：结果未知或仍待平台处理，见下表；下次提交会先向平台核对，"
                "平台已有的不会重复发送。", "", len(left)))  # fmt: skip
        self._running(False)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._running(False)
        show_error(self, error)


class AccountDialog(QDialog):
    """An enterprise's own portal account: into the OS keyring, or this session only."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="accountDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("平台账号"))
        self.enterprise = QComboBox(objectName="accountEnterprise")
        self.username = QLineEdit(objectName="accountUser")
        self.password = QLineEdit(objectName="accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLabel(wordWrap=True, objectName="accountNote")
        form = QFormLayout(self)
        form.addRow(self.tr("企业"), self.enterprise)
        form.addRow(self.tr("账号"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        from jxdeclare.services.enterprises import list_enterprises

        run_task(lambda _p, _c: list_enterprises(ctx), self._fill, partial(show_error, self), self)

    def _fill(self, enterprises: list[Any]) -> None:
        for enterprise in enterprises:
            self.enterprise.addItem(with_code(enterprise.name, enterprise.uscc), enterprise.uscc)
        if enterprises:  # an enterprise is told apart by its whole name and code
            show_whole(self.enterprise, *(self.enterprise.itemText(i)
                                          for i in range(self.enterprise.count())))  # fmt: skip
            self.adjustSize()

    def save(self) -> None:
        from jxdeclare.services.portal_accounts import remember_account

        code, user, password = (self.enterprise.currentData(), self.username.text().strip(),
                                self.password.text())  # fmt: skip
        if not code or not user or not password:
            self.note.setText(self.tr("请选择企业并填写账号和密码。"))
            return
        run_task(lambda _p, _c: remember_account(code, user, password), self._saved,
                 partial(show_error, self), self)  # fmt: skip

    def _saved(self, where: str) -> None:
        self.note.setText(where)
        self.password.clear()
        self.accept()
