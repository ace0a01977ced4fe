"""Add or edit one enterprise, with the credit code checked while it is typed.

A wrong check character blocks saving until the user ticks that the code is exactly as printed
on the business licence (DESIGN §3: some early codes fail the check yet are legal). Given a
``save``, the dialog saves in the background and closes only once saved: a code another
enterprise already has, or a field the service refuses, is marked beside the field with
everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jxdeclare.domain.uscc import UsccResult, normalise_uscc, validate_uscc
from jxdeclare.services.enterprises import FIELD_LABELS, EnterpriseInput, EnterpriseRecord
from jxdeclare.services.errors import ConflictError, DuplicateError, ValidationError
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.tasks import run_task

RED, AMBER, GREEN = "#b00020", "#a15c00", "#1b7f3b"
MARKED = f"QLineEdit {{ border: 1px solid {RED}; }}"
Save = Callable[[EnterpriseInput], Any]


class EnterpriseDialog(QDialog):
    def __init__(
        self, record: EnterpriseRecord | None = None, parent: QWidget | None = None,
        save: Save | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.record, self._save = record, save
        self.saved: Any = None  # what ``save`` returned
        self._refused: dict[QLineEdit, tuple[str, str]] = {}  # field → (its text, why refused)
        self.tried = False  # a save was attempted: what is stored may have changed
        self.setWindowTitle(self.tr("编辑企业") if record else self.tr("新增企业"))
        self.name = QLineEdit(objectName="name")
        self.uscc = QLineEdit(objectName="uscc")
        self.uscc.setMaxLength(24)
        self.uscc_status = QLabel(objectName="usccStatus")
        self.uscc_status.setWordWrap(True)
        self.uscc_confirmed = QCheckBox(
            self.tr("代码与营业执照一致（确认无误）"), objectName="usccConfirmed"
        )
        self.uscc_confirmed.setToolTip(
            self.tr("部分早期代码的校验码不符合规则但合法。请逐位核对营业执照后再勾选。")
        )
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
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.save_error = QLabel(objectName="saveError", wordWrap=True)
        self.save_error.setStyleSheet(f"color: {RED}")
        self.save_error.hide()
        self._layout()
        self._confirmed_code = ""  # the code the tick applies to
        for field in (self.name, self.code, self.contact, self.phone, self.address):
            field.textChanged.connect(self._revalidate)
        self.uscc.textChanged.connect(self._code_changed)
        self.uscc_confirmed.toggled.connect(self._confirmation_toggled)
        if record:
            self._fill(record)
        self._revalidate()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("企业名称*"), self.name)
        form.addRow(self.tr("统一社会信用代码*"), self.uscc)
        form.addRow("", self.uscc_status)
        form.addRow("", self.uscc_confirmed)
        form.addRow(self.tr("企业代号"), self.code)
        form.addRow(self.tr("联系人"), self.contact)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.tr("企业标准复审周期"), self.review_years)
        form.addRow(self.save_error)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)

    def _fill(self, record: EnterpriseRecord) -> None:
        for field in ("name", "uscc", "code", "contact", "phone", "address"):
            getattr(self, field).setText(getattr(record, field) or "")
        self.review_years.setValue(record.review_period_years or 0)
        self.uscc_confirmed.setChecked(record.uscc_confirmed)

    def _code_changed(self) -> None:
        # A tick vouches for one code: a different code must be checked against the licence again.
        if normalise_uscc(self.uscc.text()) != self._confirmed_code:
            self.uscc_confirmed.setChecked(False)
        self._revalidate()

    def _confirmation_toggled(self, checked: bool) -> None:
        self._confirmed_code = normalise_uscc(self.uscc.text()) if checked else ""
        self._revalidate()

    def _revalidate(self) -> None:
        self._show_refusals()
        text = self.uscc.text()
        result = validate_uscc(text, confirmed=self.uscc_confirmed.isChecked())
        self.uscc_confirmed.setVisible(result.check_mismatch)
        message, color = self._status(text, result)
        if self.uscc in self._refused:  # taken by another enterprise: say so until changed
            message, color = self._refused[self.uscc][1], RED
        self.uscc_status.setText(f'<span style="color:{color}">{message}</span>')
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        filled = bool(text.strip() and self.name.text().strip())
        ok_button.setEnabled(result.valid and filled and not self._refused)

    def _status(self, text: str, result: UsccResult) -> tuple[str, str]:
        """The line under the code and its colour: red blocks, amber warns, green is fine."""
        if not text.strip():
            return self.tr("请输入 18 位统一社会信用代码"), RED
        if not result.problems:
            place = "".join(filter(None, (result.province, result.city)))
            return self.tr("代码有效") + (f"（{place}）" if place else ""), GREEN
        message = "；".join(p.text(self._lang()) for p in result.problems)
        if result.needs_confirmation:
            return message + self.tr("。如代码与营业执照上印的完全一致，请勾选下方的确认。"), RED
        if not result.valid:
            return message, RED
        if not result.check_mismatch:  # early codes can fail a check character yet be legal
            message += self.tr("（仅为提示，可以保存）")
        return message, AMBER

    def _lang(self) -> str:
        return "en" if self.locale().language().name == "English" else "zh"

    # -- saving ----------------------------------------------------------------------------

    def _ok(self) -> None:
        if self._save is None:
            self.accept()
            return
        data, save = self.value(), self._save
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)  # once
        self.tried = True
        run_task(lambda _p, _c: save(data), self._saved, self._failed, self)

    def _saved(self, result: Any) -> None:
        self.saved = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DuplicateError) and error.field == "uscc" and error.owner:
            text = self.tr("该统一社会信用代码已属于企业“%1”，不能重复添加。请核对代码，"
                           "或在企业列表中编辑该企业。").replace("%1", error.owner)  # fmt: skip
            self._refuse(self.uscc, text)
        elif isinstance(error, ValidationError) and all(
            e.field in self._by_label() for e in error.errors
        ):
            for problem in error.errors:
                self._refuse(self._by_label()[problem.field], f"{problem.field}：{problem.message}")
        else:
            self._revalidate()  # OK is back; what was typed stays
            show_error(self, error)
            if isinstance(error, ConflictError):
                self.reject()  # the stored record changed: edit it again from the list
            return
        self._revalidate()
        next(iter(self._refused)).setFocus()

    def _by_label(self) -> dict[str, QLineEdit]:
        return {label: getattr(self, key) for key, label in FIELD_LABELS.items()}

    def _refuse(self, field: QLineEdit, text: str) -> None:
        """Mark the field until its text changes: red border, the reason beside it."""
        self._refused[field] = (field.text(), text)

    def _show_refusals(self) -> None:
        self._refused = {f: r for f, r in self._refused.items() if f.text() == r[0]}
        for field in (self.name, self.uscc, self.code, self.contact, self.phone, self.address):
            field.setStyleSheet(MARKED if field in self._refused else "")
        others = [text for f, (_v, text) in self._refused.items() if f is not self.uscc]
        self.save_error.setText("\n".join(others))
        self.save_error.setVisible(bool(others))

    def value(self) -> EnterpriseInput:
        return EnterpriseInput(
            name=self.name.text(),
            uscc=self.uscc.text(),
            code=self.code.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            review_period_years=self.review_years.value() or None,
            uscc_confirmed=self.uscc_confirmed.isChecked(),
        )
