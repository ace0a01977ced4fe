"""Every interface string has its English translation, and the shipped .qm is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jxdeclare.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "i18n" / "jxdeclare_en.ts"


def tool(name: str) -> str:
    # The venv's scripts folder need not be on PATH (dev.py runs the venv's python directly).
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"pyside6-{name}")
    if not found:
        pytest.fail(f"pyside6-{name} not found: install the project's test extras")
    return found


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_message_is_translated() -> None:
    root = ET.parse(TS).getroot()
    untranslated = [
        msg.findtext("source")
        for msg in root.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "vanished")
        or not (msg.findtext("translation") or "").strip()
    ]
    assert untranslated == []


def test_the_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "jxdeclare" / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(TS)
    assert not missing, "run `python3 dev.py i18n` and translate: " + repr(sorted(missing))


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [tool("lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes()
