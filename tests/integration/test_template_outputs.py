"""Every template, filled in, renders a final PDF and Word file and passes with no error."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.text import PLACEHOLDER
from jxdeclare.drafting.docx import render_docx
from jxdeclare.drafting.pdf import render_pdf
from jxdeclare.drafting.readiness import NotFinal
from jxdeclare.drafting.templates import instantiate, list_templates, pack_lookups
from jxdeclare.services.catalog import default_pack_path

TEMPLATES = [t.id for t in list_templates()]


@cache
def lookups_pack():
    return open_pack(default_pack_path(), trusted_keys())


@pytest.fixture(scope="module")
def lookups():
    return pack_lookups(lookups_pack())


def fill_in(obj: Any, counter: list[int]) -> None:
    """What the user would do: every {{…}} replaced (here by a numbered stand-in text)."""

    def stand_in(_match: re.Match[str]) -> str:
        counter[0] += 1
        return f"示例内容{counter[0]}"

    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, Enum):
            continue
        if isinstance(value, str):
            setattr(obj, f.name, PLACEHOLDER.sub(stand_in, value))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    value[i] = PLACEHOLDER.sub(stand_in, item)
                elif isinstance(item, list):
                    value[i] = [PLACEHOLDER.sub(stand_in, cell) for cell in item]
                elif is_dataclass(item):
                    fill_in(item, counter)
        elif is_dataclass(value):
            fill_in(value, counter)


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_filled_in_template_renders_final(template_id: str, lookups, tmp_path: Path) -> None:
    limits, titles = lookups
    document = instantiate(
        template_id, enterprise_name="江西示例有限公司", enterprise_code="JXSL",
        product_name="示例产品", number="Q/JXSL 0001—2026", publish_date="2026-12-01",
        implement_date="2026-12-15", limits=limits, titles=titles,
    )  # fmt: skip
    pdf, word = tmp_path / f"{template_id}.pdf", tmp_path / f"{template_id}.docx"
    with pytest.raises(NotFinal):
        render_pdf(document, pdf, final=True)  # templates always leave something to fill
    filled = [0]
    fill_in(document, filled)
    assert filled[0] > 0
    result = render_pdf(document, pdf, final=True)
    render_docx(document, word, final=True)

    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "江西示例有限公司企业标准" in text and "Q/JXSL 0001—2026" in text
    assert "{{" not in text and "草稿" not in text
    flat = text.replace("\n", "")
    assert "本文件按照GB/T 1.1—2020" in flat
    refs_intro = "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款"
    assert (refs_intro in flat) == bool(document.normative_references)
    assert (refs_intro in flat) != ("本文件没有规范性引用文件。" in flat)
    assert result.pages == len(reader.pages) >= 4
    report = check_document(document, as_of=date(2026, 11, 29), pack=lookups_pack())
    assert [f.rule for f in report.findings if f.severity.value == "error"] == []
    headings = [p.text for p in docx.Document(str(word)).paragraphs
                if p.style.name.startswith("Heading")]  # fmt: skip
    assert headings[:3] == ["1\u3000范围", "2\u3000规范性引用文件", "3\u3000术语和定义"]


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_our_own_output_raises_no_false_alarm(template_id: str, lookups, tmp_path: Path) -> None:
    """Unfilled: only "not filled in" (S006). Filled: nothing at all, and nothing either after
    the Word export is imported again — the checker must not flag what the app itself drafts."""
    from jxdeclare.importing.docx_import import import_docx
    from jxdeclare.services.drafting import bind_category

    limits, titles = lookups
    document = instantiate(
        template_id, enterprise_name="江西示例有限公司", enterprise_code="JXSL",
        product_name="示例产品", number="Q/JXSL 0001—2026", publish_date="2026-12-01",
        implement_date="2026-12-15", limits=limits, titles=titles,
    )  # fmt: skip
    bind_category(document, lookups_pack())
    on = date(2026, 12, 7)
    before = check_document(document, as_of=on, pack=lookups_pack()).findings
    assert {f.rule for f in before} == {"S006"}, [(f.rule, f.message) for f in before]
    fill_in(document, [0])
    after = check_document(document, as_of=on, pack=lookups_pack()).findings
    assert [(f.rule, f.message) for f in after] == []
    word = tmp_path / f"{template_id} 导出.docx"
    render_docx(document, word, final=True)
    again = check_document(import_docx(word).document, as_of=on, pack=lookups_pack()).findings
    assert [(f.rule, f.message) for f in again] == []
