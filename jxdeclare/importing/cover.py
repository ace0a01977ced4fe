"""The cover lines and the 前言 paragraphs into :class:`Cover` and :class:`Foreword`."""

from __future__ import annotations

import re

from ..domain.document.model import Cover, Foreword
from ..domain.stdnumber import parse_standard_number

_DATE = re.compile(r"(\d{4})\s*[-－.年/]\s*(\d{1,2})\s*[-－.月/]\s*(\d{1,2})\s*日?\s*(发布|实施)")
_CODE = re.compile(r"^Q\s*/\s*([A-Za-z0-9]+)$")
_NUMBER = re.compile(r"^Q\s*/\s*\S+.*\d")
_REPLACES = re.compile(r"^代替\s*(.+)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ICS = re.compile(r"^ICS\s*(.+)$", re.IGNORECASE)
_CCS = re.compile(r"^(?:CCS\s*)?([A-Z]\s?\d{2})$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.;:'()\-/]*$")


def canonical_number(text: str) -> str:
    parsed = parse_standard_number(text)
    return parsed.number.canonical() if parsed.valid and parsed.number else text.strip()


def parse_cover(lines: list[str]) -> Cover:
    """Fields found in the lines before 前言; what is not there stays an empty string."""
    cover = Cover("", "", "", "")
    after_number: list[str] = []
    seen_number = False
    for raw in lines:
        line = raw.replace("\u3000", " ").strip()
        if not line:
            continue
        for piece in line.split("\n"):
            seen_number = _cover_line(cover, piece.strip(), after_number, seen_number)
    cover.title = _title(after_number, cover)
    cover.title_en = next((s for s in after_number if _LATIN.match(s) and len(s) > 3), "")
    return cover


def _cover_line(cover: Cover, line: str, after: list[str], seen_number: bool) -> bool:
    dates = _DATE.findall(line)
    if dates:
        for year, month, day, kind in dates:
            iso = f"{year}-{int(month):02d}-{int(day):02d}"
            if kind == "发布":
                cover.publish_date = iso
            else:
                cover.implement_date = iso
        return seen_number
    compact = re.sub(r"\s+", "", line)
    if compact.endswith("企业标准") and len(compact) > 4:
        cover.enterprise_name = compact.removesuffix("企业标准")
    elif match := _CODE.match(line):
        cover.enterprise_code = match.group(1)
    elif match := _REPLACES.match(line):
        cover.replaces = [canonical_number(n) for n in re.split(r"[、，,；;]", match.group(1)) if n]
    elif _NUMBER.match(line) and not cover.number:
        cover.number = canonical_number(line)
        parsed = parse_standard_number(line).number
        if parsed is not None and not cover.enterprise_code and parsed.issuer:
            cover.enterprise_code = parsed.issuer
        return True
    elif compact.endswith("发布") and len(compact) > 2:
        cover.publisher = compact.removesuffix("发布")
    elif match := _ICS.match(line):
        cover.ics = match.group(1).strip()
    elif match := _CCS.match(line):
        cover.ccs = match.group(1)
    elif seen_number or not cover.number:
        after.append(line)
    return seen_number


def _title(candidates: list[str], cover: Cover) -> str:
    """The longest CJK line that is not the enterprise line (titles may wrap over two lines)."""
    cjk = [s for s in candidates if _CJK.search(s) and cover.enterprise_name not in (s, "")]
    cjk = [s for s in cjk if "企业标准" not in s and s != cover.enterprise_name]
    return max(cjk, key=len, default="")


# -- 前言 -------------------------------------------------------------------------------------

_FIRST_2020 = re.compile(r"^本文件按照GB/T1\.1[—\-－–]2020")
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

    def add(self, text: str) -> None:
        key = re.sub(r"\s+", "", text)
        fw = self.foreword
        if self.in_changes and _LIST_ITEM.match(key):
            fw.changes.append(_LIST_ITEM.sub("", text.strip(), count=1))
            return
        self.in_changes = False
        if _FIRST_2020.match(key) or _PATENT.match(key):
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
            self.cover.replaces = [canonical_number(n) for n in re.split(r"[、，,]", numbers) if n]
