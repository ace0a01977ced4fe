"""Drafting templates: the files validate, and instantiation binds the pack's verified limits."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import Pack, open_pack
from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import Document, ListBlock
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import PLACEHOLDER, REF, broken_refs, iter_texts, placeholders
from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.drafting.layout import plan
from jxdeclare.drafting.template_bind import format_limit_value, walk
from jxdeclare.drafting.templates import (
    TOKENS,
    TemplateError,
    instantiate,
    list_templates,
    load_template,
    pack_lookups,
    templates_dir,
)
from jxdeclare.paths import resources_dir

EXPECTED = {
    "green-tea", "black-tea", "rice-noodles", "baijiu", "freshwater-fish", "wood-furniture",
    "led-panel", "ceramics", "service",
}  # fmt: skip
FOOD = ("green-tea", "black-tea", "rice-noodles", "baijiu", "freshwater-fish")
PRODUCT_ORDER = ("范围", "规范性引用文件", "术语和定义", "分", "技术要求", "试验方法", "检验规则",
                 "标志、标签和随行文件", "包装、运输和贮存")  # fmt: skip
GB7718_ITEMS = ("食品名称", "配料表", "净含量和规格", "生产者和（或）经销者的名称、地址和联系方式",
                "生产日期和保质期", "贮存条件", "食品生产许可证编号", "产品标准代号")  # fmt: skip


@cache
def pack() -> Pack:
    return open_pack(resources_dir() / "packs" / "default.jxpack", trusted_keys())


def ids() -> list[str]:
    return [info.id for info in list_templates()]


def new(template_id: str, **changes: Any) -> Document:
    limits, titles = pack_lookups(pack())
    args: dict[str, Any] = {
        "enterprise_name": "江西示例有限公司", "enterprise_code": "JXSL",
        "product_name": "示例产品", "number": "Q/JXSL 0001—2026", "publish_date": "2026-12-01",
        "implement_date": "2026-12-15", "limits": limits, "titles": titles,
    }  # fmt: skip
    return instantiate(template_id, **(args | changes))


def element_ids(document: Document) -> list[str]:
    return [item.id for _path, item in walk(document) if isinstance(getattr(item, "id", None), str)]


def in_standards_table(number: str) -> bool:
    parsed = parse_standard_number(number).number
    assert parsed is not None, number
    editions = [parse_standard_number(row["number"]).number for row in pack().tables["standards"]]
    if parsed.year is not None:
        return any(e is not None and e.canonical() == parsed.canonical() for e in editions)
    return any(e is not None and e.undated().canonical() == parsed.canonical() for e in editions)


def json_rows(obj: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Indicator rows of a raw template file, with their JSON paths."""
    if isinstance(obj, dict):
        if obj.get("type") == "indicator_table":
            for index, row in enumerate(obj["rows"]):
                yield f"{path}.rows[{index}]", row
        for key, value in obj.items():
            yield from json_rows(value, f"{path}.{key}" if path else key)
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield from json_rows(value, f"{path}[{index}]")


def raw(template_id: str) -> dict[str, Any]:
    return json.loads((templates_dir() / f"{template_id}.json").read_text(encoding="utf-8"))


# --- the files -------------------------------------------------------------------------------


def test_every_template_validates_and_lists() -> None:
    infos = list_templates()
    assert len(infos) >= 9 and {i.id for i in infos} >= EXPECTED
    assert len({i.id for i in infos}) == len(infos)
    assert [i.id for i in infos] == sorted(i.id for i in infos)
    for info in infos:
        assert re.search(r"[\u4e00-\u9fff]", info.name), info.id
        assert info.kind in ("product", "service") and info.sources and info.fill_in
        assert info.path == templates_dir() / f"{info.id}.json"
    assert {i.kind for i in infos} == {"product", "service"}
    assert templates_dir() == resources_dir() / "templates"


