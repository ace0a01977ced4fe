"""What importing a 标准明细表 will do, before anything is written.

Tabs list the rows to add (with their target branch), those already in the system (skipped),
the rows with errors and the warnings; above them, the template laid out first and the new
branches. "导入 N 条" stays disabled while there is nothing to add, and while there are errors
until "跳过有错误的行" is ticked.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.system.templates import TEMPLATES
from jxdeclare.services.context import AppContext
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import fit_to_screen
from jxdeclare.ui.tasks import run_task


def _table(name: str, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # reasons run long
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ImportPreviewDialog(QDialog):
    """Accepted means "import"; ``skip_errors`` says whether rows with errors are left out."""

    def __init__(self, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="importPreviewDialog")
        self.preview = preview
        self.setWindowTitle(self.tr("导入预览：%1").replace("%1", preview.file))
        layout = QVBoxLayout(self)
        summary = QLabel(self._summary(), objectName="importSummary", wordWrap=True)
        layout.addWidget(summary)
        layout.addWidget(self._tabs(), 1)
        self.skip = QCheckBox(self.tr("跳过有错误的行"), objectName="skipErrors")
        self.skip.setVisible(bool(preview.errors))
        self.skip.toggled.connect(self._update)
        layout.addWidget(self.skip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        label = self.tr("导入 %1 条").replace("%1", str(len(preview.rows)))
        self.go = QPushButton(label, objectName="importRowsButton")
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520)
        self._update()

    @property
    def skip_errors(self) -> bool:
        return self.skip.isChecked()

    def _update(self) -> None:
        self.go.setEnabled(
            bool(self.preview.rows) and (not self.preview.errors or self.skip_errors)
        )

    def _summary(self) -> str:
        p = self.preview
        lines = [
            self.tr("将导入 %1 条，已在体系中（跳过）%2 条，有错误 %3 行，提示 %4 条。")
            .replace("%1", str(len(p.rows))).replace("%2", str(len(p.existing)))
            .replace("%3", str(len(p.errors))).replace("%4", str(len(p.warnings) + len(p.skipped)))
        ]  # fmt: skip
        if p.template:
            name = TEMPLATES[p.template].name if p.template in TEMPLATES else p.template
            lines.append(
                self.tr("该企业尚无标准体系：将先按“%1”建立体系结构。").replace("%1", name)
            )
        if p.new_branches:
            lines.append(self.tr("将新建分支：") + "、".join(p.new_branches))
        if p.errors:
            lines.append(self.tr("有错误的行不会导入；勾选“跳过有错误的行”后才能导入其余各行。"))
        return "\n".join(lines)

    def _tabs(self) -> QTabWidget:
        p = self.preview
        entry_headers = [self.tr("行"), self.tr("标准编号"), self.tr("标准名称"), self.tr("归入")]
        problem_headers = [self.tr("行"), self.tr("列"), self.tr("原因")]
        notes = [[str(w.row), w.column, w.reason] for w in p.warnings]
        notes += [[str(row), "", reason] for row, reason in p.skipped]
        tables = [
            (self.tr("将导入 (%1)"), _table("importRows", entry_headers, _entries(p.rows))),
            (self.tr("已有，跳过 (%1)"),
             _table("importExisting", entry_headers, _entries(p.existing))),
            (self.tr("错误 (%1)"), _table("importErrors", problem_headers,
             [[str(e.row), e.column, e.reason] for e in p.errors])),
            (self.tr("提示 (%1)"), _table("importWarnings", problem_headers, notes)),
        ]  # fmt: skip
        tabs = QTabWidget(objectName="importTabs")
        for title, table in tables:
            tabs.addTab(table, title.replace("%1", str(table.rowCount())))
        if p.errors:
            tabs.setCurrentIndex(2)  # what blocks the import first
        return tabs


def _entries(rows: list[Any]) -> list[list[str]]:
    return [[str(r.row), r.number, r.title, r.branch] for r in rows]


class ImportFlow(QObject):
    """Choose a file, preview it in the background, confirm in the dialog, then import."""

    imported = Signal(str)  # what was imported, for the page's status line

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page

    def choose(self, enterprise_id: int, template_key: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("选择标准明细表"), "", self.tr("Excel 文件 (*.xlsx)")
        )
        if path:
            self.preview(enterprise_id, Path(path), template_key)

    def preview(self, enterprise_id: int, path: Path, template_key: str) -> None:
        """``template_key`` is laid out first when the enterprise has no system yet."""
        from jxdeclare.services.system.importing import preview_import

        ctx = self.ctx
        run_task(lambda _p, _c: preview_import(ctx, enterprise_id, path, template_key),
                 self._confirm, partial(show_error, self.page), self.page,
                 label=self.tr("正在读取 %1…").replace("%1", path.name))  # fmt: skip

    def _confirm(self, preview: Any) -> None:
        dialog = ImportPreviewDialog(preview, self.page)
        dialog.accepted.connect(lambda: self._commit(preview, dialog.skip_errors))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not kept
        dialog.open()

    def _commit(self, preview: Any, skip_errors: bool) -> None:
        from jxdeclare.services.system.importing import commit_import

        ctx = self.ctx
        run_task(lambda _p, _c: commit_import(ctx, preview, skip_errors=skip_errors),
                 self._done, partial(show_error, self.page), self.page,
                 label=self.tr("正在导入…"))  # fmt: skip

    def _done(self, result: Any) -> None:
        text = self.tr("已导入 %1 条，已有而跳过 %2 条，新建分支 %3 个。")
        text = text.replace("%1", str(result.added)).replace("%2", str(result.existing))
        self.imported.emit(text.replace("%3", str(result.branches_created)))
