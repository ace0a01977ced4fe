"""The issue's acceptance case: a Word standard written to GB/T 1.1—2009, citing a replaced
edition, with an indicator looser than GB 2762—2025, gets the findings a reviewer would write."""

from __future__ import annotations

import json
from pathlib import Path

import docx

LINES_BEFORE_TABLE = [
    "ICS 67.140.10", "Q/JXCY", "江西示例茶业有限公司企业标准", "Q/JXCY 0001-2019",
    "代替 Q/JXCY 0001-2016", "绿茶", "2019-05-01发布　　2019-06-01实施",
    "江西示例茶业有限公司　发布", "前言", "本标准按照GB/T 1.1-2009给出的规则起草。",
    "本标准由江西示例茶业有限公司提出。", "1　范围",
    "本标准规定了绿茶的技术要求、试验方法、检验规则。",
    "2　规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB 2762-2017　食品安全国家标准 食品中污染物限量",
    "GB 2763　食品安全国家标准 食品中农药最大残留限量",
    "GB 5009.12　食品安全国家标准 食品中铅的测定",
    "3　术语和定义", "本标准没有需要界定的术语和定义。", "4　技术要求", "4.1　理化指标",
    "理化指标应符合表1的规定。", "表1　理化指标",
]  # fmt: skip
LINES_AFTER_TABLE = [
    "4.2　污染物和农药残留",
    "污染物限量应符合GB 2762-2017的规定，农药残留限量应符合GB 2763的规定。",
    "附录A", "（规范性附录）", "感官审评方法", "感官审评按照本附录进行。",
]  # fmt: skip


