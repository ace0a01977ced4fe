"""References the catalogue cannot vouch for: unknown standard numbers, and regulations.

A number the pack does not know is said, never silently skipped (its status is unknown, not
fine). Chapter 2 of real standards also lists regulations and the 中国药典; those are not
standard numbers, and the pack's small regulations table says which are repealed or replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from jxdeclare.catalog.status import Status

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule
from .rules_references import REFS, _parsed, _series


@rule(
    "R008", Category.COMPLETENESS, Severity.INFO,
    title="引用文件不在数据包中",
    explanation="数据包没有收录该编号，软件无法判断它是否现行有效；不在数据包中不等于有效。",
    message="{number} 不在数据包中，请人工核对现行有效性",
    message_en="{number} is not in the data pack: check by hand whether it is in force",
    suggestion="查询该标准的现行版本，必要时导入更新的数据包。",
    title_en="Referenced document not in the data pack",
    explanation_en="The data pack does not contain this number, so the software cannot tell "
    "whether it is in force; not being in the data pack does not make it valid.",
    suggestion_en="Look up the current edition of the standard, and import a newer data pack "
    "if needed.",
    needs=("pack",),
)  # fmt: skip
def unknown_reference(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.editions is None:
        return
    for i, ref in enumerate(ctx.document.normative_references):
        if _parsed(ref.number) is None:
            continue  # a regulation or an unreadable line: not a standard number to look up
        result = ctx.editions.status(ref.number, ctx.as_of)
        parts = f"{_series(ref.number)}."  # GB 4806 exists as GB 4806.x: R007 says so
        if any(key.startswith(parts) for key in ctx.editions.by_series):
            continue
        if result.status is Status.UNKNOWN and result.edition is None:  # no edition at all
            yield Hit(Location(f"{REFS}[{i}]", "第2章"), {"number": ref.number},
                      {"as_of": ctx.as_of.isoformat(), "pack": ctx.pack_label})  # fmt: skip


def _table(ctx: CheckContext) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    def build() -> list[tuple[re.Pattern[str], dict[str, Any]]]:
        found = []
        for row in ctx.pack.tables.get("regulations", []) if ctx.pack else []:
            try:
                found.append((re.compile(row["pattern"]), row))
            except re.error:
                continue  # a broken pattern in an agency's pack: that row cannot match
        return found

    return ctx.pack.derived("regulations", build) if ctx.pack else []


@rule(
    "R009", Category.LEGALITY, Severity.WARNING,
    title="引用了已废止的法规或旧版药典",
    explanation="规范性引用的法规、规章已废止，或引用了已有新版本的《中华人民共和国药典》旧版，"
    "说明本文件依据了过时的要求（抽查中“引用文件作废”的一种）。依据数据包的法规表，各行注明来源。",
    message="{name}：{status}{detail}",
    message_en="{name}: {status_en}{detail_en}",
    suggestion="{fix}",
    title_en="Reference to a repealed regulation or an old edition of the pharmacopoeia",
    explanation_en="A regulation or rule referenced normatively has been repealed, or an "
    "edition of the Pharmacopoeia of the People's Republic of China has been superseded by a "
    "newer one: the document rests on outdated requirements (one kind of “referenced document "
    "invalid” in spot checks). Based on the regulations table of the data pack, each row "
    "naming its source.",
    suggestion_en="{fix_en}",
    needs=("pack",),
)  # fmt: skip
def repealed_regulation(ctx: CheckContext) -> Iterator[Hit]:
    table = _table(ctx)
    for i, ref in enumerate(ctx.document.normative_references):
        text = f"{ref.number} {ref.title}"
        for pattern, row in table:
            since = date.fromisoformat(row["since"]) if row.get("since") else None
            if pattern.search(text) and (since is None or since <= ctx.as_of):
                yield _hit(ctx, Location(f"{REFS}[{i}]", "第2章"), row)
                break


# The statuses the regulations table uses; another status stays as the pack writes it.
STATUS_EN = {"废止": "repealed", "已废止": "repealed", "被代替": "replaced", "已被代替": "replaced"}


def _hit(ctx: CheckContext, where: Location, row: dict[str, Any]) -> Hit:
    replaced = row.get("replaced_by") or ""
    since = f"（自 {row['since']} 起）" if row.get("since") else ""
    since_en = f" (since {row['since']})" if row.get("since") else ""
    detail = f"，现为{replaced}{since}" if replaced else since
    fix = f"改为引用{replaced}" if replaced else "删除该引用"
    return Hit(where, {
        "name": row["name"], "status": row["status"], "detail": detail, "fix": fix,
        "status_en": STATUS_EN.get(row["status"], row["status"]),
        "detail_en": f", now {replaced}{since_en}" if replaced else since_en,
        "fix_en": f"Reference {replaced} instead." if replaced else "Delete the reference.",
    }, {"source": row["source"], "pack": ctx.pack_label})  # fmt: skip
