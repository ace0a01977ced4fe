"""The first-run walk-through on the 工作台: five steps from an empty database to a declared
standard, each marked done from the data, each with a button that starts it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from jxdeclare.services.workbench import Step

DONE_COLOUR, TODO_COLOUR = "#1b7f3b", "#666666"


class FirstSteps(QFrame):
    start = Signal(str)  # the Step to begin
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("开始使用：五步完成企业标准的自我声明"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        dismiss = QPushButton(self.tr("收起，不再显示"), objectName="dismissGuideButton")
        dismiss.clicked.connect(self.dismissed)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(dismiss)
        grid = QGridLayout()
        self.states: dict[Step, QLabel] = {}
        self.buttons: dict[Step, QPushButton] = {}
        for row, (step, label) in enumerate(self._titles().items()):
            grid.addWidget(QLabel(f"{row + 1}. {label}"), row, 0)
            self.states[step] = QLabel(objectName=f"{step}StepState")
            grid.addWidget(self.states[step], row, 1)
            button = QPushButton(objectName=f"{step}StepButton")
            button.clicked.connect(lambda _checked=False, s=step: self.start.emit(str(s)))
            self.buttons[step] = button
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)

    def _titles(self) -> dict[Step, str]:
        return {
            Step.ENTERPRISE: self.tr("添加企业"),
            Step.SYSTEM: self.tr("建立标准体系"),
            Step.DRAFT: self.tr("起草标准"),
            Step.CHECK: self.tr("合规检查"),
            Step.DECLARE: self.tr("自我声明"),
        }

    def set_done(self, done: dict[Step, bool]) -> None:
        """Mark each step; the first one still to do gets the default button."""
        following = next((step for step in Step if not done.get(step)), None)
        for step in Step:
            finished = bool(done.get(step))
            state = self.states[step]
            state.setText(self.tr("✓ 已完成") if finished else self.tr("未完成"))
            state.setStyleSheet(f"color: {DONE_COLOUR if finished else TODO_COLOUR}")
            button = self.buttons[step]
            button.setText(self.tr("查看") if finished else self.tr("开始"))
            button.setDefault(step == following)
