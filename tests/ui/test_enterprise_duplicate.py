"""A credit code another enterprise already has: the dialog stays open with everything typed,
the code field is marked and focused, and the reason is said once, in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from jxdeclare.services import enterprises as svc
from jxdeclare.services.errors import DuplicateError, NotFoundError
from jxdeclare.ui.main_window import MainWindow
from tests.ui.test_enterprise_page import BEIJING, ganzhou_code


def test_a_duplicate_code_keeps_the_dialog_open_and_marks_the_code(
    type_text, qtbot, window: MainWindow, on_modal
) -> None:
    svc.add_enterprise(window.ctx, svc.EnterpriseInput(name="江西甲茶业有限公司", uscc=BEIJING))
    page = window.enterprise_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        name, uscc = dialog.findChild(QLineEdit, "name"), dialog.findChild(QLineEdit, "uscc")
        type_text(name, "江西乙茶业有限公司")
        type_text(uscc, BEIJING)
        type_text(dialog.findChild(QLineEdit, "contact"), "王五")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        status = dialog.findChild(QLabel, "usccStatus")
        qtbot.waitUntil(lambda: "已属于企业" in status.text(), timeout=10_000)
        seen["open"] = dialog.isVisible()
        seen["typed"] = (name.text(), uscc.text(), dialog.findChild(QLineEdit, "contact").text())
        seen["status"] = status.text()
        seen["marked"] = "border" in uscc.styleSheet()
        seen["focus"] = QApplication.focusWidget() is uscc
        seen["ok"] = ok.isEnabled()
        uscc.clear()
        type_text(uscc, ganzhou_code())  # a corrected code lifts the mark
        seen["after"] = ("border" in uscc.styleSheet(), ok.isEnabled())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_modal(fill)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.findChild(QPushButton, "addButton"), Qt.MouseButton.LeftButton)
    assert seen["open"] and seen["typed"] == ("江西乙茶业有限公司", BEIJING, "王五")
    assert "江西甲茶业有限公司" in str(seen["status"])
    assert " / " not in str(seen["status"]) and "belongs" not in str(seen["status"])
    assert seen["marked"] and seen["focus"] and not seen["ok"]
    assert seen["after"] == (False, True)
    assert sorted(r.name for r in svc.list_enterprises(window.ctx)) == [
        "江西乙茶业有限公司", "江西甲茶业有限公司"]  # fmt: skip


def test_service_messages_of_the_enterprise_flow_are_chinese_only(ctx) -> None:
    svc.add_enterprise(ctx, svc.EnterpriseInput(name="江西甲茶业有限公司", uscc=BEIJING))
    with pytest.raises(DuplicateError) as taken:
        svc.add_enterprise(ctx, svc.EnterpriseInput(name="乙", uscc=BEIJING))
    assert str(taken.value) == f"统一社会信用代码 {BEIJING} 已属于企业“江西甲茶业有限公司”。"
    assert (taken.value.field, taken.value.owner) == ("uscc", "江西甲茶业有限公司")
    with pytest.raises(NotFoundError) as missing:
        svc.find_enterprise(ctx, "NOPE")
    assert " / " not in str(missing.value)
