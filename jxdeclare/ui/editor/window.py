"""The standard editor: outline, form of the selected element, live preview; undo and autosave.

Every edit goes through :meth:`DraftEditor.change` (or ``begin``/``commit`` for the outline),
which pushes one snapshot command; undo and redo rebuild the views from the restored snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import Document
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.services.context import AppContext
from jxdeclare.services.drafts import DraftInfo, OpenedDraft
from jxdeclare.ui.editor.clause_form import build_form
from jxdeclare.ui.editor.closing import CloseGuard
from jxdeclare.ui.editor.commands import Selection, SnapshotCommand, UndoKeysToWindow
from jxdeclare.ui.editor.fields import LimitLookup
from jxdeclare.ui.editor.file_actions import FileActions
from jxdeclare.ui.editor.outline import Outline
from jxdeclare.ui.editor.outline_actions import OutlineActions
from jxdeclare.ui.editor.preview import Preview
from jxdeclare.ui.editor.saver import DraftSaver, document_of
from jxdeclare.ui.editor.structure import COVER, links_into
from jxdeclare.ui.screen_fit import remember_size, restore_size

__all__ = ["DraftEditor", "LimitLookup"]
Before = tuple[str, Selection]
UNDO_LIMIT = 300  # steps; each holds one JSON snapshot (typing in one field is a single step)


def dump(document: Document) -> str:
    return json.dumps(jxstd.to_dict(document), ensure_ascii=False, separators=(",", ":"))


class DraftEditor(QMainWindow):
    saved = Signal()  # after a successful save or publish (or a revision started): lists refresh
    changed = Signal()  # after every edit, undo and redo (forms refresh their labels)

    def __init__(
        self,
        ctx: AppContext,
        opened: OpenedDraft,
        limits: LimitLookup | None = None,
        parent: QWidget | None = None,
        unsigned_pack: bool = False,
        checker: Callable[[Document], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.limits, self.unsigned_pack = ctx, limits, unsigned_pack
        self.document = opened.document
        self._snapshot = dump(self.document)
        self._numbering: Numbering | None = None
        self._restoring = False
        first = next((c.id for c in self.document.chapters), COVER)
        self.selection = Selection(first)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_keys = UndoKeysToWindow(self)
        self.saver = DraftSaver(ctx, opened.info, lambda: self._snapshot, self)
        self.outline = Outline()
        self.form_area = QScrollArea(objectName="formArea")
        self.form_area.setWidgetResizable(True)
        self.preview = Preview()
        self.save_state = QLabel(objectName="saveState")
        self._layout()
        self.file_actions = FileActions(self)
        self.outline_actions = OutlineActions(self)
        self.closing = CloseGuard(self)
        self.outline.selected.connect(self.select_element)
        # An autosave present at opening holds work not saved yet (a recovery): unsaved until saved.
        self._unsaved_at_open = opened.info.has_autosave
        self.undo_stack.cleanChanged.connect(self._show_modified)
        self.saver.status.connect(self.save_state.setText)
        self._refresh(rebuild_form=True)
        self._show_modified()
        if self._unsaved_at_open:
            self.save_state.setText(self.tr("含上次未保存的修改，请检查后保存"))
        self.findings = None
        if checker is not None:  # the findings dock; absent when no data pack could be loaded
            from jxdeclare.ui.editor.findings_panel import FindingsPanel

            self.findings = FindingsPanel(self, checker)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings)
            self.resizeDocks([self.findings], [170], Qt.Orientation.Vertical)
            from jxdeclare.ui.benchmarks.dock import BenchmarkDock  # 对标, a tab beside it

            self.benchmarks = BenchmarkDock(self, checker)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.benchmarks)
            self.tabifyDockWidget(self.findings, self.benchmarks)
            self.findings.raise_()
        restore_size(self, ctx.settings, "editor_geometry", 1280, 800)

    def _layout(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal, objectName="editorSplit")
        split.addWidget(self.outline)
        split.addWidget(self.form_area)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([250, 560, 470])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.statusBar().addPermanentWidget(self.save_state)
        if self.unsigned_pack:  # every limit shown here came from a pack nobody vouched for
            mark = QLabel(self.tr("强制限量来自未签名数据包"), objectName="unsignedPack")
            mark.setStyleSheet("color: #9c5700; font-weight: bold")
            self.statusBar().addPermanentWidget(mark)

    def is_modified(self) -> bool:
        return self._unsaved_at_open or not self.undo_stack.isClean()

    def _show_modified(self, *_: object) -> None:
        self.setWindowModified(self.is_modified())

    def mark_saved(self, index: int) -> None:
        """A save of the state at undo ``index`` succeeded."""
        if self.undo_stack.index() == index:  # nothing was typed while it was saving
            self.undo_stack.setClean()
        self._unsaved_at_open = False
        self._show_modified()

    @property
    def info(self) -> DraftInfo:
        return self.saver.info

    def snapshot(self) -> str:
        """The document as JSON: immutable, safe to hand to a background task."""
        return self._snapshot

    def draft_change_list(self) -> None:
        """前言: list the main changes against the last published version (one undo step)."""
        from jxdeclare.ui.editor.change_list import draft_change_list

        draft_change_list(self)

    def numbering(self) -> Numbering:
        if self._numbering is None:
            self._numbering = Numbering(self.document)
        return self._numbering

    # -- edits -------------------------------------------------------------------------------

    def change(
        self,
        label: str,
        mutate: Callable[[], Any],
        key: str = "",
        select: str = "",
        block: str | None = None,
    ) -> bool:
        before = self.begin()
        if before is None:
            return False
        mutate()
        return self.commit(label, before, key, select, block)

    def begin(self) -> Before | None:
        """The state before an edit, or None while undo/redo is rebuilding the views."""
        return None if self._restoring else (self._snapshot, self.selection)

    def commit(
        self, label: str, before: Before, key: str = "", select: str = "", block: str | None = None
    ) -> bool:
        after = dump(self.document)
        if after == before[0]:
            return False
        self._snapshot, self._numbering = after, None
        element = select or self.selection.element
        self.selection = Selection(element, self.selection.block if block is None else block)
        command = SnapshotCommand(label, self._restore, before, (after, self.selection), key)
        self.undo_stack.push(command)
        self._refresh(rebuild_form=bool(select))
        self._edited()
        return True

    def _restore(self, snapshot: str, selection: Selection) -> None:
        focused = self._focused_field()
        self._restoring = True
        try:
            self.document = document_of(snapshot)
            self._snapshot, self._numbering, self.selection = snapshot, None, selection
            self._refresh(rebuild_form=True)
        finally:
            self._restoring = False
        self._edited()
        if focused and (field := self.form_area.widget().findChild(QWidget, focused)):
            field.setFocus()

    def _focused_field(self) -> str:
        widget = QApplication.focusWidget()
        inside = widget is not None and self.form_area.isAncestorOf(widget)
        return widget.objectName() if inside else ""

    def _edited(self) -> None:
        """After every edit, undo and redo (merged typing included): autosave once idle."""
        self.saver.touch()
        self.file_actions.revise_if_published()

    # -- views -------------------------------------------------------------------------------

    def _refresh(self, rebuild_form: bool) -> None:
        self.outline.sync(self.document, self.numbering(), self.selection.element)
        if self.outline.current_id() != self.selection.element:  # it was deleted
            self.selection = Selection(self.outline.current_id())
        if rebuild_form:
            self._show_form()
        self.preview.show_element(self.document, self.selection.element)
        self.outline_actions.update_enabled(self.selection.element)
        cover = self.document.cover
        title = self.tr("%1 %2[*] — 标准编辑").replace("%1", cover.number)
        self.setWindowTitle(title.replace("%2", cover.title))
        self.changed.emit()

    def _show_form(self) -> None:
        old = self.form_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.form_area.setWidget(build_form(self, self.selection.element, self.selection.block))

    def reveal(self, element_id: str) -> None:
        """Show an element as if the user had picked it in the outline (findings jump here)."""
        self.outline.sync(self.document, self.numbering(), element_id)
        self.select_element(self.outline.current_id())

    def select_element(self, element_id: str) -> None:
        """The user picked an outline entry."""
        self.selection = Selection(element_id)
        self._show_form()
        self.preview.show_element(self.document, element_id)
        self.outline_actions.update_enabled(element_id)

    def select_block(self, block_id: str) -> None:
        self.selection = Selection(self.selection.element, block_id)

    def confirm_delete(self, element: Any, name: str) -> bool:
        """Asks first; names how many cross-references the deletion would break."""
        text = self.tr("确定删除“%1”吗？").replace("%1", name)
        if links := links_into(self.document, element):
            broken = self.tr("有 %1 处引用指向它，删除后这些引用将失效，需要重新指定。")
            text += "\n\n" + broken.replace("%1", str(links))
        answer = QMessageBox.warning(
            self,
            self.tr("删除"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing.may_close(event):
            remember_size(self, self.ctx.settings, "editor_geometry")
            super().closeEvent(event)
