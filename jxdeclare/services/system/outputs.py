"""The GB/T 13017 outputs of a standard system, written to files (one entry point for UI and CLI).

Statuses are as of ``as_of`` (default today) from the active pack; every output says which pack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.services.errors import ServiceError
from jxdeclare.services.system.status import snapshot

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext

Progress = Callable[[int, int, str], None]
REPORT_SUFFIXES = (".pdf", ".xlsx")
DIAGRAM_SUFFIXES = (".png", ".svg")


def _suffix(out: Path, allowed: tuple[str, ...]) -> str:
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise ServiceError(
            f"不支持的文件类型“{out.suffix or '（无扩展名）'}”，请使用 {' 或 '.join(allowed)}。"
            f" / Unsupported file type: use {' or '.join(allowed)}."
        )
    return suffix


def export_detail(ctx: AppContext, enterprise_id: int, out: Path, as_of: date | None = None) -> int:
    """The 标准明细表 as .xlsx; returns how many standards it lists."""
    from jxdeclare.reporting.system.workbook import write_detail_xlsx

    _suffix(out, (".xlsx",))
    system = snapshot(ctx, enterprise_id, as_of)
    write_detail_xlsx(system, out)
    return len(system.entries)


def write_report(
    ctx: AppContext, enterprise_id: int, out: Path, as_of: date | None = None,
    progress: Progress | None = None,
) -> int:  # fmt: skip
    """The whole report (diagram, 明细表, 统计表, 编制说明) as PDF or Excel by the file's suffix."""
    suffix = _suffix(out, REPORT_SUFFIXES)
    step = progress or (lambda _done, _total, _text: None)
    step(0, 2, "读取标准体系")
    system = snapshot(ctx, enterprise_id, as_of)
    step(1, 2, f"生成 {out.name}")
    if suffix == ".pdf":
        from jxdeclare.reporting.system.report import write_system_report_pdf

        write_system_report_pdf(system, out)
    else:
        from jxdeclare.reporting.system.workbook import write_report_xlsx

        write_report_xlsx(system, out)
    step(2, 2, "完成")
    return len(system.entries)


def write_diagram(
    ctx: AppContext, enterprise_id: int, out: Path, as_of: date | None = None
) -> None:
    from jxdeclare.reporting.system.report import write_diagram as render

    _suffix(out, DIAGRAM_SUFFIXES)
    render(snapshot(ctx, enterprise_id, as_of), out)


def write_annual(ctx: AppContext, enterprise_id: int, out: Path, year: int | None = None) -> None:
    from jxdeclare.reporting.system.workbook import write_annual_stats_xlsx
    from jxdeclare.services.system.annual import annual_stats

    _suffix(out, (".xlsx",))
    write_annual_stats_xlsx(annual_stats(ctx, enterprise_id, year), out)
