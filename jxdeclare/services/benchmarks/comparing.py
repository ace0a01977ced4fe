"""Comparing a standard (a .jxstd draft, an imported Word file, a stored draft being edited) with
the benchmark sets that apply to it, and what would keep it out of a 领跑者 assessment.

领跑者 assessments take only standards self-declared on the national platform "with a correct
format and valid references" (DESIGN §2.5). The checker already finds both: its reference rules
(R…: withdrawn, replaced, not yet in force, cited but not listed …) as errors and warnings, and
its structure, numbering and wording rules (S…, N…, W…) where they are errors. Those findings are
the ``preconditions``; the rest of a check (limits, tests, labels) is judged by the assessment's
own indicators, not by its entry conditions. See docs/benchmarks.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.benchmarks.compare import SetResult, applicable, compare_sets
from jxdeclare.domain.benchmarks.model import BenchmarkSet
from jxdeclare.domain.document.model import Document

from .sets import all_sets, find_set

if TYPE_CHECKING:
    from jxdeclare.checks.registry import Finding
    from jxdeclare.services.context import AppContext

FORMAT, REFERENCES = "格式", "引用"
ADVICE = "对标集是自愿性目标，不是强制性限量：结果不影响检查结论。"


def precondition_kind(finding: Finding) -> str:
    """格式 / 引用 for a finding that keeps a standard out of a 领跑者 assessment, else ""."""
    if finding.suppressed:
        return ""
    severity = finding.severity.value
    if finding.rule.startswith("R") and severity in ("error", "warning"):
        return REFERENCES
    if finding.rule[:1] in ("S", "N", "W") and severity == "error":
        return FORMAT
    return ""


@dataclass
class Comparison:
    name: str  # the file or draft compared, as reports show it
    title: str  # the standard's name
    results: list[SetResult]
    preconditions: list[tuple[str, Finding]] = field(default_factory=list)  # (kind, finding)
    compared_on: date = field(default_factory=date.today)
    chosen: bool = False  # the set was named (--set), not found by the product

    @property
    def tier_reached(self) -> str | dict[str, str | None] | None:
        """One set: its tier (None when none is reached); several: set name → tier."""
        if len(self.results) == 1:
            return self.results[0].tier_reached
        return {r.benchmark.name: r.tier_reached for r in self.results}

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.name, "title": self.title, "compared_on": self.compared_on.isoformat(),
            "advice": ADVICE,
            "sets": [{"name": r.benchmark.name, "kind": r.benchmark.kind,
                      "product_category": r.benchmark.product_category,
                      "tiers": list(r.benchmark.tiers), "tier_reached": r.tier_reached,
                      "shipped": r.benchmark.shipped} for r in self.results],
            "rows": [row.as_dict() for r in self.results for row in r.rows],
            "tier_reached": self.tier_reached,
            "preconditions": [{"kind": kind, "rule": f.rule, "severity": f.severity.value,
                               "location": f.location.label, "message": f.message,
                               "message_en": f.message_en} for kind, f in self.preconditions],
        }  # fmt: skip


def sets_for(ctx: AppContext, document: Document, set_name: str = "") -> list[BenchmarkSet]:
    """The named set, or every set of the document's product."""
    from jxdeclare.services.catalog import active_catalogue

    sets = all_sets(ctx, active_catalogue(ctx).pack)
    return [find_set(sets, set_name)] if set_name else applicable(sets, document)


def compare_document(
    ctx: AppContext, document: Document, name: str, *, set_name: str = "",
    notes: list[Any] | None = None,
) -> Comparison:  # fmt: skip
    """Each indicator against every applicable set row, and the checker's preconditions."""
    from jxdeclare.checks.run import check_document
    from jxdeclare.services.catalog import active_catalogue

    sets = sets_for(ctx, document, set_name)
    report = check_document(document, pack=active_catalogue(ctx).pack, import_notes=notes or [])
    return comparison_of(document, name, sets, report.findings, chosen=bool(set_name))


def comparison_of(
    document: Document, name: str, sets: list[BenchmarkSet], findings: list[Finding], *,
    chosen: bool = False,
) -> Comparison:  # fmt: skip
    """The comparison with a check already run (the editor's and the 合规检查 page's)."""
    preconditions = [(kind, f) for f in findings if (kind := precondition_kind(f))]
    return Comparison(name, document.cover.title, compare_sets(document, sets), preconditions,
                      chosen=chosen)  # fmt: skip


def compare_file(ctx: AppContext, path: Path, set_name: str = "") -> Comparison:
    """A .jxstd or .docx file (the files the checker reads for indicator tables)."""
    from jxdeclare.services.checking import load_for_check
    from jxdeclare.services.errors import InputFileError

    if path.suffix.lower() not in (".jxstd", ".docx"):
        raise InputFileError(f"无法对标 {path.name}：只支持 .jxstd 和 .docx 文件"
                             f" / {path.name}: only .jxstd and .docx files")  # fmt: skip
    loaded = load_for_check(path)
    return compare_document(ctx, loaded.document, str(path), set_name=set_name,
                            notes=loaded.notes)  # fmt: skip


def compare_for_view(
    ctx: AppContext, document: Document, name: str, findings: list[Finding], set_name: str = ""
) -> tuple[Comparison, list[str]]:
    """For a window: the comparison (with the named set, else the product's sets) and the names
    of every set there is, for its choice of set. Runs in a background task."""
    from jxdeclare.services.catalog import active_catalogue

    sets = all_sets(ctx, active_catalogue(ctx).pack)
    names = [s.name for s in sets]
    chosen = [s for s in sets if s.name == set_name] if set_name else applicable(sets, document)
    return comparison_of(document, name, chosen, findings, chosen=bool(set_name)), names
