"""Guided entry on the national platform: one field at a time with a copy button, ticks for what
was entered (kept across restarts), and a box for the public record id that becomes the receipt.

Opening the window only shows the fields. 开始人工录入 marks the record 提交中 (so batch submission
leaves it alone) and enables copying and ticking; 撤销人工录入 takes it back to 已排队."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import guided_entry
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.guided_entry import GuidedView
from jxdeclare.services.declarations.records import DeclarationInfo
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import fit_to_screen
from jxdeclare.ui.tasks import run_task
from jxdeclare.ui.terms import pick, state_text

S = DeclarationState


class GuidedEntryDialog(QDialog):
    changed = Signal(object)  # the record's DeclarationInfo after 开始 / 撤销人工录入

    def __init__(self, ctx: AppContext, info: DeclarationInfo, parent: QWidget | None = None):
        super().__init__(parent, objectName="guidedEntryDialog")
        self.ctx, self.info = ctx, info
        self.steps: list[Any] = []
        # Changes waiting to be saved, oldest first (see _write).
        self._writes: list[tuple[Callable[[], Any], Callable[[Any], None],
                                 Callable[[BaseException], None]]] = []  # fmt: skip
        self._writing = False
        self.setWindowTitle(self.tr("人工录入国家平台：%1").replace("%1", info.standard_number))
        self.state = QLabel(objectName="guidedState", wordWrap=True)
        self.warning = QLabel(objectName="guidedWarning", wordWrap=True)
        bar, self.buttons = button_row(
            [
                ("start", self.tr("开始人工录入"), partial(self.start, False)),
                ("undo", self.tr("撤销人工录入"), self.undo),
            ],
            "GuidedButton",
        )
        bar.addStretch()
        self.buttons["start"].setObjectName("guidedStartButton")
        self.buttons["undo"].setObjectName("guidedUndoButton")
        self.table = QTableWidget(0, 4, objectName="guidedSteps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("已录入"), self.tr("字段"), self.tr("要填写的内容"), ""]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._ticked)
        self.progress = QLabel(objectName="guidedProgress")
        self.public_id = QLineEdit(objectName="guidedPublicId")
        self.public_id.setPlaceholderText(self.tr("公开后平台上的记录编号或网址"))
        self.record_button = QPushButton(self.tr("登记公开记录"), objectName="guidedRecordButton")
        self.record_button.clicked.connect(self.record_public_id)
        bottom = QHBoxLayout()
        bottom.addWidget(self.public_id, 1)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "在国家平台（企业标准信息公共服务平台）登录后，按下表顺序逐项填写；"
            "点“复制”把内容放到剪贴板，填好后勾选“已录入”。")))  # fmt: skip
        layout.addWidget(self.state)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)  # closing changes nothing: the state stays as shown
        layout.addWidget(close)
        fit_to_screen(self, 900, 640)
        self._apply_state()
        ctx_, id_ = ctx, info.id
        run_task(lambda _p, _c: guided_entry.view(ctx_, id_), self._fill, self._failed, self,
                 label=self.tr("正在准备…"))  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _fill(self, shown: GuidedView) -> None:
        self.info, self.steps = shown.info, shown.steps
        self.warning.setText("⚠ " + pick(shown.warning, shown.warning_en or shown.warning))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.steps))
        for r, step in enumerate(self.steps):
            tick = QTableWidgetItem()
            tick.setCheckState(Qt.CheckState.Checked if step.key in shown.entered else
                               Qt.CheckState.Unchecked)  # fmt: skip
            self.table.setItem(r, 0, tick)
            mark = "" if step.status == "V" else " ?"
            label = QTableWidgetItem(f"{r + 1}. {step.label}{'*' if step.required else ''}{mark}")
            label.setToolTip(step.note)
            self.table.setItem(r, 1, label)
            self.table.setItem(r, 2, QTableWidgetItem(step.value))
            copy = QPushButton(self.tr("复制"), objectName=f"copy_{r}")
            copy.clicked.connect(partial(self.copy, r))
            self.table.setCellWidget(r, 3, copy)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(1)
        self._apply_state()
        self._count()

    # -- the record's state ----------------------------------------------------------------

    def _apply_state(self) -> None:
        """Copy, ticks and the receipt box only while the record is marked 人工录入中."""
        entering = guided_entry.is_entering(self.info)
        startable = self.info.state in guided_entry.STARTABLE
        self.buttons["start"].setEnabled(startable)
        self.buttons["undo"].setEnabled(entering)
        self.record_button.setEnabled(entering)
        self.public_id.setEnabled(entering)
        self.table.blockSignals(True)
        for r, step in enumerate(self.steps):
            tick = self.table.item(r, 0)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            tick.setFlags(flags if entering else Qt.ItemFlag.ItemIsUserCheckable)
            self.table.cellWidget(r, 3).setEnabled(entering and bool(step.value))
        self.table.blockSignals(False)
        state = state_text(self.info.state)
        if entering:
            text = self.tr(
                "人工录入中（状态“提交中”）：批量提交不会发送这份声明。平台公开后在下方登记"
                "公开编号；不再录入时点“撤销人工录入”，声明回到“已排队”。"
            )
        elif startable:
            text = self.tr(
                "状态“%1”：现在只是查看。开始在平台填写前请点“开始人工录入”——声明标为"
                "“提交中”，批量提交就不会再发送它；随时可以撤销。"
            ).replace("%1", state)
            if self.info.state is not S.QUEUED:
                text += self.tr("（会先校验并排队。）")
        else:
            text = self.tr("状态“%1”：不能人工录入。").replace("%1", state)
        self.state.setText(text)

    def start(self, confirm: bool, *_clicked: object) -> None:
        ctx, id_ = self.ctx, self.info.id
        self._write(lambda: guided_entry.start(ctx, id_, confirm_warnings=confirm),
                    self._moved, self._start_failed)  # fmt: skip

    def _start_failed(self, error: BaseException) -> None:
        if isinstance(error, declarations.NeedsConfirmation):
            question = self.tr("有需要确认的警告：\n%1\n\n确认后开始人工录入吗？")
            answer = QMessageBox.question(
                self, self.tr("请确认"), question.replace("%1", str(error))
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.start(True)
            return
        show_error(self, error)

    def undo(self) -> None:
        ctx, id_ = self.ctx, self.info.id
        self._write(lambda: guided_entry.undo_start(ctx, id_), self._moved,
                    partial(show_error, self))  # fmt: skip

    def _moved(self, info: DeclarationInfo) -> None:
        self.info = info
        self._apply_state()
        self.changed.emit(info)

    # -- entry -----------------------------------------------------------------------------

    def copy(self, row: int) -> None:
        QGuiApplication.clipboard().setText(self.steps[row].value)
        self.progress.setText(self.tr("已复制：%1").replace("%1", self.steps[row].label))

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        step = self.steps[item.row()]
        done = item.checkState() == Qt.CheckState.Checked
        ctx, info = self.ctx, self.info
        self._write(lambda: guided_entry.mark_entered(ctx, info.id, step.key, done),
                    lambda _r: None, partial(show_error, self))  # fmt: skip
        self._count()

    def _count(self) -> None:
        ticked = sum(1 for r in range(self.table.rowCount())
                     if self.table.item(r, 0).checkState() == Qt.CheckState.Checked)  # fmt: skip
        self.progress.setText(self.tr("已录入 %1 / %2 项").replace("%1", str(ticked))
                              .replace("%2", str(len(self.steps))))  # fmt: skip

    def record_public_id(self) -> None:
        text = self.public_id.text()
        ctx, info = self.ctx, self.info
        # Once asked, not again: a second click must not record twice.
        self.record_button.setEnabled(False)
        self.public_id.setEnabled(False)
        self._write(lambda: guided_entry.record_public_id(ctx, info.id, text),
                    lambda _r: self.accept(), self._record_failed)  # fmt: skip

    def _record_failed(self, error: BaseException) -> None:
        self._apply_state()
        show_error(self, error)

    def _write(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run this window's changes one after another, in the order the person made them.

        A tick still being saved when 登记公开记录 is clicked would otherwise race it and be
        refused as "not being entered" once the record is already published.
        """
        self._writes.append((fn, on_success, on_failure))
        if not self._writing:
            self._next_write()

    def _next_write(self) -> None:
        self._writing = bool(self._writes)
        if not self._writing:
            return
        fn, on_success, on_failure = self._writes.pop(0)

        def finish(handler: Callable[[Any], None], result: Any) -> None:
            self._writing = False
            handler(result)  # may queue another change (a confirmed retry) and start it
            if not self._writing:
                self._next_write()

        run_task(lambda _p, _c: fn(), partial(finish, on_success), partial(finish, on_failure),
                 self)  # fmt: skip
