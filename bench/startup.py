#!/usr/bin/env python3
"""Start-up time of the desktop app against a bare Qt window measured in the same run.

    python bench/startup.py [--runs 7] [--enterprises 200] [--large 10000] [--json] [--strict]

For each run, seconds from just before the spawn (the parent's clock) to the milestones the
child prints with JXDECLARE_TRACE_STARTUP=1: (a) the main window's first paint and (b) ready
(the enterprise list loaded from the database). The floor is a bare QApplication + QMainWindow
script's spawn → first paint. Medians over the runs; (a) and (b) are also given as ratios to the
floor, so the figures mean the same on a fast workstation and an old office PC.

The headline case opens a database holding ``--enterprises`` enterprises; an empty (migrated)
database is measured too, and one of ``--large`` enterprises (0 leaves it out), whose ready is
held to the same target: an agency's list grows to thousands. Each app run gets a fresh copy of
its data directory, whose path holds Chinese characters and a space. Floor and app runs
alternate so that machine noise hits both alike; one warm-up round of each is not counted.
Targets: (a) ≤ 1.5×, (b) ≤ 4×.
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
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"first_paint": 1.5, "ready": 4.0}
TIMEOUT_S = 60
TRACE_ENV = "JXDECLARE_TRACE_STARTUP"
CASES = ("populated", "empty", "large")  # the populated case is the headline

FLOOR_SCRIPT = """\
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
sys.exit(app.exec())
"""

Samples = dict[str, list[float]]


def child_env(pycache: Path) -> dict[str, str]:
    env = {**os.environ, TRACE_ENV: "1"}
    env.pop("JXDECLARE_DB_URL", None)  # a configured server would bypass the --home database
    # An installed app runs from bytecode; without a cache every run would recompile the
    # checkout's sources. The warm-up round fills this cache, outside the work tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The checkout's package, whether or not it is installed in this environment.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def fail(command: Sequence[str], why: str, stdout: str | None, stderr: str | None) -> NoReturn:
    sys.exit(
        f"benchmark failed: {' '.join(command)}\n{why}\n"
        f"--- stdout ---\n{stdout or ''}\n--- stderr ---\n{stderr or ''}"
    )


def timed(command: list[str], env: dict[str, str], milestones: Sequence[str]) -> dict[str, float]:
    """Seconds from just before the spawn to each milestone the child prints."""
    started = time.time()
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            timeout=TIMEOUT_S,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired as exc:
        # On timeout the output comes back as bytes, whatever text= says.
        out, err = (b.decode(errors="replace") if b else "" for b in (exc.stdout, exc.stderr))
        fail(command, f"no exit within {TIMEOUT_S} s", out, err)
    if result.returncode != 0:
        fail(command, f"exit code {result.returncode}", result.stdout, result.stderr)
    marks: dict[str, float] = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.strip().partition(" ")
        if name in milestones:
            marks.setdefault(name, float(stamp) - started)
    missing = [name for name in milestones if name not in marks]
    if missing:
        fail(command, f"never printed: {', '.join(missing)}", result.stdout, result.stderr)
    return marks


def make_home(home: Path, enterprises: int) -> Path:
    """A data directory with a migrated database holding ``enterprises`` enterprises."""
    sys.path.insert(0, str(ROOT))
    from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.enterprises import EnterpriseInput, insert_in_session, problems

    ctx = AppContext(home)
    try:
        ctx.ensure_schema()  # the empty case too: measure reading, not the first migration
        # Checked like an import (one transaction), so a large database is quick to fill.
        with ctx.session() as session:
            for n in range(enterprises):
                org = f"MA{n:06d}"
                body = "91360100" + org + org_code_check_char(org)
                name = f"江西测试企业{n:04d}有限公司"
                data = EnterpriseInput(name=name, uscc=body + uscc_check_char(body)).cleaned()
                if errors := problems(data):
                    sys.exit(f"benchmark data refused: {errors}")
                insert_in_session(ctx, session, data)
    finally:
        ctx.dispose()
    return home


def measure(runs: int, enterprises: int, large: int) -> dict[str, Samples]:
    os.environ.pop("JXDECLARE_DB_URL", None)  # the templates must be SQLite files too
    kinds = ("floor", *(case for case in CASES if large or case != "large"))
    samples: dict[str, Samples] = {kind: {} for kind in kinds}  # and "memory": peak MB
    with tempfile.TemporaryDirectory(prefix="jxdeclare-bench-") as tmp:
        base = Path(tmp)
        env = child_env(base / "pycache")
        floor_script = base / "floor.py"
        floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        templates = {
            "populated": make_home(base / "模板 企业", enterprises),
            "empty": make_home(base / "模板 空库", 0),
        }
        if large:
            templates["large"] = make_home(base / "模板 大库", large)
        for run in range(runs + 1):  # round 0 warms the disk and bytecode caches for all
            # Rotate the order so that no kind always runs first (or right after another).
            for kind in kinds[run % len(kinds) :] + kinds[: run % len(kinds)]:
                if kind == "floor":
                    marks = timed([sys.executable, str(floor_script)], env, ["first-paint"])
                else:
                    home = base / f"数据 目录 {kind} {run}"
                    shutil.copytree(templates[kind], home)  # the app writes settings on close
                    command = [sys.executable, "-m", "jxdeclare", "--home", str(home), "--smoke"]
                    marks = timed(command, env, ["first-paint", "ready"])
                if run:
                    for name, seconds in marks.items():
                        samples[kind].setdefault(name, []).append(seconds)
        home = base / "数据 目录 内存"
        shutil.copytree(templates["populated"], home)
        smoke = [sys.executable, "-m", "jxdeclare", "--home", str(home), "--smoke"]
        samples["memory"] = {
            "floor": [peak_mb([sys.executable, str(floor_script)], env)],
            "smoke": [peak_mb(smoke, env)],
        }
    return samples


PEAK_SCRIPT = """\
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_mb(command: list[str], env: dict[str, str]) -> float:
    """The peak resident memory of ``command``, in MB (its only child: a wrapper's rusage);
    0 where the OS has no ``resource`` module (Windows)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return 0.0
    out = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, *command], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=TIMEOUT_S)  # fmt: skip
    kib = int(out.stdout.split()[-1])  # Linux: KiB; macOS reports bytes
    return round(kib / (1 << 20 if sys.platform == "darwin" else 1 << 10), 1)


def summarise(samples: dict[str, Samples], enterprises: int, large: int) -> dict[str, Any]:
    """Medians and ratios; the populated case's figures are the top-level keys."""
    floor = statistics.median(samples["floor"]["first-paint"])
    figures: dict[str, Any] = {
        "runs": len(samples["floor"]["first-paint"]),
        "enterprises": enterprises,
        "floor_s": round(floor, 4),
    }
    for case in CASES:
        if not samples.get(case):
            continue  # the large case, left out
        paint = statistics.median(samples[case]["first-paint"])
        ready = statistics.median(samples[case]["ready"])
        case_figures = {
            "first_paint_s": round(paint, 4),
            "ready_s": round(ready, 4),
            "first_paint_ratio": round(paint / floor, 2),
            "ready_ratio": round(ready / floor, 2),
        }
        if case == "populated":
            figures.update(case_figures)
        else:
            figures[case] = case_figures
    if "large" in figures:
        figures["large"]["enterprises"] = large
    memory = samples.get("memory", {})
    if memory and memory["floor"][0]:
        floor_mb, smoke_mb = memory["floor"][0], memory["smoke"][0]
        figures["peak_memory"] = {"floor_mb": floor_mb, "smoke_mb": smoke_mb,
                                  "ratio": round(smoke_mb / floor_mb, 2)}  # fmt: skip
    return figures


