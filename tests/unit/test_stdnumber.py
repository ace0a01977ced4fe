"""Standard numbers: what is accepted, how it prints, and why a text is refused."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jxdeclare.domain.messages import Severity
from jxdeclare.domain.stdnumber import (
    INDUSTRY_CODES,
    ParseResult,
    StandardNumber,
    StandardNumberError,
    StdKind,
    enterprise_number_problems,
    parse_or_raise,
    parse_standard_number,
)

TODAY = date(2026, 6, 1)


def parse(text: str) -> ParseResult:
    return parse_standard_number(text, today=TODAY)


def codes(result: ParseResult) -> list[str]:
    return [p.code for p in result.problems]


VALID = [
    ("GB 2762—2022", "GB 2762—2022"),
    ("GB2762-2022", "GB 2762—2022"),
    ("GB 2762－2022", "GB 2762—2022"),
    ("GB 2762–2022", "GB 2762—2022"),
    ("GB 2762―2022", "GB 2762—2022"),
    ("GB 2762 — 2022", "GB 2762—2022"),
    ("GB 2762——2022", "GB 2762—2022"),
    ("GB/T 5009.12—2017", "GB/T 5009.12—2017"),
    ("GB/t 5009.12-2017", "GB/T 5009.12—2017"),
    ("gb/t5009.12-2017", "GB/T 5009.12—2017"),
    ("ＧＢ／Ｔ　２０００１．１０－２０１４", "GB/T 20001.10—2014"),
    ("GB / T  20001.10-2014", "GB/T 20001.10—2014"),
    ("GB/T 1.1—2020", "GB/T 1.1—2020"),
    ("GB/T 7000.2.1-2008", "GB/T 7000.2.1—2008"),
    ("GB/Z 26578-2011", "GB/Z 26578—2011"),
    ("QB/T 1234–2020", "QB/T 1234—2020"),
    ("NY/T 1234-2006", "NY/T 1234—2006"),
    ("SB/T 10416-2007", "SB/T 10416—2007"),
    ("QB 1234-1991", "QB 1234—1991"),
    ("DB36/T 1234—2020", "DB36/T 1234—2020"),
    ("DB3607/T 12—2021", "DB3607/T 12—2021"),
    ("DB 36/1091—2018", "DB 36/1091—2018"),
    ("DB36/1091-2018", "DB 36/1091—2018"),
    ("DB36/ 1091-2018", "DB 36/1091—2018"),
    ("DBS36/001—2020", "DBS36/001—2020"),
    ("DBS43/ 002-2017", "DBS43/002—2017"),
    ("T/JGE 0012—2023", "T/JGE 0012—2023"),
    ("T/CNFIA 108-2018", "T/CNFIA 108—2018"),
    ("Q/ABC 0001—2024", "Q/ABC 0001—2024"),
    ("q/abc 0001-2024", "Q/ABC 0001—2024"),
    ("Q/3601 0001-2020", "Q/3601 0001—2020"),
    ("Q/XXX/J 0001-2008", "Q/XXX/J 0001—2008"),
    ("Q/XXX 0001S—2020", "Q/XXX 0001S—2020"),
    ("Q/XXX 0001s-2020", "Q/XXX 0001S—2020"),
    # Enterprise numbers as enterprises write them: code run into the number, S suffix, the
    # national platform's region-code form, every dash, full width, lower case.
    ("Q/JQS0106S-2021", "Q/JQS 0106S—2021"),
    ("Q/LSY0004S-2019", "Q/LSY 0004S—2019"),
    ("Q/JBZT0059S-2022", "Q/JBZT 0059S—2022"),
    ("Q/320581ABC001-2020", "Q/320581ABC 001—2020"),
    ("Q/JXSL 0001—2026", "Q/JXSL 0001—2026"),
    ("Q/JXSL0001-2026", "Q/JXSL 0001—2026"),
    ("Q/JXSL0001—2026", "Q/JXSL 0001—2026"),
    ("Q/JXSL0001－2026", "Q/JXSL 0001—2026"),
    ("Q/JXSL0001–2026", "Q/JXSL 0001—2026"),
    ("Q/JXSL 0001 - 2026", "Q/JXSL 0001—2026"),
    ("q/jxsl0001-2026", "Q/JXSL 0001—2026"),
    ("q/jqs0106s-2021", "Q/JQS 0106S—2021"),
    ("ｑ／ＪＱＳ０１０６Ｓ－２０２１", "Q/JQS 0106S—2021"),
    ("Ｑ／ＪＸＳＬ　０００１—２０２６", "Q/JXSL 0001—2026"),
    ("Q/ JQS0106S-2021", "Q/JQS 0106S—2021"),
    ("Q/XXX/J0001-2008", "Q/XXX/J 0001—2008"),
    ("Q/AB12/J 0001-2008", "Q/AB12/J 0001—2008"),
    ("Q/ABC1 0001-2020", "Q/ABC1 0001—2020"),
    ("Q/JXSL0001.2-2020", "Q/JXSL 0001.2—2020"),
    ("Q/JXSL0001", "Q/JXSL 0001"),
    ("T/JGE0012-2023", "T/JGE 0012—2023"),
    ("GB 2762", "GB 2762"),
    ("GB/T 5009（所有部分）", "GB/T 5009（所有部分）"),
    ("GB/T 5009 (所有部分)", "GB/T 5009（所有部分）"),
    ("  GB 2762—2026  ", "GB 2762—2026"),
    ("GB 2762—2027", "GB 2762—2027"),  # next year: published ahead of time
    ("GB 2762—1950", "GB 2762—1950"),
]


@pytest.mark.parametrize(("text", "canonical"), VALID)
def test_valid_texts_print_canonically(text: str, canonical: str) -> None:
    result = parse(text)
    assert result.problems == ()
    assert result.valid
    assert result.number is not None and result.number.canonical() == canonical


FIELDS = [
    ("GB 2762—2022", ("GB", StdKind.NATIONAL, None, "2762", None, 2022, True)),
    ("GB/T 5009.12—2017", ("GB/T", StdKind.NATIONAL, None, "5009", "12", 2017, False)),
    ("GB/Z 26578", ("GB/Z", StdKind.NATIONAL, None, "26578", None, None, False)),
    ("QB/T 1234—2020", ("QB/T", StdKind.INDUSTRY, "QB", "1234", None, 2020, False)),
    ("QB 1234—1991", ("QB", StdKind.INDUSTRY, "QB", "1234", None, 1991, True)),
    ("DB36/T 1234—2020", ("DB36/T", StdKind.LOCAL, "36", "1234", None, 2020, False)),
    ("DB3607/T 12—2021", ("DB3607/T", StdKind.LOCAL, "3607", "12", None, 2021, False)),
    ("DB 36/1091—2018", ("DB36", StdKind.LOCAL, "36", "1091", None, 2018, True)),
    ("DBS36/001—2020", ("DBS36", StdKind.LOCAL, "36", "001", None, 2020, True)),
    ("T/JGE 0012—2023", ("T/JGE", StdKind.GROUP, "JGE", "0012", None, 2023, None)),
    ("Q/ABC 0001—2024", ("Q/ABC", StdKind.ENTERPRISE, "ABC", "0001", None, 2024, None)),
    ("Q/XXX/J 0001—2008", ("Q/XXX/J", StdKind.ENTERPRISE, "XXX", "0001", None, 2008, None)),
    ("Q/JQS0106S-2021", ("Q/JQS", StdKind.ENTERPRISE, "JQS", "0106", None, 2021, None)),
    (
        "Q/320581ABC001-2020",
        ("Q/320581ABC", StdKind.ENTERPRISE, "320581ABC", "001", None, 2020, None),
    ),
]


@pytest.mark.parametrize(("text", "fields"), FIELDS)
def test_fields(text: str, fields: tuple[object, ...]) -> None:
    n = parse_or_raise(text, today=TODAY)
    assert (n.prefix, n.kind, n.issuer, n.number, n.part, n.year, n.mandatory) == fields


def test_flags() -> None:
    assert parse_or_raise("GB/Z 26578").guidance
    assert not parse_or_raise("GB/T 26578").guidance
    assert parse_or_raise("Q/XXX 0001S—2020").food_s
    assert parse_or_raise("Q/XXX/G 0001—2008").legacy_category == "G"
    assert parse_or_raise("GB/T 5009（所有部分）").all_parts
    assert parse_or_raise("GB/T 7000.2.1—2008").part == "2.1"


INVALID = [
    ("", "stdnum.empty"),
    ("   ", "stdnum.empty"),
    ("XYZ 123-2020", "stdnum.unknown_prefix"),
    ("GBT 5009.12-2017", "stdnum.unknown_prefix"),
    ("GB/X 1-2020", "stdnum.unknown_prefix"),
    ("ISO 9001:2015", "stdnum.unknown_prefix"),
    ("Q/ABC/X 0001-2008", "stdnum.unknown_prefix"),
    ("DBS36/T 1-2020", "stdnum.unknown_prefix"),
    ("2762-2022", "stdnum.missing_prefix"),
    ("AB/T 123-2020", "stdnum.unknown_industry"),
    ("DB/T 12-2020", "stdnum.missing_region"),
    ("DB360/T 1-2020", "stdnum.bad_region"),
    ("DB36 1234-2020", "stdnum.local_slash"),
    ("T/ 0012-2023", "stdnum.missing_group_code"),
    ("T 0012-2023", "stdnum.missing_group_code"),
    ("Q/ 0001—2024", "stdnum.missing_enterprise_code"),
    ("Q/0001—2024", "stdnum.missing_enterprise_code"),
    ("Q/", "stdnum.missing_enterprise_code"),
    ("Q/-2021", "stdnum.missing_enterprise_code"),
    ("Q/ 0106S-2021", "stdnum.missing_enterprise_code"),
    ("Q/JQS-2021", "stdnum.missing_number"),
    ("Q/JQS0106S-", "stdnum.missing_year"),
    ("Q/JQS0106S-2O21", "stdnum.year_format"),
    ("Q/JQS0106S-21", "stdnum.year_format"),
    ("Q/JXSL 0001—3021", "stdnum.year_range"),
    ("Q/320581ABC001-1949", "stdnum.year_range"),
    ("GB/T", "stdnum.missing_number"),
    ("GB/T —2017", "stdnum.missing_number"),
    ("GB 27O2-2022", "stdnum.non_digit"),
    ("GB 2762a", "stdnum.non_digit"),
    ("GB/T 5009.1x-2003", "stdnum.non_digit"),
    ("GB 2762-22", "stdnum.year_format"),
    ("GB 2762-2O22", "stdnum.year_format"),
    ("GB 2762-2022年", "stdnum.year_format"),
    ("GB 2762-", "stdnum.missing_year"),
    ("GB 2762-1949", "stdnum.year_range"),
    ("GB 2762-2028", "stdnum.year_range"),
    ("GB 2762 2022", "stdnum.missing_dash"),
    ("GB 2762.2022", "stdnum.year_separator"),
    ("GB/T 5009.12.2017", "stdnum.year_separator"),
    ("GB 2762/2022", "stdnum.year_separator"),
    ("GB 2762 / 2022", "stdnum.year_separator"),
    ("GB 2762—2022 食品中污染物限量", "stdnum.trailing"),
    ("GB 2762—2022 GB 2763—2021", "stdnum.trailing"),
    ("GB/T 5009.12（所有部分）", "stdnum.all_parts_part"),
]


@pytest.mark.parametrize(("text", "code"), INVALID)
def test_invalid_texts_explain_why(text: str, code: str) -> None:
    result = parse(text)
    assert not result.valid
    assert result.number is None
    assert codes(result)[0] == code
    assert result.problems[0].severity is Severity.ERROR
    assert result.problems[0].text("zh") and result.problems[0].text("en")


@pytest.mark.parametrize(
    ("text", "position", "char"),
    [("GB 27O2-2022", 6, "O"), ("ＧＢ　２７Ｏ２", 6, "O"), ("GB/T 5009.1x", 12, "X")],
)
def test_non_digit_names_position_in_the_text_as_typed(text: str, position: int, char: str) -> None:
    problem = parse(text).problems[0]
    assert problem.params == {"position": position, "char": char}
    assert problem.text() == (
        f"第{position}位“{char}”不是数字：标准顺序号只能由数字组成，分部分时用“.”连接"
    )


def test_unknown_prefix_names_fragment_and_examples() -> None:
    problem = parse("GBT 5009.12-2017").problems[0]
    assert problem.params["found"] == "GBT"
    assert "GB/T" in problem.text() and "Q/ABC" in problem.text()


def test_separator_problems_name_position_and_fragment() -> None:
    assert parse("GB 2762.2022").problems[0].params == {"position": 8, "sep": "."}
    assert parse("GB 2762 2022").problems[0].params == {"position": 8}
    trailing = parse("GB 2762—2022 食品").problems[0]
    assert trailing.params == {"fragment": "食品", "position": 14}


def test_year_range_names_bounds() -> None:
    problem = parse("GB 2762-2028").problems[0]
    assert problem.text() == "年号2028不合理：应在1950年至2027年之间"


def test_s_suffix_outside_enterprise_standards_warns() -> None:
    result = parse("GB/T 1234S-2020")
    assert codes(result) == ["stdnum.s_suffix"]
    assert result.problems[0].severity is Severity.WARNING
    assert result.valid and result.number is not None and result.number.food_s


def test_unknown_local_region_warns() -> None:
    result = parse("DB99/T 1-2020")
    assert codes(result) == ["stdnum.unknown_region"]
    assert result.valid


def test_parse_or_raise_carries_problems() -> None:
    with pytest.raises(StandardNumberError) as info:
        parse_or_raise("GB 27O2-2022")
    assert isinstance(info.value, ValueError)
    assert [p.code for p in info.value.problems] == ["stdnum.non_digit"]


def test_undated_series_and_dict() -> None:
    n = parse_or_raise("GB/T 5009.12—2017")
    assert n.undated().canonical() == "GB/T 5009.12"
    assert n.series() == "GB/T 5009"
    assert parse_or_raise("DB 36/1091—2018").series() == "DB 36/1091"
    assert parse_or_raise("Q/ABC 0001S—2020").series() == "Q/ABC 0001S"
    data = json.loads(json.dumps(n.as_dict()))
    assert data["canonical"] == "GB/T 5009.12—2017"
    assert data["kind"] == "national" and data["part"] == "12" and data["year"] == 2017


# --- round trips -------------------------------------------------------------------------------

CODE = st.from_regex(r"[A-Z][A-Z0-9]{0,7}", fullmatch=True)
NUMBER = st.from_regex(r"[0-9]{1,5}", fullmatch=True)
PART = st.none() | st.from_regex(r"[1-9][0-9]{0,2}(\.[1-9][0-9]?)?", fullmatch=True)
YEAR = st.none() | st.integers(1950, TODAY.year + 1)
GRADE = st.sampled_from(["", "T", "Z"])


@st.composite
def prefixes(draw: st.DrawFn) -> dict[str, object]:
    """The prefix-determined fields of a StandardNumber, one kind at a time."""
    kind = draw(st.sampled_from(list(StdKind)))
    if kind in (StdKind.NATIONAL, StdKind.INDUSTRY):
        code = "GB" if kind is StdKind.NATIONAL else draw(st.sampled_from(sorted(INDUSTRY_CODES)))
        return _graded(code, None if code == "GB" else code, draw(GRADE), kind)
    if kind is StdKind.LOCAL:
        return _local(draw(st.sampled_from(["36", "3607", "3611", "43", "11"])), draw)
    code = draw(CODE)
    if kind is StdKind.GROUP:
        return {"prefix": f"T/{code}", "kind": kind, "issuer": code, "mandatory": None}
    legacy = draw(st.sampled_from([None, "J", "G", "Z"]))
    prefix = f"Q/{code}" + (f"/{legacy}" if legacy else "")
    food = draw(st.booleans())
    return {"prefix": prefix, "kind": kind, "issuer": code, "mandatory": None,
            "legacy_category": legacy, "food_s": food}  # fmt: skip


def _graded(code: str, issuer: str | None, grade: str, kind: StdKind) -> dict[str, object]:
    prefix = f"{code}/{grade}" if grade else code
    return {"prefix": prefix, "kind": kind, "issuer": issuer, "mandatory": not grade,
            "guidance": grade == "Z"}  # fmt: skip


def _local(region: str, draw: st.DrawFn) -> dict[str, object]:
    style = draw(st.sampled_from(["DB", "DB/T", "DB/Z", "DBS"]))
    if style == "DBS" and len(region) == 2:
        prefix = f"DBS{region}"
        return {"prefix": prefix, "kind": StdKind.LOCAL, "issuer": region, "mandatory": True}
    grade = style[3:]
    return _graded(f"DB{region}", region, grade, StdKind.LOCAL)


@st.composite
def standard_numbers(draw: st.DrawFn) -> StandardNumber:
    fields = draw(prefixes())
    part, year = draw(PART), draw(YEAR)
    all_parts = part is None and year is None and draw(st.booleans())
    return StandardNumber(
        number=draw(NUMBER),
        part=part,
        year=year,
        all_parts=all_parts,
        **fields,  # type: ignore[arg-type]
    )


@given(standard_numbers())
def test_canonical_round_trips(n: StandardNumber) -> None:
    result = parse(n.canonical())
    assert result.problems == ()
    assert result.number == n


def _full_width(text: str) -> str:
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


@given(
    standard_numbers(),
    st.sampled_from(["-", "—", "－", "–", "―"]),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", " ", "  "]),
)
def test_variant_spellings_give_the_same_canonical(
    n: StandardNumber, dash: str, wide: bool, lower: bool, pad: str
) -> None:
    text = n.canonical().replace("—", f"{pad}{dash}{pad}").replace(" ", pad or " ")
    text = text.lower() if lower else text
    text = f"{pad}{_full_width(text) if wide else text}{pad}"
    result = parse(text)
    assert result.number is not None, [p.text("en") for p in result.problems]
    assert result.number.canonical() == n.canonical()


# --- enterprise numbers: written forms and what makes one unusable ------------------------------


@pytest.mark.parametrize(
    ("text", "canonically"),
    [
        ("Q/JQS 0106S—2021", True),
        ("  Q/JQS 0106S—2021 ", True),
        ("Q/JQS0106S-2021", False),
        ("Q/JQS 0106S-2021", False),
        ("Ｑ/JQS 0106S—2021", False),
        ("GB 2762—2022", True),
        ("Q/", False),
    ],
)
def test_written_canonically(text: str, canonically: bool) -> None:
    assert parse(text).written_canonically is canonically


@pytest.mark.parametrize(
    "text",
    ["Q/JQS0106S-2021", "Q/LSY0004S-2019", "Q/JBZT0059S-2022", "Q/320581ABC001-2020",
     "Q/JXSL 0001—2026", "Q/JXSL0001-2026", "Q/XXX/J 0001-2008", "q/jxsl 0001－2026"],
)  # fmt: skip
def test_real_world_enterprise_numbers_have_no_problems(text: str) -> None:
    assert enterprise_number_problems(parse(text)) == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Q/-2021", "stdnum.missing_enterprise_code"),
        ("Q/JXSL 0001", "stdnum.enterprise_undated"),
        ("Q/JQS0106S", "stdnum.enterprise_undated"),
        ("Q/JXSL 0001-2O21", "stdnum.year_format"),
        ("Q/JXSL 0001-21", "stdnum.year_format"),
        ("Q/JXSL 0001-3021", "stdnum.year_range"),
        ("GB/T 1234—2020", "stdnum.not_enterprise"),
        ("T/JGE0012-2023", "stdnum.not_enterprise"),
    ],
)
def test_what_makes_an_enterprise_number_unusable(text: str, code: str) -> None:
    (problem,) = enterprise_number_problems(parse(text))
    assert problem.code == code and problem.severity is Severity.ERROR
    assert problem.text("zh") and problem.text("en")


# Codes ending with a letter: with a final digit the glued form is ambiguous ("Q/ABC10001"), and
# a "code" like "0106S" reads as a sequence number with the code missing.
LETTER_CODE = st.from_regex(r"[A-Z0-9]{0,6}[A-Z]", fullmatch=True).filter(
    lambda code: not re.fullmatch(r"\d+S", code)
)


@given(
    LETTER_CODE,
    st.sampled_from([None, "J", "G", "Z"]),
    NUMBER,
    st.booleans(),
    YEAR,
    st.sampled_from(["-", "—", "－", "–"]),
)
def test_code_run_into_the_number_gives_the_same_canonical(
    code: str, legacy: str | None, number: str, food: bool, year: int | None, dash: str
) -> None:
    n = StandardNumber(
        f"Q/{code}" + (f"/{legacy}" if legacy else ""), StdKind.ENTERPRISE, code, number, None,
        year, None, food_s=food, legacy_category=legacy,
    )  # fmt: skip
    glued = n.canonical().replace(" ", "").replace("—", dash)
    result = parse(glued)
    assert result.problems == (), [p.text("en") for p in result.problems]
    assert result.number == n
    assert result.written_canonically is (glued == n.canonical())


@given(st.text(max_size=30))
def test_the_ascii_shortcut_folds_as_each_character_alone_would(text: str) -> None:
    # The catalogue's numbers are parsed each time a pack opens; ASCII skips NFKC per character.
    from jxdeclare.domain.stdnumber import _normalise, _normalise_char

    assert _normalise(text) == "".join(_normalise_char(c) for c in text)
