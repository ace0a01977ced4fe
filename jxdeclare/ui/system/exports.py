"""The 标准体系 page's outputs: 明细表, the full report (PDF or Excel), the structure diagram and
the annual statistics, each through a save dialog and a background task."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

from jxdeclare.services.context import AppContext
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task


def _safe(name: str) -> str:
    """An enterprise name as part of a file name (no path separators)."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in name).strip() or "企业"


class SystemExports(QObject):
    exported = Signal(str)  # the written file

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.enterprise: tuple[int, str] | None = None  # (id, name) of the one shown
        self.menu = QMenu(page)
        self.actions: dict[str, QAction] = {}
        for key, label, slot in (
            ("detail", self.tr("标准明细表（Excel）…"), self.choose_detail),
            ("report", self.tr("标准体系报告（PDF 或 Excel）…"), self.choose_report),
            ("diagram", self.tr("标准体系结构图（PNG 或 SVG）…"), self.choose_diagram),
            ("annual", self.tr("年度标准化统计表（Excel）…"), self.choose_annual),
        ):
            action = self.menu.addAction(label)
            action.setObjectName(f"{key}SystemExport")
            action.triggered.connect(slot)
            self.actions[key] = action

    def _ask(self, title: str, default: str, filters: str) -> Path | None:
        if self.enterprise is None:
            return None
        name = _safe(self.enterprise[1])
        out, _ = QFileDialog.getSaveFileName(self.page, title, name + default, filters)
        if not out:
            return None
        path = Path(out)
        # Some platforms' dialogs return the typed name without the chosen filter's suffix.
        return path if path.suffix else path.with_suffix(Path(default).suffix)

    def choose_detail(self) -> None:
        out = self._ask(
            self.tr("导出标准明细表"), "标准明细表.xlsx", self.tr("Excel 文件 (*.xlsx)")
        )
        if out is not None:
            self.write("detail", out)

    def choose_report(self) -> None:
        filters = self.tr("PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx)")
        out = self._ask(self.tr("生成标准体系报告"), "标准体系表.pdf", filters)
        if out is not None:
            self.write("report", out)

    def choose_diagram(self) -> None:
        filters = self.tr("PNG 图片 (*.png);;SVG 矢量图 (*.svg)")
        out = self._ask(self.tr("导出标准体系结构图"), "标准体系结构图.png", filters)
        if out is not None:
            self.write("diagram", out)

    def choose_annual(self) -> None:
        this_year = date.today().year
        year, ok = QInputDialog.getInt(
            self.page, self.tr("年度统计"), self.tr("统计年度："), this_year - 1, 2000, this_year
        )
        if not ok:
            return
        out = self._ask(self.tr("导出年度统计表"), f"{year}年度标准化统计.xlsx",
                        self.tr("Excel 文件 (*.xlsx)"))  # fmt: skip
        if out is not None:
            self.write("annual", out, year)

    def write(self, kind: str, out: Path, year: int | None = None) -> None:
        """Write one output for the enterprise shown (also called directly by scripts/tests)."""
        from jxdeclare.services.system import outputs as outputs

        if self.enterprise is None:
            return
        ctx, eid = self.ctx, self.enterprise[0]
        work: dict[str, Callable[[Any], Any]] = {
            "detail": lambda _p: outputs.export_detail(ctx, eid, out),
            "report": lambda p: outputs.write_report(ctx, eid, out, progress=p),
            "diagram": lambda _p: outputs.write_diagram(ctx, eid, out),
            "annual": lambda _p: outputs.write_annual(ctx, eid, out, year),
        }
        run_task(lambda progress, _c: work[kind](progress), lambda _r: self.exported.emit(str(out)),
                 partial(show_error, self.page), self.page,
                 label=self.tr("正在生成 %1…").replace("%1", out.name))  # fmt: skip
