"""An agency's catalogue snapshot (CSV/XLSX) becomes an unsigned pack, all rows or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from jxdeclare.catalog.pack import PackError, open_pack
from jxdeclare.catalog.snapshot import import_snapshot

META = {
    "pack_id": "agency",
    "version": "1",
    "as_of": "2026-11-28",
    "created": "2026-11-28T00:00:00+00:00",
    "publisher": "某机构",
}


def test_csv_snapshot_with_tolerant_headers(tmp_path: Path) -> None:
    source = tmp_path / "快照 2026.csv"
    source.write_text(
        "标准编号,标准名称,实施日期,被代替标准,备注\n"
        "GB 7718-2011,食品安全国家标准 预包装食品标签通则,,GB 7718-2025,x\n"
        "gb 7718－2025,食品安全国家标准 预包装食品标签通则,2027/3/16,,\n"
        "DB36/T 1234-2020,示例地方标准,,,\n",
        encoding="utf-8-sig",
    )
    out = tmp_path / "agency.jxpack"
    report = import_snapshot(source, out, META)
    assert report.errors == [] and report.rows == 3
    pack = open_pack(out, [], allow_unsigned=True)
    rows = {row["number"]: row for row in pack.tables["standards"]}
    assert rows["GB 7718—2011"]["replaced_by"] == ["GB 7718—2025"]
    assert rows["GB 7718—2025"]["implemented"] == "2027-03-16"
    assert (rows["DB36/T 1234—2020"]["kind"], rows["DB36/T 1234—2020"]["mandatory"]) == (
        "local",
        False,
    )
    assert not pack.signed


def test_bad_rows_are_all_reported_and_no_pack_is_written(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["标准号", "标准名称", "实施日期"])
    book.active.append(["GB 2762-2025", "污染物限量", datetime(2026, 9, 2)])
    book.active.append(["GB 2762 2025", "编号错", None])
    book.active.append(["GB 2760-2024", "日期错", "2025-13-45"])
    book.active.append(["GB 2762-2025", "重复", None])
    book.active.append([None, "缺编号", None])
    source = tmp_path / "快照.xlsx"
    book.save(source)
    out = tmp_path / "x.jxpack"
    report = import_snapshot(source, out, META)
    assert [(e.row, e.column) for e in report.errors] == [
        (3, "标准号"),
        (4, "实施日期"),
        (5, "标准号"),
        (6, "标准号"),
    ]
    assert "第2行" in report.errors[2].reason
    assert not out.exists()


def test_unreadable_file_and_missing_number_column(tmp_path: Path) -> None:
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(PackError, match=r"坏\.xlsx"):
        import_snapshot(broken, tmp_path / "x.jxpack", META)
    no_number = tmp_path / "n.csv"
    no_number.write_text("标准名称\n某标准\n", encoding="utf-8")
    with pytest.raises(PackError, match="标准号"):
        import_snapshot(no_number, tmp_path / "x.jxpack", META)
