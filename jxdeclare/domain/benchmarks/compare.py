"""A standard's indicators against benchmark sets: meets / misses (by how much) / not comparable /
not stated, per set row, and the tier each set says the standard reaches.

The verdict of one row reuses the checker's comparison (``domain.indicators.compare``): a target
is read like a limit, so "不得检出" meets any ceiling, a "≥" row against a ceiling misses, units
convert only where ``domain.units`` converts them, and a basis the target names must be the
standard's too. Items are matched as the checker matches them, plus the spellings enterprises use
(``domain.items.match_key``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jxdeclare.domain.document.model import Document, IndicatorRow, IndicatorTable
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import PLACEHOLDER
from jxdeclare.domain.indicators import (
    Requirement,
    Verdict,
    compare,
    describe,
    requirement_of_row,
)
from jxdeclare.domain.items import match_key
from jxdeclare.domain.units import convert, normalise_unit

from .model import BenchmarkRow, BenchmarkSet, split_ratio


class Outcome(StrEnum):
    MEETS = "meets"
    MISSES = "misses"
    NOT_COMPARABLE = "not_comparable"
    NOT_STATED = "not_stated"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.value]


OUTCOME_LABELS = {"meets": "达到", "misses": "未达到", "not_comparable": "无法比较",
                  "not_stated": "未规定"}  # fmt: skip
OUTCOME_LABELS_EN = {"meets": "meets", "misses": "misses", "not_comparable": "not comparable",
                     "not_stated": "not stated"}  # fmt: skip


@dataclass(frozen=True)
class Stated:
    """One indicator row of the standard, with where a reader finds it ("表1 第2行")."""

    row: IndicatorRow
    where: str


@dataclass(frozen=True)
class RowResult:
    set_name: str
    target: BenchmarkRow
    outcome: Outcome
    stated: Stated | None  # the standard's row compared, None when it states none
    value: str  # the standard's requirement as read ("≤0.2 mg/kg"), "" when not stated
    gap: str  # by how much it misses, in the target's unit ("0.1 mg/kg"); "" otherwise
    reason: str  # Chinese: why, in a sentence

    def as_dict(self) -> dict[str, object]:
        """The JSON row: item, set, tier, target, value, verdict, gap, then the details."""
        return {
            "item": self.target.item, "set": self.set_name, "tier": self.target.tier,
            "target": self.target.target_text(), "value": self.value or None,
            "verdict": str(self.outcome), "gap": self.gap or None,
            "verdict_label": self.outcome.label, "reason": self.reason,
            "document_item": self.stated.row.item if self.stated else None,
            "location": self.stated.where if self.stated else None,
            "basis": self.target.basis, "source": self.target.source,
            "source_date": self.target.source_date, "baseline": self.target.baseline,
        }  # fmt: skip


@dataclass(frozen=True)
class SetResult:
    benchmark: BenchmarkSet
    rows: tuple[RowResult, ...]

    @property
    def tier_reached(self) -> str | None:
        """The highest tier whose rows, and the rows of every tier below it, are all met."""
        tiers = list(self.benchmark.tiers) or sorted({r.target.tier for r in self.rows})
        reached = None
        for tier in reversed(tiers):  # lowest first: a tier stands on the ones below it
            mine = [r for r in self.rows if r.target.tier == tier]
            if mine and not all(r.outcome is Outcome.MEETS for r in mine):
                break
            if mine:
                reached = tier
        return reached


def stated_rows(document: Document) -> list[Stated]:
    """Every indicator row of the body and annexes, labelled as the checker labels them."""
    numbering = Numbering(document)
    found = []
    blocks = [b for clause in document.all_clauses() for b in clause.blocks]
    blocks += [b for annex in document.annexes for b in annex.blocks]
    for block in blocks:
        if isinstance(block, IndicatorTable):
            label = numbering.get(block.id)
            table = label.reference if label else block.caption
            found += [Stated(row, f"{table} 第{r}行".strip())
                      for r, row in enumerate(block.rows, start=1)]  # fmt: skip
    return found


def applicable(sets: Iterable[BenchmarkSet], document: Document) -> list[BenchmarkSet]:
    """The sets of the document's product (its title or chosen product category)."""
    title = document.cover.title or ""
    return [s for s in sets if s.applies_to(title, document.product_category)]


