"""对标 in the editor: a dock tabbed with 检查结果. It compares the open draft only while it is
shown, half a second after typing stops, on a copy of the document in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDockWidget

from jxdeclare.ui.benchmarks.view import BenchmarkView

if TYPE_CHECKING:
    from jxdeclare.domain.document.model import Document
    from jxdeclare.ui.editor.window import DraftEditor

DELAY_MS = 500


class BenchmarkDock(QDockWidget):
    def __init__(self, editor: DraftEditor, checker: Callable[[Document], Any]) -> None:
        super().__init__(QCoreApplication.translate("BenchmarkDock", "对标"), editor)
        self.setObjectName("benchmarkDock")
        self.editor, self.checker = editor, checker
        self.view = BenchmarkView(self)
        self.view.ctx = editor.ctx
        self.view.work = self._work
        self.setWidget(self.view)
        self._stale = True  # the draft changed since the last comparison
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._run_if_shown)
        editor.changed.connect(self._changed)
        self.visibilityChanged.connect(lambda shown: shown and self._run_if_shown())

    def _changed(self) -> None:
        self._stale = True
        self._timer.start()

    def _run_if_shown(self) -> None:
        if self._stale and self.isVisible() and not self.visibleRegion().isEmpty():
            self._stale = False
            self.view.refresh()

    def _work(self, chosen: str) -> Callable[[], tuple[Any, list[str]]]:
        """The snapshot taken now; checked (the preconditions) and compared in the background."""
        snapshot, checker, ctx = self.editor.snapshot(), self.checker, self.editor.ctx

        def job() -> tuple[Any, list[str]]:
            from jxdeclare.services.benchmarks.comparing import compare_for_view
            from jxdeclare.ui.editor.saver import document_of

            document = document_of(snapshot)
            name = document.cover.number or document.cover.title
            return compare_for_view(ctx, document, name, checker(document).findings, chosen)

        return job
