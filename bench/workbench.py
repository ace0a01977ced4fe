#!/usr/bin/env python3
"""The 工作台's list for an agency: the first refresh after start-up against the next ones.

    python bench/workbench.py [--enterprises 50] [--drafts 4] [--runs 5] [--json] [--strict]

A fresh SQLite database with ``--enterprises`` enterprises, each with the GB/T 15496 tree, an
own standard in its register and ``--drafts`` drafts from the templates (their placeholders
unfilled), plus a few queued declarations. Medians over the runs, interleaved:

* floor: reading every draft's stored JSON, as any check of them must;
* first refresh: ``workbench`` with no result kept (the first refresh of a day, or after the
  pack changed), so every draft being written is checked;
* refresh: ``workbench`` again with nothing changed (what coming back to the page costs);
* one enterprise: the same, with the filter on one enterprise.

Target: a refresh with nothing changed ≤ 1.5× the floor (it reads no draft's text at all).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

from jxdeclare.services.context import AppContext  # noqa: E402

TARGET_REFRESH = 1.5


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def seed(ctx: AppContext, enterprises: int, drafts: int) -> list[int]:
    from jxdeclare.drafting.templates import list_templates
    from jxdeclare.services.declarations.samples import sample_credit_code, seed_queued
    from jxdeclare.services.drafting import NewDraft, create_draft
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
    from jxdeclare.services.system.register import EntryInput, add_entry
    from jxdeclare.services.system.tree import create_tree

    templates, owners = list_templates(), []
    for n in range(enterprises):
        code = f"B{n:03d}"
        data = EnterpriseInput(name=f"江西测试企业{n:03d}", uscc=sample_credit_code(100 + n),
                               code=code)  # fmt: skip
        owner = add_enterprise(ctx, data).id
        create_tree(ctx, owner)
        add_entry(ctx, owner, EntryInput(number=f"Q/{code} 0100—2021", title="企业标准"), None)
        for d in range(drafts):
            template = templates[(n + d) % len(templates)]
            number = f"Q/{code} {d + 1:04d}—2026"
            create_draft(ctx, owner, NewDraft(template.id, template.product, number))
        owners.append(owner)
    seed_queued(ctx, 5)
    return owners


def measure(enterprises: int, drafts: int, runs: int) -> dict[str, Any]:
    from jxdeclare.services import workbench as bench
    from jxdeclare.services.draft_checks import forget_results
    from jxdeclare.services.drafts import list_drafts, stored_contents

    with tempfile.TemporaryDirectory(prefix="工作台 bench ") as tmp:
        ctx = AppContext(Path(tmp))
        try:
            owners = seed(ctx, enterprises, drafts)
            ids = [d.id for d in list_drafts(ctx)]
            samples: dict[str, list[float]] = {"floor": [], "first": [], "refresh": [], "one": []}
            for _ in range(runs):
                samples["floor"].append(timed(lambda: stored_contents(ctx, ids)))
                forget_results(ctx)  # as on the first start of the day
                samples["first"].append(timed(lambda: bench.workbench(ctx)))
                samples["refresh"].append(timed(lambda: bench.workbench(ctx)))
                samples["one"].append(timed(lambda: bench.workbench(ctx, owners[0])))
            items = len(bench.workbench(ctx).items)
        finally:
            ctx.dispose()
    medians = {key: statistics.median(values) for key, values in samples.items()}
    return {
        "enterprises": enterprises, "drafts": len(ids), "items": items, "runs": runs,
        **{f"{key}_s": round(value, 4) for key, value in medians.items()},
        **{f"{key}_ratio": round(value / medians["floor"], 2) for key, value in medians.items()},
    }  # fmt: skip


def report(figures: dict[str, Any]) -> None:
    print(f"workbench: {figures['enterprises']} enterprises, {figures['drafts']} drafts, "
          f"{figures['items']} items; medians of {figures['runs']} runs")  # fmt: skip
    labels = {"floor": "floor (read every draft)", "first": "first refresh",
              "refresh": "refresh, nothing changed", "one": "one enterprise"}  # fmt: skip
    for key, label in labels.items():
        print(f"{label:28}{figures[key + '_s'] * 1000:>9.1f} ms{figures[key + '_ratio']:>8.2f}×")
    verdict = "PASS" if figures["refresh_ratio"] <= TARGET_REFRESH else "MISS"
    print(f"target: refresh ≤ {TARGET_REFRESH}× floor  {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=50)
    parser.add_argument("--drafts", type=int, default=4, help="drafts per enterprise")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args()
    figures = measure(args.enterprises, args.drafts, args.runs)
    print(json.dumps(figures)) if args.json else report(figures)
    return 1 if args.strict and figures["refresh_ratio"] > TARGET_REFRESH else 0


if __name__ == "__main__":
    sys.exit(main())
