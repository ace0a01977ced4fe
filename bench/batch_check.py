#!/usr/bin/env python3
"""An agency's batch check at scale: one process against two workers, time and peak memory.

    python bench/batch_check.py [--sizes 1000,5000] [--runs 3] [--json] [--strict]

For each size, a fresh SQLite database of that many stored standards (the default example
document, numbered apart) in a temporary folder whose name holds Chinese characters and a space.
Each measurement runs in a fresh process, so its peak memory is its own:

* floor: read every stored document's JSON and decode it (what any check must do first), in
  bounded batches, one process;
* ``check_stored(workers=1)`` and ``check_stored(workers=2)``: wall time as a ratio to the floor;
* ``check_stored()`` with the default number of workers, likewise;
* peak RSS of each (the main process plus its largest worker), against the floor's.

Runs are interleaved and medians kept. Targets: two workers never slower than one process
(ratio two / one ≤ 1.05, noise allowed), the default never slower than one process, and the
peak RSS of one process ≤ 150 MB whatever the size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

AS_OF = date(2026, 11, 29)
RSS_LIMIT_MB = 150.0
MODES = ("floor", "1", "2", "default")


def peak_rss_mb() -> float | None:
    """This process's peak RSS plus its largest child's; None where ``resource`` is missing."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024  # bytes there, else KiB
    return (own + children) * scale


def child(home: str, mode: str) -> dict[str, Any]:
    """One measurement in this (fresh) process."""
    from jxdeclare.services.context import AppContext

    ctx = AppContext(Path(home))
    start = time.perf_counter()
    if mode == "floor":
        count = _read_all(ctx)
    else:
        from jxdeclare.services.batch_check import check_stored

        workers = None if mode == "default" else int(mode)
        count = len(check_stored(ctx, as_of=AS_OF, workers=workers))
    wall = time.perf_counter() - start
    ctx.dispose()
    return {"wall": wall, "rss_mb": peak_rss_mb(), "count": count}


def _read_all(ctx: Any) -> int:
    from sqlalchemy import select

    from jxdeclare.domain.document import jxstd
    from jxdeclare.domain.document.model import Document
    from jxdeclare.store.models import StandardDocument as D

    with ctx.session() as session:
        ids = list(session.scalars(select(D.id)))
    for at in range(0, len(ids), 50):
        with ctx.session() as session:
            query = select(D.content).where(D.id.in_(ids[at : at + 50]))
            for content in session.scalars(query):
                jxstd.from_dict(Document, content, "bench")
    return len(ids)


def seed(home: Path, count: int) -> None:
    from jxdeclare.drafting.example import example_document
    from jxdeclare.services import drafts
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

    ctx = AppContext(home)
    ctx.ensure_schema()
    owner = add_enterprise(ctx, EnterpriseInput(name="基准企业", uscc="91110000600037341L"))
    document = example_document()
    for n in range(count):
        document.cover.number = f"Q/JXSL {n + 1:05d}—2026"
        drafts.store_new(ctx, owner.id, document)
    ctx.dispose()


def measure(home: Path, mode: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(home), mode],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def size_figures(count: int, runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="批量检查 基准") as folder:
        home = Path(folder)
        seed(home, count)
        samples: dict[str, list[dict[str, Any]]] = {mode: [] for mode in MODES}
        for _ in range(runs):
            for mode in MODES:
                samples[mode].append(measure(home, mode))
    figures: dict[str, Any] = {"documents": count}
    for mode, values in samples.items():
        rss = [v["rss_mb"] for v in values if v["rss_mb"] is not None]
        figures[mode] = {
            "wall": statistics.median(v["wall"] for v in values),
            "rss_mb": max(rss) if rss else None,
            "walls": [round(v["wall"], 3) for v in values],
        }
    return figures


def passed(figures: dict[str, Any]) -> bool:
    one = figures["1"]["wall"]
    rss = figures["1"]["rss_mb"]
    return (
        figures["2"]["wall"] <= one * 1.05
        and figures["default"]["wall"] <= one * 1.05
        and (rss is None or rss <= RSS_LIMIT_MB)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--child", nargs=2, metavar=("HOME", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    results = [size_figures(int(size), args.runs) for size in args.sizes.split(",")]
    ok = all(passed(figures) for figures in results)
    if args.json:
        print(json.dumps({"sizes": results, "rss_limit_mb": RSS_LIMIT_MB, "passed": ok}))
        return 1 if args.strict and not ok else 0
    print(f"batch check: medians of {args.runs} runs, each in a fresh process")
    for figures in results:
        floor = figures["floor"]
        print(f"{figures['documents']} stored standards; floor (read and decode every one)"
              f" {floor['wall']:.2f} s, peak {_mb(floor['rss_mb'])}")  # fmt: skip
        for mode, label in (("1", "one process"), ("2", "two workers"), ("default", "default")):
            wall = figures[mode]["wall"]
            print(f"  {label:<12} {wall:7.2f} s  {wall / floor['wall']:5.2f}× floor"
                  f"  {wall / figures['1']['wall']:5.2f}× one process"
                  f"  peak {_mb(figures[mode]['rss_mb'])}")  # fmt: skip
        print(f"  {'PASS' if passed(figures) else 'MISS'}: two workers and the default ≤ one"
              f" process, one process's peak ≤ {RSS_LIMIT_MB:.0f} MB")  # fmt: skip
    return 1 if args.strict and not ok else 0


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


if __name__ == "__main__":
    sys.exit(main())
