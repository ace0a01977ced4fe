"""Enterprise, Product and StandardRef: required fields and delegated validation."""

from __future__ import annotations

import dataclasses

import pytest

from jxdeclare.domain.entities import Enterprise, Product, StandardRef
from jxdeclare.domain.messages import Problem, Severity
from jxdeclare.domain.stdnumber import parse_or_raise

USCC = "91360702MA35F0K14H"


def fields(problems: tuple[Problem, ...]) -> list[tuple[str, str]]:
    return [(p.params["field"], p.code) for p in problems]


def test_complete_enterprise_has_no_problems() -> None:
    enterprise = Enterprise("赣州某某食品有限公司", USCC, code="GZSP", region="360702")
    assert enterprise.problems() == ()


def test_enterprise_is_frozen() -> None:
    enterprise = Enterprise("赣州某某食品有限公司", USCC)
    with pytest.raises(dataclasses.FrozenInstanceError):
        enterprise.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize("name", ["", "   "])
def test_enterprise_name_required(name: str) -> None:
    problems = Enterprise(name, USCC).problems()
    assert fields(problems) == [("name", "entity.required")]
    assert problems[0].text() == "企业名称不能为空"
    assert problems[0].text("en") == "The enterprise name is required"


def test_enterprise_uscc_problems_carry_the_field() -> None:
    problems = Enterprise("某公司", "91360702MA35F0K14A").problems()
    assert fields(problems) == [("uscc", "uscc.check")]
    assert problems[0].severity is Severity.WARNING
    assert problems[0].text().startswith("校验码应为H")


def test_enterprise_missing_uscc() -> None:
    assert fields(Enterprise("某公司", "").problems()) == [("uscc", "uscc.empty")]


@pytest.mark.parametrize("code", ["abc", "AB-C", "A B", "", "中文"])
def test_enterprise_code_format(code: str) -> None:
    problems = Enterprise("某公司", USCC, code=code).problems()
    assert fields(problems) == [("code", "entity.enterprise_code")]
    assert problems[0].is_error


def test_long_enterprise_code_only_warns() -> None:
    problems = Enterprise("某公司", USCC, code="360702GZSPAB").problems()
    assert fields(problems) == [("code", "entity.enterprise_code_long")]
    assert problems[0].severity is Severity.WARNING
    assert "12位" in problems[0].text()


@pytest.mark.parametrize("region", ["36070", "赣州市", "3607021"])
def test_enterprise_region_is_six_digits(region: str) -> None:
    assert fields(Enterprise("某公司", USCC, region=region).problems()) == [
        ("region", "entity.region")
    ]


def test_several_enterprise_problems_at_once() -> None:
    problems = Enterprise("", "913", code="a", region="1").problems()
    assert fields(problems) == [
        ("name", "entity.required"),
        ("uscc", "uscc.length"),
        ("code", "entity.enterprise_code"),
        ("region", "entity.region"),
    ]


def test_complete_product_has_no_problems() -> None:
    product = Product("鲜湿米粉", "500g袋装", "米粉", spec="500g", gtin="6901234567892")
    assert product.problems() == ()


def test_product_required_fields() -> None:
    problems = Product("", " ", "").problems()
    assert fields(problems) == [
        ("name", "entity.required"),
        ("model", "entity.required"),
        ("category", "entity.required"),
    ]
    texts = [p.text() for p in problems]
    assert texts == ["产品名称不能为空", "产品型号不能为空", "产品分类不能为空"]


def test_product_gtin_checked_when_given() -> None:
    problems = Product("米粉", "A", "米粉", gtin="6901234567893").problems()
    assert fields(problems) == [("gtin", "gtin.check")]
    assert problems[0].params["expected"] == "2"


@pytest.mark.parametrize("gtin", [None, "", "  "])
def test_product_without_gtin(gtin: str | None) -> None:
    assert Product("米粉", "A", "米粉", gtin=gtin).problems() == ()


def test_standard_ref_requires_title() -> None:
    number = parse_or_raise("DB 36/1091—2018")
    assert StandardRef(number, "食品安全地方标准 鲜湿类米粉生产卫生规范").problems() == ()
    problems = StandardRef(number, "  ").problems()
    assert fields(problems) == [("title", "entity.required")]
    assert problems[0].text() == "标准名称不能为空"
