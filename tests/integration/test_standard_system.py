"""The standard system through its services: tree edits, the register, statuses on the dates of
the shared supersessions table, review dates, and what a data-pack change marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from jxdeclare.catalog.pack import write_pack
from jxdeclare.domain.system.review import ActionKind
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.catalog import activate_pack, active_catalogue, pack_store
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise, update_enterprise
from jxdeclare.services.errors import DuplicateError, ServiceError, ValidationError
from jxdeclare.services.system import register as register
from jxdeclare.services.system import tree as trees
from jxdeclare.services.system.status import dashboard_rows, entry_views
from jxdeclare.services.system.watch import pending_rechecks

Entry = register.EntryInput


@pytest.fixture
def rice(any_ctx: AppContext) -> int:
    data = EnterpriseInput(name="示例米业", uscc="91110000600037341L", code="JXMY")
    enterprise = add_enterprise(any_ctx, data)
    trees.create_tree(any_ctx, enterprise.id)
    return enterprise.id


def branch(ctx: AppContext, eid: int, code: str) -> int:
    node = trees.load_tree(ctx, eid).by_code(code)
    assert node is not None
    return node


def codes(ctx: AppContext, eid: int) -> dict[str, str]:
    tree = trees.load_tree(ctx, eid)
    return {row.title: tree.code(row.id) for row, _depth in tree.walk()}


def test_template_tree_then_add_rename_move_and_remove_renumber(
    any_ctx: AppContext, rice: int
) -> None:
    ctx = any_ctx
    assert codes(ctx, rice)["产品标准"] == "1.1" and codes(ctx, rice)["操作人员标准"] == "3.3"
    with pytest.raises(trees.TreeExists):
        trees.create_tree(ctx, rice, "legacy")
    packing = trees.add_node(ctx, rice, branch(ctx, rice, "1"), "包装标准")
    assert codes(ctx, rice)["包装标准"] == "1.6"
    trees.move_node(ctx, packing, branch(ctx, rice, "1"), 0)
    assert (codes(ctx, rice)["包装标准"], codes(ctx, rice)["产品标准"]) == ("1.1", "1.2")
    assert trees.rename_node(ctx, packing, "包装与标识标准") == "包装标准"
    trees.move_node(ctx, branch(ctx, rice, "3"), None, 0)  # 岗位 first: everything renumbers
    assert codes(ctx, rice)["包装与标识标准"] == "2.1" and codes(ctx, rice)["决策层标准"] == "1.1"
    with pytest.raises(ValidationError, match="同一级已有"):
        trees.add_node(ctx, rice, branch(ctx, rice, "2"), "产品标准")
    with pytest.raises(ServiceError, match="下级分支"):
        trees.move_node(ctx, branch(ctx, rice, "2"), branch(ctx, rice, "2.1"))
    entry = register.add_entry(ctx, rice, Entry("GB 2762-2022"), branch(ctx, rice, "2.1"))
    assert trees.remove_node(ctx, branch(ctx, rice, "2.1")) == 1
    _tree, views = entry_views(ctx, rice)
    (moved,) = [v for v in views if v.id == entry]
    assert (moved.subsystem, moved.code) == ("产品实现标准体系", "2-001")


def test_typed_numbers_are_validated_and_unknown_ones_kept_as_unknown(
    any_ctx: AppContext, rice: int
) -> None:
    ctx, product = any_ctx, branch(any_ctx, rice, "1.1")
    with pytest.raises(ValidationError, match="GB 27x62"):
        register.add_entry(ctx, rice, Entry("GB 27x62"), product)
    with pytest.raises(ValidationError, match="标准名称"):
        register.add_entry(ctx, rice, Entry("GB/T 191-2008"), product)  # not in the pack
    register.add_entry(ctx, rice, Entry("GB/T 191-2008", "包装储运图示标志"), product)
    register.add_entry(ctx, rice, Entry("ＧＢ　２７６２－２０２２"), product)  # full-width
    with pytest.raises(DuplicateError, match="GB 2762—2022"):
        register.add_entry(ctx, rice, Entry("GB 2762—2022"), None)
    for title in ("米粉包装规范", "检验规程"):  # planned standards need no number, several may
        register.add_entry(ctx, rice, Entry(title=title, planned=True), product)
    _tree, views = entry_views(ctx, rice, date(2026, 11, 29))
    shown = {v.title: (v.number, v.status, v.code) for v in views}
    assert shown == {
        "包装储运图示标志": ("GB/T 191—2008", "未知", "1.1-001"),
        "食品安全国家标准 食品中污染物限量": ("GB 2762—2022", "被代替", "1.1-002"),
        "米粉包装规范": ("", "待制定", "1.1-003"),
        "检验规程": ("", "待制定", "1.1-004"),
    }


# (old edition, new edition, the day the new one came or comes into force), from the shared
# supersessions table (supersessions.csv, GB 2762-2025 foreword, NHC notices) as the pack has it.
SUPERSESSIONS = [
    ("GB 2762—2022", "GB 2762—2025", date(2026, 9, 2)),
    ("GB 2763—2021", "GB 2763—2026", date(2026, 3, 1)),
    ("GB 2763.1—2022", "GB 2763—2026", date(2026, 3, 1)),
    ("GB 2760—2014", "GB 2760—2024", date(2025, 2, 8)),
    ("GB 18584—2001", "GB 18584—2024", date(2025, 7, 1)),
    ("GB 28481—2012", "GB 18584—2024", date(2025, 7, 1)),
    ("GB 7718—2011", "GB 7718—2025", date(2027, 3, 16)),
    ("GB 28050—2011", "GB 28050—2025", date(2027, 3, 16)),
    ("GB 14881—2013", "GB 14881—2025", date(2026, 9, 2)),
    ("GB 28007—2011", "GB 28007—2024", date(2026, 1, 1)),
    ("GB 5749—2006", "GB 5749—2022", date(2023, 4, 1)),
    ("GB/T 1.1—2009", "GB/T 1.1—2020", date(2020, 10, 1)),
]


@pytest.mark.parametrize(("old", "new", "in_force"), SUPERSESSIONS)
def test_status_and_actions_around_each_supersession_date(
    ctx: AppContext, old: str, new: str, in_force: date
) -> None:
    eid = add_enterprise(ctx, EnterpriseInput(name="某企业", uscc="91110000600037341L")).id
    register.add_entry(ctx, eid, Entry(old, "（名称）"), None)

    def seen(day: date) -> tuple[str, tuple[str, ...], list[ActionKind]]:
        (view,) = entry_views(ctx, eid, day)[1]
        kinds = [row.action.kind for row in dashboard_rows(ctx, eid, day)]
        return view.status, view.replaced_by, kinds

    eve = date.fromordinal(in_force.toordinal() - 1)
    assert seen(eve) == ("现行", (), [ActionKind.COMING])  # the new edition is 1 day away
    assert seen(date.fromordinal(in_force.toordinal() - 91)) == ("现行", (), [])
    assert seen(in_force) == ("被代替", (new,), [ActionKind.REPLACED])


def test_own_standards_fall_due_for_review_after_the_enterprise_period(
    ctx: AppContext,
) -> None:
    record = add_enterprise(ctx, EnterpriseInput(name="某企业", uscc="91110000600037341L"))
    eid = record.id
    own = register.add_entry(
        ctx, eid, Entry("Q/JXMY 0001S-2021", "鲜湿米粉", published=date(2021, 3, 1)), None
    )

    def review(day: date) -> list[tuple[ActionKind, date | None]]:
        return [(r.action.kind, r.action.due) for r in dashboard_rows(ctx, eid, day)]

    assert review(date(2023, 12, 1)) == []  # 91 days before
    assert review(date(2023, 12, 5)) == [(ActionKind.REVIEW_SOON, date(2024, 3, 1))]
    assert review(date(2024, 3, 1)) == [(ActionKind.REVIEW_OVERDUE, date(2024, 3, 1))]
    data = replace(record, review_period_years=5)
    update_enterprise(ctx, eid, record.row_version, data)
    assert review(date(2024, 3, 1)) == []
    assert review(date(2026, 3, 1)) == [(ActionKind.REVIEW_OVERDUE, date(2026, 3, 1))]
    register.mark_reviewed(ctx, own, date(2026, 3, 10))
    assert review(date(2026, 3, 10)) == []
    assert entry_views(ctx, eid, date(2026, 3, 10))[1][0].review_due == date(2031, 3, 10)


def test_a_pack_change_marks_changed_entries_and_queues_citing_standards(
    ctx: AppContext, tmp_path: Path
) -> None:
    eid = add_enterprise(ctx, EnterpriseInput(name="某企业", uscc="91110000600037341L")).id
    register.add_entry(ctx, eid, Entry("GB 7718-2011"), None)
    register.add_entry(ctx, eid, Entry("GB 2760-2024"), None)
    cites = drafts.store_new(ctx, eid, example_document())  # cites GB 7718 undated
    own = register.add_own_standard(ctx, cites.id, None)
    pack = active_catalogue(ctx).pack
    standards = [
        row | {"implemented": "2026-11-01"} if row["number"] == "GB 7718—2025" else row
        for row in pack.tables["standards"]
    ]
    changed = tmp_path / "机构 数据包.jxpack"
    meta = dict(pack.manifest) | {"version": "2026.11.29", "pack_id": "agency"}
    for key in ("members", "schema"):
        meta.pop(key, None)
    write_pack(changed, meta, pack.tables | {"standards": standards}, None)
    stored = pack_store(ctx).import_pack(changed, allow_unsigned=True)
    _stored, affected = activate_pack(ctx, stored.file)
    assert [a.draft_id for a in affected] == [cites.id]
    _tree, views = entry_views(ctx, eid, date(2026, 11, 29))
    marks = {v.number: v.status_change for v in views}
    assert marks["GB 7718—2011"] == "现行 → 被代替（被 GB 7718—2025 代替）"
    assert marks["GB 2760—2024"] == ""  # unchanged: not highlighted
    (mine,) = [v for v in views if v.id == own]
    assert mine.recheck_pending and "GB 7718" in mine.review_reason
    kinds = {row.action.kind for row in dashboard_rows(ctx, eid, date(2026, 11, 29))}
    assert {ActionKind.STATUS_CHANGED, ActionKind.REVIEW_TRIGGERED, ActionKind.RECHECK} <= kinds
    assert pending_rechecks(ctx, eid) == [cites.id]
    from jxdeclare.services.batch_check import check_stored

    assert [r.draft_id for r in check_stored(ctx, eid, draft_ids=[cites.id])] == [cites.id]
    assert pending_rechecks(ctx) == []
    assert register.acknowledge_changes(ctx, eid) == 1
    register.mark_reviewed(ctx, own)
    kinds = {row.action.kind for row in dashboard_rows(ctx, eid, date(2026, 11, 29))}
    assert not kinds & {ActionKind.STATUS_CHANGED, ActionKind.REVIEW_TRIGGERED, ActionKind.RECHECK}
    assert drafts.list_drafts(ctx, eid)[0].row_version == cites.row_version  # editor unaffected


def test_the_agency_dashboard_spans_every_enterprise(ctx: AppContext) -> None:
    for name, uscc, number in (
        ("甲米业", "91110000600037341L", "GB 2760-2014"),
        ("乙茶业", "91360100158300003X", "GB 2762-2022"),
    ):
        eid = add_enterprise(ctx, EnterpriseInput(name=name, uscc=uscc)).id
        register.add_entry(ctx, eid, Entry(number), None)
    rows = dashboard_rows(ctx, None, date(2026, 11, 29))
    assert sorted((r.enterprise, r.action.entry.number) for r in rows) == [
        ("乙茶业", "GB 2762—2022"), ("甲米业", "GB 2760—2014"),
    ]  # fmt: skip


def test_an_own_standard_follows_its_draft(ctx: AppContext) -> None:
    eid = add_enterprise(ctx, EnterpriseInput(name="某企业", uscc="91110000600037341L")).id
    info = drafts.store_new(ctx, eid, example_document())  # Q/JXSL 0002—2026, 2026-11-20
    entry = register.add_own_standard(ctx, info.id, None)

    def mine(day: date = date(2026, 11, 29)) -> tuple[str, str, str, date | None]:
        (view,) = entry_views(ctx, eid, day)[1]
        assert view.id == entry and view.own
        return view.number, view.title, view.status, view.review_due

    assert mine()[2:] == ("待制定", None)  # only a draft so far: to be drafted, no review
    published = drafts.publish(ctx, info.id, info.row_version)
    assert mine()[2:] == ("即将实施", date(2029, 11, 20))  # in force from 2026-12-01
    assert mine(date(2026, 12, 1))[2:] == ("现行", date(2029, 11, 20))  # published + 3 years
    document = drafts.open_draft(ctx, info.id).document
    document.cover.number = "Q/JXSL 0009—2026"
    drafts.save(ctx, info.id, published.row_version, document)
    assert mine()[0] == "Q/JXSL 0009—2026"


def test_moving_several_standards_and_putting_them_back_keeps_their_numbers(
    ctx: AppContext,
) -> None:
    eid = add_enterprise(ctx, EnterpriseInput(name="某企业", uscc="91110000600037341L")).id
    trees.create_tree(ctx, eid)
    product, design = branch(ctx, eid, "1.1"), branch(ctx, eid, "1.2")
    ids = [
        register.add_entry(ctx, eid, Entry(number), product)
        for number in ("GB 2762-2022", "GB 2760-2024", "GB 7718-2011")
    ]

    def placed() -> dict[str, str]:
        return {v.number: v.code for v in entry_views(ctx, eid)[1]}

    before = placed()
    assert before == {"GB 2762—2022": "1.1-001", "GB 2760—2024": "1.1-002",
                      "GB 7718—2011": "1.1-003"}  # fmt: skip
    places = register.move_entries(ctx, [ids[0], ids[2]], design)
    assert placed() == {"GB 2762—2022": "1.2-001", "GB 2760—2024": "1.1-001",
                        "GB 7718—2011": "1.2-002"}  # fmt: skip
    register.put_back(ctx, places)
    assert placed() == before
    with pytest.raises(ServiceError):  # one bad target: nothing moves
        register.move_entries(ctx, ids, 999_999)
    assert placed() == before
    register.remove_entries(ctx, ids[:2])
    assert placed() == {"GB 7718—2011": "1.1-001"}
