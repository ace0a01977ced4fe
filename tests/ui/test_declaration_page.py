"""自我声明 page: create from a stored standard, fix what blocks it, queue, enter it by hand
with the guided-entry dialog, and batch-submit to the sandbox portal with per-item results."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
)

from jxdeclare.drafting.example import example_document
from jxdeclare.portal.sandbox import SandboxServer
from jxdeclare.services import drafts
from jxdeclare.services.declarations.samples import seed_queued
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks


def open_page(qtbot, window: MainWindow):
    window.navigation.setCurrentRow(4)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    return window.declaration_page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def modal(qtbot, name: str) -> QDialog:
    qtbot.waitUntil(lambda: (w := QApplication.activeModalWidget()) is not None
                    and w.objectName() == name, timeout=10_000)  # fmt: skip
    return QApplication.activeModalWidget()


def fill_cell(qtbot, type_text, table: QTableWidget, row: int, column: int, text: str) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the platform's edit key
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits and moves on, as a person would


def state_of_first_row(page) -> str:
    table = page.findChild(QTableWidget, "declarationTable")
    return table.item(0, 4).text() if table.rowCount() else ""


def test_from_a_stored_standard_to_a_published_record_by_guided_entry(
    qtbot, window: MainWindow, type_text, monkeypatch, tmp_path: Path
) -> None:
    owner = add_enterprise(window.ctx, EnterpriseInput(name="示例米业", uscc="91360100158300003X"))
    drafts.store_new(window.ctx, owner.id, example_document())
    page = open_page(qtbot, window)

    click(qtbot, page.findChild(QPushButton, "newDeclarationButton"))
    dialog = modal(qtbot, "newDeclarationDialog")
    qtbot.waitUntil(lambda: dialog.findChild(QComboBox, "newDeclarationDraft").count() == 1)
    products = dialog.findChild(QTableWidget, "productTable")
    for column, text in enumerate(("干米粉", "500g袋装", "粮食加工品")):
        fill_cell(qtbot, type_text, products, 0, column, text)
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: state_of_first_row(page) == "草稿", timeout=20_000)

    table = page.findChild(QTableWidget, "declarationTable")
    table.selectRow(0)
    problems = page.findChild(QListWidget, "declarationProblems")
    qtbot.waitUntil(lambda: problems.count() > 0)
    assert "commitment_accepted" in problems.item(0).text()  # the self-commitment is missing

    click(qtbot, page.findChild(QPushButton, "editDeclarationButton"))
    editor = modal(qtbot, "declarationDialog")
    qtbot.waitUntil(lambda: editor.findChild(QTableWidget, "productTable").rowCount() == 1)
    click(qtbot, editor.findChild(QCheckBox, "commitment"))
    click(qtbot, editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)

    table.selectRow(0)
    click(qtbot, page.findChild(QPushButton, "queueDeclarationButton"))
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已排队", timeout=10_000)

    table.selectRow(0)
    click(qtbot, page.findChild(QPushButton, "guidedDeclarationButton"))
    guided = modal(qtbot, "guidedEntryDialog")
    steps = guided.findChild(QTableWidget, "guidedSteps")
    qtbot.waitUntil(lambda: steps.rowCount() > 10, timeout=10_000)
    number_row = next(r for r in range(steps.rowCount()) if "标准编号" in steps.item(r, 1).text())
    click(qtbot, steps.cellWidget(number_row, 3))
    assert QGuiApplication.clipboard().text() == "Q/JXSL 0002—2026"
    steps.item(number_row, 0).setCheckState(Qt.CheckState.Checked)  # the tick box in that row
    qtbot.waitUntil(lambda: "已录入 1 /" in guided.findChild(QLabel, "guidedProgress").text())
    type_text(
        guided.findChild(QLineEdit, "guidedPublicId"), "https://www.qybz.org.cn/user/detail/42"
    )
    click(qtbot, guided.findChild(QPushButton, "guidedRecordButton"))
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已公开", timeout=10_000)

    out = tmp_path / "回执 输出.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    table.selectRow(0)
    page.findChild(QAction, "receiptDeclarationAction").trigger()  # 更多 ▸ 导出回执…
    qtbot.waitUntil(out.is_file, timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "qybz.org.cn/user/detail/42" in text.replace("\n", "")


@pytest.fixture
def portal(tmp_path: Path):
    server = SandboxServer(tmp_path / "portal.db", review_delay=-1).start()
    yield server
    server.stop()


def test_batch_submission_shows_each_record_and_the_summary(
    qtbot, window: MainWindow, type_text, portal
) -> None:
    codes = seed_queued(window.ctx, 5)
    (code,) = codes
    portal.add_account("rice", "pw-口令", code)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: page.findChild(QTableWidget, "declarationTable").rowCount() == 5)

    click(qtbot, page.findChild(QPushButton, "submitDeclarationButton"))
    dialog = modal(qtbot, "submitDialog")
    click(qtbot, dialog.findChild(QPushButton, "accountSubmitButton"))
    account = modal(qtbot, "accountDialog")
    qtbot.waitUntil(lambda: account.findChild(QComboBox, "accountEnterprise").count() == 1)
    type_text(account.findChild(QLineEdit, "accountUser"), "rice")
    type_text(account.findChild(QLineEdit, "accountPassword"), "pw-口令")
    click(qtbot, account.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=10_000)

    url = dialog.findChild(QLineEdit, "portalUrl")
    url.clear()
    type_text(url, portal.url)
    click(qtbot, dialog.findChild(QPushButton, "startSubmitButton"))
    summary = dialog.findChild(QLabel, "submitSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("完成"), timeout=30_000)
    assert "5 条已被平台接收" in summary.text()
    results = dialog.findChild(QTableWidget, "submitResults")
    assert [results.item(r, 1).text() for r in range(results.rowCount())] == ["待确认"] * 5
    assert portal.stats()["records"] == 5
    dialog.reject()
    qtbot.waitUntil(lambda: state_of_first_row(page) == "待确认", timeout=10_000)
