"""Changes to the clause tree: add, move, indent, outdent, delete (plain Python, no Qt).

Each operation mutates the document in place and returns the id to select afterwards, or raises
:class:`Refused` with a reason code the window turns into a message. GB/T 1.1-2020 allows five
levels below the chapter; the three role chapters (范围, 规范性引用文件, 术语和定义) stay 1–3.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from jxdeclare.domain.document.model import Annex, ChapterRole, Clause, Document
from jxdeclare.domain.document.text import REF, iter_texts

COVER, INTRODUCTION, BIBLIOGRAPHY = "@cover", "@introduction", "@bibliography"
SPECIAL = (COVER, INTRODUCTION, BIBLIOGRAPHY)
MAX_DEPTH = 6  # the chapter is level 1; five levels below it
NEW_CHAPTER, NEW_CLAUSE, NEW_ANNEX = "{{章标题}}", "{{条标题}}", "{{附录标题}}"


class Refused(Exception):
    """The operation would break a drafting rule; ``reason`` is a code for the message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Place:
    node: Clause | Annex
    siblings: list[Any]  # the list holding it: chapters, annexes or a parent's children
    parent: Clause | Annex | None
    depth: int  # chapter or annex = 1, 5.1 or A.1 = 2 …

    @property
    def index(self) -> int:
        return next(i for i, n in enumerate(self.siblings) if n is self.node)


def _places(doc: Document) -> list[Place]:
    found: list[Place] = []

    def walk(nodes: list[Clause], parent: Clause | Annex | None, depth: int) -> None:
        for node in nodes:
            found.append(Place(node, nodes, parent, depth))
            walk(node.children, node, depth + 1)

    walk(doc.chapters, None, 1)
    for annex in doc.annexes:
        found.append(Place(annex, doc.annexes, None, 1))
        walk(annex.children, annex, 2)
    return found


def locate(doc: Document, element_id: str) -> Place | None:
    return next((p for p in _places(doc) if p.node.id == element_id), None)


def height(node: Clause | Annex) -> int:
    return 1 + max((height(c) for c in node.children), default=0)


def leading_roles(doc: Document) -> int:
    """How many role chapters open the body (normally 3: 范围, 规范性引用文件, 术语和定义)."""
    count = 0
    while count < len(doc.chapters) and doc.chapters[count].role != ChapterRole.GENERAL:
        count += 1
    return count


def _is_role(node: Clause | Annex) -> bool:
    return isinstance(node, Clause) and node.role != ChapterRole.GENERAL


def _place(doc: Document, element_id: str, reason: str = "not_movable") -> Place:
    place = locate(doc, element_id)
    if place is None:
        raise Refused(reason)
    return place


def add_sibling(doc: Document, element_id: str) -> str:
    place = locate(doc, element_id)
    if place is None:  # 封面 / 引言 / 参考文献: a new chapter at the end of the body
        doc.chapters.append(Clause(NEW_CHAPTER))
        return doc.chapters[-1].id
    if isinstance(place.node, Annex):
        return add_annex(doc, element_id)
    new = Clause(NEW_CHAPTER if place.depth == 1 else NEW_CLAUSE)
    index = place.index + 1
    if place.siblings is doc.chapters:
        index = max(index, leading_roles(doc))
    place.siblings.insert(index, new)
    return new.id


def add_child(doc: Document, element_id: str) -> str:
    place = _place(doc, element_id, "need_clause")
    if place.depth + 1 > MAX_DEPTH:
        raise Refused("depth")
    new = Clause(NEW_CLAUSE)
    place.node.children.append(new)
    return new.id


def add_annex(doc: Document, element_id: str) -> str:
    new = Annex(NEW_ANNEX)
    place = locate(doc, element_id)
    at = place.index + 1 if place and isinstance(place.node, Annex) else len(doc.annexes)
    doc.annexes.insert(at, new)
    return new.id


def move(doc: Document, element_id: str, delta: int) -> str:
    place = _place(doc, element_id)
    target = place.index + delta
    if _is_role(place.node):
        raise Refused("role_fixed")
    if not 0 <= target < len(place.siblings):
        raise Refused("edge")
    if _is_role(place.siblings[target]):
        raise Refused("role_fixed")
    nodes = place.siblings
    nodes[place.index], nodes[target] = nodes[target], nodes[place.index]
    return element_id


def move_up(doc: Document, element_id: str) -> str:
    return move(doc, element_id, -1)


def move_down(doc: Document, element_id: str) -> str:
    return move(doc, element_id, 1)


def indent(doc: Document, element_id: str) -> str:
    """The clause becomes the last sub-clause of the one before it."""
    place = _place(doc, element_id)
    if isinstance(place.node, Annex):
        raise Refused("annex_level")
    if _is_role(place.node):
        raise Refused("role_fixed")
    if place.index == 0:
        raise Refused("no_previous")
    if place.depth + height(place.node) > MAX_DEPTH:
        raise Refused("depth")
    previous = place.siblings[place.index - 1]
    place.siblings.remove(place.node)
    previous.children.append(place.node)
    return element_id


def outdent(doc: Document, element_id: str) -> str:
    """The clause moves up a level, right after its former parent."""
    place = _place(doc, element_id)
    if isinstance(place.node, Annex):
        raise Refused("annex_level")
    if place.parent is None or isinstance(place.parent, Annex):
        raise Refused("top_level")
    parent = locate(doc, place.parent.id)
    assert parent is not None
    at = parent.index + 1
    if parent.siblings is doc.chapters and at < leading_roles(doc):
        raise Refused("role_fixed")
    place.siblings.remove(place.node)
    parent.siblings.insert(at, place.node)
    return element_id


def check_delete(doc: Document, element_id: str) -> Place:
    place = _place(doc, element_id)
    if _is_role(place.node):
        raise Refused("role_delete")
    return place


def delete(doc: Document, element_id: str) -> str:
    """Remove the clause or annex; returns the id to select next (its neighbour or parent)."""
    place = check_delete(doc, element_id)
    index = place.index
    place.siblings.remove(place.node)
    if place.siblings:
        return place.siblings[min(index, len(place.siblings) - 1)].id
    return place.parent.id if place.parent else COVER


def element_ids(obj: Any) -> set[str]:
    """The ids of an element and of everything inside it (clauses, blocks, rows, terms)."""
    found: set[str] = set()
    if isinstance(obj, list):
        for item in obj:
            found |= element_ids(item)
    elif is_dataclass(obj):
        if isinstance(getattr(obj, "id", None), str):
            found.add(obj.id)
        for f in fields(obj):
            if isinstance(getattr(obj, f.name), list):
                found |= element_ids(getattr(obj, f.name))
    return found


def links_into(doc: Document, element: Any) -> int:
    """How many cross-references from elsewhere in the document point into ``element``."""
    targets = element_ids(element)

    def count(obj: Any) -> int:
        return sum(1 for _p, t in iter_texts(obj) for ref in REF.findall(t) if ref in targets)

    return count(doc) - count(element)
