"""统一社会信用代码: check characters, decoding, and every problem the validator reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jxdeclare.domain.messages import Severity
from jxdeclare.domain.uscc import (
    CHARSET,
    JIANGXI_CITIES,
    PROVINCES,
    UsccResult,
    org_code_check_char,
    region_name,
    uscc_check_char,
    validate_uscc,
)

# Published codes, and Jiangxi codes whose check characters were computed independently.
VALID = [
    "91110000600037341L",
    "91110108551385082Q",
    "91360702MA35F0K14H",
    "91360100MA35G7QW0U",
    "92361102MA38R4D51N",
    "93360981MA37U2LH0D",
    "52360000MJD102675F",
]


def codes(result: UsccResult) -> list[str]:
    return [p.code for p in result.problems]


def with_checks(first16: str) -> str:
    """Complete 16 characters with the organization-code check digit and the check character."""
    first17 = first16 + org_code_check_char(first16[8:16])
    return first17 + uscc_check_char(first17)


@pytest.mark.parametrize("code", VALID)
def test_known_codes_have_no_problems(code: str) -> None:
    result = validate_uscc(code)
    assert result.problems == ()
    assert result.valid and not result.has_warnings
    assert result.code == code
    assert result.expected_check == code[-1]


@pytest.mark.parametrize(
    ("first17", "check"),
    [("91110000600037341", "L"), ("91110108551385082", "Q"), ("91360702MA35F0K14", "H")],
)
def test_check_char(first17: str, check: str) -> None:
    assert uscc_check_char(first17) == check


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("60003734", "1"),
        ("55138508", "2"),
        ("MA35F0K1", "4"),
        ("12345678", "8"),
        ("00000006", "X"),  # 11 - 12 mod 11 = 10
        ("00000019", "0"),  # 11 - 22 mod 11 = 11
        ("MA35F005", "X"),
    ],
)
def test_org_code_check_char(body: str, check: str) -> None:
    assert org_code_check_char(body) == check


@pytest.mark.parametrize("bad", ["9111000060003734", "9111000060003734IL", "91110000600O37341"])
def test_check_char_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError):
        uscc_check_char(bad)


@pytest.mark.parametrize("bad", ["6000373", "6000373#", "６０００３７３４"])
def test_org_check_char_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError):
        org_code_check_char(bad)


def test_decodes_enterprise_in_ganzhou() -> None:
    result = validate_uscc("91360702MA35F0K14H")
    assert (result.authority, result.kind) == ("工商（市场监管）", "企业")
    assert (result.region_code, result.province, result.city) == ("360702", "江西省", "赣州市")


@pytest.mark.parametrize(
    ("code", "kind", "city"),
    [
        ("91360100MA35G7QW0U", "企业", "南昌市"),
        ("92361102MA38R4D51N", "个体工商户", "上饶市"),
        ("93360981MA37U2LH0D", "农民专业合作社", "宜春市"),
        ("52360000MJD102675F", "民办非企业单位", None),  # province level: no city
    ],
)
def test_decodes_kind_and_jiangxi_city(code: str, kind: str, city: str | None) -> None:
    result = validate_uscc(code)
    assert (result.kind, result.city, result.province) == (kind, city, "江西省")


def test_city_only_for_jiangxi() -> None:
    result = validate_uscc("91110108551385082Q")
    assert (result.province, result.city) == ("北京市", None)


def test_national_level_registration() -> None:
    result = validate_uscc(with_checks("911000001000" + "0001"))
    assert result.province == "国家级"
    assert result.problems == ()


def test_all_provinces_and_jiangxi_cities_listed() -> None:
    assert len(PROVINCES) == 32  # 31 provinces + "10" national level
    assert len(JIANGXI_CITIES) == 11 and all(k.startswith("36") for k in JIANGXI_CITIES)


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_empty(text: str) -> None:
    result = validate_uscc(text)
    assert codes(result) == ["uscc.empty"]
    assert not result.valid


def test_wrong_length_names_length_found_and_18() -> None:
    result = validate_uscc("9136070")
    assert codes(result) == ["uscc.length"]
    assert result.problems[0].params == {"length": 7}
    assert result.problems[0].text() == "长度为7位，统一社会信用代码应为18位"
    assert not result.valid


def test_forbidden_letter_names_position_and_reason() -> None:
    result = validate_uscc("9136O7" + "02MA35F0K14H")
    problem = result.problems[0]
    assert problem.code == "uscc.forbidden_letter"
    assert problem.params == {"position": 5, "char": "O"}
    assert problem.text() == "第5位字符“O”不合法：统一社会信用代码不使用 I、O、S、V、Z"
    assert not result.valid


@pytest.mark.parametrize(("char", "position"), [("#", 10), ("中", 10), ("-", 10)])
def test_illegal_character(char: str, position: int) -> None:
    result = validate_uscc("913607020" + char + "35F0K14H")
    assert result.problems[0].code == "uscc.illegal_char"
    assert result.problems[0].params == {"position": position, "char": char}
    assert result.expected_check is None  # cannot compute over an illegal character
    assert not result.valid


def test_every_illegal_character_is_reported() -> None:
    result = validate_uscc("I1360702MA35F0K1ZH")
    positions = [p.params["position"] for p in result.problems if p.code.endswith("letter")]
    assert positions == [1, 17]


def test_unknown_authority_is_an_error() -> None:
    result = validate_uscc(with_checks("B1360702MA35F0K1"))
    assert codes(result) == ["uscc.unknown_authority"]
    assert result.problems[0].severity is Severity.ERROR
    assert result.authority is None


def test_kind_outside_market_regulation_list_is_an_error() -> None:
    result = validate_uscc(with_checks("94360702MA35F0K1"))
    assert codes(result) == ["uscc.kind_invalid"]
    assert not result.valid
    assert "1（企业）" in result.problems[0].text()


@pytest.mark.parametrize("first", ["1", "5"])
def test_unusual_kind_for_institutions_and_civil_affairs_warns(first: str) -> None:
    result = validate_uscc(with_checks(first + "4360702MA35F0K1"))
    assert codes(result) == ["uscc.kind_unusual"]
    assert result.valid and result.has_warnings


@pytest.mark.parametrize(
    ("first", "authority"), [("N", "农业"), ("3", "司法行政"), ("A", "中央军委改革和编制办公室")]
)
def test_other_authorities_accept_any_kind(first: str, authority: str) -> None:
    result = validate_uscc(with_checks(first + "7360702MA35F0K1"))
    assert result.problems == ()
    assert (result.authority, result.kind) == (authority, None)


def test_region_must_be_digits() -> None:
    result = validate_uscc(with_checks("9136A702MA35F0K1"))
    assert codes(result) == ["uscc.region_format"]
    assert result.problems[0].params == {"region": "36A702"}
    assert not result.valid


def test_unknown_province_warns() -> None:
    result = validate_uscc(with_checks("91990702MA35F0K1"))
    assert codes(result) == ["uscc.unknown_province"]
    assert result.valid and result.has_warnings
    assert result.province is None and result.region_code == "990702"


def test_org_code_check_mismatch_warns_naming_expected() -> None:
    first17 = "91360702MA35F0K1" + "7"  # the organization code check should be 4
    result = validate_uscc(first17 + uscc_check_char(first17))
    assert codes(result) == ["uscc.org_check"]
    assert result.problems[0].params == {"expected": "4", "actual": "7"}
    assert result.valid and result.has_warnings


def test_a_stored_codes_check_mismatch_warns_naming_expected() -> None:
    # Without `confirmed`: a code checked when it was entered (stored, or from the platform).
    result = validate_uscc("91110000600037341A")
    assert codes(result) == ["uscc.check"]
    assert result.problems[0].text().startswith("校验码应为L")
    assert result.problems[0].severity is Severity.WARNING
    assert result.valid and result.has_warnings
    assert result.expected_check == "L"
    assert result.check_mismatch and not result.needs_confirmation


def test_an_entered_codes_check_mismatch_is_an_error_until_confirmed() -> None:
    entered = validate_uscc("91110000600037341A", confirmed=False)
    assert codes(entered) == ["uscc.check"]
    assert entered.problems[0].severity is Severity.ERROR
    assert entered.problems[0].text() == "校验码应为L，实际第18位为“A”"
    assert not entered.valid and entered.check_mismatch and entered.needs_confirmation
    confirmed = validate_uscc("91110000600037341A", confirmed=True)
    assert codes(confirmed) == ["uscc.check_confirmed"]
    assert confirmed.valid and confirmed.has_warnings and confirmed.check_mismatch
    assert not confirmed.needs_confirmation
    assert "已确认与营业执照一致" in confirmed.problems[0].text()
    assert "as printed on the business licence" in confirmed.problems[0].text("en")


@pytest.mark.parametrize("confirmed", [False, True])
def test_confirmation_changes_nothing_for_a_code_that_checks_out(confirmed: bool) -> None:
    result = validate_uscc("91110000600037341L", confirmed=confirmed)
    assert result.problems == () and not result.check_mismatch
    assert not result.needs_confirmation


def test_only_a_lone_check_mismatch_can_be_confirmed() -> None:
    # A wrong kind is a typing mistake whatever the licence says: confirming cannot save it.
    first17 = "94360702MA35F0K14"
    wrong_kind = validate_uscc(
        first17 + ("A" if uscc_check_char(first17) != "A" else "B"), confirmed=False
    )
    assert {"uscc.kind_invalid", "uscc.check"} <= set(codes(wrong_kind))
    assert wrong_kind.check_mismatch and not wrong_kind.needs_confirmation
    short = validate_uscc("9111000060003734", confirmed=False)
    assert not short.check_mismatch and not short.needs_confirmation


def test_the_organization_digit_only_warns_even_when_entered() -> None:
    # With the final check character right, a wrong digit 17 cannot be a typing mistake.
    first17 = "91360702MA35F0K1" + "7"
    result = validate_uscc(first17 + uscc_check_char(first17), confirmed=False)
    assert codes(result) == ["uscc.org_check"] and result.valid


def test_lower_case_and_spaces_are_normalised() -> None:
    result = validate_uscc(" 91360702ma35f0k14h ")
    assert result.code == "91360702MA35F0K14H"
    assert result.problems == ()
    assert result.text == " 91360702ma35f0k14h "


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in text)


def test_full_width_input() -> None:
    result = validate_uscc(full_width("91360702MA35F0K14H"))
    assert result.code == "91360702MA35F0K14H"
    assert result.problems == ()


def test_all_messages_render_in_both_languages() -> None:
    inputs = ["", "913", "9136O7#2MA35F0K14H", "91110000600037341A", "B4990702MA35F0K17A"]
    inputs += [with_checks("94360702MA35F0K1"), with_checks("14A60702MA35F0K1")]
    problems = [p for text in inputs for p in validate_uscc(text).problems]
    problems += validate_uscc("91110000600037341A", confirmed=True).problems
    assert len({p.code for p in problems}) >= 8
    for problem in problems:
        assert problem.text("zh") and problem.text("en")


REGIONS = ["360100", "360702", "361102", "360000", "110108", "440300", "100000"]
BODY = st.text(alphabet=CHARSET, min_size=8, max_size=8)


@st.composite
def valid_codes(draw: st.DrawFn) -> str:
    return with_checks("91" + draw(st.sampled_from(REGIONS)) + draw(BODY))


@given(valid_codes())
def test_generated_codes_are_clean(code: str) -> None:
    assert validate_uscc(code).problems == ()


@given(valid_codes(), st.sampled_from(CHARSET))
def test_any_other_check_character_is_an_entry_error(code: str, other: str) -> None:
    # Exactly one character is right in position 18; every other one is an entry error.
    if other == code[-1]:
        return
    result = validate_uscc(code[:-1] + other, confirmed=False)
    assert codes(result) == ["uscc.check"] and result.needs_confirmation


@given(valid_codes(), st.integers(0, 17), st.sampled_from(CHARSET))
def test_any_single_substitution_is_detected(code: str, index: int, char: str) -> None:
    changed = code[:index] + char + code[index + 1 :]
    if changed != code:
        assert validate_uscc(changed).problems


@given(valid_codes(), st.booleans(), st.booleans())
def test_full_width_lower_case_and_spaced_input_normalises(
    code: str, wide: bool, lower: bool
) -> None:
    text = code.lower() if lower else code
    text = full_width(text) if wide else text
    text = text[:6] + "\u3000" + text[6:12] + " " + text[12:]
    result = validate_uscc(text)
    assert result.code == code and result.problems == ()


@pytest.mark.parametrize(
    "code",
    [
        *VALID,
        "91110000600037341A",  # a stored mismatch names its place all the same
        "91990000600037341L",  # unknown province: no place
        "9136AB00600037341L",  # region not digits
        "913601",  # too short
        with_checks("911000001000" + "0001"),
    ],
)
def test_region_name_names_what_full_validation_names(code: str) -> None:
    result = validate_uscc(code)
    assert region_name(code) == (result.city or result.province)
