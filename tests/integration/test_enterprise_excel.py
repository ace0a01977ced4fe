"""Enterprise import/export through Excel: all or nothing, errors by row and column."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprise_excel import export_enterprises, import_enterprises
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise, list_enterprises
from jxdeclare.services.errors import InputFileError

BEIJING = "91110000600037341L"
HAIDIAN = "91110108551385082Q"


def workbook(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_tolerant_headers_and_extra_columns(ctx: AppContext, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "a.xlsx",
        ["序号", " 单位名称 ", "统一社会信用代码*", "联系电话"],
        [1, "甲公司", BEIJING, 13800000000],
        [None, None, None, None],
        [2, "乙公司", HAIDIAN.lower(), None],
    )
    report = import_enterprises(ctx, path)
    assert report.ok and report.imported == 2
    stored = {r.name: r for r in list_enterprises(ctx)}
    assert stored["甲公司"].phone == "13800000000"  # a number cell, not "13800000000.0"
    assert stored["乙公司"].uscc == HAIDIAN


def test_one_bad_row_means_nothing_is_imported(ctx: AppContext, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "b.xlsx",
        ["企业名称", "统一社会信用代码"],
        ["甲公司", BEIJING],
        ["", HAIDIAN],
        ["丙公司", BEIJING],
    )
    report = import_enterprises(ctx, path)
    assert not report.ok
    reasons = {(e.row, e.column) for e in report.errors}
    assert reasons == {(3, "企业名称"), (4, "统一社会信用代码")}
    assert "第2行" in next(str(e) for e in report.errors if e.row == 4)
    assert list_enterprises(ctx) == []


def test_missing_columns_and_broken_files_are_named(ctx: AppContext, tmp_path: Path) -> None:
    no_code = workbook(tmp_path / "c.xlsx", ["企业名称", "地址"], ["甲", "南昌"])
    with pytest.raises(InputFileError, match="统一社会信用代码"):
        import_enterprises(ctx, no_code)
    broken = tmp_path / "损坏 文件.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(InputFileError, match=r"损坏 文件\.xlsx"):
        import_enterprises(ctx, broken)
    text = tmp_path / "list.xlsx"
    text.write_text("企业名称,统一社会信用代码\n", encoding="utf-8")
    with pytest.raises(InputFileError):
        import_enterprises(ctx, text)


def test_cancel_leaves_the_database_as_it_was(ctx: AppContext, tmp_path: Path) -> None:
    from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char

    rows = [["企业名称", "统一社会信用代码"]]
    for n in range(20):
        org = f"MA{n:06d}"
        body = "91360100" + org + org_code_check_char(org)
        rows.append([f"企业{n}", body + uscc_check_char(body)])
    path = workbook(tmp_path / "d.xlsx", *rows)
    cancel = threading.Event()

    def progress(done: int, _total: int, _text: str) -> None:
        if done >= 5:  # reported per batch: the cancel comes after rows were written, uncommitted
            cancel.set()

    with pytest.raises(InterruptedError):
        import_enterprises(ctx, path, progress, cancel)
    assert list_enterprises(ctx) == []


def test_export_writes_every_enterprise(ctx: AppContext, tmp_path: Path) -> None:
    add_enterprise(ctx, EnterpriseInput(name="甲公司", uscc=BEIJING, contact="张三"))
    path = tmp_path / "导出.xlsx"
    assert export_enterprises(ctx, path) == 1
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("企业名称", "统一社会信用代码")
    assert rows[1][:4] == ("甲公司", BEIJING, None, "张三")
    assert not list(tmp_path.glob("*.part"))


WRONG_CHECK = BEIJING[:-1] + "A"  # the check character should be L


def test_a_wrong_check_character_is_a_row_error_naming_the_column(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "e.xlsx",
        ["企业名称", "统一社会信用代码"],
        ["甲公司", HAIDIAN],
        ["早期代码企业", WRONG_CHECK],
    )
    report = import_enterprises(ctx, path)
    (error,) = report.errors
    assert (error.row, error.column) == (3, "统一社会信用代码")
    assert "校验码应为L" in error.reason and "「按执照确认」列填“是”" in error.reason
    assert str(error).startswith("第3行 统一社会信用代码：")
    assert list_enterprises(ctx) == []


def test_the_confirmation_column_saves_a_code_as_printed(ctx: AppContext, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        ["企业名称", "统一社会信用代码", "按执照确认"],
        ["早期代码企业", WRONG_CHECK, "是"],
        ["甲公司", HAIDIAN, "是"],  # a code that checks out needs no confirmation: not stored
        ["乙公司", "91360702MA35F0K14H", None],
    )
    report = import_enterprises(ctx, path)
    assert report.ok and report.imported == 3
    stored = {r.name: r.uscc_confirmed for r in list_enterprises(ctx)}
    assert stored == {"早期代码企业": True, "甲公司": False, "乙公司": False}


def test_an_unreadable_confirmation_is_a_row_error(ctx: AppContext, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "g.xlsx",
        ["企业名称", "统一社会信用代码", "按执照确认"],
        ["早期代码企业", WRONG_CHECK, "大概"],
    )
    report = import_enterprises(ctx, path)
    columns = {(e.row, e.column) for e in report.errors}
    assert columns == {(2, "按执照确认"), (2, "统一社会信用代码")}
    assert "应填“是”或留空" in next(e.reason for e in report.errors if e.column == "按执照确认")


def test_an_exported_confirmation_imports_again(ctx: AppContext, tmp_path: Path) -> None:
    confirmed = EnterpriseInput(name="早期代码企业", uscc=WRONG_CHECK, uscc_confirmed=True)
    add_enterprise(ctx, confirmed)
    add_enterprise(ctx, EnterpriseInput(name="甲公司", uscc=HAIDIAN))
    path = tmp_path / "导出.xlsx"
    export_enterprises(ctx, path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][-2:] == ("所在地", "按执照确认")
    assert {row[0]: row[-1] for row in rows[1:]} == {"早期代码企业": "是", "甲公司": None}
    other = AppContext(tmp_path / "另一个库")
    try:
        assert import_enterprises(other, path).imported == 2
        assert {r.name: r.uscc_confirmed for r in list_enterprises(other)} == {
            "早期代码企业": True,
            "甲公司": False,
        }
    finally:
        other.dispose()
