#!/usr/bin/env python3
"""A one-shot ``jxdeclare-cli check FILE`` against ``jxdeclare-cli --help``, process to process.

    python bench/cli_check.py [--runs 7] [--json] [--strict] [--app PATH]

The file: the default example document saved as .jxstd in a temporary folder whose name holds
Chinese characters and a space, checked with a fresh data directory there (the bundled pack).
Floor: ``--help``, which starts the interpreter and imports the command line as every command
does. Runs interleaved, medians kept; one uncounted warm-up round. Target: check ≤ 1.5× floor.
``--app``: time that program (the built ``jxdeclare-cli`` of ``dev.py build``, what users run)
instead of the checkout's ``python -m jxdeclare.cli.main``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

TARGET = 1.5


def timed(program: list[str], args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*program, *args], env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)  # fmt: skip
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--app", help="a built jxdeclare-cli to time instead of the checkout")
    args = parser.parse_args()
    program = [args.app] if args.app else [sys.executable, "-m", "jxdeclare.cli.main"]
    from jxdeclare.domain.document import jxstd
    from jxdeclare.drafting.example import example_document

    with tempfile.TemporaryDirectory(prefix="命令行检查 基准") as folder:
        path = Path(folder) / "示例 标准.jxstd"
        path.write_text(jxstd.dumps(example_document()), encoding="utf-8")
        env = os.environ | {"JXDECLARE_HOME": str(Path(folder) / "数据"),
                            "PYTHONPATH": str(ROOT)}  # fmt: skip
        # An installed program runs from bytecode: without a cache (PYTHONDONTWRITEBYTECODE)
        # every run would compile the sources it imports, and check imports more than --help.
        # The warm-up round fills this cache, outside the work tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        samples: dict[str, list[float]] = {"help": [], "check": []}
        for run in range(args.runs + 1):
            help_time = timed(program, ["--help"], env)
            check_time = timed(program, ["check", str(path)], env)
            if run:  # the first round only fills the disk and bytecode caches
                samples["help"].append(help_time)
                samples["check"].append(check_time)
    help_median = statistics.median(samples["help"])
    check_median = statistics.median(samples["check"])
    ratio = check_median / help_median
    if args.json:
        print(json.dumps({"help": help_median, "check": check_median, "ratio": ratio,
                          "target": TARGET, "app": args.app or "checkout"}))  # fmt: skip
    else:
        print(f"one-shot check ({args.app or 'the checkout'}): medians of {args.runs} runs")
        print(f"floor (jxdeclare-cli --help)   {help_median * 1000:6.0f} ms")
        print(f"jxdeclare-cli check FILE       {check_median * 1000:6.0f} ms  {ratio:4.2f}× floor"
              f"   target ≤ {TARGET}×  {'PASS' if ratio <= TARGET else 'MISS'}")  # fmt: skip
    return 1 if args.strict and ratio > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
