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
    window.show_page(window.check_page)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    return window.check_page


def rule_ids(top) -> list[str]:
    return [top.child(i).data(2, Qt.ItemDataRole.UserRole) for i in range(top.childCount())]


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
    rules = rule_ids(top)
    assert top.text(0) == "旧 标准.jxstd" and "W001" in rules
    # The spot-check verdict heads the file's row: a mandatory item is missing (I003, 合法性).
    assert top.text(3).startswith("不合格：") and "I003" in rules
    # Each finding says how serious it is in words and names its rule by title, not only by code.
    old = next(top.child(i) for i in range(top.childCount()) if "W001" in top.child(i).text(2))
    assert old.text(1) == "警告" and old.text(2) == "沿用 GB/T 1.1—2009/2000 的表述（W001）"
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


def test_an_unknown_category_is_chosen_in_one_click_and_checked_again(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path, on_modal, type_text
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTabWidget

    from jxdeclare.domain.document.model import Paragraph

    page = open_page(qtbot, window)
    document = example_document(chapters=2, tables=1)
    document.cover.title = "某某食品"  # names no product: the category stays unknown
    document.product_category = ""
    document.chapters[0].blocks = [Paragraph("本文件规定了某某食品的技术要求。")]
    path = tmp_path / "某某 食品.jxstd"
    jxstd.save(document, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, page, "fileCheckButton")
    tree = page.findChild(QTreeWidget, "checkResults")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    top = tree.topLevelItem(0)
    assert "C002" in rule_ids(top)
    recheck = page.findChild(QPushButton, "recheckCategory")
    assert recheck.isVisible()

    def choose(dialog) -> None:  # type a name, pick the node in the GB 2762 tree, OK
        type_text(dialog.findChild(QLineEdit, "categoryFilter"), "大米制品")
        dialog.findChild(QTabWidget, "categoryTabs").setCurrentIndex(1)
        nodes = dialog.findChild(QTreeWidget, "categoryTree_gb2762")
        flags = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
        item = nodes.findItems("大米制品", flags)[0]
        nodes.scrollToItem(item)
        qtbot.mouseClick(nodes.viewport(), Qt.MouseButton.LeftButton,
                         pos=nodes.visualItemRect(item).center())  # fmt: skip
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_modal(choose)
    qtbot.mouseClick(recheck, Qt.MouseButton.LeftButton)
    summary = page.findChild(QLabel, "checkSummary")
    qtbot.waitUntil(lambda: "产品类别" in summary.text(), timeout=10_000)
    assert "大米制品" in summary.text() and not recheck.isVisible()
    top = tree.topLevelItem(0)
    assert "C002" not in rule_ids(top)
