"""Normative references: status as of a date, listed vs. cited, titles, prefixes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from jxdeclare.catalog.status import Status
from jxdeclare.domain.document.model import IndicatorTable, Table
from jxdeclare.domain.document.text import PLACEHOLDER
from jxdeclare.domain.stdnumber import StandardNumber, parse_standard_number

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule

# A standard number in running text: "GB 2762", "GB/T 5009.3—2016", "DB36/T 1", "T/JGE 1".
CITED = re.compile(
    r"(?:GB(?:/[TZ])?|[A-Z]{2}/T|DBS?\s?\d{2,6}/T?|T/[A-Z0-9]+|Q/[A-Z0-9]+)\s*\d+(?:\.\d+)*"
    r"S?(?:\s*[-—－–]\s*\d{4})?"  # S: the sequence suffix of food enterprise standards
)
REFS = "normative_references"


@lru_cache(maxsize=4096)
def _parsed(text: str) -> StandardNumber | None:
    return parse_standard_number(text).number


@lru_cache(maxsize=4096)
def _series(text: str) -> str:
    parsed = _parsed(text)
    return parsed.undated().canonical() if parsed else text.strip()


def cited(ctx: CheckContext) -> dict[str, Location]:
    """Series cited in the text, tables and indicator rows, with where each is first cited."""
    return ctx.once("cited", lambda: _cited(ctx))


def _cited(ctx: CheckContext) -> dict[str, Location]:
    found: dict[str, Location] = {}
    own = _series(ctx.document.cover.number)
    for passage in ctx.passages():
        if passage.kind in ("foreword", "note", "example"):
            continue  # informative text: what it names is not a normative reference
        for match in CITED.finditer(passage.text):
            found.setdefault(_series(match.group(0)), passage.location)
    for path, clause, _depth in ctx.clauses():
        for b, block in enumerate(clause.blocks):
            where = Location(f"{path}.blocks[{b}]", ctx.clause_label(clause))
            for text in _table_texts(block):
                for match in CITED.finditer(text):
                    found.setdefault(_series(match.group(0)), where)
    found.pop(own, None)
    return found


def _table_texts(block: object) -> list[str]:
    texts: list[str] = []
    if isinstance(block, IndicatorTable):
        texts = [t for r in block.rows for t in (r.method, r.value)] + list(block.notes)
    elif isinstance(block, Table):
        texts = [cell for row in block.rows for cell in row] + list(block.notes)
    return [PLACEHOLDER.sub("", text) for text in texts]  # a hint is not a citation


def _references(ctx: CheckContext) -> Iterator[tuple[int, str, str]]:
    for i, ref in enumerate(ctx.document.normative_references):
        yield i, ref.number, ref.title


@rule(
    "R001", Category.LEGALITY, Severity.ERROR,
    title="引用了已废止或已被代替的标准",
    explanation="企业标准引用的文件应现行有效。不注日期引用的标准已废止，或注日期引用的版本已被代替，"
    "都意味着本文件依据了过时的要求（抽查中“引用标准作废”是常见问题）。状态以数据包为准，截至所选日期。",
    message="{number}：{status}{detail}",
    message_en="{number}: {status_en}{detail_en}",
    suggestion="{fix}",
    title_en="Reference to a withdrawn or replaced standard",
    explanation_en="The documents an enterprise standard references shall be in force. An "
    "undated reference to a withdrawn standard, or a dated reference to a replaced edition, "
    "means the document rests on outdated requirements (“referenced standard invalid” is a "
    "common spot-check finding). The status follows the data pack, as of the chosen date.",
    suggestion_en="{fix_en}",
    needs=("pack",),
)  # fmt: skip
def outdated_reference(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.editions is None:
        return
    for i, number, _title in _references(ctx):
        result = ctx.editions.status(number, ctx.as_of)
        if result.status not in (Status.REPLACED, Status.WITHDRAWN):
            continue
        current = result.chain[-1] if len(result.chain) > 1 else ""
        detail = f"，现行为 {current}" if current else ""
        fix = f"改为引用 {current}（核对相关条款后）" if current else "删除该引用或改用现行标准"
        fix_en = (f"Reference {current} instead (after checking the provisions concerned)."
                  if current else "Delete the reference, or reference a standard in force.")
        yield Hit(
            Location(f"{REFS}[{i}]", "第2章"),
            {"number": number, "status": result.status.value, "detail": detail, "fix": fix,
             "status_en": "replaced" if result.status is Status.REPLACED else "withdrawn",
             "detail_en": f", the edition in force is {current}" if current else "",
             "fix_en": fix_en},
            {"edition": result.edition, "replaced_by": list(result.replaced_by),
             "since": str(result.replaced_since or ""), "as_of": ctx.as_of.isoformat(),
             "pack": ctx.pack_label},
        )  # fmt: skip


@rule(
    "R002", Category.LEGALITY, Severity.WARNING,
    title="引用了尚未实施的标准版本",
    explanation="注日期引用的版本在所选日期尚未实施；在其实施前，新旧版本均可使用，"
    "但应确认本文件的实施日期不早于该版本的实施日期。",
    message="{number} 自 {since} 起实施",
    message_en="{number} comes into force on {since}",
    suggestion="确认本文件的实施日期，或在新版本实施前引用现行版本。",
    title_en="Reference to an edition not yet in force",
    explanation_en="The dated edition referenced is not yet in force on the chosen date; "
    "until it is, either edition may be used, but make sure that the implementation date of "
    "this document is not earlier than that of the edition referenced.",
    suggestion_en="Check the implementation date of this document, or reference the edition "
    "in force until the new edition takes effect.",
    needs=("pack",),
)  # fmt: skip
def upcoming_reference(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.editions is None:
        return
    listed = [number for _i, number, _t in _references(ctx)]
    for i, number, _title in _references(ctx):
        result = ctx.editions.status(number, ctx.as_of)
        parsed = _parsed(number)
        if result.status is Status.UPCOMING and parsed is not None and parsed.year is not None:
            if _current_edition_listed(ctx, number, listed):
                continue  # both editions, for the transition ("自2027年3月16日起…"): deliberate
            yield Hit(Location(f"{REFS}[{i}]", "第2章"),
                      {"number": number, "since": str(result.in_force_from or "")},
                      {"as_of": ctx.as_of.isoformat(), "pack": ctx.pack_label})  # fmt: skip


def _dated(number: str) -> bool:
    parsed = _parsed(number)
    return parsed is not None and parsed.year is not None


def _current_edition_listed(ctx: CheckContext, number: str, listed: list[str]) -> bool:
    """Another edition of the same series is listed too, one that may be used today."""
    series, usable = _series(number), (Status.CURRENT, Status.UNKNOWN)
    return ctx.editions is not None and any(
        other != number and _series(other) == series and _dated(other)
        and ctx.editions.status(other, ctx.as_of).status in usable
        for other in listed
    )  # fmt: skip


@rule(
    "R003", Category.CONFORMITY, Severity.WARNING,
    title="列入规范性引用文件但正文未引用",
    explanation="GB/T 1.1—2020 规定规范性引用文件一章只列出正文中规范性引用的文件；"
    "正文未引用的文件不应列入（可列入参考文献）。",
    message="{number} 列在第2章，但正文中没有引用",
    message_en="{number} is listed in chapter 2 but never cited in the text",
    suggestion="在相应条款中引用它，或从第2章删除（需要时列入参考文献）。",
    title_en="Listed in the normative references but not cited in the text",
    explanation_en="GB/T 1.1—2020: the normative references chapter shall list only the "
    "documents cited normatively in the text; a document the text does not cite shall not be "
    "listed there (it may go into the bibliography).",
    suggestion_en="Cite it in the provision concerned, or delete it from chapter 2 (listing "
    "it in the bibliography if needed).",
)  # fmt: skip
def listed_not_cited(ctx: CheckContext) -> Iterator[Hit]:
    used = cited(ctx)
    for i, number, _title in _references(ctx):
        if _parsed(number) is None:
            continue  # a regulation (法规、令、药典) or a line with no number to cite
        if _series(number) not in used:
            yield Hit(Location(f"{REFS}[{i}]", "第2章"), {"number": number})


@rule(
    "R004", Category.CONFORMITY, Severity.WARNING,
    title="正文引用的文件未列入规范性引用文件",
    explanation="GB/T 1.1—2020 规定正文中规范性引用的文件应在第2章列出。",
    message="正文引用了 {number}，但第2章没有列出",
    message_en="{number} is cited in the text but not listed in chapter 2",
    suggestion="把 {number} 加入第2章（规范性引用文件）。",
    title_en="Cited in the text but not listed in the normative references",
    explanation_en="GB/T 1.1—2020: the documents cited normatively in the text shall be "
    "listed in chapter 2.",
    suggestion_en="Add {number} to chapter 2 (normative references).",
)  # fmt: skip
def cited_not_listed(ctx: CheckContext) -> Iterator[Hit]:
    listed = {_series(number) for _i, number, _t in _references(ctx)}
    for series, where in sorted(cited(ctx).items()):
        if series not in listed:
            yield Hit(where, {"number": series})


@rule(
    "R005", Category.CONFORMITY, Severity.WARNING,
    title="引用文件的名称与现行标准名称不一致",
    explanation="引用文件的名称应与所引版本的名称一致；名称与目录中不同，往往说明引用的是旧版本。",
    message="{number} 的名称写作“{title}”，目录中为“{catalogue}”",
    message_en="{number} is titled “{title}” here but “{catalogue}” in the catalogue",
    suggestion="核对版本后改为“{catalogue}”。",
    title_en="Title of a referenced document differs from the current title",
    explanation_en="The title of a referenced document shall be that of the edition "
    "referenced; a title different from the catalogue's often means an old edition is "
    "referenced.",
    suggestion_en="Check the edition and change the title to “{catalogue}”.",
    needs=("pack",),
)  # fmt: skip
def reference_title(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.editions is None:
        return
    for i, number, title in _references(ctx):
        result = ctx.editions.status(number, ctx.as_of)
        if title and result.title and _plain(title) != _plain(result.title):
            yield Hit(Location(f"{REFS}[{i}]", "第2章"),
                      {"number": number, "title": title, "catalogue": result.title},
                      {"edition": result.edition, "pack": ctx.pack_label})  # fmt: skip


@rule(
    "R006", Category.LEGALITY, Severity.WARNING,
    title="引用标准的代号已改变（强制性/推荐性）",
    explanation="标准由强制性改为推荐性（GB → GB/T）或相反时，代号随之改变；"
    "仍用旧代号引用，说明引用的是已被代替的文件。",
    message="{number} 在目录中只有 {other}",
    message_en="The catalogue knows {number} only as {other}",
    suggestion="改为引用 {other}，并核对其是否仍适用。",
    title_en="Code of a referenced standard has changed (mandatory/recommended)",
    explanation_en="When a standard changes from mandatory to recommended (GB → GB/T) or the "
    "other way round, its code changes with it; a reference under the old code refers to a "
    "document that has been replaced.",
    suggestion_en="Reference {other} instead, and check that it still applies.",
    needs=("pack",),
)  # fmt: skip
def changed_prefix(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.editions is None:
        return
    series = ctx.editions.by_series
    for i, number, _title in _references(ctx):
        parsed = _parsed(number)
        if parsed is None or parsed.prefix not in ("GB", "GB/T") or _series(number) in series:
            continue
        flipped = "GB/T" if parsed.prefix == "GB" else "GB"
        other = parse_standard_number(
            f"{flipped} {parsed.number}" + (f".{parsed.part}" if parsed.part else "")
        )
        if other.number and (key := other.number.undated().canonical()) in series:
            latest = max(series[key], key=lambda e: e.number).number
            yield Hit(Location(f"{REFS}[{i}]", "第2章"), {"number": number, "other": latest})


def _plain(title: str) -> str:
    return re.sub(r"[\s\u3000　]+", "", title)


@rule(
    "R007", Category.CONFORMITY, Severity.WARNING,
    title="引用分部分标准时未写部分号",
    explanation="分为多个部分的标准（如 GB 4806.x、GB 5009.x），引用时应写明所引用的部分；"
    "引用全部部分时写作“（所有部分）”（GB/T 1.1—2020 对引用文件的规定）。",
    message="{number} 在目录中只有分部分的标准：{parts}",
    message_en="{number} exists only as parts in the catalogue: {parts_en}",
    suggestion="{fix}",
    title_en="Standard in several parts referenced without its part number",
    explanation_en="A standard published in several parts (e.g. GB 4806.x, GB 5009.x) shall "
    "be referenced by the part cited; a reference to all the parts is written “(all parts)” "
    "(GB/T 1.1—2020 on referenced documents).",
    suggestion_en="{fix_en}",
    needs=("pack",),
)  # fmt: skip
def series_without_part(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.editions is None:
        return
    series = ctx.editions.by_series
    for i, number, _title in _references(ctx):
        parsed = _parsed(number)
        if parsed is None or parsed.part or parsed.all_parts or _series(number) in series:
            continue
        stem = parsed.undated().canonical() + "."
        parts = sorted({key for key in series if key.startswith(stem)})
        if not parts:
            continue
        whole = f"{parsed.undated().canonical()}（所有部分）"
        fix = f"改为引用 {parts[0]}" if len(parts) == 1 else f"写明所引用的部分，或写作“{whole}”"
        fix_en = (f"Reference {parts[0]} instead." if len(parts) == 1
                  else f"Name the part referenced, or write “{whole}” (all parts).")
        shown = "、".join(parts[:4]) + ("等" if len(parts) > 4 else "")
        shown_en = ", ".join(parts[:4]) + (" etc." if len(parts) > 4 else "")
        yield Hit(Location(f"{REFS}[{i}]", "第2章"), {"number": number, "parts": shown,
                  "parts_en": shown_en, "fix": fix, "fix_en": fix_en})  # fmt: skip
