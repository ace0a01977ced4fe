"""GB 2760—2024 in the data pack (表A.1, 表A.2, 表E.1) against the official text.

tests/data/official/GB_2760-2024_pages.json holds the ``pdftotext -layout`` text of the pages of
the official PDF that carry these tables. That text breaks codes and numbers over lines ("06.\\n
  02.\\n    02", "0.\\n   3") and scatters a long cell around its code, so a value is looked for
the way the layout prints it: codes from the left margin, a number also as "N." joined to the
digits under or over it, a name as its characters on the page.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from jxdeclare.catalog.build import read_sources
from jxdeclare.paths import resources_dir

SRC = resources_dir() / "packs" / "src"
PAGES = Path(__file__).resolve().parents[1] / "data" / "official" / "GB_2760-2024_pages.json"
PDF_SHA256 = "2a2c4a867cf5551177e5e65bf8140e9f85a0616d96aa3353161869e07a8505de"
STANDARD = "GB 2760—2024"
CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def pages() -> dict[int, str]:
    data = json.loads(PAGES.read_text(encoding="utf-8"))
    assert data["pdf_sha256"] == PDF_SHA256
    return {int(number): text for number, text in data["pages"].items()}


def read(name: str) -> list[dict[str, str]]:
    with (SRC / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def additives() -> list[dict[str, str]]:
    return read("additives.csv")


@cache
def tree() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in read("food_categories.gb2760.csv")}


def table(name: str) -> list[dict[str, str]]:
    return [row for row in additives() if row["table"] == name]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@cache
def codes_on(page: int) -> frozenset[str]:
    """Food-category codes printed in the left column: "06." / "  02." / "    02" → 06.02.02."""
    found, code = set(), ""
    for line in pages()[page].splitlines():
        match = re.match(r"( {0,8})(\d{1,2}(?: ?\.)?)(?=\s|$)", line)
        if not match:
            continue
        piece = match.group(2).replace(" ", "")
        code = code + piece if code.endswith(".") and len(match.group(1)) > 1 else piece
        if not code.endswith("."):
            found.add(code)
    return frozenset(found)


@cache
def numbers_on(page: int) -> frozenset[str]:
    """Numbers of the page, "0." joined to the digits the layout put on the line under or over."""
    lines = pages()[page].splitlines()
    found: set[str] = set()
    for i, line in enumerate(lines):
        found.update(re.findall(r"\d+(?:\.\d+)?", line))
        for whole in re.finditer(r"(?<![\d.])(\d+)\.(?!\d)", line):
            for other in lines[max(i - 1, 0) : i + 2]:
                for digits in re.finditer(r"\d+", other):
                    if whole.start() - 3 <= digits.start() <= whole.end() + 4:
                        found.add(f"{whole.group(1)}.{digits.group(0)}")
    return frozenset(found)


def on_page(name: str, *numbers: int) -> bool:
    """The name as printed, or (when the layout scatters it) its leading characters as printed
    and all its Chinese characters on the page(s)."""
    text = squash("".join(pages()[n] for n in numbers))
    if squash(name) in text:
        return True
    lead = re.match(r"[\u4e00-\u9fff]{1,3}", re.sub(r"^[^\u4e00-\u9fff]*", "", name))
    if lead and lead.group(0) not in text:
        return False
    need, have = Counter(CJK.findall(name)), Counter(CJK.findall(text))
    return all(have[char] >= count for char, count in need.items())


def lineage(code: str) -> list[str]:
    found = []
    while code:
        found.append(code)
        code = tree()[code]["parent"]
    return found


def excepted_numbers(category: str) -> set[int]:
    """ "各类食品,表A.2中编号为1~4、6~68的食品类别除外" → {1, …, 4, 6, …, 68}."""
    match = re.search(r"表A\.2中编号为(.*?)的食品类别除外", category)
    assert match, category
    found: set[int] = set()
    for part in re.split(r"[、,]", match.group(1)):
        low, _, high = part.replace("-", "~").partition("~")
        found.update(range(int(low), int(high or low) + 1))
    return found


def a2_number(row: dict[str, str]) -> int:
    match = re.search(r"表A\.2 例外食品类别编号 (\d+)", row["note"])
    assert match, row
    return int(match.group(1))


# --- counts and shape ---------------------------------------------------------------------------


def test_the_sources_validate_against_the_schema() -> None:
    tables = read_sources(SRC)
    assert len(tables["additives"]) == len(additives())
    assert len([r for r in tables["food_categories"] if r["tree"] == "gb2760"]) == 369


def test_row_counts() -> None:
    a1 = table("A.1")
    # 2,310 rows are printed; the 13.03 row of 海藻酸钠 (PDF p.48) has two 最大使用量/备注 lines
    # and is kept as two rows.
    assert len(a1) == 2311
    assert len({(r["page"], r["food_category_code"], r["category"], r["additive"]) for r in a1}
               ) == 2310  # fmt: skip
    assert len({r["additive"] for r in a1}) == 287  # as many headings as 附录F indexes
    assert len(table("A.2")) == 68
    assert sorted(a2_number(r) for r in table("A.2")) == list(range(1, 69))
    assert len(tree()) == 369
    assert {r["table"] for r in additives()} == {"A.1", "A.2"}


def test_every_row_is_sourced() -> None:
    for row in additives():
        assert row["standard"] == STANDARD
        assert row["source"] == (f"{STANDARD} official text, 表{row['table']}, PDF p.{row['page']}"
                                 " (shared data upstream gb2760-2024)")  # fmt: skip
        assert row["permitted"] == ("true" if row["table"] == "A.1" else "false")
        if row["table"] == "A.1":
            gmp = "按生产需要适量使用" in row["note"].split("；")
            assert bool(row["max_level"]) != gmp and bool(row["unit"]) == bool(row["max_level"])
    for row in tree().values():
        assert re.fullmatch(rf"{STANDARD} 附录E 表E\.1, PDF p\.\d+", row["source"])


# --- each row on its page -----------------------------------------------------------------------


def test_every_table_a1_row_is_on_its_page() -> None:
    """All 2,311 rows (the sample is the whole table): code, category, level, additive."""
    first_page: dict[str, int] = {}
    for row in table("A.1"):
        first_page.setdefault(row["additive"], int(row["page"]))
    for row in table("A.1"):
        page, code = int(row["page"]), row["food_category_code"]
        assert 8 <= page <= 148, row
        if code:
            assert code in codes_on(page), row
        else:
            assert row["category"].startswith("各类食品"), row
        assert on_page(row["category"], page), row
        if row["max_level"]:
            assert row["max_level"] in numbers_on(page), row
        # the heading is on the page of the additive's first row or the one before
        heading = range(max(first_page[row["additive"]] - 1, 8), page + 1)
        assert on_page(row["additive"], *heading), row


def test_every_table_a2_row_is_on_its_page() -> None:
    for row in table("A.2"):
        page = int(row["page"])
        assert page in (149, 150)
        text = squash(pages()[page])
        assert f"{a2_number(row)}.{row['food_category_code']}" in text, row
        assert on_page(row["category"], page), row


def test_every_e1_node_is_on_its_page() -> None:
    for code, row in tree().items():
        page = int(row["source"].rsplit("p.", 1)[1])
        assert 244 <= page <= 254
        assert code in codes_on(page), row
        assert row["name"] == "—" or on_page(row["name"], page), row


# --- the tree -----------------------------------------------------------------------------------


def test_every_code_has_a_parent_chain_to_a_top_level_node() -> None:
    for code, row in tree().items():
        assert row["tree"] == "gb2760"
        chain = lineage(code)
        assert re.fullmatch(r"\d\d\.0", chain[-1]), chain
        assert all(child.startswith(parent.removesuffix(".0")) for child, parent in
                   pairwise(chain))  # fmt: skip
        assert len(chain) == (1 if code.endswith(".0") else code.count(".") + 1), chain


def test_every_code_of_the_additive_rows_is_an_e1_node() -> None:
    for row in additives():
        if row["food_category_code"]:
            assert row["food_category_code"] in tree(), row


def test_the_excludes_of_a_node_come_from_its_name() -> None:
    for row in tree().values():
        for item in filter(None, row["excludes"].split(";")):
            assert item in row["name"], row


# --- rules of Appendix A --------------------------------------------------------------------------


def test_the_rules_quoted_in_notes_are_in_the_text() -> None:
    """A.3 (PDF p.7) and the foreword (p.3); the layout prints "表A.1" as "表A.A.1" at A.x."""
    rules = squash(pages()[7])
    assert ("3表A.A.1列出的食品添加剂按照规定的使用范围和最大使用量使用。如允许某一食品添加剂应用"
            "于某一食品类别时,则允许其应用于该类别下的所有类别食品,另有规定的除外。下级食品类别中"
            "与上级食品类别中对于同一食品添加剂的最大使用量规定不一致的,应遵守下级食品类别的规定。"
            ) in rules  # fmt: skip
    assert "2表A.A.2规定了表A.1中例外食品编号对应的食品类别。" in rules
    foreword = squash(pages()[3])
    assert "修改了附录A中食品添加剂使用规定的查询方式,将表A.3的内容在表A.1和A.2中体现" in foreword
    assert (
        "删除了原标准中4“食品分类系统”中“如允许某一食品添加剂应用于某一食品类别时,则允许其"
        "应用于该类别下的所有类别食品,另有规定的除外”,将其在附录A中A.3体现"
    ) in foreword


def test_every_table_a2_category_is_a_leaf() -> None:
    """Whether an exception covers sub-categories is not written; for 表A.2 it does not arise."""
    parents = {row["parent"] for row in tree().values()}
    assert not {row["food_category_code"] for row in table("A.2")} & parents


# --- user-visible facts ---------------------------------------------------------------------------


def rows_for(additive: str, code: str) -> list[dict[str, str]]:
    """表A.1 rows that permit ``additive`` in ``code``: its own or an ancestor's rows, and the
    各类食品 rows whose exception range leaves out the category's 表A.2 number."""
    numbers = {r["food_category_code"]: a2_number(r) for r in table("A.2")}
    found = []
    for row in table("A.1"):
        if row["additive"] != additive:
            continue
        if row["food_category_code"] in lineage(code):
            found.append(row)
        elif not row["food_category_code"]:
            number = numbers.get(code)
            if number is None or number not in excepted_numbers(row["category"]):
                found.append(row)
    return found


