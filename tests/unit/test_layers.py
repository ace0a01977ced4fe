"""The architecture's import rules (DESIGN §4), checked on the source and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jxdeclare"
GUI = ("PySide6", "shiboken6")
HEAVY = ("sqlalchemy", "alembic", "requests", *GUI)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in forbidden:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_domain_imports_no_qt_sqlalchemy_or_requests() -> None:
    assert offenders("domain", HEAVY) == []


def test_catalog_imports_no_qt_sqlalchemy_or_requests() -> None:
    assert offenders("catalog", HEAVY) == []


def test_drafting_imports_no_qt_sqlalchemy_or_requests() -> None:
    assert offenders("drafting", HEAVY) == []


def test_checks_import_no_qt_sqlalchemy_or_requests() -> None:
    assert offenders("checks", HEAVY) == []


def test_only_the_ui_package_imports_qt() -> None:
    folders = ("cli", "services", "store", "domain", "catalog", "drafting", "checks", "importing")
    for folder in folders:
        assert offenders(folder, GUI) == [], folder


def test_importing_the_domain_loads_none_of_them() -> None:
    code = (
        "import sys, jxdeclare.domain.uscc, jxdeclare.domain.stdnumber, jxdeclare.domain.gtin,"
        " jxdeclare.domain.entities, jxdeclare.domain.declaration, jxdeclare.domain.document.jxstd,"
        " jxdeclare.domain.document.boilerplate, jxdeclare.domain.document.text;"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_detector_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n", "utf-8")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}
