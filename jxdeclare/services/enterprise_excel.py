"""Enterprise lists to and from Excel (.xlsx), all or nothing.

Import reads and checks every row first; if any row has an error nothing is written and the report
names row, column and reason. Rows whose credit code is already stored are skipped, not overwritten.
A credit code whose check character fails is a row error unless the row's 「按执照确认」 cell says
是: the code is exactly as printed on the business licence (some early codes are legal that way).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.limits import (
    MAX_ENTERPRISE_CELLS,
    MAX_ENTERPRISE_ROWS,
    MAX_SHEET_COLUMNS,
    too_many_rows,
)
from jxdeclare.domain.row_error import RowError
from jxdeclare.importing.file_checks import check_office_zip
from jxdeclare.importing.sheet_scan import check_sheets
from jxdeclare.services.concurrency import retry_deadlocks
from jxdeclare.services.enterprises import (
    CONFIRMED_LABEL,
    FIELD_LABELS,
    EnterpriseInput,
    insert_many_in_session,
    list_enterprises,
    problems,
)
from jxdeclare.services.errors import InputFileError

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext

Progress = Callable[[int, int, str], None]
EXCEL_MAX_ROWS = 1_048_576  # Excel's last row: a sheet claiming more was not made by Excel

# Accepted header spellings per field; matched after removing spaces and "*" marks.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("企业名称", "名称", "单位名称", "公司名称", "name", "enterprise"),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "uscc", "creditcode"),
    "code": ("企业代号", "代号", "企业标准代号", "code"),
    "contact": ("联系人", "contact"),
    "phone": ("联系电话", "电话", "phone"),
    "address": ("地址", "企业地址", "住所", "address"),
    "uscc_confirmed": (CONFIRMED_LABEL, "与执照一致", "执照确认", "asprinted", "confirmed"),
}
REQUIRED = ("name", "uscc")
# What a person writes in the 「按执照确认」 column; an empty cell means no.
YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔"})
NO = frozenset({"", "否", "n", "no", "false", "0"})
CONFIRM_HINT = (
    f"如代码与营业执照上印的完全一致（部分早期代码如此），请在「{CONFIRMED_LABEL}」列填“是”"
)


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[str] = field(default_factory=list)  # credit codes already stored
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _normalise_header(value: Any) -> str:
    return str(value or "").replace(" ", "").replace("*", "").replace("\u3000", "").lower()


def _map_headers(header_row: tuple[Any, ...]) -> dict[str, int]:
    lookup = {alias.lower(): key for key, aliases in HEADER_ALIASES.items() for alias in aliases}
    mapping: dict[str, int] = {}
    for index, cell in enumerate(header_row):
        key = lookup.get(_normalise_header(cell))
        if key and key not in mapping:
            mapping[key] = index
    missing = [FIELD_LABELS[key] for key in REQUIRED if key not in mapping]
    if missing:
        raise InputFileError(
            f"第1行缺少必需的列：{'、'.join(missing)}。/ Missing required columns: {missing}"
        )
    return mapping


def _refuse(path: Path, why: str) -> InputFileError:
    return InputFileError(f"无法导入“{path.name}”：{why}")


def _open_rows(path: Path) -> list[tuple[Any, ...]]:
    """The first sheet's rows, streamed (read-only) and bounded: rows with values past the
    limit, or a sheet running past Excel's own last row, refuse the file (docs/limits.md)."""
    from openpyxl import load_workbook

    if not path.exists():
        raise InputFileError(f"找不到文件：{path}")
    check_office_zip(
        path, _refuse, not_zip="不是 Excel（.xlsx）文件（.xls、.csv 请在 Excel 中另存为 .xlsx）",
        old_format="这是旧版 .xls 文件或设置了打开密码的文件；请在 Excel 中另存为 .xlsx 后再导入",
    )  # fmt: skip
    # A stream count first: a hostile sheet is refused in a fraction of a second.
    check_sheets(path, _refuse, max_rows=MAX_ENTERPRISE_ROWS, max_cells=MAX_ENTERPRISE_CELLS)
    try:
        with path.open("rb") as handle:  # a handle: openpyxl judges a name by its extension
            workbook = load_workbook(handle, read_only=True, data_only=True)
            try:
                return _bounded_rows(path, workbook.worksheets[0])
            finally:
                workbook.close()
    except InputFileError:
        raise
    except Exception as exc:  # zipfile, zlib, lxml, openpyxl: all mean "damaged"
        raise _refuse(path, f"文件已损坏或不是 Excel 工作簿（{type(exc).__name__}）") from exc


