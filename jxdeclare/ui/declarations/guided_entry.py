"""Guided entry on the national platform: one field at a time with a copy button, ticks for what
was entered (kept across restarts), and a box for the public record id that becomes the receipt."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import guided_entry
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.records import DeclarationInfo
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task


class GuidedEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, info: DeclarationInfo, parent: QWidget | None = None):
        super().__init__(parent, objectName="guidedEntryDialog")
        self.ctx, self.info = ctx, info
        self.steps: list[Any] = []
        self.setWindowTitle(self.tr("人工录入国家平台：%1").replace("%1", info.standard_number))
        self.warning = QLabel(objectName="guidedWarning", wordWrap=True)
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
        done = QPushButton(self.tr("登记公开记录"), objectName="guidedRecordButton")
        done.clicked.connect(self.record_public_id)
        bottom = QHBoxLayout()
        bottom.addWidget(self.public_id, 1)
        bottom.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "在国家平台（企业标准信息公共服务平台）登录后，按下表顺序逐项填写；"
            "点“复制”把内容放到剪贴板，填好后勾选“已录入”。")))  # fmt: skip
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.resize(900, 640)
        ctx_, id_ = ctx, info.id

        def load(_p: object, _c: object) -> tuple[list[Any], list[str], str]:
            from jxdeclare.reporting.declarations.fields import entry_steps, load_form

            guided_entry.start(ctx_, id_, confirm_warnings=True)
            steps = entry_steps(declarations.get(ctx_, id_)[1])
            return steps, guided_entry.entered_steps(ctx_, id_), load_form().warning

        run_task(load, self._fill, partial(self._failed), self, label=self.tr("正在准备…"))

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _fill(self, loaded: tuple[list[Any], list[str], str]) -> None:
        self.steps, entered, warning = loaded
        self.warning.setText("⚠ " + warning)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.steps))
        for r, step in enumerate(self.steps):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if step.key in entered else
                               Qt.CheckState.Unchecked)  # fmt: skip
            self.table.setItem(r, 0, tick)
            mark = "" if step.status == "V" else " ?"
            label = QTableWidgetItem(f"{r + 1}. {step.label}{'*' if step.required else ''}{mark}")
            label.setToolTip(step.note)
            self.table.setItem(r, 1, label)
            self.table.setItem(r, 2, QTableWidgetItem(step.value))
            copy = QPushButton(self.tr("复制"), objectName=f"copy_{r}")
            copy.clicked.connect(partial(self.copy, r))
            copy.setEnabled(bool(step.value))
            self.table.setCellWidget(r, 3, copy)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(1)
        self._count()

    def copy(self, row: int) -> None:
        QGuiApplication.clipboard().setText(self.steps[row].value)
        self.progress.setText(self.tr("已复制：%1").replace("%1", self.steps[row].label))

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        step = self.steps[item.row()]
        done = item.checkState() == Qt.CheckState.Checked
        ctx, info = self.ctx, self.info
        run_task(lambda _p, _c: guided_entry.mark_entered(ctx, info.id, step.key, done),
                 lambda _r: None, partial(show_error, self), self)  # fmt: skip
        self._count()

    def _count(self) -> None:
        ticked = sum(1 for r in range(self.table.rowCount())
                     if self.table.item(r, 0).checkState() == Qt.CheckState.Checked)  # fmt: skip
        self.progress.setText(self.tr("已录入 %1 / %2 项").replace("%1", str(ticked))
                              .replace("%2", str(len(self.steps))))  # fmt: skip

    def record_public_id(self) -> None:
        text = self.public_id.text()
        ctx, info = self.ctx, self.info
        run_task(lambda _p, _c: guided_entry.record_public_id(ctx, info.id, text),
                 lambda _r: self.accept(), partial(show_error, self), self)  # fmt: skip
