#!/usr/bin/env python3
"""Start-up time of the desktop app against a bare Qt window measured in the same run.

    python bench/startup.py [--runs 7] [--enterprises 200] [--json] [--strict]

(a) process start → the main window's first paint, and (b) process start → ready (enterprise
list loaded from the database), medians over the runs, each divided by the floor: a bare
QApplication + QMainWindow script's process start → first paint. Runs alternate between floor
and app so that machine noise hits both alike; one warm-up run of each is not counted.
Targets (issue #2): (a) ≤ 1.5×, (b) ≤ 4×.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"first_paint": 1.5, "ready": 4.0}
TIMEOUT_S = 60

FLOOR_SCRIPT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def child_env() -> dict[str, str]:
    env = {**os.environ, "JXDECLARE_TRACE_STARTUP": "1"}
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def timed(command: list[str]) -> dict[str, float]:
    """Seconds from just before the spawn to each milestone the child prints."""
    started = time.time()
    result = subprocess.run(
        command, capture_output=True, text=True, env=child_env(), timeout=TIMEOUT_S, cwd=ROOT
    )
    if result.returncode != 0:
        sys.exit(f"{command} exited {result.returncode}:\n{result.stderr}")
    marks = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("first-paint", "ready"):
            marks[name.replace("-", "_")] = float(stamp) - started
    if not marks:
        sys.exit(f"{command} printed no milestone:\n{result.stdout}\n{result.stderr}")
    return marks


def populated_home(base: Path, count: int) -> Path:
    """A data directory whose database already holds ``count`` enterprises."""
    sys.path.insert(0, str(ROOT))
    from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

    home = base / "模板 数据"
    ctx = AppContext(home)
    for n in range(count):
        org = f"MA{n:06d}"
        body = "91360100" + org + org_code_check_char(org)
        add_enterprise(
            ctx,
            EnterpriseInput(name=f"江西测试企业{n:04d}有限公司", uscc=body + uscc_check_char(body)),
        )
    ctx.dispose()
    return home


def measure(runs: int, enterprises: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="jxdeclare-bench-") as tmp:
        base = Path(tmp)
        floor_script = base / "floor.py"
        floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        template = populated_home(base, enterprises)
        floor, paint, ready = [], [], []
        for run in range(runs + 1):  # run 0 warms the disk caches for both
            home = base / f"数据 目录 {run}"
            shutil.copytree(template, home)
            floor_marks = timed([sys.executable, str(floor_script)])
            app_marks = timed([sys.executable, "-m", "jxdeclare", "--home", str(home), "--smoke"])
            if run:
                floor.append(floor_marks["first_paint"])
                paint.append(app_marks["first_paint"])
                ready.append(app_marks["ready"])
    return summarise(floor, paint, ready)


def summarise(floor: list[float], paint: list[float], ready: list[float]) -> dict[str, float]:
    floor_s, paint_s, ready_s = (statistics.median(v) for v in (floor, paint, ready))
    return {
        "runs": len(floor),
        "floor_s": round(floor_s, 4),
        "first_paint_s": round(paint_s, 4),
        "ready_s": round(ready_s, 4),
        "first_paint_ratio": round(paint_s / floor_s, 2),
        "ready_ratio": round(ready_s / floor_s, 2),
    }


def report(figures: dict[str, float]) -> bool:
    print(
        f"runs: {figures['runs']}   floor (bare QMainWindow, first paint): "
        f"{figures['floor_s']:.3f} s"
    )
    met = True
    for key, label in (("first_paint", "(a) first paint"), ("ready", "(b) ready")):
        ratio, target = figures[f"{key}_ratio"], TARGETS[key]
        met &= ratio <= target
        verdict = "PASS" if ratio <= target else "MISS"
        print(
            f"{label:16} {figures[f'{key}_s']:.3f} s   {ratio:.2f}× floor "
            f"(target ≤ {target}×)  {verdict}"
        )
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--enterprises", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    figures = measure(args.runs, args.enterprises)
    if args.json:
        print(json.dumps(figures))
        met = all(figures[f"{k}_ratio"] <= t for k, t in TARGETS.items())
    else:
        met = report(figures)
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
