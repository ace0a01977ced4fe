"""The batch engine against the sandbox portal on loopback: exactly once under every fault kind,
after SIGKILL, with malformed answers; failures land in the right state; secrets stay out."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.portal.client import PortalClient
from jxdeclare.portal.sandbox import SandboxServer
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations import submission
from jxdeclare.services.declarations.samples import seed_queued
from jxdeclare.services.declarations.submission import Accounts
from jxdeclare.services.errors import ServiceError

PASSWORD = "s3cret-口令"
FAULT_KINDS = ("drop_after_commit", "drop_before_commit", "delay", "error_500", "rate_limit",
               "malformed")  # fmt: skip
FAST = {"backoff": 0.01, "max_backoff": 0.05, "read_timeout": 0.5, "retries": 6}


@pytest.fixture
def portal(tmp_path: Path) -> SandboxServer:
    server = SandboxServer(tmp_path / "沙箱 平台.db", review_delay=-1, seed=20261129,
                           fault_delay=1.0)  # fmt: skip
    server.start()
    yield server
    server.stop()


def accounts(portal: SandboxServer, codes: list[str], **options: object) -> Accounts:
    for code in codes:
        portal.add_account(f"u{code[-6:]}", PASSWORD, code)

    def login(code: str) -> str:
        return PortalClient(portal.url).login(f"u{code[-6:]}", PASSWORD)

    return Accounts(portal.url, login, **{**FAST, **options})


def local_states(ctx: AppContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for info in declarations.list_declarations(ctx):
        counts[info.state.value] = counts.get(info.state.value, 0) + 1
    return counts


def assert_exactly_once(ctx: AppContext, portal: SandboxServer, count: int) -> None:
    stats = portal.stats()
    assert stats["records"] == count == stats["distinct_keys"]
    assert set(local_states(ctx)) <= {S.PENDING.value, S.PUBLISHED.value}
    with ctx.session() as session:
        from sqlalchemy import func, select

        from jxdeclare.store.models import DeclarationReceipt

        assert session.scalar(select(func.count(DeclarationReceipt.id))) == count


def test_500_declarations_with_every_fault_kind_at_5_percent(ctx, portal) -> None:
    ids = seed_queued(ctx, 500, enterprises=5)
    portal.set_faults({kind: 0.05 for kind in FAULT_KINDS})
    result = submission.submit(ctx, accounts(portal, list(ids)), concurrency=8)
    # What the run itself could not settle (its answer lost twice) the next run reconciles.
    if any(i.state != S.PENDING.value for i in result.items):
        portal.set_faults({})
        submission.submit(ctx, accounts(portal, []))
    assert_exactly_once(ctx, portal, 500)
    assert sum(portal.stats()["faults_injected"].values()) > 0


def test_a_batch_killed_halfway_and_resumed_sends_nothing_twice(ctx, portal, tmp_path) -> None:
    ids = seed_queued(ctx, 120)
    (code,) = ids
    portal.add_account("agency", PASSWORD, code)
    portal.set_faults({"delay": 0.3})
    command = [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(ctx.home), "submit",
               "--all-queued", "--portal", portal.url, "--username", "agency", "--password-stdin",
               "--concurrency", "2"]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    with subprocess.Popen(command, text=True, encoding="utf-8", env=env, **pipes) as run:
        run.stdin.write(PASSWORD + "\n")
        run.stdin.flush()
        seen = 0
        while seen < 40:
            line = run.stdout.readline()
            assert line, run.stderr.read()
            seen += line.startswith("[")
        run.kill()  # SIGKILL here; TerminateProcess on Windows: no chance to clean up
        run.wait(timeout=30)
    states = local_states(ctx)
    assert states.get(S.QUEUED.value, 0) > 0  # killed halfway: work was left
    portal.set_faults({})
    again = subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=120)  # fmt: skip
    assert again.returncode == 0, again.stdout + again.stderr
    assert "对账" in again.stdout
    assert_exactly_once(ctx, portal, 120)


def test_malformed_answers_leave_records_in_flight_until_reconciled(ctx, portal) -> None:
    ids = seed_queued(ctx, 10)
    portal.set_faults({"malformed": 1.0})
    result = submission.submit(ctx, accounts(portal, list(ids)))
    assert portal.stats()["records"] == 10  # the server committed every one
    assert {i.state for i in result.items} == {S.SUBMITTING.value}
    assert all("结果未知" in i.message for i in result.items)
    portal.set_faults({})
    again = submission.submit(ctx, accounts(portal, []))
    assert len(again.reconciled) == 10 and not again.items
    assert_exactly_once(ctx, portal, 10)


def test_a_validation_error_needs_editing_and_is_not_retried(ctx, portal) -> None:
    ids = seed_queued(ctx, 3)
    (code,) = ids
    first = ids[code][0]
    with ctx.session() as session:  # a record the server refuses: no products left
        row = declarations._load(session, first)
        row.content = {**row.content, "products": []}
    before = portal.stats()["requests"]
    result = submission.submit(ctx, accounts(portal, [code]))
    by_id = {i.declaration_id: i for i in result.items}
    assert by_id[first].state == S.FAILED_NEEDS_EDIT.value
    assert "products" in str(declarations.get(ctx, first)[0].last_error)
    assert portal.stats()["records"] == 2
    # login + 3 posts + 2 receipts: the refused one was sent once, not retried
    assert portal.stats()["requests"] - before <= 1 + 3 + 2 + 1


def test_plain_http_to_another_host_is_refused_before_anything_is_sent(ctx, cli) -> None:
    seed_queued(ctx, 1)
    run = cli(ctx.home, "submit", "--all-queued", "--portal", "http://portal.example.com")
    assert run.returncode == 2
    assert "http" in run.stderr and "https" in run.stderr
    assert local_states(ctx) == {S.QUEUED.value: 1}


def test_dry_run_sends_nothing_and_changes_nothing(ctx, portal, cli) -> None:
    seed_queued(ctx, 2)
    run = cli(ctx.home, "submit", "--all-queued", "--dry-run", "--json")
    assert run.returncode == 0, run.stderr
    assert '"idempotency_key"' in run.stdout
    assert local_states(ctx) == {S.QUEUED.value: 2}
    assert portal.stats()["records"] == 0


@pytest.mark.parametrize("url", ["http://portal.example.com", "htps//portal", "https://"])
def test_a_dry_run_checks_the_portal_url_as_a_submit_does(ctx, cli, url: str) -> None:
    seed_queued(ctx, 1)
    run = cli(ctx.home, "submit", "--all-queued", "--dry-run", "--portal", url)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "门户地址必须使用 https://" in run.stderr
    assert local_states(ctx) == {S.QUEUED.value: 1}
    fine = cli(ctx.home, "submit", "--all-queued", "--dry-run", "--portal", "https://x.example")
    assert fine.returncode == 0, fine.stderr


def test_the_token_is_in_neither_database_nor_the_logs(ctx, portal, caplog, tmp_path) -> None:
    ids = seed_queued(ctx, 3)
    tokens: list[str] = []
    (code,) = ids
    portal.add_account("secret-check", PASSWORD, code)

    def login(credit_code: str) -> str:
        tokens.append(PortalClient(portal.url).login("secret-check", PASSWORD))
        return tokens[-1]

    with caplog.at_level(logging.DEBUG):
        submission.submit(ctx, Accounts(portal.url, login, **FAST))
    ctx.dispose()
    assert tokens
    for token in tokens:
        assert token.encode() not in (ctx.home / "jxdeclare.sqlite3").read_bytes()
        portal_db = (tmp_path / "沙箱 平台.db").read_bytes()
        assert token.encode() not in portal_db and PASSWORD.encode() not in portal_db
        assert not any(token in record.getMessage() for record in caplog.records)


def test_published_on_the_portal_becomes_published_here(ctx, portal) -> None:
    ids = seed_queued(ctx, 2)
    (code,) = ids
    accts = accounts(portal, [code])
    submission.submit(ctx, accts)
    for info in declarations.list_declarations(ctx):
        portal.approve(info.remote_id)
    time.sleep(0.01)
    outcomes = submission.reconcile(ctx, accts)
    assert {o.state for o in outcomes} == {S.PUBLISHED.value}
    assert local_states(ctx) == {S.PUBLISHED.value: 2}


def test_a_revision_goes_through_the_revise_endpoint_and_retires_the_old_version(ctx, portal):
    from dataclasses import replace

    ids = seed_queued(ctx, 1)
    (code,) = ids
    accts = accounts(portal, [code])
    submission.submit(ctx, accts)
    (first,) = declarations.list_declarations(ctx)
    portal.approve(first.remote_id)
    submission.reconcile(ctx, accts)
    second = declarations.revise(ctx, first.id)
    record = declarations.get(ctx, second.id)[1]
    changed = replace(record, products=(replace(record.products[0], model="新规格 500g"),))
    declarations.update(ctx, second.id, second.row_version, changed)
    declarations.queue(ctx, [second.id])
    result = submission.submit(ctx, accts)
    assert [i.state for i in result.items] == [S.PENDING.value]
    assert declarations.get(ctx, first.id)[0].state is S.REVISED
    with ctx.session() as session:
        assert declarations._load(session, second.id).receipt.raw["revises"] == first.remote_id
    assert portal.stats()["by_state"] == {"revised": 1, "pending_review": 1}


def test_cancel_stops_handing_out_work_and_leaves_the_rest_queued(ctx, portal) -> None:
    import threading

    ids = seed_queued(ctx, 30)
    (code,) = ids
    cancel = threading.Event()

    def progress(done: int, _total: int, _text: str) -> None:
        if done == 3:
            cancel.set()

    result = submission.submit(ctx, accounts(portal, [code]), concurrency=2, progress=progress,
                               cancel=cancel)  # fmt: skip
    assert result.cancelled and 3 <= len(result.items) < 30
    states = local_states(ctx)
    assert states[S.PENDING.value] == len(result.items) == portal.stats()["records"]
    assert states[S.QUEUED.value] == 30 - len(result.items)


def test_withdrawing_a_published_declaration_goes_through_the_portal(ctx, portal) -> None:
    ids = seed_queued(ctx, 1)
    (code,) = ids
    accts = accounts(portal, [code])
    submission.submit(ctx, accts)
    (info,) = declarations.list_declarations(ctx)
    portal.approve(info.remote_id)
    submission.reconcile(ctx, accts)
    with pytest.raises(ServiceError):
        submission.withdraw(ctx, accts, info.id, " ")  # a reason is required
    command = [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(ctx.home), "declare",
               "withdraw", str(info.id), "--reason", "产品停产", "--portal", portal.url,
               "--username", f"u{code[-6:]}", "--password-stdin"]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    wrong = subprocess.run(command, input="not-it\n", capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=60)  # fmt: skip
    assert wrong.returncode == 2 and "登录平台失败" in wrong.stderr
    assert declarations.get(ctx, info.id)[0].state is S.PUBLISHED
    run = subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True,
                         encoding="utf-8", env=env, timeout=60)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert declarations.get(ctx, info.id)[0].state is S.WITHDRAWN
    assert portal.stats()["by_state"] == {"withdrawn": 1}


def test_one_enterprise_with_a_wrong_password_does_not_stop_the_others(ctx, portal) -> None:
    ids = seed_queued(ctx, 4, enterprises=2)
    good, bad = list(ids)
    portal.add_account("good", PASSWORD, good)
    portal.add_account("bad", PASSWORD, bad)

    def login(code: str) -> str:
        user, secret = ("good", PASSWORD) if code == good else ("bad", "wrong")
        return PortalClient(portal.url).login(user, secret)

    result = submission.submit(ctx, Accounts(portal.url, login, **FAST))
    assert {i.declaration_id for i in result.items} == set(ids[good])
    assert {i.declaration_id for i in result.skipped} == set(ids[bad])
    assert all("登录平台失败" in i.message for i in result.skipped)
    assert local_states(ctx) == {S.PENDING.value: 2, S.QUEUED.value: 2}


def test_a_record_entered_by_hand_is_left_alone_until_entry_is_undone(ctx, portal) -> None:
    from jxdeclare.services.declarations import guided_entry

    ids = seed_queued(ctx, 2)
    (code,) = ids
    by_hand, other = ids[code]
    guided_entry.start(ctx, by_hand)
    accts = accounts(portal, [code])
    result = submission.submit(ctx, accts, [by_hand, other])
    assert [i.declaration_id for i in result.items] == [other]
    (skipped,) = result.skipped
    assert skipped.declaration_id == by_hand and "撤销人工录入" in skipped.message
    assert declarations.get(ctx, by_hand)[0].state is S.SUBMITTING

    guided_entry.undo_start(ctx, by_hand)
    again = submission.submit(ctx, accts, [by_hand])
    assert [(i.declaration_id, i.state) for i in again.items] == [(by_hand, S.PENDING.value)]
    assert_exactly_once(ctx, portal, 2)
