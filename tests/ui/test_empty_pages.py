"""An empty page says what it is for and offers its first action as a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableWidget, QWidget

from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks

CODE = "91110000600037341L"


def go_to(qtbot, window: MainWindow, title: str) -> QWidget:
    """Click the navigation entry; returns the page it shows."""
    (item,) = window.navigation.findItems(title, Qt.MatchFlag.MatchExactly)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    return window.pages.currentWidget()


def hint_button(qtbot, page: QWidget, name: str, key: str) -> QPushButton:
    hint = page.findChild(QWidget, f"{name}EmptyHint")
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=10_000)
    button = hint.findChild(QPushButton, f"{key}EmptyButton")
    assert button.isVisible() and button.isDefault()
    return button


def title_of_next_dialog(on_modal: Callable) -> list[str]:
    seen: list[str] = []

    def note(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    on_modal(note)
    return seen


def test_no_enterprises_yet_offers_to_add_one(qtbot, window: MainWindow, on_modal) -> None:
    page = go_to(qtbot, window, "企业")
    button = hint_button(qtbot, page, "enterprise", "add")
    seen = title_of_next_dialog(on_modal)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen == ["新增企业"], timeout=5_000)
    add_enterprise(window.ctx, EnterpriseInput(name="江西示例茶业有限公司", uscc=CODE))
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.reload()
    assert page.table.isVisible()  # with an enterprise the list is back


def test_no_drafts_yet_offers_a_new_standard(qtbot, window: MainWindow, on_modal) -> None:
    add_enterprise(window.ctx, EnterpriseInput(name="江西示例茶业有限公司", uscc=CODE, code="CY"))
    page = go_to(qtbot, window, "标准起草")
    button = hint_button(qtbot, page, "draft", "new")
    assert not page.findChild(QTableWidget, "draftTable").isVisible()
    seen = title_of_next_dialog(on_modal)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen == ["新建企业标准"], timeout=10_000)


def test_nothing_checked_yet_offers_to_check_a_file(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, title: str, *_args: object, **_kw: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    page = go_to(qtbot, window, "合规检查")
    qtbot.mouseClick(hint_button(qtbot, page, "check", "file"), Qt.MouseButton.LeftButton)
    assert asked == ["选择要检查的标准"]


def test_no_declarations_yet_offers_a_new_one(qtbot, window: MainWindow, on_modal) -> None:
    page = go_to(qtbot, window, "自我声明")
    button = hint_button(qtbot, page, "declaration", "new")
    seen = title_of_next_dialog(on_modal)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert "声明" in seen[0]


def test_the_library_before_a_search_offers_an_example(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "标准库")
    qtbot.mouseClick(hint_button(qtbot, page, "library", "example"), Qt.MouseButton.LeftButton)
    table = page.findChild(QTableWidget, "libraryResults")
    qtbot.waitUntil(lambda: table.isVisible() and table.rowCount() > 0, timeout=20_000)
    # Of the editions of GB 2762, the one in force comes first (and is the one selected).
    assert table.item(0, 0).text().startswith("GB 2762—") and table.item(0, 2).text() == "现行"
