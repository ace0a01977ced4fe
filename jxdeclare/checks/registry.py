"""Rules, their findings, and running them (DESIGN §2.3).

A rule has a stable id, a category (the dimensions official spot checks use), a severity, an
explanation with its legal or standard basis, a message and a fix hint in Chinese and English.
Its function looks at a :class:`~.context.CheckContext` and yields :class:`Hit` objects; the
registry turns them into :class:`Finding` objects with the texts filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import CheckContext


class Category(StrEnum):
    LEGALITY = "合法性"
    COMPLETENESS = "完整性"
    CONFORMITY = "规范性"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}  # as reports print them


@dataclass(frozen=True)
class Location:
    path: str  # in the document model, e.g. "chapters[4].children[0].blocks[1].rows[2]"
    label: str  # as a reader finds it: "5.1", "表2 第3行", "封面", "第2章"


@dataclass(frozen=True)
class Hit:
    location: Location
    params: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    category: Category
    location: Location
    message: str
    suggestion: str
    evidence: dict[str, Any]
    message_en: str = ""
    suppressed: str = ""  # the user's reason, when a warning was suppressed

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "category": self.category.value,
            "location": {"path": self.location.path, "label": self.location.label},
            "message": self.message,
            "message_en": self.message_en,
            "suggestion": self.suggestion,
            "evidence": self.evidence,
            "suppressed": self.suppressed,
        }


Check = Callable[["CheckContext"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    title: str
    explanation: str  # one paragraph, with its legal or standard basis
    message: str  # str.format template over the hit's params
    message_en: str
    suggestion: str
    check: Check
    needs: tuple[str, ...] = ()  # "pack", "category": what the rule cannot run without

    def findings(self, ctx: CheckContext) -> list[Finding]:
        return [
            Finding(
                self.id, self.severity, self.category, hit.location,
                self.message.format(**hit.params), self.suggestion.format(**hit.params),
                hit.evidence, self.message_en.format(**hit.params),
            )
            for hit in self.check(ctx)
        ]  # fmt: skip


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    category: Category,
    severity: Severity,
    *,
    title: str,
    explanation: str,
    message: str,
    message_en: str,
    suggestion: str,
    needs: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Register the decorated function as a rule; ids are stable (reports and suppressions)."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, category, severity, title, explanation, message,
                              message_en, suggestion, check, needs)  # fmt: skip
        return check

    return register


def all_rules() -> list[Rule]:
    from . import (  # noqa: F401
        rules_additives,
        rules_category,
        rules_cover,
        rules_indicators,
        rules_lifecycle,
        rules_mandatory,
        rules_references,
        rules_regulations,
        rules_structure,
        rules_wording,
    )

    return sorted(RULES.values(), key=lambda r: r.id)
