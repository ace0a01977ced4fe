"""Headings into the clause tree: where a numbered line starts a chapter, clause, term or annex.

A number in the text wins over the paragraph style (documents number headings by hand far more
often than they use Word's heading styles); a numbered line only becomes a heading when its
number is the next one the tree expects, so "2.5 g试样" inside chapter 2 stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.document.model import Annex, ChapterRole, Clause, Paragraph
from .widths import halfwidth

_NUMBER = r"(?P<num>(?:[A-Z]\s*\.\s*)?\d{1,2}(?:\s*\.\s*\d{1,3}){0,5})"
_NUMBERED = re.compile(rf"^{_NUMBER}[\s\u3000]+(?P<rest>\S.*)$", re.S)
_NUMBERED_TIGHT = re.compile(rf"^{_NUMBER}(?P<rest>[\u4e00-\u9fff].*)$", re.S)  # "4.2感官要求"
_BARE_NUMBER = re.compile(r"^(?P<num>(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,3}){1,5})$")
_UNIT_START = re.compile(r"^(?:[a-zA-Zμ]{1,3}\b|%|℃|°)")
# Chapter titles a glued number may precede ("1范围", "4技术要求"): "5天内…" is no chapter.
_CHAPTER_WORDS = ("范围", "规范性引用", "术语", "分类", "要求", "技术要求", "试验方法", "检验")
# "2.5倍体积的水": a quantity, not clause 2.5, when nothing separates the number from the text.
_MEASURE_START = re.compile(
    r"^(?:倍|个|次|份|克|千克|毫克|微克|吨|升|毫升|米|平方|立方|分钟|小时|天|周|年|月|日|元)"
)
_NATURES = "(规范性附录|资料性附录|标准的附录|提示的附录|规范性|资料性)"
_ANNEX = re.compile(rf"^附录([A-Z])(?:[（(]{_NATURES}[）)])?(.*)$")
NATURE = re.compile(rf"^[（(]{_NATURES}[）)]$")
OLD_NATURE = ("规范性附录", "资料性附录", "标准的附录", "提示的附录")
_ROLES = {
    "范围": ChapterRole.SCOPE,
    "规范性引用文件": ChapterRole.NORMATIVE_REFERENCES,
    "引用标准": ChapterRole.NORMATIVE_REFERENCES,  # GB/T 1.1—1993 wording, still in old files
    "规范性引用标准": ChapterRole.NORMATIVE_REFERENCES,
    "规范性应用文件": ChapterRole.NORMATIVE_REFERENCES,  # a typo seen often enough to forgive
}


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def is_title(text: str) -> bool:
    """A heading's title is short and not a sentence."""
    t = text.strip()
    return (
        bool(t) and "。" not in t and len(t) <= 40 and not t.endswith(("：", ":", "；", ";", "，"))
    )


def role_of(title: str) -> ChapterRole:
    key = compact(title)
    if key.startswith("术语") and "定义" in key:
        return ChapterRole.TERMS
    return _ROLES.get(key, ChapterRole.GENERAL)


@dataclass(frozen=True)
class Numbered:
    parts: tuple[str, ...]  # ("A", "1", "2") or ("5", "3")
    rest: str

    @property
    def letter(self) -> str:
        return self.parts[0] if self.parts[0].isalpha() else ""


def numbered(text: str, styled: bool) -> Numbered | None:
    """The leading clause number of a paragraph, if it has one ("5.1　要求" → 5, 1).

    Matching runs on the half-width text ("４．１" is 4.1); the title is taken from the original.
    Without a heading style, a number glued to its text counts when it is dotted and not a
    quantity ("4.2感官要求", "4.1.1大米：…", not "2.5倍"), or before a usual chapter title
    ("1范围").
    """
    folded = halfwidth(text)
    match = _NUMBERED.match(folded)
    if match is None:
        match = _NUMBERED_TIGHT.match(folded)
        if match is not None and not styled and not _tight_heading(match):
            match = None
    if match is None:
        bare = _BARE_NUMBER.match(folded.strip())
        return Numbered(tuple(compact(bare.group("num")).split(".")), "") if bare else None
    rest = text[match.start("rest") :].strip()
    if not styled and _UNIT_START.match(rest):
        return None
    return Numbered(tuple(compact(match.group("num")).split(".")), rest)


