"""`jxdeclare-cli workbench` prints what the 工作台 page shows: the first-run steps while some are
to do, and the next steps grouped as the page groups them, for all enterprises or one."""

from __future__ import annotations

import json
from pathlib import Path

USCC = "91110000600037341L"


def test_the_next_steps_as_text_and_json(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "数据 目录"
    empty = cli(home, "workbench")
    assert empty.returncode == 0, empty.stderr
    assert "1. 添加企业  未完成" in empty.stdout and "5. 自我声明  未完成" in empty.stdout
    assert "目前没有待办事项" in empty.stdout
    added = cli(home, "enterprise", "add", "--name", "示例米业", "--uscc", USCC, "--code", "JXMY")
    assert added.returncode == 0, added.stderr

    shown = cli(home, "workbench")
    assert "1. 添加企业  ✓ 已完成" in shown.stdout and "2. 建立标准体系  未完成" in shown.stdout
    assert "建立标准体系（1）\n  示例米业：尚未建立标准体系" in shown.stdout

    data = json.loads(cli(home, "workbench", "--enterprise", "JXMY", "--json").stdout)
    assert [(s["title"], s["done"]) for s in data["steps"]][:2] == [
        ("添加企业", True), ("建立标准体系", False),
    ]  # fmt: skip
    (item,) = data["items"]
    assert (item["kind"], item["group"], item["enterprise"]) == (
        "no_system", "建立标准体系", "示例米业",
    )  # fmt: skip
    assert item["target"]["page"] == "system" and item["target"]["records"] == []

    unknown = cli(home, "workbench", "--enterprise", "NOPE")
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr
