"""Which stored enterprise standards a data-pack change touches (issue: pack lifecycle).

A standard is affected when it cites (in its reference lists or indicator rows) a standard whose
entry changed, appeared or disappeared, or when one of its indicator rows is bound to a limit
whose value changed. Undated citations match every edition of the series they name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jxdeclare.catalog.diff import PackDiff
from jxdeclare.domain.document.model import Document
from jxdeclare.domain.stdnumber import parse_standard_number

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext


@dataclass(frozen=True)
class Affected:
    draft_id: int
    number: str
    title: str
    reasons: tuple[str, ...]


def _key(number: str) -> tuple[str, bool]:
    """(undated canonical number, whether the citation was dated)."""
    parsed = parse_standard_number(number).number
    if parsed is None:
        return number.strip(), False
    return parsed.undated().canonical(), parsed.year is not None


def cited_standards(document: Document) -> set[str]:
    refs = [r.number for r in document.normative_references + document.bibliography]
    rows = [r.standard for r in document.indicator_rows() if r.standard]
    methods = [r.method for r in document.indicator_rows() if r.method]
    return {n for n in refs + rows + methods if n.strip()}


def reasons_for(document: Document, diff: PackDiff) -> list[str]:
    changed = {
        "变更": list(diff.standards_changed), "新增": diff.standards_added,
        "移除": diff.standards_removed,
    }  # fmt: skip
    reasons = []
    for cited in sorted(cited_standards(document)):
        series, dated = _key(cited)
        for what, numbers in changed.items():
            hits = [n for n in numbers if (n == cited if dated else _key(n)[0] == series)]
            reasons += [f"引用的 {cited}：数据包中 {hit} {what}" for hit in hits]
    bound = {(r.limit_category, r.limit_item): r.item for r in document.indicator_rows()}
    for change in diff.limits_changed:
        category, item = change["key"][0], change["key"][1]
        if (category, item) in bound:
            reasons.append(
                f"指标“{bound[(category, item)]}”的限量：{change['old']} → {change['new']}"
            )
    return reasons


def affected_drafts(ctx: AppContext, diff: PackDiff) -> list[Affected]:
    from jxdeclare.services import drafts

    found = []
    for info in drafts.list_drafts(ctx):
        document = drafts.open_draft(ctx, info.id).document
        if reasons := reasons_for(document, diff):
            found.append(Affected(info.id, info.number, info.title, tuple(reasons)))
    return found