def test_products_are_products_of_the_pack() -> None:
    products = {row["product"] for row in pack().tables["categories"]}
    for info in list_templates():
        assert info.product in products if info.kind == "product" else info.product == "", info.id


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_references_are_in_the_pack_standards_table(template_id: str) -> None:
    _info, document = load_template(template_id)
    for reference in document.normative_references + document.bibliography:
        assert in_standards_table(reference.number), (template_id, reference.number)


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_a_template_never_carries_a_limit_value(template_id: str) -> None:
    bound = [row for _path, row in json_rows(raw(template_id)) if row.get("limit_category")]
    for row in bound:
        assert row.get("value", "") == "", (template_id, row["item"])
        assert row["limit_item"] and row["standard"], row
        assert parse_standard_number(row["standard"]).number.year is None  # type: ignore[union-attr]


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_chapters_follow_gb_t_20001_10(template_id: str) -> None:
    info, document = load_template(template_id)
    titles = [c.title for c in document.chapters]
    assert [c.role.value for c in document.chapters[:3]] == [
        "scope", "normative_references", "terms",
    ]  # fmt: skip
    if info.kind == "service":
        assert titles[3:] == ["服务提供者要求", "服务流程", "服务质量要求", "服务评价与改进"]
        return
    positions = [next(i for i, t in enumerate(titles) if t.startswith(p)) for p in PRODUCT_ORDER]
    assert positions == sorted(positions), titles
    rules = next(c for c in document.chapters if c.title == "检验规则")
    assert [c.title for c in rules.children] == ["组批", "抽样", "出厂检验", "型式检验", "判定规则"]


@pytest.mark.parametrize("template_id", FOOD)
def test_food_labels_name_the_gb_7718_items(template_id: str) -> None:
    document = load_template(template_id)[1]
    lists = [b for b in document.all_blocks() if isinstance(b, ListBlock)]
    label = next(b for b in lists if "食品名称；" in b.items)
    assert [item.rstrip("；。") for item in label.items] == list(GB7718_ITEMS)
    texts = " ".join(text for _path, text in iter_texts(document))
    assert "GB 7718—2011" in texts and "自2027年3月16日起" in texts and "GB 7718—2025" in texts


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_provisions_use_no_forbidden_verbs(template_id: str) -> None:
    """GB/T 1.1—2020: 必须 and 需要 do not belong in provisions (placeholders are not text)."""
    for path, text in iter_texts(load_template(template_id)[1]):
        bare = PLACEHOLDER.sub("", text)
        assert "必须" not in bare and "需要" not in bare, (template_id, path)


def test_the_readme_indexes_every_template() -> None:
    readme = (templates_dir() / "README.md").read_text(encoding="utf-8")
    for info in list_templates():
        assert f"`{info.id}`" in readme and info.name in readme


# --- broken files ----------------------------------------------------------------------------


def broken_copy(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = raw("green-tea")
    change(data)
    target = tmp_path / "green-tea.json"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def first_row(data: dict[str, Any], bound: bool) -> tuple[str, dict[str, Any]]:
    return next((p, r) for p, r in json_rows(data) if bool(r.get("limit_category")) == bound)


def set_comparator(data: dict[str, Any]) -> None:
    first_row(data, False)[1]["comparator"] = "约"


def set_bound_value(data: dict[str, Any]) -> None:
    first_row(data, True)[1]["value"] = "5.0"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (set_comparator, lambda d: first_row(d, False)[0] + ".comparator"),
        (set_bound_value, lambda d: first_row(d, True)[0] + ".value"),
        (lambda d: d.update(colour="red"), lambda d: "colour"),
        (lambda d: d.update(id="other"), lambda d: "id"),
        (lambda d: d.update(kind="recipe"), lambda d: "kind"),
        (
            lambda d: d["document"]["chapters"][0]["blocks"][0].update(text="见[[ref:gone]]"),
            lambda d: "document.chapters[0].blocks[0].text",
        ),
        (lambda d: d["document"]["chapters"].pop(1), lambda d: "document.chapters[1].role"),
        (
            lambda d: d["document"]["normative_references"].append({"number": "不是编号"}),
            lambda d: "document.normative_references[",
        ),
    ],
)
def test_a_broken_template_names_the_file_and_the_path(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], where: Callable[[Any], str]
) -> None:
    folder = broken_copy(tmp_path, change)
    with pytest.raises(TemplateError) as caught:
        list_templates(folder)
    expected = where(raw("green-tea"))
    assert "green-tea.json" in str(caught.value) and expected in str(caught.value)


def test_a_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"format": "jxstd-template",\n oops}', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.json.*第 2 行"):
        list_templates(tmp_path)


@pytest.mark.parametrize("template_id", ["nope", "../green-tea", "GREEN-TEA"])
def test_an_unknown_template_id_is_refused(template_id: str) -> None:
    with pytest.raises(TemplateError, match="没有"):
        load_template(template_id)


