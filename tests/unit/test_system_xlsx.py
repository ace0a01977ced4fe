"""Reading an enterprise's own 标准明细表 from Excel, as such lists really look."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from jxdeclare.domain.row_error import RowError
from jxdeclare.importing.system_xlsx import (
    ImportedRow,
    SystemImport,
    SystemImportError,
    read_system_xlsx,
)

Rows = Sequence[Sequence[Any] | None]


def _fill(sheet: Any, rows: Rows, merges: Sequence[str] = ()) -> None:
    """Row i of `rows` becomes sheet row i + 1; None leaves the row blank."""
    for index, values in enumerate(rows, start=1):
        for column, value in enumerate(values or (), start=1):
            if value is not None:
                sheet.cell(index, column, value)
    for cells in merges:
        sheet.merge_cells(cells)


def _save(path: Path, *sheets: tuple[str, Rows, Sequence[str]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows, merges in sheets:
        _fill(book.create_sheet(title), rows, merges)
    book.save(path)
    return path


def _simple(tmp_path: Path, rows: Rows, name: str = "明细 表.xlsx") -> SystemImport:
    return read_system_xlsx(_save(tmp_path / name, ("Sheet1", rows, ())))


# --- a real-world-shaped list ---------------------------------------------------------------------


def _cols(**cells: Any) -> list[Any]:
    """A row given by column letter, so each cell shows which column it is in."""
    row: list[Any] = [None] * 11
    for letter, value in cells.items():
        row[ord(letter) - ord("A")] = value
    return row


# 序号 体系编号 子体系 | 标准: 编号 名称 | 类别 | 日期: 发布 实施 | 状态 责任部门 备注
HEADER_TOP = _cols(
    A="序号",
    B="体系编号",
    C="子体系",
    D="标准",
    F="类别",
    G="日期",
    I="状态",
    J="责任\n部门",
    K="备注",
)
HEADER_BOTTOM = _cols(D="编号", E="名称", G="发布", H="实施\n（YYYY-MM-DD）")
# Each header line's merges, for the header at row `r` (top) and r + 1 (bottom).
HEADER_MERGES = ("A{r}:A{s}", "B{r}:B{s}", "C{r}:C{s}", "D{r}:E{r}", "F{r}:F{s}", "G{r}:H{r}")
HEADER_MERGES += ("I{r}:I{s}", "J{r}:J{s}", "K{r}:K{s}")

MESSY: list[list[Any] | None] = [
    ["江西赣味食品有限公司 标准明细表"],  # 1, merged across
    _cols(A="填报单位：江西赣味食品有限公司", I="填报日期：2024-05-20"),
    HEADER_TOP,  # 3
    HEADER_BOTTOM,  # 4
    ["一、基础标准"],  # 5, section merged across
    _cols(
        A=1,
        B="1.1-001",
        D="GB/T 1.1-2020",
        E="标准化工作导则  第1部分：标准化文件的结构和起草规则",
        F="国家标准",
        G=datetime(2020, 3, 31),  # a real Excel date
        H="2020-10-01",
        I="现行",
        J="质量部",
    ),
    None,  # 7
    _cols(
        A=2.0,
        B="1.1-002",
        D="ＧＢ　２７６２－２０２２",
        E="食品安全国家标准\n食品中污染物限量",
        G="2022/6/30",
        H="2023.6.30",
        I="现行",
        J="质量部",
        K="  含第1号修改单 ",
    ),
    ["二、产品标准"],  # 9, section in 序号 only, not merged
    _cols(
        A=3,
        B=101,
        D="GB 2760",
        E="食品安全国家标准 食品添加剂使用标准",
        G="2014年12月24日",
        H=44742,  # an Excel serial day without date format
        J="生产部",  # merged down to row 13
    ),
    _cols(A=4, C="检验方法", D="GB 27６2-20", E="食品中铅的测定"),  # 11, malformed year
    _cols(A=5, E="风味豆豉产品技术要求"),  # 12, no number
    _cols(A=6, E="企业标准 风味豆豉", I="拟制定"),  # 13, planned, no number
    _cols(A=7, D="gb 2762-2022", E="食品安全国家标准 食品中污染物限量"),  # 14, duplicate of 8
    HEADER_TOP,  # 15, the header repeated on page 2
    HEADER_BOTTOM,  # 16
    _cols(
        A=8,
        B="2.1-001",
        D="Q/JXGW/J 0001-2008",
        E="企业标准化管理办法",
        G="2008-13-01",  # no 13th month
        H="2008-12-01",
        J="技术部",  # merged down to row 18
    ),
    _cols(A=9, C="团体标准", D="T/JXFIA 0012—2023", E="赣南脐橙", K="自我声明"),  # 18
    None,  # 19
    ["合计：12项"],  # 20, merged across
    _cols(A="制表人：张三", G="审核：李四"),  # 21
]
MESSY_MERGES = (
    "A1:K1",
    *(m.format(r=3, s=4) for m in HEADER_MERGES),
    "A5:K5",
    "J10:J13",
    *(m.format(r=15, s=16) for m in HEADER_MERGES),
    "J17:J18",
    "A20:K20",
)
COVER: list[list[Any] | None] = [
    ["填表说明"],
    ["请按标准编号填写本表，标准名称应与标准文本一致。"],
    ["标准名称", "见第二页"],  # one recognisable column alone is not a header
]


@pytest.fixture
def messy(tmp_path: Path) -> SystemImport:
    path = _save(
        tmp_path / "赣味 标准明细表（2024）.xlsx",
        ("说明", COVER, ()),
        ("标准明细表", MESSY, MESSY_MERGES),
    )
    return read_system_xlsx(path)


def test_messy_list_finds_the_table_behind_the_cover_sheet(messy: SystemImport) -> None:
    assert messy.sheet == "标准明细表"
    assert messy.header_row == 4


def test_messy_list_imports_exactly_the_good_rows(messy: SystemImport) -> None:
    assert [(r.row, r.number, r.subsystem) for r in messy.rows] == [
        (6, "GB/T 1.1—2020", "一、基础标准"),
        (8, "GB 2762—2022", "一、基础标准"),
        (10, "GB 2760", "二、产品标准"),
        (13, "", "二、产品标准"),
        (17, "Q/JXGW/J 0001—2008", "二、产品标准"),  # the repeated header keeps the section
        (18, "T/JXFIA 0012—2023", "团体标准"),  # its own 子体系 wins over the section
    ]


def test_messy_list_cleans_every_field(messy: SystemImport) -> None:
    by_row = {r.row: r for r in messy.rows}
    assert by_row[6] == ImportedRow(
        row=6,
        number="GB/T 1.1—2020",
        title="标准化工作导则 第1部分：标准化文件的结构和起草规则",
        code="1.1-001",
        subsystem="一、基础标准",
        published=date(2020, 3, 31),  # a real Excel date
        implemented=date(2020, 10, 1),
        department="质量部",
        note="",
        planned=False,
        number_valid=True,
    )
    second = by_row[8]
    assert second.title == "食品安全国家标准 食品中污染物限量"  # newline inside the cell
    assert (second.published, second.implemented) == (date(2022, 6, 30), date(2023, 6, 30))
    assert second.note == "含第1号修改单"
    third = by_row[10]
    assert third.code == "101"  # a number in the cell, printed as typed
    assert (third.published, third.implemented) == (date(2014, 12, 24), date(2022, 6, 30))
    assert third.number_valid  # undated numbers are valid


def test_messy_list_planned_row_and_merged_departments(messy: SystemImport) -> None:
    by_row = {r.row: r for r in messy.rows}
    planned = by_row[13]
    assert (planned.planned, planned.number_valid, planned.title) == (
        True,
        False,
        "企业标准 风味豆豉",
    )
    assert planned.department == "生产部"  # J10:J13 merged
    assert [by_row[n].department for n in (17, 18)] == ["技术部", "技术部"]
    assert by_row[17].published is None  # "2008-13-01" ignored, not fatal
    assert by_row[17].implemented == date(2008, 12, 1)
    assert by_row[18].note == "自我声明"
    assert not any(r.planned for n, r in by_row.items() if n != 13)


def test_messy_list_errors_name_row_header_and_reason(messy: SystemImport) -> None:
    assert [(e.row, e.column) for e in messy.errors] == [(11, "标准 编号"), (12, "标准 编号")]
    malformed, missing = messy.errors
    assert "GB 2762-20" in malformed.reason
    assert "年号“20”应为四位数字" in malformed.reason  # the parser's own explanation
    assert missing.reason == "缺少标准编号"
    assert str(missing) == "第12行 标准 编号：缺少标准编号"


def test_messy_list_warnings(messy: SystemImport) -> None:
    assert [(w.row, w.column) for w in messy.warnings] == [
        (8, "标准 编号"),
        (14, "标准 编号"),
        (17, "日期 发布"),
    ]
    normalised, duplicate, bad_date = (w.reason for w in messy.warnings)
    assert "已规范为“GB 2762—2022”" in normalised
    assert "重复，已忽略" in duplicate and "第8行" in duplicate
    assert "2008-13-01" in bad_date and "已忽略" in bad_date


def test_messy_list_skipped_rows(messy: SystemImport) -> None:
    assert messy.skipped == [
        (5, "分组标题“一、基础标准”"),
        (7, "空行"),
        (9, "分组标题“二、产品标准”"),
        (15, "重复的表头"),
        (16, "重复的表头"),
        (19, "空行"),
        (20, "合计行"),
        (21, "表注或签署行"),
    ]


# --- headers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number_header", "title_header", "label"),
    [
        ("标准号", "标准名称", "标准号"),
        ("标准编号", "名称", "标准编号"),
        ("*标准代号及编号", "标准名\n（中文）", "*标准代号及编号"),
        ("标准　编号", "标 准 名 称", "标准 编号"),  # named as written, spaces tidied
        ("标准编号\n(必填)", "标准名称*", "标准编号 (必填)"),
    ],
)
def test_header_aliases(tmp_path: Path, number_header: str, title_header: str, label: str) -> None:
    result = _simple(
        tmp_path,
        [[number_header, title_header], ["GB 2760-2014", "食品添加剂使用标准"], [None, "无编号"]],
    )
    assert result.header_row == 1
    assert [(r.number, r.title) for r in result.rows] == [("GB 2760—2014", "食品添加剂使用标准")]
    # The column is named as the file writes it, so the user can find it.
    assert result.errors == [RowError(3, label, "缺少标准编号")]


def test_the_specific_number_header_wins_over_a_bare_编号(tmp_path: Path) -> None:
    result = _simple(tmp_path, [["编号", "标准号", "标准名称"], ["A-01", "GB 2760", "添加剂"]])
    assert [r.number for r in result.rows] == ["GB 2760"]


def test_two_line_header_without_merges(tmp_path: Path) -> None:
    # "体系"/"编号" and "标准"/"编号": the lines together tell the two 编号 columns apart.
    rows = [["体系", "标准", "标准"], ["编号", "编号", "名称"], ["1.1-001", "GB 2760", "添加剂"]]
    result = _simple(tmp_path, rows)
    assert result.header_row == 2
    assert [(r.code, r.number) for r in result.rows] == [("1.1-001", "GB 2760")]


def test_a_header_that_goes_on_below_a_complete_line(tmp_path: Path) -> None:
    # Row 1 alone already has 标准编号 and 标准名称 (merged down); row 2 adds the dates.
    rows = [
        ["标准编号", "标准名称", "日期"],
        [None, None, "发布", "实施"],
        ["GB 2760-2014", "添加剂", "2014-12-24", "2015-05-24"],
    ]
    path = _save(tmp_path / "h.xlsx", ("表", rows, ("A1:A2", "B1:B2", "C1:D1")))
    result = read_system_xlsx(path)
    assert result.header_row == 2
    assert [(r.published, r.implemented) for r in result.rows] == [
        (date(2014, 12, 24), date(2015, 5, 24))
    ]


def test_subsystem_and_category_stay_separate(tmp_path: Path) -> None:
    rows = [["分类", "类别", "标准编号", "标准名称"], ["产品标准", "国家标准", "GB 2760", "添加剂"]]
    assert [r.subsystem for r in _simple(tmp_path, rows).rows] == ["产品标准"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["标准类别", "标准编号", "标准名称"], "产品标准"),  # alone: it is the 子体系
        (["子体系", "标准类别", "标准编号", "标准名称"], "技术标准"),  # beside 子体系: the 类别
    ],
)
def test_标准类别_is_the_subsystem_only_when_nothing_else_is(
    tmp_path: Path, headers: list[str], expected: str
) -> None:
    values = {"标准类别": "产品标准", "子体系": "技术标准", "标准编号": "GB 2760", "标准名称": "x"}
    result = _simple(tmp_path, [headers, [values[h] for h in headers]])
    assert [r.subsystem for r in result.rows] == [expected]


def test_header_is_searched_within_the_first_15_rows(tmp_path: Path) -> None:
    at_15 = [None] * 14 + [["标准编号", "标准名称"], ["GB 2760", "添加剂"]]
    assert _simple(tmp_path, at_15, "a.xlsx").header_row == 15
    with pytest.raises(SystemImportError, match=r"b\.xlsx"):
        _simple(tmp_path, [None, *at_15], "b.xlsx")


def test_vertically_merged_subsystem_applies_to_each_row(tmp_path: Path) -> None:
    rows = [
        ["子体系", "标准编号", "标准名称"],
        ["产品标准", "GB 2760", "添加剂"],
        [None, "GB 2762", "污染物"],
        ["方法标准", "GB 5009.12-2017", "铅"],
    ]
    path = _save(tmp_path / "m.xlsx", ("表", rows, ("A2:A3",)))
    assert [r.subsystem for r in read_system_xlsx(path).rows] == [
        "产品标准",
        "产品标准",
        "方法标准",
    ]


# --- planned standards ---------------------------------------------------------------------------


def test_planned_rows(tmp_path: Path) -> None:
    rows = [
        ["标准编号", "标准名称", "状态"],
        [None, "酱油企业标准", "待制订"],
        ["待制定", "豆豉企业标准", None],  # the mark typed into the number column
        ["Q/JXGW XXXX", "辣椒酱企业标准", "计划制定"],  # a placeholder number
        [None, None, "待制定"],
        ["Q/JXGW 0002-2025", "腐乳企业标准", "拟制定"],
    ]
    result = _simple(tmp_path, rows)
    assert [(r.row, r.number, r.planned, r.number_valid) for r in result.rows] == [
        (2, "", True, False),
        (3, "", True, False),
        (4, "Q/JXGW XXXX", True, False),
        (6, "Q/JXGW 0002—2025", True, True),
    ]
    assert result.errors == [RowError(5, "标准名称", "缺少标准名称")]
    assert [(w.row, w.column) for w in result.warnings] == [(4, "标准编号")]
    assert "按待制定导入" in result.warnings[0].reason


def test_status_words_other_than_planned_are_not_imported(tmp_path: Path) -> None:
    rows = [
        ["标准编号", "标准名称", "状态", "代替/被代替"],
        ["GB 2760-2011", "添加剂", "废止", "x"],
    ]
    (row,) = _simple(tmp_path, rows).rows
    assert (row.number, row.planned, row.note) == ("GB 2760—2011", False, "")


# --- dates and other cell values -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime(2022, 6, 30), date(2022, 6, 30)),
        ("2022-06-30", date(2022, 6, 30)),
        ("2022/6/30", date(2022, 6, 30)),
        ("2022.6.30", date(2022, 6, 30)),
        ("2022年6月30日", date(2022, 6, 30)),
        ("２０２２年６月３０日", date(2022, 6, 30)),
        ("2022-06-30 00:00:00", date(2022, 6, 30)),
        (44742, date(2022, 6, 30)),  # an Excel serial without date format
        (44742.0, date(2022, 6, 30)),
        ("44742", date(2022, 6, 30)),
        (20220630, date(2022, 6, 30)),
        ("—", None),  # a placeholder, not an error
        (None, None),
    ],
)
def test_dates(tmp_path: Path, cell: Any, expected: date | None) -> None:
    result = _simple(tmp_path, [["标准编号", "标准名称", "实施日期"], ["GB 2760", "x", cell]])
    assert [r.implemented for r in result.rows] == [expected]
    assert result.warnings == []


@pytest.mark.parametrize("cell", ["2022-02-30", "明年", 2022, "2022年6月", 1.5, -3, 1e12])
def test_a_bad_date_is_a_warning_not_an_error(tmp_path: Path, cell: Any) -> None:
    header = ["标准编号", "标准名称", "发布日期（YYYY-MM-DD）"]
    result = _simple(tmp_path, [header, ["GB 2760", "x", cell]])
    assert [r.published for r in result.rows] == [None]
    assert result.errors == []
    assert [(w.row, w.column) for w in result.warnings] == [(2, "发布日期（YYYY-MM-DD）")]


def test_totals_section_and_number_only_rows(tmp_path: Path) -> None:
    rows = [
        ["序号", "体系编号", "标准编号", "标准名称", "备注"],
        [None, "101", None, None, None],  # a code without a title: not a section
        ["产品标准"],
        [1, None, "GB 2760", "添加剂"],
        [2],  # a numbered but empty template row
        [None, None, None, None, "以上为现行标准"],
        [None, None, None, "共计 1 项"],
    ]
    result = _simple(tmp_path, rows)
    assert [(r.row, r.subsystem) for r in result.rows] == [(4, "产品标准")]
    assert result.skipped == [
        (2, "没有标准编号和标准名称"),
        (3, "分组标题“产品标准”"),
        (5, "没有标准编号和标准名称"),
        (6, "没有标准编号和标准名称"),
        (7, "合计行"),
    ]
    assert result.errors == []


def test_number_written_differently_is_normalised_quietly(tmp_path: Path) -> None:
    rows = [["标准编号", "标准名称"], ["GB2760-2014", "x"], ["GB/T 5009.12 － 2017", "y"]]
    result = _simple(tmp_path, rows)
    assert [r.number for r in result.rows] == ["GB 2760—2014", "GB/T 5009.12—2017"]
    assert result.warnings == []  # only the dash and spacing changed


def test_number_without_title_is_kept_with_a_warning(tmp_path: Path) -> None:
    result = _simple(tmp_path, [["标准编号", "标准名称"], ["GB 2760", None]])
    assert [(r.number, r.title) for r in result.rows] == [("GB 2760", "")]
    assert result.warnings == [RowError(2, "标准名称", "缺少标准名称")]


# --- files that are not standards lists ----------------------------------------------------------


def _message(path: Path) -> str:
    with pytest.raises(SystemImportError) as caught:
        read_system_xlsx(path)
    assert path.name in str(caught.value)
    return str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    assert "不存在" in _message(tmp_path / "没有 这个.xlsx")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "空 文件.xlsx"
    path.write_bytes(b"")
    assert "空" in _message(path)


def test_text_file_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "标准 明细.xlsx"
    path.write_text("序号,标准编号,标准名称\n", encoding="utf-8")
    assert "不是 Excel" in _message(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "压缩 包.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "已损坏" in _message(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    good = _save(tmp_path / "good.xlsx", ("表", [["标准编号", "标准名称"]], ()))
    path = tmp_path / "损坏 的.xlsx"
    path.write_bytes(good.read_bytes()[:-200])
    _message(path)


def test_old_xls_or_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "旧 格式.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 512)
    assert ".xls" in _message(path)


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "大 文件.xlsx"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no 51 MB written
    assert "太大" in _message(path)


def test_no_recognisable_header(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "无 表头.xlsx",
        ("说明", COVER, ()),
        ("数据", [["序号", "编码", "题目"], [1, "GB 2760", "添加剂"]], ()),
    )
    assert "标准编号" in _message(path)
