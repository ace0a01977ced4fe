#!/usr/bin/env python3
"""Accuracy of the checker on the corpus of Word standards: precision and recall per rule group.

    python bench/accuracy.py [--json] [--strict] [--corpus DIR]

The corpus (``tests/corpus``): Word files written like the enterprise standards regulators
spot-check, each with a hand-written sidecar ``NAME.expected.json`` naming the findings a
reviewer would write. Each file is imported (``load_for_check``) and checked (``check_document``
against the default pack) as of the sidecar's date, with its product category when it gives one.

Counting. Errors and warnings count; an information finding counts only when the sidecar expects
its rule in that document. A finding (rule, place, message) is a true positive when it answers an
expected entry: an entry with ``where`` takes one finding of its rule at that label, an entry
without ``where`` one finding of its rule anywhere. Further findings of a rule that has an entry
without ``where`` are the same defect reported at more places and are not counted either way;
every other finding is a false positive, every unanswered entry a false negative. Precision =
TP / (TP + FP), recall = TP / (TP + FN), per group (合法性 / 完整性 / 规范性: the rule's category in
the registry, else the sidecar's) and overall. Targets: both ≥ 0.95, and no error on a clean
document.

Precision and recall are already ratios; the time is shown as seconds per document for import and
check against the import alone, measured in the same run. Exit 0 unless ``--strict`` is given and
a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package and its tests, installed or not

from jxdeclare.catalog.keys import trusted_keys  # noqa: E402
from jxdeclare.catalog.pack import Pack, open_pack  # noqa: E402
from jxdeclare.checks.registry import RULES, Finding, Severity, all_rules  # noqa: E402
from jxdeclare.checks.run import check_document  # noqa: E402
from jxdeclare.services.catalog import default_pack_path  # noqa: E402
from jxdeclare.services.checking import choose_category, load_for_check  # noqa: E402
from tests.corpus.build_corpus import HERE as CORPUS  # noqa: E402
from tests.corpus.build_corpus import ensure_corpus  # noqa: E402

GROUPS = ("合法性", "完整性", "规范性")
TARGETS = {"precision": 0.95, "recall": 0.95}


@dataclass(frozen=True)
class Expected:
    document: str
    rule: str
    group: str
    where: str
    why: str


@dataclass(frozen=True)
class Found:
    document: str
    rule: str
    group: str
    severity: str
    where: str
    path: str
    message: str


@dataclass
class Outcome:
    document: str
    clean: bool
    hits: list[tuple[Expected, Found]] = field(default_factory=list)
    false_positives: list[Found] = field(default_factory=list)
    false_negatives: list[Expected] = field(default_factory=list)
    repeats: int = 0  # further findings of an expected rule, not counted
    errors: int = 0  # errors found, whatever was expected
    import_seconds: float = 0.0
    check_seconds: float = 0.0


def sidecars(corpus: Path) -> list[dict[str, Any]]:
    paths = sorted(corpus.glob("*.expected.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def group_of(rule: str, written: str) -> str:
    registered = RULES.get(rule)
    return registered.category.value if registered else written


def expected_of(name: str, sidecar: dict[str, Any]) -> list[Expected]:
    return [
        Expected(name, e["rule"], group_of(e["rule"], e.get("group", "")), e.get("where", ""),
                 e.get("why", ""))
        for e in sidecar["expected"]
    ]  # fmt: skip


def counted(findings: Iterable[Finding], name: str, wanted: set[str]) -> list[Found]:
    """Errors and warnings, and the information findings of rules the sidecar expects."""
    return [
        Found(name, f.rule, f.category.value, f.severity.value, f.location.label,
              f.location.path, f.message)
        for f in findings
        if f.severity is not Severity.INFO or f.rule in wanted
    ]  # fmt: skip


def match(outcome: Outcome, expected: list[Expected], found: list[Found]) -> None:
    """One finding per expected entry: placed entries first, then the rest by rule."""
    left = list(found)
    unplaced: list[Expected] = []
    for entry in expected:
        if not entry.where:
            unplaced.append(entry)
            continue
        hit = next((f for f in left if (f.rule, f.where) == (entry.rule, entry.where)), None)
        _settle(outcome, entry, hit, left)
    for entry in unplaced:
        _settle(outcome, entry, next((f for f in left if f.rule == entry.rule), None), left)
    anywhere = {entry.rule for entry in unplaced}
    outcome.repeats = sum(f.rule in anywhere for f in left)
    outcome.false_positives = [f for f in left if f.rule not in anywhere]


def _settle(outcome: Outcome, entry: Expected, hit: Found | None, left: list[Found]) -> None:
    if hit is None:
        outcome.false_negatives.append(entry)
    else:
        left.remove(hit)
        outcome.hits.append((entry, hit))


def run_document(pack: Pack, corpus: Path, sidecar: dict[str, Any]) -> Outcome:
    name = sidecar["document"]
    start = time.perf_counter()
    loaded = load_for_check(corpus / name)
    imported = time.perf_counter()
    if sidecar.get("category"):
        choose_category(loaded.document, pack, sidecar["category"])
    as_of = date.fromisoformat(sidecar["as_of"])
    report = check_document(loaded.document, as_of=as_of, pack=pack, import_notes=loaded.notes)
    checked = time.perf_counter()
    expected = expected_of(name, sidecar)
    outcome = Outcome(name, bool(sidecar.get("clean")))
    outcome.errors = sum(f.severity is Severity.ERROR for f in report.findings)
    outcome.import_seconds, outcome.check_seconds = imported - start, checked - imported
    match(outcome, expected, counted(report.findings, name, {e.rule for e in expected}))
    return outcome


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def score(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    """expected, found, tp, fp, fn, precision, recall per group and overall."""
    tp: Counter[str] = Counter(e.group for o in outcomes for e, _f in o.hits)
    fp: Counter[str] = Counter(f.group for o in outcomes for f in o.false_positives)
    fn: Counter[str] = Counter(e.group for o in outcomes for e in o.false_negatives)
    for counts in (tp, fp, fn):
        counts["overall"] = sum(counts[g] for g in GROUPS)
    figures = {}
    for group in (*GROUPS, "overall"):
        t, p, n = tp[group], fp[group], fn[group]
        figures[group] = {"expected": t + n, "found": t + p, "tp": t, "fp": p, "fn": n,
                          "precision": ratio(t, t + p), "recall": ratio(t, t + n)}  # fmt: skip
    return figures


def per_rule(outcomes: list[Outcome]) -> dict[str, dict[str, int]]:
    rules: dict[str, Counter[str]] = {}
    for o in outcomes:
        for e, _f in o.hits:
            rules.setdefault(e.rule, Counter())["tp"] += 1
        for f in o.false_positives:
            rules.setdefault(f.rule, Counter())["fp"] += 1
        for e in o.false_negatives:
            rules.setdefault(e.rule, Counter())["fn"] += 1
        for rule in {e.rule for e, _f in o.hits} | {e.rule for e in o.false_negatives}:
            rules[rule]["documents"] += 1
    return {rule: {k: c[k] for k in ("documents", "tp", "fp", "fn")}
            for rule, c in sorted(rules.items())}  # fmt: skip


def group_notes(found: list[dict[str, Any]]) -> list[str]:
    """Sidecar groups that differ from the rule's category in the registry."""
    notes = set()
    for sidecar in found:
        for e in sidecar["expected"]:
            if (rule := RULES.get(e["rule"])) and rule.category.value != e.get("group"):
                notes.add(f"{e['rule']}: sidecar {e.get('group')}, registry {rule.category.value}")
    return sorted(notes)


