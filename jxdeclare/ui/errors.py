"""Showing errors to a person: expected ones plainly, unexpected ones with details to send us."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jxdeclare.services.errors import explain
from jxdeclare.ui.severity import lang

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if (message := explain(error, lang())) is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("ErrorDialogs", "无法完成"), message)
        return
    details = getattr(error, "__traceback_text__", repr(error))
    log.error("unexpected error: %s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorDialogs", "意外错误"),
        f"{type(error).__name__}: {error}",
        parent=parent,
    )
    box.setDetailedText(details)
    box.exec()
