"""Undo and redo of the 标准体系 tree edits: rename, add and move a branch, move standards.

Every edit is a service call in the background, so a command is pushed only once its first
run has succeeded (a refused edit never lands in the history); undo and redo run the inverse
or the same call again. Redoing an added branch creates a new row with a new id (the database
may even reuse the old one for it), so commands name branches through ``NodeRef``s that the
redo points at the new row. While one call runs, undo and redo wait; when one fails (someone
else changed the data), the history no longer matches the database and is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from jxdeclare.services.context import AppContext
from jxdeclare.services.system import register as system_register
from jxdeclare.services.system import tree as system_tree
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task

UNDO_LIMIT = 100
Work = Callable[[], Any]  # runs in a worker thread
After = Callable[[Any], None]  # runs on the UI thread with the work's result


class NodeRef:
    """A branch as the history knows it; ``id`` follows the branch when a redo re-creates it."""

    __slots__ = ("id",)

    def __init__(self, node_id: int) -> None:
        self.id = node_id


def _id(ref: NodeRef | None) -> int | None:
    return ref.id if ref is not None else None


class _Edit(QUndoCommand):
    """One edit whose first run already happened."""

    def __init__(
        self, history: TreeHistory, text: str, forward: tuple[Work, After | None],
        backward: tuple[Work, After | None],
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.history, self.forward, self.backward = history, forward, backward
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:  # pushed after the edit itself succeeded
            self._done_once = False
            return
        self.history.replay(*self.forward)

    def undo(self) -> None:
        self.history.replay(*self.backward)


class TreeHistory(QObject):
    changed = Signal()  # an edit, undo or redo reached the database: the page reloads

    def __init__(self, ctx: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx, self.owner = ctx, owner
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._refs: dict[int, NodeRef] = {}
        self.busy = False
        self.undo_action = self._action(
            "undoSystemAction", self.tr("撤销"), QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            "redoSystemAction", self.tr("重做"), QKeySequence.StandardKey.Redo
        )
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.stack.indexChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, name: str, text: str, keys: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self.owner, objectName=name)
        action.setShortcut(keys)
        # Only while the page has focus: the editor window and text fields keep their own undo.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.owner.addAction(action)
        return action

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.stack.canUndo() and not self.busy)
        self.redo_action.setEnabled(self.stack.canRedo() and not self.busy)
        self.undo_action.setToolTip(self.tr("撤销") + " " + self.stack.undoText())
        self.redo_action.setToolTip(self.tr("重做") + " " + self.stack.redoText())

    def ref(self, node_id: int) -> NodeRef:
        return self._refs.setdefault(node_id, NodeRef(node_id))

    def ref_or_none(self, node_id: int | None) -> NodeRef | None:
        """None stays None: the top level (parents) or 未归入子体系 (standards)."""
        return None if node_id is None else self.ref(node_id)

    def clear(self) -> None:
        self.stack.clear()
        self._refs.clear()

    def undo(self) -> None:
        if not self.busy and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if not self.busy and self.stack.canRedo():
            self.stack.redo()

    # -- running -----------------------------------------------------------------------------

    def _run(self, work: Work, done: After, replay: bool) -> None:
        self._set_busy(True)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            done(result)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if replay:
                self.clear()
            show_error(self.owner, error)
            self.changed.emit()

        run_task(lambda _p, _c: work(), succeeded, failed, self.owner)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_actions()

    def replay(self, work: Work, after: After | None = None) -> None:
        self._run(work, after or (lambda _r: None), replay=True)

    def _push(
        self, text: str, forward: Work | tuple[Work, After], backward: Work | tuple[Work, After]
    ) -> None:
        def pair(step: Work | tuple[Work, After]) -> tuple[Work, After | None]:
            return step if isinstance(step, tuple) else (step, None)

        self.stack.push(_Edit(self, text, pair(forward), pair(backward)))

    # -- edits -------------------------------------------------------------------------------

    def rename(self, node_id: int, title: str) -> None:
        ctx = self.ctx

        def done(old: str) -> None:
            node = self.ref(node_id)
            self._push(
                self.tr("重命名分支“%1”").replace("%1", old),
                lambda: system_tree.rename_node(ctx, node.id, title),
                lambda: system_tree.rename_node(ctx, node.id, old),
            )

        self._run(lambda: system_tree.rename_node(ctx, node_id, title), done, replay=False)

    def add_branch(self, enterprise_id: int, parent_id: int | None, title: str) -> None:
        ctx = self.ctx

        def done(created: int) -> None:
            node, parent = self.ref(created), self.ref_or_none(parent_id)

            def again() -> int:
                return system_tree.add_node(ctx, enterprise_id, _id(parent), title)

            def renew(new_id: int) -> None:  # the re-created row stands for the branch
                node.id = new_id
                self._refs[new_id] = node

            self._push(
                self.tr("新建分支“%1”").replace("%1", title),
                (again, renew),
                (lambda: system_tree.remove_node(ctx, node.id),
                 lambda _moved: self._refs.pop(node.id, None)),
            )  # fmt: skip

        self._run(
            lambda: system_tree.add_node(ctx, enterprise_id, parent_id, title), done, replay=False
        )

    def move_branch(self, node_id: int, parent_id: int | None, index: int | None) -> None:
        ctx = self.ctx

        def work() -> tuple[int | None, int]:
            before = system_tree.node_place(ctx, node_id)
            system_tree.move_node(ctx, node_id, parent_id, index)
            return before

        def done(before: tuple[int | None, int]) -> None:
            node, parent = self.ref(node_id), self.ref_or_none(parent_id)
            old_parent = self.ref_or_none(before[0])
            self._push(
                self.tr("移动分支"),
                lambda: system_tree.move_node(ctx, node.id, _id(parent), index),
                lambda: system_tree.move_node(ctx, node.id, _id(old_parent), before[1]),
            )

        self._run(work, done, replay=False)

    def move_entries(self, entry_ids: list[int], node_id: int | None) -> None:
        ctx = self.ctx

        def work() -> dict[int, system_register.Place]:
            return system_register.move_entries(ctx, entry_ids, node_id)

        def done(before: dict[int, system_register.Place]) -> None:
            target = self.ref_or_none(node_id)
            origins = {entry: (self.ref_or_none(node), at) for entry, (node, at) in before.items()}

            def back() -> None:  # exactly where they were: their 体系编号 come back too
                system_register.put_back(
                    ctx, {entry: (_id(node), at) for entry, (node, at) in origins.items()}
                )

            def again() -> None:
                system_register.move_entries(ctx, list(origins), _id(target))

            self._push(self.tr("移动 %1 项标准").replace("%1", str(len(before))), again, back)

        self._run(work, done, replay=False)
