"""前言: draft the "主要技术变化" list from the difference with the last published version."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from jxdeclare.domain.document.model import Document
from jxdeclare.drafting.changes import change_list
from jxdeclare.services import drafts
from jxdeclare.ui.editor.structure import COVER
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task

if TYPE_CHECKING:
    from jxdeclare.ui.editor.window import DraftEditor


def draft_change_list(editor: DraftEditor) -> None:
    """Read the published versions in the background, then propose the list as one undo step."""
    ctx, draft_id = editor.ctx, editor.info.id
    run_task(
        lambda _p, _c: drafts.versions(ctx, draft_id),
        partial(_apply, editor),
        partial(show_error, editor),
        editor,
    )


def _apply(editor: DraftEditor, versions: list[tuple[int, datetime, Document]]) -> None:
    if not versions:
        editor.statusBar().showMessage(
            QCoreApplication.translate("ChangeList", "还没有已发布的版本可以比较。"), 8000
        )
        return
    revision, _at, previous = versions[-1]
    lines = change_list(previous, editor.document)
    if not lines:
        message = QCoreApplication.translate(
            "ChangeList", "与第 %1 版相比，指标和章条标题没有变化。"
        ).replace("%1", str(revision))
        editor.statusBar().showMessage(message, 8000)
        return
    foreword = editor.document.foreword
    editor.change(
        QCoreApplication.translate("ChangeList", "起草主要技术变化"),
        lambda: setattr(foreword, "changes", lines),
        select=COVER,
    )
    editor.statusBar().showMessage(
        QCoreApplication.translate("ChangeList", "已根据第 %1 版列出 %2 条变化，请检查并补充。")
        .replace("%1", str(revision))
        .replace("%2", str(len(lines))),
        8000,
    )
