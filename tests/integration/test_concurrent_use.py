"""Several people on one database at once, as real processes: two submits, two adds of one
credit code, two imports of one file, two first starts on an empty database — on SQLite and
on PostgreSQL. Each gives a result or a message, never a traceback, and the data stays whole."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from openpyxl import Workbook

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.portal.sandbox import SandboxServer
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.records import _load, move
from jxdeclare.services.declarations.samples import seed_queued
from jxdeclare.services.enterprises import list_enterprises
from jxdeclare.services.errors import ConflictError, DuplicateError

PASSWORD = "s3cret-口令"
BEIJING = "91110000600037341L"
HAIDIAN = "91110108551385082Q"
Run = subprocess.CompletedProcess[str]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest, home: Path) -> Iterator[tuple[Path, list[str]]]:
    """A data folder and the options naming its (empty) database, SQLite or PostgreSQL."""
    if request.param == "postgresql":
        yield home, ["--db-url", request.getfixturevalue("pg_url")]
    else:
        yield home, []


def context(db: tuple[Path, list[str]]) -> AppContext:
    home, options = db
    return AppContext(home, options[1] if options else None)


def start(db: tuple[Path, list[str]], *args: str) -> subprocess.Popen[str]:
    home, options = db
    command = [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(home), *options, *args]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})  # fmt: skip


def finish(process: subprocess.Popen[str], stdin: str = "") -> Run:
    out, err = process.communicate(stdin, timeout=180)
    run = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    assert "Traceback" not in out + err, out + err
    return run


def together(db: tuple[Path, list[str]], *args: str) -> list[Run]:
    """The same command twice at once."""
    processes = [start(db, *args), start(db, *args)]
    return [finish(p) for p in processes]


def test_two_first_starts_on_an_empty_database_both_work(db) -> None:
    runs = together(db, "enterprise", "list")
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    ctx = context(db)
    try:
        assert list_enterprises(ctx) == []  # the schema is whole and at head
    finally:
        ctx.dispose()


def test_two_adds_of_one_credit_code_add_it_once(db) -> None:
    runs = together(db, "enterprise", "add", "--name", "甲公司", "--uscc", BEIJING)
    assert sorted(r.returncode for r in runs) == [0, 1], [r.stderr for r in runs]
    refused = next(r for r in runs if r.returncode == 1)
    assert BEIJING in refused.stderr or "统一社会信用代码" in refused.stderr
    ctx = context(db)
    try:
        assert [e.uscc for e in list_enterprises(ctx)] == [BEIJING]
    finally:
        ctx.dispose()


def test_two_imports_of_one_file_import_it_once(db, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["企业名称", "统一社会信用代码"])
    for n, code in enumerate((BEIJING, HAIDIAN)):
        book.active.append([f"公司{n}", code])
    path = tmp_path / "企业 名单.xlsx"
    book.save(path)
    ctx = context(db)
    ctx.ensure_schema()  # the race under test is the import's, not the first start's
    ctx.dispose()
    runs = together(db, "enterprise", "import", str(path))
    for run in runs:  # imported, skipped as present, or told that a colleague just did it
        assert run.returncode == 0 or "统一社会信用代码" in run.stderr, run.stderr
    assert any(r.returncode == 0 for r in runs)
    ctx = context(db)
    try:
        assert sorted(e.uscc for e in list_enterprises(ctx)) == sorted([BEIJING, HAIDIAN])
    finally:
        ctx.dispose()


class StallingProxy:
    """A loopback proxy to the sandbox that holds every request until ``release`` is set, and
    sets ``arrived`` when the first one comes: the submit that sent it is then mid-run."""

    def __init__(self, target: str) -> None:
        self.arrived, self.release = threading.Event(), threading.Event()
        host, port = urlsplit(target).hostname, urlsplit(target).port
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def forward(self) -> None:
                proxy.arrived.set()
                proxy.release.wait(120)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "connection")}  # fmt: skip
                upstream = http.client.HTTPConnection(host, port, timeout=60)
                upstream.request(self.command, self.path, body or None, headers)
                answer = upstream.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                upstream.close()

            do_GET = do_POST = do_PUT = do_DELETE = forward

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def test_a_second_submit_beside_the_first_is_refused_and_nothing_is_sent_twice(
    db, tmp_path: Path
) -> None:
    ctx = context(db)
    try:
        (code,) = seed_queued(ctx, 6)
    finally:
        ctx.dispose()
    portal = SandboxServer(tmp_path / "沙箱.db", review_delay=-1, seed=20261207)
    portal.add_account("agency", PASSWORD, code)
    portal.start()
    proxy = StallingProxy(portal.url)
    args = ["submit", "--all-queued", "--portal", proxy.url, "--username", "agency",
            "--password-stdin"]  # fmt: skip
    try:
        first = start(db, *args)
        first.stdin.write(PASSWORD + "\n")
        first.stdin.flush()
        assert proxy.arrived.wait(120), "the first submit never reached the portal"
        second = finish(start(db, *args), PASSWORD + "\n")  # the first holds the lock now
        proxy.release.set()
        done = finish(first)
    finally:
        proxy.close()
        stats = portal.stats()
        portal.stop()
    assert second.returncode == 1
    assert "另一次提交" in second.stderr and "请等它结束后再提交" in second.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    assert stats["records"] == 6 == stats["distinct_keys"]
    ctx = context(db)
    try:
        states = {info.state for info in declarations.list_declarations(ctx)}
    finally:
        ctx.dispose()
    assert states <= {S.PENDING, S.PUBLISHED}


def test_a_duplicate_past_the_form_check_is_a_message_naming_the_field(
    any_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jxdeclare.services import enterprises

    # Both staff passed the check before either saved: the unique constraint decides.
    monkeypatch.setattr(enterprises, "_ensure_unique", lambda *_args, **_kw: None)
    enterprises.add_enterprise(any_ctx, enterprises.EnterpriseInput(name="甲", uscc=BEIJING))
    with pytest.raises(DuplicateError, match="统一社会信用代码") as refused:
        enterprises.add_enterprise(any_ctx, enterprises.EnterpriseInput(name="乙", uscc=BEIJING))
    assert refused.value.field == "uscc"
    assert [e.name for e in list_enterprises(any_ctx)] == ["甲"]


def test_a_declaration_another_colleague_just_moved_is_a_message(any_ctx: AppContext) -> None:
    (ids,) = seed_queued(any_ctx, 1).values()
    colleague = AppContext(any_ctx.home, any_ctx.db_url)
    try:
        raced = pytest.raises(ConflictError, match="另一位同事刚刚处理了这份声明")
        with raced, any_ctx.session() as session:
            row = _load(session, ids[0])
            declarations.unqueue(colleague, ids)  # saved while ours was open
            move(any_ctx, session, row, S.SUBMITTING)
    finally:
        colleague.dispose()
    assert declarations.get(any_ctx, ids[0])[0].state is S.VALIDATED  # the colleague's stands


def test_the_lock_is_refused_beside_its_holder_and_free_after(any_ctx: AppContext) -> None:
    from jxdeclare.store.locks import LockBusy, database_lock

    other = AppContext(any_ctx.home, any_ctx.db_url)
    try:
        with database_lock(any_ctx.engine, "submit"):
            with pytest.raises(LockBusy) as busy, database_lock(other.engine, "submit"):
                pass
            assert "@" in busy.value.holder  # who holds it: user@computer and the time
            with database_lock(other.engine, "schema"):  # another lock is independent
                pass
        with database_lock(other.engine, "submit"):
            pass
    finally:
        other.dispose()


def test_two_staff_queueing_the_same_declarations_queue_each_once(db) -> None:
    ctx = context(db)
    try:
        (ids,) = seed_queued(ctx, 4).values()
        declarations.unqueue(ctx, ids)  # 校验通过: both staff now queue the same four
    finally:
        ctx.dispose()
    runs = together(db, "declare", "queue", *map(str, ids))
    for run in runs:  # queued, found queued already, or told that a colleague just did it
        assert run.returncode == 0 or "另一位同事刚刚处理了这份声明" in run.stderr, run.stderr
    ctx = context(db)
    try:
        assert {info.state for info in declarations.list_declarations(ctx)} == {S.QUEUED}
        for declaration_id in ids:  # queued by the seed, then once by one of the two staff
            journal = declarations.journal(ctx, declaration_id)
            assert [e.to_state for e in journal].count(S.QUEUED.value) == 2
    finally:
        ctx.dispose()


def test_two_staff_storing_the_same_proposed_number_keep_it_once(db, tmp_path: Path) -> None:
    """Both were proposed Q/JXSL 0001—YYYY; the first to store it keeps it, the second is told."""
    added = finish(start(db, "enterprise", "add", "--name", "示例米业", "--uscc", BEIJING,
                         "--code", "JXSL"))  # fmt: skip
    assert added.returncode == 0, added.stderr
    files = [tmp_path / f"草稿 {n}.jxstd" for n in (1, 2)]
    for n, path in enumerate(files):
        made = finish(start(db, "draft", "new", "--template", "rice-noodles", "--enterprise",
                            BEIJING, "--product", f"米粉{n}", "--out", str(path)))  # fmt: skip
        assert made.returncode == 0, made.stderr
    processes = [start(db, "draft", "import", str(path)) for path in files]
    runs = [finish(p) for p in processes]
    assert sorted(r.returncode for r in runs) == [0, 1], [r.stderr for r in runs]
    refused = next(r for r in runs if r.returncode == 1)
    assert "已被本企业的另一份标准" in refused.stderr, refused.stderr
    ctx = context(db)
    try:
        from jxdeclare.services import drafts

        stored = drafts.list_drafts(ctx)
        assert len(stored) == 1 and stored[0].number.startswith("Q/JXSL 0001—")
    finally:
        ctx.dispose()


def test_two_imports_of_the_same_rows_in_opposite_order_both_finish(db, tmp_path: Path) -> None:
    """Rows are written in one order whatever the file's: the second import waits, no deadlock."""
    paths = []
    for name, codes in (("正序", (BEIJING, HAIDIAN)), ("倒序", (HAIDIAN, BEIJING))):
        book = Workbook()
        book.active.append(["企业名称", "统一社会信用代码"])
        for code in codes:
            book.active.append([f"公司{code[-4:]}", code])
        paths.append(tmp_path / f"企业 {name}.xlsx")
        book.save(paths[-1])
    ctx = context(db)
    ctx.ensure_schema()
    ctx.dispose()
    runs = [finish(p) for p in [start(db, "enterprise", "import", str(path)) for path in paths]]
    for run in runs:
        assert "死锁" not in run.stderr and "unavailable" not in run.stderr, run.stderr
        assert run.returncode == 0 or "统一社会信用代码" in run.stderr, run.stderr
    ctx = context(db)
    try:
        assert sorted(e.uscc for e in list_enterprises(ctx)) == sorted([BEIJING, HAIDIAN])
    finally:
        ctx.dispose()


