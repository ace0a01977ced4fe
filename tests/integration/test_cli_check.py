"""`jxdeclare-cli check` as scripts use it: exit codes and the JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import Paragraph, Reference
from jxdeclare.drafting.example import example_document

KEYS = {"rule", "severity", "category", "location", "message", "suggestion", "evidence"}


def write(path: Path, outdated: bool) -> Path:
    doc = example_document(chapters=1, tables=1)
    doc.chapters[3].children[1].blocks.append(Paragraph("污染物限量应符合GB 2762的规定。"))
    doc.chapters[3].children[1].blocks.append(Paragraph("标签应符合GB 7718的规定。"))
    doc.normative_references = [Reference("GB 2762"), Reference("GB 7718"), Reference("GB 5009.3"),
                                Reference("GB 5009.12")]  # fmt: skip
    if outdated:
        doc.normative_references.append(Reference("GB 2760—2014"))
        doc.chapters[0].blocks.append(Paragraph("食品添加剂的使用应符合GB 2760—2014的规定。"))
    jxstd.save(doc, path)
    return path


def test_exit_0_for_a_clean_standard_and_1_with_errors(tmp_path: Path, cli) -> None:
    clean = write(tmp_path / "干净 标准.jxstd", outdated=False)
    result = cli(tmp_path, "check", str(clean), "--as-of", "2026-11-29")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "未发现问题" in result.stdout
    bad = write(tmp_path / "旧版引用.jxstd", outdated=True)
    result = cli(tmp_path, "check", str(clean), str(bad), "--as-of", "2026-11-29", "--json")
    assert result.returncode == 1
    checked = json.loads(result.stdout)  # several files: one object each
    assert [Path(c["file"]).name for c in checked] == ["干净 标准.jxstd", "旧版引用.jxstd"]
    assert all(c["as_of"] == "2026-11-29" and c["pack"] for c in checked)
    outdated_file = checked[1]  # GB 2760—2014 cited: a superseded mandatory reference
    assert outdated_file["verdict"] == "不合格"
    first = outdated_file["rectification"][0]
    assert (first["category"], first["rule"]) == ("合法性", "R001") and first["change"]
    findings = [f for c in checked for f in c["findings"]]
    assert all(set(f) >= KEYS for f in findings)
    (outdated,) = [f for f in findings if f["rule"] == "R001"]
    assert outdated["severity"] == "error" and outdated["file"].endswith("旧版引用.jxstd")
    assert "GB 2760—2024" in outdated["message"]
    assert outdated["evidence"]["as_of"] == "2026-11-29"


def test_exit_2_for_unusable_input(tmp_path: Path, cli) -> None:
    text = tmp_path / "说明.txt"
    text.write_text("不是标准", "utf-8")
    damaged = tmp_path / "坏.jxstd"
    damaged.write_text("{", "utf-8")
    clean = write(tmp_path / "a.jxstd", outdated=False)
    for args in ([str(text)], [str(damaged)], [str(tmp_path / "没有.jxstd")],
                 [str(clean), "--as-of", "2026-13-01"]):  # fmt: skip
        result = cli(tmp_path, "check", *args)
        assert result.returncode == 2, args
        assert result.stderr.strip(), args


def test_reports_as_excel_pdf_and_the_review_form(tmp_path: Path, cli) -> None:
    import docx
    from openpyxl import load_workbook
    from pypdf import PdfReader

    bad = write(tmp_path / "旧版引用.jxstd", outdated=True)
    for suffix in (".xlsx", ".pdf", ".docx"):
        out = tmp_path / f"报告 结果{suffix}"
        result = cli(tmp_path, "check", str(bad), "--as-of", "2026-11-29", "--report", str(out))
        assert result.returncode == 1, result.stderr
        assert out.is_file() and out.stat().st_size > 0
    sheet = load_workbook(tmp_path / "报告 结果.xlsx").active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "状态判断日期：2026-11-29" in cells and "R001" in cells
    pdf_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "报告 结果.pdf").pages)
    assert "标准检查报告" in pdf_text and "GB 2760—2024" in pdf_text
    assert "第 1 页 共 1 页" in pdf_text
    table = docx.Document(str(tmp_path / "报告 结果.docx")).tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "序号",
        "章条编号",
        "意见内容",
        "依据",
        "处理意见",
    ]
    (outdated,) = [row for row in table.rows[1:] if "GB 2760—2014" in row.cells[2].text]
    assert outdated.cells[3].text == "GB 2760—2024"  # its basis: the edition that replaced it
    assert cli(tmp_path, "check", str(bad), "--report", str(tmp_path / "r.txt")).returncode == 2
