"""The pack's products: each is recognised in a title as enterprises write it, and its tree
nodes exist; words that merely contain a product's word are not that product.

Read from the curated CSVs in resources/packs/src, not from a built pack.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from jxdeclare.catalog.build import read_table
from jxdeclare.checks.category import (
    Candidate,
    candidates_for_text,
    infer_candidates,
    infer_category,
)
from jxdeclare.domain.document.model import ChapterRole, Clause, Cover, Document, Paragraph

SRC = Path(__file__).resolve().parents[2] / "resources" / "packs" / "src"

# A title as an enterprise standard writes it, for every product of categories.csv.
TITLES: dict[str, str] = {
    "绿茶": "Q/JXLS 0002S-2025 绿茶",
    "红茶": "工夫红茶",
    "白茶": "资溪白茶",
    "黑茶": "黑茶（茯砖茶）",
    "乌龙茶": "乌龙茶",
    "黄茶": "黄茶",
    "花茶": "茉莉花茶",
    "庐山云雾茶": "Q/JXLS 0001S-2024 庐山云雾茶",
    "狗牯脑茶": "遂川狗牯脑茶",
    "婺源绿茶": "婺源绿茶",
    "宁红茶": "宁红工夫红茶",
    "干菊花": "婺源皇菊",
    "苦丁茶": "苦丁茶",
    "大米": "万年贡米",
    "糙米": "发芽糙米",
    "大米粉": "水磨糯米粉",
    "米粉/米线": "Q/JXSL 0002S-2026 干米粉",
    "鲜湿米粉/米线": "鲜湿米粉",
    "方便米粉/米线": "方便米粉",
    "米饼": "香米饼",
    "白酒(浓香型)": "浓香型白酒",
    "白酒(清香型)": "清香型白酒",
    "白酒(酱香型)": "酱香型白酒",
    "白酒(特香型)": "四特酒",
    "白酒(米香型)": "米香型白酒",
    "白酒(兼香型)": "浓酱兼香型白酒",
    "白酒(凤香型)": "凤香型白酒",
    "白酒(芝麻香型)": "芝麻香型白酒",
    "白酒(豉香型)": "豉香型白酒",
    "白酒(老白干香型)": "老白干香型白酒",
    "白酒(药香型)": "董香型白酒",
    "白酒(馥郁香型)": "馥郁香型白酒",
    "黄酒": "清爽型黄酒",
    "米酒": "客家米酒",
    "淡水鱼": "鲜活淡水鱼",
    "腌腊鱼": "腊鱼",
    "鱼干": "鄱阳湖小鱼干",
    "淡水虾": "小龙虾",
    "淡水蟹": "军山湖大闸蟹",
    "腊肉": "江西腊肉",
    "腊肠": "广式腊肠",
    "板鸭": "南安板鸭",
    "中式火腿": "安福火腿",
    "酱卤肉制品": "卤鸭脖",
    "熏煮香肠": "火腿肠",
    "西式火腿": "熏煮火腿",
    "豆豉": "湖口豆豉",
    "腐乳": "霉豆腐",
    "豆腐": "内酯豆腐",
    "豆干": "五香豆干",
    "腐竹": "高安腐竹",
    "辣椒酱": "辣椒酱",
    "酱油": "酿造酱油",
    "食醋": "米醋",
    "酿造酱": "豆瓣酱",
    "料酒": "调味料酒",
    "食用盐": "精制食用盐",
    "酱腌菜": "梅干菜",
    "脐橙": "赣南脐橙",
    "柑橘": "井冈蜜橘",
    "南丰蜜桔": "南丰蜜桔",
    "山药": "铁棍山药",
    "枸杞": "干枸杞",
    "葛根粉": "葛根粉",
    "蜂蜜": "土蜂蜜",
    "茶油": "油茶籽油",
    "菜籽油": "压榨菜籽油",
    "糕点": "灯芯糕",
    "月饼": "广式月饼",
    "果蔬汁类及其饮料": "脐橙汁饮料",
    "茶饮料": "冰红茶",
    "植物蛋白饮料": "核桃乳",
    "饮用天然矿泉水": "饮用天然矿泉水",
    "饮用纯净水": "饮用纯净水",
    "其他类饮用水": "饮用天然泉水",
    "木家具": "实木家具",
    "LED 灯具": "LED平板灯",
    "日用陶瓷": "日用陶瓷餐具",
}

EXISTING = ["绿茶", "红茶", "米粉/米线", "大米", "白酒(浓香型)", "白酒(清香型)", "白酒(酱香型)",
            "白酒(特香型)", "淡水鱼", "木家具", "LED 灯具", "日用陶瓷"]  # fmt: skip


@cache
def categories() -> list[dict[str, Any]]:
    return read_table(SRC / "categories.csv", "categories")


@cache
def tree(name: str) -> list[dict[str, str]]:
    path = SRC / f"food_categories.{name}.csv"
    if not path.exists():
        pytest.skip(f"{path.name} is not there yet")
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["tree"] == name]


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def resolves(value: str, name: str) -> bool:
    """A code of the tree, or exactly one node's name (as the pack build resolves it)."""
    nodes = tree(name)
    if value in {node["code"] for node in nodes}:
        return True
    return len([node for node in nodes if fold(node["name"]) == fold(value)]) == 1


