"""新建标准: enterprise, template, product, number (next free one proposed), dates, replaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from jxdeclare.domain.stdnumber import StdKind, parse_standard_number
from jxdeclare.drafting.templates import TemplateInfo
from jxdeclare.services.drafting import NewDraft, Proposal
from jxdeclare.services.enterprises import EnterpriseRecord
from jxdeclare.ui.terms import mark_data, with_code

if TYPE_CHECKING:
    from jxdeclare.catalog.gaps import Gap

Propose = Callable[[EnterpriseRecord, Callable[[Proposal], None]], None]


class NewDraftDialog(QDialog):
    """Collects a :class:`NewDraft`; ``propose`` fetches the next free number and the template
    the enterprise's products point at in the background. ``gap`` is the catalogue's usual
    time from publication to implementation: 实施日期 follows 发布日期 by it until edited."""

    def __init__(
        self,
        enterprises: list[EnterpriseRecord],
        templates: list[TemplateInfo],
        propose: Propose,
        parent: QWidget | None = None,
        gap: Gap | None = None,
    ) -> None:
        super().__init__(parent)
        self.gap = gap
        self._template_chosen = False  # by the user: a proposal arriving later leaves it
        self._implement_chosen = False
        self._programmatic = False
        self.setWindowTitle(self.tr("新建企业标准"))
        self.enterprises, self.templates, self._propose = enterprises, templates, propose
        self.enterprise = QComboBox(objectName="enterprise")
        self.enterprise.addItems([with_code(e.name, e.code) for e in enterprises])
        self.template = QComboBox(objectName="template")
        self.template.addItems([t.name for t in templates])
        self.template_note = QLabel(objectName="templateNote", wordWrap=True)
        self.template_reason = QLabel(objectName="templateReason", wordWrap=True)
        self.template_reason.setStyleSheet("color: #555")
        mark_data(self.template, self.template_note)  # Chinese templates for Chinese standards
        self.product = QLineEdit(objectName="product")
        self.number = QLineEdit(objectName="number")
        self.number_status = QLabel(objectName="numberStatus", wordWrap=True)
        self.publish = QDateEdit(QDate.currentDate(), objectName="publish", calendarPopup=True)
        self.implement = QDateEdit(self._after(self.publish.date()), objectName="implement",
                                   calendarPopup=True)  # fmt: skip
        for edit in (self.publish, self.implement):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.gap_note = QLabel(self._gap_text(), objectName="gapNote", wordWrap=True)
        self.gap_note.setStyleSheet("color: #555")
        self.replaces = QLineEdit(objectName="replaces", placeholderText=self.tr("多个用逗号分隔"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.enterprise.currentIndexChanged.connect(self._enterprise_changed)
        self.template.currentIndexChanged.connect(self._template_changed)
        for edit in (self.product, self.number, self.replaces):
            edit.textChanged.connect(self._revalidate)
        for date_edit in (self.publish, self.implement):
            date_edit.dateChanged.connect(self._revalidate)
        self.publish.dateChanged.connect(self._publish_changed)
        self.implement.dateChanged.connect(self._implement_changed)
        self._programmatic = True
        self._template_changed()
        self._programmatic = False
        self._enterprise_changed()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("企业*"), self.enterprise)
        form.addRow(self.tr("模板*"), self.template)
        form.addRow("", self.template_reason)
        # the template's fill-in list can be long: it scrolls rather than push the form off a
        # small screen
        note = QScrollArea(objectName="templateNoteArea", widgetResizable=True)
        note.setFrameShape(QFrame.Shape.NoFrame)
        note.setWidget(self.template_note)
        form.addRow("", note)
        form.addRow(self.tr("产品名称*"), self.product)
        form.addRow(self.tr("标准编号*"), self.number)
        form.addRow("", self.number_status)
        form.addRow(self.tr("发布日期"), self.publish)
        form.addRow(self.tr("实施日期"), self.implement)
        form.addRow("", self.gap_note)
        form.addRow(self.tr("代替标准"), self.replaces)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)

    def _after(self, published: QDate) -> QDate:
        return published.addDays(self.gap.days) if self.gap else published

    def _gap_text(self) -> str:
        if self.gap is None:
            return self.tr("标准库中没有同时给出发布和实施日期的标准，请按计划填写实施日期。")
        return (
            self.tr("默认在发布后 %1 天实施：标准库中 %2 个标准从发布到实施的中位间隔。可以修改。")
            .replace("%1", str(self.gap.days)).replace("%2", str(self.gap.editions))
        )  # fmt: skip

    def _publish_changed(self, published: QDate) -> None:
        if not self._implement_chosen:
            self._programmatic = True
            self.implement.setDate(self._after(published))
            self._programmatic = False

    def _implement_changed(self) -> None:
        self._implement_chosen = self._implement_chosen or not self._programmatic

    def _template_changed(self) -> None:
        if not self._programmatic:
            self._template_chosen = True
            self.template_reason.clear()
        info = self.selected_template()
        if info is None:
            return
        if not self.product.text() or self.product.text() in {t.name for t in self.templates}:
            self.product.setText(info.name.split("（")[0])
        todo = "、".join(info.fill_in[:4]) + ("等" if len(info.fill_in) > 4 else "")
        self.template_note.setText(self.tr("需要填写：") + todo if todo else "")

    def _enterprise_changed(self) -> None:
        if self.enterprises:
            self.number.setPlaceholderText(self.tr("正在查找下一个空号…"))
            index = self.enterprise.currentIndex()
            # An answer for an enterprise no longer chosen is dropped.
            self._propose(self.enterprises[index],
                          lambda p: self._proposed(p) if index == self.enterprise.currentIndex()
                          else None)  # fmt: skip
        self._revalidate()

    def _proposed(self, proposal: Proposal) -> None:
        self.number.setText(proposal.number)
        ids = [t.id for t in self.templates]
        if self._template_chosen or proposal.template_id not in ids:
            return
        self._programmatic = True
        self.template.setCurrentIndex(ids.index(proposal.template_id))
        self._programmatic = False
        reasons = {"enterprise": self.tr("按企业的名称、产品和已有标准推荐此模板。"),
                   "last": self.tr("上次选用的模板。")}  # fmt: skip
        self.template_reason.setText(reasons.get(proposal.because, ""))

    def selected_template(self) -> TemplateInfo | None:
        index = self.template.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def _replaced(self) -> list[str]:
        return [p.strip() for p in self.replaces.text().replace("，", ",").split(",") if p.strip()]

    def problems(self) -> list[str]:
        found = []
        if not self.enterprises:
            found.append(self.tr("请先在“企业”页添加企业"))
        if not self.product.text().strip():
            found.append(self.tr("请填写产品名称"))
        parsed = parse_standard_number(self.number.text())
        if not parsed.valid:
            found.append(self.tr("标准编号：") + "；".join(p.text() for p in parsed.problems))
        elif parsed.number and parsed.number.kind is not StdKind.ENTERPRISE:
            found.append(self.tr("企业标准编号应以 Q/ 开头"))
        for number in self._replaced():
            if not parse_standard_number(number).valid:
                found.append(self.tr("代替标准编号无效：") + number)
        if self.implement.date() < self.publish.date():
            found.append(self.tr("实施日期不能早于发布日期"))
        return found

    def _revalidate(self) -> None:
        problems = self.problems()
        self.number_status.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def enterprise_record(self) -> EnterpriseRecord:
        return self.enterprises[self.enterprise.currentIndex()]

    def new_draft(self) -> NewDraft:
        info = self.selected_template()
        assert info is not None
        parsed = parse_standard_number(self.number.text()).number
        assert parsed is not None
        return NewDraft(
            template_id=info.id,
            product_name=self.product.text().strip(),
            number=parsed.canonical(),
            publish_date=self.publish.date().toString("yyyy-MM-dd"),
            implement_date=self.implement.date().toString("yyyy-MM-dd"),
            replaces=tuple(
                n.canonical() for r in self._replaced() if (n := parse_standard_number(r).number)
            ),
        )
