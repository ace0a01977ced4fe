"""对标 in the window: the editor's 对标 tab and the 合规检查 page's 对标 button show each target's
verdict for the standard being edited or checked, in the benchmark colour, never a severity's."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTabBar, QTreeWidget

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.model import Document, IndicatorRow
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.catalog import default_pack_path
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.benchmarks import COLOUR
from jxdeclare.ui.benchmarks.view import BenchmarkView
from jxdeclare.ui.editor.window import DraftEditor
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.severity import COLOURS, VERDICT_COLOURS
from jxdeclare.ui.tasks import running_tasks

SLICES = "江西绿色生态 冻干脐橙片（T/JGE 0138—2024）"


def orange_slices() -> Document:
    """A 冻干脐橙片 standard whose lead is written as enterprises write it, ≤0.2 mg/kg."""
    document = example_document(chapters=2)
    document.cover.title = "冻干脐橙片"
    table = next(b for c in document.all_clauses() for b in c.blocks if hasattr(b, "rows"))
    table.rows[0] = IndicatorRow("铅（以Pb计）", "mg/kg", "≤", "0.2", "GB 5009.12")
    return document


def shown(view: BenchmarkView) -> list[tuple[str, str, str]]:
    return view.verdicts()


def test_the_benchmark_colour_is_no_severity_or_verdict_colour() -> None:
    assert COLOUR not in {*COLOURS.values(), *VERDICT_COLOURS.values()}


def test_the_editor_tab_shows_lead_missing_the_t_jge_target(qtbot, ctx: AppContext) -> None:
    install_language("zh_CN")
    owner = add_enterprise(ctx, EnterpriseInput(name="江西示例果业", uscc="91110000600037341L"))
    draft = drafts.store_new(ctx, owner.id, orange_slices())
    checker = partial(check_document, pack=open_pack(default_pack_path(), trusted_keys()))
    window = DraftEditor(ctx, drafts.open_draft(ctx, draft.id), lambda *_: None, checker=checker)

    def close_quietly(widget: DraftEditor) -> None:
        widget.mark_saved(widget.undo_stack.index())
        widget.close()
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    qtbot.waitExposed(window)
    view = window.findChild(BenchmarkView)
    assert shown(view) == []  # behind 检查结果: nothing compared until the tab is opened
    bar = next(b for b in window.findChildren(QTabBar)
               if any(b.tabText(i) == "对标" for i in range(b.count())))  # fmt: skip
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == "对标")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    qtbot.waitUntil(lambda: shown(view) == [(SLICES, "铅", "misses")], timeout=10_000)
    tree = view.findChild(QTreeWidget, "benchmarkResults")
    lead = tree.topLevelItem(0).child(0)
    assert [lead.text(c) for c in range(6)] == [
        "铅", "≤0.1 mg/kg", "≤0.2 mg/kg", "未达到", "0.1 mg/kg", "江西绿色生态"]  # fmt: skip
    assert lead.foreground(3).color().name() == COLOUR
    assert "NY/T 435—2021" in lead.toolTip(0) and "表1 第1行" in lead.toolTip(0)
    summary = view.findChild(QLabel, "benchmarkSummary").text()
    assert f"{SLICES}：未达到任何档次" in summary and "未达到的目标 1 项" in summary


def check_with_benchmarks(qtbot, window: MainWindow, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """合规检查 of a 冻干脐橙片 file, then a click on 对标: the page and its view, compared."""
    path = tmp_path / "冻干脐橙片.jxstd"
    jxstd.save(orange_slices(), path)
    window.show_page(window.check_page)
    page = window.check_page
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.findChild(QPushButton, "fileCheckButton"), Qt.MouseButton.LeftButton)
    toggle = page.findChild(QPushButton, "showBenchmarks")
    qtbot.waitUntil(toggle.isVisible, timeout=10_000)
    view = page.findChild(BenchmarkView)
    assert not view.isVisible()  # nothing compared until asked
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(view) == [(SLICES, "铅", "misses")], timeout=10_000)
    return page, view


def test_the_check_page_compares_the_checked_file(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    page, view = check_with_benchmarks(qtbot, window, monkeypatch, tmp_path)
    out = tmp_path / "对标.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(view.findChild(QPushButton, "exportBenchmarks"), Qt.MouseButton.LeftButton)
    summary = view.findChild(QLabel, "benchmarkSummary")
    qtbot.waitUntil(lambda: "已导出" in summary.text(), timeout=10_000)
    assert out.is_file()
    # The check's own verdict is untouched: the file's findings are listed as before.
    results = page.findChild(QTreeWidget, "checkResults")
    assert results.topLevelItemCount() == 1 and "对标" not in results.topLevelItem(0).text(3)


PLAN = "冻干脐橙 领跑者评估方案（2025）"
PLAN_ROWS = [
    [PLAN, "冻干脐橙", "领跑者", "领跑者、先进、达标", "铅", "≤", "0.05", "mg/kg", "", "领跑者",
     "某评估方案", "2025-03-01", "", ""],
    [PLAN, "", "", "", "铅", "≤", "0.1", "mg/kg", "", "达标", "某评估方案", "2025-03-01", "", ""],
]  # fmt: skip


def plan_workbook(path: Path, rows: list[list[str]]) -> Path:
    """The template 模板… saves, filled in as an agency would."""
    from openpyxl import load_workbook

    from jxdeclare.importing.benchmark_xlsx import write_template
    from jxdeclare.reporting.cells import append_row

    write_template(path)
    book = load_workbook(path)
    for row in rows:
        append_row(book["对标集"], row)
    book.save(path)
    return path


def test_an_agency_imports_its_plan_from_the_window(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

    _page, view = check_with_benchmarks(qtbot, window, monkeypatch, tmp_path)

    told: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        told.append(box.text())
        box.button(button).click()

    def import_file(workbook: Path, button: QMessageBox.StandardButton | None = None) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
        if button is not None:  # a message is expected: answer it
            QTimer.singleShot(0, lambda: answer(button))
        qtbot.mouseClick(view.findChild(QPushButton, "importBenchmarks"),
                         Qt.MouseButton.LeftButton)  # fmt: skip

    bad = plan_workbook(tmp_path / "有错 方案.xlsx",
                        [*PLAN_ROWS, [PLAN, "", "", "", "镉", "≈", "0.1", "mg/kg", "", "达标",
                                      "某评估方案", "", "", ""]])  # fmt: skip
    import_file(bad, QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "没有导入任何内容" in told[0] and "第4行 比较：“≈”不是" in told[0]
    choice = view.findChild(QComboBox, "benchmarkSet")
    assert choice.findData(PLAN) == -1

    good = plan_workbook(tmp_path / "方案.xlsx", PLAN_ROWS)
    import_file(good)  # no question: nothing to replace
    qtbot.waitUntil(lambda: choice.findData(PLAN) != -1, timeout=10_000)
    told.clear()
    import_file(good, QMessageBox.StandardButton.Yes)  # the same names again: replace them?
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "同名" in told[0]
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    assert choice.findData(PLAN) != -1


def test_the_verdict_is_a_word_of_the_interface_language(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    install_language("en")
    try:
        _page, view = check_with_benchmarks(qtbot, window, monkeypatch, tmp_path)
        lead = view.findChild(QTreeWidget, "benchmarkResults").topLevelItem(0).child(0)
        assert lead.text(3) == "misses"
    finally:
        install_language("zh_CN")
