from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from jxdeclare.services.context import AppContext
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks


def _shown_window(qtbot, ctx: AppContext, language: str) -> Iterator[MainWindow]:
    """The main window, shown and ready, in ``language``; the next test gets Chinese again."""
    assert install_language(language)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.ready, timeout=20_000):
            win.show()
        yield win
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    finally:
        install_language("zh_CN")


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:
    yield from _shown_window(qtbot, ctx, "zh_CN")


@pytest.fixture
def english_window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:
    """The main window in the English interface."""
    yield from _shown_window(qtbot, ctx, "en")


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable[[QWidget], None]], None]:
    """Act on the next modal dialog once it is open (exec() blocks the test otherwise)."""

    def schedule(action: Callable[[QWidget], None]) -> None:
        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, attempt)
                return
            action(dialog)

        QTimer.singleShot(0, attempt)

    return schedule


@pytest.fixture
def type_text(qtbot) -> Callable[[QWidget, str], None]:
    """Type like a person: keys for ASCII, an input-method commit for Chinese (as an IME does).

    QTest can only synthesise ASCII key events; Chinese arrives through the input method.
    """
    from PySide6.QtGui import QInputMethodEvent

    def type_into(widget: QWidget, text: str) -> None:
        widget.setFocus()
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
            else:
                event = QInputMethodEvent()
                event.setCommitString(char)
                QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_ui_thread(qapp) -> None:
    """As the app does at start (jxdeclare.ui.collector): never a Qt object freed in a worker."""
    from jxdeclare.ui.collector import collect_on_this_thread

    collect_on_this_thread(qapp)


@pytest.fixture(autouse=True)
def unexpected_error_fails_the_test(qapp) -> Iterator[None]:
    """An unexpected-error box waits for a click (exec): close it and fail, rather than hang."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    waiting: dict[int, int] = {}  # message box → polls it has stayed open

    def close_error_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Critical:
            seen.append(f"{box.text()}\n{box.detailedText()}")
            box.reject()
        elif isinstance(box, QMessageBox):
            # A box the test does not answer would wait for ever: after 10 s it fails the test
            # with its text instead of hanging the run.
            waiting[id(box)] = waiting.get(id(box), 0) + 1
            if waiting[id(box)] > 50:
                seen.append(f"unanswered message box: {box.text()}")
                box.reject()

    timer = QTimer()
    timer.timeout.connect(close_error_box)
    timer.start(200)
    yield
    timer.stop()
    assert not seen, "unexpected error shown:\n" + "\n".join(seen)
