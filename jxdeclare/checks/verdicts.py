"""Each indicator row's verdict against the mandatory limit and the recommended value.

A declaration carries these verdicts over from the check of its standard (DESIGN §2.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jxdeclare.catalog.pack import Pack
from jxdeclare.domain.document.model import Document, IndicatorRow
from jxdeclare.domain.indicators import compare, limit_requirement, requirement_of_row

from .context import CheckContext
from .limits import indicator_rows, item_key
from .rules_indicators import _verdicts


@dataclass(frozen=True)
class RowVerdict:
    row: IndicatorRow
    clause: str  # the rendered clause or table the row sits in
    mandatory: str  # a Verdict value, "" when no mandatory limit governs the row
    recommended: str  # likewise against the pack's recommended values


def row_verdicts(document: Document, pack: Pack, as_of: date) -> list[RowVerdict]:
    ctx = CheckContext(document, as_of, pack, document.product_category)
    ctx.settle_category()
    mandatory = {id(at.row): result.verdict.value for at, _limit, result in _verdicts(ctx)}
    values = [r for r in pack.tables.get("recommended_values", [])
              if r["product"] == ctx.category]  # fmt: skip
    out = []
    for at in indicator_rows(ctx):
        mine = requirement_of_row(at.row.comparator, at.row.value, at.row.unit)
        recommended = ""
        for value in values:
            if item_key(value["item"]) == item_key(at.row.item):
                recommended = compare(mine, limit_requirement(value)).verdict.value
        label = at.location.label.rsplit(" 第", 1)[0]
        out.append(RowVerdict(at.row, label, mandatory.get(id(at.row), ""), recommended))
    return out
