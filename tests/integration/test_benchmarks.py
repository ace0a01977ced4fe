"""对标 from the command line, process to process: the shipped T/JGE sets, an agency's workbook
(all or nothing, exact row errors), comparison JSON and exit codes, and the reports."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from openpyxl import load_workbook
from pypdf import PdfReader

SLICES = "江西绿色生态 冻干脐橙片（T/JGE 0138—2024）"
LINES = [
    "Q/JXGC 0001S-2025", "江西示例果业有限公司企业标准", "冻干脐橙片",
    "2025-05-01发布　　2025-06-01实施", "前言", "本文件按照GB/T 1.1—2020给出的规则起草。",
    "1　范围", "本文件规定了冻干脐橙片的技术要求、检验方法。", "2　规范性引用文件",
    "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。",
    "GB 5009.12　食品安全国家标准 食品中铅的测定", "3　术语和定义",
    "本文件没有需要界定的术语和定义。", "4　技术要求", "4.1　理化指标",
    "理化指标应符合表1的规定。", "表1　理化指标",
]  # fmt: skip


def orange_slices(path: Path, lead: str = "≤ 0.2") -> Path:
    """A Word standard written the way enterprises write it: "铅(以Pb计)/(mg/kg)", "≤ 0.2"."""
    word = docx.Document()
    for line in LINES:
        word.add_paragraph(line)
    rows = [["项目", "指标", "检验方法"], ["铅(以Pb计)/(mg/kg)", lead, "GB 5009.12"]]
    table = word.add_table(rows=len(rows), cols=3)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    word.add_paragraph("4.2　检验方法")
    word.add_paragraph("铅按GB 5009.12测定。")
    word.save(str(path))
    return path


def test_tjge_freeze_dried_orange_lead_02_misses_the_01_target(tmp_path: Path, cli) -> None:
    path = orange_slices(tmp_path / "冻干脐橙片.docx")
    result = cli(tmp_path, "benchmark", "compare", str(path), "--json")
    assert result.returncode == 0, result.stderr  # a benchmark is advice: 0 whatever the tier
    found = json.loads(result.stdout)
    assert found["tier_reached"] is None and isinstance(found["preconditions"], list)
    assert [s["name"] for s in found["sets"]] == [SLICES]  # chosen by the title, not the powder
    (lead,) = found["rows"]
    assert {k: lead[k] for k in ("item", "set", "tier", "target", "value", "verdict", "gap")} == {
        "item": "铅", "set": SLICES, "tier": "江西绿色生态", "target": "≤0.1 mg/kg",
        "value": "≤0.2 mg/kg", "verdict": "misses", "gap": "0.1 mg/kg",
    }  # fmt: skip
    assert lead["location"] == "表1 第1行" and lead["source"].startswith("T/JGE 0138—2024")
    assert lead["baseline"] == "NY/T 435—2021 ≤0.2 mg/kg"
    # The same standard stricter than the target reaches the set's tier.
    better = orange_slices(tmp_path / "更严.docx", "≤0.08")
    stricter = json.loads(cli(tmp_path, "benchmark", "compare", str(better), "--set", SLICES,
                              "--json").stdout)  # fmt: skip
    assert stricter["tier_reached"] == "江西绿色生态" and stricter["rows"][0]["verdict"] == "meets"


def test_unusable_input_exits_2_with_a_message(tmp_path: Path, cli) -> None:
    path = orange_slices(tmp_path / "冻干脐橙片.docx")
    unknown = cli(tmp_path, "benchmark", "compare", str(path), "--set", "没有这个集")
    assert unknown.returncode == 2 and "没有名为“没有这个集”的对标集" in unknown.stderr
    missing = cli(tmp_path, "benchmark", "compare", str(tmp_path / "无.docx"))
    assert missing.returncode == 2 and "找不到文件" in missing.stderr
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert cli(tmp_path, "benchmark", "compare", str(broken)).returncode == 2
    pdf = tmp_path / "标准.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert cli(tmp_path, "benchmark", "compare", str(pdf)).returncode == 2
    nowhere = cli(tmp_path, "benchmark", "compare", str(path), "--report",
                  str(tmp_path / "无此目录" / "r.pdf"))  # fmt: skip
    assert nowhere.returncode == 2 and "文件夹不存在" in nowhere.stderr
    assert cli(tmp_path, "benchmark", "import", str(tmp_path / "无.xlsx")).returncode == 2


HEADER = ["集名称", "产品类别", "类型", "档次顺序", "项目", "比较", "指标值", "单位", "计算基础",
          "档次", "来源文件", "来源日期", "基准", "备注"]  # fmt: skip
PLAN = "冻干脐橙 领跑者评估方案（2025）"


def workbook(tmp_path: Path, cli, rows: list[list[str]], name: str = "方案.xlsx") -> Path:
    """The template the CLI writes, filled in as an agency would (text stays text)."""
    from jxdeclare.reporting.cells import append_row

    path = tmp_path / name
    made = cli(tmp_path, "benchmark", "template", str(path))
    assert made.returncode == 0, made.stderr
    book = load_workbook(path)
    assert [c.value for c in book["对标集"][1]] == HEADER and "说明" in book.sheetnames
    for row in rows:
        append_row(book["对标集"], row)
    book.save(path)
    return path


GOOD = [
    [PLAN, "冻干脐橙", "领跑者", "领跑者、先进、达标", "铅", "≤", "0.05", "mg/kg", "", "领跑者",
     "某评估方案", "2025-03-01", "NY/T 435—2021 ≤0.2 mg/kg", ""],
    [PLAN, "", "", "", "铅", "≤", "0.08", "mg/kg", "", "先进", "某评估方案", "2025-03-01", "", ""],
    [PLAN, "", "", "", "铅", "≤", "0.1", "mg/kg", "", "达标", "某评估方案", "2025-03-01", "", ""],
]  # fmt: skip


def test_a_workbook_with_bad_rows_names_each_error_and_imports_nothing(tmp_path: Path, cli) -> None:
    bad = [
        *GOOD,
        [PLAN, "", "", "", "镉", "≈", "0.1", "mg/kgg", "", "顶级", "", "2025-13-45", "", ""],
        ["", "", "", "", "总汞", "≤", "0.01mg/kg", "", "", "达标", "某评估方案", "", "", ""],
        [PLAN, "", "", "", "铅", "≤", "0.2", "mg/kg", "", "达标", "某评估方案", "", "", ""],
    ]  # fmt: skip
    result = cli(tmp_path, "benchmark", "import", str(workbook(tmp_path, cli, bad)))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("错误")]
    assert errors == [
        "错误 error: 工作表“对标集” 第5行 来源文件：必填，不能为空",
        "错误 error: 工作表“对标集” 第5行 比较：“≈”不是 ≤ < ≥ > 或 范围",
        "错误 error: 工作表“对标集” 第5行 单位：无法识别的单位“mg/kgg”"
        "（可用如 mg/kg、μg/kg、g/100g、%）",
        "错误 error: 工作表“对标集” 第5行 来源日期：无法识别的日期“2025-13-45”"
        "（如 2025-03-01 或 2025-03）",
        "错误 error: 工作表“对标集” 第5行 档次：“顶级”不在档次顺序（领跑者、先进、达标）中",
        "错误 error: 工作表“对标集” 第6行 集名称：必填，不能为空",
        "错误 error: 工作表“对标集” 第6行 指标值：“0.01mg/kg”应为一个数值（如 0.1），"
        "单位写在“单位”列",
        "错误 error: 工作表“对标集” 第7行 项目：“铅”（档次 达标）与第4行重复",
    ]  # fmt: skip
    assert "未导入任何对标集" in result.stderr
    listed = json.loads(cli(tmp_path, "benchmark", "list", "--json").stdout)
    assert all(s["shipped"] for s in listed) and PLAN not in [s["name"] for s in listed]


def test_an_imported_plan_is_listed_compared_and_replaced_only_when_asked(
    tmp_path: Path, cli
) -> None:
    path = workbook(tmp_path, cli, GOOD)
    standard = orange_slices(tmp_path / "冻干脐橙片.docx", "≤0.07")
    before = cli(tmp_path, "check", str(standard), "--json")
    first = cli(tmp_path, "benchmark", "import", str(path))
    assert first.returncode == 0 and f"已导入对标集“{PLAN}”：3 项指标" in first.stdout
    again = cli(tmp_path, "benchmark", "import", str(path))
    assert again.returncode == 1 and "已有同名的对标集" in again.stderr
    assert "--replace" in again.stderr
    replaced = cli(tmp_path, "benchmark", "import", str(path), "--replace", "--json")
    assert replaced.returncode == 0 and json.loads(replaced.stdout)["replaced"] == [PLAN]
    listed = {s["name"]: s for s in json.loads(cli(tmp_path, "benchmark", "list", "--json").stdout)}
    assert listed[PLAN]["tiers"] == ["领跑者", "先进", "达标"] and not listed[PLAN]["shipped"]
    # A set is advice: the check of the same standard is exactly what it was before the import.
    after = cli(tmp_path, "check", str(standard), "--json")
    assert after.returncode == before.returncode and after.stdout == before.stdout
    found = json.loads(cli(tmp_path, "benchmark", "compare", str(standard), "--set", PLAN,
                           "--json").stdout)  # fmt: skip
    assert found["tier_reached"] == "先进"
    assert [(r["tier"], r["verdict"], r["gap"]) for r in found["rows"]] == [
        ("领跑者", "misses", "0.02 mg/kg"),
        ("先进", "meets", None),
        ("达标", "meets", None),
    ]
    # Without --set every set of the product is compared: the T/JGE one and the plan.
    both = json.loads(cli(tmp_path, "benchmark", "compare", str(standard), "--json").stdout)
    assert both["tier_reached"] == {SLICES: "江西绿色生态", PLAN: "先进"}


def test_the_pdf_report_names_the_target_the_verdict_and_the_pages(tmp_path: Path, cli) -> None:
    path = orange_slices(tmp_path / "冻干脐橙片.docx")
    out = tmp_path / "对标报告.pdf"
    result = cli(tmp_path, "benchmark", "compare", str(path), "--report", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    text = "".join(page.extract_text() for page in reader.pages).replace(" ", "")
    for words in ("对标报告", SLICES, "≤0.1mg/kg", "≤0.2mg/kg", "未达到", "0.1mg/kg",
                  "NY/T435—2021", "不影响检查结论", f"第1页共{len(reader.pages)}页"):  # fmt: skip
        assert words.replace(" ", "") in text, words
    fonts = {str(f.get_object().get("/BaseFont")) for page in reader.pages
             for f in (page["/Resources"].get("/Font") or {}).values()}  # fmt: skip
    assert any(f.startswith("/AAAAAA+") for f in fonts)  # a Chinese font, embedded as a subset


def test_the_excel_report_keeps_formula_leading_text_as_text(tmp_path: Path, cli) -> None:
    hostile = '=HYPERLINK("http://x","y")'
    rows = [[PLAN, "冻干脐橙", "自定", "", "铅", "≤", "0.1", "mg/kg", "", "目标", hostile, "",
             "-NY/T 435", "@SUM(A1)"]]  # fmt: skip
    assert cli(tmp_path, "benchmark", "import", str(workbook(tmp_path, cli, rows))).returncode == 0
    out = tmp_path / "对标.xlsx"
    path = orange_slices(tmp_path / "冻干脐橙片.docx")
    result = cli(tmp_path, "benchmark", "compare", str(path), "--set", PLAN, "--report", str(out))
    assert result.returncode == 0, result.stderr
    cells = [c for sheet in load_workbook(out).worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value: c for c in cells if isinstance(c.value, str)}
    for value in (hostile, "-NY/T 435"):
        assert texts[value].data_type == "s" and texts[value].quotePrefix
    assert any(c.value == "未达到" for c in cells)
