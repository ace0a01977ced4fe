"""The 大米, 脐橙, 腊肉 and 豆豉 templates against the pack built from resources/packs/src.

Each binds the contaminants GB 2762—2025 sets for the product's Appendix A category (and nothing
else): every bound row takes its value from a GB 2762—2025 limit row of the shipped pack (which
test_default_pack.py holds equal to resources/packs/src).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from jxdeclare.catalog.foods import applicable_limits, foods_of
from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import Pack, open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.model import Document, IndicatorRow
from jxdeclare.domain.document.text import PLACEHOLDER, placeholders
from jxdeclare.drafting.pdf import render_pdf
from jxdeclare.drafting.template_bind import format_limit_value, walk
from jxdeclare.drafting.templates import instantiate, load_template, pack_lookups
from jxdeclare.services.catalog import default_pack_path

AS_OF = date(2026, 11, 29)
# template id → (pack product, product name the enterprise gives)
NEW = {
    "milled-rice": ("大米", "江西大米"),
    "navel-orange": ("脐橙", "赣南脐橙"),
    "cured-pork": ("腊肉", "江西腊肉"),
    "fermented-soybean": ("豆豉", "浏阳豆豉"),
}
# The items GB 2762—2025 limits for each product's Appendix A category (official text):
# 大米(粉) (谷物碾磨加工品): 表1, 2, 3, 4, 7, 9; 新鲜水果: 表1, 2;
# 腌腊肉制品类 (肉制品): 表1, 2, 4, 7, 10; 发酵豆制品 (豆类制品): 表1 only (表2 and 表7 name 豆类).
BOUND = {
    "milled-rice": {"铅", "镉", "总汞", "无机砷", "铬", "苯并[a]芘"},
    "navel-orange": {"铅", "镉"},
    "cured-pork": {"铅", "镉", "总砷", "铬", "N-二甲基亚硝胺"},
    "fermented-soybean": {"铅"},
}
IDS = sorted(NEW)


@cache
def source_pack() -> Pack:
    return open_pack(default_pack_path(), trusted_keys())


def new(template_id: str) -> Document:
    limits, titles = pack_lookups(source_pack())
    return instantiate(
        template_id, enterprise_name="江西示例有限公司", enterprise_code="JXSL",
        product_name=NEW[template_id][1], number="Q/JXSL 0001—2026", publish_date="2026-12-01",
        implement_date="2026-12-15", limits=limits, titles=titles,
    )  # fmt: skip


def bound_rows(document: Document) -> list[IndicatorRow]:
    return [row for row in document.indicator_rows() if row.limit_category]


def fill_compliant(document: Document) -> None:
    """Every {{…}} replaced: indicator values by a number no mandatory limit is stricter than
    (the pack has none for these rows), everything else by a stand-in text."""
    count = [0]

    def stand_in(_match: Any) -> str:
        count[0] += 1
        return f"示例内容{count[0]}"

    def text(value: str) -> str:
        return PLACEHOLDER.sub(stand_in, value)

    for row in document.indicator_rows():
        if PLACEHOLDER.search(row.value) and row.comparator in ("≤", "<"):
            row.value = "0.001"
        elif PLACEHOLDER.search(row.value) and row.comparator in ("≥", ">"):
            row.value = "100"
    for _path, item in walk(document):
        for f in fields(item):
            value = getattr(item, f.name)
            if isinstance(value, Enum):
                continue
            if isinstance(value, str):
                setattr(item, f.name, text(value))
            elif isinstance(value, list):
                value[:] = [
                    text(v) if isinstance(v, str)
                    else [text(c) for c in v] if isinstance(v, list) else v
                    for v in value
                ]  # fmt: skip


@pytest.mark.parametrize("template_id", IDS)
def test_the_template_loads_for_a_product_of_the_pack(template_id: str) -> None:
    info, document = load_template(template_id)
    assert (info.kind, info.product) == ("product", NEW[template_id][0])
    assert info.sources and info.fill_in
    products = {row["product"] for row in source_pack().tables["categories"]}
    assert info.product in products
    assert {row.limit_item for row in bound_rows(document)} == BOUND[template_id]
    assert all(row.standard == "GB 2762" and not row.value for row in bound_rows(document))


@pytest.mark.parametrize("template_id", IDS)
def test_every_bound_row_resolves_to_a_gb_2762_2025_limit(template_id: str) -> None:
    limits, _titles = pack_lookups(source_pack())
    rows = bound_rows(new(template_id))
    assert {row.limit_item for row in rows} == BOUND[template_id]
    for row in rows:
        limit = limits(row.limit_category, row.limit_item)
        assert limit is not None, (row.limit_category, row.limit_item)
        assert limit["standard"] == "GB 2762—2025" and limit["verification"] in ("V", "V1")
        assert not PLACEHOLDER.search(row.value)
        assert row.value == format_limit_value(limit["value"])
        assert float(row.value) == limit["value"]
        assert (row.comparator, row.unit, row.standard) == (
            limit["comparator"], limit.get("unit") or row.unit, "GB 2762—2025",
        )  # fmt: skip
        assert row.method


@pytest.mark.parametrize("template_id", IDS)
def test_the_bound_rows_are_what_gb_2762_sets_for_the_products_node(template_id: str) -> None:
    """The pack's Appendix A tree agrees with the template: the GB 2762—2025 rows holding for the
    product's node are the rows it binds (表5's tin limits hold only for food in tinplate
    containers and are left to "其他污染物限量应符合GB 2762的规定")."""
    pack = source_pack()
    foods = foods_of(pack)
    node = foods.products[NEW[template_id][0]]["gb2762"]
    rows = [
        r for r in pack.tables["limits"]
        if r["standard"] == "GB 2762—2025" and r["verification"] in ("V", "V1")
        and "镀锡薄钢板" not in (r.get("footnotes") or "")
    ]  # fmt: skip
    applicable = applicable_limits(foods.trees["gb2762"], node, rows)
    expected = {(r["category"], r["item"]) for r in applicable}
    bound = {(row.limit_category, row.limit_item) for row in bound_rows(new(template_id))}
    assert bound == expected


@pytest.mark.parametrize("template_id", IDS)
def test_the_draft_pdf_names_the_product(template_id: str, tmp_path: Path) -> None:
    document = new(template_id)
    assert placeholders(document)  # a template always leaves something to fill in
    pdf = tmp_path / f"{template_id}.pdf"
    render_pdf(document, pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = "".join(text.split())
    assert NEW[template_id][1] in flat and "江西示例有限公司企业标准" in flat


@pytest.mark.parametrize("template_id", IDS)
def test_filled_in_with_compliant_values_no_indicator_is_looser(template_id: str) -> None:
    document = new(template_id)
    fill_compliant(document)
    assert placeholders(document) == []
    report = check_document(document, as_of=AS_OF, pack=source_pack())
    assert [f.location.label for f in report.findings if f.rule == "I001"] == []

    # The checker does compare these rows: a value looser than the pack's limit is an I001 error.
    row = next(r for r in bound_rows(document) if not r.basis)
    row.value = format_limit_value(float(row.value) * 10)
    report = check_document(document, as_of=AS_OF, pack=source_pack())
    assert [f for f in report.findings if f.rule == "I001"]
