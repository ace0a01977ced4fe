"""Each rule: a document with the defect is flagged, the clean document is not (no false alarms)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.docs import rules_markdown
from jxdeclare.checks.registry import all_rules
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.model import (
    Clause,
    Document,
    IndicatorRow,
    ListBlock,
    Paragraph,
    Reference,
    TermEntry,
)
from jxdeclare.domain.document.text import placeholder, ref_token
from jxdeclare.drafting.example import example_document
from jxdeclare.services.catalog import default_pack_path

AS_OF = date(2026, 11, 29)
PACK = open_pack(default_pack_path(), trusted_keys())


def clean() -> Document:
    """The example standard with its reference list matching what its text cites."""
    doc = example_document(chapters=2, tables=1)
    doc.chapters[3].children[1].blocks.append(Paragraph("污染物限量应符合GB 2762的规定。"))
    doc.chapters[3].children[1].blocks.append(Paragraph("预包装产品的标签应符合GB 7718的规定。"))
    doc.normative_references = [
        Reference("GB 2762"),
        Reference("GB 7718"),
        Reference("GB 5009.3"),
        Reference("GB 5009.12", "食品安全国家标准 食品中铅的测定"),
    ]
    return doc


def findings(doc: Document, **kwargs) -> list[tuple[str, str]]:
    report = check_document(doc, as_of=AS_OF, pack=PACK, **kwargs)
    return [(f.rule, f.location.label) for f in report.findings]


def test_the_clean_document_has_no_findings() -> None:
    assert findings(clean()) == []


def refs(*numbers: str) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        doc.normative_references += [Reference(n) for n in numbers]
        for n in numbers:  # cited too, so only the rule under test fires
            doc.chapters[4].children[1].blocks.append(Paragraph(f"按{n}的规定。"))

    return change


def lone(doc: Document) -> None:
    doc.chapters[3].children[0].children = [Clause("唯一子条", [Paragraph("内容。")])]


def deep(doc: Document) -> None:
    clause = doc.chapters[3].children[0]
    for level in range(5):
        clause.children = [
            Clause(f"层{level}", [Paragraph("内容。")]),
            Clause("并列", [Paragraph("内容。")]),
        ]
        clause = clause.children[0]


def broken(doc: Document) -> None:
    doc.chapters[3].children[1].blocks.append(Paragraph(f"见{ref_token('gone')}。"))


def old_foreword(doc: Document) -> None:
    doc.foreword.extra.append("本标准按照GB/T 1.1-2009给出的规则起草。")


CASES: dict[str, tuple[Callable[[Document], None], str]] = {
    "S001": (lambda d: d.chapters.pop(2), "第3章"),
    "S002": (lambda d: d.chapters.insert(3, Clause("检验规则", [Paragraph("逐批检验。")])), "7"),
    "S003": (lone, "4.1"),
    "S004": (deep, "4.1.1.1.1.1.1"),
    "S005": (broken, "4.2"),
    "S006": (lambda d: setattr(d.cover, "title", placeholder("产品名称")), "封面 标准名称"),
    "W001": (old_foreword, "前言"),
    "W002": (lambda d: d.chapters[0].blocks.append(Paragraph("附录A为规范性附录。")), "1"),
    "W003": (lambda d: d.chapters[0].blocks.append(Paragraph("产品必须包装。")), "1"),
    "W004": (lambda d: d.chapters[2].blocks.append(TermEntry("米线", "应为条状的米制品。")), "3"),
    "W005": (lambda d: d.chapters[0].blocks.append(Paragraph("本标准适用于干米粉。")), "1"),
    "N001": (lambda d: setattr(d.cover, "number", "Q/JXSL 00A2—2026"), "封面"),
    "N002": (lambda d: setattr(d.cover, "publish_date", "2025-11-20"), "封面"),
    "N004": (lambda d: setattr(d.cover, "implement_date", "2026-11-01"), "封面"),
    "N005": (lambda d: setattr(d.cover, "title", "“赣南”牌干米粉"), "封面"),
    "R001": (refs("GB 2762—2017"), "第2章"),
    "R002": (refs("GB 7718—2025"), "第2章"),
    "R003": (lambda d: d.normative_references.append(Reference("GB 2760")), "第2章"),
    "R004": (lambda d: d.chapters[0].blocks.append(ListBlock(["按GB 4789.2检验。"])), "1"),
    "R005": (lambda d: setattr(d.normative_references[2], "title", "食品中铅的测定方法"), "第2章"),
    "R007": (refs("GB 4806"), "第2章"),
}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_each_rule_finds_its_defect_and_only_it(rule_id: str) -> None:
    doc = clean()
    change, label = CASES[rule_id]
    change(doc)
    found = findings(doc)
    assert (rule_id, label) in found
    assert {r for r, _ in found} == {rule_id}, found


def test_duplicate_numbers_within_the_enterprise() -> None:
    assert findings(clean(), other_numbers=["Q/JXSL 0002-2026"]) == [("N003", "封面")]
    assert findings(clean(), other_numbers=["Q/JXSL 0003—2026"]) == []


@pytest.mark.parametrize(
    ("title", "brand"),
    [
        ("四特牌特香型白酒", "四特牌"),
        ("金圣®干米粉", "®"),
        ("干米粉（注册商标：稻香）", "注册商标"),
    ],
)
def test_a_brand_in_the_title_is_named(title: str, brand: str) -> None:
    doc = clean()
    doc.cover.title = title
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    (finding,) = [f for f in report.findings if f.rule == "N005"]
    assert f"“{brand}”" in finding.message


@pytest.mark.parametrize("title", ["干米粉", "LED铭牌", "品牌推广服务规范", "扑克牌", "标牌"])
def test_words_ending_in_pai_that_are_not_brands_pass(title: str) -> None:
    doc = clean()
    doc.cover.title = title
    assert "N005" not in {f.rule for f in check_document(doc, as_of=AS_OF, pack=PACK).findings}


def test_an_outdated_reference_names_its_replacement_and_the_data_date() -> None:
    doc = clean()
    refs("GB 7000.1")(doc)
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    (finding,) = [f for f in report.findings if f.rule == "R001"]
    assert "GB/T 7000.1—2023" in finding.message and finding.severity.value == "error"
    assert finding.evidence["as_of"] == "2026-11-29" and "数据截至" in finding.evidence["pack"]
    assert finding.message_en.startswith("GB 7000.1: replaced")


def test_status_depends_on_the_date() -> None:
    doc = clean()
    refs("GB 2762—2022")(doc)
    assert ("R001", "第2章") not in findings_on(doc, date(2026, 9, 1))
    assert ("R001", "第2章") in findings_on(doc, date(2026, 9, 2))


def findings_on(doc: Document, on: date) -> list[tuple[str, str]]:
    return [(f.rule, f.location.label) for f in check_document(doc, as_of=on, pack=PACK).findings]


def test_without_a_pack_the_catalogue_rules_say_they_did_not_run() -> None:
    report = check_document(clean(), as_of=AS_OF)
    assert set(report.not_run) == {
        "R001", "R002", "R005", "R006", "R007", "R008", "R009", "I001", "I002", "I003", "I005",
        "I006", "I007", "I008", "C001", "C002", "M001",
    }  # fmt: skip


def test_rules_have_stable_ids_and_complete_texts() -> None:
    for rule in all_rules():
        assert len(rule.explanation) > 30 and rule.title, rule.id
        assert rule.message and rule.message_en and rule.suggestion


def test_the_rule_reference_is_up_to_date() -> None:
    path = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    assert path.read_text(encoding="utf-8") == rules_markdown(), (
        "run `python -m jxdeclare.checks.docs`"
    )


def tea(*rows: IndicatorRow, text: str = "") -> Document:
    """A green-tea standard with the given indicator rows (and a sentence, if any)."""
    doc = clean()
    doc.product_category = "绿茶"
    table = doc.chapters[3].children[0].blocks[1]
    table.rows = list(rows)
    if text:
        doc.chapters[3].children[1].blocks.append(Paragraph(text))
    return doc


LEAD = IndicatorRow("铅(以Pb计)", "mg/kg", "≤", "5.0", "GB 5009.12")
COVERED = "农药残留量应符合GB 2763的规定。"


def rules_of(doc: Document) -> list[tuple[str, str]]:
    return [(r, label) for r, label in findings(doc) if r.startswith("I")]


def test_an_indicator_looser_than_the_mandatory_limit_is_an_error() -> None:
    loose = IndicatorRow("铅(以Pb计)", "mg/kg", "≤", "10", "GB 5009.12")
    report = check_document(tea(loose, text=COVERED), as_of=AS_OF, pack=PACK)
    (finding,) = [f for f in report.findings if f.rule.startswith("I")]
    assert (finding.rule, finding.severity.value, finding.location.label) == (
        "I001",
        "error",
        "表1 第1行",
    )
    assert "≤5.0 mg/kg" in finding.message and "GB 2762—2025" in finding.message
    assert finding.evidence["standard"] == "GB 2762—2025" and finding.evidence["table"] == "表1"
    in_micrograms = IndicatorRow("铅(以Pb计)", "μg/kg", "≤", "6000", "GB 5009.12")
    assert rules_of(tea(in_micrograms, text=COVERED)) == [("I001", "表1 第1行")]


def test_equal_stricter_and_not_comparable() -> None:
    assert rules_of(tea(LEAD, text=COVERED)) == []
    stricter = IndicatorRow("铅(以Pb计)", "mg/kg", "≤", "1.0", "GB 5009.12")
    assert rules_of(tea(stricter, text=COVERED)) == [("I005", "表1 第1行")]
    other_unit = IndicatorRow("铅(以Pb计)", "mg/L", "≤", "1.0", "GB 5009.12")
    assert rules_of(tea(other_unit, text=COVERED)) == [("I002", "表1 第1行")]


def test_mandatory_items_missing_unless_the_standard_is_invoked() -> None:
    missing = {label for rule_id, label in rules_of(tea(LEAD)) if rule_id == "I003"}
    report = check_document(tea(LEAD), as_of=AS_OF, pack=PACK)
    items = {f.message.split("“")[1].split("”")[0] for f in report.findings if f.rule == "I003"}
    assert {"草甘膦", "吡虫啉", "噻虫嗪"} <= items and "铅" not in items
    assert missing == {"技术要求"}
    assert rules_of(tea(LEAD, text=COVERED)) == []


def test_a_requirement_without_a_test_method() -> None:
    no_method = IndicatorRow("铅(以Pb计)", "mg/kg", "≤", "5.0", "")
    assert rules_of(tea(no_method, text=COVERED)) == [("I004", "表1 第1行")]


def test_without_a_product_category_the_item_rules_do_not_run() -> None:
    doc = tea(LEAD)
    doc.product_category, doc.cover.title = "", "示例产品"
    doc.chapters[0].blocks = [Paragraph("本文件适用于示例产品。")]
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    assert "I003" in report.not_run and not [f for f in report.findings if f.rule == "I003"]
    assert ("C002", "封面") in [(f.rule, f.location.label) for f in report.findings]


def test_the_category_is_inferred_from_the_title_and_said_so() -> None:
    doc = tea(LEAD, text=COVERED)
    doc.product_category, doc.cover.title = "", "婺源绿茶"
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    inferred = [f for f in report.findings if f.rule == "C001"]
    assert len(inferred) == 1 and "绿茶" in inferred[0].message
    assert not [f for f in report.findings if f.rule == "I003"]  # ran, with the tea limits


def test_a_warning_can_be_accepted_with_a_reason_an_error_cannot() -> None:
    from jxdeclare.domain.document import jxstd
    from jxdeclare.domain.document.model import Suppression

    doc = clean()
    doc.normative_references.append(Reference("GB 2760"))  # R003: listed, never cited
    refs("GB 2762—2017")(doc)  # R001: an error
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    warning = next(f for f in report.findings if f.rule == "R003")
    error = next(f for f in report.findings if f.rule == "R001")
    doc.suppressions = [
        Suppression(warning.rule, warning.location.path, "客户要求保留"),
        Suppression(error.rule, error.location.path, "不想改"),
    ]
    doc = jxstd.loads(jxstd.dumps(doc))  # kept with the document
    again = {f.rule: f for f in check_document(doc, as_of=AS_OF, pack=PACK).findings}
    assert again["R003"].suppressed == "客户要求保留"
    assert again["R001"].suppressed == "" and check_document(doc, as_of=AS_OF, pack=PACK).errors


def test_a_product_standard_without_an_indicator_table() -> None:
    doc = clean()
    for clause in doc.all_clauses():
        clause.blocks = [b for b in clause.blocks if type(b).__name__ != "IndicatorTable"]
    doc.chapters[3].children[1].blocks = [Paragraph(f"见{ref_token(doc.annexes[0].id)}。")]
    doc.chapters[4].children[1].blocks = [Paragraph("应符合GB 5009.3、GB 5009.12和GB/T 6682。")]
    assert ("S007", "技术要求") in findings(doc)


def test_an_additive_the_category_does_not_permit() -> None:
    doc = clean()  # 米粉/米线
    table = doc.chapters[3].children[0].blocks[1]
    table.rows.append(
        IndicatorRow("脱氢乙酸及其钠盐(以脱氢乙酸计)", "g/kg", "≤", "0.5", "GB 5009.121")
    )
    assert ("I006", "表1 第7行") in findings(doc)
    table.rows[-1].comparator, table.rows[-1].value = "不得使用", ""
    assert [r for r, _ in findings(doc) if r == "I006"] == []
    doc.chapters[3].children[1].blocks.append(Paragraph("可添加山梨酸钾作防腐剂。"))
    doc.chapters[3].children[1].blocks.append(Paragraph("不得添加苯甲酸钠。"))
    assert [(r, label) for r, label in findings(doc) if r == "I006"] == [("I006", "4.2")]


def test_below_a_recommended_standard_needs_the_statement_that_says_so() -> None:
    from jxdeclare.catalog.pack import Pack

    recommended = {"product": "绿茶", "item": "水分", "comparator": "≤", "value": 7.0, "unit": "%",
                   "standard": "GB/T 14456.1—2017", "clause": "示例", "source": "test"}  # fmt: skip
    tables = {**PACK.tables, "recommended_values": [recommended]}
    pack = Pack(PACK.manifest, tables, PACK.signed)
    moist = IndicatorRow("水分", "%", "≤", "9.0", "GB 5009.3")
    doc = tea(LEAD, moist, text=COVERED)
    found = [
        (f.rule, f.location.label) for f in check_document(doc, as_of=AS_OF, pack=pack).findings
    ]
    assert ("I007", "表1 第2行") in found
    doc.chapters[3].children[1].blocks.append(Paragraph("本文件水分指标低于GB/T 14456.1的规定。"))
    found = [f.rule for f in check_document(doc, as_of=AS_OF, pack=pack).findings]
    assert "I007" not in found


@pytest.mark.parametrize(
    ("number", "canonical"),
    [
        ("Q/JQS0106S-2026", "Q/JQS 0106S—2026"),
        ("Q/LSY0004S-2026", "Q/LSY 0004S—2026"),
        ("Q/JBZT0059S-2026", "Q/JBZT 0059S—2026"),
        ("Q/360100ABC001-2026", "Q/360100ABC 001—2026"),
        ("Q/JXSL0002-2026", "Q/JXSL 0002—2026"),
        ("Q/JXSL 0002－2026", "Q/JXSL 0002—2026"),
        ("q/jxsl 0002–2026", "Q/JXSL 0002—2026"),
        ("Ｑ／ＪＸＳＬ　０００２—２０２６", "Q/JXSL 0002—2026"),
        ("Q/XXX/J 0001-2026", "Q/XXX/J 0001—2026"),
    ],
)
def test_an_enterprise_number_as_enterprises_write_it_is_only_information(
    number: str, canonical: str
) -> None:
    doc = clean()
    doc.cover.number = number
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    cover = [f for f in report.findings if f.location.label == "封面"]
    assert [f.rule for f in cover] == ["N006"]
    (finding,) = cover
    assert finding.severity.value == "info" and finding.evidence == {"canonical": canonical}
    assert f"“{canonical}”" in finding.message and canonical in finding.message_en


def test_the_canonical_number_needs_no_information() -> None:
    doc = clean()
    doc.cover.number = "  Q/JXSL 0002—2026 "
    assert [label for _rule, label in findings(doc) if label == "封面"] == []


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("Q/-2026", "缺少“Q/”后的企业代号"),
        ("Q/0002-2026", "缺少“Q/”后的企业代号"),
        ("Q/JXSL 0002", "缺少年份"),
        ("Q/JQS0106S", "缺少年份"),
        ("Q/JXSL 0002-2O26", "应为四位数字"),
        ("Q/JXSL0002-26", "应为四位数字"),
        ("Q/JXSL 0002-3026", "不合理"),
        ("GB/T 0002-2026", "应以“Q/”开头"),
    ],
)
def test_only_a_truly_malformed_enterprise_number_is_an_error(number: str, reason: str) -> None:
    import re

    doc = clean()
    doc.cover.number = number
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    (finding,) = [f for f in report.findings if f.location.label == "封面"]
    assert finding.rule == "N001" and finding.severity.value == "error"
    assert reason in finding.message and finding.message.startswith(f"标准编号“{number}”无效")
    assert "invalid: " in finding.message_en and not re.search(
        r"[\u4e00-\u9fff]", finding.message_en.split("invalid: ")[1]
    )
