"""Each indicator of a food standard against the food-safety standard that governs it: the
comparison table of the 备案 编制说明 (《食品安全法》第三十条).

The comparison is the checker's own (rule I005 and its neighbours): the same governing limit,
the same verdict, the same test for a food-safety standard. Nothing here holds a limit value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from jxdeclare.catalog.pack import Pack
from jxdeclare.domain.document.model import Document
from jxdeclare.domain.document.text import PLACEHOLDER
from jxdeclare.domain.indicators import Verdict, describe, limit_requirement, requirement_of_row

from .context import CheckContext
from .limits import governing_limit, indicator_rows
from .rules_indicators import _food_safety_standard, _verdicts

STRICTER, EQUAL, NOT_IN_STANDARD = "stricter", "equal", "not_in_standard"
LOOSER, CANNOT_COMPARE, UNFILLED = "looser", "cannot_compare", "unfilled"
VERDICT_LABELS = {
    STRICTER: "严于",
    EQUAL: "等同",
    NOT_IN_STANDARD: "国家标准未规定",
    LOOSER: "宽于（不符合强制性标准）",
    CANNOT_COMPARE: "无法比较（需人工核对）",
    UNFILLED: "尚未填写",
}
VERDICT_LABELS_EN = {
    STRICTER: "stricter", EQUAL: "equal", NOT_IN_STANDARD: "not in the national standard",
    LOOSER: "looser (fails the mandatory standard)", CANNOT_COMPARE: "cannot compare (check "
    "by hand)", UNFILLED: "not filled in",
}  # fmt: skip
_BY_VERDICT = {Verdict.STRICTER: STRICTER, Verdict.EQUAL: EQUAL, Verdict.LOOSER: LOOSER}


@dataclass(frozen=True)
class ComparedRow:
    item: str
    value: str  # the enterprise standard's requirement ("≤1.0 mg/kg")
    national: str  # the food-safety standard's ("≤5.0 mg/kg"), "" when it sets none
    standard: str  # "GB 2762—2025"
    basis: str  # standard, clause and table: "GB 2762—2025 4.1.1 表1"
    verdict: str  # STRICTER … UNFILLED
    where: str  # the row in the document ("表3 第1行")

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    def as_dict(self) -> dict[str, Any]:
        return {"item": self.item, "value": self.value, "national": self.national,
                "standard": self.standard, "basis": self.basis, "verdict": self.verdict,
                "verdict_label": self.verdict_label, "where": self.where}  # fmt: skip


@dataclass(frozen=True)
class FoodComparison:
    is_food: bool  # the document's category is a node of the food trees
    category: str  # the product or node the limits were compared for
    rows: list[ComparedRow]
    pack: str  # the data pack's label, as reports print it
    as_of: date

    @property
    def stricter(self) -> list[ComparedRow]:
        return [r for r in self.rows if r.verdict == STRICTER]

    @property
    def standards(self) -> list[str]:
        """The food-safety standards compared with, in order of first appearance."""
        return list(dict.fromkeys(r.standard for r in self.rows if r.standard))

    @property
    def fileable(self) -> bool:
        """What 《食品安全法》第三十条 asks to file: a food standard stricter somewhere."""
        return self.is_food and bool(self.stricter)


def basis_of(limit: dict[str, Any]) -> str:
    """ "GB 2762—2025 4.1.1 表1", as the check reports' 依据 column prints a limit."""
    standard = limit["standard"]
    where = [str(limit.get(k) or "") for k in ("clause", "table")]
    return " ".join([standard, *(w for w in where if w and w not in standard)])


def compare_food(document: Document, pack: Pack, as_of: date) -> FoodComparison:
    """Every indicator row of ``document``, in document order, against its food-safety limit."""
    ctx = CheckContext(document, as_of, pack, document.product_category)
    ctx.settle_category()
    judged = {at.location.path: (limit, result) for at, limit, result in _verdicts(ctx)}
    rows = []
    for at in indicator_rows(ctx):
        row = at.row
        mine = describe(requirement_of_row(row.comparator, row.value, row.unit))
        limit, result = judged.get(at.location.path, (None, None))
        if limit is None:
            limit = governing_limit(ctx, row)  # an unfilled row still names its standard
        unfilled = bool(PLACEHOLDER.search(row.value))
        if limit is None and row.limit_category and row.standard:
            # bound to a food-safety standard whose value the pack has not verified
            rows.append(ComparedRow(row.item, "" if unfilled else mine, "", row.standard,
                                    row.standard, UNFILLED if unfilled else CANNOT_COMPARE,
                                    at.location.label))  # fmt: skip
            continue
        if limit is None or not _food_safety_standard(ctx, limit["standard"]):
            rows.append(ComparedRow(row.item, "" if unfilled else mine, "", "", "",
                                    UNFILLED if unfilled else NOT_IN_STANDARD,
                                    at.location.label))  # fmt: skip
            continue
        if result is None:
            verdict = UNFILLED
        elif result.verdict is Verdict.STRICTER and limit.get("ambiguous"):
            verdict = CANNOT_COMPARE  # stricter than the loosest of several rows says nothing
        else:
            verdict = _BY_VERDICT.get(result.verdict, CANNOT_COMPARE)
        rows.append(ComparedRow(
            row.item, "" if verdict == UNFILLED else mine,
            describe(limit_requirement(limit)), limit["standard"], basis_of(limit), verdict,
            at.location.label,
        ))  # fmt: skip
    food = ctx.food
    return FoodComparison(bool(food.gb2762 or food.gb2760), food.product or food.gb2762,
                          rows, ctx.pack_label, as_of)  # fmt: skip
