"""新建标准: enterprise, template, product, number (next free one proposed), dates, replaces."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jxdeclare.domain.stdnumber import StdKind, parse_standard_number
from jxdeclare.drafting.templates import TemplateInfo
from jxdeclare.services.drafting import NewDraft
from jxdeclare.services.enterprises import EnterpriseRecord

ProposeNumber = Callable[[EnterpriseRecord, Callable[[str], None]], None]


class NewDraftDialog(QDialog):
    """Collects a :class:`NewDraft`; ``propose`` fetches the next free number in the background."""

    def __init__(
        self,
        enterprises: list[EnterpriseRecord],
        templates: list[TemplateInfo],
        propose: ProposeNumber,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建企业标准"))
        self.enterprises, self.templates, self._propose = enterprises, templates, propose
        self.enterprise = QComboBox(objectName="enterprise")
        self.enterprise.addItems([f"{e.name}（{e.code or '无代号'}）" for e in enterprises])
        self.template = QComboBox(objectName="template")
        self.template.addItems([t.name for t in templates])
        self.template_note = QLabel(objectName="templateNote", wordWrap=True)
        self.product = QLineEdit(objectName="product")
        self.number = QLineEdit(objectName="number")
        self.number_status = QLabel(objectName="numberStatus", wordWrap=True)
        self.publish = QDateEdit(QDate.currentDate(), objectName="publish", calendarPopup=True)
        self.implement = QDateEdit(QDate.currentDate(), objectName="implement", calendarPopup=True)
        for edit in (self.publish, self.implement):
            edit.setDisplayFormat("yyyy-MM-dd")
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
        self._template_changed()
        self._enterprise_changed()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("企业*"), self.enterprise)
        form.addRow(self.tr("模板*"), self.template)
        form.addRow("", self.template_note)
        form.addRow(self.tr("产品名称*"), self.product)
        form.addRow(self.tr("标准编号*"), self.number)
        form.addRow("", self.number_status)
        form.addRow(self.tr("发布日期"), self.publish)
        form.addRow(self.tr("实施日期"), self.implement)
        form.addRow(self.tr("代替标准"), self.replaces)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)

    def _template_changed(self) -> None:
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
            self._propose(self.enterprises[self.enterprise.currentIndex()], self._proposed)
        self._revalidate()

    def _proposed(self, number: str) -> None:
        self.number.setText(number)

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
