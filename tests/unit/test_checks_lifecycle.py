"""Rules for what spot checks find in real standards: regulations and unknown references, the
product's mandatory standards, validity and revisions, scope and chapter titles, additives named
in prose, and the spot-check verdict. Each defect is flagged; the same document without it is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.model import (
    ChapterRole,
    Clause,
    Cover,
    Document,
    IndicatorRow,
    IndicatorTable,
    Paragraph,
    Reference,
)
from jxdeclare.services.catalog import default_pack_path
from jxdeclare.services.checking import choose_category

PACK = open_pack(default_pack_path(), trusted_keys())
AS_OF = date(2026, 12, 7)


def standard(title: str = "干米粉", scope: str = "", category: str = "米粉/米线",
             refs: tuple[Reference, ...] = (), requirement: str = "") -> Document:  # fmt: skip
    scope = scope or f"本文件规定了{title}的技术要求、试验方法和检验规则。本文件适用于{title}。"
    table = IndicatorTable("理化指标", [IndicatorRow("铅", "mg/kg", "≤", "0.2", "GB 5009.12")])
    chapters = [
        Clause("范围", [Paragraph(scope)], role=ChapterRole.SCOPE),
        Clause("规范性引用文件", role=ChapterRole.NORMATIVE_REFERENCES),
        Clause("术语和定义", role=ChapterRole.TERMS),
        Clause("技术要求", [Paragraph(requirement or "污染物限量应符合GB 2762的规定。"),
                            Paragraph("标签应符合GB 7718的规定。"), table]),
    ]  # fmt: skip
    cover = Cover("江西某某食品有限公司", "JXMM", "Q/JXMM 0001S—2026", title,
                  publish_date="2026-11-01", implement_date="2026-11-15")  # fmt: skip
    document = Document(cover=cover, chapters=chapters,
                        normative_references=[Reference("GB 2762"), Reference("GB 5009.12"),
                                              Reference("GB 7718"), *refs])  # fmt: skip
    if category:
        choose_category(document, PACK, category)
    return document


def found(document: Document, rule: str, on: date = AS_OF) -> list:
    return [f for f in check_document(document, as_of=on, pack=PACK).findings if f.rule == rule]


def test_a_repealed_regulation_in_chapter_2_is_named_with_its_replacement() -> None:
    old = Reference("", "国家质检总局令第75号 定量包装商品计量监督管理办法")
    (finding,) = found(standard(refs=(old,)), "R009")
    assert "市场监督管理总局令第70号" in finding.message and finding.evidence["source"]
    assert not found(standard(refs=(old,)), "R009", on=date(2023, 5, 31))  # still in force
    assert not found(standard(refs=(old,)), "R003")  # a regulation is not cited by number


def test_an_old_pharmacopoeia_edition_is_flagged() -> None:
    old = Reference("", "《中华人民共和国药典》2015年版")
    assert found(standard(refs=(old,)), "R009")
    assert not found(standard(refs=(Reference("", "《中华人民共和国药典》"),)), "R009")


def test_a_number_the_pack_does_not_know_is_said_not_skipped() -> None:
    unknown = Reference("GB/T 99999—2020", "某某")
    (finding,) = found(standard(refs=(unknown,)), "R008")
    assert "不在数据包中" in finding.message and finding.severity.value == "info"
    assert not found(standard(), "R008")


def led(requirement: str) -> Document:
    return standard("LED平板灯", "本文件规定了LED平板灯的技术要求。本文件适用于LED平板灯。",
                    "LED 灯具", refs=(Reference("GB 17625.1"),),
                    requirement=requirement + "谐波电流应符合GB 17625.1的规定。")  # fmt: skip


def test_an_led_luminaire_standard_must_name_gb_43472() -> None:
    (finding,) = found(led("灯具的安全要求应符合企业规定。"), "M001", on=date(2026, 2, 1))
    assert "GB 43472—2023" in finding.message and finding.severity.value == "error"
    assert not found(led("灯具的安全要求应符合企业规定。"), "M001", on=date(2025, 12, 1))
    assert not found(led("灯具的安全应符合GB 43472的规定。"), "M001", on=date(2026, 2, 1))


def test_a_stated_validity_that_has_passed_is_a_warning() -> None:
    three_years = standard(requirement="本标准有效期为3年。")
    three_years.cover.implement_date = "2021-07-20"
    (finding,) = found(three_years, "L001")
    assert "2024-07-20" in finding.message
    stamped = standard(requirement="备案号：36012345-2021，有效期至2024年7月19日。")
    assert "2024-07-19" in found(stamped, "L001")[0].message
    assert not found(standard(requirement="本标准有效期为3年。"), "L001")  # 2026 + 3 > today


def test_a_standard_not_revised_for_three_years_is_a_warning() -> None:
    old = standard()
    old.cover.publish_date, old.cover.implement_date = "2021-08-10", "2021-09-01"
    assert found(old, "L002") and not found(standard(), "L002")


def test_revisions_replacing_themselves_or_without_their_changes() -> None:
    same = standard()
    same.cover.replaces = ["Q/JXMM0001S-2026"]
    assert found(same, "N007") and found(same, "N008")
    listed = standard()
    listed.cover.replaces = ["Q/JXMM 0001S—2021"]
    listed.foreword.changes = ["修改了铅的限量"]
    assert not found(listed, "N007") and not found(listed, "N008")


def test_a_scope_without_its_content_statement() -> None:
    assert found(standard(scope="本文件适用于干米粉。"), "S008")
    assert not found(standard(scope="本标准规定了干米粉的要求。本标准适用于干米粉。"), "S008")


@pytest.mark.parametrize("title", ["法律规范性引用文件", "引用标准"])
def test_a_required_chapter_with_an_inexact_title(title: str) -> None:
    document = standard()
    document.chapters[1].title = title
    (finding,) = found(document, "S009")
    assert title in finding.message and not found(document, "S001")


def test_additives_named_in_the_scope_of_a_kit_are_checked() -> None:
    scope = ("本文件规定了组合式方便米粉的要求。本文件适用于以米粉为主料，配以调料包，"
             "添加适量山梨酸钾、苯甲酸钠和脱氢乙酸钠制成的组合式方便米粉。")  # fmt: skip
    document = standard("组合式方便米粉", scope, "方便米粉/米线")
    banned = {f.message.split("“")[1].split("”")[0][:4] for f in found(document, "I006")}
    assert banned == {"苯甲酸及", "脱氢乙酸"}
    (sorbate,) = found(document, "I008")  # 06.07: only 仅限米面灌肠制品
    assert "仅限米面灌肠制品" in sorbate.message
    tested = standard(requirement="苯甲酸按GB 5009.28测定，不得检出。")
    assert not found(tested, "I006")


def test_the_spot_check_verdict() -> None:
    assert check_document(standard(), as_of=AS_OF, pack=PACK).verdict.value == "合格"
    flawed = standard(scope="本文件适用于干米粉。")
    assert check_document(flawed, as_of=AS_OF, pack=PACK).verdict.value == "基本合格（有瑕疵）"
    loose = standard()
    loose.chapters[3].blocks[2].rows[0].value = "0.5"
    report = check_document(loose, as_of=AS_OF, pack=PACK)
    assert report.verdict.value == "不合格"
    (first, *_rest) = report.rectification
    assert (first.category, first.rule) == ("合法性", "I001") and first.change and first.why
