"""Places as a reader finds them, and messages that say what is missing once."""

from __future__ import annotations

from jxdeclare.domain.document.model import Table
from jxdeclare.domain.document.places import place_of
from jxdeclare.domain.document.text import placeholder, placeholders, ref_token
from jxdeclare.drafting.example import example_document
from jxdeclare.drafting.layout import plan
from jxdeclare.drafting.readiness import final_blockers
from jxdeclare.drafting.template_bind import rewrite_texts


def test_model_paths_read_as_clause_numbers_tables_and_form_labels() -> None:
    doc = example_document()
    sensory = Table("感官要求", ["项目", "要求"], [["色泽", "白色"], ["滋味", "无异味"]])
    doc.chapters[3].children[0].blocks.insert(0, sensory)  # 表1; the indicator table is 表2
    reference = doc.normative_references[0].number
    places = {
        "cover.title": "封面 标准名称",
        "foreword.drafters": "前言 主要起草人",
        "chapters[0].blocks[0].text": "第1章",
        "chapters[3].children[1].blocks[0].text": "4.2",
        "chapters[3].children[0].blocks[2].rows[2].method": "表2 第3行 检验方法",
        "chapters[3].children[0].blocks[0].rows[1][1]": "表1 第2行 第2列",
        "chapters[3].children[0].blocks[0].caption": "表1 表题",
        "normative_references[0].title": f"规范性引用文件 {reference} 标准名称",
        "annexes[0].title": "附录A 标题",
    }
    assert {path: place_of(doc, path) for path in places} == places


def test_an_unfilled_place_is_named_once_and_where_a_reader_finds_it() -> None:
    doc = example_document()
    doc.foreword.drafters = placeholder("填写：主要起草人姓名")
    (problem,) = [p for p in final_blockers(doc) if p.params["path"] == "foreword.drafters"]
    assert problem.text() == "前言 主要起草人 尚未填写：主要起草人姓名"
    assert "填写：填写" not in problem.text() and "foreword" not in problem.text()
    assert [p.what for p in placeholders(doc)] == ["主要起草人姓名"]


def test_no_printed_text_shows_a_link_token() -> None:
    doc = example_document()
    target = doc.annexes[0].id
    rewrite_texts(doc, lambda text: text + ref_token(target))  # a link in every text field
    printed = repr(plan(doc))
    assert "[[ref:" not in printed and "附录A" in printed
