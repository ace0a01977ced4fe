"""Limits and additive permissions follow the category trees, as GB 2762 3.3 and GB 2760 附录E say.

Small hand-made trees keep each rule visible; the shipped pack is tested against the official
texts in test_gb2762_official.py and test_gb2760_official.py.
"""

from __future__ import annotations

from jxdeclare.catalog.foods import FoodTree, applicable_limits, permissions
from jxdeclare.catalog.foods.category import Foods

NODES = [  # a cut of GB 2762—2025 附录A
    ("A01", "谷物及其制品", ""), ("A01.01", "谷物", "A01"), ("A01.01.01", "稻谷", "A01.01"),
    ("A01.02", "谷物碾磨加工品", "A01"), ("A01.02.02", "大米(粉)", "A01.02"),
    ("A01.02.05", "麦片", "A01.02"), ("A01.03", "谷物制品", "A01"),
    ("A01.03.01", "大米制品(例如:米粉、米线等)", "A01.03"),
]  # fmt: skip
TREE = FoodTree("gb2762", [
    {"tree": "gb2762", "code": c, "name": n, "parent": p, "source": "GB 2762—2025 附录A"}
    for c, n, p in NODES
])  # fmt: skip


def limit(category: str, item: str, value: float, nodes: list[str], **extra: object) -> dict:
    return {"category": category, "item": item, "comparator": "≤", "value": value,
            "unit": "mg/kg", "standard": "GB 2762—2025", "table": "表1", "nodes": nodes,
            "verification": "V", "source": "test"} | extra  # fmt: skip


LEAD = limit("谷物及其制品[麦片…除外]", "铅", 0.2, ["A01"], excludes=["A01.02.05"],
             basis="以糙米计", basis_nodes=["A01.01.01"])  # fmt: skip
LEAD_OATS = limit("麦片…", "铅", 0.5, ["A01.02.05"])
CADMIUM_RICE = limit("稻谷、糙米、大米", "镉", 0.2, ["A01.01.01", "A01.02.02"], table="表2")


def found(node: str) -> dict[str, dict]:
    return {row["item"]: row for row in applicable_limits(TREE, node, [LEAD, LEAD_OATS,
                                                                        CADMIUM_RICE])}  # fmt: skip


def test_a_row_holds_for_every_node_below_its_own() -> None:
    assert found("A01.03.01")["铅"]["value"] == 0.2  # 米粉 inherits 谷物及其制品


def test_an_excluded_node_takes_its_own_row() -> None:
    assert found("A01.02.05")["铅"]["value"] == 0.5


def test_a_footnote_basis_holds_only_for_the_foods_it_names() -> None:
    assert found("A01.01.01")["铅"]["basis"] == "以糙米计"  # 稻谷
    assert found("A01.03.01")["铅"]["basis"] == ""  # 米粉: comparable as written
    assert found("A01.02.02")["铅"]["basis"] == ""  # 大米


def test_a_row_for_other_foods_does_not_hold() -> None:
    assert "镉" in found("A01.02.02") and "镉" not in found("A01.03.01")


def test_names_resolve_with_any_bracket_width_and_codes_too() -> None:
    assert TREE.resolve("大米（粉）").code == "A01.02.02"
    assert TREE.resolve("大米制品").code == "A01.03.01"
    assert TREE.resolve("A01.02") is not None and TREE.resolve("不存在") is None
    assert TREE.path("A01.03.01") == "谷物及其制品 › 谷物制品 › 大米制品"


E1 = FoodTree("gb2760", [
    {"tree": "gb2760", "code": c, "name": n, "parent": p, "source": "GB 2760—2024 表E.1"}
    for c, n, p in [("06.0", "粮食和粮食制品", ""), ("06.02", "大米及其制品", "06.0"),
                    ("06.02.02", "大米制品", "06.02"), ("06.07", "方便米面制品", "06.0"),
                    ("16.0", "其他类", ""), ("16.02", "茶叶、咖啡和茶制品", "16.0"),
                    ("16.02.01", "茶叶、咖啡", "16.02")]
])  # fmt: skip


def additive(name: str, code: str, category: str = "x", level: float | None = None) -> dict:
    row = {
        "additive": name,
        "food_category_code": code,
        "table": "A.1",
        "permitted": True,
        "standard": "GB 2760—2024",
        "category": category,
        "source": "test",
        "page": 9,
    }
    return row | ({"max_level": level, "unit": "g/kg"} if level is not None else {})


def exception(number: int, code: str) -> dict:  # a Table A.2 row
    return {
        "additive": "表A.1中使用范围为“各类食品”的食品添加剂",
        "food_category_code": code,
        "table": "A.2",
        "permitted": False,
        "standard": "GB 2760—2024",
        "category": "x",
        "note": f"表A.2 例外食品类别编号 {number}：…",
        "source": "test",
    }


ROWS = [
    additive("ε-聚赖氨酸盐酸盐", "06.02", level=0.25),
    additive("脱氢乙酸及其钠盐", "06.07", level=0.5),
    additive("柠檬酸", "", "各类食品,表A.2中编号为1~68的食品类别除外"),
    additive("碳酸钠", "", "各类食品,表A.2中编号为1~25、27~68的食品类别除外"),
    additive("碳酸钠", "06.02.02", "大米制品(仅限发酵大米制品)"),
    additive("茶黄素", "16.0", "其他类(16.02.01茶叶、咖啡除外)", level=0.2),
    exception(26, "06.02.02"), exception(68, "16.02.01"),
]  # fmt: skip


def allowed(code: str) -> dict[str, object]:
    return {p.additive: (p.max_level, p.note) if p.permitted else False
            for p in permissions(E1, code, ROWS)}  # fmt: skip


def test_an_additive_allowed_in_a_category_is_allowed_in_its_subcategories() -> None:
    assert allowed("06.02.02")["ε-聚赖氨酸盐酸盐"] == (0.25, "")


def test_an_additive_listed_for_another_category_is_not_permitted() -> None:
    assert allowed("06.02.02")["脱氢乙酸及其钠盐"] is False
    assert allowed("06.07")["脱氢乙酸及其钠盐"] == (0.5, "")


def test_all_food_rows_hold_except_in_the_table_a2_categories_they_number() -> None:
    assert allowed("06.07")["柠檬酸"] == (None, "")  # 按生产需要适量使用
    assert allowed("16.02.01")["柠檬酸"] is False
    assert allowed("06.07")["碳酸钠"] == (None, "")  # no. 26 is 06.02.02, not 06.07
    assert allowed("06.02.02")["碳酸钠"] == (None, "仅限发酵大米制品")  # its own 仅限 row


def test_a_row_of_a_parent_leaves_out_what_its_bracket_excepts() -> None:
    assert allowed("16.02.01")["茶黄素"] is False
    assert set(allowed("16.02.01").values()) == {False}


def test_a_product_names_its_nodes_by_code_or_by_name() -> None:
    foods = Foods({
        "food_categories": [*({"tree": "gb2762", "code": c, "name": n, "parent": p,
                               "source": "s"} for c, n, p in NODES)],
        "categories": [{"product": "米粉/米线", "category": "谷物制品", "gb2762": "大米制品",
                        "source": "s"}],
    })  # fmt: skip
    assert foods.resolve("米粉/米线").gb2762 == "A01.03.01"
    assert foods.resolve("A01.02.05").gb2762 == "A01.02.05"
    assert foods.resolve("麦片").product == "" and foods.resolve("豆腐乳") is None