def test_a_copy_in_another_folder_is_used(tmp_path: Path) -> None:
    shutil.copy(templates_dir() / "service.json", tmp_path)
    assert [i.id for i in list_templates(tmp_path)] == ["service"]
    assert new("service", directory=tmp_path).template_id == "service"


# --- instantiation ---------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_instantiate_fills_tokens_and_cover(template_id: str) -> None:
    info, _template = load_template(template_id)
    document = new(template_id, replaces=["Q/JXSL 0001—2020"])
    assert not [p for p in placeholders(document) if p.hint in TOKENS]
    cover = document.cover
    assert (cover.enterprise_name, cover.enterprise_code, cover.number, cover.title) == (
        "江西示例有限公司", "JXSL", "Q/JXSL 0001—2026", "示例产品",
    )  # fmt: skip
    assert (cover.publish_date, cover.implement_date, cover.replaces) == (
        "2026-12-01", "2026-12-15", ["Q/JXSL 0001—2020"],
    )  # fmt: skip
    assert "示例产品" in document.chapters[0].blocks[0].text
    assert document.foreword.proposer == "江西示例有限公司" and document.foreword.changes
    assert (document.template_id, document.product_category) == (info.id, info.product)


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_instantiate_gives_fresh_ids_and_keeps_links(template_id: str) -> None:
    _info, template = load_template(template_id)
    first, second = new(template_id), new(template_id)
    ids1 = element_ids(first)
    assert len(ids1) == len(set(ids1)) == len(element_ids(template))
    assert not set(ids1) & set(element_ids(template)) and not set(ids1) & set(element_ids(second))
    assert broken_refs(first) == []
    targets = [t for _p, text in iter_texts(first) for t in REF.findall(text)]
    assert len(targets) == len([t for _p, text in iter_texts(template) for t in REF.findall(text)])
    assert set(targets) <= set(ids1)
    Numbering(first)
    plan(first)


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_limit_rows_bind_to_the_pack_or_say_what_is_missing(template_id: str) -> None:
    limits, _titles = pack_lookups(pack())
    for row in new(template_id).indicator_rows():
        if not row.limit_category:
            continue
        limit = limits(row.limit_category, row.limit_item)
        if limit is None:
            assert PLACEHOLDER.fullmatch(row.value) and "数据包中无已核实限量" in row.value, row
            continue
        assert limit["verification"] in ("V", "V1")
        assert row.value == format_limit_value(limit["value"])
        assert float(row.value) == limit["value"]
        assert (row.comparator, row.unit, row.standard) == (
            limit["comparator"], limit.get("unit", ""), limit["standard"],
        )  # fmt: skip
        assert row.method, row


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_references_of_the_new_document_are_in_the_pack(template_id: str) -> None:
    document = new(template_id)
    for reference in document.normative_references + document.bibliography:
        assert in_standards_table(reference.number) and reference.title, reference


def test_the_rice_noodle_lead_limit_comes_from_the_pack() -> None:
    row = next(r for r in new("rice-noodles").indicator_rows() if r.limit_item == "铅")
    limit = next(
        r for r in pack().tables["limits"]
        if (r["category"], r["item"]) == (row.limit_category, "铅")
    )  # fmt: skip
    assert limit["standard"].startswith("GB 2762—")
    assert row.value == format_limit_value(limit["value"]) and float(row.value) == limit["value"]
    assert (row.comparator, row.unit, row.standard, row.clause, row.basis) == (
        limit["comparator"], limit["unit"], limit["standard"], limit["table"], "",
    )  # fmt: skip  # the footnote basis 稻谷以糙米计 is not the noodles'


def lookups_with(limit: dict[str, Any] | None) -> dict[str, Any]:
    _limits, titles = pack_lookups(pack())
    return {"limits": lambda category, item: limit, "titles": titles}


OTHER_LEAD = {
    "category": "x", "item": "铅", "comparator": "≤", "value": 0.15, "unit": "mg/kg",
    "standard": "GB 2762—2099", "clause": "表1", "verification": "V", "source": "test",
}  # fmt: skip
UNVERIFIED_LEAD = OTHER_LEAD | {"value": 0.1, "verification": "UNVERIFIED"}


def lead_row(limit: dict[str, Any] | None) -> Any:
    document = new("rice-noodles", **lookups_with(limit))
    return next(r for r in document.indicator_rows() if r.limit_item == "铅")


def test_a_different_pack_gives_a_different_value() -> None:
    row = lead_row(OTHER_LEAD)
    assert (row.value, row.standard, row.method) == ("0.15", "GB 2762—2099", "GB 5009.12")


