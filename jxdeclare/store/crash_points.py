"""Test hook: die at the N-th crash point of a schema upgrade, exactly as a kill -9 would.

``JXDECLARE_TEST_CRASH_AT=N`` makes the process SIGKILL itself at the N-th point it passes: each
step of copying the backup, the backup verified, the backup renamed into place, each statement of
the migration that writes, and the commit. The kill tests run ``db upgrade`` with N = 1, 2, …
until a run is not killed, so every boundary is hit deterministically. A frozen (shipped) build
ignores the variable.
"""

from __future__ import annotations

import os
import signal
import sys

CRASH_AT_ENV = "JXDECLARE_TEST_CRASH_AT"

_passed = 0


def crash_point() -> None:
    global _passed
    target = os.environ.get(CRASH_AT_ENV, "")
    if not target.isdigit() or getattr(sys, "frozen", False):
        return
    _passed += 1
    if _passed == int(target):
        # SIGKILL leaves no chance to clean up, like a power cut; Windows has only TerminateProcess
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
