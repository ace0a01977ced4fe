"""The template an enterprise's name and products point at; the catalogue's usual gap."""

from __future__ import annotations

import pytest

from jxdeclare.catalog.gaps import Gap, usual_gap
from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.drafting.template_choice import NAME, PRODUCT, Clue, best_template, trade_word
from jxdeclare.drafting.templates import list_templates
from jxdeclare.services.catalog import default_pack_path

CATEGORIES = open_pack(default_pack_path(), trusted_keys()).tables["categories"]
TEMPLATES = list_templates()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("婺源县某某茶业有限公司", {"green-tea", "black-tea"}),
        ("江西四特酒业有限公司", {"baijiu"}),
        ("景德镇某某陶瓷有限公司", {"ceramics"}),
        ("赣州某某脐橙专业合作社", {"navel-orange"}),
        ("江西某某家具有限公司", {"wood-furniture"}),
        ("南昌某某物业服务有限公司", {"service"}),
        ("江西某某食品有限公司", {""}),  # 食品 says too little: nothing is proposed
        ("江西某某灯芯糕食品厂", {""}),  # 灯芯糕 is not a lamp
    ],
)
def test_a_company_name_points_at_its_template(name: str, expected: set[str]) -> None:
    assert best_template(TEMPLATES, [Clue(name, NAME)], CATEGORIES) in expected


def test_products_outweigh_the_name_and_a_last_choice_settles_a_tie() -> None:
    clues = [Clue("江西某某食品有限公司", NAME), Clue("庐山云雾茶", PRODUCT)]  # 茶叶 by the pack
    assert best_template(TEMPLATES, clues, CATEGORIES) in {"green-tea", "black-tea"}
    assert best_template(TEMPLATES, clues, CATEGORIES, prefer="green-tea") == "green-tea"
    used = best_template(TEMPLATES, [Clue("江西某某食品有限公司", NAME)], CATEGORIES,
                         used=["fermented-soybean"])  # fmt: skip
    assert used == "fermented-soybean"
    assert trade_word("江西示例米业有限责任公司") == "米" and trade_word("某某科技有限公司") == ""


def test_the_usual_gap_is_the_median_of_editions_with_both_dates() -> None:
    rows = [
        {"published": "2024-01-01", "implemented": "2024-07-01"},  # 182 days
        {"published": "2024-01-01", "implemented": "2024-02-01"},  # 31
        {"published": "2024-01-01", "implemented": "2025-01-01"},  # 366
        {"published": "2024-01-01"},  # no implementation date: left out
        {"published": "2024-03-01", "implemented": "2024-01-01"},  # a data error: left out
    ]
    assert usual_gap(rows) == Gap(182, 3)
    assert usual_gap([{"number": "GB 1"}]) is None
