"""One form per filing step: what the enterprise did on the commission's filing system, as dates
(picked from a calendar or typed) and a number. Each form hands its values to the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QStackedWidget, QWidget

from jxdeclare.domain.filing import Step
from jxdeclare.services.context import AppContext
from jxdeclare.services.filing import records


def step_labels() -> dict[Step, str]:
    return {
        Step.PUBLIC: QCoreApplication.translate("FilingSteps", "社会公示"),
        Step.FILE: QCoreApplication.translate("FilingSteps", "备案"),
        Step.REVISE: QCoreApplication.translate("FilingSteps", "修订"),
        Step.RENEW: QCoreApplication.translate("FilingSteps", "延续"),
        Step.CANCEL: QCoreApplication.translate("FilingSteps", "注销"),
    }


def date_field(name: str, day: date) -> QDateEdit:
    field = QDateEdit(objectName=name, calendarPopup=True, displayFormat="yyyy-MM-dd")
    field.setDate(QDate(day.year, day.month, day.day))
    return field


def date_of(field: QDateEdit) -> date:
    return field.date().toPython()  # type: ignore[no-any-return]


class StepForms(QStackedWidget):
    """The fields of every step, one page each; ``record`` stores the shown step's values."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="filingStepForms")
        self.public_from = date_field("publicFrom", today)
        self.public_to = date_field("publicTo", today)
        self.number = QLineEdit(objectName="filingNumber")
        self.number.setPlaceholderText(self.tr("卫生健康委员会给出的备案号"))
        self.filed_on = date_field("filedOn", today)
        self.revise_on = date_field("reviseOn", today)
        self.renew_on = date_field("renewOn", today)
        self.renew_number = QLineEdit(objectName="renewNumber")
        self.renew_number.setPlaceholderText(self.tr("有新备案号时填写"))
        self.cancel_on = date_field("cancelOn", today)
        self.pages: dict[Step, int] = {}
        self._page(Step.PUBLIC, [(self.tr("公示开始日期"), self.public_from),
                                 (self.tr("公示结束日期"), self.public_to)])  # fmt: skip
        self._page(
            Step.FILE,
            [
                (self.tr("备案号"), self.number),
                (self.tr("备案日期"), self.filed_on),
            ],
        )
        self._page(Step.REVISE, [(self.tr("修订日期"), self.revise_on)])
        self._page(Step.RENEW, [(self.tr("延续日期"), self.renew_on),
                                (self.tr("新备案号"), self.renew_number)])  # fmt: skip
        self._page(Step.CANCEL, [(self.tr("注销日期"), self.cancel_on)])

    def _page(self, step: Step, rows: list[tuple[str, QWidget]]) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in rows:
            form.addRow(label, field)
        self.pages[step] = self.addWidget(page)

    def show_step(self, step: Step) -> None:
        self.setCurrentIndex(self.pages[step])

    def action(self, step: Step) -> Callable[[AppContext, int, str, int, date], Any]:
        """The step with the values shown now (read here, on the UI thread), as a call the
        background task makes: (ctx, draft id, note, expected version, today) → the record."""
        if step is Step.PUBLIC:
            start, end = date_of(self.public_from), date_of(self.public_to)
            return lambda ctx, draft, note, version, _today: records.record_public(
                ctx, draft, start, end, note=note, expected_version=version
            )
        if step is Step.FILE:
            number, filed = self.number.text(), date_of(self.filed_on)
            return lambda ctx, draft, note, version, today: records.record_filed(
                ctx, draft, number, filed, today=today, note=note, expected_version=version
            )
        if step is Step.REVISE:
            on = date_of(self.revise_on)
            return lambda ctx, draft, note, version, _today: records.record_revision(
                ctx, draft, on, note=note, expected_version=version
            )
        if step is Step.RENEW:
            on, number = date_of(self.renew_on), self.renew_number.text()
            return lambda ctx, draft, note, version, _today: records.record_renewal(
                ctx, draft, on, number=number, note=note, expected_version=version
            )
        on = date_of(self.cancel_on)
        return lambda ctx, draft, note, version, _today: records.record_cancel(
            ctx, draft, on, note=note, expected_version=version
        )
