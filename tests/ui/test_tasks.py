"""The background-task helper delivers results and errors on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton

from jxdeclare.ui.tasks import run_task


def test_result_arrives_on_the_ui_thread_after_work_on_another(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(_progress, _cancel):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["on_ui"] = QThread.currentThread() is QApplication.instance().thread()

    run_task(work, done, lambda e: seen.setdefault("error", e))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "result": 42, "on_ui": True}


def test_errors_arrive_on_the_ui_thread(qtbot) -> None:
    errors: list[BaseException] = []

    def boom(_p, _c):
        raise ValueError("坏数据")

    run_task(boom, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and "坏数据" in str(errors[0])
    assert "Traceback" in errors[0].__traceback_text__  # type: ignore[attr-defined]


def test_cancel_reaches_the_worker_and_progress_reaches_the_dialog(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome: list[object] = []

    def slow(progress, cancel):
        progress(1, 10, "第1步")
        started.set()
        while not cancel.wait(0.01):
            pass
        raise InterruptedError("已取消")

    task = run_task(slow, outcome.append, outcome.append, parent, "正在处理…")
    try:
        assert started.wait(5)
        dialog = task._dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the work passes a second
        assert (dialog.value(), dialog.maximum(), dialog.labelText()) == (1, 10, "第1步")
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(outcome))
    finally:
        task.cancel.set()  # never leave a worker spinning past the test
    assert isinstance(outcome[0], InterruptedError)
