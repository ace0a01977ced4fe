#!/usr/bin/env python3
"""Batch submission of declarations to the sandbox portal against posting them with bare requests.

    python bench/submit.py [--count 500] [--concurrency 4] [--json]

Each figure starts from the same freshly seeded app database (``--count`` queued declarations over
five enterprises, each with its own portal account) and a fresh sandbox on loopback:

* floor: the same payloads POSTed one after another with a bare ``requests.Session`` (one login per
  enterprise, an Idempotency-Key each, no bookkeeping) — the least any client must do;
* engine: ``submission.submit`` — reconcile, mark 提交中, send, settle state, fetch each receipt
  into the vault — with no faults;
* engine with every fault kind at 5 % (drops before/after commit, delay, 500, 429, malformed);
* after each engine run, 对账 (``reconcile_only``) of every record left 待确认, against the
  time sending them took (target ≤ 3×).

Prints wall times and the ratio of each engine run to the floor; the server's record count shows
that every declaration arrived exactly once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

from jxdeclare.portal.client import PortalClient  # noqa: E402
from jxdeclare.portal.sandbox import SandboxServer  # noqa: E402
from jxdeclare.services.context import AppContext  # noqa: E402
from jxdeclare.services.declarations import records as declarations  # noqa: E402
from jxdeclare.services.declarations import submission  # noqa: E402
from jxdeclare.services.declarations.samples import seed_queued  # noqa: E402

PASSWORD = "bench-口令"
FAULTS = ("drop_after_commit", "drop_before_commit", "delay", "error_500", "rate_limit",
          "malformed")  # fmt: skip


def seeded(folder: Path, count: int) -> tuple[AppContext, dict[str, list[int]]]:
    ctx = AppContext(folder)
    ctx.ensure_schema()
    return ctx, seed_queued(ctx, count, enterprises=5)


def sandbox(folder: Path, codes: list[str], faults: dict[str, float]) -> SandboxServer:
    server = SandboxServer(folder / "portal.db", review_delay=-1, seed=7, fault_delay=0.5)
    server.start()
    for code in codes:
        server.add_account(f"u{code[-6:]}", PASSWORD, code)
    server.set_faults(faults)
    return server


def floor(folder: Path, count: int) -> dict[str, Any]:
    import requests

    ctx, ids = seeded(folder / "floor", count)
    jobs = []
    for group in ids.values():
        for declaration_id in group:
            _info, record = declarations.get(ctx, declaration_id)
            key = submission._row_key(ctx, declaration_id)
            jobs.append((record.credit_code, key, record.payload(None)))
    server = sandbox(folder / "floor", list(ids), {})
    session = requests.Session()
    tokens: dict[str, str] = {}
    start = time.perf_counter()
    for code, key, payload in jobs:
        if code not in tokens:
            login = {"username": f"u{code[-6:]}", "password": PASSWORD}
            answer = session.post(f"{server.url}/api/v1/auth/token", json=login)
            tokens[code] = answer.json()["token"]
        headers = {"Authorization": f"Bearer {tokens[code]}", "Idempotency-Key": key}
        session.post(f"{server.url}/api/v1/declarations", json=payload, headers=headers,
                     timeout=30).raise_for_status()  # fmt: skip
    wall = time.perf_counter() - start
    records = server.stats()["records"]
    server.stop()
    ctx.dispose()
    return {"wall": wall, "records": records}


def engine(folder: Path, count: int, concurrency: int, faults: dict[str, float]) -> dict[str, Any]:
    ctx, ids = seeded(folder, count)
    server = sandbox(folder, list(ids), faults)

    def login(code: str) -> str:
        return PortalClient(server.url).login(f"u{code[-6:]}", PASSWORD)

    accounts = submission.Accounts(server.url, login, backoff=0.05, max_backoff=0.5,
                                   read_timeout=0.3)  # fmt: skip
    start = time.perf_counter()
    result = submission.submit(ctx, accounts, concurrency=concurrency)
    rounds = 1
    while any(i.state != "待确认" for i in result.items) and rounds < 3:
        server.set_faults({})  # what is still unknown is reconciled by the next run
        result = submission.submit(ctx, accounts, concurrency=concurrency)
        rounds += 1
    wall = time.perf_counter() - start
    stats = server.stats()
    # Then ask the platform about every record now 待确认 (the review never comes here): the
    # batched, concurrent status queries of the next run or of 对账.
    server.set_faults({})
    pending = len(submission.still_in_flight(ctx))
    start = time.perf_counter()
    checked = len(submission.reconcile_only(ctx, accounts).reconciled)
    reconcile = time.perf_counter() - start
    server.stop()
    ctx.dispose()
    return {"wall": wall, "records": stats["records"], "distinct_keys": stats["distinct_keys"],
            "faults_injected": stats["faults_injected"], "runs": rounds,
            "reconcile_wall": reconcile, "reconciled": checked, "pending": pending}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="提交 基准") as folder:
        base = Path(folder)
        figures = {
            "floor": floor(base, args.count),
            "engine": engine(base / "clean", args.count, args.concurrency, {}),
            "engine_faults": engine(
                base / "faults", args.count, args.concurrency, {kind: 0.05 for kind in FAULTS}
            ),
        }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    base_wall = figures["floor"]["wall"]
    print(f"submit: {args.count} declarations, 5 enterprises, concurrency {args.concurrency}")
    print(
        f"floor (bare requests, sequential)  {base_wall:6.2f} s   "
        f"{figures['floor']['records']} records on the server"
    )
    for name, label in (("engine", "engine, no faults"), ("engine_faults", "engine, 5% faults")):
        f = figures[name]
        print(
            f"{label:<34} {f['wall']:6.2f} s  {f['wall'] / base_wall:5.2f}× floor   "
            f"{f['records']} records, {f['distinct_keys']} keys, {f['runs']} run(s)"
        )
        if f["faults_injected"]:
            print(f"    faults injected: {f['faults_injected']}")
        print(f"    then 对账 of {f['pending']} pending records: {f['reconcile_wall']:6.2f} s  "
              f"{f['reconcile_wall'] / f['wall']:5.2f}× sending them (target ≤ 3×), "
              f"{f['reconciled']} checked")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
