"""An agency's own catalogue snapshot (CSV or XLSX) turned into an unsigned pack.

Columns (header spellings in HEADERS; order free, extra columns ignored): 标准号*, 标准名称,
发布日期, 实施日期, 废止日期, 代替标准, 被代替标准, 来源. Numbers are checked with the domain's
standard-number rules and stored canonically; several numbers in one cell are separated by ; or 、.
Every row is checked first; any error means no pack is written and the report names row, column
and reason.
"""

from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jxdeclare.catalog.pack import PackError, write_pack
from jxdeclare.domain.row_error import RowError
from jxdeclare.domain.stdnumber import parse_standard_number

HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("标准号", "标准编号", "number"),
    "title": ("标准名称", "名称", "title"),
    "published": ("发布日期", "published"),
    "implemented": ("实施日期", "implemented"),
    "withdrawn": ("废止日期", "withdrawn"),
    "replaces": ("代替标准", "代替", "replaces"),
    "replaced_by": ("被代替标准", "被代替", "replaced_by"),
    "source": ("来源", "source"),
}
LABELS = {key: names[0] for key, names in HEADERS.items()}
_SPLIT = re.compile(r"[;；、,，\n]+")


@dataclass
class SnapshotReport:
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)


def _read_rows(path: Path) -> list[list[Any]]:
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [list(row) for row in csv.reader(handle)]
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise PackError(f"无法读取“{path.name}”：不是有效的 .xlsx 或 .csv 文件") from exc
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _columns(header: list[Any]) -> dict[str, int]:
    lookup = {name.lower(): key for key, names in HEADERS.items() for name in names}
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = lookup.get(str(cell or "").replace(" ", "").replace("*", "").lower())
        if key:
            found.setdefault(key, index)
    if "number" not in found:
        raise PackError("第1行缺少“标准号”列 / the header row has no 标准号 (number) column")
    return found


def _date(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip().replace("/", "-").replace(".", "-")
    return date.fromisoformat("-".join(part.zfill(2) for part in text.split("-"))).isoformat()


def _number(text: str) -> str:
    result = parse_standard_number(text)
    if result.number is None or not result.valid:
        raise ValueError("；".join(p.text() for p in result.problems))
    return result.number.canonical()


def _convert(key: str, value: Any) -> Any:
    if key == "number":
        return _number(str(value))
    if key in ("published", "implemented", "withdrawn"):
        return _date(value)
    if key in ("replaces", "replaced_by"):
        return [_number(part) for part in _SPLIT.split(str(value)) if part.strip()]
    return str(value).strip()


def _row(
    values: list[Any], columns: dict[str, int], number: int, source: str, errors: list[RowError]
) -> dict[str, Any] | None:
    row: dict[str, Any] = {"source": source}
    for key, index in columns.items():
        value = values[index] if index < len(values) else None
        if value is None or str(value).strip() == "":
            continue
        try:
            row[key] = _convert(key, value)
        except ValueError as exc:
            errors.append(RowError(number, LABELS[key], str(exc) or "格式不正确"))
    if "number" not in row:
        return None
    parsed = parse_standard_number(row["number"]).number
    if parsed is not None:
        row["kind"] = str(parsed.kind)
        if parsed.mandatory is not None:
            row["mandatory"] = parsed.mandatory
    return row


def import_snapshot(path: Path, out: Path, meta: dict[str, Any]) -> SnapshotReport:
    """Check every row; write an unsigned pack to ``out`` only when all rows are good."""
    rows = _read_rows(Path(path))
    if not rows:
        raise PackError(f"“{Path(path).name}”是空表 / the file is empty")
    columns = _columns(rows[0])
    report, standards, seen = SnapshotReport(), [], {}
    source = f"目录快照 {Path(path).name}"
    for number, values in enumerate(rows[1:], start=2):
        if all(value in (None, "") for value in values):
            continue
        row = _row(values, columns, number, source, report.errors)
        if row is None:
            if not any(e.row == number for e in report.errors):
                report.errors.append(RowError(number, LABELS["number"], "标准号为空"))
            continue
        if row["number"] in seen:
            report.errors.append(
                RowError(number, LABELS["number"], f"与第{seen[row['number']]}行重复")
            )
        seen.setdefault(row["number"], number)
        standards.append(row)
    report.rows = len(standards)
    if not report.errors:
        write_pack(out, meta, {"standards": standards}, None)
    return report
