"""The cover: number grammar, number year vs. publication date, duplicates, dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jxdeclare.domain.document.text import PLACEHOLDER
from jxdeclare.domain.stdnumber import enterprise_number_problems, parse_standard_number

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule

COVER = Location("cover.number", "封面")


@rule(
    "N001", Category.CONFORMITY, Severity.ERROR,
    title="企业标准编号不符合规定",
    explanation="企业标准编号由“Q/”、企业代号、顺序号和年份组成，如 Q/XXX 0001—2024"
    "（DESIGN §3，企业标准化促进办法）；抽查中“编号不规范”是常见问题。"
    "只有真正无法成立的编号才报错：缺少企业代号、缺少年份、年份不是合理的年份等。"
    "代号与顺序号连写（Q/JQS0106S-2021）、食品企业标准顺序号后的“S”、"
    "全国平台建议的“Q/行政区划代码+企业名称首字母+内部编号-年份”（Q/320581ABC001-2020）"
    "以及各种破折号、全角字符都是有效写法，规范写法另见 N006。",
    message="标准编号“{number}”无效：{reason}",
    message_en="The standard number “{number}” is invalid: {reason_en}",
    suggestion="按“Q/企业代号 顺序号—年份”填写，例如 Q/ABC 0001—2026。",
    title_en="Enterprise standard number not as prescribed",
    explanation_en="An enterprise standard number consists of “Q/”, the enterprise code, a "
    "sequence number and the year, e.g. Q/XXX 0001—2024 (DESIGN §3, Measures for Promoting "
    "Enterprise Standardization); “standard number not as prescribed” is a common spot-check "
    "finding. Only a number that cannot stand at all is an error: no enterprise code, no "
    "year, a year that is not a plausible year and the like. The code run together with the "
    "sequence number (Q/JQS0106S-2021), the “S” after the sequence number of a food "
    "enterprise standard, the form the national platform suggests, “Q/ + administrative "
    "division code + initials of the enterprise name + internal number - year” "
    "(Q/320581ABC001-2020), and any kind of dash or full-width character are all valid; the "
    "canonical form is N006's business.",
    suggestion_en="Write it as “Q/<enterprise code> <sequence number>—<year>”, e.g. Q/ABC "
    "0001—2026.",
)  # fmt: skip
def number_grammar(ctx: CheckContext) -> Iterator[Hit]:
    number = ctx.document.cover.number
    if PLACEHOLDER.search(number):
        return  # reported as unfilled (S006)
    problems = enterprise_number_problems(parse_standard_number(number))
    if problems:
        reason = "；".join(p.text() for p in problems)
        reason_en = "; ".join(p.text("en") for p in problems)
        yield Hit(COVER, {"number": number, "reason": reason, "reason_en": reason_en})


@rule(
    "N002", Category.CONFORMITY, Severity.WARNING,
    title="编号年份与发布日期不一致",
    explanation="标准编号中的年份是发布年份，应与封面的发布日期一致；"
    "二者不一致是抽查中“编号不规范”的一种情形。",
    message="编号年份为 {year}，发布日期为 {published}",
    message_en="The number's year is {year} but the publication date is {published}",
    suggestion="使编号年份与发布日期的年份一致。",
    title_en="Year of the number differs from the publication date",
    explanation_en="The year in a standard number is the year of publication and shall agree "
    "with the publication date on the cover; a disagreement is one case of “standard number "
    "not as prescribed” in spot checks.",
    suggestion_en="Make the year of the number that of the publication date.",
)  # fmt: skip
def number_year(ctx: CheckContext) -> Iterator[Hit]:
    cover = ctx.document.cover
    parsed = parse_standard_number(cover.number).number
    if parsed is None or parsed.year is None or len(cover.publish_date) < 4:
        return
    if not cover.publish_date[:4].isdigit() or int(cover.publish_date[:4]) == parsed.year:
        return
    yield Hit(COVER, {"year": parsed.year, "published": cover.publish_date})


@rule(
    "N003", Category.CONFORMITY, Severity.ERROR,
    title="标准编号与本企业其他标准重复",
    explanation="同一企业的不同标准不应使用相同的编号（顺序号和年份相同），"
    "否则自我声明公开和产品标签无法唯一指明所执行的标准。",
    message="编号“{number}”已被本企业的其他标准使用",
    message_en="The number “{number}” is already used by another standard of this enterprise",
    suggestion="改用下一个空号。",
    title_en="Standard number used by another standard of the enterprise",
    explanation_en="Different standards of one enterprise shall not share a number (the same "
    "sequence number and year); otherwise neither the self-declaration nor the product label "
    "can name unambiguously the standard followed.",
    suggestion_en="Use the next free number.",
)  # fmt: skip
def duplicate_number(ctx: CheckContext) -> Iterator[Hit]:
    mine = parse_standard_number(ctx.document.cover.number).number
    if mine is None:
        return
    others = {p.canonical() for n in ctx.other_numbers if (p := parse_standard_number(n).number)}
    if mine.canonical() in others:
        yield Hit(COVER, {"number": mine.canonical()})


@rule(
    "N004", Category.CONFORMITY, Severity.ERROR,
    title="实施日期早于发布日期",
    explanation="标准先发布后实施，封面上的实施日期不能早于发布日期"
    "（GB/T 1.1—2020 封面的发布日期和实施日期）。",
    message="发布日期 {published}，实施日期 {implemented}",
    message_en="Published {published} but in force from {implemented}",
    suggestion="把实施日期改为发布日期当天或之后。",
    title_en="Implementation date before the publication date",
    explanation_en="A standard is published first and implemented afterwards: the "
    "implementation date on the cover cannot be earlier than the publication date (the "
    "publication and implementation dates of the cover, GB/T 1.1—2020).",
    suggestion_en="Set the implementation date to the publication date or later.",
)  # fmt: skip
def dates_in_order(ctx: CheckContext) -> Iterator[Hit]:
    cover = ctx.document.cover
    both = len(cover.publish_date) == 10 == len(cover.implement_date)
    if both and cover.implement_date < cover.publish_date:
        params = {"published": cover.publish_date, "implemented": cover.implement_date}
        yield Hit(Location("cover.implement_date", "封面"), params)


@rule(
    "N006", Category.CONFORMITY, Severity.INFO,
    title="标准编号未按规范形式书写",
    explanation="企业常把编号写作“Q/JQS0106S-2021”（代号与顺序号连写、年份前用连字符）"
    "或全国平台建议的“Q/320581ABC001-2020”，这些写法都能识别，不是错误；"
    "本应用按标准编号通行的印刷形式显示：代号与顺序号之间空一格，年份前用破折号“—”"
    "（如 GB/T 1.1—2020），字符为半角。统一写法便于检索、查重和与产品标签核对。",
    message="标准编号写作“{number}”，规范形式为“{canonical}”",
    message_en="The standard number is written “{number}”; its canonical form is “{canonical}”",
    suggestion="可改写为“{canonical}”（仅为写法统一，不影响编号的有效性）。",
    title_en="Standard number not written in its canonical form",
    explanation_en="Enterprises often write numbers as “Q/JQS0106S-2021” (code and sequence "
    "number run together, a hyphen before the year) or in the form the national platform "
    "suggests, “Q/320581ABC001-2020”; both are recognised and are not errors. This "
    "application shows numbers in the usual printed form of standard numbers: a space between "
    "the code and the sequence number, an em dash “—” before the year (as in GB/T 1.1—2020) "
    "and half-width characters. One way of writing makes searching, duplicate checks and "
    "comparison with the product label easier.",
    suggestion_en="It may be written “{canonical}” (for uniform writing only; the number is "
    "valid either way).",
)  # fmt: skip
def number_form(ctx: CheckContext) -> Iterator[Hit]:
    number = ctx.document.cover.number
    parsed = parse_standard_number(number)
    # Only a usable number has a canonical form worth suggesting; N001 reports the others.
    if parsed.number is None or enterprise_number_problems(parsed) or parsed.written_canonically:
        return
    canonical = parsed.number.canonical()
    yield Hit(COVER, {"number": number.strip(), "canonical": canonical}, {"canonical": canonical})


# "XX牌…": a brand name set before the product. Words that end in 牌 yet name a thing
# (品牌, 标牌, 铭牌 …) are not brands.
_BRANDED = re.compile(r"^\s*[“\"「]?([\w·]{1,8}?)[”\"」]?牌(?!子)")
_NOT_BRANDS = ("品", "标", "铭", "门", "招", "号", "指示", "扑克", "纸", "胸", "奖", "名")
_MARKS = re.compile(r"®|™|\(R\)|（R）|注册商标|商标")


@rule(
    "N005", Category.CONFORMITY, Severity.WARNING,
    title="标准名称含品牌或商标",
    explanation="文件名称应简练、明确地表示文件的主题（GB/T 1.1—2020 关于文件名称的规定），"
    "企业产品标准的名称应为产品的通用名称；以品牌、商标代替或修饰产品名称是监督抽查中"
    "“标准名称不规范”的常见情形（DESIGN §2.3 抽查项“编号或名称不符合规定”）。",
    message="标准名称“{title}”含品牌或商标“{brand}”",
    message_en="The title “{title}” contains the brand or trademark “{brand}”",
    suggestion="名称只写产品的通用名称（如“干米粉”“特香型白酒”），品牌写在产品标签上。",
    title_en="Brand or trademark in the title of the standard",
    explanation_en="The title of a document shall state its subject concisely and clearly "
    "(GB/T 1.1—2020 on the title of a document), and the title of an enterprise product "
    "standard is the common name of the product; a brand or trademark replacing or qualifying "
    "the product name is a common case of “title not as prescribed” in supervisory spot "
    "checks (DESIGN §2.3, spot-check item “number or title not as prescribed”).",
    suggestion_en="Give only the common name of the product in the title (e.g. dried rice "
    "noodles, Te-flavour baijiu); put the brand on the product label.",
)  # fmt: skip
def branded_title(ctx: CheckContext) -> Iterator[Hit]:
    title = ctx.document.cover.title
    if PLACEHOLDER.search(title):
        return
    where = Location("cover.title", "封面")
    if mark := _MARKS.search(title):
        yield Hit(where, {"title": title, "brand": mark.group(0)})
    elif (match := _BRANDED.match(title)) and not match.group(1).endswith(_NOT_BRANDS):
        yield Hit(where, {"title": title, "brand": match.group(0).strip()})
