"""Structure: required elements and their order, clause depth, lone sub-clauses, links, gaps."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jxdeclare.domain.document.model import ChapterRole, Clause
from jxdeclare.domain.document.places import place_of
from jxdeclare.domain.document.text import broken_refs, placeholders

from .context import CheckContext
from .language import label_en
from .registry import Category, Hit, Location, Severity, rule

REQUIRED = (
    (ChapterRole.SCOPE, "范围"),
    (ChapterRole.NORMATIVE_REFERENCES, "规范性引用文件"),
    (ChapterRole.TERMS, "术语和定义"),
)
# What each required title means: English texts quote the Chinese title to write, and gloss it.
MEANINGS = {"范围": "Scope", "规范性引用文件": "Normative references",
            "术语和定义": "Terms and definitions"}  # fmt: skip
# GB/T 20001.10—2014: the order of a product standard's chapters (those present).
PRODUCT_ORDER = (
    "范围", "规范性引用文件", "术语和定义", "分类", "技术要求", "取样", "试验方法",
    "检验规则", "标志", "包装",
)  # fmt: skip
MAX_DEPTH = 6  # a chapter and five levels of clauses below it


# Titles real standards give the required chapters: the chapter is there, its title is not exact.
NEAR_TITLES = {
    "范围": ("适用范围", "主题内容与适用范围"),
    "规范性引用文件": ("引用标准", "引用文件", "规范性引用"),
    "术语和定义": ("术语与定义", "定义", "术语"),
}


def _near(chapter_title: str, name: str) -> bool:
    title = re.sub(r"\s+", "", chapter_title)
    return name in title or any(variant in title for variant in NEAR_TITLES[name])


def _is(chapter_title: str, role: ChapterRole, name: str, actual: ChapterRole) -> bool:
    return actual == role or chapter_title.strip() == name or _near(chapter_title, name)


@rule(
    "S001", Category.COMPLETENESS, Severity.ERROR,
    title="缺少必备要素：范围、规范性引用文件、术语和定义",
    explanation="GB/T 1.1—2020 规定“范围”“规范性引用文件”“术语和定义”为必备要素，"
    "依次为第1、2、3章；没有引用文件或需要界定的术语时，该章仍应保留并写明“本文件没有……”。",
    message="第{position}章应为“{name}”",
    message_en="Chapter {position} must be “{name}” ({meaning}), as GB/T 1.1—2020 requires",
    suggestion="把“{name}”设为第{position}章；没有内容时保留该章，由软件写明“本文件没有……”。",
    title_en="Required elements missing: scope, normative references, terms and definitions",
    explanation_en="GB/T 1.1—2020 makes “Scope”, “Normative references” and “Terms and "
    "definitions” required elements, as chapters 1, 2 and 3 in that order; when there is no "
    "referenced document or no term to define, the chapter shall still be kept and state that "
    "the document has none.",
    suggestion_en="Make “{name}” ({meaning}) chapter {position}; keep it even when it has no "
    "content: the software then states that the document has none.",
)  # fmt: skip
def required_chapters(ctx: CheckContext) -> Iterator[Hit]:
    chapters = ctx.document.chapters
    for position, (role, name) in enumerate(REQUIRED, start=1):
        chapter = chapters[position - 1] if len(chapters) >= position else None
        if chapter is None or not _is(chapter.title, role, name, chapter.role):
            where = f"chapters[{position - 1}]" if chapter else "chapters"
            yield Hit(Location(where, f"第{position}章"),
                      {"position": position, "name": name, "meaning": MEANINGS[name]})  # fmt: skip


@rule(
    "S002", Category.CONFORMITY, Severity.WARNING,
    title="章的顺序不符合产品标准的结构",
    explanation="GB/T 20001.10—2014 规定产品标准各章的顺序：范围、规范性引用文件、术语和定义、"
    "分类和标记、技术要求、取样、试验方法、检验规则、标志标签和随行文件、包装运输和贮存。",
    message="“{title}”排在“{before}”之后，顺序与 GB/T 20001.10—2014 不一致",
    message_en="“{title}” comes after “{before}”, out of the GB/T 20001.10—2014 order",
    suggestion="按 GB/T 20001.10—2014 的顺序调整章的位置。",
    title_en="Chapters out of the order of a product standard",
    explanation_en="GB/T 20001.10—2014 sets the order of the chapters of a product standard: "
    "scope; normative references; terms and definitions; classification and designation; "
    "technical requirements; sampling; test methods; inspection rules; marking, labelling and "
    "accompanying documents; packaging, transport and storage.",
    suggestion_en="Move the chapters into the order of GB/T 20001.10—2014.",
)  # fmt: skip
def chapter_order(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.document.template_id == "service":
        return
    last_rank, last_title = -1, ""
    for i, chapter in enumerate(ctx.document.chapters):
        rank = next(
            (r for r, key in enumerate(PRODUCT_ORDER) if chapter.title.startswith(key)), None
        )
        if rank is None:
            continue
        if rank < last_rank:
            yield Hit(Location(f"chapters[{i}]", ctx.clause_label(chapter)),
                      {"title": chapter.title, "before": last_title})  # fmt: skip
        last_rank, last_title = rank, chapter.title


@rule(
    "S003", Category.CONFORMITY, Severity.WARNING,
    title="只有一个子条",
    explanation="GB/T 1.1—2020 规定：同一层次中有两个或两个以上的条时才可设立条，"
    "不应只设一个子条（例如只有5.1而没有5.2）。",
    message="{label}下只有一个子条",
    message_en="{label_en} has a single sub-clause",
    suggestion="把唯一的子条并入上一层，或再设一个同级的条。",
    title_en="A single sub-clause",
    explanation_en="GB/T 1.1—2020: clauses are set up only when there are two or more of them "
    "at the same level; a clause shall not have a single sub-clause (e.g. 5.1 without 5.2).",
    suggestion_en="Merge the only sub-clause into the level above, or add a second clause at "
    "its level.",
)  # fmt: skip
def lone_subclause(ctx: CheckContext) -> Iterator[Hit]:
    for path, clause, _depth in ctx.clauses():
        if len(clause.children) == 1:
            yield _at_clause(ctx, path, clause)


@rule(
    "S004", Category.CONFORMITY, Severity.ERROR,
    title="条的层次过深",
    explanation="GB/T 1.1—2020 规定条最多可分到第五层（如5.1.1.1.1.1），更深的层次应改用列项。",
    message="{label}超过了章以下五层",
    message_en="{label_en} is more than five levels below its chapter",
    suggestion="减少层次，或把最底层的内容改写为列项。",
    title_en="Clauses nested too deep",
    explanation_en="GB/T 1.1—2020 allows clauses down to the fifth level below a chapter "
    "(e.g. 5.1.1.1.1.1); deeper content shall be written as a list instead.",
    suggestion_en="Reduce the number of levels, or rewrite the lowest level as a list.",
)  # fmt: skip
def clause_depth(ctx: CheckContext) -> Iterator[Hit]:
    for path, clause, depth in ctx.clauses():
        if depth > MAX_DEPTH:
            yield _at_clause(ctx, path, clause)


def _at_clause(ctx: CheckContext, path: str, clause: Clause) -> Hit:
    label = ctx.clause_label(clause)
    return Hit(Location(path, label), {"label": label, "label_en": label_en(label)})


@rule(
    "S005", Category.CONFORMITY, Severity.ERROR,
    title="引用指向已删除的内容",
    explanation="文中“见表2”“按5.3”等引用所指的章条、表、图或附录已被删除，输出时无法给出编号。",
    message="引用的对象已不存在",
    message_en="A cross-reference points at something that no longer exists",
    suggestion="重新选择引用的对象，或删除这处引用。",
    title_en="Cross-reference to deleted content",
    explanation_en="A cross-reference in the text (“see Table 2”, “according to 5.3”) points "
    "at a clause, table, figure or annex that has been deleted, so no number can be printed "
    "for it.",
    suggestion_en="Choose the target of the cross-reference again, or delete the "
    "cross-reference.",
)  # fmt: skip
def broken_links(ctx: CheckContext) -> Iterator[Hit]:
    for broken in broken_refs(ctx.document, ctx.numbering):
        yield Hit(
            Location(broken.path, _label_of(ctx, broken.path)), evidence={"target": broken.target}
        )


@rule(
    "S006", Category.COMPLETENESS, Severity.ERROR,
    title="有未填写的内容",
    explanation="模板中标为“{{…}}”的内容需要企业根据产品实际填写，未填写的标准不能发布。",
    message="尚未填写：{what}",
    message_en="Not filled in yet: {what}",
    suggestion="按提示填写该处内容。",
    title_en="Content not filled in",
    explanation_en="Content marked “{{…}}” in a template is to be filled in by the enterprise "
    "for its actual product; a standard with content not filled in cannot be published.",
    suggestion_en="Fill in the content as its hint says.",
)  # fmt: skip
def unfilled(ctx: CheckContext) -> Iterator[Hit]:
    for gap in placeholders(ctx.document):
        yield Hit(
            Location(gap.path, _label_of(ctx, gap.path)), {"hint": gap.hint, "what": gap.what}
        )


def _label_of(ctx: CheckContext, path: str) -> str:
    """Where a reader finds the model path: "5.1", "表3 第1行 第2列", "封面 标准名称"."""
    return place_of(ctx.document, path, ctx.numbering)


@rule(
    "S007", Category.COMPLETENESS, Severity.WARNING,
    title="产品标准没有指标表",
    explanation="企业产品标准应公开产品的功能指标和产品的性能指标（《企业标准化促进办法》）；"
    "抽查中“未公开功能、性能指标”是常见问题。指标写成表格，才能逐项与强制性标准比较。",
    message="文件中没有指标表，技术要求未以指标形式给出",
    message_en="No indicator table: the technical requirements give no indicators",
    suggestion="在技术要求中用指标表列出各项指标、单位、要求和检验方法。",
    title_en="Product standard without an indicator table",
    explanation_en="An enterprise product standard shall disclose the functional and "
    "performance indicators of the product (Measures for Promoting Enterprise "
    "Standardization); “functional and performance indicators not disclosed” is a common "
    "spot-check finding. Only indicators given in a table can be compared item by item with "
    "the mandatory standards.",
    suggestion_en="In the technical requirements, give an indicator table listing each "
    "indicator with its unit, requirement and test method.",
)  # fmt: skip
def no_indicator_table(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.document.template_id == "service" or not ctx.document.chapters:
        return
    if not ctx.document.indicator_rows():
        yield Hit(Location("chapters", "技术要求"))


@rule(
    "S008", Category.COMPLETENESS, Severity.WARNING,
    title="范围没有写明文件的内容",
    explanation="GB/T 1.1—2020 规定“范围”应首先简要说明文件的内容（“本文件规定了……”），"
    "然后说明适用界限（“本文件适用于……”）。",
    message="范围中没有“本文件规定了……”的内容陈述",
    message_en="The scope does not state what the document specifies (“This document "
    "specifies …”)",
    suggestion="在范围的第一段写明“本文件规定了……的……要求，描述了……的试验方法”。",
    title_en="Scope does not state the content of the document",
    explanation_en="GB/T 1.1—2020: the scope first states briefly what the document specifies "
    "(“This document specifies …”) and then its field of application (“This document is "
    "applicable to …”).",
    suggestion_en="Begin the first paragraph of the scope with “This document specifies the … "
    "requirements for … and describes the test methods for …”.",
)  # fmt: skip
def scope_content(ctx: CheckContext) -> Iterator[Hit]:
    for i, chapter in enumerate(ctx.document.chapters[:1]):
        if not _is(chapter.title, ChapterRole.SCOPE, "范围", chapter.role):
            continue
        text = "".join(getattr(block, "text", "") for block in chapter.blocks)
        if not CONTENT_STATEMENT.search(re.sub(r"\s+", "", text)):
            yield Hit(Location(f"chapters[{i}]", "第1章"))


CONTENT_STATEMENT = re.compile(r"本(?:文件|标准)(?:主要)?规定了")


@rule(
    "S009", Category.CONFORMITY, Severity.WARNING,
    title="必备章的标题不规范",
    explanation="GB/T 1.1—2020 规定必备要素的标题为“范围”“规范性引用文件”“术语和定义”，"
    "不应改写（如“法律规范性引用文件”“术语与定义”）。",
    message="第{position}章的标题写作“{title}”，应为“{name}”",
    message_en="Chapter {position} is titled “{title}”; it must be “{name}” ({meaning})",
    suggestion="把标题改为“{name}”。",
    title_en="Title of a required chapter not as prescribed",
    explanation_en="GB/T 1.1—2020 fixes the titles of the required elements as “Scope”, "
    "“Normative references” and “Terms and definitions”; they shall not be reworded (e.g. "
    "“Legal normative references”, “Terms & definitions”).",
    suggestion_en="Change the title to “{name}” ({meaning}).",
)  # fmt: skip
def required_titles(ctx: CheckContext) -> Iterator[Hit]:
    for position, (role, name) in enumerate(REQUIRED, start=1):
        if len(ctx.document.chapters) < position:
            return
        chapter = ctx.document.chapters[position - 1]
        title = re.sub(r"\s+", "", chapter.title)
        if title != name and _is(chapter.title, role, name, chapter.role):
            yield Hit(Location(f"chapters[{position - 1}]", f"第{position}章"),
                      {"position": position, "title": chapter.title, "name": name,
                       "meaning": MEANINGS[name]})  # fmt: skip


OUT_OF_SEQUENCE = re.compile(r"^条号“(?P<typed>[^”]+)”不连续.*?编号为(?P<right>[\d.]+)")


@rule(
    "S010", Category.CONFORMITY, Severity.WARNING,
    title="条的编号不连续",
    explanation="GB/T 1.1—2020 规定条的编号在所属章或条内连续；跳号、重号（如3.4之后出现3.41，"
    "再出现3.4.2）说明编号是手工输入的，引用这些条时容易出错。本软件的编号由结构计算，不会出现此问题。",
    message="条号“{typed}”不连续，按位置应为{right}",
    message_en="Clause number {typed} is out of sequence; by its place it is {right}",
    suggestion="改正条号；在本软件中编辑的文件，编号自动计算。",
    title_en="Clause numbers out of sequence",
    explanation_en="GB/T 1.1—2020: clause numbers run consecutively within their chapter or "
    "clause; skipped or repeated numbers (e.g. 3.41 after 3.4, then 3.4.2) show that the "
    "numbers were typed by hand, and references to those clauses easily go wrong. This "
    "software computes the numbers from the structure, so this cannot happen in it.",
    suggestion_en="Correct the clause numbers; in a document edited in this software they are "
    "computed automatically.",
)  # fmt: skip
def clause_sequence(ctx: CheckContext) -> Iterator[Hit]:
    for note in ctx.import_notes:
        if match := OUT_OF_SEQUENCE.match(getattr(note, "text", "")):
            yield Hit(Location("chapters", getattr(note, "where", "正文")), match.groupdict())
