"""The category travels with the standard: .jxstd, Word and PDF, and back through the importers.

A draft, its Word export and the re-imported file get the same limit findings; before, the
category was lost on export and the comparison silently skipped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document import jxstd
from jxdeclare.drafting.docx import render_docx
from jxdeclare.drafting.pdf import render_pdf
from jxdeclare.drafting.templates import instantiate, pack_lookups
from jxdeclare.importing.docx_import import import_docx
from jxdeclare.importing.pdf_import import import_pdf
from jxdeclare.services.catalog import default_pack_path
from jxdeclare.services.drafting import bind_category
from tests.integration.test_template_outputs import fill_in

AS_OF = date(2026, 11, 29)


def rice_noodles_with_loose_lead():  # type: ignore[no-untyped-def]
    pack = open_pack(default_pack_path(), trusted_keys())
    limits, titles = pack_lookups(pack)
    document = instantiate(
        "rice-noodles", enterprise_name="江西示例米业有限公司", enterprise_code="JXSL",
        product_name="江西米粉", number="Q/JXSL 0001S-2026", publish_date="2026-12-01",
        implement_date="2026-12-15", limits=limits, titles=titles,
    )  # fmt: skip
    bind_category(document, pack)
    fill_in(document, [0])
    lead = next(r for r in document.indicator_rows() if r.item.startswith("铅"))
    lead.value = "0.5"  # 2.5× the GB 2762—2025 limit for 谷物制品
    return pack, document


def limit_findings(document, pack) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    report = check_document(document, as_of=AS_OF, pack=pack)
    limits = ("C001", "C002", "I001", "I002", "I003", "I005", "I006")
    return sorted((f.rule, f.message) for f in report.findings if f.rule in limits)


def test_word_export_and_reimport_get_the_same_limit_findings(tmp_path: Path) -> None:
    pack, document = rice_noodles_with_loose_lead()
    assert document.category_gb2762 and document.category_gb2760
    expected = limit_findings(document, pack)
    assert [rule for rule, _message in expected].count("I001") == 1
    word = tmp_path / "江西 米粉.docx"
    render_docx(document, word, final=True)
    imported = import_docx(word).document
    assert (imported.product_category, imported.category_gb2762, imported.category_gb2760) == (
        document.product_category,
        document.category_gb2762,
        document.category_gb2760,
    )
    assert limit_findings(imported, pack) == expected


def test_the_pdf_and_the_jxstd_carry_the_category_too(tmp_path: Path) -> None:
    _pack, document = rice_noodles_with_loose_lead()
    pdf, saved = tmp_path / "米粉 标准.pdf", tmp_path / "米粉.jxstd"
    render_pdf(document, pdf, final=True)
    jxstd.save(document, saved)
    for back in (import_pdf(pdf).document, jxstd.load(saved)):
        assert (back.product_category, back.category_gb2762, back.category_gb2760) == (
            document.product_category,
            document.category_gb2762,
            document.category_gb2760,
        )
