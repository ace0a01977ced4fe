"""Settings dialog, built from the declared settings plus the data-directory location."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jxdeclare.paths import save_home
from jxdeclare.services.context import AppContext
from jxdeclare.services.db_credentials import store_password
from jxdeclare.services.errors import ServiceError
from jxdeclare.settings import DECLARED, Setting
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import room_on_screen


def _editor(setting: Setting, value: Any) -> QWidget:
    if setting.choices:
        combo = QComboBox()
        for choice, label in setting.choices:
            combo.addItem(label, choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo
    if setting.type is int:
        spin = QSpinBox()
        spin.setRange(setting.minimum or 0, setting.maximum or 10_000)
        spin.setValue(value)
        return spin
    return QLineEdit(str(value))


def _value(editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    return editor.text().strip()  # type: ignore[attr-defined]


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        english = self.locale().language().name == "English"
        for setting in DECLARED:
            if not setting.label_zh:
                continue  # remembered state, not a user choice
            editor = _editor(setting, ctx.settings.get(setting.key))
            editor.setObjectName(setting.key)
            self.editors[setting.key] = editor
            form.addRow(setting.label_en if english else setting.label_zh, editor)
        self.home = QLineEdit(str(ctx.home), objectName="home")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse_home)
        self.home_row = QHBoxLayout()
        self.home_row.addWidget(self.home)
        self.home_row.addWidget(browse)
        form.addRow(self.tr("数据目录"), self.home_row)
        form.addRow(QLabel(self.tr("数据目录、数据库地址和界面语言在重新启动程序后生效。")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.home.textChanged.connect(self._fit_home)
        self._fit_home(self.home.text())

    def _fit_home(self, text: str) -> None:
        """The whole folder stays readable (a Windows profile path is long), up to a limit and
        never wider than the screen leaves beside the labels and the 浏览… button (the field
        scrolls beyond that): the dialog grows to its size hint as the text changes."""
        self.home.setToolTip(text)  # the whole folder, when the field has to scroll
        needed = self.home.fontMetrics().horizontalAdvance(text) + 16
        self.home.setMinimumWidth(max(240, min(needed, 640)))
        # Both layouts cache their hints until the next event loop pass; the check below
        # must count the new minimum.
        self.home_row.invalidate()
        self.layout().invalidate()
        if (excess := self.sizeHint().width() - room_on_screen(self).width()) > 0:
            self.home.setMinimumWidth(max(240, self.home.minimumWidth() - excess))

    def _browse_home(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择数据目录"), self.home.text())
        if chosen:
            self.home.setText(chosen)

    def accept(self) -> None:
        values = {key: _value(editor) for key, editor in self.editors.items()}
        if values.get("db_url"):
            try:  # the password goes to the OS keyring; a bad address or no keyring: stay open
                values["db_url"] = store_password(values["db_url"])
            except ServiceError as exc:
                show_error(self, exc)
                self.editors["db_url"].setFocus()
                return
        for key, value in values.items():
            self.ctx.settings.set(key, value)
        self.ctx.settings.save()
        chosen = Path(self.home.text().strip()) if self.home.text().strip() else None
        if chosen != self.ctx.home:
            save_home(chosen)
        super().accept()
