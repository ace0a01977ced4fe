"""检查结果: the checker's findings for the open draft, refreshed after edits, click to go there.

The check runs on a copy of the document in the background, half a second after typing stops,
so the editor never waits for it; an answer for an older state than the newest is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.document.model import Annex, Clause, Document, Suppression
from jxdeclare.ui.editor.saver import document_of
from jxdeclare.ui.editor.structure import BIBLIOGRAPHY, COVER
from jxdeclare.ui.severity import COLOURS, lang, rule_title, severity_label, verdict_label
from jxdeclare.ui.tasks import run_task

if TYPE_CHECKING:
    from jxdeclare.checks.run import CheckReport
    from jxdeclare.ui.editor.window import DraftEditor

Checker = Callable[[Document], "CheckReport"]
DELAY_MS = 500
RULE_ROLE = Qt.ItemDataRole.UserRole + 2  # the finding's rule id, for scripts and tests
_STEP = re.compile(r"(chapters|children|annexes)\[(\d+)\]")


def element_of(document: Document, path: str) -> str:
    """The outline element (clause, annex, cover …) a finding's model path lies in."""
    if path.startswith(("cover", "foreword", "product_category")):
        return COVER
    if path.startswith("bibliography"):
        return BIBLIOGRAPHY
    node: Any = document
    found = COVER
    for kind, index in _STEP.findall(path.split(".blocks")[0]):
        items = getattr(node, kind, [])
        if int(index) >= len(items):
            break
        node = items[int(index)]
        if isinstance(node, Clause | Annex):
            found = node.id
    if path.startswith("normative_references"):
        chapter = next((c for c in document.chapters if c.role == "normative_references"), None)
        return chapter.id if chapter else COVER
    return found


class FindingsPanel(QDockWidget):
    def __init__(self, editor: DraftEditor, checker: Checker) -> None:
        super().__init__(QCoreApplication.translate("FindingsPanel", "检查结果"), editor)
        self.setObjectName("findingsDock")
        self.editor, self.checker = editor, checker
        self.summary = QLabel(objectName="findingsSummary")
        self.list = QListWidget(objectName="findingsList")
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        self.accept = QPushButton(self.tr("忽略所选警告…"), objectName="suppressFinding")
        self.accept.setToolTip(self.tr("写明理由后忽略该警告；理由随标准保存，并在报告中列出"))
        self.accept.clicked.connect(self._suppress)
        self.list.currentItemChanged.connect(self._update_accept)
        # One click from "未选择产品类别" (or an inferred one) to a category the user chose.
        self.category = QPushButton(self.tr("选择产品类别…"), objectName="chooseCategory")
        self.category.setToolTip(self.tr("按 GB 2762 附录A、GB 2760 表E.1 的类别与强制性限量比较"))
        self.category.clicked.connect(self.choose_category)
        self.category.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.category)
        top.addWidget(self.accept)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._update_accept()
        self.setWidget(body)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.run)
        self._asked = 0  # generation of the newest request; older answers are dropped
        editor.changed.connect(self._timer.start)
        self.run()

    def run(self) -> None:
        self._asked += 1
        generation, snapshot, checker = self._asked, self.editor.snapshot(), self.checker
        self.summary.setText(self.tr("正在检查…"))
        run_task(
            lambda _p, _c: checker(document_of(snapshot)),
            lambda report: self._show(generation, report),
            lambda error: self.summary.setText(self.tr("检查失败：") + str(error)),
            self,
        )

    def _show(self, generation: int, report: CheckReport) -> None:
        if generation != self._asked:
            return
        self.list.clear()
        for finding in report.findings:
            # The severity as a word and the rule by its title: colour alone says neither.
            severity, title = severity_label(finding.severity.value), rule_title(finding.rule)
            text = self.tr("%1｜%2　%3　%4").replace("%1", severity).replace("%2", title).replace(
                "%3", finding.location.label_in(lang())).replace("%4", finding.message_in(lang()))
            if finding.suppressed:
                text += self.tr("（已忽略：%1）").replace("%1", finding.suppressed_in(lang()))
            item = QListWidgetItem(self.tr("%1　[%2]").replace("%1", text).replace(
                "%2", finding.rule))  # fmt: skip
            item.setToolTip(finding.suggestion_in(lang()))
            item.setData(RULE_ROLE, finding.rule)
            colour = "#999999" if finding.suppressed else COLOURS[finding.severity.value]
            item.setForeground(QBrush(QColor(colour)))
            item.setData(Qt.ItemDataRole.UserRole, finding.location.path)
            can_accept = finding.severity.value != "error" and not finding.suppressed
            item.setData(Qt.ItemDataRole.UserRole + 1, finding.rule if can_accept else "")
            self.list.addItem(item)
        counts = {s: sum(1 for f in report.findings if f.severity.value == s) for s in COLOURS}
        text = self.tr("%1：%2").replace("%1", verdict_label(str(report.verdict))).replace(
            "%2", self.tr("错误 %n 项", "", counts["error"]) + self.tr("，")
            + self.tr("警告 %n 项", "", counts["warning"]) + self.tr("，")
            + self.tr("提示 %n 项", "", counts["info"]))  # fmt: skip
        category = report.category
        if category is not None:
            text += self.tr("　产品类别：%1").replace("%1", category["label"])
        self.summary.setText(text)
        unsure = category is None or category["inferred"]
        self.category.setVisible(unsure and self.editor.document.template_id != "service")

    def _update_accept(self, *_: object) -> None:
        item = self.list.currentItem()
        self.accept.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole + 1)))

    def _suppress(self) -> None:
        item = self.list.currentItem()
        rule = item.data(Qt.ItemDataRole.UserRole + 1) if item else ""
        if not rule:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("忽略警告"), self.tr("忽略的理由（将随标准保存并列入检查报告）：")
        )
        if not ok or not reason.strip():
            return
        accepted = Suppression(rule, item.data(Qt.ItemDataRole.UserRole), reason.strip())
        document = self.editor.document
        self.editor.change(self.tr("忽略警告"), lambda: document.suppressions.append(accepted))

    def choose_category(self) -> None:
        """Ask for the category (inference's candidates first) and store it with the draft."""
        from jxdeclare.catalog.foods import foods_of
        from jxdeclare.checks.category import infer_candidates
        from jxdeclare.services.catalog import active_catalogue
        from jxdeclare.ui.category_dialog import CategoryDialog

        pack = active_catalogue(self.editor.ctx).pack  # loaded before the editor opened
        document = self.editor.document
        candidates = infer_candidates(document, pack.tables.get("categories", []))
        dialog = CategoryDialog(foods_of(pack), candidates, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        chosen = dialog.chosen

        def apply() -> None:
            document.product_category = chosen.product
            document.category_gb2762, document.category_gb2760 = chosen.gb2762, chosen.gb2760

        self.editor.change(self.tr("选择产品类别"), apply)

    def _go(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        self.editor.reveal(element_of(self.editor.document, path))
