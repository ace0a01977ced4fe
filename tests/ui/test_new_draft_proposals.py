"""新建企业标准 proposes what fits: the template the enterprise's products point at (else the
last one chosen), and an implementation date after the publication date by the usual gap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QLabel, QLineEdit, QWidget

from jxdeclare.services.catalog import active_catalogue
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks

CODE = "91110000600037341L"


def open_wizard(qtbot, window: MainWindow, on_modal, act) -> None:
    """Open the wizard from the 标准起草 page's 新建… button and run ``act`` on it."""
    (item,) = window.navigation.findItems("标准起草", Qt.MatchFlag.MatchExactly)
    window.navigation.setCurrentItem(item)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    done: list[bool] = []

    def run(dialog: QWidget) -> None:
        act(dialog)
        done.append(True)

    on_modal(run)
    qtbot.mouseClick(
        window.drafting_page.findChild(QWidget, "newDraftButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)


def test_a_tea_company_gets_a_tea_template_and_a_later_implementation_date(
    qtbot, window: MainWindow, on_modal
) -> None:
    add_enterprise(window.ctx, EnterpriseInput(name="婺源县某某茶业有限公司", uscc=CODE, code="WY"))
    gap = active_catalogue(window.ctx).usual_gap()
    assert gap is not None and gap.days > 0
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        number = dialog.findChild(QLineEdit, "number")
        qtbot.waitUntil(lambda: number.text().startswith("Q/WY 0001—"), timeout=10_000)
        seen["template"] = dialog.findChild(QComboBox, "template").currentText()
        seen["reason"] = dialog.findChild(QLabel, "templateReason").text()
        publish, implement = (dialog.findChild(QDateEdit, n) for n in ("publish", "implement"))
        seen["days"] = publish.date().daysTo(implement.date())
        seen["note"] = dialog.findChild(QLabel, "gapNote").text()
        publish.setDate(publish.date().addDays(10))  # the implementation date follows
        seen["days after"] = publish.date().daysTo(implement.date())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.isEnabled()
        dialog.reject()

    open_wizard(qtbot, window, on_modal, look)
    assert seen["template"] in ("绿茶", "红茶"), seen
    assert "推荐" in str(seen["reason"])
    assert seen["days"] == seen["days after"] == gap.days
    assert f"{gap.days} 天" in str(seen["note"]) and seen["ok"]


def test_without_clues_the_last_choice_is_proposed_and_a_choice_is_remembered(
    qtbot, window: MainWindow, on_modal
) -> None:
    add_enterprise(window.ctx, EnterpriseInput(name="江西某某食品有限公司", uscc=CODE, code="MM"))
    window.ctx.settings.set("last_draft_template", "ceramics")
    seen: dict[str, str] = {}

    def choose(dialog: QWidget) -> None:
        number = dialog.findChild(QLineEdit, "number")
        qtbot.waitUntil(lambda: bool(number.text()), timeout=10_000)
        template = dialog.findChild(QComboBox, "template")
        seen["proposed"] = template.currentText()
        seen["reason"] = dialog.findChild(QLabel, "templateReason").text()
        template.setCurrentIndex(template.findText("豆豉"))  # the user's own choice
        seen["reason after"] = dialog.findChild(QLabel, "templateReason").text()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(window.drafting_page.editor_opened, timeout=30_000) as opened:
        open_wizard(qtbot, window, on_modal, choose)
    editor = opened.args[0]
    assert seen == {"proposed": "日用陶瓷", "reason": "上次选用的模板。", "reason after": ""}
    assert window.ctx.settings.get("last_draft_template") == "fermented-soybean"
    editor.mark_saved(editor.undo_stack.index())
    editor.close()
