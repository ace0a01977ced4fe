"""备案…: the filing of one stored food standard with the provincial health commission.

Shows what the enterprise recorded (公示, 备案号, dates, validity with its caveat) and the journal,
records the next step, and writes the filing package. Every read and write runs in a background
task; the app never reaches the commission's website.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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

from jxdeclare.domain.filing import ALLOWED, FilingState, Step
from jxdeclare.services.context import AppContext
from jxdeclare.services.filing import records
from jxdeclare.services.filing.records import FilingEvent, FilingRecord
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.filing.steps import StepForms, step_labels
from jxdeclare.ui.screen_fit import fit_to_screen
from jxdeclare.ui.tasks import run_task
from jxdeclare.ui.terms import mark_data


class FilingDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_id: int, label: str,
                 parent: QWidget | None = None, today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent, objectName="filingDialog")
        self.ctx, self.draft_id = ctx, draft_id
        self.today = today or date.today()
        self.record: FilingRecord | None = None
        self.package_path: Path | None = None
        self.setWindowTitle(self.tr("食品标准备案：%1").replace("%1", label))
        intro = QLabel(self.tr(
            "指标严于食品安全国家标准的食品企业标准，经社会公示后报江西省卫生健康委员会备案"
            "（《食品安全法》第三十条）。本软件准备备案材料并记录每一步，"
            "不代为操作卫生健康委员会的备案系统。"), wordWrap=True)  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._status_box())
        layout.addWidget(self._history_box(), 1)
        layout.addWidget(self._step_box())
        bottom = QHBoxLayout()
        self.package_button = QPushButton(
            self.tr("生成备案材料…"), objectName="filingPackageButton"
        )
        self.package_button.clicked.connect(self.write_package)
        close = QPushButton(self.tr("关闭"), objectName="filingCloseButton")
        close.clicked.connect(self.reject)
        bottom.addWidget(self.package_button)
        bottom.addStretch()
        bottom.addWidget(close)
        layout.addLayout(bottom)
        fit_to_screen(self, 820, 640)
        self.reload()

    # -- layout ------------------------------------------------------------------------------

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("备案记录"))
        form = QFormLayout(box)
        self.state = QLabel(self.tr("正在读取…"), objectName="filingState")
        self.public = QLabel(objectName="filingPublic")
        self.number_label = QLabel(objectName="filingNumberShown")
        self.filed = QLabel(objectName="filingFiled")
        self.valid = QLabel(objectName="filingValid", wordWrap=True)
        self.scope = QLabel(self.tr("正在比较指标…"), objectName="filingScope", wordWrap=True)
        mark_data(self.number_label)
        form.addRow(self.tr("状态："), self.state)
        form.addRow(self.tr("社会公示："), self.public)
        form.addRow(self.tr("备案号："), self.number_label)
        form.addRow(self.tr("备案日期："), self.filed)
        form.addRow(self.tr("有效期至："), self.valid)
        form.addRow(self.tr("备案范围："), self.scope)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("办理经过"))
        headers = [self.tr("记录时间"), self.tr("记录人"), self.tr("步骤"), self.tr("内容"),
                   self.tr("备注")]  # fmt: skip
        self.history = QTableWidget(0, len(headers), objectName="filingHistory")
        self.history.setHorizontalHeaderLabels(headers)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        mark_data(self.history)
        QVBoxLayout(box).addWidget(self.history)
        return box

    def _step_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("记录下一步"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.step = QComboBox(objectName="filingStep")
        # Filled once the record is read, after the dialog is shown: grow with the step names.
        self.step.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.step.currentIndexChanged.connect(self._show_step)
        top.addWidget(QLabel(self.tr("步骤：")))
        top.addWidget(self.step)
        top.addStretch()
        layout.addLayout(top)
        self.forms = StepForms(self.today)
        layout.addWidget(self.forms)
        note = QHBoxLayout()
        self.note = QLineEdit(objectName="filingNote")
        self.note.setPlaceholderText(self.tr("可选"))
        self.record_button = QPushButton(self.tr("记录"), objectName="recordStepButton")
        self.record_button.clicked.connect(self.record_step)
        note.addWidget(QLabel(self.tr("备注：")))
        note.addWidget(self.note, 1)
        note.addWidget(self.record_button)
        layout.addLayout(note)
        return box

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from jxdeclare.services.filing.package import comparison_of

        ctx, draft_id, today = self.ctx, self.draft_id, self.today
        run_task(lambda _p, _c: records.filing_of(ctx, draft_id), self._show,
                 partial(show_error, self), self)  # fmt: skip
        run_task(lambda _p, _c: comparison_of(ctx, draft_id, today), self._show_scope,
                 partial(show_error, self), self)  # fmt: skip

    def _show_scope(self, comparison: Any) -> None:
        """Whether the standard is one that is filed: a food standard with a stricter value."""
        if not comparison.is_food:
            self.scope.setText(self.tr("不是食品标准：备案只适用于指标严于食品安全国家标准的食品企业标准。"))
        elif not comparison.stricter:
            self.scope.setText(self.tr("没有严于食品安全国家标准的指标：不需要备案。"))
        else:
            items = "、".join(row.item for row in comparison.stricter)
            self.scope.setText(self.tr("严于食品安全国家标准的指标 %1 项：%2")
                               .replace("%1", str(len(comparison.stricter)))
                               .replace("%2", items))  # fmt: skip

    def _show(self, record: FilingRecord) -> None:
        self.record = record
        d = record.dates
        self.state.setText(self._state_text(d.state))
        self.public.setText(f"{d.public_from.isoformat()} — {d.public_to.isoformat()}"
                            if d.public_from and d.public_to else self.tr("未记录"))  # fmt: skip
        self.number_label.setText(d.number or self.tr("未记录"))
        self.filed.setText(d.filed_on.isoformat() if d.filed_on else self.tr("未记录"))
        caveat = self.tr("有效期以卫生健康委员会答复为准")
        self.valid.setText(f"{d.valid_until.isoformat()}（{caveat}）" if d.valid_until
                           else caveat)  # fmt: skip
        self.history.setRowCount(len(record.events))
        for r, event in enumerate(record.events):
            cells = (event.at.astimezone().strftime("%Y-%m-%d %H:%M"), event.user,
                     step_labels()[event.step], self._event_text(event), event.note)  # fmt: skip
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.step.blockSignals(True)
        self.step.clear()
        for step in ALLOWED[d.state]:
            self.step.addItem(step_labels()[step], step)
        self.step.blockSignals(False)
        self.step.setCurrentIndex(0)
        self._show_step()
        self.record_button.setEnabled(self.step.count() > 0)

    def _state_text(self, state: FilingState) -> str:
        return {
            FilingState.NONE: self.tr("尚未记录（先在卫生健康委员会备案系统进行社会公示）"),
            FilingState.PUBLIC: self.tr("社会公示"),
            FilingState.FILED: self.tr("已备案"),
            FilingState.REVISING: self.tr("修订中（须重新公示和备案）"),
            FilingState.CANCELLED: self.tr("已注销"),
        }[state]

    def _event_text(self, event: FilingEvent) -> str:
        d = event.details
        texts = {
            Step.PUBLIC: self.tr("%1 至 %2"),
            Step.FILE: self.tr("备案号 %3，备案日期 %4，有效期至 %5"),
            Step.REVISE: self.tr("%6：须重新公示和备案"),
            Step.RENEW: self.tr("%6，有效期至 %5"),
            Step.CANCEL: "%6",  # the date alone: the step column says 注销
        }
        values = {
            "%1": d.get("public_from"),
            "%2": d.get("public_to"),
            "%3": d.get("number"),
            "%4": d.get("filed_on"),
            "%5": d.get("valid_until"),
            "%6": d.get("on"),
        }
        text = texts[event.step]
        for key, value in values.items():
            text = text.replace(key, str(value or ""))
        if event.step is Step.RENEW and d.get("number"):
            text += self.tr("，备案号 %1").replace("%1", str(d["number"]))
        return text

    def _show_step(self, *_: object) -> None:
        step = self.step.currentData()
        if step is not None:
            self.forms.show_step(Step(step))
        self.forms.setVisible(step is not None)

    # -- writing -----------------------------------------------------------------------------

    def record_step(self) -> None:
        step, record = self.step.currentData(), self.record
        if step is None or record is None:
            return
        action = self.forms.action(Step(step))
        ctx, draft_id, note, version = self.ctx, self.draft_id, self.note.text(), record.row_version
        today = self.today
        self.record_button.setEnabled(False)

        def done(found: FilingRecord) -> None:
            self.note.clear()
            self._show(found)

        def failed(error: BaseException) -> None:
            self.record_button.setEnabled(True)
            show_error(self, error)

        run_task(lambda _p, _c: action(ctx, draft_id, note, version, today), done, failed, self)

    def write_package(self, *_: object, force: bool = False, folder: str = "") -> None:
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("备案材料保存到"))
        if not folder:
            return
        from jxdeclare.services.filing.package import write_package

        ctx, draft_id, today = self.ctx, self.draft_id, self.today
        self.package_button.setEnabled(False)

        def work(progress: Any, cancel: Any) -> Any:
            return write_package(ctx, draft_id, Path(folder), force=force, today=today,
                                 progress=progress, cancel=cancel)  # fmt: skip

        run_task(work, self._written, partial(self._not_written, folder), self,
                 label=self.tr("正在生成备案材料…"))  # fmt: skip

    def _written(self, result: Any) -> None:
        self.package_button.setEnabled(True)
        self.package_path = result.path
        QMessageBox.information(self, self.tr("备案材料"), self.tr(
            "已写入 %1。\n编制说明中黄色底纹的“填写”部分请企业补充，然后在卫生健康委员会"
            "备案系统提交。").replace("%1", str(result.path)))  # fmt: skip

    def _not_written(self, folder: str, error: BaseException) -> None:
        from jxdeclare.services.filing.package import NotForFiling

        self.package_button.setEnabled(True)
        if not isinstance(error, NotForFiling):
            show_error(self, error)
            return
        answer = QMessageBox.question(self, self.tr("不属于备案范围"), self.tr(
            "%1\n\n仍要生成这些材料吗？").replace("%1", str(error)))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.write_package(force=True, folder=folder)
