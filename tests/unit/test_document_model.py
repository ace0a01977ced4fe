"""The document model: computed numbering, links, boilerplate and the .jxstd format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jxdeclare.domain.document import boilerplate as bp
from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import (
    Annex,
    ChapterRole,
    Clause,
    Cover,
    Document,
    Figure,
    Formula,
    IndicatorRow,
    IndicatorTable,
    Note,
    Paragraph,
    Reference,
    Table,
    TermEntry,
)
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import broken_refs, placeholders, ref_token, resolve
from jxdeclare.drafting.example import example_document


def small_document() -> Document:
    table1 = Table("感官要求", ["项目", "要求"], [["色泽", "白色"]])
    table2 = IndicatorTable("理化指标", [IndicatorRow("铅", "mg/kg", "≤", "0.2")])
    req = Clause("技术要求", children=[
        Clause("感官", [table1, Note("一"), Note("二")]),
        Clause("理化", [Paragraph(f"应符合{ref_token(table2.id)}。"), table2, Note("仅此一注")]),
    ])  # fmt: skip
    annex = Annex("方法", normative=True, blocks=[Table("条件", ["a"], [["b"]]), Formula("x=1")])
    annex.children = [Clause("原理", [Figure("装置")])]
    return Document(
        cover=Cover("某公司", "ABC", "Q/ABC 0001—2026", "米粉"),
        chapters=[
            Clause("范围", [Paragraph(f"见{ref_token(req.children[1].id)}和{ref_token(annex.id)}")],
                   role=ChapterRole.SCOPE),
            Clause("规范性引用文件", role=ChapterRole.NORMATIVE_REFERENCES),
            Clause("术语和定义", [TermEntry("米粉", "定义一"), TermEntry("米线", "定义二")],
                   role=ChapterRole.TERMS),
            req,
            Clause("试验方法", [Formula("y=2"), Figure("流程")]),
        ],
        annexes=[annex],
    )  # fmt: skip


def test_numbers_are_computed_from_the_structure() -> None:
    doc = small_document()
    n = Numbering(doc)
    req = doc.chapters[3]
    assert n[req.id].number == "4"
    assert [n[c.id].number for c in req.children] == ["4.1", "4.2"]
    assert [n[t.id].number for t in doc.chapters[2].blocks] == ["3.1", "3.2"]
    assert n[req.children[0].blocks[0].id].reference == "表1"
    assert n[req.children[1].blocks[1].id].reference == "表2"
    annex = doc.annexes[0]
    assert n[annex.id].reference == "附录A"
    assert n[annex.blocks[0].id].reference == "表A.1"
    assert n[annex.blocks[1].id].number == "(A.1)"
    assert n[annex.children[0].id].number == "A.1"
    assert n[annex.children[0].blocks[0].id].reference == "图A.1"
    assert n[doc.chapters[4].blocks[0].id].number == "(1)"
    assert n[doc.chapters[4].blocks[1].id].reference == "图1"


def test_notes_are_numbered_only_when_there_are_several() -> None:
    doc = small_document()
    n = Numbering(doc)
    several = doc.chapters[3].children[0].blocks[1:]
    alone = doc.chapters[3].children[1].blocks[2]
    assert [n[b.id].number for b in several] == ["1", "2"]
    assert n[alone.id].number == ""


def test_moving_a_clause_renumbers_tables_and_links() -> None:
    doc = small_document()
    text = doc.chapters[3].children[1].blocks[0].text
    assert resolve(text, Numbering(doc)) == "应符合表2。"
    doc.chapters[3].children.reverse()
    assert resolve(text, Numbering(doc)) == "应符合表1。"
    assert resolve(doc.chapters[0].blocks[0].text, Numbering(doc)) == "见4.1和附录A"


def test_a_link_to_a_deleted_element_is_detected() -> None:
    doc = small_document()
    assert broken_refs(doc) == []
    doc.annexes.clear()
    broken = broken_refs(doc)
    assert [b.path for b in broken] == ["chapters[0].blocks[0].text"]
    assert "引用已失效" in resolve(doc.chapters[0].blocks[0].text, Numbering(doc))


def test_placeholders_are_listed_with_their_path() -> None:
    doc = small_document()
    doc.chapters[3].children[1].blocks[1].rows[0].value = "{{填写：铅限量}}"
    assert [(p.path, p.hint) for p in placeholders(doc)] == [
        ("chapters[3].children[1].blocks[1].rows[0].value", "填写：铅限量")
    ]


def test_references_sort_in_the_gb_t_1_1_order() -> None:
    refs = [Reference(n) for n in (
        "T/JGE 0001—2020", "ISO 9001", "GB/T 191", "QB/T 4711", "DB36/T 1", "GB 5009.12",
        "GB 2762—2025", "GB 5009.3", "NY/T 5", "企业内部规程",
    )]  # fmt: skip
    assert [r.number for r in bp.sorted_references(refs)] == [
        "GB 2762—2025", "GB 5009.3", "GB 5009.12", "GB/T 191", "NY/T 5", "QB/T 4711",
        "DB36/T 1", "T/JGE 0001—2020", "ISO 9001", "企业内部规程",
    ]  # fmt: skip


def test_foreword_carries_the_fixed_first_sentence_and_the_replaces_statement() -> None:
    doc = example_document()
    before, changes, _after = bp.foreword_paragraphs(doc)
    assert before[0].startswith("本文件按照GB/T 1.1—2020《标准化工作导则")
    assert before[1] == "本文件代替Q/JXSL 0002—2023《干米粉》。"
    assert "主要技术变化如下" in before[2] and len(changes) == 2
    doc.cover.replaces = []
    before, changes, _after = bp.foreword_paragraphs(doc)
    assert len(before) == 1 and changes == []


def test_jxstd_round_trips_without_loss(tmp_path: Path) -> None:
    doc = example_document()
    path = tmp_path / "示例 标准.jxstd"
    jxstd.save(doc, path)
    assert jxstd.load(path) == doc


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["document"]["chapters"][0].__setitem__("role", "preface"),
         "document.chapters[0].role"),
        (lambda d: d["document"]["chapters"][4]["children"][0]["blocks"][1].__setitem__(
            "type", "chart"), "document.chapters[4].children[0].blocks[1].type"),
        (lambda d: d["document"]["cover"].pop("number"), "document.cover.number"),
        (lambda d: d["document"]["cover"].__setitem__("title", 5), "document.cover.title"),
        (lambda d: d["document"].__setitem__("colour", "red"), "document.colour"),
    ],
)  # fmt: skip
def test_a_bad_field_is_named_by_its_path(mutate, path: str) -> None:
    payload = json.loads(jxstd.dumps(example_document()))
    mutate(payload)
    with pytest.raises(jxstd.JxstdError) as err:
        jxstd.loads(json.dumps(payload, ensure_ascii=False))
    assert path in str(err.value)


def test_a_file_from_a_newer_version_is_refused_clearly() -> None:
    payload = json.loads(jxstd.dumps(example_document()))
    payload["schema_version"] = jxstd.SCHEMA_VERSION + 1
    with pytest.raises(jxstd.JxstdError, match="较新版本"):
        jxstd.loads(json.dumps(payload))


@pytest.mark.parametrize("version", [0, -3])
def test_a_version_below_one_is_refused_naming_the_field(version: int) -> None:
    payload = json.loads(jxstd.dumps(example_document()))
    payload["schema_version"] = version
    with pytest.raises(jxstd.JxstdError) as err:
        jxstd.loads(json.dumps(payload))
    assert str(err.value) == f"文件内容有误：schema_version：应为 1 到 1 的整数，实为 {version}"


def nested(levels: int, annex: bool = False) -> Document:
    clause = Clause("深", [Paragraph("正文")])
    for _ in range(levels - 1):
        clause = Clause("层", children=[clause])
    cover = Cover("企", "QY", "Q/QY 0001—2026", "题")
    if annex:
        return Document(cover=cover, annexes=[Annex("附录", children=[clause])])
    return Document(cover=cover, chapters=[Clause("章", children=[clause])])


def test_clauses_nest_at_most_five_levels_below_a_chapter_or_annex() -> None:
    for annex in (False, True):
        five = nested(5, annex)
        assert jxstd.loads(jxstd.dumps(five)) == five
    with pytest.raises(jxstd.JxstdError) as err:
        jxstd.loads(jxstd.dumps(nested(20)))
    where = "document.chapters[0]" + ".children[0]" * 6
    assert str(err.value) == f"文件内容有误：{where}：条的层级过深：章或附录以下最多 5 层"
    with pytest.raises(jxstd.JxstdError, match=r"annexes\[0\](\.children\[0\]){6}：条的层级过深"):
        jxstd.loads(jxstd.dumps(nested(6, annex=True)))


def test_garbage_is_not_a_draft() -> None:
    with pytest.raises(jxstd.JxstdError, match="第 1 行"):
        jxstd.loads("{not json")
    with pytest.raises(jxstd.JxstdError, match="不是 jxstd"):
        jxstd.loads('{"format": "docx"}')


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(st.text(max_size=20), min_size=1, max_size=5),
    depth=st.integers(min_value=1, max_value=5),
)
def test_any_text_and_nesting_round_trips(texts: list[str], depth: int) -> None:
    clause = Clause("深", [Paragraph(t) for t in texts])
    for _ in range(depth):
        clause = Clause("层", children=[clause])
    doc = Document(cover=Cover("企", "QY", "Q/QY 0001—2026", "题"), chapters=[clause])
    assert jxstd.loads(jxstd.dumps(doc)) == doc
