"""The layout plan both renderers follow: order, generated sentences, cover lines."""

from __future__ import annotations

from jxdeclare.drafting.example import example_document
from jxdeclare.drafting.layout import (
    Heading,
    Para,
    SectionTitle,
    TableItem,
    TermName,
    cover_text,
    plan,
)


def test_the_body_starts_once_at_chapter_one() -> None:
    items = plan(example_document()).items
    starts = [i for i in items if isinstance(i, Heading) and i.starts_body]
    assert [(h.number, h.title) for h in starts] == [("1", "范围")]


def test_empty_chapters_say_so_and_terms_are_numbered_entries() -> None:
    doc = example_document()
    doc.normative_references.clear()
    items = plan(doc).items
    texts = [i.text for i in items if isinstance(i, Para)]
    assert "本文件没有规范性引用文件。" in texts
    number = next(i for i in items if isinstance(i, Heading) and i.number == "3.1")
    after = items[items.index(number) + 1]
    assert not number.toc and after == TermName("干米粉\u3000dried rice noodles")


def test_toc_lists_foreword_chapters_annexes_and_bibliography_in_order() -> None:
    toc = [text for _level, text in plan(example_document(chapters=1)).toc]
    assert toc[0] == "前言" and toc[1] == "1\u3000范围"
    assert toc[-2:] == ["附录A（规范性）\u3000断条率的测定", "参考文献"]


def test_tables_carry_their_computed_labels() -> None:
    tables = [i for i in plan(example_document(chapters=2, tables=2)).items
              if isinstance(i, TableItem)]  # fmt: skip
    assert [t.label for t in tables] == ["表1", "表2", "表3", "表4", "表A.1"]
    assert tables[0].continued_title == "表1（续）"
    assert tables[0].header[3] == "指标" and tables[0].rows[0][3] == "≤1.0"


def test_cover_lines_as_printed() -> None:
    doc = example_document()
    doc.cover.ics, doc.cover.implement_date = "67.060", ""
    text = cover_text(doc.cover)
    assert text.codes == ("ICS 67.060",)
    assert (text.code, text.heading) == ("Q/JXSL", "江西示例米业有限公司企业标准")
    assert text.replaces == "代替 Q/JXSL 0002—2023"
    assert (text.published, text.implemented) == ("2026-11-20 发布", "XXXX-XX-XX 实施")
    assert text.publisher == "江西示例米业有限公司\u3000发布"
    assert isinstance(plan(doc).items[0], SectionTitle)


def test_the_change_list_is_drafted_from_two_versions() -> None:
    from jxdeclare.domain.document.model import Clause, IndicatorRow, Paragraph
    from jxdeclare.drafting.changes import change_list

    old, new = example_document(chapters=1, tables=1), example_document(chapters=1, tables=1)
    assert change_list(old, new) == []
    table = new.chapters[3].children[0].blocks[1]
    table.rows[0].value = "0.5"  # 水分 ≤1.0 → ≤0.5
    table.rows[1].method = "GB 5009.239"
    table.rows.append(IndicatorRow("净含量偏差", "%", "≤", "3"))
    del table.rows[2]  # 断条率
    new.chapters[3].children.append(Clause("储存试验", [Paragraph("按附录B。")]))
    assert change_list(old, new) == [
        "增加了“储存试验”（见4.4）；",
        "更改了“水分”指标（由≤1.0%改为≤0.5%）（见表1）；",
        "更改了“酸度”的检验方法（由GB 5009.3改为GB 5009.239）（见表1）；",
        "增加了“净含量偏差”指标（见表1）；",
        "删除了“断条率”指标。",
    ]
