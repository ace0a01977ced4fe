"""The spot-check verdict and 整改清单 of a checked standard (DESIGN §2.3).

Market regulators' random checks of enterprise standards grade each one 合格 / 基本合格（有瑕疵）
/ 不合格 by the dimensions 合法性, 完整性 and 规范性. The mapping here: an unsuppressed error of
合法性 (looser than a mandatory limit, a forbidden additive, a withdrawn or superseded mandatory
reference, a missing mandatory standard or item) makes the standard 不合格; any other error or
warning that stands leaves it 基本合格（有瑕疵）; information alone is 合格.

Every text here exists in Chinese and English; the ``…_in(lang)`` accessors pick one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from .language import pick
from .registry import RULES, Category, Finding, Severity


class Verdict(StrEnum):
    PASS = "合格"
    FLAWED = "基本合格（有瑕疵）"
    FAIL = "不合格"

    def label_in(self, lang: str) -> str:
        return pick(lang, self.value, VERDICT_EN[self])


# As the interface's English translation names them.
VERDICT_EN = {Verdict.PASS: "Pass", Verdict.FLAWED: "Pass with flaws", Verdict.FAIL: "Fail"}


def _counts(finding: Finding) -> bool:
    return finding.severity is not Severity.INFO and not finding.suppressed


def verdict_of(findings: Sequence[Finding]) -> Verdict:
    standing = [f for f in findings if _counts(f)]
    if any(f.severity is Severity.ERROR and f.category is Category.LEGALITY for f in standing):
        return Verdict.FAIL
    return Verdict.FLAWED if standing else Verdict.PASS


@dataclass(frozen=True)
class Rectification:
    """One line of the 整改清单: what to change, where, and why."""

    category: str  # 合法性 / 完整性 / 规范性
    severity: str
    rule: str
    where: str
    what: str  # the finding
    change: str  # the suggested fix
    why: str  # the rule's basis
    category_en: str = ""
    where_en: str = ""
    what_en: str = ""
    change_en: str = ""
    why_en: str = ""

    def in_language(self, lang: str) -> Rectification:
        """The same line with every text in the language asked for (the _en fields unchanged)."""
        return replace(
            self, category=pick(lang, self.category, self.category_en),
            where=pick(lang, self.where, self.where_en), what=pick(lang, self.what, self.what_en),
            change=pick(lang, self.change, self.change_en), why=pick(lang, self.why, self.why_en),
        )  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        return {"category": self.category, "severity": self.severity, "rule": self.rule,
                "where": self.where, "what": self.what, "change": self.change,
                "why": self.why, "category_en": self.category_en, "where_en": self.where_en,
                "what_en": self.what_en, "change_en": self.change_en,
                "why_en": self.why_en}  # fmt: skip


_ORDER = {Category.LEGALITY: 0, Category.COMPLETENESS: 1, Category.CONFORMITY: 2}
_SEVERITY = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def rectification(findings: Sequence[Finding]) -> list[Rectification]:
    """Every standing error and warning, grouped 合法性 → 完整性 → 规范性, errors first."""

    def order(f: Finding) -> tuple[int, int, str]:
        return _ORDER[f.category], _SEVERITY[f.severity], f.rule

    def line(f: Finding) -> Rectification:
        rule = RULES.get(f.rule)
        return Rectification(
            str(f.category), f.severity.value, f.rule, f.location.label, f.message, f.suggestion,
            rule.explanation if rule else "", f.category.label_in("en"),
            f.location.label_in("en"), f.message_en, f.suggestion_en,
            rule.explanation_en if rule else "",
        )  # fmt: skip

    return [line(f) for f in sorted((f for f in findings if _counts(f)), key=order)]
