"""File and edit actions: save, publish, export (PDF, Word, .jxstd), undo and redo.

A published standard is never changed in place: the first edit after publishing starts a
revision (drafts.start_revision) automatically, and the status bar says so; the published
versions stay as they were.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from jxdeclare.services.drafts import PUBLISHED, DraftInfo
from jxdeclare.ui.editor.commands import redo_shortcuts
from jxdeclare.ui.editor.saver import document_of
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task

if TYPE_CHECKING:
    from jxdeclare.ui.editor.window import DraftEditor

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "jxstd": ".jxstd"}


class FileActions(QObject):
    def __init__(self, editor: DraftEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._revising = False
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("save", self.tr("保存"), QKeySequence.StandardKey.Save, self.save),
            ("publish", self.tr("发布…"), None, self.publish),
            ("export_pdf", self.tr("导出 PDF…"), None, partial(self.export, "pdf")),
            ("export_docx", self.tr("导出 Word…"), None, partial(self.export, "docx")),
            ("export_jxstd", self.tr("导出 .jxstd…"), None, partial(self.export, "jxstd")),
            ("close", self.tr("关闭"), QKeySequence.StandardKey.Close, editor.close),
        ):
            action = QAction(text, editor, objectName=name)
            if keys is not None:
                action.setShortcut(keys)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.actions[name] = action
        self.undo = editor.undo_stack.createUndoAction(editor, self.tr("撤销"))
        self.redo = editor.undo_stack.createRedoAction(editor, self.tr("重做"))
        self.undo.setObjectName("undo")
        self.redo.setObjectName("redo")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo.setShortcuts(redo_shortcuts())  # Ctrl+Y as well as Ctrl+Shift+Z
        self._place()

    def _place(self) -> None:
        editor, a = self.editor, self.actions
        file_menu = editor.menuBar().addMenu(self.tr("文件"))
        file_menu.addActions([a["save"], a["publish"]])
        file_menu.addSeparator()
        file_menu.addActions([a["export_pdf"], a["export_docx"], a["export_jxstd"]])
        file_menu.addSeparator()
        file_menu.addAction(a["close"])
        edit_menu = editor.menuBar().addMenu(self.tr("编辑"))
        edit_menu.addActions([self.undo, self.redo])
        bar = QToolBar(self.tr("文件"), editor, objectName="fileToolbar")
        bar.addActions([a["save"], self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([a["publish"], a["export_pdf"], a["export_docx"], a["export_jxstd"]])
        editor.addToolBar(bar)
        self.toolbar = bar

    def save(self) -> None:
        editor = self.editor
        if self._refuse_after_conflict():
            return
        index = editor.undo_stack.index()

        def done(_info: DraftInfo) -> None:
            editor.mark_saved(index)
            editor.save_state.setText(self.tr("已保存"))
            editor.saved.emit()

        editor.saver.save(done)

    def _refuse_after_conflict(self) -> bool:
        if not self.editor.saver.stopped:
            return False
        QMessageBox.warning(
            self.editor,
            self.tr("无法保存"),
            self.tr(
                "该标准已在别处被修改，本窗口不能再保存到数据库。"
                "请用“导出 .jxstd…”保存本窗口的内容，重新打开标准后再把修改补上。"
            ),
        )
        return True

    def publish(self) -> None:
        editor = self.editor
        if self._refuse_after_conflict():
            return
        answer = QMessageBox.question(
            editor,
            self.tr("发布标准"),
            self.tr(
                "发布后，当前内容成为正式版本，不再改变；以后的修改将作为新的修订稿。确定发布吗？"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save()

        def done(_info: DraftInfo) -> None:
            self._revising = False
            editor.save_state.setText(self.tr("已发布"))
            editor.saved.emit()

        editor.saver.publish(done)

    def revise_if_published(self) -> None:
        """The first edit of a published standard starts its revision."""
        editor = self.editor
        if editor.info.status != PUBLISHED or self._revising:
            return
        self._revising = True
        editor.statusBar().showMessage(
            self.tr("该标准已发布：修改将保存为新的修订稿，已发布的版本保持不变。"), 10000
        )
        editor.saver.start_revision(lambda _info: editor.saved.emit())  # its status changed

    def export(self, kind: str) -> None:
        editor = self.editor
        cover = editor.document.cover
        suggested = re.sub(r'[\\/:*?"<>|]', "_", f"{cover.number} {cover.title}".strip())
        filters = {
            "pdf": self.tr("PDF 文件 (*.pdf)"),
            "docx": self.tr("Word 文档 (*.docx)"),
            "jxstd": self.tr("标准草稿文件 (*.jxstd)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            editor, self.tr("导出"), suggested + EXTENSIONS[kind], filters[kind]
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != EXTENSIONS[kind]:
            path = path.with_name(path.name + EXTENSIONS[kind])
        snapshot = editor.snapshot()
        final = editor.info.status == PUBLISHED and editor.undo_stack.isClean()
        unsigned = editor.unsigned_pack

        def work(_progress: Any, _cancel: Any) -> Path:
            document = document_of(snapshot)
            if kind == "jxstd":
                from jxdeclare.domain.document import jxstd

                jxstd.save(document, path)
            else:
                from jxdeclare.services.drafting import render

                pdf, docx = (path, None) if kind == "pdf" else (None, path)
                render(document, pdf=pdf, docx=docx, final=final, unsigned_pack=unsigned)
            return path

        run_task(
            work,
            lambda done: editor.statusBar().showMessage(
                self.tr("已导出：%1").replace("%1", str(done)), 10000
            ),
            partial(show_error, editor),
            editor,
            self.tr("正在导出…"),
        )
