"""The platform's field list (qybz-form.md §1–§4) and the entry steps a record gives."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from jxdeclare.domain.declaration_record import DeclarationRecord, DeclaredProduct, IndicatorLine
from jxdeclare.reporting.declarations.fields import (
    default_path,
    entry_steps,
    load_fields,
    load_form,
)

PRODUCTS = (
    DeclaredProduct("干米粉", "500g袋装", "粮食加工品", "500 g", "6901234567892", "米粉", "赣香"),
    DeclaredProduct("干米粉（细）", "1kg袋装", "粮食加工品"),
)


def record(**changes: Any) -> DeclarationRecord:
    base = DeclarationRecord(
        enterprise_name="江西示例米业有限公司", credit_code="91360100158300003X",
        standard_kind="Q", standard_number="Q/JXSL 0001—2026", standard_name="干米粉",
        region_code="360700", pdf_name="干米粉.pdf", pdf_sha256="ab" * 32, pdf_size=2048,
        indicators=(IndicatorLine("水分", "≤14.0", "%", "GB 5009.3"),
                    IndicatorLine("铅（以Pb计）", "≤0.2", "mg/kg", "GB 5009.12")),
        products=PRODUCTS, commitment_accepted=True,
    )  # fmt: skip
    return replace(base, **changes)


def by_key(rec: DeclarationRecord) -> dict[str, Any]:
    return {s.key: s for s in entry_steps(rec)}


def test_the_file_covers_the_form_rows_in_a_sensible_order() -> None:
    form = load_form()
    assert form.verified is False and "未经核实" in form.warning
    assert form.source == "shared data qybz-form.md (compiled 2026-11-28)"
    keys = [f.key for f in form.fields]
    own = ["standard_number", "standard_name", "text_upload", "disclosure", "indicator_table",
           "explicit_statement", "commitment"]  # fmt: skip
    products = ["product.name", "product.model", "product.category", "product.spec",
                "product.barcode", "product.generic_name", "product.brand"]  # fmt: skip
    for expected in (own, products, ["adopted.standard_name", "adopted.standard_number"]):
        assert [k for k in keys if k in expected] == expected
    assert keys.index("region") < keys.index("standard_tab") < keys.index("standard_number")
    assert keys.index("commitment") < keys.index("product.name")
    statuses = {f.key: f.status for f in form.fields}
    assert statuses["explicit_statement"] == statuses["product.brand"] == "U"
    assert statuses["standard_name"] == statuses["product.category"] == "V-old"
    assert all(f.sources and f.status in ("V", "V-old", "U") for f in form.fields)
    category = next(f for f in form.fields if f.key == "product.category")
    assert "下拉" in category.note and "不能手输" in category.note


def tampered(tmp_path: Path, change: Any) -> Path:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    change(data["fields"])
    path = tmp_path / "坏 字段.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f[3].pop("label"), r"第 4 项（adopted\.standard_number）：缺少 label"),
        (lambda f: f.append(dict(f[0])), r"第 22 项（region）：键重复"),
        (lambda f: f[5].update(status="V?"), r"第 6 项（standard_name）：status"),
        (lambda f: f[5].update(required=1), r"（standard_name）：required"),
        (lambda f: f[14].update(value="products[].nme"), r"（product\.name）：value"),
        (lambda f: f[0].update(colour="red"), r"（region）：未知的键 colour"),
    ],
)
def test_a_tampered_file_names_the_file_and_the_entry(
    tmp_path: Path, change: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        load_fields(tampered(tmp_path, change))
    assert "坏 字段.json" in str(caught.value) and " / " in str(caught.value)


def test_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "fields.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"声明字段文件 .*fields\.json 无法读取"):
        load_fields(path)


def test_two_products_give_the_product_fields_twice_in_order() -> None:
    steps = entry_steps(record())
    product_keys = [s.key for s in steps if s.key.startswith("products[")]
    attrs = ["name", "model", "category", "spec", "gtin", "generic_name", "brand"]
    assert product_keys == [f"products[{i}].{a}" for i in (0, 1) for a in attrs]
    assert [s.key for s in steps][-14:] == product_keys  # products come last
    steps_by_key = by_key(record())
    assert steps_by_key["products[1].model"].label == "产品 2 · 产品型号"
    assert steps_by_key["products[1].model"].value == "1kg袋装"
    assert steps_by_key["products[0].gtin"].value == "6901234567892"
    assert steps_by_key["products[1].spec"].value == ""  # empty optional values are still listed
    assert steps_by_key["products[1].spec"].required is False
    assert steps_by_key["products[0].brand"].status == "U"


def test_values_use_the_forms_wording() -> None:
    steps = by_key(record())
    assert steps["standard_tab"].value == "企业标准"
    assert steps["region"].value == "江西省 赣州市（360700）"
    assert steps["disclosure"].value == "同意标准文本全文公开"
    assert steps["commitment"].value.startswith("同意")
    assert "02 标准文本.pdf" in steps["text_upload"].value
    # Full text: the indicator table is not filled in on the form.
    assert steps["indicator_table"].value == "" and steps["indicator_table"].required is False
    shown = by_key(record(disclosure="indicators"))["indicator_table"]
    assert shown.required is True
    assert shown.value == "水分 ≤14.0 % GB 5009.3\n铅（以Pb计） ≤0.2 mg/kg GB 5009.12"
    assert steps["other_channel"].value == "" and steps["other_channel"].status == "U"


def test_the_explicit_statement_is_required_only_when_an_indicator_is_below_recommended() -> None:
    assert by_key(record())["explicit_statement"].required is False
    looser = (IndicatorLine("水分", "≤15.0", "%", "GB 5009.3", verdict_recommended="looser"),)
    statement = "水分指标低于 GB/T 23587—2009，特此明示。"
    step = by_key(record(indicators=looser, explicit_statement=statement))["explicit_statement"]
    assert step.required is True and step.value == statement


def test_an_adopted_standard_has_no_upload_indicator_or_commitment_steps() -> None:
    adopted = record(standard_kind="GB/T", standard_number="GB/T 23587—2009",
                     standard_name="米粉条", pdf_sha256="", indicators=())  # fmt: skip
    steps = by_key(adopted)
    assert not {"text_upload", "disclosure", "indicator_table", "explicit_statement",
                "standard_number", "commitment"} & set(steps)  # fmt: skip
    assert steps["standard_tab"].value == "国家标准"
    assert steps["adopted.standard_name"].value == "米粉条"
    assert steps["adopted.standard_number"].value == "GB/T 23587—2009"
    assert steps["adopted.standard_name"].status == "V-old"
    group = by_key(replace(adopted, standard_kind="T", standard_number="T/JGE 0001—2024"))
    assert group["standard_tab"].status == group["adopted.standard_name"].status == "U"


def test_a_record_without_products_still_shows_one_empty_product() -> None:
    steps = by_key(record(products=()))
    assert steps["products[0].name"].value == "" and steps["products[0].name"].required is True
    assert "products[1].name" not in steps


def test_a_custom_field_list_is_honoured() -> None:
    fields = load_fields()
    reordered = [f for f in fields if f.key == "standard_name"] + [
        f for f in fields if f.key == "standard_number"
    ]
    assert [s.key for s in entry_steps(record(), reordered)] == ["standard_name", "standard_number"]
