"""Rules, their findings, and running them (DESIGN §2.3).

A rule has a stable id, a category (the dimensions official spot checks use), a severity, an
explanation with its legal or standard basis, a message and a fix hint, each in Chinese and in
English (a rule without its English texts does not register). Its function looks at a
:class:`~.context.CheckContext` and yields :class:`Hit` objects; the registry turns them into
:class:`Finding` objects with the texts of both languages filled in. Front ends ask for one
language through the ``…_in(lang)`` accessors ("zh" or "en", see :mod:`.language`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .language import CATEGORY_EN, NO_REASON, NO_REASON_EN, SEVERITY_EN, pick
from .language import label_in as localized_label

if TYPE_CHECKING:
    from .context import CheckContext


class Category(StrEnum):
    LEGALITY = "合法性"
    COMPLETENESS = "完整性"
    CONFORMITY = "规范性"

    def label_in(self, lang: str) -> str:
        return pick(lang, self.value, CATEGORY_EN[self.value])


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def label_in(self, lang: str) -> str:
        return pick(lang, SEVERITY_LABELS[self.value], SEVERITY_EN[self.value])


SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}  # as reports print them


@dataclass(frozen=True)
class Location:
    path: str  # in the document model, e.g. "chapters[4].children[0].blocks[1].rows[2]"
    label: str  # as a reader finds it: "5.1", "表2 第3行", "封面", "第2章"

    def label_in(self, lang: str) -> str:
        """ "表2 第3行" in Chinese, "Table 2, row 3" in English."""
        return localized_label(self.label, lang)


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
    suggestion_en: str = ""

    def message_in(self, lang: str) -> str:
        return pick(lang, self.message, self.message_en)

    def suggestion_in(self, lang: str) -> str:
        return pick(lang, self.suggestion, self.suggestion_en)

    def suppressed_in(self, lang: str) -> str:
        """The reason the warning was accepted; the user's own words stay as written."""
        return pick(lang, self.suppressed, NO_REASON_EN if self.suppressed == NO_REASON else "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "category": self.category.value,
            "location": {"path": self.location.path, "label": self.location.label,
                         "label_en": self.location.label_in("en")},
            "message": self.message,
            "message_en": self.message_en,
            "suggestion": self.suggestion,
            "suggestion_en": self.suggestion_en,
            "evidence": self.evidence,
            "suppressed": self.suppressed,
        }  # fmt: skip


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
    suggestion: str  # a template too
    check: Check
    needs: tuple[str, ...] = ()  # "pack", "category": what the rule cannot run without
    title_en: str = ""
    explanation_en: str = ""
    suggestion_en: str = ""

    def title_in(self, lang: str) -> str:
        return pick(lang, self.title, self.title_en)

    def explanation_in(self, lang: str) -> str:
        return pick(lang, self.explanation, self.explanation_en)

    def message_in(self, lang: str) -> str:
        """The message template (placeholders unfilled) in the language asked for."""
        return pick(lang, self.message, self.message_en)

    def suggestion_in(self, lang: str) -> str:
        """The suggestion template (placeholders unfilled) in the language asked for."""
        return pick(lang, self.suggestion, self.suggestion_en)

    def findings(self, ctx: CheckContext) -> list[Finding]:
        return [self.finding(hit) for hit in self.check(ctx)]

    def finding(self, hit: Hit) -> Finding:
        params = hit.params
        return Finding(
            self.id, self.severity, self.category, hit.location,
            self.message.format(**params), self.suggestion.format(**params), hit.evidence,
            message_en=self.message_en.format(**params),
            suggestion_en=self.suggestion_en.format(**params),
        )  # fmt: skip


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
    title_en: str,
    explanation_en: str,
    suggestion_en: str,
    needs: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Register the decorated function as a rule; ids are stable (reports and suppressions).

    Every text is required in Chinese and English: a rule missing one does not register.
    """
    texts = {"title": title, "explanation": explanation, "message": message,
             "suggestion": suggestion, "title_en": title_en, "explanation_en": explanation_en,
             "message_en": message_en, "suggestion_en": suggestion_en}  # fmt: skip
    if missing := [name for name, text in texts.items() if not text.strip()]:
        raise ValueError(f"rule {rule_id}: no text for {', '.join(missing)}")

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(
            rule_id, category, severity, title, explanation, message, message_en, suggestion,
            check, needs, title_en=title_en, explanation_en=explanation_en,
            suggestion_en=suggestion_en,
        )  # fmt: skip
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
