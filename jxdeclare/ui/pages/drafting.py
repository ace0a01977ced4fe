"""标准起草 page: the stored drafts, the new-draft wizard, opening the editor, crash recovery."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.drafts import DraftInfo, OpenedDraft
from jxdeclare.services.enterprises import EnterpriseRecord
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.empty_state import EmptyHint, EmptyOr
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task


class DraftingPage(QWidget):
    loaded = Signal()
    editor_opened = Signal(object)  # the DraftEditor window

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[DraftInfo] = []
        self.editors: dict[int, QWidget] = {}
        self._reveal: int | None = None  # draft to select once the list holds it (工作台)
        headers = [self.tr("编号"), self.tr("名称"), self.tr("状态"), self.tr("修改时间"),
                   self.tr("版本"), self.tr("企业")]  # fmt: skip
        self.owners: dict[int, str] = {}  # enterprise id → name: an agency keeps many
        self.table = QTableWidget(0, len(headers), objectName="draftTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes the room
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.open_selected)
        hint = EmptyHint(
            "draft", self.tr("还没有企业标准草稿"),
            self.tr("在这里按 GB/T 1.1—2020 起草企业标准：选一个产品模板，填写指标和检验方法，"
                    "强制性限量从数据包自动带入，最后输出 Word 和 PDF。"),
            [("new", self.tr("新建企业标准…"), self.new_draft),
             ("import", self.tr("导入 .jxstd…"), self.import_file)],
        )  # fmt: skip
        self.body = EmptyOr(self.table, hint)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.body)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _toolbar(self) -> QHBoxLayout:
        bar, self.buttons = button_row(
            [
                ("new", self.tr("新建…"), self.new_draft),
                ("open", self.tr("打开"), self.open_selected),
                ("import", self.tr("导入 .jxstd…"), self.import_file),
                ("delete", self.tr("删除"), self.delete_selected),
                ("filing", self.tr("备案…"), self.open_filing),
            ],
            "DraftButton",
        )
        bar.addStretch()
        return bar

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def selected(self) -> DraftInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        for key in ("open", "delete", "filing"):
            self.buttons[key].setEnabled(self.selected() is not None)

    def reload(self) -> None:
        ctx = self.ctx
        from jxdeclare.services.enterprises import list_enterprises

        def work(_p: object, _c: object) -> tuple[list[DraftInfo], dict[int, str]]:
            return drafts.list_drafts(ctx), {e.id: e.name for e in list_enterprises(ctx)}

        run_task(work, lambda found: self._show(*found), partial(show_error, self), self)

    def _show(self, rows: list[DraftInfo], owners: dict[int, str] | None = None) -> None:
        self.rows = rows
        self.owners = owners if owners is not None else self.owners
        self.body.set_empty(not rows)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.updated_at else ""
            status = self.tr("已发布") if row.status == drafts.PUBLISHED else self.tr("草稿")
            if row.has_autosave:
                status += self.tr("（有未保存的修改）")
            owner = self.owners.get(row.enterprise_id, "")
            cells = (row.number, row.title, status, when, str(row.revisions), owner)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self._select_revealed()
        self.loaded.emit()

    def select_draft(self, draft_id: int) -> None:
        """Select a draft now, or once the list (reloaded whenever the page shows) holds it."""
        self._reveal = draft_id
        self._select_revealed()

    def _select_revealed(self) -> None:
        rows = [r for r, row in enumerate(self.rows) if row.id == self._reveal]
        if rows:
            self._reveal = None
            self.table.selectRow(rows[0])
            self.table.scrollToItem(self.table.item(rows[0], 0))

    def open_filing(self) -> None:
        """备案… of a food standard stricter than a food-safety standard (the record, the steps,
        the package): a window-modal dialog that does its work in the background."""
        from jxdeclare.ui.filing.dialog import FilingDialog

        row = self.selected()
        if row is None:
            return
        self.filing_dialog = FilingDialog(self.ctx, row.id, f"{row.number} {row.title}", self)
        self.filing_dialog.open()

    # -- new draft ---------------------------------------------------------------------------

    def new_draft(self) -> None:
        from jxdeclare.drafting.templates import list_templates
        from jxdeclare.services.catalog import active_catalogue
        from jxdeclare.services.enterprises import list_enterprises

        ctx = self.ctx
        run_task(
            lambda _p, _c: (
                list_enterprises(ctx),
                list_templates(),
                active_catalogue(ctx).usual_gap(),
            ),
            lambda found: self._ask_new(*found),
            partial(show_error, self),
            self,
        )

    def _ask_new(
        self, enterprises: list[EnterpriseRecord], templates: list[Any], gap: Any = None
    ) -> None:
        from jxdeclare.ui.draft_wizard import NewDraftDialog

        if not enterprises:
            QMessageBox.information(
                self, self.tr("新建企业标准"), self.tr("请先在“企业”页添加企业。")
            )
            return
        propose = partial(self._propose, templates)
        dialog = NewDraftDialog(enterprises, templates, propose, self, gap=gap)
        if dialog.exec() != NewDraftDialog.DialogCode.Accepted:
            return
        from jxdeclare.services.drafting import create_draft, remember_template

        ctx, enterprise, spec = self.ctx, dialog.enterprise_record(), dialog.new_draft()
        remember_template(ctx, spec.template_id)  # proposed next time nothing else fits
        run_task(
            lambda _p, _c: create_draft(ctx, enterprise.id, spec),
            self._created,
            partial(show_error, self),
            self,
            label=self.tr("正在从模板生成标准草稿…"),
        )

    def _propose(self, templates: list[Any], enterprise: EnterpriseRecord, answer: Any) -> None:
        from jxdeclare.services.drafting import propose

        ctx = self.ctx
        run_task(
            lambda _p, _c: propose(ctx, enterprise.id, templates),
            answer,
            partial(show_error, self),
            self,
        )

    def _created(self, draft_id: int) -> None:
        self.reload()
        self.open_draft(draft_id)

    # -- open, import, delete -------------------------------------------------------------------

    def open_selected(self, *_: object) -> None:
        if (row := self.selected()) is not None:
            self.open_draft(row.id, recovered=False)

    def open_draft(self, draft_id: int, recovered: bool = False) -> None:
        if (editor := self.editors.get(draft_id)) is not None:
            editor.raise_()
            editor.activateWindow()
            return
        from jxdeclare.services.catalog import active_catalogue

        ctx = self.ctx

        def load(_p: object, _c: object) -> tuple[OpenedDraft, Any]:
            return drafts.open_draft(ctx, draft_id, recovered=recovered), active_catalogue(ctx)

        run_task(load, lambda found: self._show_editor(*found), partial(show_error, self), self,
                 label=self.tr("正在打开…"))  # fmt: skip

    def _show_editor(self, opened: OpenedDraft, catalogue: Any) -> None:
        from jxdeclare.checks.run import check_document
        from jxdeclare.drafting.templates import pack_lookups
        from jxdeclare.ui.editor.window import DraftEditor

        limits, _titles = pack_lookups(catalogue.pack)
        mine = opened.info
        others = [
            r.number for r in self.rows if r.enterprise_id == mine.enterprise_id and r.id != mine.id
        ]
        checker = partial(check_document, pack=catalogue.pack, other_numbers=others)
        editor = DraftEditor(self.ctx, opened, limits, unsigned_pack=not catalogue.pack.signed,
                             checker=checker)  # fmt: skip
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.reload)
        editor.destroyed.connect(lambda *_: self.editors.pop(opened.info.id, None))
        self.editors[opened.info.id] = editor
        editor.show()
        self.editor_opened.emit(editor)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入标准草稿"), "", self.tr("标准草稿 (*.jxstd)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, enterprise_id: int | None = None) -> None:
        from jxdeclare.domain.document import jxstd

        ctx = self.ctx

        def work(_p: object, _c: object) -> int:
            document = jxstd.load(path)
            owner = enterprise_id or _enterprise_for(ctx, document.cover.enterprise_code)
            return drafts.store_new(ctx, owner, document).id

        run_task(work, self._created, partial(show_error, self), self)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除标准草稿"),
            self.tr("确定删除“%1 %2”及其全部版本吗？此操作不能撤销。")
            .replace("%1", row.number)
            .replace("%2", row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.ctx
        run_task(
            lambda _p, _c: drafts.delete(ctx, row.id, row.row_version),
            lambda _r: self.reload(),
            partial(show_error, self),
            self,
        )

    # -- crash recovery ----------------------------------------------------------------------

    def offer_recovery(self) -> None:
        """At start-up: drafts whose editor did not close cleanly get their unsaved work back."""
        ctx = self.ctx
        run_task(lambda _p, _c: drafts.pending_recoveries(ctx), self._ask_recover, _ignore, self)

    def _ask_recover(self, pending: list[DraftInfo]) -> None:
        for row in pending:
            answer = QMessageBox.question(
                self,
                self.tr("恢复未保存的修改"),
                self.tr("“%1 %2”上次没有正常关闭，有自动保存的修改。要恢复这些修改吗？")
                .replace("%1", row.number)
                .replace("%2", row.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_draft(row.id, recovered=True)
            else:
                run_task(partial(_discard, self.ctx, row.id), _ignore, _ignore)


def _discard(ctx: AppContext, draft_id: int, _progress: object, _cancel: object) -> None:
    drafts.discard_autosave(ctx, draft_id)


def _ignore(*_: object) -> None:
    return None


def _enterprise_for(ctx: AppContext, code: str) -> int:
    from jxdeclare.services.enterprises import find_enterprise

    return find_enterprise(ctx, code).id
