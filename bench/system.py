#!/usr/bin/env python3
"""The standard system for an agency: dashboards and reports against reading the rows they use.

    python bench/system.py [--enterprises 100] [--entries 60] [--runs 5] [--json]

A fresh SQLite database with ``--enterprises`` enterprises, each with the GB/T 15496 tree and
``--entries`` standards from the default pack spread over its branches (plus one own standard).
Medians over the runs, interleaved:

* floor: reading every register row of every enterprise through the ORM (what any view must do);
* agency dashboard: ``dashboard_rows`` across all enterprises (status, review dates, actions);
* one enterprise: ``entry_views`` (what the 标准体系 page shows when an enterprise is picked);
* report: the PDF report of one enterprise (diagram, 明细表, 统计表, 编制说明), once.

Target (an agency's office PC): the agency dashboard of 100 × 60 in ≤ 3 s.
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

from jxdeclare.services.context import AppContext  # noqa: E402

AS_OF = date(2026, 11, 29)
TARGET_DASHBOARD = 3.0


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def credit_code(n: int) -> str:
    from jxdeclare.services.declarations.samples import sample_credit_code

    return sample_credit_code(n)


def seed(ctx: AppContext, enterprises: int, entries: int) -> list[int]:
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
    from jxdeclare.services.system.register import EntryInput, add_entry_in
    from jxdeclare.services.system.tree import create_tree_in

    numbers = [
        r["number"] for r in active_catalogue(ctx).pack.tables["standards"] if r.get("title")
    ]
    ids = []
    for n in range(enterprises):
        eid = add_enterprise(ctx, EnterpriseInput(f"基准企业{n + 1}", credit_code(n))).id
        with ctx.session() as session:
            tree = create_tree_in(ctx, session, eid, "gbt15496")
            leaves = [row.id for row, depth in tree.walk() if depth == 1]
            for i in range(entries):
                data = EntryInput(numbers[i % len(numbers)])
                add_entry_in(ctx, session, eid, data, leaves[i % len(leaves)])
            own = EntryInput(f"Q/JZ{n} 0001—2021", "基准企业标准", published=date(2021, 3, 1))
            add_entry_in(ctx, session, eid, own, leaves[0])
        ids.append(eid)
    return ids


def read_rows(ctx: AppContext) -> int:
    from sqlalchemy import select

    from jxdeclare.store.models import StandardInUse

    with ctx.session() as session:
        return len(list(session.scalars(select(StandardInUse))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=100)
    parser.add_argument("--entries", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from jxdeclare.services.system.outputs import write_report
    from jxdeclare.services.system.status import dashboard_rows, entry_views

    with tempfile.TemporaryDirectory(prefix="体系 基准") as home:
        ctx = AppContext(Path(home))
        ctx.ensure_schema()
        ids = seed(ctx, args.enterprises, args.entries)
        dashboard_rows(ctx, None, AS_OF)  # warm-up: the pack index, imports
        samples: dict[str, list[float]] = {"floor": [], "dashboard": [], "one": []}
        for _ in range(args.runs):
            samples["floor"].append(timed(lambda: read_rows(ctx)))
            samples["dashboard"].append(timed(lambda: dashboard_rows(ctx, None, AS_OF)))
            samples["one"].append(timed(lambda: entry_views(ctx, ids[0], AS_OF)))
        report = timed(lambda: write_report(ctx, ids[0], Path(home) / "体系.pdf", AS_OF))
        ctx.dispose()
    figures = {name: statistics.median(values) for name, values in samples.items()}
    figures["report"] = report
    if args.json:
        print(json.dumps({"medians": figures, "target_dashboard": TARGET_DASHBOARD}))
        return 0
    floor = figures["floor"]
    total = args.enterprises * (args.entries + 1)
    print(f"system: {args.enterprises} enterprises × {args.entries + 1} standards = {total};"
          f" medians of {args.runs} runs")  # fmt: skip
    print(f"floor (read all register rows)  {floor * 1000:8.1f} ms")
    ok = "PASS" if figures["dashboard"] <= TARGET_DASHBOARD else "MISS"
    ratio = figures["dashboard"] / floor
    print(f"agency dashboard                {figures['dashboard'] * 1000:8.1f} ms  {ratio:5.1f}×"
          f" floor  target ≤ {TARGET_DASHBOARD:.0f} s  {ok}")  # fmt: skip
    print(f"one enterprise's entries        {figures['one'] * 1000:8.1f} ms")
    print(f"PDF report of one enterprise    {figures['report'] * 1000:8.1f} ms (once)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
