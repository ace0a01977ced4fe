"""The comparison as a tree: one branch per benchmark set (its tier reached), a row per target
(目标, 本文件, 结论, 差距), and the checker's findings that would keep the standard out of a 领跑者
assessment. Everything in the benchmark colour; the verdict always in words."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.ui.benchmarks import COLOUR
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.severity import lang, rule_title
from jxdeclare.ui.tasks import run_task

if TYPE_CHECKING:
    from jxdeclare.services.benchmarks.comparing import Comparison
    from jxdeclare.services.context import AppContext

ITEM, TARGET, VALUE, VERDICT, GAP, TIER = range(6)
# On the UI thread: the chosen set's name → the job for the background (comparison, set names).
Work = Callable[[str], Callable[[], tuple["Comparison", list[str]]]]


class BenchmarkView(QWidget):
    """Shows what ``work`` computes in the background; an older answer than the newest asked
    is dropped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work: Work | None = None
        self._asked = 0
        self.comparison: Comparison | None = None
        self.choice = QComboBox(objectName="benchmarkSet")
        self.choice.addItem(self.tr("按产品适用的对标集"), "")
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Room for the default choice in either language (long set names may be cut: a tooltip
        # and the results tree show them whole).
        self.choice.setMinimumContentsLength(max(12, len(self.choice.itemText(0))))
        self.choice.activated.connect(lambda _i: self.refresh())
        advice = QLabel(self.tr("对标是自愿性目标，不影响检查结论"), objectName="benchmarkAdvice")
        advice.setStyleSheet(f"color: {COLOUR}")
        self.summary = QLabel(objectName="benchmarkSummary", wordWrap=True)
        self.summary.setStyleSheet(f"color: {COLOUR}")
        self.tree = QTreeWidget(objectName="benchmarkResults")
        self.tree.setHeaderLabels([self.tr("项目"), self.tr("目标"), self.tr("本文件"),
                                   self.tr("结论"), self.tr("差距"), self.tr("档次")])  # fmt: skip
        self.tree.setColumnWidth(ITEM, 240)
        self.export = QPushButton(self.tr("导出报告…"), objectName="exportBenchmarks")
        self.export.setEnabled(False)
        self.export.clicked.connect(self.export_report)
        # An agency's own sets (from an 评估方案), as `benchmark import` does: set by the owner.
        self.ctx: AppContext | None = None
        self.import_button = QPushButton(self.tr("导入对标集…"), objectName="importBenchmarks")
        self.import_button.setToolTip(
            self.tr("从按模板填写的 Excel 导入对标集（评估方案的指标和档次）")
        )
        self.import_button.clicked.connect(self.import_sets)
        self.template_button = QPushButton(self.tr("模板…"), objectName="benchmarkTemplate")
        self.template_button.setToolTip(self.tr("保存空白的对标集导入模板（Excel）"))
        self.template_button.clicked.connect(self.save_template)
        top = QHBoxLayout()
        top.addWidget(self.choice)
        top.addWidget(advice, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.template_button)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def refresh(self) -> None:
        if self.work is None:
            return
        self._asked += 1
        generation, job = self._asked, self.work(self.choice.currentData() or "")
        self.summary.setText(self.tr("正在对标…"))
        run_task(lambda _p, _c: job(), lambda found: self._show(generation, found),
                 lambda error: self._failed(generation, error), self)  # fmt: skip

    def _failed(self, generation: int, error: BaseException) -> None:
        from jxdeclare.services.errors import explain

        if generation == self._asked:
            self.summary.setText(self.tr("对标失败：") + (explain(error, lang()) or str(error)))

    def _show(self, generation: int, found: tuple[Comparison, list[str]]) -> None:
        if generation != self._asked:
            return
        comparison, names = found
        self.comparison = comparison
        self._fill_choice(names)
        self.tree.clear()
        brush = QBrush(QColor(COLOUR))
        for result in comparison.results:
            reached = result.tier_reached or self.tr("未达到任何档次")
            # The set's name and its tier across the whole row: a long name is never cut.
            top = QTreeWidgetItem([self.tr("%1：%2").replace("%1", result.benchmark.name)
                                   .replace("%2", reached)])  # fmt: skip
            top.setData(ITEM, Qt.ItemDataRole.UserRole, result.benchmark.name)
            top.setToolTip(ITEM, "、".join(result.benchmark.tiers))
            for r in result.rows:
                child = QTreeWidgetItem([
                    r.target.item, r.target.target_text(), r.value or self.tr("未规定"),
                    _verdict_word(r.outcome.value), r.gap, r.target.tier,
                ])  # fmt: skip
                child.setData(VERDICT, Qt.ItemDataRole.UserRole, r.outcome.value)
                source = " ".join(p for p in (r.target.source, r.target.source_date) if p)
                tip = self.tr("来源：%1").replace("%1", source)
                if r.target.baseline:
                    tip += "\n" + self.tr("基准：%1").replace("%1", r.target.baseline)
                if r.stated:
                    tip += "\n" + self.tr("位置：%1").replace("%1", r.stated.where)
                for column in range(6):
                    child.setToolTip(column, tip)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
        self._preconditions(comparison)
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                for column in range(6):
                    item.setForeground(column, brush)
        self.tree.expandAll()
        for column in (TARGET, VALUE, VERDICT, GAP):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self._summary(comparison))
        self.export.setEnabled(True)

    def export_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出对标报告"), "对标报告.pdf",
            self.tr("PDF 报告 (*.pdf);;Excel 明细 (*.xlsx)"),
        )  # fmt: skip
        if path and self.comparison is not None:
            self.write_report(Path(path))

    def write_report(self, out: Path) -> None:
        from jxdeclare.reporting.benchmarks import WRITERS

        writer, comparison = WRITERS.get(out.suffix.lower(), WRITERS[".pdf"]), self.comparison
        run_task(lambda _p, _c: writer(comparison, out),
                 lambda _r: self.summary.setText(self.tr("已导出：%1").replace("%1", str(out))),
                 partial(show_error, self), self, label=self.tr("正在导出…"))  # fmt: skip

    def save_template(self) -> None:
        from jxdeclare.importing.benchmark_xlsx import write_template

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存对标集模板"), "对标集模板.xlsx", self.tr("Excel 文件 (*.xlsx)")
        )
        if path:
            out = Path(path)
            run_task(lambda _p, _c: write_template(out),
                     lambda _r: self.summary.setText(self.tr("已保存：%1").replace("%1", str(out))),
                     partial(show_error, self), self)  # fmt: skip

    def import_sets(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入对标集"), "", self.tr("Excel 文件 (*.xlsx)")
        )
        if path and self.ctx is not None:
            self._import(Path(path), replace=False)

    def _import(self, path: Path, *, replace: bool) -> None:
        from jxdeclare.services.benchmarks.sets import import_workbook

        ctx = self.ctx
        run_task(lambda _p, _c: import_workbook(ctx, path, replace=replace),
                 partial(self._imported, path), partial(self._import_failed, path, replace),
                 self, label=self.tr("正在导入…"))  # fmt: skip

    def _import_failed(self, path: Path, replaced: bool, error: BaseException) -> None:
        from jxdeclare.services.errors import DuplicateError, explain

        if isinstance(error, DuplicateError) and error.field == "name" and not replaced and (
                "--replace" in str(error)):  # fmt: skip
            ask = self.tr("文件中的对标集与已导入的同名。用文件中的内容替换它们吗？")
            if QMessageBox.question(self, self.tr("导入对标集"), ask) == (
                    QMessageBox.StandardButton.Yes):  # fmt: skip
                self._import(path, replace=True)
            return
        QMessageBox.warning(self, self.tr("导入对标集"), explain(error, lang()) or str(error))

    def _imported(self, path: Path, outcome: Any) -> None:
        if outcome.errors:  # nothing was stored: each bad cell, as the other importers list them
            shown = "\n".join(str(e) for e in outcome.errors[:20])
            more = len(outcome.errors) - 20
            if more > 0:
                shown += "\n" + self.tr("……另有 %n 处错误", "", more)
            QMessageBox.warning(
                self,
                self.tr("导入对标集"),
                self.tr("“%1”有错误，没有导入任何内容：").replace("%1", path.name) + "\n" + shown,
            )
            return
        names = "、".join(s.name for s in outcome.sets)
        self.summary.setText(self.tr("已导入对标集：%1").replace("%1", names))
        self.refresh()

    def _preconditions(self, comparison: Comparison) -> None:
        count = len(comparison.preconditions)
        found = self.tr("格式、引用问题 %n 项", "", count) if count else self.tr("未发现问题")
        top = QTreeWidgetItem([self.tr("参加领跑者评估的前提：%1").replace("%1", found)])
        top.setData(ITEM, Qt.ItemDataRole.UserRole, "")
        self.tree.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        for kind, finding in comparison.preconditions:
            word = self.tr("格式") if kind == "格式" else self.tr("引用")
            text = self.tr("[%1] %2（%3） %4：%5").replace("%1", word).replace(
                "%2", rule_title(finding.rule)).replace("%3", finding.rule).replace(
                "%4", finding.location.label_in(lang())).replace(
                "%5", finding.message_in(lang()))  # fmt: skip
            child = QTreeWidgetItem([text])
            child.setToolTip(ITEM, finding.suggestion_in(lang()))
            top.addChild(child)
            child.setFirstColumnSpanned(True)

    def _summary(self, comparison: Comparison) -> str:
        if not comparison.results:
            return self.tr("没有适用于该产品的对标集；可在上方选择一个对标集。")
        misses = sum(1 for r in comparison.results for row in r.rows
                     if row.outcome.value == "misses")  # fmt: skip
        reached = self.tr("，").join(
            f"{r.benchmark.name}：{r.tier_reached or self.tr('未达到任何档次')}"
            for r in comparison.results)  # fmt: skip
        return reached + self.tr("；未达到的目标 %n 项", "", misses)

    def _fill_choice(self, names: list[str]) -> None:
        known = [self.choice.itemData(i) for i in range(1, self.choice.count())]
        if known == names:
            return
        current = self.choice.currentData()
        while self.choice.count() > 1:
            self.choice.removeItem(1)
        for name in names:
            self.choice.addItem(name, name)
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0))

    def verdicts(self) -> list[tuple[str, str, str]]:
        """(set, item, verdict) of every row shown: for scripts and tests."""
        found = []
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            for i in range(top.childCount()):
                child = top.child(i)
                verdict = child.data(VERDICT, Qt.ItemDataRole.UserRole)
                if verdict:
                    name = top.data(ITEM, Qt.ItemDataRole.UserRole)
                    found.append((name, child.text(ITEM), verdict))
        return found


def _verdict_word(verdict: str) -> str:
    # An explicit context: ``widget.tr`` would be filed by lupdate under "widget" and looked up
    # at run time under the class's name, so English would show the Chinese word.
    translate = QCoreApplication.translate
    words: dict[str, Any] = {
        "meets": translate("BenchmarkView", "达到"),
        "misses": translate("BenchmarkView", "未达到"),
        "not_comparable": translate("BenchmarkView", "无法比较"),
        "not_stated": translate("BenchmarkView", "未规定"),
    }
    return words.get(verdict, verdict)
