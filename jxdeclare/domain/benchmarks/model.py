"""A benchmark set: named indicator targets for a product category, in ordered tiers.

A set is advice, never a limit: it lives apart from the data pack's mandatory rows and never
makes a check fail. Its JSON form (``payload``) is what the ``benchmark_sets`` table stores and
what the shipped file holds (docs/benchmarks.md describes both).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

KINDS = ("领跑者", "江西绿色生态", "自定")
LEADER_TIERS = ("领跑者", "先进", "达标")  # highest first, as 评估方案 rank them
COMPARATORS = ("≤", "<", "≥", ">", "范围")
# "30～35:1" is a ratio (固酸比): the ":1" is dropped on both sides before comparing.
_RATIO = re.compile(r"^(.*?)\s*[:：]\s*1\s*$")


@dataclass(frozen=True)
class BenchmarkRow:
    item: str
    comparator: str  # one of COMPARATORS
    value: str  # "0.1", "30～35" (a range), as written
    unit: str  # "mg/kg", "%", "" (a ratio such as 固酸比 has none)
    tier: str
    source: str  # the document the value comes from: "T/JGE 0138—2024 江西绿色生态 冻干脐橙"
    source_date: str = ""  # its date (ISO), "" when not known
    basis: str = ""  # "以干基计"; must match the standard's for a comparison
    baseline: str = ""  # what the value beats: "NY/T 435—2021 ≤0.2 mg/kg"
    note: str = ""

    def target_text(self) -> str:
        """The target as a reader sees it: "≤0.1 mg/kg", "30～35:1"."""
        value = self.value if self.comparator == "范围" else f"{self.comparator}{self.value}"
        return f"{value} {self.unit}".strip()

    def as_dict(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in ROW_KEYS}


ROW_KEYS = ("item", "comparator", "value", "unit", "tier", "source", "source_date", "basis",
            "baseline", "note")  # fmt: skip


@dataclass(frozen=True)
class BenchmarkSet:
    name: str
    product_category: str  # "冻干脐橙": which standards the set applies to (see ``applies_to``)
    kind: str  # one of KINDS
    tiers: tuple[str, ...]  # highest first
    rows: tuple[BenchmarkRow, ...]
    shipped: bool = False  # comes with the program (T/JGE values), not imported
    match: tuple[str, ...] = ()  # other words of a title the set applies to
    exclude: tuple[str, ...] = ()  # words of a title it does not apply to ("粉" for slices)
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def applies_to(self, title: str, product: str = "") -> bool:
        """Whether a standard titled ``title`` (product category ``product``) is of this set's
        product: its category or one of its words in the title, none of the excluded words."""
        folded = _squeeze(title)
        if any(_squeeze(word) in folded for word in self.exclude if word):
            return False
        words = (self.product_category, *self.match)
        return any(_squeeze(word) and (_squeeze(word) in folded or _squeeze(word) ==
                                       _squeeze(product)) for word in words)  # fmt: skip

    def payload(self) -> dict[str, Any]:
        return {
            "tiers": list(self.tiers), "rows": [row.as_dict() for row in self.rows],
            "match": list(self.match), "exclude": list(self.exclude),
            "description": self.description,
        }  # fmt: skip


def set_from_payload(
    name: str, product_category: str, kind: str, payload: dict[str, Any], shipped: bool = False
) -> BenchmarkSet:
    """A set from its stored JSON; keys a later version adds are ignored."""
    rows = tuple(
        BenchmarkRow(**{key: str(row.get(key) or "") for key in ROW_KEYS})
        for row in payload.get("rows") or []
    )
    return BenchmarkSet(
        name, product_category, kind, tuple(payload.get("tiers") or ()), rows, shipped,
        tuple(payload.get("match") or ()), tuple(payload.get("exclude") or ()),
        str(payload.get("description") or ""),
    )  # fmt: skip


def split_ratio(value: str) -> tuple[str, bool]:
    """ "30～35:1" → ("30～35", True); other values unchanged."""
    match = _RATIO.match(unicodedata.normalize("NFKC", value).strip())
    return (match.group(1), True) if match else (value, False)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).casefold()
