"""提交 from the window while another submit runs on the same database (another window or a
colleague's computer): a message says so, and nothing is marked 提交中."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QTableWidget

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.samples import seed_queued
from jxdeclare.store.locks import database_lock
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks


def test_a_submit_beside_another_is_refused_with_a_message(qtbot, window: MainWindow) -> None:
    seed_queued(window.ctx, 2)
    window.navigation.setCurrentRow(window.pages.indexOf(window.declaration_page))
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    page = window.declaration_page
    qtbot.waitUntil(lambda: page.findChild(QTableWidget, "declarationTable").rowCount() == 2)
    qtbot.mouseClick(page.findChild(QPushButton, "submitDeclarationButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: (w := QApplication.activeModalWidget()) is not None
                    and w.objectName() == "submitDialog", timeout=10_000)  # fmt: skip
    dialog = QApplication.activeModalWidget()
    url = dialog.findChild(QLineEdit, "portalUrl")
    url.setText("http://127.0.0.1:9")  # never reached: the lock is asked for first

    said: list[str] = []

    def answer_the_message() -> None:  # the box runs its own loop: answer it from a timer
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_the_message)
            return
        said.append(box.text())
        box.accept()

    with database_lock(window.ctx.engine, "submit"):  # the other submit, mid-run
        QTimer.singleShot(0, answer_the_message)
        qtbot.mouseClick(dialog.findChild(QPushButton, "startSubmitButton"),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "另一次提交" in said[0] and "请等它结束后再提交" in said[0]
    assert "@" in said[0]  # who started it
    dialog.reject()
    states = {info.state for info in declarations.list_declarations(window.ctx)}
    assert states == {S.QUEUED}
