"""标准库 page: a search that matches nothing says so, as the CLI does ("未找到 nothing found")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QTableWidget, QTextBrowser

from jxdeclare.ui.main_window import MainWindow


def test_nothing_found_is_said_and_a_bare_number_finds_the_standard(
    qtbot, type_text, window: MainWindow
) -> None:
    nav = window.findChild(QListWidget, "navigation")
    rect = nav.visualItemRect(nav.findItems("标准库", Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    search = window.findChild(QLineEdit, "librarySearch")
    qtbot.waitUntil(search.isEnabled, timeout=10_000)
    detail = window.findChild(QTextBrowser, "libraryDetail")
    type_text(search, "不存在的标准名称")
    qtbot.waitUntil(lambda: "未找到" in detail.toPlainText(), timeout=5_000)
    assert window.findChild(QTableWidget, "libraryResults").rowCount() == 0
    search.clear()
    type_text(search, "2762")
    table = window.findChild(QTableWidget, "libraryResults")
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=5_000)
    assert table.item(0, 0).text().startswith("GB 2762—")
    assert "未找到" not in detail.toPlainText()
