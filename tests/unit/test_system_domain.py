"""The standard-system tree, its numbering, review dates and the dashboard (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from jxdeclare.domain.system.entry import EntryView, Level, level_of, mandatory_label
from jxdeclare.domain.system.review import ActionKind, add_years, dashboard, review_due
from jxdeclare.domain.system.stats import system_stats
from jxdeclare.domain.system.templates import GBT_15496, LEGACY
from jxdeclare.domain.system.tree import NodeRow, SystemTree, TreeError, entry_code


def tree_of(*rows: tuple[int, int | None, int, str]) -> SystemTree:
    return SystemTree(NodeRow(*row) for row in rows)


def test_numbers_follow_positions_not_ids_or_insertion_order() -> None:
    tree = tree_of(
        (7, None, 1, "基础"), (3, None, 0, "产品"), (9, 3, 5, "营销"), (4, 3, 2, "产品标准")
    )
    assert tree.codes == {3: "1", 4: "1.1", 9: "1.2", 7: "2"}
    assert [(row.title, depth) for row, depth in tree.walk()] == [
        ("产品", 0), ("产品标准", 1), ("营销", 1), ("基础", 0),
    ]  # fmt: skip
    assert entry_code("1.2", 3) == "1.2-003" and entry_code("", 1) == ""


def test_a_branch_cannot_move_into_itself_or_below_itself() -> None:
    tree = tree_of((1, None, 0, "a"), (2, 1, 0, "b"), (3, 2, 0, "c"), (4, None, 1, "d"))
    for target in (1, 2, 3):
        with pytest.raises(TreeError):
            tree.check_move(1, target)
    tree.check_move(1, 4)  # elsewhere is fine
    tree.check_move(3, None)  # to the top level too
    assert tree.by_code("1.1.1") == 3 and tree.by_code("9") is None


def test_templates_carry_their_source_and_the_gbt_15497_15498_branches() -> None:
    tops = [title for title, _children in GBT_15496.branches]
    assert tops == ["产品实现标准体系", "基础保障标准体系", "岗位标准体系"]
    assert [len(children) for _title, children in GBT_15496.branches] == [5, 11, 3]
    assert "GB/T 15496—2017" in GBT_15496.source and "GB/T 15498—2017" in GBT_15496.source
    assert [title for title, _ in LEGACY.branches] == [
        "技术标准体系",
        "管理标准体系",
        "工作标准体系",
    ]


@pytest.mark.parametrize(
    ("number", "level", "mandatory"),
    [
        ("GB 2762—2022", Level.NATIONAL, "强制"),
        ("GB/T 191—2008", Level.NATIONAL, "推荐"),
        ("GB/Z 1—2020", Level.NATIONAL, "指导"),
        ("QB/T 1—2020", Level.INDUSTRY, "推荐"),
        ("DB36/T 1—2020", Level.LOCAL, "推荐"),
        ("DB 36/1091—2018", Level.LOCAL, "强制"),
        ("T/JGE 1—2020", Level.GROUP, "—"),
        ("Q/JXMY 0001S—2021", Level.ENTERPRISE, "—"),
        ("乱写的编号", Level.UNKNOWN, "—"),
        ("", Level.UNKNOWN, "—"),
    ],
)
def test_level_and_mandatory_come_from_the_number(
    number: str, level: Level, mandatory: str
) -> None:
    assert (level_of(number), mandatory_label(number)) == (level, mandatory)


def test_review_counts_from_the_later_of_publication_and_last_review() -> None:
    assert review_due(date(2021, 3, 1), None, 3) == date(2024, 3, 1)
    assert review_due(date(2021, 3, 1), date(2025, 6, 1), 3) == date(2028, 6, 1)
    assert review_due(None, None, 3) is None
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def view(**fields: object) -> EntryView:
    base: dict[str, object] = {
        "id": 1, "enterprise_id": 1, "number": "GB 1—2020", "title": "t", "node_id": None,
        "code": "", "subsystem": "", "level": Level.NATIONAL, "mandatory": "强制",
        "status": "现行",
    }  # fmt: skip
    return EntryView(**(base | fields))  # type: ignore[arg-type]


def test_dashboard_lists_what_needs_action_most_urgent_first() -> None:
    today = date(2026, 12, 20)
    entries = [
        view(id=1, number="GB 7718—2011", successor="GB 7718—2025",
             successor_from=date(2027, 3, 16)),
        view(id=2, number="GB 2762—2022", status="被代替", replaced_by=("GB 2762—2025",)),
        view(id=3, number="Q/A 1—2021", own=True, review_due=date(2024, 3, 1)),
        view(id=4, number="Q/A 2—2024", own=True, review_due=date(2027, 2, 1)),
        view(id=5, number="Q/A 3—2025", own=True, review_due=date(2028, 2, 1)),
        view(id=6, number="GB 9—2020", status="废止"),
        view(id=7, number="GB 8—2027", status="即将实施", implemented=date(2027, 6, 1)),
    ]  # fmt: skip
    found = [(a.kind, a.entry.id) for a in dashboard(entries, today)]
    assert found == [
        (ActionKind.REPLACED, 2), (ActionKind.WITHDRAWN, 6), (ActionKind.COMING, 1),
        (ActionKind.REVIEW_OVERDUE, 3), (ActionKind.REVIEW_SOON, 4),
    ]  # fmt: skip
    coming = dashboard(entries, today)[2]
    assert "GB 7718—2025" in coming.text and "86 天后" in coming.text


def test_statistics_count_by_top_branch_level_and_state() -> None:
    entries = [
        view(subsystem="产品 / 产品标准"),
        view(subsystem="产品", level=Level.ENTERPRISE, status="待制定"),
        view(subsystem="基础 / x", status="被代替"),
        view(subsystem="", level=Level.UNKNOWN, status="未知"),
    ]
    stats = system_stats(entries, ["产品", "基础", "岗位"])
    rows = {row.subsystem: row for row in stats.rows}
    assert list(rows) == ["产品", "基础", "岗位", "未归入子体系"]
    assert rows["产品"].total == 2 and rows["产品"].by_level[Level.ENTERPRISE] == 1
    assert rows["基础"].by_state["被代替/废止"] == 1 and rows["岗位"].total == 0
    assert stats.total.total == 4 and Level.UNKNOWN in stats.level_columns
