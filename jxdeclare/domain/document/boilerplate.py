"""Sentences GB/T 1.1-2020 fixes, generated rather than typed (DESIGN §2.2).

Sources: GB/T 1.1—2020 8.1 (前言 first sentence and the 代替 statement), 8.5 (规范性引用文件
intro and the empty-chapter sentence, list order in 8.5.2.3), 8.6 (术语和定义 intro and the
empty-chapter sentence), 9.4.1 (patent notice).
"""

from __future__ import annotations

import re

from ..stdnumber import StdKind, parse_standard_number
from .model import Document, Reference

FOREWORD_FIRST = (
    "本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。"
)
# What the importer notes when a 前言 names no drafting rules at all (the checker's W006).
NO_DRAFTING_SENTENCE = "前言中没有说明起草规则的第一句（GB/T 1.1—2020 8.1）"
PATENT_NOTICE = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"
NORMATIVE_REFERENCES_INTRO = (
    "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
    "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
)
NO_NORMATIVE_REFERENCES = "本文件没有规范性引用文件。"
TERMS_INTRO = "下列术语和定义适用于本文件。"
NO_TERMS = "本文件没有需要界定的术语和定义。"


def replaces_sentences(document: Document) -> list[str]:
    """ "本文件代替…。" and the lead-in to the changes list; empty when nothing is replaced."""
    old = document.cover.replaces
    if not old:
        return []
    title = document.foreword.replaced_title
    named = f"{old[0]}《{title}》" if title and len(old) == 1 else "、".join(old)
    first = f"本文件代替{named}"
    lead = f"本文件与{old[0]}相比，除结构调整和编辑性改动外，主要技术变化如下："
    return [f"{first}。", lead] if document.foreword.changes else [f"{first}。"]


def foreword_paragraphs(document: Document) -> tuple[list[str], list[str], list[str]]:
    """(paragraphs before the change list, the change list, paragraphs after it)."""
    before = [FOREWORD_FIRST, *replaces_sentences(document)]
    changes = list(document.foreword.changes) if document.cover.replaces else []
    after = [PATENT_NOTICE]
    fw = document.foreword
    if fw.proposer:
        after.append(f"本文件由{fw.proposer}提出。")
    if fw.drafting_units:
        after.append(f"本文件起草单位：{fw.drafting_units}。")
    if fw.drafters:
        after.append(f"本文件主要起草人：{fw.drafters}。")
    return before, changes, after + list(fw.extra)


_CLASS_ORDER = {
    StdKind.NATIONAL: 0, StdKind.INDUSTRY: 1, StdKind.LOCAL: 2, StdKind.GROUP: 3,
}  # fmt: skip
_INTERNATIONAL = re.compile(r"^\s*(ISO|IEC)\b")
_NATIONAL_PREFIX_ORDER = {"GB": 0, "GB/T": 1, "GB/Z": 2}


def _digits(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


def reference_sort_key(reference: Reference) -> tuple[object, ...]:
    """GB/T 1.1—2020 8.5.2.3: national, industry, local, group, ISO/IEC, others; by number."""
    parsed = parse_standard_number(reference.number).number
    if parsed is not None and parsed.kind in _CLASS_ORDER:
        prefix_rank = _NATIONAL_PREFIX_ORDER.get(parsed.prefix, 9)
        numbers = _digits(parsed.number) + _digits(parsed.part or "")
        return (_CLASS_ORDER[parsed.kind], parsed.prefix if prefix_rank == 9 else "",
                prefix_rank, numbers, parsed.year or 0)  # fmt: skip
    rank = 4 if _INTERNATIONAL.match(reference.number) else 5
    return (rank, "", 0, _digits(reference.number), 0)


def sorted_references(references: list[Reference]) -> list[Reference]:
    return sorted(references, key=reference_sort_key)


def reference_line(reference: Reference) -> str:
    """ "GB 2762—2025　食品安全国家标准　食品中污染物限量" (number, full-width space, title)."""
    return f"{reference.number}\u3000{reference.title}" if reference.title else reference.number