@pytest.mark.parametrize("code", ["06.02.01", "06.02.02", "06.02.03", "06.02.04", "06.07"])
def test_dehydroacetic_acid_is_not_permitted_in_rice_products_nor_instant_rice(code: str) -> None:
    name = "脱氢乙酸及其钠盐(包括脱氢乙酸,脱氢乙酸钠)"
    assert any(r["additive"] == name for r in table("A.1"))
    assert rows_for(name, code) == []


@pytest.mark.parametrize("code", ["06.02.02", "06.02.03", "06.02.04"])
def test_epsilon_polylysine_hydrochloride_is_permitted_in_rice_products(code: str) -> None:
    (row,) = rows_for("ε-聚赖氨酸盐酸盐", code)
    assert (row["food_category_code"], row["category"]) == ("06.02", "大米及其制品")
    assert (row["max_level"], row["unit"], row["page"]) == ("0.25", "g/kg", "16")


def test_tea_is_in_table_a2_and_takes_no_additive() -> None:
    (row,) = [r for r in table("A.2") if r["food_category_code"] == "16.02.01"]
    assert (row["category"], a2_number(row), row["permitted"]) == ("茶叶、咖啡", 68, "false")
    assert not [r for r in table("A.1") if r["food_category_code"] in lineage("16.02.01")]
    general = [r for r in table("A.1") if not r["food_category_code"]]
    assert len(general) == 76
    assert all(68 in excepted_numbers(r["category"]) for r in general)


def test_no_additive_is_permitted_in_baijiu_by_a_row_of_its_own() -> None:
    assert not [r for r in table("A.1") if r["food_category_code"] in lineage("15.01.01")]
    assert "15.01.01" not in {r["food_category_code"] for r in table("A.2")}
