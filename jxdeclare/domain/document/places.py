"""Where a model path lies, as a reader finds it: "5.2", "表3 第1行 第2列", "封面 标准名称".

Model paths ("chapters[4].children[1].blocks[1].rows[0][1]", see :func:`.text.iter_texts`) stay
the machine's address (JSON output, suppressions, jumping to the element); everything a person
reads names the place with the document's computed numbers and the form labels of its fields.
"""

from __future__ import annotations

import re
from typing import Any

from .model import (
    Annex,
    Clause,
    Document,
    Example,
    Figure,
    Formula,
    IndicatorTable,
    ListBlock,
    Note,
    Table,
    TermEntry,
)
from .numbering import Numbering

# The editor's form labels (ui/editor/cover_form.py, indicator_editor.py, block_forms.py).
COVER_FIELDS = {
    "enterprise_name": "企业名称", "enterprise_code": "企业代号", "title": "标准名称",
    "title_en": "英文名称", "number": "标准编号", "publish_date": "发布日期",
    "implement_date": "实施日期", "replaces": "代替", "ics": "ICS 分类号", "ccs": "CCS 分类号",
    "publisher": "发布单位",
}  # fmt: skip
FOREWORD_FIELDS = {
    "changes": "主要技术变化", "replaced_title": "被代替标准名称", "proposer": "提出单位",
    "drafting_units": "起草单位", "drafters": "主要起草人", "extra": "段落",
}  # fmt: skip
INDICATOR_FIELDS = {
    "item": "项目", "unit": "单位", "comparator": "比较符", "value": "指标值", "method": "检验方法",
    "standard": "强制性标准", "clause": "条款", "basis": "折算基准", "limit_category": "限量类别",
    "limit_item": "限量项目",
}  # fmt: skip
TERM_FIELDS = {"term": "术语", "term_en": "英文对应词", "definition": "定义", "notes": "注"}
SECTIONS = {
    "cover": "封面", "foreword": "前言", "introduction": "引言",
    "normative_references": "规范性引用文件", "bibliography": "参考文献",
    "product_category": "产品类别", "category_gb2762": "产品类别", "category_gb2760": "产品类别",
    "suppressions": "已忽略的警告", "chapters": "正文", "annexes": "附录",
}  # fmt: skip

_STEP = re.compile(r"([A-Za-z_]+)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")


def parse_path(path: str) -> list[tuple[str, list[int]]]:
    """ "chapters[4].rows[0][1]" → [("chapters", [4]), ("rows", [0, 1])]"""
    return [
        (m.group(1), [int(i) for i in _INDEX.findall(m.group(2))]) for m in _STEP.finditer(path)
    ]


def place_of(document: Document, path: str, numbering: Numbering | None = None) -> str:
    """The reader's name for the place a model path points at; never the path itself unless
    the path names nothing in the document."""
    steps = parse_path(path)
    if not steps:
        return path
    numbering = numbering or Numbering(document)
    head, indexes = steps[0]
    rest = steps[1:]
    try:
        if head == "cover":
            return _joined("封面", _field(COVER_FIELDS, rest))
        if head == "foreword":
            return _foreword(rest)
        if head in ("normative_references", "bibliography"):
            return _reference(document, head, indexes, rest)
        if head == "introduction" and indexes:
            return _in_blocks("引言", document.introduction, indexes[0], rest, numbering)
        if head in ("chapters", "annexes") and indexes:
            node = (document.chapters if head == "chapters" else document.annexes)[indexes[0]]
            return _in_node(node, rest, numbering)
    except (IndexError, AttributeError, TypeError):
        pass
    return SECTIONS.get(head, path)


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _field(labels: dict[str, str], rest: list[tuple[str, list[int]]]) -> str:
    return labels.get(rest[0][0], "") if rest else ""


def _foreword(rest: list[tuple[str, list[int]]]) -> str:
    if not rest:
        return "前言"
    name, indexes = rest[0]
    label = FOREWORD_FIELDS.get(name, "")
    if name == "changes" and indexes:
        label += f"第{indexes[0] + 1}条"
    elif name == "extra":
        label = f"第{indexes[0] + 1}段" if indexes else ""
    return _joined("前言", label)


def _reference(
    document: Document, head: str, indexes: list[int], rest: list[tuple[str, list[int]]]
) -> str:
    section = SECTIONS[head]
    if not indexes:
        return section
    ref = getattr(document, head)[indexes[0]]
    which = ref.number.strip() or f"第{indexes[0] + 1}项"
    field = "标准名称" if rest and rest[0][0] == "title" else ""
    return _joined(section, which, field)


def _node_label(node: Clause | Annex, numbering: Numbering) -> str:
    label = numbering.get(node.id)
    if label is None:
        return node.title
    if label.kind == "clause" and "." not in label.number:
        return f"第{label.number}章"
    return label.reference


def _in_node(node: Clause | Annex, rest: list[tuple[str, list[int]]], numbering: Numbering) -> str:
    while rest and rest[0][0] == "children" and rest[0][1]:
        node = node.children[rest[0][1][0]]
        rest = rest[1:]
    where = _node_label(node, numbering)
    if not rest:
        return where
    name, indexes = rest[0]
    if name == "title":
        return _joined(where, "标题")
    if name == "blocks" and indexes:
        return _in_blocks(where, node.blocks, indexes[0], rest[1:], numbering)
    return where


def _in_blocks(
    where: str, blocks: list[Any], index: int, rest: list[tuple[str, list[int]]],
    numbering: Numbering,
) -> str:  # fmt: skip
    block = blocks[index]
    label = numbering.get(block.id)
    field, indexes = rest[0] if rest else ("", [])
    if isinstance(block, Table | IndicatorTable | Figure) and label is not None:
        return _numbered(block, label.reference, rest)
    if isinstance(block, Formula):
        number = f"公式{label.number}" if label else "公式"
        line = f"式中第{indexes[0] + 1}行" if field == "where" and indexes else ""
        return _joined(where, number, line)
    if isinstance(block, ListBlock):
        return _joined(where, f"列项第{indexes[0] + 1}项" if indexes else "列项")
    if isinstance(block, Note | Example):
        kind = "注" if isinstance(block, Note) else "示例"
        return _joined(where, kind + (label.number if label else ""))
    if isinstance(block, TermEntry):
        term = label.number if label else where
        note = f"第{indexes[0] + 1}条" if field == "notes" and indexes else ""
        return _joined(term, TERM_FIELDS.get(field, "") + note)
    return where


def _numbered(block: Any, name: str, rest: list[tuple[str, list[int]]]) -> str:
    """Tables and figures are numbered through the document: their number alone finds them."""
    field, indexes = rest[0] if rest else ("", [])
    if field == "caption":
        return _joined(name, "图题" if isinstance(block, Figure) else "表题")
    if field == "header" and indexes:
        return _joined(name, f"表头第{indexes[0] + 1}列")
    if field == "notes" and indexes:
        return _joined(name, f"注{indexes[0] + 1}" if len(block.notes) > 1 else "注")
    if field == "rows" and indexes:
        row = f"第{indexes[0] + 1}行"
        if len(indexes) > 1:
            return _joined(name, row, f"第{indexes[1] + 1}列")
        return _joined(name, row, _field(INDICATOR_FIELDS, rest[1:]))
    return name
