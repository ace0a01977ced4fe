"""Every rule speaks English as well as Chinese: titles, explanations, messages, suggestions.

An English reader sees no Chinese except what comes from the document or the data pack (an item
name, a title, a Chinese word the fix asks for); the corpus and the rule tests' defects give every
rule real parameters to fill its English templates with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from string import Formatter
from typing import Any

import pytest

from jxdeclare.catalog.pack import Pack
from jxdeclare.checks.bases import RULE_BASES, RULE_BASES_EN, basis
from jxdeclare.checks.context import CheckContext
from jxdeclare.checks.language import CJK, label_en
from jxdeclare.checks.registry import (
    RULES,
    Category,
    Hit,
    Location,
    Rule,
    Severity,
    all_rules,
    rule,
)
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.model import Document, IndicatorRow, Paragraph
from jxdeclare.services.checking import choose_category, load_for_check
from tests.corpus.build_corpus import HERE, ensure_corpus
from tests.unit.test_checks import AS_OF, CASES, COVERED, LEAD, PACK, clean, tea

ENGLISH = ("title_en", "explanation_en", "message_en", "suggestion_en")


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in Formatter().parse(template) if name}


def test_every_rule_has_its_english_texts_with_no_chinese_in_them() -> None:
    rules = all_rules()
    assert len(rules) >= 45
    for r in rules:
        for name in ENGLISH:
            text = getattr(r, name)
            assert text.strip(), (r.id, name)
            assert not CJK.search(text), (r.id, name, CJK.findall(text))
        assert len(r.explanation_en) > 60, r.id
    # What each rule rests on, as reports print it (依据 / Basis)
    assert set(RULE_BASES_EN) == set(RULE_BASES) == {r.id for r in rules}
    assert [rule_id for rule_id, text in RULE_BASES_EN.items() if CJK.search(text)] == []


def test_a_rule_without_its_english_texts_does_not_register() -> None:
    texts = {"title": "测试", "explanation": "说明", "message": "问题", "message_en": "Problem",
             "suggestion": "建议", "title_en": "Test", "explanation_en": "Why",
             "suggestion_en": "Fix it"}  # fmt: skip
    before = dict(RULES)
    for missing in ("title_en", "explanation_en", "suggestion_en"):
        without = {k: v for k, v in texts.items() if k != missing}
        with pytest.raises(TypeError, match=missing):
            rule("T999", Category.CONFORMITY, Severity.INFO, **without)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=missing):
            rule("T999", Category.CONFORMITY, Severity.INFO, **(texts | {missing: " "}))
    assert before == RULES


def test_findings_and_rules_answer_in_the_language_asked_for() -> None:
    doc = clean()
    doc.chapters[0].blocks.append(Paragraph("产品必须包装。"))
    report = check_document(doc, as_of=AS_OF, pack=PACK)
    (finding,) = report.findings
    w003 = RULES["W003"]
    assert finding.message_in("zh") == finding.message and "必须" in finding.message
    assert finding.message_in("en") == finding.message_en == finding.message_in("en_GB")
    assert finding.message_en == ("“必须” in a provision, which is not a verbal form of "
                                  "GB/T 1.1—2020: “产品必须包装。”")  # fmt: skip
    assert finding.suggestion_in("en") == ("Use “应” (shall) for a requirement, “宜” (should) for "
                                           "a recommendation and “可” (may) for a permission.")
    assert finding.suggestion_in("zh") == finding.suggestion == w003.suggestion
    assert finding.location.label_in("en") == "1" and finding.severity.label_in("en") == "Warning"
    assert w003.title_in("en") == "“Must” or “need to” in a provision"
    assert w003.title_in("zh") == w003.title and w003.explanation_in("zh") == w003.explanation
    assert w003.explanation_in("en-US") == w003.explanation_en
    assert finding.as_dict()["suggestion_en"] == finding.suggestion_en
    assert report.verdict.label_in("en") == "Pass with flaws"
    (line,) = report.rectification
    english = line.in_language("en")
    assert (english.what, english.change, english.why, english.category) == (
        finding.message_en, finding.suggestion_en, w003.explanation_en, "Conformity")
    assert line.as_dict()["what_en"] == finding.message_en and line.what == finding.message


@pytest.mark.parametrize(
    ("label", "english"),
    [
        ("表3 第1行 第2列", "Table 3, row 1, column 2"),
        ("封面 标准名称", "Cover, title"),
        ("第2章", "Chapter 2"),
        ("规范性引用文件 GB 2762 标准名称", "Normative references, GB 2762, title"),
        ("附录A", "Annex A"),
        ("5.2 注1", "5.2, Note 1"),
        ("4.1.1", "4.1.1"),
        ("表1 第3行 指标值", "Table 1, row 3, value"),
    ],
)
def test_location_labels_in_english(label: str, english: str) -> None:
    assert label_en(label) == english
    assert Location("", label).label_in("en") == english
    assert Location("", label).label_in("zh") == label


@dataclass(frozen=True)
class Case:
    document: Document
    as_of: date
    pack: Pack
    notes: tuple[Any, ...] = ()
    other_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    where: str
    text: str


def corpus_cases() -> Iterator[Case]:
    ensure_corpus()
    for sidecar_path in sorted(HERE.glob("*.expected.json")):
        sidecar = json.loads(sidecar_path.read_text("utf-8"))
        loaded = load_for_check(HERE / sidecar["document"])
        if sidecar["category"]:
            choose_category(loaded.document, PACK, sidecar["category"])
        yield Case(loaded.document, date.fromisoformat(sidecar["as_of"]), PACK,
                   tuple(loaded.notes))  # fmt: skip


def defect_cases() -> Iterator[Case]:
    """The rule tests' defects, and those the corpus does not hold."""
    for change, _label in CASES.values():
        doc = clean()
        change(doc)
        yield Case(doc, AS_OF, PACK)
    yield Case(clean(), AS_OF, PACK, other_numbers=("Q/JXSL 0002-2026",))  # N003
    canonical = clean()
    canonical.cover.number = "Q/JXSL0002-2026"  # N006
    yield Case(canonical, AS_OF, PACK)
    unknown = tea(LEAD)
    unknown.product_category, unknown.cover.title = "", "示例产品"  # C002
    unknown.chapters[0].blocks = [Paragraph("本文件适用于示例产品。")]
    yield Case(unknown, AS_OF, PACK)
    stricter = IndicatorRow("铅(以Pb计)", "mg/kg", "≤", "1.0", "GB 5009.12")  # I005
    yield Case(tea(stricter, text=COVERED), AS_OF, PACK)
    recommended = {"product": "绿茶", "item": "水分", "comparator": "≤", "value": 7.0, "unit": "%",
                   "standard": "GB/T 14456.1—2017", "clause": "示例", "source": "test"}  # fmt: skip
    pack = Pack(PACK.manifest, {**PACK.tables, "recommended_values": [recommended]}, PACK.signed)
    moist = IndicatorRow("水分", "%", "≤", "9.0", "GB 5009.3")  # I007
    yield Case(tea(LEAD, moist, text=COVERED), AS_OF, pack)
    sequence = Note("5.1", "条号“3.41”不连续（跳号或重号），已按顺序编号为3.5")  # S010
    yield Case(clean(), AS_OF, PACK, notes=(sequence,))


