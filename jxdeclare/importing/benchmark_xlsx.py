"""对标 sets from the Excel template an agency fills from an 评估方案 (docs/benchmarks.md).

One sheet, 对标集, one indicator target per row; the set's own fields (产品类别, 类型, 档次顺序)
are written on its first row and may be left blank on the rest. Every row is checked before
anything is kept: a single error means nothing is imported, and each error names the sheet, the
row, the column and what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jxdeclare.domain.benchmarks.model import KINDS, LEADER_TIERS, BenchmarkRow, BenchmarkSet
from jxdeclare.domain.indicators import parse_requirement
from jxdeclare.domain.limits import MAX_BENCHMARK_CELLS, MAX_BENCHMARK_ROWS, MAX_SHEET_COLUMNS
from jxdeclare.domain.row_error import RowError
from jxdeclare.domain.units import normalise_unit
from jxdeclare.importing.file_checks import check_office_zip
from jxdeclare.importing.sheet_cells import cell_text, folded_text, header_key, to_date
from jxdeclare.importing.sheet_scan import check_sheets

SHEET = "对标集"
# (key, header as the template writes it, what a person fills in: the template's 说明 sheet)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "集名称", "必填。同一集的各行写同一名称，如“冻干脐橙 领跑者评估方案（2025）”"),
    ("category", "产品类别", "集的第一行必填：适用的产品，标准名称含此词即适用，如“冻干脐橙”"),
    ("kind", "类型", "领跑者、江西绿色生态 或 自定；空白为 自定"),
    ("tiers", "档次顺序", "由高到低，用顿号分隔，如“领跑者、先进、达标”；领跑者集可空白"),
    ("item", "项目", "必填：指标名称，如“铅”“可溶性固形物”"),
    ("comparator", "比较", "必填：≤ < ≥ > 或 范围"),
    ("value", "指标值", "必填：数值；范围写“30～35”，比值可写“30～35:1”"),
    ("unit", "单位", "如 mg/kg、%、g/100g；比值和无单位的项目空白"),
    ("basis", "计算基础", "如“以干基计”；标准写明相同基础时才比较"),
    ("tier", "档次", "必填：档次顺序中的一档"),
    ("source", "来源文件", "必填：评估方案或标准的名称和编号"),
    ("source_date", "来源日期", "来源文件的日期，如 2025-03-01"),
    ("baseline", "基准", "所超越的国家或行业标准及其数值，如“NY/T 435—2021 ≤0.2 mg/kg”"),
    ("note", "备注", ""),
)
LABELS = {key: label for key, label, _hint in COLUMNS}
REQUIRED = ("name", "item", "comparator", "value", "tier", "source")
_COMPARATORS = {"≤": "≤", "<=": "≤", "不大于": "≤", "不超过": "≤", "<": "<", "小于": "<",
                "≥": "≥", ">=": "≥", "不小于": "≥", "不低于": "≥", ">": ">", "大于": ">",
                "范围": "范围", "~": "范围", "～": "范围"}  # fmt: skip
_TIER_SPLIT = re.compile(r"[、,，;；/>＞]+")
_MONTH = re.compile(r"(\d{4})[-/.年](\d{1,2})月?")
_FOLDED = ("comparator", "value", "unit", "source_date")
MAX_TEXT = 200  # a name or an item longer than this is not a name


class BenchmarkImportError(ValueError):
    """A workbook that cannot be read as 对标 sets at all (the message names the file)."""


@dataclass(frozen=True)
class SheetRowError(RowError):
    sheet: str = ""

    def __str__(self) -> str:
        return f"工作表“{self.sheet}” 第{self.row}行 {self.column}：{self.reason}"

    def as_dict(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "reason": self.reason}  # fmt: skip


@dataclass
class BenchmarkImport:
    sets: list[BenchmarkSet] = field(default_factory=list)
    errors: list[SheetRowError] = field(default_factory=list)


def _refuse(path: Path, why: str) -> BenchmarkImportError:
    return BenchmarkImportError(f"无法导入“{path.name}”：{why}")


def read_benchmark_xlsx(path: Path) -> BenchmarkImport:
    path = Path(path)
    check_office_zip(
        path, _refuse, not_zip="不是 Excel（.xlsx）文件",
        old_format="这是旧版 .xls 文件或设置了打开密码的文件；请在 Excel 中另存为 .xlsx 后再导入",
    )  # fmt: skip
    check_sheets(path, _refuse, max_rows=MAX_BENCHMARK_ROWS, max_cells=MAX_BENCHMARK_CELLS)
    from openpyxl import load_workbook

    try:
        with path.open("rb") as handle:
            book = load_workbook(handle, read_only=True, data_only=True)
            try:
                sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
                rows = [list(r) for r in sheet.iter_rows(max_col=MAX_SHEET_COLUMNS,
                                                         values_only=True)]  # fmt: skip
                title, epoch = sheet.title, book.epoch
            finally:
                book.close()
    except Exception as exc:  # zipfile, zlib, lxml, openpyxl: all mean "damaged"
        raise _refuse(path, f"文件已损坏或不是 Excel 工作簿（{type(exc).__name__}）") from exc
    if not rows:
        raise _refuse(path, f"工作表“{title}”是空的")
    columns = _header(path, title, rows[0])
    return _Reader(title, columns, epoch).read(rows[1:])


def _header(path: Path, sheet: str, row: list[Any]) -> dict[str, int]:
    lookup = {header_key(label): key for key, label, _hint in COLUMNS}
    found: dict[str, int] = {}
    for index, value in enumerate(row):
        key = lookup.get(header_key(cell_text(value)))
        if key and key not in found:
            found[key] = index
    missing = [LABELS[key] for key in REQUIRED if key not in found]
    if missing:
        raise _refuse(path, f"工作表“{sheet}”第1行缺少列：{'、'.join(missing)}"
                      "（请用 jxdeclare-cli benchmark template 生成的模板）")  # fmt: skip
    return found


@dataclass
class _Draft:
    first_row: int
    category: str
    kind: str
    tiers: tuple[str, ...]
    rows: list[BenchmarkRow] = field(default_factory=list)
    seen: dict[tuple[str, str, str], int] = field(default_factory=dict)


class _Reader:
    def __init__(self, sheet: str, columns: dict[str, int], epoch: datetime) -> None:
        self.sheet, self.columns, self.epoch = sheet, columns, epoch
        self.result = BenchmarkImport()
        self.drafts: dict[str, _Draft] = {}

    def read(self, rows: list[list[Any]]) -> BenchmarkImport:
        for offset, values in enumerate(rows, start=2):
            if any(cell_text(v) for v in values):
                self._row(offset, values)
        for name, draft in self.drafts.items():
            if not draft.rows:
                continue
            tiers = draft.tiers or tuple(dict.fromkeys(r.tier for r in draft.rows))
            made = BenchmarkSet(name, draft.category, draft.kind, tiers, tuple(draft.rows))
            self.result.sets.append(made)
        if self.result.errors:
            self.result.sets = []  # all or nothing
        return self.result

    def _text(self, values: list[Any], key: str) -> str:
        """Names, items and sources as written; operators, numbers and units half-width."""
        index = self.columns.get(key)
        if index is None or index >= len(values):
            return ""
        return (folded_text if key in _FOLDED else cell_text)(values[index])

    def _error(self, row: int, key: str, reason: str) -> None:
        self.result.errors.append(SheetRowError(row, LABELS[key], reason, sheet=self.sheet))

    def _row(self, row: int, values: list[Any]) -> None:
        texts = {key: self._text(values, key) for key in LABELS}
        before = len(self.result.errors)
        for key in REQUIRED:
            if not texts[key]:
                self._error(row, key, "必填，不能为空")
        for key in ("name", "item", "category"):
            if len(texts[key]) > MAX_TEXT:
                self._error(row, key, f"过长（{len(texts[key])} 个字，上限 {MAX_TEXT}）")
        draft = self._draft(row, texts) if texts["name"] else None
        comparator = _COMPARATORS.get(texts["comparator"].replace(" ", ""))
        if texts["comparator"] and comparator is None:
            self._error(row, "comparator", f"“{texts['comparator']}”不是 ≤ < ≥ > 或 范围")
        unit = self._unit(row, texts["unit"])
        if comparator and texts["value"]:
            self._value(row, comparator, texts["value"])
        source_date = self._date(row, values)
        if draft is not None and texts["tier"] and draft.tiers and texts["tier"] not in draft.tiers:
            self._error(row, "tier", f"“{texts['tier']}”不在档次顺序（{'、'.join(draft.tiers)}）中")
        if draft is None or len(self.result.errors) > before:
            return
        key = (texts["item"], texts["tier"], texts["basis"])
        if key in draft.seen:
            self._error(row, "item", f"“{texts['item']}”（档次 {texts['tier']}）与第"
                        f"{draft.seen[key]}行重复")  # fmt: skip
            return
        draft.seen[key] = row
        draft.rows.append(BenchmarkRow(
            texts["item"], comparator or "", texts["value"], unit, texts["tier"], texts["source"],
            source_date, texts["basis"], texts["baseline"], texts["note"]))  # fmt: skip

    def _draft(self, row: int, texts: dict[str, str]) -> _Draft | None:
        name = texts["name"]
        kind = texts["kind"] or ("" if name in self.drafts else "自定")
        if kind and kind not in KINDS:
            self._error(row, "kind", f"“{kind}”不是 {'、'.join(KINDS)} 之一")
            return None
        tiers = tuple(t.strip() for t in _TIER_SPLIT.split(texts["tiers"]) if t.strip())
        if len(set(tiers)) != len(tiers):
            self._error(row, "tiers", "档次重名")
            return None
        draft = self.drafts.get(name)
        if draft is None:
            if not texts["category"]:
                self._error(row, "category", f"集“{name}”的第一行须写明产品类别")
                return None
            if not tiers and kind == "领跑者":
                tiers = LEADER_TIERS
            draft = self.drafts[name] = _Draft(row, texts["category"], kind, tiers)
            return draft
        for key, mine, theirs in (("category", texts["category"], draft.category),
                                  ("kind", texts["kind"], draft.kind),
                                  ("tiers", "、".join(tiers), "、".join(draft.tiers))):  # fmt: skip
            if mine and mine != theirs:
                self._error(row, key, f"“{mine}”与集“{name}”第{draft.first_row}行的“{theirs}”不同")
        return draft

    def _unit(self, row: int, text: str) -> str:
        if not text or text in (":1", "：1"):
            return ""
        unit = normalise_unit(text)
        if not unit:
            self._error(row, "unit", f"无法识别的单位“{text}”（可用如 mg/kg、μg/kg、g/100g、%）")
            return text
        return unit

    def _value(self, row: int, comparator: str, text: str) -> None:
        bare = re.sub(r"\s*[:：]\s*1\s*$", "", text)
        parsed = parse_requirement(bare if comparator == "范围" else f"{comparator}{bare}")
        wanted = {"≤": "max", "<": "max", "≥": "min", ">": "min", "范围": "range"}[comparator]
        if parsed.kind != wanted or parsed.unit:
            shape = "“下限～上限”（如 30～35）" if comparator == "范围" else "一个数值（如 0.1）"
            self._error(row, "value", f"“{text}”应为{shape}，单位写在“单位”列")

    def _date(self, row: int, values: list[Any]) -> str:
        index = self.columns.get("source_date")
        value = values[index] if index is not None and index < len(values) else None
        text = folded_text(value)
        if not text:
            return ""
        if (match := _MONTH.fullmatch(text)) and 1 <= int(match.group(2)) <= 12:
            return f"{match.group(1)}-{int(match.group(2)):02d}"
        try:
            day = to_date(value, self.epoch)
        except ValueError:
            day = None
        if day is None:
            self._error(row, "source_date", f"无法识别的日期“{text}”（如 2025-03-01 或 2025-03）")
            return ""
        return day.isoformat()


def write_template(out: Path) -> None:
    """An empty workbook: the 对标集 sheet with its header, and a 说明 sheet for each column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from jxdeclare.reporting.atomic import atomic_write
    from jxdeclare.reporting.cells import append_row

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    append_row(sheet, [label for _key, label, _hint in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, width in enumerate((28, 12, 12, 18, 16, 6, 10, 8, 10, 8, 32, 11, 30, 16)):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    notes = book.create_sheet("说明")
    append_row(notes, ["列", "填写说明"])
    for _key, label, hint in COLUMNS:
        append_row(notes, [label, hint])
    append_row(notes, [])
    append_row(notes, ["", "一行一个指标目标；同一集的各行集名称相同，集的属性写在它的第一行。"])
    append_row(notes, ["", "有任何一行出错则整个文件都不导入，错误会写明工作表、行、列和原因。"])
    notes.column_dimensions["A"].width = 12
    notes.column_dimensions["B"].width = 80
    atomic_write(out, lambda tmp: book.save(tmp))
