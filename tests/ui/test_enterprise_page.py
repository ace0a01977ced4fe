"""The enterprise page driven like a person would: typing, clicking, confirming."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from jxdeclare.services import enterprises as svc
from jxdeclare.services.context import AppContext
from jxdeclare.ui.enterprise_dialog import EnterpriseDialog
from jxdeclare.ui.main_window import MainWindow

BEIJING = "91110000600037341L"


def ganzhou_code() -> str:
    from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char

    body = "91360702" + "MA35F6QX" + org_code_check_char("MA35F6QX")
    return body + uscc_check_char(body)


def ok_button(dialog: EnterpriseDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_credit_code_is_checked_while_typing(type_text, qtbot) -> None:
    dialog = EnterpriseDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.findChild(QLineEdit, "name"), "赣州脐橙有限公司")
    status = dialog.findChild(QLabel, "usccStatus")
    type_text(dialog.findChild(QLineEdit, "uscc"), "91360702MA35F6")
    assert "18" in status.text() and not ok_button(dialog).isEnabled()
    dialog.findChild(QLineEdit, "uscc").clear()
    type_text(dialog.findChild(QLineEdit, "uscc"), ganzhou_code())
    assert "赣州市" in status.text() and ok_button(dialog).isEnabled()
    assert dialog.findChild(QCheckBox, "usccConfirmed").isHidden()  # nothing to confirm
    dialog.findChild(QLineEdit, "uscc").clear()
    type_text(dialog.findChild(QLineEdit, "uscc"), BEIJING[:-1] + "A")
    assert "校验码应为L" in status.text()  # names the check character it should be
    assert "营业执照" in status.text() and "#b00020" in status.text()
    assert not ok_button(dialog).isEnabled()  # a wrong check character blocks until confirmed


def test_a_wrong_check_character_saves_only_once_confirmed_as_printed(type_text, qtbot) -> None:
    dialog = EnterpriseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.findChild(QLineEdit, "name"), "早期代码企业")
    uscc = dialog.findChild(QLineEdit, "uscc")
    type_text(uscc, BEIJING[:-1] + "A")
    confirm = dialog.findChild(QCheckBox, "usccConfirmed")
    assert confirm.isVisible() and confirm.text() == "代码与营业执照一致（确认无误）"
    assert not ok_button(dialog).isEnabled()
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    status = dialog.findChild(QLabel, "usccStatus")
    assert ok_button(dialog).isEnabled() and "已确认与营业执照一致" in status.text()
    assert dialog.value().uscc_confirmed
    # Another code is another licence check: the tick goes, and so does the OK.
    qtbot.keyClick(uscc, Qt.Key.Key_Backspace)
    type_text(uscc, "B")
    assert uscc.text() == BEIJING[:-1] + "B"
    assert not confirm.isChecked() and not ok_button(dialog).isEnabled()
    uscc.clear()
    type_text(uscc, BEIJING)
    assert confirm.isHidden() and ok_button(dialog).isEnabled()


def test_add_an_enterprise_through_the_dialog(
    type_text, qtbot, window: MainWindow, on_modal
) -> None:
    page = window.enterprise_page

    def fill(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "name"), "江西绿茶有限公司")
        type_text(dialog.findChild(QLineEdit, "uscc"), ganzhou_code())
        type_text(dialog.findChild(QLineEdit, "code"), "lc")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    on_modal(fill)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.findChild(QPushButton, "addButton"), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "江西绿茶有限公司"
    assert page.model.index(0, 3).data() == "赣州市"
    assert [r.code for r in svc.list_enterprises(window.ctx)] == ["LC"]


def test_a_code_confirmed_in_the_dialog_is_marked_in_the_list(
    type_text, qtbot, window: MainWindow, on_modal
) -> None:
    page = window.enterprise_page
    early = BEIJING[:-1] + "A"

    def fill(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "name"), "早期代码企业")
        type_text(dialog.findChild(QLineEdit, "uscc"), early)
        qtbot.mouseClick(dialog.findChild(QCheckBox, "usccConfirmed"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    on_modal(fill)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.findChild(QPushButton, "addButton"), Qt.MouseButton.LeftButton)
    assert [r.uscc_confirmed for r in svc.list_enterprises(window.ctx)] == [True]
    cell = page.model.index(0, 1)
    assert cell.data() == f"{early} ✓"
    assert "已确认与营业执照上印的一致" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_edit_dialog_shows_a_stored_confirmation(qtbot) -> None:
    record = svc.EnterpriseRecord(
        name="早期代码企业", uscc=BEIJING[:-1] + "A", uscc_confirmed=True, id=1
    )
    dialog = EnterpriseDialog(record)
    qtbot.addWidget(dialog)
    dialog.show()
    confirm = dialog.findChild(QCheckBox, "usccConfirmed")
    assert confirm.isVisible() and confirm.isChecked() and ok_button(dialog).isEnabled()


def test_an_unconfirmed_stored_mismatch_is_flagged_in_the_list(qtbot, window: MainWindow) -> None:
    from jxdeclare.store.models import Enterprise

    # Saved before confirmations existed, when a wrong check character only warned.
    with window.ctx.session() as session:
        session.add(Enterprise(name="旧记录", uscc=BEIJING[:-1] + "A", region_code="110000"))
    page = window.enterprise_page
    with qtbot.waitSignal(page.loaded):
        page.reload()
    cell = page.model.index(0, 1)
    assert cell.data().endswith("⚠") and "尚未确认" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None


def _select_first_row(qtbot, page) -> None:
    table = page.table
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.findChild(QPushButton, "deleteButton").isEnabled()


def test_delete_asks_first_and_cancel_keeps_the_record(qtbot, window: MainWindow, on_modal) -> None:
    svc.add_enterprise(window.ctx, svc.EnterpriseInput(name="待删除企业", uscc=BEIJING))
    page = window.enterprise_page
    with qtbot.waitSignal(page.loaded):
        page.reload()
    _select_first_row(qtbot, page)
    delete = page.findChild(QPushButton, "deleteButton")
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert len(svc.list_enterprises(window.ctx)) == 1
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert svc.list_enterprises(window.ctx) == []


def test_editing_a_record_someone_else_changed_shows_a_conflict(
    type_text, qtbot, window: MainWindow, on_modal, monkeypatch
) -> None:
    record = svc.add_enterprise(window.ctx, svc.EnterpriseInput(name="原名", uscc=BEIJING))
    page = window.enterprise_page
    with qtbot.waitSignal(page.loaded):
        page.reload()
    _select_first_row(qtbot, page)
    # A colleague saves first, after our list was loaded.
    svc.update_enterprise(
        window.ctx,
        record.id,
        record.row_version,
        svc.EnterpriseInput(name="同事改的名", uscc=BEIJING),
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))

    def rename(dialog) -> None:
        name = dialog.findChild(QLineEdit, "name")
        name.selectAll()
        type_text(name, "我改的名")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    on_modal(rename)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.findChild(QPushButton, "editButton"), Qt.MouseButton.LeftButton)
    assert shown and "已被其他用户修改" in shown[0]
    assert page.model.index(0, 0).data() == "同事改的名"


def test_import_of_a_file_with_errors_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from openpyxl import Workbook
    from PySide6.QtWidgets import QFileDialog

    book = Workbook()
    book.active.append(["企业名称", "统一社会信用代码"])
    book.active.append(["好企业", BEIJING])
    book.active.append(["坏企业", "91110000600037341"])
    path = tmp_path / "企业 名单.xlsx"
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = window.enterprise_page
    qtbot.mouseClick(page.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "importReport") is not None, timeout=10_000)
    report = page.findChild(QMessageBox, "importReport")
    assert "第3行" in report.detailedText() and "统一社会信用代码" in report.detailedText()
    report.close()
    assert svc.list_enterprises(window.ctx) == []


def test_ctx_fixture_uses_a_path_with_chinese_and_spaces(ctx: AppContext) -> None:
    assert " " in str(ctx.home) and "数据" in str(ctx.home)
