"""`submit` tells the truth: exit 0 only when every record it answers for is settled, the
unsettled ones counted and explained; a garbled login answer is retried; no token is shown."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.portal import sandbox_accounts
from jxdeclare.portal.client import PortalClient
from jxdeclare.portal.sandbox import SandboxServer
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations import submission
from jxdeclare.services.declarations.samples import seed_queued
from jxdeclare.services.declarations.submission import Accounts

PASSWORD = "s3cret-口令"
FAST = {"backoff": 0.01, "max_backoff": 0.05, "retries": 2}


@pytest.fixture
def portal(tmp_path: Path):
    server = SandboxServer(tmp_path / "沙箱.db", review_delay=-1, seed=20261129).start()
    yield server
    server.stop()


def submit_cli(ctx: AppContext, portal: SandboxServer, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(ctx.home), "submit",
               "--all-queued", "--portal", portal.url, "--username", "agency",
               "--password-stdin", "--retries", "1", *extra]  # fmt: skip
    return subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                          timeout=120)  # fmt: skip


def states(ctx: AppContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for info in declarations.list_declarations(ctx):
        counts[info.state.value] = counts.get(info.state.value, 0) + 1
    return counts


def one_enterprise(ctx: AppContext, portal: SandboxServer, count: int) -> list[int]:
    ((code, ids),) = seed_queued(ctx, count).items()
    portal.add_account("agency", PASSWORD, code)
    return ids


def test_lost_answers_exit_1_with_submitting_counted_and_explained(ctx, portal) -> None:
    one_enterprise(ctx, portal, 3)
    portal.set_faults({"malformed": 1.0})  # stored by the portal, every answer garbled
    run = submit_cli(ctx, portal)
    assert run.returncode == 1, run.stdout + run.stderr
    assert states(ctx) == {S.SUBMITTING.value: 3}
    assert "提交中 3" in run.stdout and "未了结 3 条" in run.stdout
    assert "不会重复发送" in run.stdout  # what 提交中 means and what happens next

    portal.set_faults({})
    again = submit_cli(ctx, portal, "--json")
    assert again.returncode == 0, again.stdout + again.stderr
    result = json.loads(again.stdout)
    assert len(result["reconciled"]) == 3 and result["unsettled"] == []
    assert states(ctx) == {S.PENDING.value: 3} and portal.stats()["records"] == 3


def test_pending_records_the_portal_cannot_be_asked_about_are_not_a_success(ctx, portal) -> None:
    one_enterprise(ctx, portal, 2)
    assert submit_cli(ctx, portal).returncode == 0  # sent: 待确认, as the portal answered
    portal.set_faults({"malformed": 1.0})  # now every status query is garbled
    run = submit_cli(ctx, portal, "--json")
    assert run.returncode == 1, run.stdout + run.stderr
    result = json.loads(run.stdout)
    assert [u["state"] for u in result["unsettled"]] == [S.PENDING.value] * 2
    assert all("reconcile" in u["message"] for u in result["unsettled"])


def test_a_garbled_login_answer_is_retried_and_the_run_goes_on(ctx, portal) -> None:
    one_enterprise(ctx, portal, 2)
    portal.set_login_faults({"malformed": 0.6})
    command_retries = "3"
    run = submit_cli(ctx, portal, "--retries", command_retries)
    assert portal.login_faults.injected.get("malformed", 0) >= 1
    assert run.returncode == 0, run.stdout + run.stderr
    assert states(ctx) == {S.PENDING.value: 2}


def test_a_login_answer_cut_short_shows_its_token_nowhere(
    ctx, portal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    one_enterprise(ctx, portal, 2)
    issued: list[str] = []
    login = sandbox_accounts.login

    def recording_login(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        result = login(*args, **kwargs)  # type: ignore[arg-type]
        if result is not None:
            issued.append(result[0])
        return result

    monkeypatch.setattr(sandbox_accounts, "login", recording_login)
    portal.set_login_faults({"malformed": 1.0})  # each answer cut after its token

    log_file = tmp_path / "jxdeclare.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        accounts = Accounts(portal.url, lambda _code: PortalClient(portal.url, **FAST).login(
            "agency", PASSWORD), **FAST)  # fmt: skip
        result = submission.submit(ctx, accounts)
        run = submit_cli(ctx, portal)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()

    assert len(issued) == 5  # 3 attempts in-process, 2 by the command; all answers cut short
    assert run.returncode == 1 and "***" in run.stdout  # skipped, the answer's start redacted
    assert "登录平台失败" in run.stdout and "未了结 2 条" in run.stdout
    shown = [run.stdout, run.stderr, log_file.read_text(encoding="utf-8"),
             *(item.message for item in result.skipped)]  # fmt: skip
    assert log_file.read_text(encoding="utf-8")  # the client did log the failed attempts
    for token in issued:
        assert not any(token[:12] in text for text in shown)
    assert not any(PASSWORD in text for text in shown)
    assert states(ctx) == {S.QUEUED.value: 2}


def test_reconciliation_fetches_receipts_side_by_side(ctx, portal) -> None:
    ids = one_enterprise(ctx, portal, 3)
    accounts = Accounts(portal.url, lambda _code: PortalClient(portal.url, **FAST).login(
        "agency", PASSWORD), **FAST)  # fmt: skip
    submission.submit(ctx, accounts)
    assert states(ctx) == {S.PENDING.value: 3}
    # The status query, then one receipt request per record: each is held until released.
    query, *receipts = [portal.hold_next() for _ in range(4)]
    done: list[list[object]] = []
    worker = threading.Thread(target=lambda: done.append(submission.reconcile(ctx, accounts)))
    worker.start()
    try:
        query.release()
        # Served one after another, a second receipt request could not arrive while the first
        # is held: all three arriving together shows they are fetched side by side.
        assert all(hold.arrived.wait(30) for hold in receipts)
    finally:
        for hold in receipts:
            hold.release()
        worker.join(60)
    assert len(done[0]) == 3 and {o.declaration_id for o in done[0]} == set(ids)
    assert states(ctx) == {S.PENDING.value: 3}
