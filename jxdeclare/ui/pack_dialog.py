"""数据包管理: import (verified), compare with the active pack, activate, roll back.

The list holds the bundled pack (内置) first, then the imported ones; the one in use says
当前使用 — the bundled pack while no imported pack is active. Listing opens (verifies) every
pack, so it runs in the background.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.catalog.diff import PackDiff
from jxdeclare.catalog.pack import PackError
from jxdeclare.catalog.store import StoredPack
from jxdeclare.services import catalog
from jxdeclare.services.affected import Affected
from jxdeclare.services.context import AppContext
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import fit_to_screen
from jxdeclare.ui.tasks import run_task


class PackDialog(QDialog):
    changed = Signal()  # the active pack changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.packs: list[StoredPack] = []
        self._listing = 0  # the latest listing asked for; an older one arriving late is dropped
        self.setWindowTitle(self.tr("数据包管理"))
        self.table = QTableWidget(0, 7, objectName="packTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("使用"),
                self.tr("数据包"),
                self.tr("版本"),
                self.tr("数据截至"),
                self.tr("发布者"),
                self.tr("来源"),
                self.tr("签名"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.report = QTextBrowser(objectName="packReport")
        bar, self.buttons = button_row(
            [
                ("import", self.tr("导入数据包…"), self.import_pack),
                ("diff", self.tr("与当前比较"), self.compare),
                ("activate", self.tr("启用"), self.activate),
                ("rollback", self.tr("回退到上一个"), self.rollback),
            ],
            "PackButton",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report, 1)
        fit_to_screen(self, 760, 520)
        self.refresh()

    def refresh(self) -> None:
        self._listing += 1
        ctx, listing = self.ctx, self._listing
        run_task(
            lambda _p, _c: catalog.listed_packs(ctx),
            partial(self._listed, listing),
            partial(show_error, self),
            self,
        )

    def _listed(self, listing: int, packs: list[tuple[StoredPack, bool]]) -> None:
        if listing != self._listing:
            return
        self.packs = [pack for pack, _active in packs]
        self.table.setRowCount(len(packs))
        for row, (pack, active) in enumerate(packs):
            cells = (
                self.tr("当前使用") if active else "",
                pack.pack_id,
                pack.version,
                pack.as_of,
                pack.publisher,
                self.tr("内置") if pack.builtin else self.tr("已导入"),
                self.tr("已签名") if pack.signed else self.tr("未签名"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> StoredPack | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.report.setPlainText(self.tr("请先在列表中选择一个数据包。"))
            return None
        return self.packs[rows[0].row()]

    def import_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入数据包"), "", self.tr("数据包 (*.jxpack *.zip)")
        )
        if path:
            self._import(Path(path), allow_unsigned=False)

    def _import(self, path: Path, allow_unsigned: bool) -> None:
        store = catalog.pack_store(self.ctx)
        run_task(
            lambda _p, _c: store.import_pack(path, allow_unsigned=allow_unsigned),
            self._imported,
            partial(self._import_failed, path, allow_unsigned),
            self,
            self.tr("正在校验数据包…"),
        )

    def _imported(self, stored: StoredPack) -> None:
        self.refresh()
        self.report.setPlainText(
            self.tr("校验通过，已导入：")
            + stored.file
            + ("" if stored.signed else self.tr("（未签名）"))
        )

    def _import_failed(self, path: Path, allowed: bool, error: BaseException) -> None:
        if not isinstance(error, PackError):
            show_error(self, error)
            return
        self.report.setPlainText(self.tr("数据包被拒绝，当前数据包未受影响：") + "\n" + str(error))
        if "未签名" in str(error) and not allowed:
            answer = QMessageBox.question(
                self,
                self.tr("未签名的数据包"),
                self.tr(
                    "这个数据包没有签名，无法确认来源。只有确认它来自您信任的机构时才导入；"
                    "用它得出的检查结果会标注“未签名数据包”。仍要导入吗？"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._import(path, allow_unsigned=True)

    def compare(self) -> None:
        pack = self.selected()
        if pack is not None:
            ctx = self.ctx
            run_task(
                lambda _p, _c: catalog.diff_with_active(ctx, catalog.open_listed(ctx, pack)),
                self._show_diff,
                partial(show_error, self),
                self,
                self.tr("正在比较…"),
            )

    def _show_diff(self, change: PackDiff) -> None:
        if change.empty:
            self.report.setPlainText(self.tr("与当前数据包相比没有变化。"))
            return
        esc = html.escape
        added, removed = self.tr("新增的标准"), self.tr("移除的标准")
        lines = []
        for label, numbers in (
            (added, change.standards_added),
            (removed, change.standards_removed),
        ):
            if numbers:
                lines.append(f"<p><b>{label}（{len(numbers)}）</b>：{esc('、'.join(numbers))}</p>")
        lines += [
            f"<p>{esc(number)}：{esc(str(fields))}</p>"
            for number, fields in change.standards_changed.items()
        ]
        lines += [
            f"<p>{esc(' / '.join(c['key']))}：{esc(str(c['old']))} → {esc(str(c['new']))}</p>"
            for c in change.limits_changed
        ]
        self.report.setHtml("".join(lines))

    def activate(self) -> None:
        pack = self.selected()
        if pack is not None:
            self._change(lambda: catalog.activate_pack(self.ctx, pack.file))

    def rollback(self) -> None:
        self._change(lambda: catalog.rollback_pack(self.ctx))

    def _change(self, action: Callable[[], tuple[Any, list[Affected]]]) -> None:
        """Activate or roll back in the background: it verifies packs and re-reads the drafts."""
        run_task(
            lambda _p, _c: action(),
            lambda result: self._changed(*result),
            self._change_failed,
            self,
            label=self.tr("正在切换数据包…"),
        )

    def _change_failed(self, error: BaseException) -> None:
        if isinstance(error, PackError):
            self.report.setPlainText(str(error))
        else:
            show_error(self, error)

    def _changed(self, stored: StoredPack, affected: list[Affected]) -> None:
        self.refresh()
        lines = [self.tr("当前数据包：") + stored.file]
        if affected:
            lines.append(
                self.tr("受此变化影响、需要重新检查的企业标准（%1 项）：").replace(
                    "%1", str(len(affected))
                )
            )
            lines += [f"  {a.number} {a.title}：{'；'.join(a.reasons)}" for a in affected]
        self.report.setPlainText("\n".join(lines))
        self.changed.emit()