@pytest.mark.parametrize("limit", [None, UNVERIFIED_LEAD])
def test_no_verified_limit_leaves_a_placeholder(limit: dict[str, Any] | None) -> None:
    row = lead_row(limit)
    assert row.value == "{{填写：铅(以Pb计)限量（数据包中无已核实限量，须查 GB 2762 原文）}}"
    assert row.standard == "GB 2762"


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_an_instantiated_document_round_trips(template_id: str) -> None:
    document = new(template_id)
    assert jxstd.loads(jxstd.dumps(document)) == document


# --- facts the templates state ---------------------------------------------------------------

ADDITIVE_OF_ROW = {
    "脱氢乙酸及其钠盐(以脱氢乙酸计)": "脱氢乙酸及其钠盐",
    "二氧化硫残留量": "二氧化硫及亚硫酸盐",
    "苯甲酸及其钠盐(以苯甲酸计)": "苯甲酸及其钠盐",
    "山梨酸及其钾盐(以山梨酸计)": "山梨酸及其钾盐",
    "甜蜜素(以环己基氨基磺酸计)": "甜蜜素",
}


@pytest.mark.parametrize(("template_id", "codes"), [
    ("rice-noodles", ("06.02.02", "06.02.04")),
    ("baijiu", ("15.01.01",)),
])  # fmt: skip
def test_not_permitted_additives_agree_with_the_pack(template_id: str, codes: tuple[str]) -> None:
    from jxdeclare.catalog.foods import foods_of, permissions

    rows = [r for r in load_template(template_id)[1].indicator_rows() if r.comparator == "不得使用"]
    assert rows
    tree = foods_of(pack()).trees["gb2760"]
    for code in codes:
        found = {p.additive: p for p in permissions(tree, code, pack().tables["additives"])}
        for row in rows:
            (name,) = [n for n in found if n.startswith(ADDITIVE_OF_ROW[row.item])]
            assert not found[name].permitted, (row.item, code)


def test_rice_products_permit_only_epsilon_polylysine_as_preservative() -> None:
    rows = [a for a in pack().tables["additives"] if a.get("food_category_code") == "06.02"]
    assert any(a["additive"] == "ε-聚赖氨酸盐酸盐" and a["permitted"] for a in rows)
    text = " ".join(t for _p, t in iter_texts(load_template("rice-noodles")[1]))
    assert "不应使用防腐剂，ε-聚赖氨酸盐酸盐除外" in text and "脱氢乙酸" in text


def test_tea_binds_lead_and_the_verified_pesticides() -> None:
    rows = {r.limit_item: r for r in new("green-tea").indicator_rows() if r.limit_category}
    verified = {r["item"] for r in pack().tables["limits"] if r["category"] == "茶叶"}
    assert {item for item, r in rows.items() if not PLACEHOLDER.search(r.value)} == verified
    required = next(c for c in pack().tables["categories"] if c["product"] == "绿茶")
    assert set(required["required_items"]) <= set(rows)


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.2, "0.2"), (5.0, "5.0"), (0.05, "0.05"), (1000.0, "1000"), (10.0, "10"), (None, "")],
)
def test_format_limit_value(value: float | None, text: str) -> None:
    assert format_limit_value(value) == text


def test_title_lookup_dated_and_undated() -> None:
    _limits, titles = pack_lookups(pack())
    assert titles("GB 2762") == "食品安全国家标准 食品中污染物限量"
    assert titles("GB 2762—2025") == "食品安全国家标准 食品中污染物限量"
    assert titles("GB 7718—2011") == "食品安全国家标准 预包装食品标签通则"
    assert titles("GB 2757—1981") is None  # the pack has no title for that edition
    assert titles("GB 99999") is None and titles("不是编号") is None


def test_limit_lookup_ignores_unverified_rows() -> None:
    row = {"category": "c", "item": "i", "comparator": "≤", "value": 1.0, "standard": "GB 1—2020",
           "verification": "UNVERIFIED", "source": "s"}  # fmt: skip
    fake = Pack({}, {"limits": [row], "standards": []}, signed=False)
    limits, _titles = pack_lookups(fake)
    assert limits("c", "i") is None
    limits, _titles = pack_lookups(Pack({}, {"limits": [row | {"verification": "V1"}],
                                              "standards": []}, signed=False))  # fmt: skip
    assert limits("c", "i") == row | {"verification": "V1"}
