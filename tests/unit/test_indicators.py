"""Indicator requirements, units and verdicts against mandatory limits."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jxdeclare.domain.indicators import (
    Requirement,
    Verdict,
    compare,
    convert,
    describe,
    limit_requirement,
    normalise_unit,
    parse_requirement,
    requirement_of_row,
    unit_from_header,
)
from jxdeclare.domain.messages import Severity
from jxdeclare.domain.units import _UNITS, dimension

LIMITS_CSV = Path(__file__).resolve().parents[2] / "resources" / "packs" / "src" / "limits.csv"
D = Decimal


# --- parsing ---------------------------------------------------------------------------------

PARSE_CASES = [
    # text, kind, low, high, strict_low, strict_high, unit
    ("≤0.2", "max", None, "0.2", False, False, ""),
    ("<0.5", "max", None, "0.5", False, True, ""),
    ("≥98.0", "min", "98.0", None, False, False, ""),
    (">5", "min", "5", None, True, False, ""),
    ("0.5～1.0", "range", "0.5", "1.0", False, False, ""),
    ("0.5-1.0", "range", "0.5", "1.0", False, False, ""),
    ("0.5~1.0", "range", "0.5", "1.0", False, False, ""),
    ("0.5—1.0", "range", "0.5", "1.0", False, False, ""),
    ("0.5 至 1.0 g/100g", "range", "0.5", "1.0", False, False, "g/100g"),
    ("5.0±0.5", "range", "4.5", "5.5", False, False, ""),
    ("０．５～１．０ｍｇ／ｋｇ", "range", "0.5", "1.0", False, False, "mg/kg"),
    ("-18～-15", "range", "-18", "-15", False, False, ""),
    ("≤-18 ℃", "max", None, "-18", False, False, "°C"),
    ("≤0.2 mg/kg", "max", None, "0.2", False, False, "mg/kg"),
    ("≤0.2mg/L", "max", None, "0.2", False, False, "mg/L"),
    ("≤200 ug/kg", "max", None, "200", False, False, "μg/kg"),
    ("≤0.10 mg/m3", "max", None, "0.10", False, False, "mg/m³"),
    ("≤０．２", "max", None, "0.2", False, False, ""),
    ("＜０．５", "max", None, "0.5", False, True, ""),
    ("≦0.2", "max", None, "0.2", False, False, ""),
    ("≧90", "min", "90", None, False, False, ""),
    ("＞1", "min", "1", None, True, False, ""),
    ("<=0.2", "max", None, "0.2", False, False, ""),
    (">=98.0", "min", "98.0", None, False, False, ""),
    ("不大于0.2", "max", None, "0.2", False, False, ""),
    ("不超过0.2", "max", None, "0.2", False, False, ""),
    ("不高于 0.2", "max", None, "0.2", False, False, ""),
    ("≤ 0.2", "max", None, "0.2", False, False, ""),
    ("  ≤ 0.2  ％", "max", None, "0.2", False, False, "%"),
    ("不小于98", "min", "98", None, False, False, ""),
    ("不低于98", "min", "98", None, False, False, ""),
    ("小于0.5", "max", None, "0.5", False, True, ""),
    ("大于0.5", "min", "0.5", None, True, False, ""),
    ("12.5", "exact", "12.5", "12.5", False, False, ""),
    ("=12.5", "exact", "12.5", "12.5", False, False, ""),
]


@pytest.mark.parametrize(("text", "kind", "low", "high", "slow", "shigh", "unit"), PARSE_CASES)
def test_parse_numeric_forms(
    text: str,
    kind: str,
    low: str | None,
    high: str | None,
    slow: bool,
    shigh: bool,
    unit: str,
) -> None:
    r = parse_requirement(text)
    assert (r.kind, r.low, r.high, r.strict_low, r.strict_high, r.unit) == (
        kind,
        None if low is None else D(low),
        None if high is None else D(high),
        slow,
        shigh,
        unit,
    )
    assert r.text == text


def test_decimals_are_kept_exactly() -> None:
    r = parse_requirement("≤0.20")
    assert r.high == D("0.2") and str(r.high) == "0.20"
    assert describe(r) == "≤0.20"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("不得检出", "absent"),
        (" 不得 检出 ", "absent"),
        ("未检出", "absent"),
        ("不得使用", "forbidden"),
        ("不得添加", "forbidden"),
        ("", "text"),
        ("见附录A", "text"),
        ("≤0.2 斤", "text"),
        ("≤", "text"),
        ("1.0～0.5", "text"),  # reversed range: not guessed
        ("{{说明}}", "text"),
        ("符合规定", "text"),
        ("≤0.2（按GB 5009.12测定）", "text"),  # a method, not a reference
        ("≤0.2 mg/kg（以Pb计）", "text"),  # trailing words are never dropped silently
        ("1E+2", "text"),
        ("NaN", "text"),
        ("≤Infinity", "text"),
    ],
)
def test_parse_word_forms(text: str, kind: str) -> None:
    assert parse_requirement(text).kind == kind


@pytest.mark.parametrize(
    ("text", "refers_to"),
    [
        ("符合GB 2762的规定", "GB 2762"),
        ("按GB 2757执行", "GB 2757"),
        ("应符合GB 2762-2025的规定", "GB 2762—2025"),
        ("符合ＧＢ　２７６３的规定", "GB 2763"),
        ("符合GB/T 10781.1的要求", "GB/T 10781.1"),
    ],
)
def test_parse_references(text: str, refers_to: str) -> None:
    r = parse_requirement(text)
    assert (r.kind, r.refers_to) == ("refers", refers_to)


def test_unit_hint_applies_only_when_the_cell_has_none() -> None:
    assert parse_requirement("≤0.2", "mg/kg").unit == "mg/kg"
    assert parse_requirement("≤200 μg/kg", "mg/kg").unit == "μg/kg"
    assert parse_requirement("≤0.2", "mg/l").unit == "mg/L"
    assert parse_requirement("≤3", "级").unit == "级"  # unknown hint kept as written


@pytest.mark.parametrize(
    ("comparator", "value", "unit", "kind", "low", "high"),
    [
        ("≤", "0.2", "mg/kg", "max", None, "0.2"),
        ("<", "0.2", "mg/kg", "max", None, "0.2"),
        ("≥", "98.0", "%", "min", "98.0", None),
        (">", "1", "", "min", "1", None),
        ("=", "5", "g", "exact", "5", "5"),
        ("范围", "0.5～1.0", "g/100g", "range", "0.5", "1.0"),
        ("范围", "0.5", "g/100g", "text", None, None),
        ("不得检出", "", "mg/kg", "absent", None, None),
        ("不得使用", "", "", "forbidden", None, None),
        ("", "符合GB 2762的规定", "", "refers", None, None),
        ("", "≤0.5", "mg/kg", "max", None, "0.5"),
        ("≤", "{{限量}}", "mg/kg", "text", None, None),
        ("≤", "0.5～1.0", "mg/kg", "text", None, None),
    ],
)
def test_requirement_of_row(
    comparator: str, value: str, unit: str, kind: str, low: str | None, high: str | None
) -> None:
    r = requirement_of_row(comparator, value, unit)
    assert r.kind == kind
    assert r.low == (None if low is None else D(low))
    assert r.high == (None if high is None else D(high))
    if kind in ("max", "min", "exact", "range"):
        assert r.unit == normalise_unit(unit)


# --- units -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("mg/kg", "mg/kg"),
        ("MG/KG", "mg/kg"),
        ("mg / kg", "mg/kg"),
        ("ｍｇ／ｋｇ", "mg/kg"),
        ("μg/kg", "μg/kg"),
        ("µg/kg", "μg/kg"),
        ("ug/kg", "μg/kg"),
        ("g/kg", "g/kg"),
        ("mg/l", "mg/L"),
        ("g/L", "g/L"),
        ("g/100ml", "g/100mL"),
        ("%", "%"),
        ("％", "%"),
        ("mg/m3", "mg/m³"),
        ("mg/m³", "mg/m³"),
        ("cfu/g", "CFU/g"),
        ("MPN/g", "MPN/g"),
        ("MPN/100g", "MPN/100g"),
        ("°T", "°T"),
        ("℃", "°C"),
        ("% vol", "%vol"),
        ("lm/W", "lm/W"),
        ("毫克/千克", "mg/kg"),
        ("", ""),
        ("斤", None),
        ("以Pb计", None),
    ],
)
def test_normalise_unit(text: str, unit: str | None) -> None:
    assert normalise_unit(text) == unit


def test_canonical_units_do_not_collide_when_folded() -> None:
    assert all(normalise_unit(unit) == unit for unit in _UNITS)


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        ("0.2", "mg/kg", "μg/kg", "200"),
        ("0.2", "mg/kg", "g/kg", "0.0002"),
        ("200", "μg/kg", "mg/kg", "0.2"),
        ("1", "g/L", "mg/L", "1000"),
        ("1", "g/L", "g/100mL", "0.1"),
        ("0.1", "g/100mL", "g/L", "1"),
        ("1", "%", "g/kg", "10"),
        ("0.1", "%", "mg/kg", "1000"),
        ("1", "g/100g", "%", "1"),
        ("0.5", "mg/m3", "μg/m³", "500"),
        ("0.2", "ug/kg", "μg/kg", "0.2"),
        ("5", "°T", "°T", "5"),
    ],
)
def test_convert(value: str, source: str, target: str, expected: str) -> None:
    assert convert(D(value), source, target) == D(expected)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("mg/kg", "mg/L"),  # mass fraction vs concentration: needs a density, never guessed
        ("%", "g/L"),  # % is a mass fraction only against other mass fractions
        ("mg/m³", "mg/L"),
        ("CFU/g", "MPN/g"),
        ("°T", "%"),
        ("斤", "kg"),
        ("", "mg/kg"),
    ],
)
def test_convert_refuses_across_dimensions(source: str, target: str) -> None:
    assert convert(D(1), source, target) is None


@pytest.mark.parametrize(
    ("header", "item", "unit"),
    [
        ("铅(以Pb计)/(mg/kg)", "铅(以Pb计)", "mg/kg"),
        ("铅（以Pb计）/（mg/kg）", "铅(以Pb计)", "mg/kg"),
        ("水分/%", "水分", "%"),
        ("铅（mg/kg）", "铅", "mg/kg"),
        ("铅(以Pb计)", "铅(以Pb计)", ""),
        ("铅/mg/kg", "铅", "mg/kg"),
        ("苯/(mg/m³)", "苯", "mg/m³"),
        ("菌落总数/(CFU/g)", "菌落总数", "CFU/g"),
        ("酸度，°T", "酸度", "°T"),
        ("感官要求", "感官要求", ""),
        ("(mg/kg)", "(mg/kg)", ""),
        ("", "", ""),
    ],
)
def test_unit_from_header(header: str, item: str, unit: str) -> None:
    assert unit_from_header(header) == (item, unit)


# --- verdicts --------------------------------------------------------------------------------

LEAD = Requirement("max", None, D("0.2"), unit="mg/kg", standard="GB 2762—2025")


@pytest.mark.parametrize(
    ("doc", "verdict"),
    [
        ("≤0.1 mg/kg", Verdict.STRICTER),
        ("≤0.2 mg/kg", Verdict.EQUAL),
        ("≤0.20", Verdict.EQUAL),  # unit from the hint
        ("<0.2 mg/kg", Verdict.STRICTER),
        ("≤0.5 mg/kg", Verdict.LOOSER),
        ("≤150 μg/kg", Verdict.STRICTER),
        ("≤200 μg/kg", Verdict.EQUAL),
        ("≤300 μg/kg", Verdict.LOOSER),
        ("≤0.0002 g/kg", Verdict.EQUAL),
        ("0.05～0.1 mg/kg", Verdict.STRICTER),
        ("0.1～0.3 mg/kg", Verdict.LOOSER),
        ("≥0.1 mg/kg", Verdict.LOOSER),  # no ceiling at all
        ("0.2 mg/kg", Verdict.EQUAL),  # an exact value is its own ceiling
        ("不得检出", Verdict.STRICTER),
        ("不得使用", Verdict.STRICTER),
        ("符合GB 2762的规定", Verdict.EQUAL),
        ("符合GB 2762—2022的规定", Verdict.EQUAL),  # edition is the references check's business
        ("符合GB 2763的规定", Verdict.CANNOT_COMPARE),
        ("≤0.2 mg/L", Verdict.CANNOT_COMPARE),
        ("≤0.2 %", Verdict.LOOSER),  # 0.2 % = 2000 mg/kg
        ("≤0.00001 %", Verdict.STRICTER),  # 0.1 mg/kg
        ("见检验报告", Verdict.CANNOT_COMPARE),
    ],
)
def test_verdicts_against_a_maximum(doc: str, verdict: Verdict) -> None:
    result = compare(parse_requirement(doc, "mg/kg"), LEAD)
    assert result.verdict is verdict, result.reason
    assert result.reason == result.problem.text("zh")
    assert result.problem.text("en")


def test_reasons_name_both_requirements() -> None:
    result = compare(parse_requirement("≤0.5", "mg/kg"), LEAD)
    assert result.reason == "限量≤0.2 mg/kg，本文件≤0.5 mg/kg，宽于强制性要求"
    assert result.problem.severity is Severity.ERROR
    assert compare(parse_requirement("≤0.1", "mg/kg"), LEAD).problem.severity is Severity.INFO


def test_missing() -> None:
    result = compare(None, LEAD)
    assert result.verdict is Verdict.MISSING
    assert "≤0.2 mg/kg" in result.reason
    assert result.problem.severity is Severity.ERROR


def test_units_across_dimensions_name_both_units() -> None:
    result = compare(parse_requirement("≤0.2 mg/L"), LEAD)
    assert result.verdict is Verdict.CANNOT_COMPARE
    assert "mg/kg" in result.reason and "mg/L" in result.reason
    assert result.problem.severity is Severity.WARNING
    no_unit = compare(parse_requirement("≤0.2"), LEAD)
    assert no_unit.verdict is Verdict.CANNOT_COMPARE and "—" in no_unit.reason


def test_strict_limit_bounds() -> None:
    strict = Requirement("max", None, D("1"), strict_high=True, unit="mg/kg")
    assert compare(parse_requirement("≤1 mg/kg"), strict).verdict is Verdict.LOOSER
    assert compare(parse_requirement("<1 mg/kg"), strict).verdict is Verdict.EQUAL
    floor = Requirement("min", D("80"), None)
    assert compare(parse_requirement("≥80"), floor).verdict is Verdict.EQUAL
    assert compare(parse_requirement(">80"), floor).verdict is Verdict.STRICTER
    assert compare(parse_requirement("≥70"), floor).verdict is Verdict.LOOSER
    assert compare(parse_requirement("≤90"), floor).verdict is Verdict.LOOSER
    assert compare(parse_requirement("80～90"), floor).verdict is Verdict.EQUAL
    assert compare(parse_requirement("不得检出"), floor).verdict is Verdict.LOOSER


def test_range_limit_checks_both_bounds() -> None:
    band = parse_requirement("0.5～1.0", "g/100g")
    assert compare(parse_requirement("0.6～0.9 g/100g"), band).verdict is Verdict.STRICTER
    assert compare(parse_requirement("0.5～1.0 %"), band).verdict is Verdict.EQUAL
    assert compare(parse_requirement("0.4～0.9 g/100g"), band).verdict is Verdict.LOOSER
    assert compare(parse_requirement("≤0.9 g/100g"), band).verdict is Verdict.LOOSER
    assert compare(parse_requirement("≥0.6 g/100g"), band).verdict is Verdict.LOOSER


@pytest.mark.parametrize(
    ("doc", "verdict"),
    [
        ("不得检出", Verdict.EQUAL),
        ("不得使用", Verdict.EQUAL),
        ("≤0.01 mg/kg", Verdict.LOOSER),
        ("≤0 mg/kg", Verdict.EQUAL),
        ("≥1", Verdict.LOOSER),
        ("随便", Verdict.CANNOT_COMPARE),
    ],
)
def test_verdicts_against_absent_and_forbidden(doc: str, verdict: Verdict) -> None:
    for limit in (parse_requirement("不得检出"), parse_requirement("不得使用")):
        assert compare(parse_requirement(doc), limit).verdict is verdict


def test_bases_differ_or_missing() -> None:
    methanol = Requirement("max", None, D("0.6"), unit="g/L")
    doc = parse_requirement("≤0.5 g/L")
    basis = "按100%酒精度折算"
    missing = compare(doc, methanol, limit_basis=basis)
    assert missing.verdict is Verdict.CANNOT_COMPARE
    assert basis in missing.reason and "未注明" in missing.reason
    differ = compare(doc, methanol, doc_basis="以原酒计", limit_basis=basis)
    assert differ.verdict is Verdict.CANNOT_COMPARE
    assert basis in differ.reason and "以原酒计" in differ.reason
    same = compare(doc, methanol, doc_basis=" 按100％酒精度折算", limit_basis=basis)
    assert same.verdict is Verdict.STRICTER
    rice = compare(parse_requirement("≤0.2 mg/kg"), LEAD, limit_basis="稻谷以糙米计")
    assert rice.verdict is Verdict.CANNOT_COMPARE and "稻谷以糙米计" in rice.reason
    # A basis only the document states does not block the comparison.
    assert compare(doc, methanol, doc_basis="以Pb计").verdict is Verdict.STRICTER
    # Nothing detected is nothing on any basis.
    absent = compare(parse_requirement("不得检出"), methanol, limit_basis=basis)
    assert absent.verdict is Verdict.STRICTER


def test_unreadable_limit() -> None:
    result = compare(parse_requirement("≤0.2"), parse_requirement("见表3"))
    assert result.verdict is Verdict.CANNOT_COMPARE


# --- properties ------------------------------------------------------------------------------

VALUES = st.decimals(
    min_value=D("0.000001"), max_value=D("999999"), places=6, allow_nan=False, allow_infinity=False
)
OPERATORS = {
    "≤": ("max", False),
    "<": ("max", True),
    "≥": ("min", False),
    ">": ("min", True),
    "<=": ("max", False),
    ">=": ("min", False),
    "≦": ("max", False),
    "＜": ("max", True),
    "不大于": ("max", False),
    "不超过": ("max", False),
    "不小于": ("min", False),
    "不低于": ("min", False),
}


@given(st.text())
def test_parse_never_raises(text: str) -> None:
    result = parse_requirement(text, text[:5])
    assert result.kind in ("max", "min", "range", "exact", "absent", "forbidden", "refers", "text")
    describe(result)
    compare(result, LEAD, doc_basis=text[:3])


@given(VALUES, st.sampled_from(sorted(OPERATORS)), st.sampled_from(["", " "]))
def test_parse_round_trips_values(value: Decimal, operator: str, gap: str) -> None:
    result = parse_requirement(f"{operator}{gap}{value:f}")
    kind, strict = OPERATORS[operator]
    assert result.kind == kind
    bound = result.high if kind == "max" else result.low
    assert bound == value and str(bound) == f"{value:f}"
    assert (result.strict_high if kind == "max" else result.strict_low) is strict


def _units_by_dimension() -> list[tuple[str, str]]:
    units = [u for u in _UNITS if dimension(u)]
    return [(a, b) for a in units for b in units if dimension(a) == dimension(b)]


@given(VALUES, st.sampled_from(_units_by_dimension()))
def test_convert_round_trips_exactly(value: Decimal, units: tuple[str, str]) -> None:
    there = convert(value, *units)
    assert there is not None
    assert convert(there, units[1], units[0]) == value


@given(VALUES, VALUES)
def test_compare_orders_maximum_values(limit_value: Decimal, doc_value: Decimal) -> None:
    limit = Requirement("max", None, limit_value, unit="mg/kg")
    doc = parse_requirement(f"≤{doc_value:f}", "mg/kg")
    expected = (
        Verdict.EQUAL
        if doc_value == limit_value
        else Verdict.STRICTER
        if doc_value < limit_value
        else Verdict.LOOSER
    )
    assert compare(doc, limit).verdict is expected
    in_micrograms = parse_requirement(f"≤{doc_value.scaleb(3):f} μg/kg")
    assert compare(in_micrograms, limit).verdict is expected


# --- the pack's real limit rows --------------------------------------------------------------


def _pack_rows() -> list[dict[str, str]]:
    with LIMITS_CSV.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["value"].strip()]


def test_every_pack_limit_parses() -> None:
    rows = _pack_rows()
    assert rows
    for row in rows:
        limit = limit_requirement(row)
        assert limit.kind in ("max", "min", "range", "exact"), row
        bound = limit.high if limit.kind == "max" else limit.low
        assert bound == D(row["value"]), row
        assert normalise_unit(row["unit"]) is not None, row
        assert limit.unit == normalise_unit(row["unit"]), row
        assert limit.standard == row["standard"]
        # The limit itself, restated by a document, is EQUAL (with the same basis).
        same = requirement_of_row(row["comparator"], row["value"], row["unit"])
        verdict = compare(same, limit, doc_basis=row["basis"], limit_basis=row["basis"])
        assert verdict.verdict is Verdict.EQUAL, row
