"""Importing Word files laid out the way enterprises send them (the builders: word_layouts.py).

Each test asserts what a user would notice after the import: the cover fields, the clause tree
and its numbers, the indicator tables, that the 目次 and the text boxes leave no stray text, and
the notes that say what could not be placed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jxdeclare.domain.document.model import (
    ChapterRole,
    Document,
    IndicatorTable,
    Note,
    Paragraph,
    Table,
    TermEntry,
)
from jxdeclare.domain.document.text import iter_texts
from jxdeclare.importing.docx_import import ImportResult, import_docx
from tests.integration import word_layouts as layouts
from tests.integration.word_layouts import clause_numbers, indicator_tables


def _rows(table: IndicatorTable) -> list[tuple[str, str, str, str, str]]:
    return [(r.item, r.unit, r.comparator, r.value, r.method) for r in table.rows]


def _texts(document: Document) -> list[str]:
    return [text for _, text in iter_texts(document)]


def _notes(result: ImportResult) -> list[tuple[str, str]]:
    return [(n.where, n.text) for n in result.notes]


def _no_toc_left(document: Document) -> None:
    """Nothing of the 目次 reached the document: no leader dots, no entry with a page number."""
    texts = _texts(document)
    assert not [t for t in texts if "……" in t or "...." in t or "\t" in t]
    assert not [t for t in texts if t.replace("　", "").replace(" ", "") in ("目次", "目录")]


@pytest.fixture
def rice(tmp_path: Path) -> ImportResult:
    return import_docx(layouts.rice_noodles_2009(tmp_path / "Q JQS 0106S-2021 鲜湿米粉.docx"))


def test_a_2009_cover_with_filing_number_and_replaced_standard(rice: ImportResult) -> None:
    cover = rice.document.cover
    assert (cover.enterprise_name, cover.enterprise_code) == ("江西金桥食品有限公司", "JQS")
    assert cover.number == "Q/JQS 0106S—2021"  # typed "Q/JQS0106S-2021"
    assert cover.replaces == ["Q/JQS 0106S—2018"]
    assert (cover.title, cover.title_en) == ("鲜湿米粉", "Fresh wet rice noodles")
    assert (cover.publish_date, cover.implement_date) == ("2021-08-10", "2021-09-10")
    assert (cover.ics, cover.publisher) == ("67.060", "江西金桥食品有限公司")
    assert not [t for t in _texts(rice.document) if "备案" in t or "361234" in t]
    assert ("封面", "备案号“361234-2021”未导入：备案号由备案机关给出，不属于标准文本") in _notes(
        rice
    )


def test_a_2009_foreword_keeps_the_old_sentence_for_the_checker(rice: ImportResult) -> None:
    foreword = rice.document.foreword
    assert foreword.extra == ["本标准按照GB/T 1.1—2009给出的规则起草。"]
    assert foreword.changes == ["修改了水分指标；", "增加了断条率指标。"]
    assert foreword.replaced_title == "鲜湿米粉"
    assert (foreword.proposer, foreword.drafters) == ("江西金桥食品有限公司", "王五、赵六")


def test_a_typed_toc_with_leader_dots_is_dropped(rice: ImportResult) -> None:
    _no_toc_left(rice.document)
    # the wrapped entry "附录B（资料性附录）" did not open an annex of its own
    assert [(a.title, a.normative) for a in rice.document.annexes] == [
        ("断条率的测定", True),
        ("生产工艺流程", False),
    ]


def test_clauses_numbered_in_the_text_become_the_clause_tree(rice: ImportResult) -> None:
    doc = rice.document
    assert [c.title for c in doc.chapters] == [
        "范围", "规范性引用文件", "术语和定义", "技术要求", "试验方法", "检验规则",
        "标志、标签、包装、运输和贮存",
    ]  # fmt: skip
    assert [c.role for c in doc.chapters[:3]] == [
        ChapterRole.SCOPE, ChapterRole.NORMATIVE_REFERENCES, ChapterRole.TERMS,
    ]  # fmt: skip
    assert clause_numbers(doc) == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "技术要求"),
        ("4.1", "原辅料要求"), ("4.1.1", ""), ("4.1.2", ""), ("4.2", "感官要求"),
        ("4.3", "理化指标"), ("4.4", "污染物限量"), ("5", "试验方法"), ("5.1", "感官"),
        ("5.2", "水分"), ("5.3", "断条率"), ("6", "检验规则"), ("6.1", "组批"),
        ("6.2", "出厂检验"), ("6.2.1", ""), ("6.2.2", ""), ("7", "标志、标签、包装、运输和贮存"),
        ("A.1", "仪器"), ("A.2", "测定步骤"),
    ]  # fmt: skip
    untitled = doc.chapters[3].children[0].children[0]
    assert untitled.blocks == [Paragraph("大米：应符合GB 1354的规定。", id=untitled.blocks[0].id)]
    (term,) = [b for b in doc.all_blocks() if isinstance(b, TermEntry)]
    assert (term.term, term.term_en) == ("鲜湿米粉", "fresh wet rice noodles")
    assert term.definition.startswith("以大米为主要原料")
    assert [r.number for r in doc.normative_references] == [
        "GB 2760", "GB 2762—2017", "GB 5009.3", "GB/T 191",
    ]  # fmt: skip
    # the title repeated at the top of page 1 is not body text
    assert doc.chapters[0].blocks[0] == Paragraph(
        "本标准规定了鲜湿米粉的技术要求、试验方法、检验规则和标志、包装、运输、贮存。",
        id=doc.chapters[0].blocks[0].id,
    )


def test_a_skipped_clause_number_is_renumbered_and_reported(rice: ImportResult) -> None:
    clause = rice.document.chapters[4].children[2]
    assert clause.title == "断条率"
    assert clause.blocks == [Paragraph("按附录A规定的方法测定。", id=clause.blocks[0].id)]
    assert any(n.text == "条号“5.4”不连续（跳号或重号），已按顺序编号为5.3" for n in rice.notes)


def test_a_table_split_over_two_pages_is_one_indicator_table(rice: ImportResult) -> None:
    sensory, physical = indicator_tables(rice.document)
    assert sensory.caption == "感官要求" and len(sensory.rows) == 2
    assert physical.caption == "理化指标"
    assert _rows(physical) == [
        ("水分", "g/100g", "≤", "70.0", "GB 5009.3"),  # typed "≤７０．０"
        ("酸度", "°T", "≤", "4.0", "GB 5009.239"),
        ("断条率", "%", "≤", "10", "附录A"),
        ("铅（以Pb计）", "mg/kg", "≤", "0.2", "GB 5009.12"),  # from "表2（续）"
        ("二氧化硫残留量", "g/kg", "不得检出", "", "GB 5009.34"),
    ]
    assert not [b for b in rice.document.all_blocks() if isinstance(b, Table)]
    note = rice.document.chapters[3].children[2].blocks[-1]
    assert isinstance(note, Note) and note.text == "水分以鲜湿米粉计。"


def test_only_the_unplaceable_is_reported(rice: ImportResult) -> None:
    assert _notes(rice) == [
        ("封面", "备案号“361234-2021”未导入：备案号由备案机关给出，不属于标准文本"),
        ("第71段", "条号“5.4”不连续（跳号或重号），已按顺序编号为5.3"),
        ("附录A", "附录标题使用旧写法：（规范性附录）"),
        ("附录B", "附录标题使用旧写法：（资料性附录）"),
    ]


def test_a_cover_of_text_boxes_and_a_word_toc_field(tmp_path: Path) -> None:
    result = import_docx(layouts.tea_text_boxes(tmp_path / "绿茶.docx"))
    doc = result.document
    cover = doc.cover
    assert (cover.enterprise_name, cover.enterprise_code) == ("江西赣峰茶业有限公司", "GFC")
    assert (cover.number, cover.title) == ("Q/GFC 0003—2020", "绿茶")
    assert (cover.publish_date, cover.implement_date) == ("2020-06-01", "2020-07-01")
    assert _notes(result) == [
        ("封面", "备案号“360000-2020”未导入：备案号由备案机关给出，不属于标准文本")
    ]
    _no_toc_left(doc)
    assert clause_numbers(doc) == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "要求"),
        ("4.1", "感官品质"), ("4.2", "理化指标"),
    ]  # fmt: skip
    texts = _texts(doc)
    assert texts.count("工艺流程：鲜叶→摊放→杀青→揉捻→干燥") == 1  # not again from the VML copy
    assert not [t for t in texts if "企业标准" in t or "发布" in t]  # the cover's boxes stay there
    (table,) = indicator_tables(doc)
    assert _rows(table) == [("水分", "%", "≤", "7.0", ""), ("水浸出物", "%", "≥", "34.0", "")]
    assert [(a.title, a.normative) for a in doc.annexes] == [("茶多酚的测定", True)]
    assert doc.foreword.drafters == "陈七" and doc.foreword.extra == []


@pytest.fixture
def fish(tmp_path: Path) -> ImportResult:
    return import_docx(layouts.silver_fish_tables(tmp_path / "冷冻鄱阳湖银鱼.docx"))


def test_a_toc_followed_by_the_body_without_foreword(fish: ImportResult) -> None:
    doc = fish.document
    _no_toc_left(doc)
    assert [c.title for c in doc.chapters] == [
        "范围", "规范性应用文件", "术语和定义", "技术要求", "检验规则",
    ]  # fmt: skip
    assert doc.chapters[1].role is ChapterRole.NORMATIVE_REFERENCES  # despite the typo
    assert [r.number for r in doc.normative_references] == ["GB 2733"]
    (scope,) = doc.chapters[0].blocks
    assert (
        isinstance(scope, Paragraph) and scope.text == "本文件适用于以鄱阳湖银鱼为原料的冷冻银鱼。"
    )


def test_cover_dates_in_table_cells_and_a_filing_number_after_the_number(
    fish: ImportResult,
) -> None:
    cover = fish.document.cover
    assert (cover.number, cover.title) == ("Q/HXS 0002S—2022", "冷冻鄱阳湖银鱼")
    assert (cover.publish_date, cover.implement_date) == ("2022-03-01", "2022-04-01")
    assert _notes(fish) == [
        ("封面", "备案号“36xxxx-2021”未导入：备案号由备案机关给出，不属于标准文本"),
        ("封面", "封面上的文字未能识别，未导入：（本稿完成日期：2022-02-15）"),
    ]


def test_every_way_a_table_continues_on_the_next_page(fish: ImportResult) -> None:
    sensory, chemical, micro = indicator_tables(fish.document)
    assert sensory.caption == "感官要求"  # from the table's merged first row
    assert [r.item for r in sensory.rows] == ["色泽", "气味"]
    assert chemical.caption == "理化指标"
    assert _rows(chemical) == [
        ("铅（以Pb计）", "mg/kg", "≤", "0.5", "GB 5009.12"),  # under the merged group 污染物
        ("镉（以Cd计）", "mg/kg", "≤", "0.1", "GB 5009.15"),
        ("挥发性盐基氮", "mg/100g", "≤", "15", "GB 5009.228"),
        ("氯霉素", "μg/kg", "不得检出", "", "GB/T 22338"),  # 续表2, no header row
        ("孔雀石绿", "μg/kg", "不得检出", "", "GB/T 19857"),
    ]
    assert micro.caption == "微生物指标"
    assert _rows(micro) == [
        ("菌落总数", "CFU/g", "≤", "5×10⁵", "GB 4789.2"),
        ("大肠菌群", "MPN/g", "≤", "100", "GB 4789.3"),  # after the header typed again
        ("沙门氏菌", "", "不得检出", "", "GB 4789.4"),  # 表3（续） at the caption's end
    ]
    assert not [b for b in fish.document.all_blocks() if isinstance(b, Table)]


# case: (cover paragraphs, (number, title, replaces, published, implemented, cover notes))
COVERS = {
    "filing number first": (
        ("备案号：36xxxx-2021", "Q/ABC", "江西某某食品有限公司企业标准", "Q/ABC 0003S-2021",
         "米粉", "2021-08-10发布", "2021-09-10实施"),
        ("Q/ABC 0003S—2021", "米粉", [], "2021-08-10", "2021-09-10",
         ["备案号“36xxxx-2021”未导入：备案号由备案机关给出，不属于标准文本"]),
    ),
    "filing number beside the code": (
        ("Q/ABC\t\t\t备案号：361100-2019", "江西某某食品有限公司企业标准", "Q/ABC0001-2019",
         "代替：Q/ABC 0001-2015、Q/ABC0002-2015", "鄱阳湖银鱼", "（冷冻）",
         "２０１９－０６－０１发布", "2019年7月1日　　实　施"),
        ("Q/ABC 0001—2019", "鄱阳湖银鱼（冷冻）", ["Q/ABC 0001—2015", "Q/ABC 0002—2015"],
         "2019-06-01", "2019-07-01",
         ["备案号“361100-2019”未导入：备案号由备案机关给出，不属于标准文本"]),
    ),
    "dates with em dashes and 年月日, a draft": (
        ("备案号：", "江西某某食品有限公司食品安全企业标准", "Q/ABC 0002S—2020", "风 味 豆 豉",
         "（征求意见稿）", "2020—1—5 发布", "2020年2月5日 实施"),
        ("Q/ABC 0002S—2020", "风味豆豉", [], "2020-01-05", "2020-02-05",
         ["封面上的文字未能识别，未导入：（征求意见稿）"]),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(COVERS))
def test_cover_variants(tmp_path: Path, case: str) -> None:
    lines, (number, title, replaces, published, implemented, notes) = COVERS[case]
    result = import_docx(layouts.cover_then_scope(tmp_path / "cover.docx", lines))
    cover = result.document.cover
    assert cover.enterprise_name == "江西某某食品有限公司"
    assert (cover.number, cover.title, cover.replaces) == (number, title, replaces)
    assert (cover.publish_date, cover.implement_date) == (published, implemented)
    assert [n.text for n in result.notes] == notes
    assert [c.title for c in result.document.chapters] == ["范围"]


def test_an_item_column_split_into_name_and_unit(tmp_path: Path) -> None:
    f = layouts.WordFile()
    f.lines("1　范围", "2　要求", "表1　理化指标")
    table = f.table((("项目", "", "指标"), ("铅（以Pb计）", "mg/kg", "≤0.2"), ("水分", "%", "≤14")))
    layouts.merge_right(table, 0, 0, 1)
    (indicators,) = indicator_tables(import_docx(f.save(tmp_path / "t.docx")).document)
    assert _rows(indicators) == [
        ("铅（以Pb计）", "mg/kg", "≤", "0.2", ""),
        ("水分", "%", "≤", "14", ""),
    ]


def test_a_toc_that_never_ends_says_what_it_dropped(tmp_path: Path) -> None:
    f = layouts.WordFile()
    f.lines("Q/ABC 0001—2024", "某产品", "目次", "第一章　总则……1", "第一章　总则", "第一条　为了…")
    result = import_docx(f.save(tmp_path / "t.docx"))
    assert result.document.cover.number == "Q/ABC 0001—2024"
    assert ("目次", "目次之后未找到前言或第1章，目次后的3段文字未导入") in _notes(result)
