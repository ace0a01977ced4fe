"""Wording: old-edition sentences, provision verbs, modal verbs in definitions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jxdeclare.domain.document.boilerplate import FOREWORD_FIRST, NO_DRAFTING_SENTENCE

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule

# The 2009/2000 drafting-rules sentence of the 前言, and the 2009 lead-in of chapter 2.
OLD_EDITION = re.compile(
    r"GB/T\s*1\.1\s*[-—－–]\s*(2009|2000)|本标准按照GB/T\s*1\.1"
    r"|凡是注日期的引用文件|对于本(?:文件|标准)的应用是必不可少的"
)
OLD_ANNEX = re.compile(r"规范性附录|资料性附录")
FORBIDDEN_VERBS = re.compile(r"必须|需要")
# 可 and 能 inside words (可食部分, 可溶性, 功能, 性能) are not modal verbs.
MODAL_VERBS = re.compile(
    r"(?<![功性效热动电])(?:不应|不宜|不必|不能|必须|应|宜|能(?![量效耗力源])|"
    r"可(?![食溶燃迁见靠逆控视口得信行用])"
    r")"
)
OLD_SELF = re.compile(r"本标准")
# The Chinese words an English suggestion quotes: the document is written in Chinese.
ANNEX_NATURE = {"normative": "（规范性）", "informative": "（资料性）"}
VERBAL_FORMS = {"shall": "应", "should": "宜", "may": "可"}
SELF = {"old": "本标准", "new": "本文件"}


@rule(
    "W001", Category.CONFORMITY, Severity.WARNING,
    title="沿用 GB/T 1.1—2009/2000 的表述",
    explanation="现行起草规则为 GB/T 1.1—2020，前言第一句应为“本文件按照GB/T 1.1—2020"
    "《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。”。"
    "出现2009或2000版的句子说明文本未按现行规则修订。",
    message="沿用了旧版起草规则的句子：“{excerpt}”",
    message_en="Sentence from an old edition of the drafting rules: “{excerpt}”",
    suggestion="删除该句；本软件按 GB/T 1.1—2020 自动生成前言第一句。",
    title_en="Wording of GB/T 1.1—2009/2000 kept",
    explanation_en="The drafting rules in force are GB/T 1.1—2020, and the first sentence of "
    "the foreword is “This document is drafted in accordance with the rules given in GB/T "
    "1.1—2020 Directives for standardization—Part 1: Rules for the structure and drafting of "
    "standardizing documents.” A sentence of the 2009 or 2000 edition shows that the text was "
    "not revised to the rules in force.",
    suggestion_en="Delete the sentence; this software generates the first sentence of the "
    "foreword as GB/T 1.1—2020 gives it.",
)  # fmt: skip
def old_edition(ctx: CheckContext) -> Iterator[Hit]:
    for passage in ctx.passages():
        if match := OLD_EDITION.search(passage.text):
            yield Hit(passage.location, {"excerpt": _excerpt(passage.text, match.start())})


@rule(
    "W002", Category.CONFORMITY, Severity.WARNING,
    title="“规范性附录/资料性附录”的旧写法",
    explanation="GB/T 1.1—2020 将附录的性质标为“（规范性）”“（资料性）”，"
    "不再使用2009版的“（规范性附录）”“（资料性附录）”。",
    message="使用了旧写法“{word}”",
    message_en="Old wording “{word}” (GB/T 1.1—2009)",
    suggestion="改为“（规范性）”或“（资料性）”。",
    title_en="Old designation “normative annex”/“informative annex”",
    explanation_en="GB/T 1.1—2020 marks the nature of an annex as “(normative)” or "
    "“(informative)”, no longer as “(normative annex)” or “(informative annex)” as the 2009 "
    "edition did.",
    suggestion_en="Change it to “{normative}” (normative) or “{informative}” (informative).",
)  # fmt: skip
def old_annex_wording(ctx: CheckContext) -> Iterator[Hit]:
    for passage in ctx.passages():
        if match := OLD_ANNEX.search(passage.text):
            yield Hit(passage.location, {"word": match.group(0), **ANNEX_NATURE})
    for note in ctx.import_notes:
        if match := OLD_ANNEX.search(getattr(note, "text", "")):
            yield Hit(Location("annexes", getattr(note, "where", "附录")),
                      {"word": match.group(0), **ANNEX_NATURE})  # fmt: skip


@rule(
    "W003", Category.CONFORMITY, Severity.WARNING,
    title="条款中使用“必须”“需要”",
    explanation="GB/T 1.1—2020 规定要求型条款用“应/不应”，推荐型用“宜/不宜”，允许用“可/不必”，"
    "能力和可能性用“能/不能”；“必须”“需要”不是条款的助动词。",
    message="条款中使用了“{word}”：“{excerpt}”",
    message_en="“{word}” in a provision, which is not a verbal form of GB/T 1.1—2020: "
    "“{excerpt}”",
    suggestion="要求用“应”，推荐用“宜”，允许用“可”。",
    title_en="“Must” or “need to” in a provision",
    explanation_en="GB/T 1.1—2020 expresses a requirement with “shall/shall not”, a "
    "recommendation with “should/should not”, a permission with “may/need not”, and a "
    "possibility or capability with “can/cannot”; “must” and “need to” are not verbal forms "
    "of provisions.",
    suggestion_en="Use “{shall}” (shall) for a requirement, “{should}” (should) for a "
    "recommendation and “{may}” (may) for a permission.",
)  # fmt: skip
def forbidden_verbs(ctx: CheckContext) -> Iterator[Hit]:
    for passage in ctx.passages():
        if passage.kind in ("provision", "list") and (m := FORBIDDEN_VERBS.search(passage.text)):
            yield Hit(passage.location, {"word": m.group(0), **VERBAL_FORMS,
                                         "excerpt": _excerpt(passage.text, m.start())})  # fmt: skip


@rule(
    "W004", Category.CONFORMITY, Severity.WARNING,
    title="术语定义中含助动词",
    explanation="GB/T 1.1—2020 规定定义只描述概念，不应包含要求型、推荐型或允许型的助动词"
    "（应、宜、可等）；要求应写在技术要求中。",
    message="定义中含有“{word}”：“{excerpt}”",
    message_en="The definition contains the verbal form “{word}”: “{excerpt}”",
    suggestion="把要求移到技术要求中，定义只说明“是什么”。",
    title_en="Verbal form of a provision in a definition",
    explanation_en="GB/T 1.1—2020: a definition only describes the concept and shall contain "
    "no verbal form of a requirement, recommendation or permission (“shall”, “should”, “may” "
    "and the like); requirements belong in the technical requirements.",
    suggestion_en="Move the requirement into the technical requirements; the definition only "
    "says what the concept is.",
)  # fmt: skip
def modal_in_definition(ctx: CheckContext) -> Iterator[Hit]:
    for passage in ctx.passages():
        if passage.kind == "definition" and (m := MODAL_VERBS.search(passage.text)):
            yield Hit(
                passage.location, {"word": m.group(0), "excerpt": _excerpt(passage.text, m.start())}
            )


@rule(
    "W005", Category.CONFORMITY, Severity.INFO,
    title="自称“本标准”",
    explanation="GB/T 1.1—2020 中标准化文件自称“本文件”；“本标准”是2009版的写法。",
    message="使用了“本标准”：“{excerpt}”",
    message_en="The document calls itself “{old}” (this standard); GB/T 1.1—2020 says “{new}” "
    "(this document): “{excerpt}”",
    suggestion="改为“本文件”。",
    title_en="The document calls itself “this standard”",
    explanation_en="In GB/T 1.1—2020 a standardizing document refers to itself as “this "
    "document”; “this standard” is the wording of the 2009 edition.",
    suggestion_en="Change it to “{new}” (this document).",
)  # fmt: skip
def old_self_reference(ctx: CheckContext) -> Iterator[Hit]:
    for passage in ctx.passages():
        if passage.kind != "foreword" and (m := OLD_SELF.search(passage.text)):
            yield Hit(passage.location, {"excerpt": _excerpt(passage.text, m.start()), **SELF})


# What a typo makes of the words of the fixed sentences (GB/T 1.1—2020 8.1, 8.5, 8.6).
TYPOS = {
    "适应于本文件": "适用于本文件", "本文件适应于": "本文件适用于", "本标准适应于": "本标准适用于",
    "本文文件": "本文件", "本标准文件": "本文件",
    "必不可少条款": "必不可少的条款", "规范引用文件": "规范性引用文件",
    "最新版本(包括所有修改单)": "最新版本（包括所有的修改单）",
}  # fmt: skip
DRAFTING_RULES = re.compile(r"(?:按照?|依据|根据|遵照)GB/T\s*1\.1.{0,80}起草")


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")")


@rule(
    "W006", Category.CONFORMITY, Severity.WARNING,
    title="前言第一句与 GB/T 1.1—2020 的固定句不一致",
    explanation="GB/T 1.1—2020 8.1 规定前言第一句为“本文件按照GB/T 1.1—2020《标准化工作导则  "
    "第1部分：标准化文件的结构和起草规则》的规定起草。”，一字不差。",
    message="前言写作“{excerpt}”",
    message_en="The first sentence of the foreword differs from the fixed sentence of GB/T "
    "1.1—2020: {excerpt_en}",
    suggestion="改为“本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》"
    "的规定起草。”",
    title_en="First sentence of the foreword differs from the fixed sentence of GB/T 1.1—2020",
    explanation_en="GB/T 1.1—2020 8.1 fixes the first sentence of the foreword word for word: "
    "“This document is drafted in accordance with the rules given in GB/T 1.1—2020 Directives "
    "for standardization—Part 1: Rules for the structure and drafting of standardizing "
    "documents.”",
    suggestion_en="Change it to “{fixed}”, the fixed sentence of GB/T 1.1—2020 8.1.",
)  # fmt: skip
def foreword_first_sentence(ctx: CheckContext) -> Iterator[Hit]:
    fixed = _fold(FOREWORD_FIRST)
    for i, text in enumerate(ctx.document.foreword.extra):
        if OLD_EDITION.search(text):
            continue  # the 2009/2000 sentence: W001 says so
        if DRAFTING_RULES.search(_fold(text)) and _fold(text) != fixed:
            excerpt = text.strip()[:60]
            yield Hit(Location(f"foreword.extra[{i}]", "前言"),
                      {"excerpt": excerpt, "excerpt_en": f"“{excerpt}”", "fixed": FOREWORD_FIRST})
    if any(getattr(n, "text", "") == NO_DRAFTING_SENTENCE for n in ctx.import_notes):
        yield Hit(Location("foreword", "前言"), {"excerpt": "（缺少第一句）",
                  "excerpt_en": "the sentence is missing", "fixed": FOREWORD_FIRST})  # fmt: skip


@rule(
    "W007", Category.CONFORMITY, Severity.WARNING,
    title="固定句有错字",
    explanation="GB/T 1.1—2020 规定的固定句（前言第一句、规范性引用文件和术语和定义的引导语）"
    "应一字不差；“适应于本文件”“本文文件”等错字说明文本未经校核。",
    message="“{wrong}”应为“{right}”：“{excerpt}”",
    message_en="“{wrong}” should read “{right}”: “{excerpt}”",
    suggestion="把“{wrong}”改为“{right}”。",
    title_en="Typo in a fixed sentence",
    explanation_en="The fixed sentences of GB/T 1.1—2020 (the first sentence of the foreword, "
    "the lead-in sentences of the normative references and of the terms and definitions) "
    "shall be written word for word; a typo in them shows that the text was not proofread.",
    suggestion_en="Change “{wrong}” to “{right}”.",
)  # fmt: skip
def fixed_sentence_typos(ctx: CheckContext) -> Iterator[Hit]:
    for passage in ctx.passages():
        folded = _fold(passage.text)
        for wrong, right in TYPOS.items():
            if (at := folded.find(_fold(wrong))) >= 0:
                yield Hit(passage.location, {"wrong": wrong, "right": right,
                                             "excerpt": _excerpt(folded, at)})  # fmt: skip


def _excerpt(text: str, at: int, width: int = 18) -> str:
    start = max(0, at - width // 2)
    return (
        ("…" if start else "")
        + text[start : start + width]
        + ("…" if start + width < len(text) else "")
    )
