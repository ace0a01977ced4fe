"""Writing the draft to the database in the background, one call at a time.

Every call hands in the ``row_version`` the previous one returned, so calls run strictly in
order through a small queue. The document travels to the worker as its JSON snapshot (an
immutable string); the worker turns it back into a Document, so the live one is never shared.
Autosave runs after two seconds without edits.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import Document
from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.drafts import DraftInfo
from jxdeclare.services.errors import ConflictError
from jxdeclare.ui.tasks import run_task

AUTOSAVE_MS = 2000
Call = Callable[[AppContext, int, int, Document | None], DraftInfo]


def document_of(snapshot: str) -> Document:
    return jxstd.from_dict(Document, json.loads(snapshot), "document")


def _with_document(service: Callable[[AppContext, int, int, Document], DraftInfo]) -> Call:
    def call(ctx: AppContext, draft_id: int, version: int, document: Document | None) -> DraftInfo:
        assert document is not None
        return service(ctx, draft_id, version, document)

    return call


@dataclass
class Job:
    call: Call
    snapshot: str | None  # the document to write, taken when the job was asked for
    on_done: Callable[[DraftInfo], None]


class DraftSaver(QObject):
    status = Signal(str)  # for the status bar
    idle = Signal()  # the queue ran empty (a deferred close may proceed)
    failed = Signal(object)  # the error; the queue is dropped

    def __init__(
        self, ctx: AppContext, info: DraftInfo, snapshot: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self.info, self.snapshot = ctx, info, snapshot
        self.owner = parent
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.stopped = False  # after a conflict nothing more is written
        self._queue: deque[Job] = deque()
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def touch(self) -> None:
        """An edit happened: autosave once editing pauses."""
        if not self.stopped:
            self.timer.start()

    def autosave(self) -> None:
        stamp = self.tr("已自动保存 %1")

        def done(_info: DraftInfo) -> None:
            self.status.emit(stamp.replace("%1", _now()))

        self._add(_with_document(drafts.autosave), self.snapshot(), done)

    def save(self, on_done: Callable[[DraftInfo], None]) -> None:
        self.timer.stop()
        self._add(_with_document(drafts.save), self.snapshot(), on_done)

    def publish(self, on_done: Callable[[DraftInfo], None]) -> None:
        self._add(lambda c, i, v, _d: drafts.publish(c, i, v), None, on_done)

    def start_revision(self, on_done: Callable[[DraftInfo], None]) -> None:
        self._add(lambda c, i, v, _d: drafts.start_revision(c, i, v), None, on_done)

    def discard(self, on_done: Callable[[DraftInfo], None]) -> None:
        """Drop the autosave (the user chose 不保存)."""
        self.timer.stop()
        enterprise_id = self.info.enterprise_id

        def call(ctx: AppContext, draft_id: int, _v: int, _d: Document | None) -> DraftInfo:
            drafts.discard_autosave(ctx, draft_id)  # returns nothing: read the new row_version
            return next(d for d in drafts.list_drafts(ctx, enterprise_id) if d.id == draft_id)

        self._add(call, None, on_done)

    def _add(self, call: Call, snapshot: str | None, on_done: Callable[[DraftInfo], None]) -> None:
        if self.stopped:
            return
        self._queue.append(Job(call, snapshot, on_done))
        self._next()

    def _next(self) -> None:
        if self._running:
            return
        if not self._queue:
            self.idle.emit()
            return
        job = self._queue.popleft()
        self._running = True
        ctx, draft_id, version = self.ctx, self.info.id, self.info.row_version

        def work(_progress: Any, _cancel: Any) -> DraftInfo:
            document = document_of(job.snapshot) if job.snapshot is not None else None
            return job.call(ctx, draft_id, version, document)

        run_task(work, lambda info: self._succeeded(job, info), self._failed, self.owner)

    def _succeeded(self, job: Job, info: DraftInfo) -> None:
        self._running = False
        self.info = info
        job.on_done(info)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._queue.clear()
        if isinstance(error, ConflictError):
            self.stopped = True
            self.timer.stop()
            self.status.emit(self.tr("未保存：该标准已在别处被修改"))
        self.failed.emit(error)


def _now() -> str:
    return datetime.now().strftime("%H:%M:%S")
