"""The one background-task helper (Anki's QueryOp, Picard's run_task/to_main).

A task is a plain function ``fn(progress, cancel)`` run on the global thread pool; its progress,
result and error come back as queued signals, so callbacks run on the UI thread and never touch
widgets from a worker. Anything slower than a second shows a cancellable progress dialog.

One long-lived relay object carries every task's signals (tagged with the task's id), so no
per-task QObject is ever created on one thread and destroyed on another.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

Progress = Callable[[int, int, str], None]
TaskFn = Callable[[Progress, threading.Event], Any]
PROGRESS_DELAY_MS = 1000


class _Relay(QObject):
    progressed = Signal(int, int, int, str)  # task id, done, total, text
    succeeded = Signal(int, object)
    failed = Signal(int, object)


_relay: _Relay | None = None
_live: dict[int, Task] = {}
_ids = itertools.count(1)


def _the_relay() -> _Relay:
    """Created on first use, on the UI thread, and kept for the life of the application."""
    global _relay
    if _relay is None:
        _relay = _Relay(QCoreApplication.instance())
        _relay.progressed.connect(
            lambda i, done, total, text: _call(i, "progressed", done, total, text)
        )
        _relay.succeeded.connect(lambda i, result: _call(i, "succeeded", result))
        _relay.failed.connect(lambda i, error: _call(i, "failed", error))
    return _relay


def _call(task_id: int, method: str, *args: Any) -> None:
    task = _live.get(task_id)
    if task is not None:
        getattr(task, method)(*args)


def _work(task_id: int, relay: _Relay) -> None:
    """Runs in the worker. ``fn`` and the cancel event are taken from the live task and let go
    before the outcome is sent, so that their last reference always dies on the UI thread:
    ``fn`` often closes over a window, and a Qt connection may track the event (a window or a
    connection torn down off the UI thread crashes the application)."""

    def progress(done: int, total: int, text: str) -> None:
        relay.progressed.emit(task_id, int(done), int(total), str(text))

    task = _live.get(task_id)
    fn, cancel = (task.fn, task.cancel) if task is not None else (None, None)
    del task
    if fn is None or cancel is None:
        return
    try:
        result = fn(progress, cancel)
    except BaseException as exc:  # delivered to the UI, never lost in a worker thread
        del fn, cancel
        exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        # The text is kept; the frames (and the windows their locals hold) stay here and go now.
        exc.__traceback__ = None
        relay.failed.emit(task_id, exc)
    else:
        del fn, cancel
        relay.succeeded.emit(task_id, result)


class Task:
    """A running background operation, kept in ``_live`` until its outcome is delivered."""

    def __init__(
        self,
        fn: TaskFn,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        parent: QWidget | None = None,
        label: str | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        self.id = next(_ids)
        self._on_progress = on_progress
        self.fn = fn
        self.cancel = threading.Event()
        self._on_success, self._on_failure = on_success, on_failure
        # The widget to answer: if it was closed before the work finished, nobody is told.
        bound = getattr(on_success, "__self__", None)
        self._owner = parent or (bound if isinstance(bound, QObject) else None)
        self._dialog = self._make_dialog(parent, label) if label else None

    def _make_dialog(self, parent: QWidget | None, label: str) -> QProgressDialog:
        translate = QCoreApplication.translate
        dialog = QProgressDialog(label, translate("Task", "取消"), 0, 0, parent)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setWindowTitle(translate("Task", "请稍候"))
        cancel = self.cancel
        # Not the bound method: PySide would watch the event through a weak reference and
        # disconnect from whichever thread drops it last.
        dialog.canceled.connect(lambda: cancel.set())
        return dialog

    def start(self) -> Task:
        relay = _the_relay()
        _live[self.id] = self
        task_id = self.id
        # The runnable (freed in the worker) holds nothing but the id and the immortal relay.
        QThreadPool.globalInstance().start(lambda: _work(task_id, relay))
        return self

    def progressed(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and not self._owner_gone():
            self._on_progress(done, total, text)
        if self._dialog is not None and isValid(self._dialog):
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        if self._dialog is not None and isValid(self._dialog):  # its parent may be gone
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        _live.pop(self.id, None)

    def _owner_gone(self) -> bool:
        return self._owner is not None and not isValid(self._owner)

    def succeeded(self, result: Any) -> None:
        self._finish()
        if not self._owner_gone():
            self._on_success(result)

    def failed(self, error: BaseException) -> None:
        self._finish()
        if not self._owner_gone():
            self._on_failure(error)


def run_task(
    fn: TaskFn,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    parent: QWidget | None = None,
    label: str | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Task:
    """Run ``fn`` in the background; ``label`` asks for a progress dialog after one second,
    ``on_progress`` receives every progress step on the UI thread (a page's own progress view)."""
    return Task(fn, on_success, on_failure, parent, label, on_progress).start()


def running_tasks() -> int:
    return len(_live)
