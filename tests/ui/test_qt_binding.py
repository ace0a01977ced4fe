"""Guards against a Qt binding that would crash the running app (why pyproject pins PySide6)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_process_events_keeps_the_reference_count_of_none(qapp: QApplication) -> None:
    # PySide6 6.12.0 decrements None on each call: Python aborts once the count reaches zero.
    before = sys.getrefcount(None)
    for _ in range(500):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
