"""合规检查 page: check a Word or .jxstd file, or every stored standard (agencies), and export."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.services.context import AppContext
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.empty_state import EmptyHint, EmptyOr
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import show_whole
from jxdeclare.ui.severity import (
    COLOURS,
    VERDICT_COLOURS,
    lang,
    rule_title,
    severity_label,
    verdict_label,
)
from jxdeclare.ui.tasks import run_task

AUTO = ""
SEVERITY, RULE, PROBLEM = 1, 2, 3  # columns of the results tree
PICK = "\x00pick"  # the combo entry that opens the category dialog


class CheckPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[Any] = []  # reporting.Checked, in the order shown
        bar, self.buttons = button_row(
            [
                ("file", self.tr("检查文件…"), self.check_file),
                ("stored", self.tr("检查全部已存标准"), self.check_stored),
                ("report", self.tr("导出报告…"), self.export_report),
            ],
            "CheckButton",
        )
        self.category = QComboBox(objectName="checkCategory")
        self.category.addItem(self.tr("产品类别：按名称自动判断"), AUTO)
        # The last entry opens the full choice: any product or node of either tree.
        self.category.addItem(self.tr("选择其他类别…"), PICK)
        tip = self.tr("从产品或 GB 2762 附录A、GB 2760 表E.1 的任一类别中选择")
        self.category.setItemData(1, tip, Qt.ItemDataRole.ToolTipRole)
        self.category.activated.connect(self._category_activated)
        self._category_before = 0
        # Shown when a checked file's category is unknown: choose it and check again.
        self.recheck = QPushButton(self.tr("选择产品类别并重新检查…"), objectName="recheckCategory")
        self.recheck.clicked.connect(self._recheck_with_category)
        self.recheck.hide()
        self.last_path: Path | None = None
        self.scope = QComboBox(objectName="checkScope")
        self.scope.addItem(self.tr("全部企业"), None)
        bar.addStretch()
        # What is checked against, on a row of its own: with the buttons in one row the page
        # would not fit a 1366×768 screen at 125 %.
        choices = QHBoxLayout()
        for combo in (self.scope, self.category):
            # Long enterprise and category names must not widen the window's minimum size.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            choices.addWidget(combo)
        choices.addStretch()
        # …but their own words stay whole: "产品类别：按名…" hides how the category is chosen
        show_whole(self.category, self.category.itemText(0))
        show_whole(self.scope, self.scope.itemText(0))
        self.summary = QLabel(objectName="checkSummary", wordWrap=True)
        self.tree = QTreeWidget(objectName="checkResults")
        self.tree.setHeaderLabels(
            [self.tr("对象 / 位置"), self.tr("严重程度"), self.tr("规则"), self.tr("问题")]
        )
        self.tree.setColumnWidth(0, 260)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(choices)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.recheck)
        layout.addLayout(summary_row)
        hint = EmptyHint(
            "check", self.tr("检查已有的企业标准"),
            self.tr("选择一份企业标准（Word、PDF 或 .jxstd），离线检查指标是否低于强制性标准、"
                    "引用的标准是否现行、是否符合 GB/T 1.1—2020，并给出整改清单。"
                    "服务机构可一次检查全部已存的标准。"),
            [("file", self.tr("检查文件…"), self.check_file),
             ("stored", self.tr("检查全部已存标准"), self.check_stored)],
        )  # fmt: skip
        self.body = EmptyOr(self.tree, hint)
        self.body.set_empty(True)  # until something is checked
        layout.addWidget(self.body, 1)
        from jxdeclare.ui.benchmarks.section import BenchmarkSection

        self.benchmarks = BenchmarkSection(ctx, self)  # 对标 for the one file checked
        layout.addWidget(self.benchmarks)
        self.buttons["report"].setEnabled(False)
        self._categories_loaded = False
        self.foods: Any = None  # the pack's categories, once loaded

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._categories_loaded:
            self._categories_loaded = True
            from jxdeclare.services.catalog import active_catalogue
            from jxdeclare.services.enterprises import list_enterprises

            ctx = self.ctx
            run_task(lambda _p, _c: active_catalogue(ctx), self._fill_categories, _ignore, self)
            run_task(lambda _p, _c: list_enterprises(ctx), self._fill_scope, _ignore, self)

    def _fill_categories(self, catalogue: Any) -> None:
        from jxdeclare.catalog.foods import foods_of

        self.foods = foods_of(catalogue.pack)  # indexed once, in the background task's pack
        for row in catalogue.pack.tables.get("categories", []):
            self.category.insertItem(self.category.count() - 1, row["product"], row["product"])

    def _category_activated(self, index: int) -> None:
        if self.category.itemData(index) != PICK:
            self._category_before = index
        elif not self.pick_category():
            self.category.setCurrentIndex(self._category_before)

    def pick_category(self, candidates: Sequence[Any] = ()) -> bool:
        """Choose any product or node; it becomes the combo's current entry. True when chosen."""
        from jxdeclare.ui.category_dialog import CategoryDialog

        if self.foods is None:
            return False  # the pack is still loading in the background; never block on it here
        foods = self.foods
        dialog = CategoryDialog(foods, candidates, self)
        if not dialog.exec() or dialog.chosen is None:
            return False
        chosen = dialog.chosen
        key = chosen.product or chosen.gb2762 or chosen.gb2760
        index = self.category.findData(key)
        if index < 0:
            index = self.category.count() - 1  # before the "选择其他类别…" entry
            self.category.insertItem(index, foods.describe(chosen), key)
        self.category.setCurrentIndex(index)
        self._category_before = index
        return True

    def _recheck_with_category(self) -> None:
        report = self.results[0].report if len(self.results) == 1 else None
        names = next((f.evidence.get("candidates", "") for f in report.findings
                      if f.rule == "C002"), "") if report else ""  # fmt: skip
        candidates = [_Proposal(name) for name in names.split("、") if name]
        if self.pick_category(candidates) and self.last_path is not None:
            self.check_path(self.last_path)

    def _fill_scope(self, enterprises: list[Any]) -> None:
        for enterprise in enterprises:
            self.scope.addItem(enterprise.name, enterprise.id)

    # -- checking --------------------------------------------------------------------------

    def check_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要检查的标准"), "", self.tr("标准文件 (*.docx *.pdf *.jxstd)")
        )
        if path:
            self.check_path(Path(path))

    def check_path(self, path: Path) -> None:
        from jxdeclare.reporting.check_reports import Checked
        from jxdeclare.services.checking import check_loaded, load_for_check

        ctx, category = self.ctx, self.category.currentData()
        self.last_path = path

        def work(_p: object, _c: object) -> list[Checked]:
            report = check_loaded(ctx, load_for_check(path), category=category)
            return [Checked(path.name, report)]

        run_task(work, self._show, partial(show_error, self), self, label=self.tr("正在检查…"))

    def check_stored(self) -> None:
        from jxdeclare.reporting.check_reports import Checked
        from jxdeclare.services.batch_check import BatchSummary, check_stored

        ctx, owner = self.ctx, self.scope.currentData()
        self.last_path = None

        def work(progress: Any, cancel: Any) -> tuple[list[Checked], BatchSummary]:
            results = check_stored(ctx, owner, progress=progress, cancel=cancel)
            named = [Checked(f"{r.number} {r.title}", r.report) for r in results]
            return named, BatchSummary.of(results)

        run_task(work, self._show_batch, partial(show_error, self), self,
                 label=self.tr("正在检查已存的标准…"))  # fmt: skip

    def _show_batch(self, outcome: tuple[list[Any], Any]) -> None:
        results, summary = outcome
        self._show(results)
        lines = [
            self.tr("%1：%2 项，%3 项有错误").replace("%1", name)
            .replace("%2", str(tally.checked)).replace("%3", str(tally.with_errors))
            for name, tally in sorted(summary.by_enterprise.items())
        ]  # fmt: skip
        if lines and self.scope.currentData() is None:
            by_enterprise = self.tr("按企业：") + "；".join(lines)
            self.summary.setText(f"{self.summary.text()}\n{by_enterprise}")

    def _show(self, results: list[Any]) -> None:
        self.results = results
        self.body.set_empty(False)
        self.tree.clear()
        by_rule: Counter[str] = Counter()
        for checked in results:
            report = checked.report
            errors = report.errors
            counts = self.tr("错误 %n 项", "", errors) + self.tr("，") + self.tr(
                "共 %n 项", "", len(report.findings))  # fmt: skip
            top = QTreeWidgetItem([checked.name, "", "", self.tr("%1：%2").replace(
                "%1", verdict_label(str(report.verdict))).replace("%2", counts)])  # fmt: skip
            top.setForeground(PROBLEM, QBrush(QColor(VERDICT_COLOURS[str(report.verdict)])))
            for finding in report.findings:
                by_rule[finding.rule] += 1
                # The severity as a word and the rule by its title: colour alone says neither.
                severity = finding.severity.value
                child = QTreeWidgetItem([
                    finding.location.label_in(lang()), severity_label(severity),
                    self.tr("%1（%2）").replace("%1", rule_title(finding.rule))
                    .replace("%2", finding.rule), finding.message_in(lang()),
                ])  # fmt: skip
                child.setData(RULE, Qt.ItemDataRole.UserRole, finding.rule)
                child.setToolTip(PROBLEM, finding.suggestion_in(lang()))
                for column in (SEVERITY, PROBLEM):
                    child.setForeground(column, QBrush(QColor(COLOURS[severity])))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        if len(results) == 1:
            self.tree.expandAll()
        for column in (SEVERITY, RULE):  # short words, whole; the problem takes what is left
            self.tree.resizeColumnToContents(column)
        rules = self.tr("，").join(f"{rule} {count}" for rule, count in sorted(by_rule.items()))
        with_errors = sum(1 for c in results if c.report.errors)
        self.summary.setText(
            self.tr("已检查 %1 项，其中 %2 项有错误。").replace("%1", str(len(results)))
            .replace("%2", str(with_errors)) + (self.tr("按规则：") + rules if rules else "")
        )  # fmt: skip
        self.buttons["report"].setEnabled(bool(results))
        single = len(results) == 1 and self.last_path is not None
        self.benchmarks.set_file(self.last_path if single else None,
                                 results[0].report if single else None)  # fmt: skip
        unknown = len(results) == 1 and results[0].report.category is None
        self.recheck.setVisible(unknown and self.last_path is not None)
        if len(results) == 1 and (category := results[0].report.category):
            self.summary.setText(self.summary.text() + self.tr("　产品类别：%1").replace(
                "%1", category["label"]))  # fmt: skip

    def export_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出检查报告"), "检查报告.pdf",
            self.tr("PDF 报告 (*.pdf);;Excel 明细 (*.xlsx);;修改意见表 (*.docx)"),
        )  # fmt: skip
        if path:
            self.write_report(Path(path))

    def write_report(self, out: Path) -> None:
        from jxdeclare.reporting.check_reports import WRITERS

        writer = WRITERS.get(out.suffix.lower(), WRITERS[".pdf"])
        results, language = list(self.results), lang()  # the report speaks as the interface
        run_task(lambda _p, _c: writer(results, out, language), lambda _r: self._exported(out),
                 partial(show_error, self), self, label=self.tr("正在导出…"))  # fmt: skip

    def _exported(self, out: Path) -> None:
        self.summary.setText(self.tr("已导出：%1").replace("%1", str(out)))


@dataclass(frozen=True)
class _Proposal:
    """A candidate named by the checker's C002 finding (the words stay in the finding)."""

    product: str
    words: tuple[str, ...] = ()


def _ignore(*_: object) -> None:
    return None
