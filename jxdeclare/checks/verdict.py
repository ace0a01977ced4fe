"""The spot-check verdict and 整改清单 of a checked standard (DESIGN §2.3).

Market regulators' random checks of enterprise standards grade each one 合格 / 基本合格（有瑕疵）
/ 不合格 by the dimensions 合法性, 完整性 and 规范性. The mapping here: an unsuppressed error of
合法性 (looser than a mandatory limit, a forbidden additive, a withdrawn or superseded mandatory
reference, a missing mandatory standard or item) makes the standard 不合格; any other error or
warning that stands leaves it 基本合格（有瑕疵）; information alone is 合格.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .registry import RULES, Category, Finding, Severity


class Verdict(StrEnum):
    PASS = "合格"
    FLAWED = "基本合格（有瑕疵）"
    FAIL = "不合格"


VERDICT_EN = {Verdict.PASS: "pass", Verdict.FLAWED: "pass with flaws", Verdict.FAIL: "fail"}


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

    def as_dict(self) -> dict[str, Any]:
        return {"category": self.category, "severity": self.severity, "rule": self.rule,
                "where": self.where, "what": self.what, "change": self.change,
                "why": self.why}  # fmt: skip


_ORDER = {Category.LEGALITY: 0, Category.COMPLETENESS: 1, Category.CONFORMITY: 2}
_SEVERITY = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def rectification(findings: Sequence[Finding]) -> list[Rectification]:
    """Every standing error and warning, grouped 合法性 → 完整性 → 规范性, errors first."""

    def order(f: Finding) -> tuple[int, int, str]:
        return _ORDER[f.category], _SEVERITY[f.severity], f.rule

    standing = sorted((f for f in findings if _counts(f)), key=order)
    return [
        Rectification(str(f.category), f.severity.value, f.rule, f.location.label, f.message,
                      f.suggestion, RULES[f.rule].explanation if f.rule in RULES else "")
        for f in standing
    ]  # fmt: skip
