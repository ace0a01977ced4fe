"""The one background-task helper (Anki's QueryOp, Picard's run_task/to_main).

A task is a plain function ``fn(progress, cancel)`` run on the global thread pool; its progress,
result and error come back as queued signals, so callbacks run on the UI thread and never touch
widgets from a worker. Anything slower than a second shows a cancellable progress dialog.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]
TaskFn = Callable[[Progress, threading.Event], Any]
PROGRESS_DELAY_MS = 1000


class _Relay(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def report(self, done: int, total: int, text: str) -> None:
        """Called on the worker thread; the queued signal carries it to the UI thread."""
        self.progressed.emit(int(done), int(total), str(text))


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFn, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self.fn, self.relay, self.cancel = fn, relay, cancel

    def run(self) -> None:
        try:
            result = self.fn(self.relay.report, self.cancel)
        except BaseException as exc:  # delivered to the UI, never lost in a worker thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Task(QObject):
    """A running background operation; keep a reference until it finishes (we do, in _live)."""

    _live: ClassVar[set[Task]] = set()
    finished = Signal()

    def __init__(
        self,
        fn: TaskFn,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        parent: QWidget | None = None,
        label: str | None = None,
    ) -> None:
        super().__init__()
        self.cancel = threading.Event()
        self._on_success, self._on_failure = on_success, on_failure
        self._relay = _Relay()
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._dialog = self._make_dialog(parent, label) if label else None
        self._runnable = _Runnable(fn, self._relay, self.cancel)

    def _make_dialog(self, parent: QWidget | None, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.canceled.connect(self.cancel.set)
        self._relay.progressed.connect(self._progressed)
        return dialog

    def start(self) -> Task:
        Task._live.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        Task._live.discard(self)
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._finish()
        self._on_failure(error)


def run_task(
    fn: TaskFn,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    parent: QWidget | None = None,
    label: str | None = None,
) -> Task:
    """Run ``fn`` in the background; ``label`` asks for a progress dialog after one second."""
    return Task(fn, on_success, on_failure, parent, label).start()


def running_tasks() -> int:
    return len(Task._live)
