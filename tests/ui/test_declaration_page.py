"""自我声明 page: create from a stored standard, fix what blocks it, queue, enter it by hand
with the guided-entry dialog, and batch-submit to the sandbox portal with per-item results.
No state traps the user: opening guided entry changes nothing, the mark 开始人工录入 can be undone,
and every state offers a way on (docs/declaration-states.md)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
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

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.domain.declaration_record import DeclaredProduct
from jxdeclare.drafting.example import example_document
from jxdeclare.portal.sandbox import SandboxServer
from jxdeclare.services import drafts
from jxdeclare.services.declarations import guided_entry
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.samples import STANDARD, seed_queued
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks

NO_COMMITMENT = "承诺：须勾选自我声明承诺（标准符合法律法规和强制性标准，产品符合标准）"


def open_page(qtbot, window: MainWindow):
    window.navigation.setCurrentRow(window.pages.indexOf(window.declaration_page))
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


def lines(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def start_entry(qtbot, guided: QDialog, page) -> None:
    """开始人工录入: the explicit step that marks the record as being entered by hand."""
    click(qtbot, guided.findChild(QPushButton, "guidedStartButton"))
    qtbot.waitUntil(lambda: state_of_first_row(page) == "提交中", timeout=10_000)
    qtbot.waitUntil(lambda: guided.findChild(QPushButton, "guidedUndoButton").isEnabled())


def close_dialog(qtbot, dialog: QDialog) -> None:
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)


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
    assert lines(problems) == [NO_COMMITMENT]  # the field as the form labels it, not its key

    click(qtbot, page.findChild(QPushButton, "editDeclarationButton"))
    editor = modal(qtbot, "declarationDialog")
    qtbot.waitUntil(lambda: editor.findChild(QTableWidget, "productTable").rowCount() == 1)
    click(qtbot, editor.findChild(QCheckBox, "commitment"))
    click(qtbot, editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    qtbot.waitUntil(lambda: lines(problems) == ["没有发现问题，可以排队提交。"], timeout=10_000)

    table.selectRow(0)
    click(qtbot, page.findChild(QPushButton, "queueDeclarationButton"))
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已排队", timeout=10_000)

    table.selectRow(0)
    click(qtbot, page.findChild(QPushButton, "guidedDeclarationButton"))
    guided = modal(qtbot, "guidedEntryDialog")
    steps = guided.findChild(QTableWidget, "guidedSteps")
    qtbot.waitUntil(lambda: steps.rowCount() > 10, timeout=10_000)
    start_entry(qtbot, guided, page)
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


def submit_with_a_typed_account(qtbot, page, type_text, portal, done: str) -> QDialog:
    """批量提交…, the account typed in its dialog, the sandbox's address typed, 开始提交; returns
    the dialog once its summary starts with ``done`` (完成, or Done in English)."""
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
    qtbot.waitUntil(lambda: summary.text().startswith(done), timeout=30_000)
    return dialog


def result_states(dialog: QDialog) -> list[str]:
    results = dialog.findChild(QTableWidget, "submitResults")
    return [results.item(r, 1).text() for r in range(results.rowCount())]


def test_batch_submission_shows_each_record_and_the_summary(
    qtbot, window: MainWindow, type_text, portal
) -> None:
    codes = seed_queued(window.ctx, 5)
    (code,) = codes
    portal.add_account("rice", "pw-口令", code)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: page.findChild(QTableWidget, "declarationTable").rowCount() == 5)

    dialog = submit_with_a_typed_account(qtbot, page, type_text, portal, "完成")
    assert "5 条已被平台接收" in dialog.findChild(QLabel, "submitSummary").text()
    assert result_states(dialog) == ["待确认"] * 5
    assert portal.stats()["records"] == 5
    dialog.reject()
    qtbot.waitUntil(lambda: state_of_first_row(page) == "待确认", timeout=10_000)


def test_batch_submission_speaks_english_in_the_english_interface(
    qtbot, ctx, english_window: MainWindow, type_text, portal
) -> None:
    """The results table shows each state in the interface's language (the service reports
    the state's Chinese value)."""
    (code,) = seed_queued(ctx, 2)
    portal.add_account("rice", "pw-口令", code)
    page = open_page(qtbot, english_window)
    qtbot.waitUntil(lambda: page.findChild(QTableWidget, "declarationTable").rowCount() == 2)

    dialog = submit_with_a_typed_account(qtbot, page, type_text, portal, "Done")
    assert "2 accepted by the portal" in dialog.findChild(QLabel, "submitSummary").text()
    assert result_states(dialog) == ["Pending confirmation"] * 2
    dialog.reject()


