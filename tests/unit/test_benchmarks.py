"""对标: items matched however enterprises write them, each target's verdict with the gap in the
target's unit, the tier reached, and the shipped T/JGE sets each row sourced."""

from __future__ import annotations

import pytest

from jxdeclare.catalog.foods import item_key as checker_item_key
from jxdeclare.domain.benchmarks.compare import Outcome, Stated, compare_row
from jxdeclare.domain.benchmarks.model import BenchmarkRow, BenchmarkSet
from jxdeclare.domain.document.model import IndicatorRow
from jxdeclare.domain.items import item_key, match_key


def target(item: str, comparator: str, value: str, unit: str = "mg/kg", tier: str = "达标",
           basis: str = "") -> BenchmarkRow:  # fmt: skip
    return BenchmarkRow(item, comparator, value, unit, tier, "某评估方案 2025", basis=basis)


def stated(item: str, comparator: str, value: str, unit: str = "mg/kg", basis: str = "") -> Stated:
    return Stated(IndicatorRow(item, unit, comparator, value, basis=basis), "表1 第1行")


@pytest.mark.parametrize("written", ["铅", "铅(以Pb计)", "铅（以Pb计）", "Pb", "铅 (以 Pb 计)",
                                     "铅（Pb）", "ｐｂ"])  # fmt: skip
def test_lead_is_recognised_however_it_is_written(written: str) -> None:
    assert match_key(written) == match_key("铅")


def test_soluble_solids_with_or_without_content_and_its_method_note() -> None:
    assert match_key("可溶性固形物含量") == match_key("可溶性固形物")
    assert match_key("可溶性固形物(20℃,折光计)") == match_key("可溶性固形物")
    assert match_key("总汞(以Hg计)") == match_key("汞") == match_key("Hg")
    assert match_key("无机砷") != match_key("总砷") and match_key("甲基汞") != match_key("总汞")


def test_the_checker_keeps_its_own_item_key() -> None:
    assert checker_item_key is item_key and item_key("铅(以Pb计)/(mg/kg)") == "铅"


def test_lead_02_misses_a_01_target_by_01() -> None:
    result = compare_row("冻干脐橙", target("铅", "≤", "0.1"), [stated("铅(以Pb计)", "≤", "0.2")])
    assert result.outcome is Outcome.MISSES and result.gap == "0.1 mg/kg"
    assert result.value == "≤0.2 mg/kg" and result.stated and result.stated.where == "表1 第1行"


def test_a_gap_is_given_in_the_target_unit() -> None:
    result = compare_row("s", target("镉", "≤", "50", "μg/kg"), [stated("镉", "≤", "0.08")])
    assert result.outcome is Outcome.MISSES and result.gap == "30 μg/kg"
    met = compare_row("s", target("镉", "≤", "0.1"), [stated("Cd", "≤", "80", "μg/kg")])
    assert met.outcome is Outcome.MEETS and met.gap == ""


def test_a_minimum_target_and_not_detected() -> None:
    low = compare_row("s", target("可溶性固形物", "≥", "15", "%"),
                      [stated("可溶性固形物含量", "≥", "12.5", "%")])  # fmt: skip
    assert low.outcome is Outcome.MISSES and low.gap == "2.5 %"
    none = compare_row("s", target("铅", "≤", "0.1"), [stated("铅", "不得检出", "")])
    assert none.outcome is Outcome.MEETS


def test_a_ratio_range_and_a_missing_bound() -> None:
    ratio = target("固酸比", "范围", "30～35:1", "")
    inside = compare_row("s", ratio, [stated("固酸比", "范围", "31～34:1", "")])
    assert inside.outcome is Outcome.MEETS
    floor_only = compare_row("s", ratio, [stated("固酸比", "≥", "30", "")])
    assert floor_only.outcome is Outcome.MISSES and "上限" in floor_only.reason
    below = compare_row("s", ratio, [stated("固酸比", "范围", "20～35", "")])
    assert below.outcome is Outcome.MISSES and below.gap == "10"


def test_units_and_bases_that_differ_are_not_compared() -> None:
    units = compare_row("s", target("铅", "≤", "0.1"), [stated("铅", "≤", "0.1", "mg/L")])
    assert units.outcome is Outcome.NOT_COMPARABLE and "单位" in units.reason
    basis = compare_row("s", target("铅", "≤", "0.1", basis="以干基计"),
                        [stated("铅", "≤", "0.05")])  # fmt: skip
    assert basis.outcome is Outcome.NOT_COMPARABLE and "以干基计" in basis.reason
    same = compare_row("s", target("铅", "≤", "0.1", basis="以干基计"),
                       [stated("铅", "≤", "0.05", basis="以干基计")])  # fmt: skip
    assert same.outcome is Outcome.MEETS


