"""工作台 page: what is next, for one enterprise or all of them, grouped by kind; a click on a
line opens the page where it is done with the record selected. Before the first standard is
declared, a walk-through of the five steps sits on top.

The list comes from ``services.workbench`` in a background task, first once the app is ready
(the enterprise list is read first, so start-up stays fast), then whenever the page is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.services.context import AppContext
from jxdeclare.services.errors import one_language
from jxdeclare.services.workbench import Item, Kind, Workbench, workbench
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.first_steps import FirstSteps
from jxdeclare.ui.severity import lang
from jxdeclare.ui.system.actions import action_detail
from jxdeclare.ui.tasks import run_task
from jxdeclare.ui.terms import pick, state_text

ALL = None  # the filter's 全部企业
LINK_COLOUR = "#1f5fbf"
DISMISSED = "guide_dismissed"  # the setting that keeps the walk-through collapsed


class HomePage(QWidget):
    open_target = Signal(object)  # a services.workbench.Target: where a step is done
    start_step = Signal(str)  # a services.workbench.Step of the walk-through
    loaded = Signal()  # a list has been shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Workbench | None = None
        self._started = self._loading = self._again = self._guide_opened = False
        self.enterprise = QComboBox(objectName="workbenchEnterprise")
        self.enterprise.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.enterprise.setMinimumContentsLength(12)
        self.enterprise.addItem(self.tr("全部企业"), ALL)
        self.enterprise.currentIndexChanged.connect(self.reload)
        refresh = QPushButton(self.tr("刷新"), objectName="refreshWorkbench")
        refresh.clicked.connect(self.reload)
        self.guide = FirstSteps()
        self.guide.start.connect(self.start_step)
        self.guide.dismissed.connect(self._dismiss_guide)
        self.guide.hide()
        self.show_guide = QPushButton(self.tr("显示新手引导"), objectName="showGuideButton")
        self.show_guide.clicked.connect(self._open_guide)
        self.show_guide.hide()
        self.items = QTreeWidget(objectName="workbenchItems")
        self.items.setHeaderHidden(True)
        self.items.itemClicked.connect(self._clicked)
        self.items.itemActivated.connect(self._clicked)
        self.status = QLabel(self.tr("正在加载…"), objectName="workbenchStatus", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("企业：")))
        top.addWidget(self.enterprise, 1)
        top.addWidget(self.show_guide)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.guide)
        layout.addWidget(self.status)
        layout.addWidget(self.items, 1)

    # -- loading ---------------------------------------------------------------------------

    def start(self) -> None:
        """The first load, once the app is ready; later ones come when the page is shown."""
        if not self._started:
            self._started = True
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._started:
            self.reload()  # the user comes back: things may have been done elsewhere

    def reload(self, *_: object) -> None:
        if self._loading:  # one load at a time; the newest wish is served when it ends
            self._again = True
            return
        self._loading, self._again = True, False
        ctx, owner = self.ctx, self.enterprise.currentData()
        run_task(lambda progress, _c: workbench(ctx, owner, progress=progress), self._show,
                 self._failed, self, on_progress=self._progress)  # fmt: skip

    def _progress(self, done: int, total: int, text: str) -> None:
        self.status.setText(f"{text}（{done}/{total}）")

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(self.tr("未能汇总待办事项。"))
        show_error(self, error)

    def _show(self, result: Workbench) -> None:
        self._loading = False
        if self._again:
            self.reload()
            return
        self.result = result
        self._fill_enterprises(result.enterprises)
        self._show_guide(result)
        self._fill_items(result.items)
        if result.pack_problem:
            note = self.tr("数据包无法使用，标准的复审、状态变化和草稿检查暂未列出：%1")
            problem = one_language(result.pack_problem, lang())
            self.status.setText("\n".join([self.status.text(), note.replace("%1", problem)]))
        self.loaded.emit()

    def _fill_enterprises(self, enterprises: list[tuple[int, str]]) -> None:
        current = self.enterprise.currentData()
        self.enterprise.blockSignals(True)
        while self.enterprise.count() > 1:
            self.enterprise.removeItem(1)
        for enterprise_id, name in enterprises:
            self.enterprise.addItem(name, enterprise_id)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(current)))
        self.enterprise.blockSignals(False)

    # -- the walk-through ------------------------------------------------------------------

    def _show_guide(self, result: Workbench) -> None:
        self.guide.set_done(result.done)
        collapsed = result.all_done or bool(self.ctx.settings.get(DISMISSED))
        self.guide.setVisible(self._guide_opened or not collapsed)
        self.show_guide.setVisible(not self.guide.isVisibleTo(self))

    def _dismiss_guide(self) -> None:
        self.ctx.settings.set(DISMISSED, True)
        self.ctx.settings.save()
        self._guide_opened = False
        self.guide.hide()
        self.show_guide.show()

    def _open_guide(self) -> None:
        self._guide_opened = True
        self.guide.show()
        self.show_guide.hide()

    # -- the list --------------------------------------------------------------------------

    def _kind_labels(self) -> dict[Kind, str]:
        return {
            Kind.NO_SYSTEM: self.tr("建立标准体系"),
            Kind.UNFILLED: self.tr("填写标准草稿"),
            Kind.CHECK_ERRORS: self.tr("改正检查发现的错误"),
            Kind.PACK_CHANGE: self.tr("处理数据包变化"),
            Kind.REVIEW: self.tr("复审企业标准"),
            Kind.FAILED: self.tr("处理提交失败的声明"),
            Kind.QUEUED: self.tr("提交已排队的声明"),
            Kind.PENDING: self.tr("等待平台确认"),
            Kind.FILING: self.tr("办理食品标准备案"),
        }

    def _fill_items(self, items: list[Item]) -> None:
        self.items.clear()
        groups: dict[Kind, list[Item]] = {}
        for item in items:
            groups.setdefault(item.kind, []).append(item)
        labels, bold = self._kind_labels(), QFont(self.items.font())
        bold.setBold(True)
        link = QFont(self.items.font())
        link.setUnderline(True)
        every = self.enterprise.currentData() is ALL
        for kind, members in groups.items():
            heading = self.tr("%1（%2）").replace("%1", labels[kind])
            group = QTreeWidgetItem([heading.replace("%2", str(len(members)))])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in members:
                text = self._said(item)
                if every:
                    text = self.tr("%1：%2").replace("%2", text).replace("%1", item.enterprise)
                line = QTreeWidgetItem([text])
                line.setData(0, Qt.ItemDataRole.UserRole, item.target)
                line.setToolTip(0, text)
                line.setFont(0, link)
                line.setForeground(0, QBrush(QColor(LINK_COLOUR)))
                group.addChild(line)
            self.items.addTopLevelItem(group)
            group.setExpanded(True)
        count, day = len(items), self.result.as_of.isoformat() if self.result else ""
        self.status.setText(
            self.tr("截至 %1，共 %2 项待办。点击一项即可前往处理。").replace("%1", day)
            .replace("%2", str(count)) if count else self.tr("目前没有待办事项。")
        )  # fmt: skip

    def _said(self, item: Item) -> str:
        """The line in the interface's language, from what the service said it from."""
        subject, count = item.subject, item.count or 0
        about = self.tr("%1：%2")
        if item.kind is Kind.NO_SYSTEM:
            return self.tr("尚未建立标准体系：从模板建立，或导入已有的标准明细表")
        if item.kind is Kind.UNFILLED:
            return self.tr("%1：%n 处尚未填写", "", count).replace("%1", subject)
        if item.kind is Kind.CHECK_ERRORS:
            return self.tr("%1：检查发现 %n 个错误", "", count).replace("%1", subject)
        if item.kind is Kind.QUEUED:
            return self.tr("%n 份声明已排队，等待批量提交", "", count)
        if item.kind is Kind.PENDING:
            return self.tr("%n 份声明已提交，等待平台确认", "", count)
        as_of = self.result.as_of if self.result else None
        if item.actions:  # PACK_CHANGE, REVIEW
            said = self.tr("；").join(action_detail(a, as_of) for a in item.actions)
            return about.replace("%2", said).replace("%1", subject)
        if item.state is not None:  # FAILED
            said = state_text(item.state)
            if item.why:
                why = one_language(item.why, lang())
                said = self.tr("%1（原因：%2）").replace("%2", why).replace("%1", said)
            return about.replace("%2", said).replace("%1", subject)
        if item.due is not None:  # FILING
            said = pick(item.due.text, item.due.text_en)
            return about.replace("%2", said).replace("%1", subject)
        return item.text

    def _clicked(self, line: QTreeWidgetItem, _column: int = 0) -> None:
        target = line.data(0, Qt.ItemDataRole.UserRole)
        if target is not None:
            self.open_target.emit(target)
