"""A pack row's validation: the quick path taken for valid rows never disagrees with the full
walk, which names every bad field (a pack is refused on its first bad row)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from jxdeclare.catalog.schema import TABLES, _all_problems, row_problems

VALUES: list[Any] = [
    None, "", [], "铅", "2024-03-01", "2024-3-1", 0, 0.5, True, False, ["GB 2762—2025"], [""],
    ["a", 1], {"nested": "x"}, [["deep"]],
]  # fmt: skip


@st.composite
def rows(draw: st.DrawFn) -> tuple[str, Any]:
    table = draw(st.sampled_from(sorted(TABLES)))
    names = [name for name, _kind, _required in TABLES[table]] + ["unknown"]
    chosen = draw(st.lists(st.sampled_from(names), unique=True))
    return table, {name: draw(st.sampled_from(VALUES)) for name in chosen}


@given(rows())
def test_the_quick_path_agrees_with_the_full_walk(table_row: tuple[str, Any]) -> None:
    table, row = table_row
    assert row_problems(table, row) == _all_problems(table, row)


def test_a_valid_row_has_no_problem_and_each_bad_field_is_named() -> None:
    row = {"number": "GB 2762—2025", "kind": "GB", "mandatory": True,
           "published": "2025-03-27", "replaces": ["GB 2762—2022"], "source": "公告"}  # fmt: skip
    assert row_problems("standards", row) == []
    bad = row | {"published": "2025-3-27", "mandatory": "是", "extra": 1}
    assert [field for field, _reason in row_problems("standards", bad)] == [
        "mandatory", "published", "extra"
    ]  # fmt: skip
    assert row_problems("standards", row | {"source": ""}) == [
        ("source", "必填项为空 / required field is empty")
    ]
    assert row_problems("standards", ["not", "a", "row"]) == [("*", "不是一个对象 / not an object")]
