"""Closing the editor without losing work: ask about unsaved edits, wait for pending writes.

The window closes only once the database calls it started have finished: 保存 saves first,
不保存 removes the autosave (so no recovery is offered at the next start) and then closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from jxdeclare.ui.errors import show_error

if TYPE_CHECKING:
    from jxdeclare.ui.editor.window import DraftEditor


class CloseGuard(QObject):
    def __init__(self, editor: DraftEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._allowed = False
        self._pending = False
        editor.saver.idle.connect(self._idle)
        editor.saver.failed.connect(self._failed)

    def may_close(self, event: QCloseEvent) -> bool:
        """Whether the close goes ahead now; otherwise it is refused or deferred."""
        if self._allowed:
            return True
        event.ignore()
        if self._pending:
            return False
        editor, saver = self.editor, self.editor.saver
        modified = editor.is_modified()
        if saver.stopped:  # after a conflict nothing can be written any more
            if not modified or self._ask_lose():
                self._close_now()
            return False
        if modified:
            answer = self._ask_save()
            if answer == "save":
                self._after(editor.file_actions.save)
            elif answer == "discard":
                self._after(lambda: saver.discard(lambda _info: None))
        elif saver.info.has_autosave:  # nothing unsaved, but an autosave would look like a crash
            self._after(lambda: saver.discard(lambda _info: None))
        elif saver.busy:
            self._after(lambda: None)
        else:
            self._close_now()
        return False

    def _ask_save(self) -> str:
        editor = self.editor
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("关闭标准编辑"),
            self.tr("“%1”有尚未保存的修改。关闭前要保存吗？").replace(
                "%1", editor.document.cover.title
            ),
            parent=editor,
        )
        box.setObjectName("closeQuestion")
        buttons = {
            "save": box.addButton(self.tr("保存"), QMessageBox.ButtonRole.AcceptRole),
            "discard": box.addButton(self.tr("不保存"), QMessageBox.ButtonRole.DestructiveRole),
            "cancel": box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole),
        }
        for name, button in buttons.items():
            button.setObjectName(name)
        box.setDefaultButton(buttons["save"])
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, b in buttons.items() if b is clicked), "cancel")

    def _ask_lose(self) -> bool:
        answer = QMessageBox.warning(
            self.editor,
            self.tr("关闭标准编辑"),
            self.tr(
                "该标准已在别处被修改，本窗口的修改无法保存到数据库。"
                "如需保留，请先用“导出 .jxstd…”另存为文件。仍要关闭吗？"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _after(self, start: Callable[[], None]) -> None:
        self.editor.saver.timer.stop()
        self._pending = True
        start()
        if not self.editor.saver.busy:
            self._idle()

    def _idle(self) -> None:
        if self._pending:
            self._pending = False
            self._close_now()

    def _failed(self, error: BaseException) -> None:
        self._pending = False  # stay open: the user's text is still here
        show_error(self.editor, error)

    def _close_now(self) -> None:
        self._allowed = True
        QTimer.singleShot(0, self.editor.close)