def products(text: str) -> list[str]:
    return [c.product for c in candidates_for_text(text, categories())]


def document(title: str, scope: str = "") -> Document:
    doc = Document(Cover("某食品有限公司", "JXSP", "Q/JXSP 0001S—2026", title))
    if scope:
        doc.chapters.append(Clause("范围", [Paragraph(scope)], role=ChapterRole.SCOPE))
    return doc


def test_the_table_has_every_product_and_a_title_for_each() -> None:
    names = [row["product"] for row in categories()]
    assert len(names) == len(set(names)) >= 60
    assert set(EXISTING) <= set(names)
    assert set(names) == set(TITLES)


@pytest.mark.parametrize("product", list(TITLES))
def test_a_typical_title_proposes_exactly_its_product(product: str) -> None:
    row = next(r for r in categories() if r["product"] == product)
    assert products(TITLES[product]) == [product]
    assert infer_category(document(TITLES[product]), categories()) == product
    food = "GB 2762—2025" in row.get("mandatory_standards", [])
    for column in ("gb2762", "gb2760"):
        value = row.get(column, "")
        assert bool(value) == food, (product, column)
        if value:
            assert resolves(value, column), (product, column, value)


def test_mandatory_standards_are_rows_of_the_standards_table() -> None:
    numbers = {row["number"] for row in read_table(SRC / "standards.csv", "standards")}
    for row in categories():
        assert set(row.get("mandatory_standards", [])) <= numbers, row["product"]


@pytest.mark.parametrize(
    ("title", "not_product"),
    [
        ("鱿鱼丝", "淡水鱼"),
        ("即食鱿鱼丝", "淡水鱼"),
        ("鱼露", "淡水鱼"),
        ("鱼腥草", "淡水鱼"),
        ("鱼丸", "淡水鱼"),
        ("红茶菌饮料", "红茶"),
        ("糯米粉", "米粉/米线"),
        ("玉米粉", "米粉/米线"),
        ("陶瓷砖", "日用陶瓷"),
        ("灯芯糕", "LED 灯具"),
        ("清香型铁观音", "白酒(清香型)"),
    ],
)
def test_a_word_inside_a_longer_word_is_not_the_product(title: str, not_product: str) -> None:
    assert not_product not in products(title)


@pytest.mark.parametrize(
    ("title", "product"),
    [
        ("米香型白酒", "白酒(米香型)"),
        ("白酒（米香型）", "白酒(米香型)"),
        ("白酒 米香型", "白酒(米香型)"),
        ("Q/JXLS 0001S-2024 庐山云雾茶", "庐山云雾茶"),
        ("狗牯脑茶", "狗牯脑茶"),
        ("白茶", "白茶"),
        ("黑茶", "黑茶"),
        ("四特酒", "白酒(特香型)"),
        ("万年贡米", "大米"),
        ("糯米粉", "大米粉"),
        ("方便米粉", "方便米粉/米线"),
        ("方便米线", "方便米粉/米线"),
        ("米排粉", "米粉/米线"),
        ("灯芯糕", "糕点"),
        ("冰红茶", "茶饮料"),
        ("苹果醋饮料", "果蔬汁类及其饮料"),
    ],
)
def test_the_longer_more_specific_word_wins(title: str, product: str) -> None:
    assert products(title) == [product]


def test_a_family_without_its_variant_is_proposed_but_not_decided() -> None:
    found = products("固态法白酒")
    assert len(found) == 12 and all(p.startswith("白酒(") for p in found)
    assert found[0] == "白酒(浓香型)"  # ties keep the table's order
    assert infer_category(document("固态法白酒"), categories()) is None


def test_two_products_named_side_by_side_are_both_proposed() -> None:
    assert set(products("狗牯脑红茶")) == {"狗牯脑茶", "红茶"}
    assert infer_category(document("狗牯脑红茶"), categories()) is None


def test_candidates_carry_the_words_of_the_text_and_where_they_were_found() -> None:
    (found,) = candidates_for_text("led 平板灯", categories())
    assert found == Candidate("LED 灯具", ("led", "平板灯"), "title")
    assert products("") == [] and candidates_for_text("干米粉", []) == []


def test_the_scope_is_read_only_when_the_title_names_nothing() -> None:
    scope = "本文件规定了干米粉的技术要求。本文件适用于以大米为原料制成的干米粉。"
    (found,) = infer_candidates(document("产品标准", scope), categories())
    assert (found.product, found.where) == ("米粉/米线", "scope")
    assert infer_candidates(document("庐山云雾茶", scope), categories())[0].where == "title"
    vague = document("企业标准", "本文件适用于本公司生产的产品。")
    assert infer_category(vague, categories()) is None