def _tight_heading(match: re.Match[str]) -> bool:
    rest = match.group("rest").strip()
    if "." not in match.group("num"):
        return rest.startswith(_CHAPTER_WORDS) and is_title(rest)
    return not _MEASURE_START.match(rest)  # the tree still takes only the next number


@dataclass(frozen=True)
class AnnexHeading:
    letter: str
    nature: str
    title: str


def annex_heading(text: str, styled: bool) -> AnnexHeading | None:
    match = _ANNEX.match(compact(text))
    if match is None:
        return None
    letter, nature, rest = match.groups()
    if not nature and rest and not styled and not is_title(rest):
        return None  # "附录A给出了…" is a sentence about the annex
    if not nature and rest.startswith(("给出", "规定", "中", "的", "所")):
        return None
    return AnnexHeading(letter, nature or "", rest)


class Tree:
    """The chapters (or one annex's clauses) being built, with the path to the current clause."""

    def __init__(self, roots: list[Clause], letter: str = "") -> None:
        self.roots = roots
        self.letter = letter
        self.path: list[Clause] = []  # path[0] is a chapter (or an annex's top clause)

    def expected(self, depth: int) -> int | None:
        """The number the next heading at ``depth`` (1 = top) would carry, or None if no parent."""
        if depth == 1:
            return len(self.roots) + 1
        if len(self.path) < depth - 1:
            return None
        parent = self.path[depth - 2]
        return parent_offset(parent) + len(parent.children) + 1

    def number_of_path(self, depth: int) -> tuple[str, ...]:
        """The printed number of the clause at ``depth`` on the current path (its prefix)."""
        numbers: list[str] = [self.letter] if self.letter else []
        siblings = self.roots
        for clause in self.path[:depth]:
            offset = 0 if siblings is self.roots else parent_offset(self._parent_of(clause))
            numbers.append(str(offset + siblings.index(clause) + 1))
            siblings = clause.children
        return tuple(numbers)

    def _parent_of(self, clause: Clause) -> Clause:
        return self.path[self.path.index(clause) - 1]

    def accepts(self, number: Numbered) -> bool:
        typed = self._last_part(number)
        return typed is not None and typed == self.expected(len(number.parts) - bool(number.letter))

    def near_miss(self, number: Numbered) -> int | None:
        """The number expected where a sub-clause heading is off by one: a number skipped
        ("5.2" then "5.4") or typed twice. Chapters are never guessed: a body line such as
        "5 个月内…" must not become a chapter."""
        depth = len(number.parts) - bool(number.letter)
        typed, expected = self._last_part(number), self.expected(depth)
        if depth < 2 or typed is None or expected is None:
            return None
        return expected if typed == expected + 1 or (typed == expected - 1 > 0) else None

    def _last_part(self, number: Numbered) -> int | None:
        """The number's last part when the parts before it are the current clause's number."""
        digits = number.parts[1:] if number.letter else number.parts
        if number.letter != self.letter or not digits or not all(d.isdigit() for d in digits):
            return None
        if self.number_of_path(len(digits) - 1) != number.parts[:-1]:
            return None
        return int(digits[-1])

    def add(self, clause: Clause, depth: int) -> Clause:
        depth = max(1, min(depth, len(self.path) + 1))
        if depth == 1:
            self.roots.append(clause)
        else:
            self.path[depth - 2].children.append(clause)
        self.path = [*self.path[: depth - 1], clause]
        return clause

    @property
    def current(self) -> Clause | None:
        return self.path[-1] if self.path else None


def parent_offset(clause: Clause) -> int:
    """Term entries take the first numbers of their clause ("3.1" …), sub-clauses follow them."""
    from ..domain.document.model import TermEntry

    return sum(isinstance(b, TermEntry) for b in clause.blocks)


def untitled(rest: str) -> Clause:
    """ "5.3.1 产品应…。" is a clause without a title whose text is the sentence."""
    return Clause("", [Paragraph(rest)])


def new_annex(heading: AnnexHeading) -> Annex:
    return Annex(heading.title, normative=heading.nature in ("规范性", "规范性附录", "标准的附录"))
