"""备案… on the 标准起草 page: record the 公示 dates with the date pickers, see the journal, and
write the filing package in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from jxdeclare.services.filing.records import filing_of
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks
from tests.integration.filing_fixtures import tea_draft


def open_dialog(qtbot, window: MainWindow):
    window.show_page(window.drafting_page)
    page = window.drafting_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.findChild(QPushButton, "filingDraftButton"), Qt.MouseButton.LeftButton)
    dialog = page.filing_dialog
    qtbot.waitUntil(lambda: running_tasks() == 0 and dialog.record is not None, timeout=10_000)
    return dialog


def type_date(qtbot, field: QDateEdit, text: str) -> None:
    """Click into the date field, select what it shows and type the date, as a person does."""
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_the_public_comment_dates_are_recorded_by_clicking_and_typing(
    qtbot, window: MainWindow, type_text
) -> None:
    draft_id = tea_draft(window.ctx)
    dialog = open_dialog(qtbot, window)
    assert "尚未记录" in dialog.findChild(QLabel, "filingState").text()
    assert "以卫生健康委员会答复为准" in dialog.findChild(QLabel, "filingValid").text()
    scope = dialog.findChild(QLabel, "filingScope").text()
    assert scope == "严于食品安全国家标准的指标 1 项：铅(以Pb计)"
    step = dialog.findChild(QComboBox, "filingStep")
    assert [step.itemText(i) for i in range(step.count())] == ["社会公示"]  # nothing else yet
    type_date(qtbot, dialog.findChild(QDateEdit, "publicFrom"), "2026-10-01")
    type_date(qtbot, dialog.findChild(QDateEdit, "publicTo"), "2026-10-30")
    type_text(dialog.findChild(QLineEdit, "filingNote"), "江西省卫健委备案系统公示")
    qtbot.mouseClick(dialog.findChild(QPushButton, "recordStepButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 1, timeout=10_000)

    stored = filing_of(window.ctx, draft_id)
    assert (stored.dates.public_from, stored.dates.public_to) == (date(2026, 10, 1),
                                                                  date(2026, 10, 30))  # fmt: skip
    assert stored.events[0].note == "江西省卫健委备案系统公示"
    assert dialog.findChild(QLabel, "filingPublic").text() == "2026-10-01 — 2026-10-30"
    assert dialog.history.item(0, 2).text() == "社会公示"
    assert dialog.history.item(0, 3).text() == "2026-10-01 至 2026-10-30"
    # after the 公示 the filing number can be recorded (or the dates corrected), not a renewal
    assert [step.itemText(i) for i in range(step.count())] == ["社会公示", "备案", "注销"]


def answer_message_box(said: list[str]) -> None:
    """Accept the next message box once it is open (the dialog under it is modal too)."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, attempt)
            return
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, attempt)


def test_the_package_is_written_in_the_background_into_the_chosen_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    tea_draft(window.ctx)
    dialog = open_dialog(qtbot, window)
    folder = tmp_path / "备案 材料"
    monkeypatch.setattr("jxdeclare.ui.filing.dialog.QFileDialog.getExistingDirectory",
                        lambda *_a, **_k: str(folder))  # fmt: skip
    said: list[str] = []
    answer_message_box(said)
    qtbot.mouseClick(dialog.findChild(QPushButton, "filingPackageButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    assert dialog.package_path is not None and dialog.package_path.parent == folder
    assert (dialog.package_path / "03 编制说明.pdf").is_file()
    assert "已写入" in said[0]


def test_a_public_comment_ending_soon_is_on_the_workbench_and_opens_the_draft(
    qtbot, window: MainWindow
) -> None:
    from datetime import timedelta

    from jxdeclare.services.filing.records import record_public
    from tests.ui.test_home_page import click_line, go_home, group_titles

    draft_id = tea_draft(window.ctx)
    today = date.today()  # the 工作台 judges on the day it is shown
    record_public(window.ctx, draft_id, today - timedelta(days=20), today + timedelta(days=10))
    go_home(qtbot, window)
    assert "办理食品标准备案（1）" in group_titles(window)
    click_line(qtbot, window, "（还有 10 天），之后办理备案")
    assert window.pages.currentWidget() is window.drafting_page
    qtbot.waitUntil(lambda: window.drafting_page.selected() is not None, timeout=20_000)
    assert window.drafting_page.selected().id == draft_id


def test_a_filing_date_inside_the_public_comment_is_refused_with_the_reason(
    qtbot, window: MainWindow, type_text
) -> None:
    from jxdeclare.services.filing.records import record_public

    draft_id = tea_draft(window.ctx)
    record_public(window.ctx, draft_id, date(2026, 10, 1), date(2026, 10, 30))
    dialog = open_dialog(qtbot, window)
    step = dialog.findChild(QComboBox, "filingStep")
    step.setCurrentIndex(step.findText("备案"))
    type_text(dialog.findChild(QLineEdit, "filingNumber"), "赣卫食备 2026-0042")
    type_date(qtbot, dialog.findChild(QDateEdit, "filedOn"), "2026-10-20")
    said: list[str] = []
    answer_message_box(said)
    record = dialog.findChild(QPushButton, "recordStepButton")
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said) and running_tasks() == 0, timeout=10_000)
    assert "社会公示到 2026-10-30 才结束" in said[0]
    assert record.isEnabled()
    stored = filing_of(window.ctx, draft_id)
    assert stored.dates.number == "" and len(stored.events) == 1
