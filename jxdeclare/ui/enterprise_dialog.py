"""Add or edit one enterprise, with the credit code checked while it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jxdeclare.domain.uscc import validate_uscc
from jxdeclare.services.enterprises import EnterpriseInput, EnterpriseRecord


class EnterpriseDialog(QDialog):
    def __init__(self, record: EnterpriseRecord | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("编辑企业") if record else self.tr("新增企业"))
        self.name = QLineEdit(objectName="name")
        self.uscc = QLineEdit(objectName="uscc")
        self.uscc.setMaxLength(24)
        self.uscc_status = QLabel(objectName="usccStatus")
        self.uscc_status.setWordWrap(True)
        self.code = QLineEdit(objectName="code")
        self.contact = QLineEdit(objectName="contact")
        self.phone = QLineEdit(objectName="phone")
        self.address = QLineEdit(objectName="address")
        # 0 shows as "use the setting": most enterprises keep the default period.
        self.review_years = QSpinBox(objectName="reviewYears", minimum=0, maximum=10)
        self.review_years.setSpecialValueText(self.tr("按设置中的默认周期"))
        self.review_years.setSuffix(self.tr(" 年"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.name.textChanged.connect(self._revalidate)
        self.uscc.textChanged.connect(self._revalidate)
        if record:
            self._fill(record)
        self._revalidate()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("企业名称*"), self.name)
        form.addRow(self.tr("统一社会信用代码*"), self.uscc)
        form.addRow("", self.uscc_status)
        form.addRow(self.tr("企业代号"), self.code)
        form.addRow(self.tr("联系人"), self.contact)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.tr("企业标准复审周期"), self.review_years)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)

    def _fill(self, record: EnterpriseRecord) -> None:
        for field in ("name", "uscc", "code", "contact", "phone", "address"):
            getattr(self, field).setText(getattr(record, field) or "")
        self.review_years.setValue(record.review_period_years or 0)

    def _revalidate(self) -> None:
        text = self.uscc.text()
        result = validate_uscc(text)
        if not text.strip():
            message, ok = self.tr("请输入 18 位统一社会信用代码"), False
        elif result.problems:
            message = "；".join(p.text(self._lang()) for p in result.problems)
            ok = result.valid
            if ok:  # early codes can fail a check character yet be legal
                message += self.tr("（仅为提示，可以保存）")
        else:
            place = "".join(filter(None, (result.province, result.city)))
            message, ok = self.tr("代码有效") + (f"（{place}）" if place else ""), True
        color = "#b00020" if not result.valid else ("#a15c00" if result.problems else "#1b7f3b")
        self.uscc_status.setText(f'<span style="color:{color}">{message}</span>')
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(ok and bool(self.name.text().strip()))

    def _lang(self) -> str:
        return "en" if self.locale().language().name == "English" else "zh"

    def value(self) -> EnterpriseInput:
        return EnterpriseInput(
            name=self.name.text(),
            uscc=self.uscc.text(),
            code=self.code.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            review_period_years=self.review_years.value() or None,
        )