@pytest.mark.pg
def test_a_deadlock_the_database_breaks_is_a_message_and_is_run_again(
    pg_url: str, home: Path
) -> None:
    """Two transactions taking two rows in opposite order: PostgreSQL rolls one back (40P01).
    Its person reads what happened; retry_deadlocks runs it again and it then finishes."""
    from jxdeclare.services.concurrency import DeadlockError, retry_deadlocks
    from jxdeclare.services.enterprises import EnterpriseInput, insert_in_session

    setup = AppContext(home, pg_url)
    setup.ensure_schema()
    setup.dispose()
    both_hold_one = threading.Barrier(2)
    attempts: list[str] = []

    def add(first: str, second: str) -> None:
        ctx = AppContext(home, pg_url)
        try:
            def work() -> None:
                attempts.append(first)
                with ctx.session() as session:
                    insert_in_session(ctx, session, EnterpriseInput(name=first, uscc=first))
                    session.flush()
                    if len(attempts) <= 2:  # the first round only: then wait for each other
                        both_hold_one.wait(timeout=30)
                    insert_in_session(ctx, session, EnterpriseInput(name=second, uscc=second))

            outcome[first] = retry_deadlocks(work) or "done"
        except DeadlockError as exc:  # not expected after the retry: kept to show it
            outcome[first] = str(exc)
        except Exception as exc:  # the loser of the retry: the winner's rows are there
            outcome[first] = type(exc).__name__
        finally:
            ctx.dispose()

    outcome: dict[str, str] = {}
    threads = [threading.Thread(target=add, args=pair)
               for pair in ((BEIJING, HAIDIAN), (HAIDIAN, BEIJING))]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(attempts) == 3, attempts  # both, then the deadlock's victim once more
    assert sorted(outcome.values()) == ["DuplicateError", "done"], outcome
