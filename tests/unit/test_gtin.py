"""GTIN barcodes: lengths, digits and the mod-10 check digit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jxdeclare.domain.gtin import gtin_check_digit, validate_gtin

REAL = [
    "6901234567892",  # EAN-13 (GS1 China example)
    "4006381333931",  # EAN-13
    "96385074",  # EAN-8
    "036000291452",  # UPC-A
    "00012345600012",  # GTIN-14
    "10614141000019",  # GTIN-14 (GS1 example)
    "16901234567899",  # GTIN-14 with indicator 1
]


@pytest.mark.parametrize("code", REAL)
def test_real_barcodes_are_valid(code: str) -> None:
    assert validate_gtin(code) == ()
    assert gtin_check_digit(code[:-1]) == code[-1]


@pytest.mark.parametrize("text", ["6 901234 567892", "６９０１２３４５６７８９２", " 96385074 "])
def test_spaces_and_full_width_digits_are_accepted(text: str) -> None:
    assert validate_gtin(text) == ()


def test_wrong_check_digit_names_expected() -> None:
    (problem,) = validate_gtin("6901234567893")
    assert problem.code == "gtin.check"
    assert problem.params == {"expected": "2", "actual": "3"}
    assert problem.text() == "商品条码校验位应为2，实际为3"


@pytest.mark.parametrize("text", ["1234567", "12345678901", "123456789012345"])
def test_wrong_length(text: str) -> None:
    (problem,) = validate_gtin(text)
    assert problem.code == "gtin.length"
    assert problem.params == {"length": len(text)}


def test_non_digits_are_named_with_position() -> None:
    problems = validate_gtin("69012345678A2")
    assert [(p.code, p.params) for p in problems] == [
        ("gtin.non_digit", {"position": 12, "char": "A"})
    ]
    assert problems[0].text("en") == "Barcode character 12 'A' is not a digit"


def test_non_digit_and_length_both_reported() -> None:
    assert [p.code for p in validate_gtin("69O1")] == ["gtin.non_digit", "gtin.length"]


def test_empty() -> None:
    assert [p.code for p in validate_gtin("  ")] == ["gtin.empty"]


@pytest.mark.parametrize("body", ["", "12a", "١٢٣"])
def test_check_digit_rejects_non_digits(body: str) -> None:
    with pytest.raises(ValueError):
        gtin_check_digit(body)


BODIES = st.sampled_from([7, 11, 12, 13]).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)
)


@given(BODIES)
def test_computed_check_digit_validates(body: str) -> None:
    assert validate_gtin(body + gtin_check_digit(body)) == ()


@given(BODIES, st.data())
def test_single_changed_digit_is_detected(body: str, data: st.DataObject) -> None:
    code = body + gtin_check_digit(body)
    index = data.draw(st.integers(0, len(code) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != code[index]]))
    changed = code[:index] + digit + code[index + 1 :]
    assert [p.code for p in validate_gtin(changed)] == ["gtin.check"]