def hits(case: Case) -> Iterator[tuple[Rule, Hit]]:
    """What each rule finds, with the parameters its templates are filled with."""
    doc = case.document
    ctx = CheckContext(doc, case.as_of, case.pack, doc.product_category,
                       list(case.other_numbers), list(case.notes))  # fmt: skip
    ctx.settle_category()
    for r in all_rules():
        if "category" not in r.needs or ctx.food:
            yield from ((r, hit) for hit in r.check(ctx))


def without_values(text: str, params: dict[str, Any]) -> str:
    for value in sorted((str(v) for v in params.values()), key=len, reverse=True):
        if value:
            text = text.replace(value, "")
    return text


def test_every_english_template_fills_with_its_rules_parameters() -> None:
    exercised: set[str] = set()
    for case in [*corpus_cases(), *defect_cases()]:
        for r, hit in hits(case):
            exercised.add(r.id)
            finding = r.finding(hit)  # a missing parameter would raise KeyError here
            for template, text in ((r.message_en, finding.message_en),
                                   (r.suggestion_en, finding.suggestion_en)):  # fmt: skip
                assert text.strip(), r.id
                # a Chinese parameter with an English companion is never shown in English
                shown = {f for f in fields(template) if f"{f}_en" in hit.params}
                assert not shown, (r.id, template)
                assert not CJK.search(without_values(text, hit.params)), (r.id, text)
            assert not CJK.search(finding.location.label_in("en")), (r.id, finding.location)
            assert not CJK.search(basis(finding, "en")), (r.id, basis(finding, "en"))
    assert exercised == set(RULES), sorted(set(RULES) - exercised)
