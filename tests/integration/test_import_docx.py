"""Importing Word files: our own output round-trips, a messy hand-made file, bad files refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jxdeclare.domain.document.model import (
    ChapterRole,
    Document,
    Paragraph,
    Table,
    TermEntry,
)
from jxdeclare.drafting.docx import render_docx
from jxdeclare.drafting.example import example_document
from jxdeclare.importing.docx_import import DocumentImportError, ImportResult, import_docx
from tests.integration.word_layouts import clause_numbers, indicator_tables


def test_round_trip_through_our_own_word_output(tmp_path: Path) -> None:
    original = example_document(chapters=2, tables=2, rows_per_table=3)
    path = tmp_path / "example.docx"
    render_docx(original, path)
    result = import_docx(path)
    doc = result.document
    assert (doc.cover.number, doc.cover.title) == (original.cover.number, original.cover.title)
    assert doc.cover.enterprise_name == original.cover.enterprise_name
    assert doc.cover.enterprise_code == "JXSL"
    assert doc.cover.replaces == original.cover.replaces
    assert (doc.cover.publish_date, doc.cover.implement_date) == ("2026-11-20", "2026-12-01")
    assert [c.title for c in doc.chapters] == [c.title for c in original.chapters]
    assert [c.role for c in doc.chapters] == [c.role for c in original.chapters]
    assert clause_numbers(doc) == clause_numbers(original)
    refs = [(r.number, r.title) for r in doc.normative_references]
    assert refs == [(r.number, r.title) for r in original.normative_references]
    assert doc.chapter(ChapterRole.NORMATIVE_REFERENCES).blocks == []  # type: ignore[union-attr]
    got = [
        [(r.item, r.comparator, r.value, r.method) for r in t.rows] for t in indicator_tables(doc)
    ]
    want = [
        [(r.item, r.comparator, r.value, r.method) for r in t.rows]
        for t in indicator_tables(original)
    ]
    assert got == want
    assert [r.unit for r in doc.indicator_rows()] == [r.unit for r in original.indicator_rows()]
    assert [(a.title, a.normative) for a in doc.annexes] == [("断条率的测定", True)]
    (term,) = [b for b in doc.all_blocks() if isinstance(b, TermEntry)]
    assert (term.term, term.term_en) == ("干米粉", "dried rice noodles")
    assert term.definition.startswith("以大米为原料")
    assert doc.foreword.drafters == "张三、李四" and doc.foreword.extra == []
    assert doc.foreword.changes == original.foreword.changes
    assert [r.number for r in doc.bibliography] == ["GB/T 20001.10—2014"]
    assert result.notes == []


MESSY_LINES = (
    "Q/ABC",
    "江西某某食品有限公司企业标准",
    "Q/ABC 0001S-2019",
    "代替 Q/ABC 0001S-2016",
    "企业标准信息公共服务平台 公开 2019-06-01",
    "风味米粉",
    "2019年06月01日发布",
    "2019-06-10 实施",
    "江西某某食品有限公司　发布",
    "前　言",
    "本标准按照GB/T 1.1-2009给出的规则起草。",
    "本标准由江西某某食品有限公司提出。",
    "1　范围",
    "本标准规定了风味米粉的要求。",
    "2　规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB 2762-2017 食品安全国家标准 食品中污染物限量",
    "GB/T 191-2008　包装储运图示标志",
    "XYZ 12 某某规程",
    "3　技术要求",
    "3.1　原料要求",
    "——大米：应符合GB 1354的规定；",
    "——水：应符合GB 5749的规定。",
    "3.2　理化指标",
    "3.2.1　产品应符合表1的规定。",
    "表1　理化指标",
)
INDICATORS = (
    ("项目", "指标", "检验方法"),
    ("铅(以Pb计)/(mg/kg)", "≤0.5", "GB 5009.12"),
    ("水分/%", "≤14.0", "GB 5009.3"),
)
CONTINUED = (("项目", "指标", "检验方法"), ("大肠菌群", "不得检出", "GB 4789.3"))


def _fill(table: object, cells: tuple[tuple[str, ...], ...]) -> None:
    for row, texts in zip(table.rows, cells, strict=True):  # type: ignore[attr-defined]
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text


def _messy(path: Path) -> None:
    word = docx.Document()
    for line in MESSY_LINES:
        word.add_paragraph(line)
    _fill(word.add_table(rows=3, cols=3), INDICATORS)
    word.add_paragraph("表1（续）")
    _fill(word.add_table(rows=2, cols=3), CONTINUED)
    for line in ("注：指标以干基计。", "附录A", "（规范性附录）", "检验方法", "A.1　仪器",
                 "天平：感量0.01 g。"):  # fmt: skip
        word.add_paragraph(line)
    word.save(str(path))


def test_a_messy_real_world_file(tmp_path: Path) -> None:
    path = tmp_path / "messy.docx"
    _messy(path)
    result = import_docx(path)
    doc = result.document
    cover = doc.cover
    assert (cover.enterprise_name, cover.enterprise_code) == ("江西某某食品有限公司", "ABC")
    assert cover.number == "Q/ABC 0001S—2019" and cover.replaces == ["Q/ABC 0001S—2016"]
    assert (cover.title, cover.publish_date, cover.implement_date) == (
        "风味米粉", "2019-06-01", "2019-06-10")  # fmt: skip
    assert cover.publisher == "江西某某食品有限公司"
    assert "本标准按照GB/T 1.1-2009给出的规则起草。" in doc.foreword.extra
    assert doc.foreword.proposer == "江西某某食品有限公司"
    assert [c.title for c in doc.chapters] == ["范围", "规范性引用文件", "技术要求"]
    assert [c.role for c in doc.chapters][:2] == [
        ChapterRole.SCOPE,
        ChapterRole.NORMATIVE_REFERENCES,
    ]
    refs = [(r.number, r.title) for r in doc.normative_references]
    assert refs[:2] == [("GB 2762—2017", "食品安全国家标准 食品中污染物限量"),
                        ("GB/T 191—2008", "包装储运图示标志")]  # fmt: skip
    assert refs[2] == ("XYZ 12", "某某规程") and any("XYZ" in n.text for n in result.notes)
    assert clause_numbers(doc)[-4:] == [("3.1", "原料要求"), ("3.2", "理化指标"), ("3.2.1", ""),
                                  ("A.1", "仪器")]  # fmt: skip
    untitled = doc.chapters[2].children[1].children[0]
    assert isinstance(untitled.blocks[0], Paragraph)
    assert untitled.blocks[0].text == "产品应符合表1的规定。"
    (table,) = indicator_tables(doc)
    assert table.caption == "理化指标"
    rows = [(r.item, r.unit, r.comparator, r.value, r.method) for r in table.rows]
    assert rows == [("铅(以Pb计)", "mg/kg", "≤", "0.5", "GB 5009.12"),
                    ("水分", "%", "≤", "14.0", "GB 5009.3"),
                    ("大肠菌群", "", "不得检出", "", "GB 4789.3")]  # fmt: skip
    (annex,) = doc.annexes
    assert (annex.title, annex.normative) == ("检验方法", True)
    assert any("规范性附录" in n.text and n.where == "附录A" for n in result.notes)
    texts = [t for t in _all_text(doc) if "公共服务平台" in t]
    assert texts == []


def _all_text(doc: Document) -> list[str]:
    from jxdeclare.domain.document.text import iter_texts

    return [text for _, text in iter_texts(doc)]


def test_bad_files_are_refused_with_the_file_name(tmp_path: Path) -> None:
    cases = {
        "renamed.docx": b"just some text, not a Word file\n",
        "encrypted.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
        "empty.docx": b"",
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    with zipfile.ZipFile(tmp_path / "archive.docx", "w") as archive:
        archive.writestr("readme.txt", "not a document")
    for name in [*cases, "archive.docx"]:
        with pytest.raises(DocumentImportError, match=name.replace(".", r"\.")):
            import_docx(tmp_path / name)
    with pytest.raises(DocumentImportError, match="加密"):
        import_docx(tmp_path / "encrypted.docx")


def test_a_document_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(DocumentImportError, match=r"blank\.docx.*没有文字"):
        import_docx(path)


def test_odd_elements_never_crash(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("1　范围")
    word.add_paragraph("      ")
    word.add_table(rows=2, cols=2)  # empty
    merged = word.add_table(rows=3, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "合并表头"
    merged.cell(1, 0).merge(merged.cell(2, 0)).text = "纵向合并"
    merged.cell(1, 1).text, merged.cell(1, 2).text = "a", "b"
    word.add_paragraph("表2　没有表格的表题")
    word.add_paragraph("正文。")
    _inserted_run(word.add_paragraph("修订"), "插入的文字")
    path = tmp_path / "odd.docx"
    word.save(str(path))
    result: ImportResult = import_docx(path)
    blocks = result.document.chapters[0].blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].header == ["合并表头", "", ""]
    assert tables[0].rows == [["纵向合并", "a", "b"]]  # the merged cell's text appears once
    assert any("空表格" in n.text for n in result.notes)
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert paragraphs == ["表2　没有表格的表题", "正文。", "修订插入的文字"]


def _inserted_run(paragraph: object, text: str) -> None:
    """A tracked insertion (w:ins), which python-docx's paragraph.text does not see."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "x")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    ins.append(run)
    paragraph._p.append(ins)  # type: ignore[attr-defined]
