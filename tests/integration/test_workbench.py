"""The 工作台's list on SQLite and PostgreSQL: what is next per enterprise or for all, where each
step is done, the five first-run steps, and drafts checked again only once they changed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.document.text import placeholder
from jxdeclare.drafting.example import example_document
from jxdeclare.services import draft_checks, drafts, workbench
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations.records import move
from jxdeclare.services.declarations.samples import sample_credit_code, seed_queued
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.errors import NotFoundError
from jxdeclare.services.system.register import EntryInput, add_entry
from jxdeclare.services.system.tree import create_tree
from jxdeclare.services.workbench import Kind, Page, Step

S = DeclarationState


def fail_one(ctx: AppContext, declaration_id: int, why: str) -> None:
    """A queued record the portal refused: 已排队 → 提交中 → 失败-需修改."""
    from jxdeclare.store.models import Declaration

    with ctx.session() as session:
        row = session.get(Declaration, declaration_id)
        move(ctx, session, row, S.SUBMITTING)
        move(ctx, session, row, S.FAILED_NEEDS_EDIT)
        row.last_error = {"message": why}


@pytest.fixture
def seeded(any_ctx: AppContext) -> dict[str, Any]:
    """An enterprise without a system; one with a system, a draft with two unfilled parts and an
    own standard due for review; queued declarations of a third, one of them refused."""
    bare = add_enterprise(any_ctx, EnterpriseInput(name="甲 无体系茶业", uscc="91110000600037341L"))
    owner = add_enterprise(
        any_ctx, EnterpriseInput(name="乙 示例米业", uscc=sample_credit_code(5), code="JXSL")
    )
    create_tree(any_ctx, owner.id)
    document = example_document()
    document.cover.title = placeholder("产品名称")
    document.foreword.drafting_units = placeholder("起草单位")
    draft = drafts.store_new(any_ctx, owner.id, document)
    old = add_entry(any_ctx, owner.id, EntryInput(number="Q/JXSL 0001—2019", title="米粉",
                                                  published=date(2019, 3, 1)), None)  # fmt: skip
    queued = next(iter(seed_queued(any_ctx, 3).values()))
    fail_one(any_ctx, queued[0], "产品名称与执照不符")
    return {"bare": bare.id, "owner": owner.id, "draft": draft.id, "old": old,
            "failed": queued[0], "queued": queued[1:]}  # fmt: skip


def by_kind(result: workbench.Workbench) -> dict[Kind, list[workbench.Item]]:
    found: dict[Kind, list[workbench.Item]] = {}
    for item in result.items:
        found.setdefault(item.kind, []).append(item)
    return found


def test_every_kind_of_next_step_names_its_page_and_record(
    any_ctx: AppContext, seeded: dict[str, Any]
) -> None:
    found = by_kind(workbench.workbench(any_ctx, as_of=date(2026, 12, 1)))
    no_system = {i.enterprise: i.target for i in found[Kind.NO_SYSTEM]}
    assert no_system["甲 无体系茶业"] == workbench.Target(Page.SYSTEM, seeded["bare"])
    assert "乙 示例米业" not in no_system
    (unfilled,) = found[Kind.UNFILLED]
    assert unfilled.count == 2 and "2 处尚未填写" in unfilled.text
    assert unfilled.target == workbench.Target(Page.DRAFTING, seeded["owner"], (seeded["draft"],))
    (review,) = found[Kind.REVIEW]
    assert review.text.startswith("Q/JXSL 0001—2019 米粉：") and "复审" in review.text
    assert review.target == workbench.Target(Page.SYSTEM, seeded["owner"], (seeded["old"],))
    (failed,) = found[Kind.FAILED]
    assert "失败-需修改" in failed.text and "产品名称与执照不符" in failed.text
    assert failed.target.records == (seeded["failed"],)
    (queued,) = found[Kind.QUEUED]
    assert queued.count == 2 and queued.target.page is Page.DECLARATIONS
    assert queued.target.records == tuple(seeded["queued"])
    kinds = [item.kind for item in workbench.workbench(any_ctx).items]
    assert kinds == sorted(kinds, key=list(Kind).index)  # grouped, in the app's order


def test_one_enterprise_gets_only_its_own_steps(
    any_ctx: AppContext, seeded: dict[str, Any]
) -> None:
    result = workbench.workbench(any_ctx, seeded["owner"], as_of=date(2026, 12, 1))
    assert {item.enterprise_id for item in result.items} == {seeded["owner"]}
    assert {item.kind for item in result.items} >= {Kind.UNFILLED, Kind.REVIEW}
    assert len(result.enterprises) == 3  # the filter still offers every enterprise
    with pytest.raises(NotFoundError):
        workbench.workbench(any_ctx, 9999)


def test_the_five_steps_follow_the_data(any_ctx: AppContext) -> None:
    assert workbench.workbench(any_ctx).done == dict.fromkeys(Step, False)
    owner = add_enterprise(any_ctx, EnterpriseInput(name="示例米业", uscc="91110000600037341L"))
    create_tree(any_ctx, owner.id)
    document = example_document()
    document.cover.title = placeholder("产品名称")
    info = drafts.store_new(any_ctx, owner.id, document)
    done = workbench.workbench(any_ctx).done
    assert [step for step in Step if done[step]] == [Step.ENTERPRISE, Step.SYSTEM, Step.DRAFT]
    info = drafts.save(any_ctx, info.id, info.row_version, example_document())  # filled in
    assert not workbench.workbench(any_ctx).done[Step.CHECK]  # the check still finds an error
    drafts.publish(any_ctx, info.id, info.row_version)
    assert workbench.workbench(any_ctx).done[Step.CHECK]
    seed_queued(any_ctx, 1)
    assert workbench.workbench(any_ctx).all_done


def test_a_refresh_checks_only_the_drafts_that_changed(
    any_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jxdeclare.checks import run

    owner = add_enterprise(any_ctx, EnterpriseInput(name="示例米业", uscc="91110000600037341L"))
    first = drafts.store_new(any_ctx, owner.id, example_document())
    second = example_document()
    second.cover.number = "Q/JXSL 0003—2026"
    drafts.store_new(any_ctx, owner.id, second)
    checked: list[str] = []
    real = run.check_document

    def counted(document: Any, **options: Any) -> Any:
        checked.append(document.cover.number)
        return real(document, **options)

    monkeypatch.setattr(run, "check_document", counted)
    workbench.workbench(any_ctx)
    assert sorted(checked) == ["Q/JXSL 0002—2026", "Q/JXSL 0003—2026"]
    checked.clear()
    workbench.workbench(any_ctx)
    assert checked == []  # nothing changed: the results of the last refresh stand
    draft_checks._kept.clear()  # the app is started again: the results come from the data folder
    workbench.workbench(any_ctx)
    assert checked == []
    edited = example_document()
    edited.cover.title = placeholder("产品名称")
    drafts.save(any_ctx, first.id, first.row_version, edited)
    result = workbench.workbench(any_ctx)
    assert checked == ["Q/JXSL 0002—2026"]
    assert [i.kind for i in result.items if i.kind is Kind.UNFILLED] == [Kind.UNFILLED]


def test_without_a_usable_pack_the_rest_is_still_listed(
    any_ctx: AppContext, seeded: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from jxdeclare.services import catalog

    def unusable(_ctx: AppContext) -> None:
        raise catalog.NoActivePack("尚未启用数据包")

    monkeypatch.setattr(catalog, "active_catalogue", unusable)
    result = workbench.workbench(any_ctx)
    assert {item.kind for item in result.items} == {Kind.NO_SYSTEM, Kind.FAILED, Kind.QUEUED}
    (note,) = result.notes
    assert "草稿检查暂未列出" in note and "尚未启用数据包" in note
