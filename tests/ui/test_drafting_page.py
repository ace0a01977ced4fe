"""标准起草 page: the new-draft dialog, opening the editor, crash recovery at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks

CODE = "91110000600037341L"


def open_page(qtbot, window: MainWindow):
    window.show_page(window.drafting_page)
    page = window.drafting_page
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    return page


def test_a_new_draft_from_a_template_opens_in_the_editor(
    qtbot, window: MainWindow, on_modal, type_text
) -> None:
    add_enterprise(window.ctx, EnterpriseInput(name="江西示例米业有限公司", uscc=CODE, code="JXSL"))
    page = open_page(qtbot, window)
    seen: dict[str, str] = {}

    def fill(dialog) -> None:
        template = dialog.findChild(QComboBox, "template")
        template.setCurrentIndex(template.findText("米粉（干米粉/米线）"))
        number = dialog.findChild(QLineEdit, "number")
        qtbot.waitUntil(lambda: number.text().startswith("Q/JXSL 0001—"), timeout=10_000)
        product = dialog.findChild(QLineEdit, "product")
        product.clear()
        type_text(product, "干米粉")
        number.clear()
        type_text(number, "Q/JXSL 12-2026")  # typed loosely; stored in the printed form
        seen["status"] = dialog.findChild(QLabel, "numberStatus").text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["enabled"] = str(ok.isEnabled())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_modal(fill)
    with qtbot.waitSignal(page.editor_opened, timeout=20_000) as opened:
        qtbot.mouseClick(page.findChild(QPushButton, "newDraftButton"), Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    assert seen == {"status": "", "enabled": "True"}
    assert editor.document.cover.number == "Q/JXSL 12—2026"
    assert editor.document.cover.title == "干米粉"
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.table.item(0, 0).text() == "Q/JXSL 12—2026"
    assert page.table.item(0, 2).text() == "草稿"
    editor.close()


def test_a_malformed_number_keeps_the_dialog_from_accepting(
    qtbot, window: MainWindow, on_modal, type_text
) -> None:
    add_enterprise(window.ctx, EnterpriseInput(name="江西示例米业有限公司", uscc=CODE, code="JXSL"))
    page = open_page(qtbot, window)
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        number = dialog.findChild(QLineEdit, "number")
        qtbot.waitUntil(lambda: bool(number.text()), timeout=10_000)
        number.clear()
        type_text(number, "GB/T 20001.10-2014")
        seen["status"] = dialog.findChild(QLabel, "numberStatus").text()
        seen["enabled"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    on_modal(fill)
    qtbot.mouseClick(page.findChild(QPushButton, "newDraftButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "status" in seen, timeout=10_000)
    assert seen["enabled"] is False and "Q/" in str(seen["status"])


def test_unsaved_work_of_a_crashed_editor_is_offered_back(qtbot, ctx, on_modal) -> None:
    from jxdeclare.ui.i18n import install_language

    owner = add_enterprise(ctx, EnterpriseInput(name="江西示例米业", uscc=CODE, code="JXSL"))
    doc = example_document()
    info = drafts.store_new(ctx, owner.id, doc)
    doc.chapters[0].title = "崩溃前的修改"
    drafts.autosave(ctx, info.id, info.row_version, doc)  # then the app died

    install_language("zh_CN")
    questions: list[str] = []

    def accept(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(accept)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.enterprise_page  # builds the pages now rather than at first paint  # noqa: B018
    with qtbot.waitSignal(win.drafting_page.editor_opened, timeout=20_000) as opened:
        win.show()
    assert "没有正常关闭" in questions[0] and "Q/JXSL 0002—2026" in questions[0]
    editor = opened.args[0]
    assert editor.document.chapters[0].title == "崩溃前的修改"
    # The recovered work is unsaved: closing asks, and 保存 makes it the working copy.
    on_modal(lambda box: box.findChild(QPushButton, "save").click())
    editor.close()
    qtbot.waitUntil(lambda: not win.drafting_page.editors, timeout=10_000)  # closed, deleted
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    assert drafts.pending_recoveries(ctx) == []
    assert drafts.open_draft(ctx, info.id).document.chapters[0].title == "崩溃前的修改"
