"""Outline actions (toolbar, 结构 menu, the tree's context menu): add, move, indent, delete.

A refused operation changes nothing and says why in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from jxdeclare.domain.document.model import Document
from jxdeclare.ui.editor import structure
from jxdeclare.ui.editor.structure import SPECIAL, Refused

if TYPE_CHECKING:
    from jxdeclare.ui.editor.window import DraftEditor

Operation = Callable[[Document, str], str]
REFUSAL_SHOW_MS = 8000


class OutlineActions(QObject):
    def __init__(self, editor: DraftEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.actions: dict[str, QAction] = {}
        for name, text, keys, operation in (
            ("add_sibling", self.tr("新增章/条"), "Ctrl+Return", structure.add_sibling),
            ("add_child", self.tr("新增子条"), "Ctrl+Shift+Return", structure.add_child),
            ("move_up", self.tr("上移"), "Alt+Up", structure.move_up),
            ("move_down", self.tr("下移"), "Alt+Down", structure.move_down),
            ("outdent", self.tr("升级"), "Alt+Left", structure.outdent),
            ("indent", self.tr("降级"), "Alt+Right", structure.indent),
            ("delete", self.tr("删除"), "Del", None),
            ("add_annex", self.tr("新增附录"), "", structure.add_annex),
        ):
            action = QAction(text, editor, objectName=name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            if operation is None:
                action.triggered.connect(self.delete)
            else:
                action.triggered.connect(lambda _=False, op=operation, t=text: self.run(op, t))
            self.actions[name] = action
        # Del deletes a clause only from the outline; in a text field it deletes a character.
        self.actions["delete"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._tips()
        self._place()

    def _tips(self) -> None:
        tips = {
            "add_sibling": self.tr("在选中的章或条之后新增同级的章或条"),
            "add_child": self.tr("在选中的章或条下新增一条"),
            "outdent": self.tr("选中的条升一级，排在原上级之后"),
            "indent": self.tr("选中的条降一级，成为前一条的子条"),
        }
        for name, action in self.actions.items():
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tips.get(name, action.text())
            action.setToolTip(f"{tip}（{shortcut}）" if shortcut else tip)

    def _place(self) -> None:
        editor = self.editor
        bar = QToolBar(self.tr("结构"), editor, objectName="outlineToolbar")
        bar.addActions(list(self.actions.values()))
        editor.addToolBar(bar)
        self.toolbar = bar
        menu = editor.menuBar().addMenu(self.tr("结构"))
        menu.addActions(list(self.actions.values()))
        editor.outline.addActions(list(self.actions.values()))

    def update_enabled(self, element_id: str) -> None:
        special = element_id in SPECIAL
        for name in ("add_child", "move_up", "move_down", "outdent", "indent", "delete"):
            self.actions[name].setEnabled(not special)

    def run(self, operation: Operation, label: str) -> bool:
        editor = self.editor
        before = editor.begin()
        if before is None:
            return False
        try:
            target = operation(editor.document, editor.selection.element)
        except Refused as refused:
            editor.statusBar().showMessage(self.refusal(refused.reason), REFUSAL_SHOW_MS)
            return False
        return editor.commit(label, before, select=target)

    def delete(self) -> None:
        editor = self.editor
        try:
            place = structure.check_delete(editor.document, editor.selection.element)
        except Refused as refused:
            editor.statusBar().showMessage(self.refusal(refused.reason), REFUSAL_SHOW_MS)
            return
        if editor.confirm_delete(place.node, editor.outline.label(place.node.id)):
            self.run(structure.delete, self.tr("删除"))

    def refusal(self, reason: str) -> str:
        return {
            "depth": self.tr("不能再分：条最多分到章以下第五层。"),
            "role_fixed": self.tr(
                "“范围”“规范性引用文件”“术语和定义”固定为第1～3章，不能移动，其他章也不能排到它们之前。"
            ),
            "role_delete": self.tr(
                "“范围”“规范性引用文件”“术语和定义”是必备的章，不能删除（没有内容时自动写明）。"
            ),
            "no_previous": self.tr("前面没有同级的章或条，不能降级。"),
            "top_level": self.tr("章和附录的第一层条不能再升级。"),
            "annex_level": self.tr("附录不能升级或降级。"),
            "edge": self.tr("已经排在最前面或最后面。"),
        }.get(reason, self.tr("请先在左侧选中一个章、条或附录。"))
