"""Where a standard stands in its life: a stated validity that has passed, no revision for
years, and revisions that do not say what they replace or what changed.

Enterprise standards have no legal expiry since filing was abolished (DESIGN §3); a validity the
text itself states, and a review overdue by the 3-year practice of the 1990 rules, are still
what spot checks remark on, so both are warnings with their dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from jxdeclare.domain.stdnumber import parse_standard_number

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule

COVER = Location("cover", "封面")
REVIEW_YEARS = 3
_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# The standard's own validity ("本标准有效期为3年", "备案有效期三年"), not a product's shelf life.
_VALID_YEARS = re.compile(
    r"(?:本(?:标准|文件)[^。；，,]{0,12}?|备案)有效期(?:为|是)?\s*([0-9一二两三四五六])\s*年"
)
_VALID_UNTIL = re.compile(
    r"有效期(?:至|到|截至)\s*[:：]?\s*(\d{4})\s*[-—－–.年/]\s*(\d{1,2})\s*[-—－–.月/]\s*(\d{1,2})"
)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _texts(ctx: CheckContext) -> Iterator[tuple[Location, str]]:
    for passage in ctx.passages():
        yield passage.location, passage.text
    for note in ctx.import_notes:  # cover lines and stamps the importer could not place
        if text := getattr(note, "text", ""):
            yield Location("cover", getattr(note, "where", "封面")), text


@rule(
    "L001", Category.COMPLETENESS, Severity.WARNING,
    title="标准中写明的有效期已过",
    explanation="标准正文或备案标记写明的有效期（如“本标准有效期为3年”“有效期至2024-07-19”）"
    "在检查日期已经届满，说明标准应复审、修订或重新声明。企业标准备案已取消，"
    "有效期不再是法定要求，但过期的表述会误导使用者。",
    message="写明的有效期至 {until}，已于检查日期 {as_of} 届满：“{excerpt}”",
    message_en="The stated validity ended on {until}, before the check date {as_of}: "
    "“{excerpt}”",
    suggestion="复审本标准：需要时修订并重新发布、自我声明公开，并删除过期的有效期表述。",
    title_en="Validity stated in the standard has expired",
    explanation_en="A validity stated in the text or in a filing mark (e.g. “this standard is "
    "valid for 3 years”, “valid until 2024-07-19”) has ended by the check date, so the "
    "standard is due for review, revision or a new declaration. Since the filing of "
    "enterprise standards was abolished a validity period is no longer a legal requirement, "
    "but an expired statement misleads its users.",
    suggestion_en="Review this standard: revise, republish and declare it again if needed, "
    "and delete the expired statement of validity.",
)  # fmt: skip
def validity_passed(ctx: CheckContext) -> Iterator[Hit]:
    start = _date(ctx.document.cover.implement_date) or _date(ctx.document.cover.publish_date)
    for where, text in _texts(ctx):
        until = None
        if match := _VALID_UNTIL.search(text):
            until = _safe(int(match[1]), int(match[2]), int(match[3]))
        elif (match := _VALID_YEARS.search(text)) and start is not None:
            years = int(match[1]) if match[1].isdigit() else _NUMERALS[match[1]]
            until = _plus_years(start, years)
        if until is not None and until < ctx.as_of:
            yield Hit(where, {"until": until.isoformat(), "as_of": ctx.as_of.isoformat(),
                              "excerpt": match.group(0) if match else ""})  # fmt: skip


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@rule(
    "L002", Category.COMPLETENESS, Severity.WARNING,
    title="标准超过三年未复审",
    explanation="企业标准宜定期复审，惯例为不超过三年（1990年《企业标准化管理办法》的规定，"
    "现为良好实践而非法定期限）；发布已超过三年的标准，引用文件和指标可能已经过时。",
    message="发布于 {published}，至检查日期 {as_of} 已超过{years}年未修订",
    message_en="Published on {published}: not revised for more than {years} years by the "
    "check date {as_of}",
    suggestion="复审本标准，确认引用文件和指标仍然适用；需要时修订并重新自我声明公开。",
    title_en="Standard not reviewed for more than three years",
    explanation_en="Enterprise standards are best reviewed periodically, by custom at least "
    "every three years (a rule of the Measures for the Administration of Enterprise "
    "Standardization of 1990, now good practice rather than a legal term); in a standard "
    "published more than three years ago, the referenced documents and the indicators may be "
    "out of date.",
    suggestion_en="Review this standard and confirm that its referenced documents and "
    "indicators still apply; revise it and declare it again if needed.",
)  # fmt: skip
def review_overdue(ctx: CheckContext) -> Iterator[Hit]:
    cover = ctx.document.cover
    published = _date(cover.publish_date) or _date(cover.implement_date)
    if published is not None and _plus_years(published, REVIEW_YEARS) < ctx.as_of:
        yield Hit(COVER, {"published": published.isoformat(), "as_of": ctx.as_of.isoformat(),
                          "years": REVIEW_YEARS})  # fmt: skip


def _canonical(number: str) -> str:
    parsed = parse_standard_number(number).number
    return parsed.canonical() if parsed else re.sub(r"\s+", "", number)


@rule(
    "N007", Category.CONFORMITY, Severity.WARNING,
    title="修订版代替了编号相同的标准",
    explanation="修订后的标准应有新的编号（至少年份不同）；“代替”与本文件编号相同的标准，"
    "说明编号或代替关系写错了。",
    message="本文件 {number} 写明代替编号相同的 {replaced}",
    message_en="{number} says it replaces a standard with the same number ({replaced})",
    suggestion="核对本文件的编号（年份）和被代替标准的编号。",
    title_en="Revision replaces a standard with the same number",
    explanation_en="A revised standard shall have a new number (at least a different year); "
    "“replacing” a standard with the same number as this document means the number or the "
    "replacement is wrong.",
    suggestion_en="Check the number (year) of this document and the number of the standard "
    "replaced.",
)  # fmt: skip
def replaces_itself(ctx: CheckContext) -> Iterator[Hit]:
    cover = ctx.document.cover
    own = _canonical(cover.number)
    for replaced in cover.replaces:
        if own and _canonical(replaced) == own:
            yield Hit(COVER, {"number": cover.number, "replaced": replaced})


@rule(
    "N008", Category.COMPLETENESS, Severity.WARNING,
    title="修订版没有列出主要技术变化",
    explanation="GB/T 1.1—2020 规定，代替其他文件的标准应在前言中说明与被代替文件相比的"
    "主要技术变化。",
    message="本文件代替 {replaced}，前言没有列出主要技术变化",
    message_en="Replaces {replaced_en}, but the foreword lists no main technical changes",
    suggestion="在前言中写明“与{replaced}相比，除结构调整和编辑性改动外，主要技术变化如下：……”。",
    title_en="Revision does not list its main technical changes",
    explanation_en="GB/T 1.1—2020: a standard that replaces other documents shall state in "
    "its foreword the main technical changes compared with the documents replaced.",
    suggestion_en="State in the foreword the main technical changes compared with "
    "{replaced_en}, apart from structural adjustments and editorial changes.",
)  # fmt: skip
def changes_missing(ctx: CheckContext) -> Iterator[Hit]:
    document = ctx.document
    if document.cover.replaces and not document.foreword.changes:
        yield Hit(Location("foreword.changes", "前言"),
                  {"replaced": "、".join(document.cover.replaces),
                   "replaced_en": ", ".join(document.cover.replaces)})  # fmt: skip
