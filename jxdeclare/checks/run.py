"""Run every rule over one document and collect the findings in a stable order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from jxdeclare.catalog.pack import Pack
from jxdeclare.domain.document.model import Document

from .context import CheckContext
from .language import NO_REASON, not_run_reason, pick
from .registry import Finding, Severity, all_rules
from .verdict import Rectification, Verdict, rectification, verdict_of

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass
class CheckReport:
    findings: list[Finding]
    not_run: dict[str, str] = field(default_factory=dict)  # rule id → why it could not run
    as_of: date = field(default_factory=date.today)
    pack: str = ""
    category: dict[str, Any] | None = None  # the product category the limits were compared for
    pack_en: str = ""  # the pack's label in English

    def pack_in(self, lang: str) -> str:
        return pick(lang, self.pack, self.pack_en)

    def not_run_in(self, lang: str) -> dict[str, str]:
        """Rule id → why it could not run, in the language asked for."""
        return {rule: not_run_reason(why, lang) for rule, why in self.not_run.items()}

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)

    @property
    def rectification(self) -> list[Rectification]:
        return rectification(self.findings)

    @property
    def limits_checked(self) -> bool:
        return self.category is not None and "I001" not in self.not_run

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR and not f.suppressed)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING and not f.suppressed)

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "pack": self.pack,
            "product_category": self.category,
            "limits_checked": self.limits_checked,
            "verdict": str(self.verdict),
            "verdict_en": self.verdict.label_in("en"),
            "rectification": [r.as_dict() for r in self.rectification],
            "findings": [f.as_dict() for f in self.findings],
            "not_run": self.not_run,
            "not_run_en": self.not_run_in("en"),
        }


def _suppressed(finding: Finding, document: Document) -> Finding:
    """Warnings and notes the user accepted carry the reason; errors cannot be waved away."""
    if finding.severity is Severity.ERROR:
        return finding
    for s in document.suppressions:
        if (s.rule, s.path) == (finding.rule, finding.location.path):
            return replace(finding, suppressed=s.reason or NO_REASON)
    return finding


def check_document(
    document: Document,
    *,
    as_of: date | None = None,
    pack: Pack | None = None,
    other_numbers: Iterable[str] = (),
    import_notes: Iterable[Any] = (),
) -> CheckReport:
    ctx = CheckContext(
        document, as_of or date.today(), pack, document.product_category,
        list(other_numbers), list(import_notes),
    )  # fmt: skip
    ctx.settle_category()
    findings: list[Finding] = []
    not_run: dict[str, str] = {}
    for rule in all_rules():
        if "pack" in rule.needs and pack is None:
            not_run[rule.id] = "没有可用的数据包"
        elif "category" in rule.needs and not ctx.food:
            not_run[rule.id] = "无法确定产品类别"
        else:
            findings += rule.findings(ctx)
    findings = [_suppressed(f, document) for f in findings]
    findings.sort(key=lambda f: (_ORDER[f.severity], f.rule, f.location.path))
    return CheckReport(findings, not_run, ctx.as_of, ctx.pack_label, _category(ctx),
                       ctx.pack_label_en)  # fmt: skip


def _category(ctx: CheckContext) -> dict[str, Any] | None:
    """What the limit rules compared against: product and nodes, or None when unknown."""
    if not ctx.food or ctx.pack is None:
        return None
    from jxdeclare.catalog.foods import foods_of

    foods = foods_of(ctx.pack)
    nodes = {tree: foods.trees[tree].get(getattr(ctx.food, tree)) for tree in foods.trees}
    return {
        "product": ctx.food.product or None,
        "gb2762": nodes["gb2762"].as_dict() if nodes["gb2762"] else None,
        "gb2760": nodes["gb2760"].as_dict() if nodes["gb2760"] else None,
        "inferred": ctx.category_inferred,
        "label": foods.describe(ctx.food),
    }