def verdicts(figures: dict[str, Any]) -> dict[str, bool]:
    """Whether each target is met, in the headline (populated) case, and ready of the large."""
    met = {key: figures[f"{key}_ratio"] <= target for key, target in TARGETS.items()}
    if "large" in figures:
        met["large_ready"] = figures["large"]["ready_ratio"] <= TARGETS["ready"]
    return met


def report(figures: dict[str, Any]) -> None:
    print(
        f"startup: medians of {figures['runs']} runs, seconds from spawn; "
        f"database with {figures['enterprises']} enterprises"
    )
    print(f"{'':24}{'seconds':>8}{'× floor':>9}{'target':>9}")
    print(f"{'floor (bare QMainWindow)':24}{figures['floor_s']:>8.3f}")
    met = verdicts(figures)
    for key, label in (("first_paint", "(a) first paint"), ("ready", "(b) ready")):
        verdict = "PASS" if met[key] else "MISS"
        print(
            f"{label:24}{figures[f'{key}_s']:>8.3f}{figures[f'{key}_ratio']:>8.2f}×"
            f"{'≤ ' + str(TARGETS[key]) + '×':>9}  {verdict}"
        )
    empty = figures["empty"]
    for key, label in (("first_paint", "empty db: first paint"), ("ready", "empty db: ready")):
        print(f"{label:24}{empty[f'{key}_s']:>8.3f}{empty[f'{key}_ratio']:>8.2f}×")
    if "large" in figures:
        large = figures["large"]
        print(f"database with {large['enterprises']} enterprises:")
        paint, ratio = large["first_paint_s"], large["first_paint_ratio"]
        print(f"{'  first paint':24}{paint:>8.3f}{ratio:>8.2f}×")
        verdict = "PASS" if met["large_ready"] else "MISS"
        print(
            f"{'  ready':24}{large['ready_s']:>8.3f}{large['ready_ratio']:>8.2f}×"
            f"{'≤ ' + str(TARGETS['ready']) + '×':>9}  {verdict}"
        )
    if "peak_memory" in figures:
        memory = figures["peak_memory"]
        print(f"peak memory: floor {memory['floor_mb']} MB, app --smoke {memory['smoke_mb']} MB "
              f"({memory['ratio']}×; the smoke test renders a PDF with two CJK TrueType fonts)")


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=positive, default=7, help="timed runs (default 7)")
    parser.add_argument(
        "--enterprises", type=int, default=200, help="enterprises in the database (default 200)"
    )
    parser.add_argument(
        "--large",
        type=int,
        default=10_000,
        help="enterprises in the large case's database (default 10000; 0 leaves it out)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    figures = summarise(
        measure(args.runs, args.enterprises, args.large), args.enterprises, args.large
    )
    if args.json:
        print(json.dumps(figures))
    else:
        report(figures)
    return 1 if args.strict and not all(verdicts(figures).values()) else 0


if __name__ == "__main__":
    sys.exit(main())
