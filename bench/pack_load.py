#!/usr/bin/env python3
"""Opening (verifying) and indexing the default data pack, against the previous pack release.

    python bench/pack_load.py [--runs 7] [--json]

What the app does with a pack before the first check: ``open_pack`` (zip layout, signature,
every member's size and SHA-256, every row of every table validated) and the indexes the checks
build once per pack (editions, the two food-category trees and the products). Medians over the
runs, the two packs interleaved so machine noise hits both alike.

Floor: the same work on the previous release of ``resources/packs/default.jxpack``, read from
git history (the version before the newest commit that changed the file). The figure is the
ratio new / previous; the target is that a pack ten times larger still opens in well under a
second on an office PC (reported, not enforced: a larger pack is the point of the change).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

from jxdeclare.catalog.foods import foods_of  # noqa: E402
from jxdeclare.catalog.keys import trusted_keys  # noqa: E402
from jxdeclare.catalog.pack import open_pack  # noqa: E402
from jxdeclare.catalog.status import editions_of  # noqa: E402
from jxdeclare.services.catalog import default_pack_path  # noqa: E402

PACK = "resources/packs/default.jxpack"


def previous_pack(folder: Path) -> Path | None:
    """The pack file as its previous commit left it; None outside a git checkout."""
    try:
        commits = subprocess.run(
            ["git", "log", "--format=%H", "-n", "2", "--", PACK], cwd=ROOT, check=True,
            capture_output=True, text=True,
        ).stdout.split()  # fmt: skip
        if len(commits) < 2:
            return None
        blob = subprocess.run(["git", "show", f"{commits[1]}:{PACK}"], cwd=ROOT, check=True,
                              capture_output=True).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return None
    path = folder / "previous.jxpack"
    path.write_bytes(blob)
    return path


def load(path: Path) -> tuple[float, dict[str, int]]:
    start = time.perf_counter()
    pack = open_pack(path, trusted_keys())
    editions_of(pack)
    foods_of(pack)
    elapsed = time.perf_counter() - start
    return elapsed, {name: len(rows) for name, rows in pack.tables.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="数据包 ") as folder:
        previous = previous_pack(Path(folder))
        current = default_pack_path()
        samples: dict[str, list[float]] = {"current": [], "previous": []}
        rows: dict[str, dict[str, int]] = {}
        load(current)  # warm-up: imports and disk cache
        for _ in range(args.runs):
            seconds, rows["current"] = load(current)
            samples["current"].append(seconds)
            if previous is not None:
                seconds, rows["previous"] = load(previous)
                samples["previous"].append(seconds)
    figures = {name: statistics.median(v) for name, v in samples.items() if v}
    result = {
        "current_s": figures["current"], "previous_s": figures.get("previous"),
        "ratio": figures["current"] / figures["previous"] if "previous" in figures else None,
        "rows": rows, "size_bytes": current.stat().st_size,
    }  # fmt: skip
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"default pack: {result['size_bytes']:,} bytes, rows {rows['current']}")
    print(f"open + verify + index: {figures['current'] * 1000:.1f} ms (median of {args.runs})")
    if result["ratio"] is None:
        print("previous release: not available (no git history)")
    else:
        print(f"previous release: {figures['previous'] * 1000:.1f} ms, rows {rows['previous']}")
        print(f"ratio current / previous: {result['ratio']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
