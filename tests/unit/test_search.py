"""Catalogue search by number prefix and title fragment, with and without FTS5 trigram."""

from __future__ import annotations

import pytest

from jxdeclare.catalog.search import SearchIndex, number_key

ROWS = [
    {"number": "GB 2762—2025", "title": "食品安全国家标准 食品中污染物限量"},
    {"number": "GB 2762—2022", "title": "食品安全国家标准 食品中污染物限量"},
    {"number": "GB 27620—2011", "title": "示例标准"},
    {"number": "GB 2760—2024", "title": "食品安全国家标准 食品添加剂使用标准"},
    {"number": "GB/T 10781.4—2024", "title": "白酒质量要求 第4部分：酱香型白酒"},
    {"number": "GB 2757—2012", "title": "食品安全国家标准 蒸馏酒及其配制酒"},
    {"number": "DB36/T 1234—2020", "title": "米粉生产技术规程"},
    {"number": "DB 36/1091—2018", "title": "食品安全地方标准 鲜湿类米粉生产卫生规范"},
    {"number": "GB/T 14456.1—2017", "title": "绿茶 第1部分：基本要求"},
    {"number": "GB 5009.3—2016", "title": "食品安全国家标准 食品中水分的测定"},
    {"number": "GB 5009.33—2016", "title": "食品安全国家标准 食品中亚硝酸盐与硝酸盐的测定"},
]


@pytest.fixture(params=[True, False], ids=["fts5-trigram", "fallback"])
def index(request: pytest.FixtureRequest) -> SearchIndex:
    return SearchIndex(ROWS, use_fts=request.param)


def numbers(index: SearchIndex, text: str) -> list[str]:
    return [hit.number for hit in index.search(text)]


def test_number_prefix(index: SearchIndex) -> None:
    assert numbers(index, "GB 276")[:4] == [
        "GB 2760—2024",
        "GB 2762—2022",
        "GB 2762—2025",
        "GB 27620—2011",
    ]
    assert numbers(index, "db36/t 1") == ["DB36/T 1234—2020"]


def test_a_number_without_its_code(index: SearchIndex) -> None:
    """Bare numbers find every code: the whole number before longer ones that start with it."""
    assert numbers(index, "2762")[:3] == ["GB 2762—2022", "GB 2762—2025", "GB 27620—2011"]
    assert numbers(index, "14456") == ["GB/T 14456.1—2017"]
    assert numbers(index, "5009.3")[:2] == ["GB 5009.3—2016", "GB 5009.33—2016"]
    assert numbers(index, "5009.3-2016")[0] == "GB 5009.3—2016"
    assert numbers(index, "1091") == ["DB 36/1091—2018"]
    assert numbers(index, "1234—2020") == ["DB36/T 1234—2020"]


def test_a_new_title_finds_the_current_edition(index: SearchIndex) -> None:
    assert numbers(index, "水分") == ["GB 5009.3—2016"]


def test_exact_number_comes_first(index: SearchIndex) -> None:
    assert numbers(index, "GB 2762-2025")[0] == "GB 2762—2025"


def test_title_fragments_long_and_short(index: SearchIndex) -> None:
    assert set(numbers(index, "污染物")) == {"GB 2762—2025", "GB 2762—2022"}
    assert numbers(index, "白酒") == ["GB/T 10781.4—2024"]  # two characters: no trigram
    assert numbers(index, "酒")[0] == "GB/T 10781.4—2024"  # title starting with it first
    assert set(numbers(index, "米粉")) == {"DB36/T 1234—2020", "DB 36/1091—2018"}


def test_nothing_found_and_quotes_are_harmless(index: SearchIndex) -> None:
    assert index.search("不存在的标准") == []
    assert index.search('"污染') == []
    assert index.search("   ") == []
    assert index.search("99999") == []  # a bare number nobody has


def test_number_key_ignores_spacing_and_dash_kind() -> None:
    assert number_key("gb/t 10781.4－2024") == number_key("GB/T 10781.4—2024")