def compare_sets(document: Document, sets: Sequence[BenchmarkSet]) -> list[SetResult]:
    stated = stated_rows(document)
    return [SetResult(s, tuple(compare_row(s.name, t, stated) for t in s.rows)) for s in sets]


def compare_row(set_name: str, target: BenchmarkRow, stated: Sequence[Stated]) -> RowResult:
    key = match_key(target.item)
    candidates = [s for s in stated if match_key(s.row.item) == key]
    filled = [s for s in candidates if not PLACEHOLDER.search(s.row.value)]
    if not filled:
        why = "本文件该项尚未填写" if candidates else "本文件未规定该项目"
        return RowResult(set_name, target, Outcome.NOT_STATED, candidates[0] if candidates else
                         None, "", "", why)  # fmt: skip
    # Several rows for one item (slices and powder in one table): the strictest decides.
    results = [_one(set_name, target, s) for s in filled]
    order = (Outcome.MEETS, Outcome.MISSES, Outcome.NOT_COMPARABLE, Outcome.NOT_STATED)
    return min(results, key=lambda r: order.index(r.outcome))


def _ratio_free(comparator: str, value: str, unit: str) -> tuple[str, str, str]:
    bare, ratio = split_ratio(value)
    return (comparator, bare, "" if ratio or unit.strip() in (":1", "：1") else unit)


def _one(set_name: str, target: BenchmarkRow, stated: Stated) -> RowResult:
    row = stated.row
    goal = _target_requirement(target)
    mine = requirement_of_row(*_ratio_free(row.comparator, row.value, row.unit))
    value = describe(mine)
    if mine.kind == "refers":
        why = f"本文件只要求{value}，未写出数值"
        return RowResult(set_name, target, Outcome.NOT_STATED, stated, value, "", why)
    result = compare(mine, goal, doc_basis=row.basis, limit_basis=target.basis)
    if result.verdict in (Verdict.STRICTER, Verdict.EQUAL):
        why = f"目标{target.target_text()}，本文件{value}"
        return RowResult(set_name, target, Outcome.MEETS, stated, value, "", why)
    if result.verdict is Verdict.LOOSER:
        gap = _gap(mine, goal)
        tail = f"，差{gap}" if gap else f"，未规定{_missing_bound(mine, goal)}"
        why = f"目标{target.target_text()}，本文件{value}{tail}"
        return RowResult(set_name, target, Outcome.MISSES, stated, value, gap, why)
    return RowResult(set_name, target, Outcome.NOT_COMPARABLE, stated, value, "",
                     _comparable_reason(result.reason))  # fmt: skip


def _target_requirement(target: BenchmarkRow) -> Requirement:
    return requirement_of_row(*_ratio_free(target.comparator, target.value, target.unit))


def _missing_bound(mine: Requirement, goal: Requirement) -> str:
    if goal.high is not None and mine.high is None:
        return "上限"
    return "下限" if goal.low is not None and mine.low is None else "相应的界限"


def _comparable_reason(reason: str) -> str:
    # The checker's sentences speak of a "限量" (a limit); here it is a target.
    return reason.replace("限量", "目标").replace("强制性要求", "目标")


def _gap(mine: Requirement, goal: Requirement) -> str:
    """How far the standard's bound lies outside the target's, in the target's unit."""
    gaps: list[Decimal] = []
    if goal.high is not None and mine.high is not None:
        high = _in(mine.high, mine.unit, goal.unit)
        if high is not None and high > goal.high:
            gaps.append(high - goal.high)
    if goal.low is not None and mine.low is not None:
        low = _in(mine.low, mine.unit, goal.unit)
        if low is not None and low < goal.low:
            gaps.append(goal.low - low)
    if not gaps:
        return ""
    unit = f" {goal.unit}" if goal.unit else ""
    return f"{format(max(gaps).normalize(), 'f')}{unit}"


def _in(value: Decimal, unit: str, target_unit: str) -> Decimal | None:
    if unit == target_unit or normalise_unit(unit) == normalise_unit(target_unit):
        return value
    return convert(value, unit, target_unit)
