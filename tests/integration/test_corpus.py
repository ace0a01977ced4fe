"""The accuracy corpus (tests/corpus): documents with sidecars, known rule ids, clean means clean.

Precision and recall are measured by bench/accuracy.py (a benchmark, not a timed or tuned test);
what a test must hold is that no clean document gets an error.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jxdeclare.checks.registry import RULES, Severity, all_rules
from tests.corpus.build_corpus import HERE, documents, docx_bytes, ensure_corpus

GROUPS = {"合法性", "完整性", "规范性"}
# N006 (a number written in a non-canonical form) is information about a valid number and
# never an expected finding.
KEYS = {"document", "category", "as_of", "clean", "expected", "defects"}


def _sidecars() -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(HERE.glob("*.expected.json")):
        found[path.name.removesuffix(".expected.json")] = json.loads(path.read_text("utf-8"))
    return found


SIDECARS = _sidecars()


@pytest.fixture(scope="module")
def corpus() -> list[Path]:
    return ensure_corpus()


def test_forty_documents_each_with_its_sidecar(corpus: list[Path]) -> None:
    assert len(corpus) >= 40
    assert {p.stem for p in corpus} == set(SIDECARS) == set(documents())
    for name, sidecar in SIDECARS.items():
        assert set(sidecar) >= KEYS, name
        assert sidecar["document"] == f"{name}.docx" and (HERE / sidecar["document"]).is_file()
        date.fromisoformat(sidecar["as_of"])
        assert sidecar["clean"] is (not sidecar["expected"]), name
        assert len(sidecar["defects"]) >= (0 if sidecar["clean"] else 1), name


def test_every_sidecar_names_a_known_rule() -> None:
    all_rules()
    known = set(RULES)
    for name, sidecar in SIDECARS.items():
        for entry in sidecar["expected"]:
            assert entry["rule"] in known, (name, entry["rule"])
            assert entry["rule"] != "N006", name  # information, not a defect
            assert entry["group"] in GROUPS, (name, entry)
            assert entry.get("why"), (name, entry)
            assert isinstance(entry.get("where", ""), str), (name, entry)


def test_the_documents_are_the_same_bytes_on_every_build() -> None:
    doc = documents()["clean-rice-noodle"]
    assert docx_bytes(doc) == docx_bytes(doc)


def test_no_error_on_a_clean_document(corpus: list[Path]) -> None:
    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.checks.run import check_document
    from jxdeclare.services.catalog import default_pack_path
    from jxdeclare.services.checking import choose_category, load_for_check

    pack = open_pack(default_pack_path(), trusted_keys())
    errors = {}
    for name, sidecar in SIDECARS.items():
        if not sidecar["clean"]:
            continue
        loaded = load_for_check(HERE / sidecar["document"])
        if sidecar["category"]:
            choose_category(loaded.document, pack, sidecar["category"])
        report = check_document(loaded.document, as_of=date.fromisoformat(sidecar["as_of"]),
                                pack=pack, import_notes=loaded.notes)  # fmt: skip
        found = [f"{f.rule} {f.location.label} {f.message}" for f in report.findings
                 if f.severity is Severity.ERROR]  # fmt: skip
        if found:
            errors[name] = found
    assert errors == {}
