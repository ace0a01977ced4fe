"""`catalog categories`, `catalog limits` and `check --category` as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

from jxdeclare.domain.document import jxstd
from jxdeclare.drafting.example import example_document


def test_categories_of_both_trees_with_their_keys(tmp_path: Path, cli) -> None:
    result = cli(tmp_path, "catalog", "categories", "--search", "大米", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {row["tree"] for row in rows} == {"gb2760", "gb2762"}
    assert all({"code", "name", "parent", "tree"} <= set(row) for row in rows)
    one = json.loads(cli(tmp_path, "catalog", "categories", "--tree", "gb2760", "--search",
                         "06.07", "--json").stdout)  # fmt: skip
    assert one and all(r["tree"] == "gb2760" and r["code"].startswith("06.07") for r in one)


def test_limits_for_rice_follow_the_tree(tmp_path: Path, cli) -> None:
    result = cli(tmp_path, "catalog", "limits", "--category", "大米", "--as-of", "2026-11-29",
                 "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    keys = {"item", "comparator", "value", "unit", "basis", "standard", "table", "clause",
            "method", "source", "verification"}  # fmt: skip
    assert all(keys <= set(row) for row in rows)
    gb2762 = {row["item"]: row for row in rows if row["standard"] == "GB 2762—2025"}
    assert {"铅", "镉", "总汞", "无机砷", "铬"} <= set(gb2762)
    assert gb2762["铅"]["value"] == 0.2 and gb2762["铅"]["basis"] in ("", None)


def test_additives_for_instant_rice_noodles(tmp_path: Path, cli) -> None:
    result = cli(tmp_path, "catalog", "limits", "--category", "06.07", "--additives", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert all({"additive", "permitted", "max_level", "unit", "code", "page"} <= set(r)
               for r in rows)  # fmt: skip
    dha = [r for r in rows if r["additive"].startswith("脱氢乙酸")]
    assert dha and not any(r["permitted"] for r in dha)
    # The product's own words name it too: 方便米粉 is the product 方便米粉/米线 (GB 2760 06.07).
    named = cli(tmp_path, "catalog", "limits", "--category", "方便米粉", "--additives", "--json")
    assert json.loads(named.stdout) == rows


def test_check_takes_a_code_and_refuses_an_unknown_category(tmp_path: Path, cli) -> None:
    document = example_document(chapters=2, tables=1)
    path = tmp_path / "干米粉 标准.jxstd"
    jxstd.save(document, path)
    result = cli(tmp_path, "check", str(path), "--category", "大米制品", "--json",
                 "--as-of", "2026-11-29")  # fmt: skip
    checked = json.loads(result.stdout)
    assert checked["limits_checked"] and checked["product_category"]["gb2762"]["name"]
    assert checked["product_category"]["inferred"] is False
    refused = cli(tmp_path, "check", str(path), "--category", "不存在的类别")
    assert refused.returncode == 2 and "未知的产品类别" in refused.stderr
    assert cli(tmp_path, "catalog", "limits", "--category", "不存在的类别").returncode == 2
