"""Formula-leading user text in every .xlsx export opens as the text the user typed, never as a
live formula (a HYPERLINK, a sum); numbers stay numbers and dates stay dates."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jxdeclare.checks.registry import Category, Finding, Location, Severity
from jxdeclare.checks.run import CheckReport
from jxdeclare.domain.declaration_record import DeclarationRecord, DeclaredProduct, IndicatorLine
from jxdeclare.domain.system.entry import EntryView, Level
from jxdeclare.domain.system.review import Action, ActionKind
from jxdeclare.domain.system.snapshot import AnnualStats, SystemSnapshot
from jxdeclare.domain.system.templates import GBT_15496, Branch
from jxdeclare.domain.system.tree import NodeRow, SystemTree
from jxdeclare.reporting.check_reports import Checked
from jxdeclare.reporting.check_reports import write_xlsx as write_check_xlsx
from jxdeclare.reporting.declarations.sheet import (
    SummaryRow,
    write_batch_summary_xlsx,
    write_products_xlsx,
)
from jxdeclare.reporting.system.dashboard import write_dashboard_xlsx
from jxdeclare.reporting.system.workbook import (
    write_annual_stats_xlsx,
    write_detail_xlsx,
    write_report_xlsx,
)
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprise_excel import export_enterprises
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

LINK, SUM, MINUS, AT = '=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)"
HOSTILE = (LINK, SUM, MINUS, AT, "\t=1+1", "-20℃")
AS_OF = date(2025, 6, 30)


def cells(path: Path) -> list:
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def assert_safe(path: Path, expected: tuple[str, ...] = HOSTILE) -> None:
    found = cells(path)
    formulas = [(c.coordinate, c.value) for c in found if c.data_type == "f"]
    assert formulas == [], f"{path.name}: live formulas {formulas}"
    texts = {c.value for c in found if isinstance(c.value, str)}
    for text in expected:  # each hostile value reads back exactly, and as text
        assert any(text in t for t in texts), f"{path.name}: {text!r} missing"
    for c in found:
        if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t")):
            assert c.data_type == "s" and c.quotePrefix, (path.name, c.coordinate, c.value)


def node_rows(branches: tuple[Branch, ...]) -> list[NodeRow]:
    rows: list[NodeRow] = []

    def add(children: tuple[Branch, ...], parent: int | None) -> None:
        for position, (title, below) in enumerate(children, start=1):
            rows.append(NodeRow(len(rows) + 1, parent, position, title))
            add(below, len(rows))

    add(branches, None)
    return rows


def entry(i: int, tree: SystemTree, number: str, title: str, **extra: object) -> EntryView:
    node = tree.by_code("1.1")
    path = " / ".join(row.title for row in tree.path(node))
    return EntryView(i, 1, number, title, node, f"1.1-00{i}", path, Level.NATIONAL, "—",
                     "现行", **extra)  # type: ignore[arg-type]  # fmt: skip


def snapshot() -> SystemSnapshot:
    tree = SystemTree(node_rows(GBT_15496.branches))
    entries = [
        entry(1, tree, LINK, SUM, department=MINUS, note=AT, published=date(2020, 1, 2)),
        entry(2, tree, "GB 2763—2021", "\t=1+1", department="-20℃"),
    ]
    return SystemSnapshot(LINK, "JXGW", "91360100MA35XXXX0X", "gbt15496", tree, entries, AS_OF,
                          SUM, 3)  # fmt: skip


def write_detail(out: Path) -> None:
    write_detail_xlsx(snapshot(), out)


def write_report(out: Path) -> None:
    write_report_xlsx(snapshot(), out)


def write_annual(out: Path) -> None:
    stats = AnnualStats(LINK, "91360100MA35XXXX0X", 2025, {"国": 2, "企": 1},
                        own_drafted=[SUM], own_revised=[MINUS], declarations=[AT, "\t=1+1"],
                        data_label="-20℃")  # fmt: skip
    write_annual_stats_xlsx(stats, out)


def write_dashboard(out: Path) -> None:
    snap = snapshot()
    rows = [(LINK, Action(ActionKind.REPLACED, snap.entries[0], SUM, date(2025, 7, 1))),
            (AT, Action(ActionKind.RECHECK, snap.entries[1], "-20℃"))]  # fmt: skip
    write_dashboard_xlsx(rows, AS_OF, MINUS, out)


def write_check(out: Path) -> None:
    findings = [
        Finding("W003", Severity.WARNING, Category.CONFORMITY, Location("w[0]", MINUS), LINK,
                SUM, {}),
        Finding("W003", Severity.WARNING, Category.CONFORMITY, Location("w[1]", "5.1"),
                "\t=1+1", "-20℃", {}, suppressed=AT),
    ]  # fmt: skip
    write_check_xlsx([Checked(LINK, CheckReport(findings, {}, AS_OF, SUM))], out)


def write_products(out: Path) -> None:
    pdf = b"%PDF-1.4\n%%EOF\n"
    record = DeclarationRecord(
        enterprise_name=LINK, credit_code="91360100158300003X", standard_kind="Q",
        standard_number="Q/JXSL 0001—2026", standard_name=SUM, region_code="360100",
        disclosure="indicators", pdf_name="a.pdf", pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        pdf_size=len(pdf), indicators=(IndicatorLine("水分", "≤15.0", "%", "GB 5009.3", "5.3"),),
        explicit_statement="明示", commitment_accepted=True,
        products=(DeclaredProduct(LINK, SUM, MINUS, AT, "6901234567892", "\t=1+1", "-20℃"),),
    )  # fmt: skip
    write_products_xlsx(record, out)


def write_summary(out: Path) -> None:
    rows = [SummaryRow(1, LINK, SUM, MINUS, AT, "已公开", "\t=1+1", "-20℃", "", "", "", "", ""),
            SummaryRow(2, "甲", "", "", "", AT, "", "", "", "", "", "", LINK)]  # fmt: skip
    write_batch_summary_xlsx(rows, out)


WRITERS: dict[str, Callable[[Path], None]] = {
    "标准明细表": write_detail,
    "标准体系表": write_report,
    "年度标准化统计": write_annual,
    "待处理事项": write_dashboard,
    "检查报告": write_check,
    "申报产品": write_products,
    "申报汇总": write_summary,
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_formula_text_is_kept_as_text(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.xlsx"
    WRITERS[name](out)
    assert_safe(out)


def test_numbers_and_dates_keep_their_types(tmp_path: Path) -> None:
    out = tmp_path / "统计.xlsx"
    write_annual(out)
    values = {c.value: c.data_type for c in cells(out)}
    assert values[2025] == "n" and values[2] == "n"
    summary = tmp_path / "汇总.xlsx"
    write_summary(summary)
    counts = [c for c in load_workbook(summary)["按状态"]["B"]]
    assert [c.value for c in counts][1:] == [1, 1, 2]
    assert all(c.data_type == "n" for c in counts[1:])


def test_the_enterprise_export_keeps_formula_text_as_text(ctx: AppContext, tmp_path: Path) -> None:
    add_enterprise(ctx, EnterpriseInput(name=LINK, uscc="91110000600037341L", contact=SUM,
                                         phone=MINUS, address=AT))  # fmt: skip
    add_enterprise(ctx, EnterpriseInput(name="甲公司", uscc="91110108551385082Q", contact="=1+1",
                                         address="-20℃"))  # fmt: skip
    out = tmp_path / "企业.xlsx"
    export_enterprises(ctx, out)  # the store trims the tab off
    assert_safe(out, (LINK, SUM, MINUS, AT, "=1+1", "-20℃"))


def test_every_workbook_writer_goes_through_the_helper() -> None:
    """A new writer (a module creating a Workbook) must use append_row, not sheet.append."""
    root = Path(__file__).resolve().parents[2] / "jxdeclare"
    writers = [p for p in root.rglob("*.py") if "Workbook()" in p.read_text(encoding="utf-8")]
    assert len(writers) >= 5
    for path in writers:
        text = path.read_text(encoding="utf-8")
        assert "append_row" in text, path.name
        assert not re.search(r"sheet\.append\(|\.cell\([^)]*value=", text), path.name
