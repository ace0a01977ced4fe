"""对标 on the 合规检查 page: after one file is checked, a button opens the comparison of that
file with the benchmark sets (the check's findings give the 领跑者 preconditions)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jxdeclare.ui.benchmarks import COLOUR
from jxdeclare.ui.benchmarks.view import BenchmarkView

if TYPE_CHECKING:
    from jxdeclare.checks.run import CheckReport
    from jxdeclare.services.context import AppContext

VIEW_HEIGHT = 240  # leaves the check's own findings most of a 768-pixel screen


class BenchmarkSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: CheckReport | None = None
        self.toggle = QPushButton(self.tr("对标"), objectName="showBenchmarks", checkable=True)
        self.toggle.setToolTip(self.tr("与领跑者、江西绿色生态等对标集比较（自愿性目标）"))
        self.toggle.setStyleSheet(f"color: {COLOUR}")
        self.toggle.toggled.connect(self._toggled)
        self.view = BenchmarkView(self)
        self.view.ctx = ctx
        self.view.work = self._work
        self.view.setMaximumHeight(VIEW_HEIGHT)
        self.view.hide()
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.hide()

    def set_file(self, path: Path | None, report: CheckReport | None) -> None:
        """The file just checked (None: a batch, nothing to compare)."""
        self.path, self.report = path, report
        self.setVisible(path is not None)
        if path is not None and self.toggle.isChecked():
            self.view.refresh()

    def _toggled(self, shown: bool) -> None:
        self.view.setVisible(shown)
        if shown:
            self.view.refresh()

    def _work(self, chosen: str) -> Callable[[], tuple[Any, list[str]]]:
        path, report, ctx = self.path, self.report, self.ctx
        assert path is not None and report is not None

        def job() -> tuple[Any, list[str]]:
            from jxdeclare.services.benchmarks.comparing import compare_for_view
            from jxdeclare.services.checking import load_for_check

            document = load_for_check(path).document
            return compare_for_view(ctx, document, path.name, report.findings, chosen)

        return job
