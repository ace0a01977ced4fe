"""The cover lines and the 前言 paragraphs into :class:`Cover` and :class:`Foreword`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.document.boilerplate import FOREWORD_FIRST
from ..domain.document.model import Cover, Foreword
from ..domain.stdnumber import parse_standard_number
from .widths import halfwidth

# Dates are read from the half-width text; people separate the parts with any dash they find.
_YMD = r"(\d{4})\s*[-—–―‐‒─./年]\s*(\d{1,2})\s*[-—–―‐‒─./月]\s*(\d{1,2})\s*日?"
_DATE = re.compile(_YMD + r"\s*(发\s*布|实\s*施)")
_BARE_DATE = re.compile(rf"^{_YMD}$")
_DATE_WORD = re.compile(r"^(发\s*布|实\s*施)$")
_CODE = re.compile(r"^Q\s*/\s*([A-Za-z0-9]+)$")
_NUMBER = re.compile(r"^Q\s*/\s*\S+.*\d")
_UNSPACED = re.compile(r"^Q\s*/\s*([A-Za-z]+)(\d.*)$")  # "Q/JQS0106S-2021"
_REPLACES = re.compile(r"^代替\s*[：:]?\s*(.+)$")
# 备案号 is given by the filing office and printed on the cover of filed standards; the document
# model has no place for it (it is not part of the standard's text), so it is dropped with a note.
_FILING = re.compile(r"备\s*案\s*号\s*[：:]?\s*(\S*)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_ICS = re.compile(r"^ICS\s*(.+)$", re.IGNORECASE)
_CCS = re.compile(r"^(?:CCS\s*)?([A-Z]\s?\d{2})$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.;:'()\-/]*$")
_BRACKETED = re.compile(r"^[（(].*[）)]$")
_REMARK = re.compile(r"[：:]|征求意见稿|送审稿|报批稿|讨论稿|草案")  # never part of the title


@dataclass
class CoverReading:
    """The cover, and what the cover lines held that the document model does not keep."""

    cover: Cover
    filing_numbers: list[str] = field(default_factory=list)  # 备案号, dropped on purpose
    unused: list[str] = field(default_factory=list)  # lines not recognised as any field


def canonical_number(text: str, code: str = "") -> str:
    """The number printed canonically; ``code`` (the cover's Q/ code) helps split numbers
    typed without a space, as most enterprises do ("Q/JQS0106S-2021")."""
    folded = halfwidth(text).strip().rstrip("。；;")
    for candidate in (folded, *_spaced(folded, code)):
        parsed = parse_standard_number(candidate)
        if parsed.valid and parsed.number:
            return parsed.number.canonical()
    return text.strip()


def _spaced(number: str, code: str) -> list[str]:
    compact = re.sub(r"\s+", "", number)
    found = []
    if code and compact.upper().startswith(f"Q/{code.upper()}"):
        found.append(f"{compact[: len(code) + 2]} {compact[len(code) + 2 :]}")
    if match := _UNSPACED.match(compact):
        found.append(f"Q/{match.group(1)} {match.group(2)}")
    return found


def parse_cover(lines: list[str]) -> Cover:
    """Fields found in the lines before 前言; what is not there stays an empty string."""
    return read_cover(lines).cover


def read_cover(lines: list[str]) -> CoverReading:
    reading = CoverReading(Cover("", "", "", ""))
    others: list[str] = []
    for piece in _pieces(lines, reading):
        _cover_line(reading.cover, piece, others)
    cover = reading.cover
    cover.title, used = _title(others, cover)
    cover.title_en = next((s for s in others if _LATIN.match(s) and len(s) > 3), "")
    reading.unused = [s for s in others if s not in used and s != cover.title_en]
    return reading


def _pieces(lines: list[str], reading: CoverReading) -> list[str]:
    """Cover text split at line breaks and tabs (one paragraph often holds two fields, as in
    "Q/GFC<tab>备案号：…"), 备案号 taken out, and a date joined with a "发布" in the next cell."""
    pieces: list[str] = []
    for raw in lines:
        for part in re.split(r"[\n\t]", raw.replace("\u3000", " ")):
            part = _FILING.sub(lambda m: _filed(m, reading), part).strip()
            if not part:
                continue
            if pieces and _DATE_WORD.match(part) and _BARE_DATE.match(halfwidth(pieces[-1])):
                pieces[-1] += part
            else:
                pieces.append(part)
    return pieces


def _filed(match: re.Match[str], reading: CoverReading) -> str:
    if match.group(1):  # a template's empty "备案号：" is just dropped
        reading.filing_numbers.append(halfwidth(match.group(1)))
    return ""


def _cover_line(cover: Cover, line: str, others: list[str]) -> None:
    folded = halfwidth(line)
    if dates := _DATE.findall(folded):
        for year, month, day, kind in dates:
            iso = f"{year}-{int(month):02d}-{int(day):02d}"
            if kind.startswith("发"):
                cover.publish_date = iso
            else:
                cover.implement_date = iso
        return
    compact = re.sub(r"\s+", "", line)
    if compact.endswith("企业标准") and len(compact) > 4:
        cover.enterprise_name = compact.removesuffix("企业标准").removesuffix("食品安全")
    elif match := _CODE.match(folded):
        cover.enterprise_code = match.group(1)
    elif match := _REPLACES.match(folded):
        numbers = re.split(r"[、，,；;]", match.group(1))
        cover.replaces = [canonical_number(n, cover.enterprise_code) for n in numbers if n.strip()]
    elif _NUMBER.match(folded) and not cover.number:
        _number(cover, folded)
    elif compact.endswith("发布") and len(compact) > 2:
        cover.publisher = compact.removesuffix("发布")
    elif match := _ICS.match(folded):
        cover.ics = match.group(1).strip()
    elif match := _CCS.match(folded):
        cover.ccs = match.group(1)
    else:
        others.append(line)


def _number(cover: Cover, line: str) -> None:
    cover.number = canonical_number(line, cover.enterprise_code)
    parsed = parse_standard_number(cover.number).number
    if parsed is not None and not cover.enterprise_code and parsed.issuer:
        cover.enterprise_code = parsed.issuer


def _title(candidates: list[str], cover: Cover) -> tuple[str, list[str]]:
    """The longest CJK line that is not the enterprise line, and the lines it was made of.

    A bracketed line right after it continues it ("鲜湿米粉" "（非即食类）"); a line with a
    colon or a drafting stage is a remark ("（本稿完成日期：…）", "（征求意见稿）"), not a title.
    Letter-spaced titles ("绿　　茶") lose their spaces.
    """
    usable = [
        i for i, s in enumerate(candidates)
        if _CJK.search(s) and "企业标准" not in s and s != cover.enterprise_name
        and not _REMARK.search(s) and not _BRACKETED.match(s)
    ]  # fmt: skip
    if not usable:
        return "", []
    first = max(usable, key=lambda i: len(_CJK_GAP.sub("", candidates[i])))
    used = [candidates[first]]
    following = candidates[first + 1] if first + 1 < len(candidates) else ""
    if _BRACKETED.match(following) and not _REMARK.search(following):
        used.append(following)
    return _CJK_GAP.sub("", "".join(used)), used


# -- 前言 -------------------------------------------------------------------------------------

_FIXED_FIRST = re.sub(r"\s+", "", FOREWORD_FIRST)
_DRAFTING = re.compile(r"GB/T1\.1.{0,80}起草|起草.{0,10}GB/T1\.1")
_REPLACED = re.compile(r"^本(?:文件|标准)代替(.+?)(?:《(.+?)》)?[，。]")
_CHANGES_LEAD = re.compile(r"主要技术(?:变化|内容变化|差异)")
_PATENT = re.compile(r"^请注意本(?:文件|标准)的某些内容可能涉及专利")
_PROPOSER = re.compile(r"^本(?:文件|标准)由(.+?)提出。?$")
_UNITS = re.compile(r"^本(?:文件|标准)(?:主要)?起草单位[：:](.+?)。?$")
_DRAFTERS = re.compile(r"^本(?:文件|标准)主要起草人[：:](.+?)。?$")
_LIST_ITEM = re.compile(r"^(?:——|—|[a-z][)）]|\d+[)）]|\d+[.、])\s*")


class ForewordReader:
    """Feeds 前言 paragraphs one at a time; the generated sentences are recognised and dropped."""

    def __init__(self, foreword: Foreword, cover: Cover) -> None:
        self.foreword, self.cover = foreword, cover
        self.in_changes = False
        self.lines = 0  # paragraphs of the 前言 read
        self.drafting_sentence = False  # a sentence naming the drafting rules, in any wording

    def add(self, text: str) -> None:
        key = re.sub(r"\s+", "", text)
        fw = self.foreword
        self.lines += 1
        if _DRAFTING.search(key):
            self.drafting_sentence = True
        if self.in_changes and _LIST_ITEM.match(key):
            fw.changes.append(_LIST_ITEM.sub("", text.strip(), count=1))
            return
        self.in_changes = False
        # Only the exact fixed sentence is regenerated on output; a variant ("…给出的规则起草",
        # a typo) is kept so that the checker can point at it (W006, W007).
        if key == _FIXED_FIRST or _PATENT.match(key):
            return
        if match := _REPLACED.match(key):
            self._replaced(match.group(1), match.group(2) or "")
            if _CHANGES_LEAD.search(key):
                self.in_changes = True
        elif _CHANGES_LEAD.search(key) and key.endswith(("：", ":")):
            self.in_changes = True
        elif match := _PROPOSER.match(key):
            fw.proposer = match.group(1)
        elif match := _UNITS.match(key):
            fw.drafting_units = match.group(1)
        elif match := _DRAFTERS.match(key):
            fw.drafters = match.group(1)
        else:  # kept verbatim: a 2009 first sentence must reach the checker
            fw.extra.append(text.strip())

    def _replaced(self, numbers: str, title: str) -> None:
        self.foreword.replaced_title = title
        if not self.cover.replaces:
            code = self.cover.enterprise_code
            parts = re.split(r"[、，,]", numbers)
            self.cover.replaces = [canonical_number(n, code) for n in parts if n]
