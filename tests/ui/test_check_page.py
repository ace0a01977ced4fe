"""合规检查 page: a file and the batch of stored standards, checked in the background; export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QTreeWidget

from jxdeclare.domain.document import jxstd
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks


def open_page(qtbot, window: MainWindow):
    window.navigation.setCurrentRow(3)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    return window.check_page


def click(qtbot, page, name: str) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_file_is_checked_and_its_findings_listed(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    document = example_document()
    document.foreword.extra.append("本标准按照GB/T 1.1-2009给出的规则起草。")
    path = tmp_path / "旧 标准.jxstd"
    jxstd.save(document, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, page, "fileCheckButton")
    tree = page.findChild(QTreeWidget, "checkResults")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    top = tree.topLevelItem(0)
    rules = [top.child(i).text(1) for i in range(top.childCount())]
    assert top.text(0) == "旧 标准.jxstd" and "W001" in rules
    out = tmp_path / "报告.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, page, "reportCheckButton")
    summary = page.findChild(QLabel, "checkSummary")
    # The file appears when the worker renames it into place; the label follows on the UI thread.
    qtbot.waitUntil(lambda: "已导出" in summary.text(), timeout=10_000)
    assert out.is_file()


def test_every_stored_standard_is_checked_with_a_summary(qtbot, window: MainWindow) -> None:
    owner = add_enterprise(window.ctx, EnterpriseInput(name="示例米业", uscc="91110000600037341L"))
    for n in (1, 2, 3):
        document = example_document()
        document.cover.number = f"Q/JXSL {n:04d}—2026"
        drafts.store_new(window.ctx, owner.id, document)
    tea = add_enterprise(window.ctx, EnterpriseInput(name="赣茶", uscc="91360100158300003X"))
    document.cover.number = "Q/GC 0001—2026"
    drafts.store_new(window.ctx, tea.id, document)
    page = open_page(qtbot, window)
    click(qtbot, page, "storedCheckButton")
    tree = page.findChild(QTreeWidget, "checkResults")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4, timeout=20_000)
    names = sorted(tree.topLevelItem(i).text(0) for i in range(4))
    assert names == ["Q/GC 0001—2026 干米粉"] + [f"Q/JXSL {n:04d}—2026 干米粉" for n in (1, 2, 3)]
    summary = page.findChild(QLabel, "checkSummary").text()
    assert "已检查 4 项" in summary and "R003 8" in summary
    assert "按企业：示例米业：3 项" in summary and "赣茶：1 项" in summary

    scope = page.findChild(QComboBox, "checkScope")
    qtbot.keyClick(scope, Qt.Key.Key_End)  # the last enterprise in name order
    assert scope.currentText() == "赣茶"
    click(qtbot, page, "storedCheckButton")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=20_000)
    assert tree.topLevelItem(0).text(0) == "Q/GC 0001—2026 干米粉"
