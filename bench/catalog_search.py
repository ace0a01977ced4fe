#!/usr/bin/env python3
"""Catalogue search latency on 60,000 generated entries, against an indexed lookup (the floor).

    python bench/catalog_search.py [--entries 60000] [--queries 300] [--json]

p95 of number-prefix queries ("GB 27") and of title-fragment queries (3+ characters through the
trigram index, and 1-2 characters through the scan), each divided by the p95 of a plain indexed
SQLite lookup of one exact number in a table of the same size, measured in the same run.
Target (issue #3): p95 ≤ 20 ms for prefix and title queries.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jxdeclare.catalog.search import SearchIndex

TARGET_MS = 20.0
PREFIXES = ("GB", "GB/T", "QB/T", "NY/T", "DB36/T", "T/JGE", "SN/T", "JB/T")
WORDS = (
    "食品安全国家标准",
    "食品中",
    "污染物",
    "限量",
    "白酒",
    "绿茶",
    "红茶",
    "米粉",
    "米线",
    "家具",
    "灯具",
    "陶瓷",
    "技术条件",
    "试验方法",
    "测定",
    "通用",
    "要求",
    "规范",
    "质量",
    "安全",
    "检验",
    "包装",
    "标签",
    "卫生",
    "生产",
    "淡水鱼",
    "稻谷",
    "大米",
    "酱香型",
)


def generate(count: int, rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for n in range(count):
        prefix = PREFIXES[n % len(PREFIXES)]
        number = f"{prefix} {rng.randint(1, 40000)}.{n % 97}—{rng.randint(1990, 2026)}"
        title = "".join(rng.sample(WORDS, 4))
        rows.append({"number": number, "title": title})
    return rows


def p95_ms(run: Callable[[str], object], queries: list[str]) -> float:
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.quantiles(times, n=20)[-1]


def floor_lookup(rows: list[dict[str, str]]) -> Callable[[str], object]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE s (number TEXT, title TEXT)")
    conn.executemany("INSERT INTO s VALUES (?, ?)", ((r["number"], r["title"]) for r in rows))
    conn.execute("CREATE INDEX s_number ON s (number)")
    return lambda number: conn.execute("SELECT title FROM s WHERE number = ?", (number,)).fetchall()


def measure(entries: int, queries: int) -> dict[str, float | int | bool]:
    rng = random.Random(20261129)
    rows = generate(entries, rng)
    index = SearchIndex(rows)
    exact = [rng.choice(rows)["number"] for _ in range(queries)]
    prefix = [f"{rng.choice(PREFIXES)} {rng.randint(1, 40)}" for _ in range(queries)]
    long_titles = [w for w in (rng.choice(WORDS) for _ in range(queries * 3)) if len(w) >= 3]
    short_titles = [rng.choice(WORDS)[:2] for _ in range(queries)]
    floor = p95_ms(floor_lookup(rows), exact)
    figures: dict[str, float | int | bool] = {
        "entries": entries,
        "fts5_trigram": index.use_fts,
        "floor_p95_ms": round(floor, 3),
    }
    for name, texts in (
        ("prefix", prefix),
        ("title", long_titles[:queries]),
        ("short_title", short_titles),
    ):
        p95 = p95_ms(lambda q: index.search(q, 50), texts)
        figures[f"{name}_p95_ms"] = round(p95, 2)
        figures[f"{name}_ratio"] = round(p95 / floor, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=60_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.entries, args.queries)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(
        f"{figures['entries']} entries, FTS5 trigram: {figures['fts5_trigram']}, "
        f"floor (indexed exact lookup) p95 {figures['floor_p95_ms']:.3f} ms"
    )
    for name in ("prefix", "title", "short_title"):
        p95 = float(figures[f"{name}_p95_ms"])
        verdict = "PASS" if p95 <= TARGET_MS else "MISS"
        print(
            f"{name:12} p95 {p95:7.2f} ms  {figures[f'{name}_ratio']:>7}× floor  "
            f"(target ≤ {TARGET_MS:.0f} ms) {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