def measure(corpus: Path) -> dict[str, Any]:
    if corpus == CORPUS:
        ensure_corpus(corpus)  # the Word files are built from tests/corpus/build_corpus.py
    all_rules()  # fill the registry before groups are looked up
    pack = open_pack(default_pack_path(), trusted_keys())
    found = sidecars(corpus)
    run_document(pack, corpus, found[0])  # warm-up: imports, pack indexes, templates
    outcomes = [run_document(pack, corpus, sidecar) for sidecar in found]
    count = len(outcomes)
    figures = score(outcomes)
    clean_errors = [o.document for o in outcomes if o.clean and o.errors]
    seconds = {
        "import": sum(o.import_seconds for o in outcomes) / max(count, 1),
        "import_and_check": sum(o.import_seconds + o.check_seconds for o in outcomes)
        / max(count, 1),
    }
    passed = not clean_errors and all(
        figures["overall"][name] >= target for name, target in TARGETS.items()
    )
    return {
        "documents": count, "clean_documents": sum(o.clean for o in outcomes),
        "groups": {g: figures[g] for g in GROUPS}, "overall": figures["overall"],
        "rules": per_rule(outcomes),
        "false_positives": [asdict(f) for o in outcomes for f in o.false_positives],
        "false_negatives": [asdict(e) for o in outcomes for e in o.false_negatives],
        "repeats": sum(o.repeats for o in outcomes), "clean_errors": clean_errors,
        "group_notes": group_notes(found), "seconds_per_document": seconds,
        "targets": TARGETS, "passed": passed,
    }  # fmt: skip


