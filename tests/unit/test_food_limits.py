"""Every food product gets the right mandatory limits from the shipped pack (GB 2762—2025 and
GB 2760—2024 as trees): the cases users reported, written the way enterprises write them."""

from __future__ import annotations

from datetime import date

import pytest

from jxdeclare.catalog.foods import applicable_limits, foods_of, permissions
from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.model import (
    ChapterRole,
    Clause,
    Cover,
    Document,
    IndicatorRow,
    IndicatorTable,
    Paragraph,
)
from jxdeclare.services.catalog import default_pack_path

AS_OF = date(2026, 11, 29)
PACK = open_pack(default_pack_path(), trusted_keys())


def standard(title: str, rows: list[tuple[str, str, str]], scope: str = "",
             category: str = "") -> Document:  # fmt: skip
    """A short product standard: title, scope, one indicator table of (item, value, unit)."""
    table = IndicatorTable("理化指标", [
        IndicatorRow(item, unit, "≤", value, method="GB 5009.12") for item, value, unit in rows
    ])  # fmt: skip
    chapters = [
        Clause("范围", [Paragraph(scope or f"本文件规定了{title}的技术要求。")],
               role=ChapterRole.SCOPE),
        Clause("规范性引用文件", role=ChapterRole.NORMATIVE_REFERENCES),
        Clause("术语和定义", role=ChapterRole.TERMS),
        Clause("技术要求", [table]),
    ]  # fmt: skip
    cover = Cover("江西某某食品有限公司", "JXMM", "Q/JXMM0001S-2026", title)
    document = Document(cover=cover, chapters=chapters)
    if category:
        chosen = foods_of(PACK).resolve(category)
        assert chosen is not None, category
        document.product_category = chosen.product
        document.category_gb2762, document.category_gb2760 = chosen.gb2762, chosen.gb2760
    return document


def errors(document: Document, rule: str = "I001") -> list:
    report = check_document(document, as_of=AS_OF, pack=PACK)
    return [f for f in report.findings if f.rule == rule]


def test_rice_noodles_with_lead_above_the_limit_are_an_error() -> None:
    document = standard("干米粉", [("铅(以Pb计)", "0.5", "mg/kg")], category="米粉/米线")
    (finding,) = errors(document)
    assert finding.evidence["standard"] == "GB 2762—2025" and finding.evidence["table"] == "表1"
    assert "0.2 mg/kg" in finding.message and "表1" in finding.message


def test_rice_noodles_inferred_from_the_title_are_compared_too() -> None:
    assert len(errors(standard("干米粉", [("铅", "0.5", "mg/kg")]))) == 1


def test_rice_with_five_contaminants_above_their_limits_gets_five_errors() -> None:
    rows = [("铅", "0.5", "mg/kg"), ("镉", "0.5", "mg/kg"), ("总汞", "0.05", "mg/kg"),
            ("铬", "2.0", "mg/kg"), ("无机砷", "0.5", "mg/kg")]  # fmt: skip
    found = errors(standard("万年贡米", rows, category="大米"))
    named = sorted(f.message.split("”")[0].lstrip("“") for f in found)
    assert named == sorted(item for item, _v, _u in rows)


def test_squid_shreds_are_not_freshwater_fish() -> None:
    document = standard("鱿鱼丝", [("铅", "1.0", "mg/kg")])
    report = check_document(document, as_of=AS_OF, pack=PACK)
    assert report.category is None or report.category["product"] != "淡水鱼"
    assert not [f for f in report.findings if f.rule in ("I001", "I003")]


def test_kombucha_is_not_black_tea() -> None:
    report = check_document(standard("红茶菌饮料", [("菌落总数", "100", "CFU/mL")]),
                            as_of=AS_OF, pack=PACK)  # fmt: skip
    assert report.category is None or report.category["product"] != "红茶"
    assert not [f for f in report.findings if f.rule == "I003"]


def test_an_unknown_category_is_a_warning_that_says_limits_were_not_compared() -> None:
    report = check_document(standard("某某产品", [("铅", "9", "mg/kg")]), as_of=AS_OF, pack=PACK)
    (unknown,) = [f for f in report.findings if f.rule == "C002"]
    assert unknown.severity.value == "warning" and "未与强制性限量比较" in unknown.message
    assert report.category is None and not report.limits_checked


def test_instant_rice_noodles_may_not_use_dehydroacetic_acid() -> None:
    foods = foods_of(PACK)
    chosen = foods.resolve("06.07")
    assert chosen is not None
    found = permissions(foods.trees["gb2760"], chosen.gb2760, PACK.tables["additives"])
    dha = [p for p in found if p.additive.startswith("脱氢乙酸")]
    assert dha and not any(p.permitted for p in dha)
    prose = standard("方便米粉", [("铅", "0.1", "mg/kg")], category="06.07",
                     scope="本文件适用于方便米粉。产品中可添加脱氢乙酸钠。")  # fmt: skip
    assert errors(prose, "I006")


@pytest.mark.parametrize("node", ["大米制品", "大米制品（例如米粉、米线等）", "A04.03.01"])
def test_a_node_can_be_chosen_directly_by_code_or_name(node: str) -> None:
    chosen = foods_of(PACK).resolve(node)
    assert chosen is not None and chosen.gb2762 == foods_of(PACK).resolve("米粉/米线").gb2762


def test_a_row_under_a_footnote_condition_is_compared_but_not_demanded() -> None:
    """锡 holds only for food in tinplate containers (GB 2762—2025 表5 a): a 米粉 standard that
    leaves it out is fine; one that writes a looser tin limit is still an error."""
    silent = standard("干米粉", [("铅", "0.2", "mg/kg")], category="米粉/米线")
    assert not [f for f in errors(silent, "I003") if "锡" in f.message]
    tinned = standard("干米粉", [("锡(以Sn计)", "300", "mg/kg")], category="米粉/米线")
    assert any("锡" in f.message for f in errors(tinned))


FOOD_PRODUCTS = sorted(p for p, row in foods_of(PACK).products.items() if row.get("gb2762"))


@pytest.mark.parametrize("product", FOOD_PRODUCTS)
def test_every_food_product_gets_a_lead_limit_and_its_additive_rules(product: str) -> None:
    foods = foods_of(PACK)
    chosen = foods.of_product(product)
    rows = [r for r in PACK.tables["limits"] if r["standard"] == "GB 2762—2025"]
    lead = [r for r in applicable_limits(foods.trees["gb2762"], chosen.gb2762, rows)
            if r["item"] == "铅"]  # fmt: skip
    assert len(lead) == 1 and lead[0]["value"] > 0
    assert foods.trees["gb2760"].get(chosen.gb2760) is not None
    found = permissions(foods.trees["gb2760"], chosen.gb2760, PACK.tables["additives"])
    assert len(found) == 287  # an answer for every additive heading of Table A.1
    if chosen.gb2760 in ("16.02.01", "11.03.01"):  # 茶叶, 蜂蜜: Table A.2, and no A.1 row
        assert not any(p.permitted for p in found)