def _bounded_rows(path: Path, sheet: Any) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    filled = 0
    declared = sheet.max_row or 0  # the sheet's <dimension>: may be absent or wrong
    for scanned, row in enumerate(sheet.iter_rows(max_col=MAX_SHEET_COLUMNS, values_only=True)):
        if scanned >= EXCEL_MAX_ROWS:
            raise _refuse(path, f"文件过大：行号超过 Excel 的上限 {EXCEL_MAX_ROWS}")
        if not any(value not in (None, "") for value in row):
            rows.append(())  # kept for the row numbers; one shared empty tuple costs nothing
            continue
        filled += 1
        if filled > MAX_ENTERPRISE_ROWS:  # rows with values, the header among them
            shown = declared if declared > filled else None
            raise _refuse(path, too_many_rows(shown, MAX_ENTERPRISE_ROWS))
        width = len(row)
        while width and row[width - 1] in (None, ""):
            width -= 1
        rows.append(tuple(row[:width]))
    return rows


def _cell(row: tuple[Any, ...], index: int | None) -> str | None:
    if index is None or index >= len(row) or row[index] is None:
        return None
    value = row[index]
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def read_enterprises(path: Path) -> tuple[list[tuple[int, EnterpriseInput]], list[RowError]]:
    """Parse and check every row; returns the good rows and the errors, writing nothing."""
    rows = _open_rows(path)
    if not rows:
        raise InputFileError(f"“{path.name}”是空表格。/ The sheet is empty.")
    mapping = _map_headers(rows[0])
    parsed: list[tuple[int, EnterpriseInput]] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if all(value in (None, "") for value in row):
            continue
        data, confirm_errors = _row_input(row, mapping, number)
        errors += confirm_errors
        errors += [RowError(number, e.field, e.message) for e in problems(data, CONFIRM_HINT)]
        if data.uscc in seen:
            errors.append(RowError(number, FIELD_LABELS["uscc"], f"与第{seen[data.uscc]}行重复"))
        seen.setdefault(data.uscc, number)
        parsed.append((number, data))
    return parsed, errors


def _row_input(
    row: tuple[Any, ...], mapping: dict[str, int], number: int
) -> tuple[EnterpriseInput, list[RowError]]:
    """One sheet row as cleaned input, and an error if its confirmation cell cannot be read."""
    texts = {k: _cell(row, mapping.get(k)) or "" for k in HEADER_ALIASES if k != "uscc_confirmed"}
    raw = (_cell(row, mapping.get("uscc_confirmed")) or "").strip()
    answer = raw.lower()
    errors = []
    if answer not in YES | NO:
        reason = f"应填“是”或留空，而不是“{raw}”"
        errors.append(RowError(number, CONFIRMED_LABEL, reason))
    data = EnterpriseInput(**texts, uscc_confirmed=answer in YES).cleaned()
    return data, errors


def import_enterprises(
    ctx: AppContext,
    path: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    parsed, errors = read_enterprises(Path(path))
    report = ImportReport(errors=errors)
    if errors:
        return report
    existing = {record.uscc for record in list_enterprises(ctx)}
    fresh = [data for _, data in parsed if data.uscc not in existing]
    report.skipped = [data.uscc for _, data in parsed if data.uscc in existing]
    # In one order whatever the file's: two imports of the same rows then wait for each other
    # instead of deadlocking (and a deadlock all the same runs the import again).
    fresh.sort(key=lambda data: data.uscc)
    retry_deadlocks(lambda: _insert_all(ctx, fresh, progress, cancel))
    report.imported = len(fresh)
    return report


def _insert_all(
    ctx: AppContext,
    rows: list[EnterpriseInput],
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    """One transaction for the whole file: a cancel or a failure leaves the database as it was.
    Rows go in batches (a few statements each), with progress and a chance to cancel between."""
    def stop_if_cancelled() -> None:
        if cancel is not None and cancel.is_set():
            raise InterruptedError(
                "已取消导入，未写入任何数据。/ Import cancelled, nothing written."
            )

    with ctx.session() as session:
        for start in range(0, len(rows), IMPORT_BATCH):
            stop_if_cancelled()
            batch = rows[start : start + IMPORT_BATCH]
            insert_many_in_session(ctx, session, batch)
            if progress:
                progress(start + len(batch), len(rows), batch[-1].name)
        stop_if_cancelled()  # up to the commit: a cancel after the last batch still undoes all


IMPORT_BATCH = 500


EXPORT_COLUMNS = ("name", "uscc", "code", "contact", "phone", "address")
# After the columns above: 所在地, then the confirmation, so an exported file imports again.
EXTRA_HEADERS = ("所在地", CONFIRMED_LABEL)


def export_enterprises(ctx: AppContext, path: Path) -> int:
    from openpyxl import Workbook

    from jxdeclare.reporting.cells import append_row

    records = list_enterprises(ctx)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "企业"
    append_row(sheet, [FIELD_LABELS[key] for key in EXPORT_COLUMNS] + list(EXTRA_HEADERS))
    for record in records:
        confirmed = "是" if record.uscc_confirmed else None
        row = [getattr(record, key) for key in EXPORT_COLUMNS] + [record.city, confirmed]
        append_row(sheet, row)
    for column, width in zip("ABCDEFGH", (30, 22, 10, 10, 16, 40, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    _save_atomically(workbook, Path(path))
    return len(records)


def _save_atomically(workbook: Any, path: Path) -> None:
    tmp = path.with_name(path.name + ".part")
    workbook.save(tmp)
    tmp.replace(path)
