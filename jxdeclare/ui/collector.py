"""Python's cyclic garbage collector, run on the UI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a threshold is
crossed, often a background task's. Cyclic garbage can hold Qt objects (widgets, timers, models
left behind by a closed window); collected in a worker thread, their C++ destructors run there,
beside the UI thread that paints them. Seen as crashes inside pure-Python code of a background
check and as hangs of a window being shown. PyQt and PySide applications avoid it the same way:
switch automatic collection off and collect, by the same thresholds, from a timer on the UI
thread. Reference counting still frees everything not in a cycle at once, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Created once, on the UI thread, with the application as parent."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """What automatic collection would have done by now: the young generations only,
        unless enough of them survived to warrant an older one."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def collect_on_this_thread(app: QObject) -> MainThreadCollector:
    """Install the collector on ``app`` (once; later calls return the same one)."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