def test_records_the_run_could_not_settle_are_counted_and_listed(
    qtbot, window: MainWindow, portal
) -> None:
    """One enterprise has a portal account, the other none: its records stay 已排队, and the
    window says how many are not settled and what happens next, as `submit` does."""
    from jxdeclare.portal.credentials import open_secrets
    from jxdeclare.services.portal_accounts import remember_account

    codes = seed_queued(window.ctx, 4, enterprises=2)
    with_account, without = list(codes)
    portal.add_account("tea", "pw-口令", with_account)
    for code in codes:
        open_secrets().forget_account(code)
    remember_account(with_account, "tea", "pw-口令")
    window.ctx.settings.set("portal_url", portal.url)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: page.findChild(QTableWidget, "declarationTable").rowCount() == 4)

    click(qtbot, page.findChild(QPushButton, "submitDeclarationButton"))
    dialog = modal(qtbot, "submitDialog")
    click(qtbot, dialog.findChild(QPushButton, "startSubmitButton"))
    summary = dialog.findChild(QLabel, "submitSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("完成"), timeout=30_000)
    assert "2 条已被平台接收" in summary.text() and "2 条未提交" in summary.text()
    assert "未了结 2 条" in summary.text() and "不会重复发送" in summary.text()
    assert portal.stats()["records"] == 2
    dialog.reject()
    assert {declarations.get(window.ctx, i)[0].state for i in codes[without]} == {S.QUEUED}


def open_guided(qtbot, page) -> QDialog:
    page.findChild(QTableWidget, "declarationTable").selectRow(0)
    click(qtbot, page.findChild(QPushButton, "guidedDeclarationButton"))
    guided = modal(qtbot, "guidedEntryDialog")
    steps = guided.findChild(QTableWidget, "guidedSteps")
    qtbot.waitUntil(lambda: steps.rowCount() > 5, timeout=10_000)
    return guided


def copy_buttons(guided: QDialog) -> list[QPushButton]:
    steps = guided.findChild(QTableWidget, "guidedSteps")
    return [steps.cellWidget(r, 3) for r in range(steps.rowCount())]


def test_opening_guided_entry_on_a_queued_record_changes_nothing(qtbot, window) -> None:
    ((_code, [first]),) = seed_queued(window.ctx, 1).items()
    before = declarations.journal(window.ctx, first)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已排队")

    guided = open_guided(qtbot, page)
    assert "已排队" in guided.findChild(QLabel, "guidedState").text()
    # Only looking: nothing to copy, tick or record, and nothing to undo, until entry starts.
    assert not any(button.isEnabled() for button in copy_buttons(guided))
    assert not guided.findChild(QPushButton, "guidedRecordButton").isEnabled()
    assert not guided.findChild(QPushButton, "guidedUndoButton").isEnabled()
    close_dialog(qtbot, guided)

    assert state_of_first_row(page) == "已排队"
    assert declarations.get(window.ctx, first)[0].state is S.QUEUED
    assert declarations.journal(window.ctx, first) == before

    page.findChild(QTableWidget, "declarationTable").selectRow(0)
    page.findChild(QAction, "unqueueDeclarationAction").trigger()  # 更多 ▸ 撤回排队
    qtbot.waitUntil(lambda: state_of_first_row(page) == "校验通过", timeout=10_000)
    assert page.findChild(QPushButton, "editDeclarationButton").isEnabled()


def test_entry_by_hand_is_marked_undone_and_the_record_is_then_batch_submitted(
    qtbot, window: MainWindow, portal
) -> None:
    from jxdeclare.portal.credentials import open_secrets
    from jxdeclare.services.portal_accounts import remember_account

    ((code, [first]),) = seed_queued(window.ctx, 1).items()
    portal.add_account("tea", "pw-口令", code)
    open_secrets().forget_account(code)  # and the token an earlier test's portal issued
    remember_account(code, "tea", "pw-口令")
    window.ctx.settings.set("portal_url", portal.url)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已排队")

    guided = open_guided(qtbot, page)
    start_entry(qtbot, guided, page)
    assert "人工录入中" in guided.findChild(QLabel, "guidedState").text()
    assert any(button.isEnabled() for button in copy_buttons(guided))
    assert guided.findChild(QPushButton, "guidedRecordButton").isEnabled()
    click(qtbot, guided.findChild(QPushButton, "guidedUndoButton"))
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已排队", timeout=10_000)
    qtbot.waitUntil(lambda: guided.findChild(QPushButton, "guidedStartButton").isEnabled())
    assert not guided.findChild(QPushButton, "guidedRecordButton").isEnabled()
    close_dialog(qtbot, guided)
    moves = [(j.from_state, j.to_state, j.note) for j in declarations.journal(window.ctx, first)]
    assert moves[-2:] == [("已排队", "提交中", "开始人工录入国家平台"),
                          ("提交中", "已排队", "撤销人工录入")]  # fmt: skip

    page.findChild(QTableWidget, "declarationTable").selectRow(0)
    click(qtbot, page.findChild(QPushButton, "submitDeclarationButton"))
    dialog = modal(qtbot, "submitDialog")
    click(qtbot, dialog.findChild(QPushButton, "startSubmitButton"))
    summary = dialog.findChild(QLabel, "submitSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("完成"), timeout=30_000)
    results = dialog.findChild(QTableWidget, "submitResults")
    assert "1 条已被平台接收" in summary.text() and "0 条未提交" in summary.text()
    results = dialog.findChild(QTableWidget, "submitResults")
    assert [results.item(r, 1).text() for r in range(results.rowCount())] == ["待确认"]
    dialog.reject()
    qtbot.waitUntil(lambda: state_of_first_row(page) == "待确认", timeout=10_000)
    assert portal.stats()["records"] == 1


def test_a_tick_still_being_saved_is_stored_before_the_record_is_published(
    qtbot, window: MainWindow, monkeypatch, request
) -> None:
    """A quick hand: tick, then 登记公开记录 while the tick is still being written."""
    import threading

    ((_code, [first]),) = seed_queued(window.ctx, 1).items()
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已排队")
    guided = open_guided(qtbot, page)
    start_entry(qtbot, guided, page)

    held, saving = threading.Event(), threading.Event()
    real_mark = guided_entry.mark_entered

    def slow_mark(*args, **kwargs) -> None:
        saving.set()
        held.wait()  # released by the test once the record click is in
        real_mark(*args, **kwargs)

    monkeypatch.setattr(guided_entry, "mark_entered", slow_mark)
    # Enough workers that the record could overtake the tick, as on a machine with more cores.
    pool = QThreadPool.globalInstance()
    request.addfinalizer(partial(pool.setMaxThreadCount, pool.maxThreadCount()))
    pool.setMaxThreadCount(pool.activeThreadCount() + 4)
    steps = guided.findChild(QTableWidget, "guidedSteps")
    steps.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(saving.is_set)
    guided.findChild(QLineEdit, "guidedPublicId").setText("https://www.qybz.org.cn/user/detail/7")
    recorded = threading.Event()
    real_record = guided_entry.record_public_id

    def record(*args, **kwargs):
        try:
            return real_record(*args, **kwargs)
        finally:
            recorded.set()

    monkeypatch.setattr(guided_entry, "record_public_id", record)
    button = guided.findChild(QPushButton, "guidedRecordButton")
    click(qtbot, button)
    # Taken: the button goes grey at once (or, were it not queued, the record is stored first).
    qtbot.waitUntil(lambda: recorded.is_set() or not button.isEnabled())
    held.set()
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已公开", timeout=10_000)
    assert guided_entry.entered_steps(window.ctx, first) == [guided.steps[0].key]


def test_the_problems_follow_the_form_and_name_fields_as_the_form_does(
    qtbot, window: MainWindow, type_text
) -> None:
    owner = add_enterprise(window.ctx, EnterpriseInput(name="示例茶业", uscc="91360100158300003X"))
    product = DeclaredProduct("绿茶", "250g", "茶叶")
    declarations.new_for_standard(window.ctx, owner.id, STANDARD, [product])
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: state_of_first_row(page) == "草稿")
    page.findChild(QTableWidget, "declarationTable").selectRow(0)
    on_page = page.findChild(QListWidget, "declarationProblems")
    qtbot.waitUntil(lambda: lines(on_page) == [NO_COMMITMENT])

    click(qtbot, page.findChild(QPushButton, "editDeclarationButton"))
    editor = modal(qtbot, "declarationDialog")
    in_dialog = editor.findChild(QListWidget, "declarationDialogProblems")
    qtbot.waitUntil(lambda: lines(in_dialog) == [NO_COMMITMENT])
    commitment = editor.findChild(QCheckBox, "commitment")
    click(qtbot, commitment)
    assert lines(in_dialog) == ["没有发现问题，保存后可以排队提交。"]
    products = editor.findChild(QTableWidget, "productTable")
    rect = products.visualItemRect(products.item(0, 1))
    qtbot.mouseClick(products.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(products, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    cell = QApplication.focusWidget()
    cell.selectAll()
    qtbot.keyClick(cell, Qt.Key.Key_Delete)
    qtbot.keyClick(cell, Qt.Key.Key_Tab)
    assert lines(in_dialog) == ["产品 1 · 型号：产品型号不能为空"]
    fill_cell(qtbot, type_text, products, 0, 1, "500g")
    assert lines(in_dialog) == ["没有发现问题，保存后可以排队提交。"]
    click(qtbot, editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)

    qtbot.waitUntil(lambda: lines(on_page) == ["没有发现问题，可以排队提交。"], timeout=10_000)
    assert declarations.get(window.ctx, 1)[1].products[0].model == "500g"


def test_a_record_published_by_hand_is_withdrawn_from_the_page(
    qtbot, window: MainWindow, on_modal, type_text
) -> None:
    ((_code, [first]),) = seed_queued(window.ctx, 1).items()
    guided_entry.start(window.ctx, first)
    guided_entry.record_public_id(window.ctx, first, "JX-PUBLIC-7")
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已公开")
    page.findChild(QTableWidget, "declarationTable").selectRow(0)

    def give_reason(dialog: QDialog) -> None:
        type_text(dialog.findChild(QLineEdit), "产品停产")
        dialog.accept()

    on_modal(give_reason)
    page.findChild(QAction, "withdrawDeclarationAction").trigger()  # 更多 ▸ 撤销已公开的声明…
    qtbot.waitUntil(lambda: state_of_first_row(page) == "已撤销", timeout=10_000)
    assert declarations.journal(window.ctx, first)[-1].note == "撤销：产品停产"
