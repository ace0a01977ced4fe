#!/usr/bin/env python3
"""Checking time against the floor of merely loading the same document.

    python bench/check.py [--runs 7] [--batch 1000] [--json] [--strict]

The document: ``example_document(chapters=10, tables=4, rows_per_table=5)`` — 200 indicator rows —
with 30 normative references taken from the default pack, product category 米粉/米线. Medians
over the runs, interleaved so machine noise hits all alike:

* floor: ``jxstd.loads`` of the document's JSON (what any check must do first);
* full check: ``check_document`` against the default pack (fresh context, nothing cached);
* re-check after one edit: change one indicator value, check again (what the editor does).

Batch: ``--batch`` stored standards (the default example document) in a fresh SQLite database,
checked by ``check_stored`` in worker processes and, for comparison, in one process; wall time
and per document. Targets: full ≤ 50 ms, re-check ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

from jxdeclare.catalog.keys import trusted_keys  # noqa: E402
from jxdeclare.catalog.pack import open_pack  # noqa: E402
from jxdeclare.checks.run import check_document  # noqa: E402
from jxdeclare.domain.document import jxstd  # noqa: E402
from jxdeclare.domain.document.model import Document, Reference  # noqa: E402
from jxdeclare.drafting.example import example_document  # noqa: E402
from jxdeclare.services.catalog import default_pack_path  # noqa: E402

AS_OF = date(2026, 11, 29)
TARGETS = {"full": 0.050, "recheck": 0.020}


def big_document(pack: Any) -> Document:
    document = example_document(chapters=10, tables=4, rows_per_table=5, paragraphs=6)
    numbers = [row["number"] for row in pack.tables["standards"]][:30]
    document.normative_references = [Reference(n) for n in numbers]
    return document


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def in_process(runs: int) -> dict[str, float]:
    pack = open_pack(default_pack_path(), trusted_keys())
    document = big_document(pack)
    text = jxstd.dumps(document)
    row = document.indicator_rows()[0]
    check_document(document, as_of=AS_OF, pack=pack)  # warm-up: imports, templates, caches
    samples: dict[str, list[float]] = {"floor": [], "full": [], "recheck": []}
    for run in range(runs):
        samples["floor"].append(timed(lambda: jxstd.loads(text)))
        samples["full"].append(timed(lambda: check_document(document, as_of=AS_OF, pack=pack)))
        row.value = f"{run + 1}.5"
        samples["recheck"].append(timed(lambda: check_document(document, as_of=AS_OF, pack=pack)))
    return {name: statistics.median(values) for name, values in samples.items()}


def batch(count: int) -> dict[str, float]:
    from jxdeclare.services import drafts
    from jxdeclare.services.batch_check import check_stored, default_workers
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

    with tempfile.TemporaryDirectory(prefix="检查 基准") as home:
        ctx = AppContext(Path(home))
        ctx.ensure_schema()
        owner = add_enterprise(ctx, EnterpriseInput(name="基准企业", uscc="91110000600037341L"))
        document = example_document()
        for n in range(count):
            document.cover.number = f"Q/JXSL {n + 1:04d}—2026"
            drafts.store_new(ctx, owner.id, document)
        serial = timed(lambda: check_stored(ctx, as_of=AS_OF, workers=1))
        workers = default_workers(count)
        wall = timed(lambda: check_stored(ctx, as_of=AS_OF, workers=workers))
        ctx.dispose()
    return {
        "documents": count, "wall": wall, "per_document": wall / max(count, 1),
        "workers": workers, "serial_wall": serial,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    figures = in_process(args.runs)
    stored = batch(args.batch) if args.batch else {}
    passed = all(figures[name] <= limit for name, limit in TARGETS.items())
    if args.json:
        print(json.dumps({"medians": figures, "batch": stored, "targets": TARGETS}))
    else:
        floor = figures["floor"]
        print(f"check: medians of {args.runs} runs; 200 indicator rows, 30 references")
        print(f"floor (load the .jxstd)     {floor * 1000:7.1f} ms")
        for name, label in (("full", "full check"), ("recheck", "re-check after an edit")):
            ok = "PASS" if figures[name] <= TARGETS[name] else "MISS"
            print(f"{label:<27} {figures[name] * 1000:7.1f} ms  {figures[name] / floor:5.2f}× floor"
                  f"   target ≤ {TARGETS[name] * 1000:.0f} ms  {ok}")  # fmt: skip
        if stored:
            print(f"batch: {stored['documents']} stored standards in {stored['wall']:.1f} s,"
                  f" {stored['per_document'] * 1000:.1f} ms each"
                  f" ({stored['per_document'] / floor:.1f}× the floor) with"
                  f" {stored['workers']} worker process(es);"
                  f" one process: {stored['serial_wall']:.1f} s")  # fmt: skip
    return 1 if args.strict and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