def print_report(result: dict[str, Any]) -> None:
    print(f"accuracy: {result['documents']} documents ({result['clean_documents']} clean), "
          "errors and warnings counted")  # fmt: skip
    print(f"{'group':<8} {'expected':>8} {'found':>6} {'TP':>4} {'FP':>4} {'FN':>4}"
          f" {'precision':>9} {'recall':>7}")  # fmt: skip
    for name, row in [*result["groups"].items(), ("overall", result["overall"])]:
        print(f"{name:<8} {row['expected']:>8} {row['found']:>6} {row['tp']:>4} {row['fp']:>4}"
              f" {row['fn']:>4} {row['precision']:>9.3f} {row['recall']:>7.3f}")  # fmt: skip
    overall = result["overall"]
    for name, target in TARGETS.items():
        ok = "PASS" if overall[name] >= target else "MISS"
        print(f"overall {name} {overall[name]:.3f}   target ≥ {target:.2f}  {ok}")
    clean = result["clean_errors"]
    print(f"clean documents with an error: {len(clean)}  target 0  {'MISS' if clean else 'PASS'}"
          + (f" ({', '.join(clean)})" if clean else ""))  # fmt: skip
    seconds = result["seconds_per_document"]
    floor = seconds["import"]
    print(
        f"seconds per document: import {floor:.3f} s (floor), import and check "
        f"{seconds['import_and_check']:.3f} s  {seconds['import_and_check'] / floor:.2f}× floor"
    )
    _print_list("false positives", result["false_positives"], "message")
    _print_list("false negatives", result["false_negatives"], "why")
    print(f"further reports of an expected defect, not counted: {result['repeats']}")
    print("per rule (documents, TP, FP, FN): " + "  ".join(
        f"{rule} {c['documents']}/{c['tp']}/{c['fp']}/{c['fn']}"
        for rule, c in result["rules"].items()))  # fmt: skip
    for note in result["group_notes"]:
        print(f"note: group differs: {note}")


def _print_list(title: str, items: list[dict[str, Any]], text: str) -> None:
    print(f"{title}: {len(items)}")
    for item in sorted(items, key=lambda i: (i["rule"], i["document"])):
        where = item["where"] or "-"
        print(f"  {item['rule']}  {item['document']}  {where}  {item[text]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the corpus")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    result = measure(args.corpus.resolve())
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print_report(result)
    return 1 if args.strict and not result["passed"] else 0


if __name__ == "__main__":
    sys.exit(main())
