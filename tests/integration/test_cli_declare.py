"""`jxdeclare-cli declare` moves out of every state (docs/declaration-states.md), run as scripts do:
0 when done, 1 for problems to fix or confirm, 2 for unusable input (unknown record, a state that
does not allow the move, a bad product row, no portal address); the state never changes then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.domain.declaration_record import DeclaredProduct
from jxdeclare.portal.client import PortalClient
from jxdeclare.portal.sandbox import SandboxServer
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import guided_entry, submission
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.samples import STANDARD, seed_queued
from jxdeclare.services.declarations.submission import Accounts
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise


def state(ctx: AppContext, declaration_id: int) -> S:
    return declarations.get(ctx, declaration_id)[0].state


def queued_one(ctx: AppContext) -> int:
    ((_code, [first]),) = seed_queued(ctx, 1).items()
    return first


def test_looking_changes_nothing_and_entry_by_hand_is_started_and_undone(ctx, cli) -> None:
    first = queued_one(ctx)
    looked = cli(ctx.home, "declare", "guided", str(first), "--json")
    assert looked.returncode == 0, looked.stderr
    assert any(step["label"] == "标准编号" for step in json.loads(looked.stdout))
    assert "guided-start" in looked.stderr  # says how to begin
    assert state(ctx, first) is S.QUEUED

    started = cli(ctx.home, "declare", "guided-start", str(first), "--json")
    assert started.returncode == 0, started.stderr
    assert json.loads(started.stdout)["state"] == "提交中" and state(ctx, first) is S.SUBMITTING
    assert cli(ctx.home, "declare", "guided-start", str(first)).returncode == 0  # already is

    undone = cli(ctx.home, "declare", "guided-undo", str(first))
    assert undone.returncode == 0, undone.stderr
    assert "已排队" in undone.stdout and state(ctx, first) is S.QUEUED
    again = cli(ctx.home, "declare", "guided-undo", str(first))
    assert again.returncode == 2 and "撤销人工录入" in again.stderr
    journal = declarations.journal(ctx, first)
    assert [(j.to_state, j.note) for j in journal[-2:]] == [
        ("提交中", "开始人工录入国家平台"), ("已排队", "撤销人工录入")]  # fmt: skip
    assert all(j.user for j in journal)


def test_unknown_records_exit_2(ctx, cli) -> None:
    for command in ("guided", "guided-start", "guided-undo", "unqueue", "edit", "revise"):
        run = cli(ctx.home, "declare", command, "999")
        assert run.returncode == 2, (command, run.stderr)
        assert "找不到自我声明" in run.stderr


def test_guided_start_validates_first_and_exits_1_for_problems(ctx, cli) -> None:
    owner = add_enterprise(ctx, EnterpriseInput(name="示例茶业", uscc="91360100158300003X"))
    info = declarations.new_for_standard(ctx, owner.id, STANDARD, [])  # no product, no commitment
    run = cli(ctx.home, "declare", "guided-start", str(info.id))
    assert run.returncode == 1
    assert "产品：" in run.stderr and "承诺：须勾选" in run.stderr
    assert "commitment_accepted" not in run.stderr
    assert state(ctx, info.id) is S.DRAFT


def test_edit_unqueue_and_queue_again(ctx, cli) -> None:
    first = queued_one(ctx)
    refused = cli(ctx.home, "declare", "edit", str(first), "--contact", "张三")
    assert refused.returncode == 2 and "撤回排队" in refused.stderr  # un-queue it first
    unqueued = cli(ctx.home, "declare", "unqueue", str(first))
    assert unqueued.returncode == 0, unqueued.stderr
    assert state(ctx, first) is S.VALIDATED
    assert cli(ctx.home, "declare", "unqueue", str(first)).returncode == 2

    bad = cli(ctx.home, "declare", "edit", str(first), "--product", "只有名称")
    assert bad.returncode == 2 and "名称|型号|分类" in bad.stderr
    edited = cli(ctx.home, "declare", "edit", str(first), "--product", "绿茶|500g 罐装|茶叶",
                 "--contact", "张三", "--json")  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    assert json.loads(edited.stdout)["state"] == "草稿"
    record = declarations.get(ctx, first)[1]
    assert record.contact_name == "张三" and record.products[0].model == "500g 罐装"
    assert cli(ctx.home, "declare", "queue", str(first)).returncode == 0
    assert state(ctx, first) is S.QUEUED


def test_a_record_the_portal_refused_is_edited_and_queued_again(ctx, cli) -> None:
    first = queued_one(ctx)
    with ctx.session() as session:  # as the batch engine leaves a record the portal refused
        row = declarations._load(session, first)
        declarations.move(ctx, session, row, S.SUBMITTING, "交换接口")
        row.channel = "api"
        declarations.move(ctx, session, row, S.FAILED_NEEDS_EDIT, "products[0].model：不能为空")
    refused = cli(ctx.home, "declare", "queue", str(first))
    assert refused.returncode == 1 and "修改" in refused.stderr  # fix it first
    fixed = cli(ctx.home, "declare", "edit", str(first), "--product", "绿茶|250g|茶叶")
    assert fixed.returncode == 0, fixed.stderr
    assert state(ctx, first) is S.DRAFT
    assert cli(ctx.home, "declare", "queue", str(first)).returncode == 0
    assert state(ctx, first) is S.QUEUED


def test_revise_a_published_record_and_not_a_queued_one(ctx, cli) -> None:
    first = queued_one(ctx)
    assert cli(ctx.home, "declare", "revise", str(first)).returncode == 2
    guided_entry.start(ctx, first)
    guided_entry.record_public_id(ctx, first, "JX-PUBLIC-9")
    revised = cli(ctx.home, "declare", "revise", str(first), "--json")
    assert revised.returncode == 0, revised.stderr
    second = json.loads(revised.stdout)
    assert (second["state"], second["previous_id"], second["version"]) == ("草稿", first, 2)


def test_reconcile_needs_a_portal_address(ctx, cli) -> None:
    run = cli(ctx.home, "declare", "reconcile")
    assert run.returncode == 2 and "--portal" in run.stderr


@pytest.fixture
def portal(tmp_path: Path):
    server = SandboxServer(tmp_path / "portal.db", review_delay=-1).start()
    yield server
    server.stop()


def test_an_api_record_is_settled_by_reconcile_never_undone(ctx, cli, portal) -> None:
    ((code, ids),) = seed_queued(ctx, 2).items()
    portal.add_account("tea", "pw", code)
    portal.set_faults({"malformed": 1.0})  # the portal keeps each record, its answers are lost
    accounts = Accounts(portal.url, lambda _c: PortalClient(portal.url).login("tea", "pw"),
                        backoff=0.01, max_backoff=0.05, retries=2)  # fmt: skip
    submission.submit(ctx, accounts)
    assert {state(ctx, i) for i in ids} == {S.SUBMITTING}

    undo = cli(ctx.home, "declare", "guided-undo", str(ids[0]))
    assert undo.returncode == 2 and "对账" in undo.stderr
    assert state(ctx, ids[0]) is S.SUBMITTING  # it may have reached the portal: not undone

    portal.set_faults({})
    command = [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(ctx.home), "declare",
               "reconcile", "--portal", portal.url, "--username", "tea", "--password-stdin",
               "--json"]  # fmt: skip
    run = subprocess.run(command, input="pw\n", capture_output=True, text=True, encoding="utf-8",
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert {state(ctx, i) for i in ids} == {S.PENDING}  # the portal has them, awaiting review
    assert len(result["reconciled"]) == 2 and sorted(result["still_in_flight"]) == sorted(ids)
    assert portal.stats()["records"] == 2


def test_show_names_fields_by_their_labels(ctx, cli) -> None:
    owner = add_enterprise(ctx, EnterpriseInput(name="示例茶业", uscc="91360100158300003X"))
    product = DeclaredProduct("绿茶", "", "茶叶", gtin="6901234567890")
    info = declarations.new_for_standard(ctx, owner.id, STANDARD, [product])
    record = declarations.get(ctx, info.id)[1]
    declarations.update(ctx, info.id, info.row_version, replace(record, contact_name="张三"))
    shown = cli(ctx.home, "declare", "show", str(info.id))
    assert shown.returncode == 0, shown.stderr
    assert "承诺：须勾选" in shown.stdout and "产品 1 · 型号：产品型号不能为空" in shown.stdout
    assert "产品 1 · 条码：" in shown.stdout
    assert "commitment_accepted" not in shown.stdout and "products[0]" not in shown.stdout


def test_a_refused_new_declaration_leaves_nothing_behind(ctx, cli) -> None:
    """`declare new` with its form fields is one step: refused, no half-made draft stays."""
    owner = add_enterprise(ctx, EnterpriseInput(name="示例茶业", uscc="91360100158300003X"))
    new = ("declare", "new", "--enterprise", owner.uscc, "--standard", STANDARD,
           "--product", "绿茶|一级|茶叶", "--accept-commitment")  # fmt: skip
    first = cli(ctx.home, *new, "--json")
    assert first.returncode == 0, first.stderr
    again = cli(ctx.home, *new)  # the same content: refused as a duplicate
    assert again.returncode == 1, again.stderr
    assert "同样内容的声明已经存在" in again.stderr
    assert [d.id for d in declarations.list_declarations(ctx)] == [json.loads(first.stdout)["id"]]
