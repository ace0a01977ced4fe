"""Cyclic garbage holding a Qt object is freed on the UI thread, never in a background task that
happens to allocate when the collector's threshold is crossed (jxdeclare.ui.collector)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

freed_on: list[str] = []


class Holder(QObject):
    """A Qt object kept alive only by a reference cycle; says on which thread it is freed."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # the cycle: only the cyclic collector can free it

    def __del__(self) -> None:
        freed_on.append(threading.current_thread().name)


def test_a_qt_object_in_a_cycle_is_freed_on_the_ui_thread(qtbot) -> None:
    assert not gc.isenabled()  # automatic collection is off: the UI thread's timer collects
    freed_on.clear()
    Holder()  # unreachable at once, but in a cycle

    kept: list[list[int]] = []

    def allocate() -> None:  # a background task building many containers, as a check does
        kept.extend([i] for i in range(50_000))

    worker = threading.Thread(target=allocate, name="background-task")
    worker.start()
    worker.join()
    assert freed_on == []  # the worker's allocations collected nothing
    # Still alive, they keep the young generation past its threshold until the UI thread's
    # timer collects it (freed at once, they would leave nothing to trigger a collection).
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    kept.clear()
    assert freed_on == [threading.main_thread().name]
