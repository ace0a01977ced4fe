"""Main window: navigation, language, settings, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from jxdeclare.services.context import AppContext
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.main_window import MainWindow

SECTIONS_ZH = ["工作台", "企业", "标准体系", "标准起草", "合规检查", "自我声明", "标准库"]
SECTIONS_EN = [
    "Workbench",
    "Enterprises",
    "Standard system",
    "Drafting",
    "Compliance check",
    "Self-declaration",
    "Standards library",
]


def settings_action(window: MainWindow):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == "设置…")


def nav_texts(window: MainWindow) -> list[str]:
    nav = window.findChild(QListWidget, "navigation")
    return [nav.item(i).text() for i in range(nav.count())]


def test_navigation_lists_every_section_in_chinese(window: MainWindow) -> None:
    assert nav_texts(window) == SECTIONS_ZH
    assert window.windowTitle() == "江西企业标准化助手"


def test_english_interface(qtbot, ctx: AppContext) -> None:
    assert install_language("en")
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        assert nav_texts(win) == SECTIONS_EN
        assert win.windowTitle() == "Jiangxi Enterprise Standardization Assistant"
        header = win.enterprise_page.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Enterprise name"
    finally:
        install_language("zh_CN")


def test_window_size_is_remembered(qtbot, window: MainWindow, ctx: AppContext) -> None:
    window.resize(720, 520)
    window.close()
    again = MainWindow(AppContext(ctx.home))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)


def test_settings_dialog_saves_typed_values(type_text, qtbot, window: MainWindow, on_modal) -> None:
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QSpinBox

    def change(dialog) -> None:
        spin = dialog.findChild(QSpinBox, "review_period_years")
        spin.selectAll()
        type_text(spin, "5")
        dialog.findChild(QComboBox, "language").setCurrentIndex(1)
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    on_modal(change)
    settings_action(window).trigger()  # what a click on 文件 > 设置… does
    saved = AppContext(window.ctx.home).settings
    assert saved.get("review_period_years") == 5
    assert saved.get("language") == "en"


def test_status_bar_shows_the_count_and_where_the_data_is(qtbot, ctx: AppContext) -> None:
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

    add_enterprise(ctx, EnterpriseInput(name="甲公司", uscc="91110000600037341L"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    assert win.statusBar().currentMessage() == "共 1 家企业"
    labels = [label.text() for label in win.statusBar().findChildren(QLabel)]
    assert any("jxdeclare.sqlite3" in text for text in labels)


def test_settings_dialog_keeps_the_database_password_out_of_the_file(
    type_text, qtbot, window: MainWindow, on_modal
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    def enter_url(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "db_url"), "postgresql://qa:pa55@127.0.0.1/jx")
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    on_modal(enter_url)
    settings_action(window).trigger()  # what a click on 文件 > 设置… does
    text = (window.ctx.home / "settings.json").read_text("utf-8")
    assert "postgresql://qa@127.0.0.1/jx" in text and "pa55" not in text
    assert AppContext(window.ctx.home).db_url == "postgresql://qa:pa55@127.0.0.1/jx"


def test_without_a_keyring_the_password_is_refused_and_the_settings_stay(
    type_text, qtbot, window: MainWindow, on_modal, monkeypatch
) -> None:
    """No usable keyring (a locked-down PC): say so, keep the dialog and the file as they were."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    before = (window.ctx.home / "settings.json").read_bytes() if (
        window.ctx.home / "settings.json").exists() else b""  # fmt: skip
    told: list[str] = []
    still_open: list[bool] = []

    def answer_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_box)
            return
        told.append(box.text())
        box.accept()

    def enter_url(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "db_url"), "postgresql://qa:pa55@127.0.0.1/jx")
        QTimer.singleShot(0, answer_box)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        still_open.append(dialog.isVisible())
        dialog.reject()

    on_modal(enter_url)
    settings_action(window).trigger()
    assert still_open == [True]
    assert told and "密钥库" in told[0] and "PGPASSFILE" in told[0] and "pa55" not in told[0]
    after = (window.ctx.home / "settings.json").read_bytes() if (
        window.ctx.home / "settings.json").exists() else b""  # fmt: skip
    assert after == before


def test_an_unexpected_error_is_logged_and_shown_with_details(
    window: MainWindow, monkeypatch, caplog
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from jxdeclare.ui.app import install_excepthook

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(window)
    try:
        raise KeyError("程序缺陷")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert "程序缺陷" in shown[0].text()
    assert "Traceback" in shown[0].detailedText()
    assert "程序缺陷" in caplog.text


def test_qt_own_words_follow_the_interface_language(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["确定", "取消"])
