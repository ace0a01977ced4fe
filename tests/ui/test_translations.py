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
        or not _translated(msg.find("translation"))
    ]
    assert untranslated == []


def _translated(translation: ET.Element) -> bool:
    """A text, or for a count (%n) every plural form: "%n error" and "%n errors"."""
    forms = translation.findall("numerusform")
    if forms:
        return len(forms) == 2 and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def test_counts_read_as_english_plurals(qapp) -> None:
    """"1 enterprises" is wrong: a count is shown through %n with both English forms."""
    from PySide6.QtCore import QCoreApplication

    from jxdeclare.ui.i18n import install_language

    assert install_language("en")
    try:
        one = QCoreApplication.translate("FindingsPanel", "错误 %n 项", "", 1)
        many = QCoreApplication.translate("FindingsPanel", "错误 %n 项", "", 3)
        assert (one, many) == ("1 error", "3 errors")
    finally:
        install_language("zh_CN")


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


def test_qt_file_dialog_speaks_chinese(qapp) -> None:
    """Qt's own file dialog (used where the system has none, e.g. Linux) in the Chinese UI:
    qtbase_zh_CN leaves "Look in:" and "Files of type:" in English; our catalogue adds them."""
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel

    from jxdeclare.ui.i18n import install_language

    install_language("zh_CN")
    dialog = QFileDialog(None, "选择文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and not [t for t in labels if re.search("[A-Za-z]{3,}", t)], labels
    finally:
        dialog.deleteLater()
