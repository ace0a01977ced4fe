"""`jxdeclare-cli system …` as a script uses it: import an old list, see what is outdated, edit,
export and report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

USCC = "91110000600037341L"


def old_list(path: Path) -> Path:
    """An enterprise's own 标准明细表 as such lists look: title row, two-line merged header, a
    section row per sub-system, a bad number, blank rows and a totals row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "标准明细表"
    rows: list[list[Any]] = [
        ["示例米业标准明细表"],
        ["序号", "标准", None, "发布日期", "责任部门"],
        [None, "编号", "名称", None, None],
        ["产品标准"],  # 4: section, matches the template's 1.1
        [1, "GB 2762-2022", "食品安全国家标准 食品中污染物限量", "2022-06-30", "质量部"],
        [2, "ＧＢ　７７１８－２０１１", None, None, "质量部"],  # 6: full-width, title from the pack
        [3, "Q/JXMY 0001S-2021", "鲜湿米粉", "2021-03-01", "技术部"],
        [],
        ["包装标准"],  # 9: no such branch: a new one
        [4, "GB/T 191-2008", "包装储运图示标志", None, "仓储部"],
        [5, "GB 27x62", "错误编号", None, None],  # 11: malformed
        ["合计：5项"],
    ]
    for row in rows:
        sheet.append(row)
    for merged in ("A1:E1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "A4:E4", "A9:E9", "A12:E12"):
        sheet.merge_cells(merged)
    book.save(path)
    return path


@pytest.fixture
def home(tmp_path: Path, cli) -> Path:  # type: ignore[no-untyped-def]
    home = tmp_path / "数据 目录"
    added = cli(home, "enterprise", "add", "--name", "示例米业", "--uscc", USCC, "--code", "JXMY")
    assert added.returncode == 0, added.stderr
    return home


def test_import_refuses_a_list_with_errors_then_imports_the_good_rows(
    home: Path, tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    xlsx = old_list(tmp_path / "老 明细表.xlsx")
    refused = cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--json")
    assert refused.returncode == 1
    data = json.loads(refused.stdout)
    assert (
        data["errors"]
        == [{"row": 11, "column": "标准 编号", "reason": data["errors"][0]["reason"]}]
        and "GB 27x62" in data["errors"][0]["reason"]
    )
    assert data["written"] is False and data["template"] == "gbt15496"
    assert [(r["row"], r["number"], r["branch"]) for r in data["rows"]] == [
        (5, "GB 2762—2022", "1.1 产品标准"),
        (6, "GB 7718—2011", "1.1 产品标准"),
        (7, "Q/JXMY 0001S—2021", "1.1 产品标准"),
        (10, "GB/T 191—2008", "新建分支：包装标准"),
    ]
    shown = json.loads(cli(home, "system", "show", "--enterprise", "JXMY", "--json").stdout)
    assert shown[0]["entries"] == [] and shown[0]["branches"] == []  # nothing was written

    done = cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--skip-errors")
    assert done.returncode == 0 and "已导入 4 项" in done.stdout
    shown = json.loads(cli(home, "system", "show", "--enterprise", "JXMY", "--json").stdout)
    entries = {e["number"]: e for e in shown[0]["entries"]}
    assert entries["GB 7718—2011"]["title"] == "食品安全国家标准 预包装食品标签通则"
    assert (entries["GB/T 191—2008"]["code"], entries["GB/T 191—2008"]["department"]) == (
        "4-001",
        "仓储部",
    )
    assert entries["Q/JXMY 0001S—2021"]["published"] == "2021-03-01"
    again = cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--skip-errors",
                "--json")  # fmt: skip
    assert json.loads(again.stdout)["imported"] == 0  # already there: skipped, not doubled
    assert len(json.loads(again.stdout)["existing"]) == 4


def test_status_lists_what_is_outdated_on_a_date(home: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    xlsx = old_list(tmp_path / "list.xlsx")
    cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--skip-errors")
    status = cli(home, "system", "status", "--as-of", "2026-12-20", "--json",
                 "--xlsx", str(tmp_path / "看板.xlsx"))  # fmt: skip
    assert status.returncode == 0
    data = json.loads(status.stdout)
    assert data["as_of"] == "2026-12-20" and "数据截至" in data["data"]
    found = [(a["kind"], a["entry"]["number"]) for a in data["actions"]]
    assert found == [
        ("被代替仍在用", "GB 2762—2022"),
        ("即将实施", "GB 7718—2011"),
        ("复审到期", "Q/JXMY 0001S—2021"),
    ]
    assert data["actions"][0]["entry"]["chain"] == ["GB 2762—2022", "GB 2762—2025"]
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "看板.xlsx").active
    assert [c.value for c in sheet[3]][:3] == ["示例米业", "被代替仍在用", "GB 2762—2022"]


def test_editing_from_the_terminal(home: Path, cli) -> None:  # type: ignore[no-untyped-def]
    def run(*args: str) -> dict[str, Any]:
        done = cli(home, "system", *args, "--enterprise", "JXMY", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    assert run("init", "--template", "legacy")["branches"] == 3
    assert run("branch-add", "产品标准", "--parent", "1")["code"] == "1.1"
    run("add", "GB 2760-2014", "--branch", "1.1", "--department", "质量部")
    assert run("branch-move", "1.1", "--parent", "2")["code"] == "2.1"
    run("branch-rename", "2.1", "产品质量标准")
    run("move", "GB 2760—2014", "--branch", "3")
    entry = run("show")[0]["entries"][0]
    assert (entry["code"], entry["subsystem"], entry["status"]) == (
        "3-001",
        "工作标准体系",
        "被代替",
    )
    assert run("branch-remove", "2.1")["entries_moved_up"] == 0
    missing = cli(home, "system", "move", "GB 1-2000", "--branch", "3", "--enterprise", "JXMY")
    assert missing.returncode == 2 and "GB 1-2000" in missing.stderr
    no_branch = cli(home, "system", "add", "GB 2760-2024", "--branch", "9", "--enterprise", "JXMY")
    assert no_branch.returncode == 2 and "9" in no_branch.stderr
    run("remove", "GB 2760—2014")
    assert run("show")[0]["entries"] == []


def test_export_and_report_read_back_and_reimport(home: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from pypdf import PdfReader

    cli(home, "system", "import", str(old_list(tmp_path / "list.xlsx")), "--enterprise", "JXMY",
        "--skip-errors")  # fmt: skip
    out = tmp_path / "输出 文件"
    out.mkdir()
    done = cli(home, "system", "report", "--enterprise", "JXMY", "--as-of", "2026-12-20",
               "--pdf", str(out / "体系.pdf"), "--diagram", str(out / "结构图.svg"),
               "--annual", str(out / "年度.xlsx"), "--year", "2026")  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(out / "体系.pdf").pages)
    for expected in ("标准体系结构图", "标准明细表", "标准统计表", "编制说明", "GB 2762—2025",
                     "4 包装标准", "查询日期 2026-12-20"):  # fmt: skip
        assert expected in text, expected
    assert "包装标准" in (out / "结构图.svg").read_text(encoding="utf-8")
    annual = load_workbook(out / "年度.xlsx").active
    assert "示例米业" in [c.value for row in annual.iter_rows() for c in row]

    exported = cli(home, "system", "export", "--xlsx", str(out / "明细表.xlsx"))  # one enterprise
    assert exported.returncode == 0
    sheet = load_workbook(out / "明细表.xlsx").active
    numbers = [c.value for c in sheet["D"] if c.value and str(c.value)[:1] in "GQ"]
    assert numbers == ["GB 2762—2022", "GB 7718—2011", "Q/JXMY 0001S—2021", "GB/T 191—2008"]
    other = cli(home, "enterprise", "add", "--name", "乙企业", "--uscc", "91360100158300003X",
                "--code", "YQY")  # fmt: skip
    assert other.returncode == 0
    again = cli(home, "system", "import", str(out / "明细表.xlsx"), "--enterprise", "YQY", "--json")
    data = json.loads(again.stdout)
    assert again.returncode == 0 and data["errors"] == [] and data["imported"] == 4
    assert {r["branch"] for r in data["rows"]} == {"1.1 产品标准", "新建分支：包装标准"}
    both = cli(home, "system", "export", "--xlsx", str(out / "全部"), "--json")
    assert sorted(Path(f["file"]).name for f in json.loads(both.stdout)) == [
        "乙企业标准明细表.xlsx", "示例米业标准明细表.xlsx",
    ]  # fmt: skip


def test_import_lists_each_status_on_the_as_of_date(home: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    xlsx = old_list(tmp_path / "list.xlsx")

    def statuses(day: str) -> dict[str, str]:
        done = cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--skip-errors",
                   "--dry-run", "--as-of", day, "--json")  # fmt: skip
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert data["as_of"] == day
        return {r["number"]: r["status"] for r in data["rows"]}

    early, late = statuses("2023-01-01"), statuses("2026-12-20")
    assert (early["GB 2762—2022"], late["GB 2762—2022"]) == ("即将实施", "被代替")
    assert early["Q/JXMY 0001S—2021"] == late["Q/JXMY 0001S—2021"] == "现行"
    text = cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--skip-errors",
               "--as-of", "2026-12-20")  # fmt: skip
    assert "状态按 2026-12-20 判断" in text.stdout
    assert "GB 2762—2022 食品安全国家标准 食品中污染物限量 → 1.1 产品标准（被代替）" in text.stdout
    bad = cli(home, "system", "import", str(xlsx), "--enterprise", "JXMY", "--as-of", "20-12")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
