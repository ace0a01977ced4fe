#!/usr/bin/env python3
"""An agency on a shared PostgreSQL server: every statement a network round trip.

    python bench/agency_pg.py --pg-url postgresql://user@127.0.0.1:5432/postgres
        [--enterprises 2000] [--import-rows 1000] [--drafts 200] [--latency-ms 5] [--json]

A fresh database on that server (dropped afterwards) is seeded directly: ``--enterprises``
enterprises, each with the GB/T 15496 tree and three register entries, ``--drafts`` of them with
a stored standard. Each operation is then run twice, interleaved: straight to the server (the
floor) and through a loopback proxy that holds every packet for half of ``--latency-ms`` each way
(an office network to the agency's server). Printed per operation: SQL statements, the floor,
the time through the proxy and their ratio, and the added time per statement.

Operations: ``system status`` (dashboard_rows over every enterprise), the 工作台 list of every
enterprise, ``enterprise import`` of ``--import-rows`` new rows, ``check --stored`` (two workers).

Target (issue 17): the number of statements does not grow with the data; with 5 ms a round trip,
``system status`` over 7,033 enterprises took 115 s before (2 statements per enterprise).
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

AS_OF = date(2026, 12, 7)


class LatencyProxy:
    """TCP on loopback to ``target``, each chunk held ``delay`` seconds in each direction."""

    def __init__(self, target: tuple[str, int], delay: float) -> None:
        self.target, self.delay = target, delay
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for a, b in ((client, upstream), (upstream, client)):
                a.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                time.sleep(self.delay)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.server.close()


@contextmanager
def fresh_database(base_url: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from jxdeclare.store.engine import normalise_url

    admin_url = make_url(normalise_url(base_url))
    name = f"jxd_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def seed(ctx: Any, enterprises: int, drafts_count: int) -> None:
    from jxdeclare.drafting.example import example_document
    from jxdeclare.services import drafts
    from jxdeclare.services.declarations.samples import sample_credit_code
    from jxdeclare.services.enterprises import EnterpriseInput, insert_many_in_session
    from jxdeclare.services.system.register import EntryInput, add_entry_in
    from jxdeclare.services.system.tree import create_tree_in
    from jxdeclare.store.models import Enterprise

    rows = [EnterpriseInput(f"代理企业{n}", sample_credit_code(n)) for n in range(enterprises)]
    with ctx.session() as session:
        insert_many_in_session(ctx, session, rows)
    with ctx.session() as session:
        ids = [e.id for e in session.query(Enterprise).order_by(Enterprise.id)]
        for n, eid in enumerate(ids):
            tree = create_tree_in(ctx, session, eid, "gbt15496")
            leaf = next(row.id for row, depth in tree.walk() if depth == 1)
            for number in ("GB 2762—2022", "GB/T 1.1—2020"):
                add_entry_in(ctx, session, eid, EntryInput(number), leaf)
            own = EntryInput(f"Q/DL{n} 0001—2021", "企业标准", published=date(2021, 3, 1))
            add_entry_in(ctx, session, eid, own, leaf)
    for eid in ids[:drafts_count]:
        drafts.store_new(ctx, eid, example_document())


def import_file(folder: Path, first: int, count: int) -> Path:
    from openpyxl import Workbook

    from jxdeclare.services.declarations.samples import sample_credit_code

    book = Workbook()
    book.active.append(["企业名称", "统一社会信用代码"])
    for n in range(first, first + count):
        book.active.append([f"导入企业{n}", sample_credit_code(n)])
    path = folder / f"企业 名单 {first}.xlsx"
    book.save(path)
    return path


def measure(ctx: Any, action: Callable[[], Any]) -> tuple[float, int]:
    from sqlalchemy import event

    statements = [0]

    def note(*_args: Any) -> None:
        statements[0] += 1

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start, statements[0]
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", required=True, help="a server where databases may be created")
    parser.add_argument("--enterprises", type=int, default=2000)
    parser.add_argument("--import-rows", type=int, default=1000)
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from sqlalchemy.engine import make_url

    from jxdeclare.services.batch_check import check_stored
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.enterprise_excel import import_enterprises
    from jxdeclare.services.system.status import dashboard_rows
    from jxdeclare.services.workbench import workbench

    figures: dict[str, dict[str, float]] = {}
    with fresh_database(args.pg_url) as url, tempfile.TemporaryDirectory(prefix="代理 基准") as tmp:
        home = Path(tmp)
        direct = AppContext(home / "direct", url)
        direct.ensure_schema()
        seed(direct, args.enterprises, args.drafts)
        parsed = make_url(url)
        proxy = LatencyProxy((parsed.host or "127.0.0.1", parsed.port or 5432),
                             args.latency_ms / 2000)  # fmt: skip
        slow = AppContext(home / "slow", parsed.set(host="127.0.0.1", port=proxy.port)
                          .render_as_string(hide_password=False))  # fmt: skip
        next_row = [10_000_000]

        def importing(ctx: Any) -> Callable[[], Any]:
            path = import_file(home, next_row[0], args.import_rows)
            next_row[0] += args.import_rows
            return lambda: import_enterprises(ctx, path)

        operations: dict[str, Callable[[Any], Callable[[], Any]]] = {
            "system status": lambda ctx: lambda: dashboard_rows(ctx, None, AS_OF),
            "workbench": lambda ctx: lambda: workbench(ctx, None, as_of=AS_OF),
            "enterprise import": importing,
            "check --stored": lambda ctx: lambda: check_stored(ctx, as_of=AS_OF, workers=2),
        }
        for ctx in (direct, slow):  # warm-up: imports, the pack, caches, the schema check
            ctx.ensure_schema()
            dashboard_rows(ctx, None, AS_OF)
            workbench(ctx, None, as_of=AS_OF)
        for name, make in operations.items():
            floor, statements = measure(direct, make(direct))
            delayed, delayed_statements = measure(slow, make(slow))
            figures[name] = {
                "statements": statements, "floor_s": round(floor, 3),
                "latency_s": round(delayed, 3), "ratio": round(delayed / floor, 2),
                "added_ms_per_statement": round(
                    (delayed - floor) * 1000 / max(delayed_statements, 1), 2),
            }  # fmt: skip
        proxy.close()
        direct.dispose()
        slow.dispose()
    if args.json:
        print(json.dumps({"enterprises": args.enterprises, "latency_ms": args.latency_ms,
                          "operations": figures}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"{args.enterprises} enterprises, {args.drafts} stored standards, "
          f"{args.latency_ms:g} ms a round trip")  # fmt: skip
    for name, f in figures.items():
        print(f"  {name:18} {f['statements']:5.0f} statements  floor {f['floor_s']:7.3f} s  "
              f"through the proxy {f['latency_s']:7.3f} s  = {f['ratio']:5.2f}×  "
              f"(+{f['added_ms_per_statement']} ms a statement)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