def test_not_stated_placeholder_and_reference_only() -> None:
    lead = target("铅", "≤", "0.1")
    assert compare_row("s", lead, []).outcome is Outcome.NOT_STATED
    assert compare_row("s", lead, [stated("铅", "≤", "{{数值}}")]).outcome is Outcome.NOT_STATED
    refers = compare_row("s", lead, [stated("铅", "", "符合GB 2762的规定", "")])
    assert refers.outcome is Outcome.NOT_STATED and "GB 2762" in refers.reason


def test_the_tier_reached_stands_on_every_tier_below_it() -> None:
    from jxdeclare.domain.benchmarks.compare import SetResult

    rows = (
        target("铅", "≤", "0.05", tier="领跑者"), target("铅", "≤", "0.08", tier="先进"),
        target("镉", "≤", "0.05", tier="先进"), target("铅", "≤", "0.1", tier="达标"),
    )  # fmt: skip
    leader = BenchmarkSet("方案", "冻干脐橙", "领跑者", ("领跑者", "先进", "达标"), rows)

    def reached(*doc: Stated) -> str | None:
        return SetResult(leader, tuple(compare_row("方案", t, doc) for t in rows)).tier_reached

    assert reached(stated("铅", "≤", "0.04"), stated("镉", "≤", "0.04")) == "领跑者"
    assert reached(stated("铅", "≤", "0.07"), stated("镉", "≤", "0.04")) == "先进"
    # 铅 meets even 领跑者, but 镉 misses 先进: neither 先进 nor 领跑者, only 达标.
    assert reached(stated("铅", "≤", "0.04"), stated("镉", "≤", "0.2")) == "达标"
    assert reached(stated("铅", "≤", "0.2")) is None


def test_shipped_sets_carry_the_verified_t_jge_values_each_row_sourced() -> None:
    from jxdeclare.services.benchmarks.sets import shipped_sets

    rows = {(s.product_category, r.item): r for s in shipped_sets() for r in s.rows}
    assert rows[("冻干脐橙", "铅")].target_text() == "≤0.1 mg/kg"
    assert rows[("冻干脐橙", "铅")].baseline == "NY/T 435—2021 ≤0.2 mg/kg"
    powder = {item: r.target_text() for (category, item), r in rows.items()
              if category == "冻干脐橙粉"}  # fmt: skip
    assert powder == {"铅": "≤0.1 mg/kg", "镉": "≤0.1 mg/kg", "总汞": "≤0.01 mg/kg",
                      "总砷": "≤0.1 mg/kg"}  # fmt: skip
    assert rows[("井冈蜜橘", "可溶性固形物")].target_text() == "≥15 %"
    assert rows[("井冈蜜橘", "固酸比")].target_text() == "30～35:1"
    assert rows[("金溪蜜梨", "可溶性固形物")].target_text() == "≥11.5 %"
    for row in rows.values():  # number and year of the source standard on every row
        assert row.source.startswith("T/JGE ") and "—20" in row.source and row.source_date


def test_a_set_applies_by_the_title_of_the_standard() -> None:
    from jxdeclare.services.benchmarks.sets import shipped_sets

    def applying(title: str) -> list[str]:
        return [s.product_category for s in shipped_sets() if s.applies_to(title)]

    assert applying("冻干脐橙片") == ["冻干脐橙"]
    assert applying("冻干脐橙粉") == ["冻干脐橙粉"]
    assert applying("井冈蜜橘") == ["井冈蜜橘"] and applying("干米粉") == []


def test_a_pack_with_recommended_grades_gives_a_set_per_product_and_standard() -> None:
    from types import SimpleNamespace

    from jxdeclare.services.benchmarks.sets import catalogue_sets

    grade = {"product": "脐橙", "item": "可溶性固形物", "comparator": "≥", "unit": "%",
             "standard": "GB/T 21488—2008", "clause": "表2"}  # fmt: skip
    rows = [{**grade, "value": v, "grade": g} for v, g in (("11.0", "特等"), ("10.0", "一等"))]
    (made,) = catalogue_sets(SimpleNamespace(tables={"recommended_values": rows}))
    assert made.name == "GB/T 21488—2008（脐橙）" and made.tiers == ("特等", "一等")
    assert [r.target_text() for r in made.rows] == ["≥11.0 %", "≥10.0 %"]
    # The pack shipped today has no verified recommended values: no catalogue set.
    assert catalogue_sets(SimpleNamespace(tables={"recommended_values": []})) == []