def old_standard(path: Path) -> Path:
    word = docx.Document()
    for line in LINES_BEFORE_TABLE:
        word.add_paragraph(line)
    table = word.add_table(rows=2, cols=3)
    cells = (["项目", "指标", "检验方法"], ["铅(以Pb计)/(mg/kg)", "≤10", "GB 5009.12"])
    for row, texts in zip(table.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    for line in LINES_AFTER_TABLE:
        word.add_paragraph(line)
    word.save(str(path))
    return path


def test_an_old_word_standard_gets_the_findings_a_reviewer_would_write(tmp_path: Path, cli) -> None:
    path = old_standard(tmp_path / "旧版 绿茶标准.docx")
    result = cli(tmp_path, "check", str(path), "--as-of", "2026-11-29", "--json")
    assert result.returncode == 1, result.stderr
    checked = json.loads(result.stdout)  # one file: one object
    assert checked["product_category"]["product"] == "绿茶" and checked["limits_checked"]
    found = {(f["rule"], f["location"]["label"]) for f in checked["findings"]}
    assert found == {
        ("I001", "表1 第1行"),  # 铅 ≤10 mg/kg against ≤5.0 mg/kg in GB 2762—2025
        ("R001", "第2章"),  # GB 2762—2017 replaced by GB 2762—2025
        ("W001", "前言"),  # the GB/T 1.1—2009 first sentence
        ("W002", "附录A"),  # （规范性附录）
        ("W005", "1"),  # 本标准
        ("C001", "封面"),  # category inferred from the title: 绿茶
        ("W001", "2"),  # chapter 2 opens with the GB/T 1.1—2009 lead-in
        ("M001", "第2章"),  # GB 7718 (prepackaged food labels) neither cited nor complied with
        ("N008", "前言"),  # 代替 Q/JXCY 0001-2016 without the list of technical changes
        ("L002", "封面"),  # published 2019-05-01: more than three years without revision
    }
    looser = next(f for f in checked["findings"] if f["rule"] == "I001")
    assert looser["evidence"]["standard"] == "GB 2762—2025" and "≤5.0" in looser["message"]


def test_a_text_pdf_is_imported_as_well(tmp_path: Path, cli) -> None:
    from jxdeclare.drafting.example import example_document
    from jxdeclare.drafting.pdf import render_pdf
    from jxdeclare.importing.pdf_import import import_pdf

    document = example_document(chapters=2, tables=1)
    document.foreword.extra.append("本标准按照GB/T 1.1-2009给出的规则起草。")
    pdf = tmp_path / "已发布 标准.pdf"
    render_pdf(document, pdf, final=True)
    imported = import_pdf(pdf).document
    assert imported.cover.number == "Q/JXSL 0002—2026" and imported.cover.title == "干米粉"
    assert [c.title for c in imported.chapters] == [c.title for c in document.chapters]
    assert [r.number for r in imported.normative_references] == [
        r.number for r in document.normative_references
    ]
    result = cli(tmp_path, "check", str(pdf), "--as-of", "2026-11-29", "--json")
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert "W001" in rules  # the 2009 sentence survived the trip through PDF
    bad = tmp_path / "假.pdf"
    bad.write_bytes(b"not a pdf")
    refused = cli(tmp_path, "check", str(bad))
    assert refused.returncode == 2 and "不是 PDF 文件" in refused.stderr


def test_the_fixed_sentences_are_compared_word_for_word(tmp_path: Path, cli) -> None:
    """A 2020 first sentence in other words, 适应于 for 适用于, 本文文件: a proof-reader's marks."""
    word = docx.Document()
    lines = [
        "Q/JXCY", "江西示例茶业有限公司企业标准", "Q/JXCY0002S-2026", "绿茶",
        "2026-11-01发布　　2026-11-15实施", "江西示例茶业有限公司　发布", "前言",
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》"
        "给出的规则起草。",
        "1　范围", "本文件规定了绿茶的技术要求。本文文件适用于绿茶。", "2　规范性引用文件",
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
        "仅该日期对应的版本适应于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）"
        "适用于本文件。",
        "GB 2762　食品安全国家标准 食品中污染物限量", "3　术语和定义",
        "本文件没有需要界定的术语和定义。",
        "4　技术要求", "污染物限量应符合GB 2762的规定。",
    ]  # fmt: skip
    for line in lines:
        word.add_paragraph(line)
    path = tmp_path / "校对 绿茶.docx"
    word.save(str(path))
    result = cli(tmp_path, "check", str(path), "--as-of", "2026-12-07", "--json")
    findings = json.loads(result.stdout)["findings"]
    (first,) = [f for f in findings if f["rule"] == "W006"]
    assert "本文件按照GB/T 1.1—2020" in first["message"] and first["location"]["label"] == "前言"
    typos = {f["message"].split("”")[0].lstrip("“") for f in findings if f["rule"] == "W007"}
    assert typos == {"适应于本文件", "本文文件"}


def test_clause_numbers_out_of_sequence_are_reported(tmp_path: Path, cli) -> None:
    word = docx.Document()
    lines = [
        "Q/JXCY", "江西示例茶业有限公司企业标准", "Q/JXCY 0002S—2026", "绿茶",
        "2026-11-01发布　2026-11-15实施", "江西示例茶业有限公司　发布", "1　范围",
        "本文件规定了绿茶的要求。", "2　规范性引用文件", "本文件没有规范性引用文件。",
        "3　术语和定义", "本文件没有需要界定的术语和定义。", "4　技术要求", "4.1　感官",
        "应符合规定。", "4.2　理化", "应符合规定。", "4.21　水分", "应符合规定。",
        "4.2.2　灰分", "应符合规定。", "4.2.3　粉末", "应符合规定。",
    ]  # fmt: skip
    for line in lines:
        word.add_paragraph(line)
    path = tmp_path / "条号 绿茶.docx"
    word.save(str(path))
    result = cli(tmp_path, "check", str(path), "--as-of", "2026-12-07", "--json")
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "S010"]
    assert [f["message"] for f in found][:1] == ["条号“4.2.2”不连续，按位置应为4.2.1"]
