"""Dialogs to create a declaration and to edit one (disclosure, 明示, products, commitment); the
edit dialog lists what is still wrong and updates that list with every change to a field."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.declaration_record import DeclarationRecord, DeclaredProduct, record_problems
from jxdeclare.domain.messages import Problem
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.records import DeclarationInfo
from jxdeclare.ui.buttons import button_row
from jxdeclare.ui.declarations.problems import ProblemList
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import fit_to_screen
from jxdeclare.ui.tasks import run_task

PRODUCT_COLUMNS = ("name", "model", "category", "spec", "gtin", "generic_name", "brand",
                   "label_standard")  # fmt: skip


class ProductTable(QTableWidget):
    """Product rows as the platform asks for them: name, model and category required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            self.tr("产品名称*"), self.tr("型号*"), self.tr("分类*"), self.tr("规格"),
            self.tr("条码"), self.tr("通用名"), self.tr("品牌"), self.tr("标签标注的标准号"),
        ]  # fmt: skip
        super().__init__(0, len(headers), parent, objectName="productTable")
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().hide()
        self.resizeColumnsToContents()  # every header readable, e.g. "标签标注的标准号"

    def set_products(self, products: tuple[DeclaredProduct, ...]) -> None:
        self.setRowCount(0)
        for product in products:
            self.add_row([getattr(product, name) for name in PRODUCT_COLUMNS])
        self.resizeColumnsToContents()

    def add_row(self, values: list[str] | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for c in range(self.columnCount()):
            self.setItem(row, c, QTableWidgetItem(values[c] if values else ""))

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(index)

    def products(self) -> tuple[DeclaredProduct, ...]:
        out = []
        for r in range(self.rowCount()):
            values = [(self.item(r, c).text() if self.item(r, c) else "").strip()
                      for c in range(self.columnCount())]  # fmt: skip
            if any(values):
                out.append(DeclaredProduct(**dict(zip(PRODUCT_COLUMNS, values, strict=True))))
        return tuple(out)


def _product_box(table: ProductTable) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    bar, _buttons = button_row(
        [
            ("add", QCoreApplication.translate("DeclarationDialog", "加产品"), table.add_row),
            ("remove", QCoreApplication.translate("DeclarationDialog", "删产品"),
             table.remove_selected),
        ],
        "ProductButton",
    )
    bar.addStretch()
    layout.addLayout(bar)
    layout.addWidget(table)
    return box


class DeclarationDialog(QDialog):
    """Edit what the platform asks beyond the standard itself; Cancel discards every change."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, info: DeclarationInfo, parent: QWidget | None = None):
        super().__init__(parent, objectName="declarationDialog")
        self.ctx, self.info = ctx, info
        self.setWindowTitle(self.tr("自我声明：%1").replace("%1", info.standard_number))
        self.record: DeclarationRecord | None = None
        self.status_problems: list[Problem] = []  # the standard's status: not edited here
        self.disclosure = QComboBox(objectName="disclosure")
        self.disclosure.addItem(self.tr("同意标准文本全文公开"), "full_text")
        self.disclosure.addItem(self.tr("公开功能指标和性能指标"), "indicators")
        self.statement = QPlainTextEdit(objectName="statement")
        self.statement.setPlaceholderText(
            self.tr("指标低于推荐性标准时必填：说明低于哪项标准的哪些指标")
        )
        self.statement.setMaximumHeight(70)
        self.contact = QLineEdit(objectName="contact")
        self.phone = QLineEdit(objectName="phone")
        self.commitment = QCheckBox(
            self.tr("本企业承诺：所公开标准符合法律法规和强制性标准，产品符合所公开的标准。"),
            objectName="commitment",
        )
        self.products = ProductTable()
        self.problems = ProblemList(self.tr("没有发现问题，保存后可以排队提交。"),
                                    objectName="declarationDialogProblems")  # fmt: skip
        self.problems.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("公开方式"), self.disclosure)
        form.addRow(self.tr("明示说明"), self.statement)
        form.addRow(self.tr("联系人"), self.contact)
        form.addRow(self.tr("联系电话"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(f"{info.enterprise} · {info.standard_number} {info.standard_title}")
        )
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("产品（每行一个）：")))
        layout.addWidget(_product_box(self.products), 1)
        commitment = QFormLayout()
        commitment.addRow(self.tr("承诺"), self.commitment)
        layout.addLayout(commitment)
        layout.addWidget(QLabel(self.tr("还需改正：")))
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 640)

        def load(_p: object, _c: object) -> tuple[DeclarationRecord, list[Problem]]:
            return declarations.get(ctx, info.id)[1], declarations.status_problems(ctx, info.id)

        run_task(load, self._fill, partial(show_error, self), self)

    def _fill(self, loaded: tuple[DeclarationRecord, list[Problem]]) -> None:
        record, self.status_problems = loaded
        self.record = record
        self.disclosure.setCurrentIndex(max(0, self.disclosure.findData(record.disclosure)))
        self.statement.setPlainText(record.explicit_statement)
        self.contact.setText(record.contact_name)
        self.phone.setText(record.contact_phone)
        self.commitment.setChecked(record.commitment_accepted)
        self.products.set_products(record.products)
        if not record.products:
            self.products.add_row()
        # Every field re-checks the record as it now stands (domain rules only: no database).
        for signal in (self.disclosure.currentIndexChanged, self.statement.textChanged,
                       self.contact.textChanged, self.phone.textChanged, self.commitment.toggled,
                       self.products.itemChanged, self.products.model().rowsInserted,
                       self.products.model().rowsRemoved):  # fmt: skip
            signal.connect(self._refresh_problems)
        self._refresh_problems()

    def _refresh_problems(self, *_changed: object) -> None:
        record = self.edited()
        if record is not None:
            self.problems.show_problems(record_problems(record) + self.status_problems)

    def edited(self) -> DeclarationRecord | None:
        if self.record is None:
            return None
        return replace(
            self.record, disclosure=self.disclosure.currentData(),
            explicit_statement=self.statement.toPlainText().strip(),
            contact_name=self.contact.text().strip(), contact_phone=self.phone.text().strip(),
            commitment_accepted=self.commitment.isChecked(), products=self.products.products(),
        )  # fmt: skip

    def save(self) -> None:
        record = self.edited()
        if record is None:
            return
        ctx, info = self.ctx, self.info
        run_task(lambda _p, _c: declarations.update(ctx, info.id, info.row_version, record),
                 self._saved, partial(show_error, self), self)  # fmt: skip

    def _saved(self, info: DeclarationInfo) -> None:
        self.saved.emit(info)
        self.accept()


class NewDeclarationDialog(QDialog):
    """From one of the enterprise's own standards, or for a standard from the catalogue."""

    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="newDeclarationDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("新建自我声明"))
        self.enterprise = QComboBox(objectName="newDeclarationEnterprise")
        self.source = QComboBox(objectName="newDeclarationSource")
        self.source.addItem(self.tr("本企业标准（从标准起草）"), "draft")
        self.source.addItem(self.tr("执行的国家/行业/地方/团体标准"), "catalogue")
        self.draft = QComboBox(objectName="newDeclarationDraft")
        self.number = QLineEdit(objectName="newDeclarationNumber")
        self.number.setPlaceholderText(self.tr("如 GB/T 14456.1—2017"))
        self.products = ProductTable()
        self.products.add_row()
        form = QFormLayout()
        form.addRow(self.tr("企业"), self.enterprise)
        form.addRow(self.tr("声明的标准"), self.source)
        form.addRow(self.tr("本企业标准"), self.draft)
        form.addRow(self.tr("标准编号"), self.number)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("产品（每行一个）：")))
        layout.addWidget(_product_box(self.products), 1)
        layout.addWidget(buttons)
        self.enterprise.currentIndexChanged.connect(self._load_drafts)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        fit_to_screen(self, 820, 480)
        from jxdeclare.services.enterprises import list_enterprises

        run_task(lambda _p, _c: list_enterprises(ctx), self._fill_enterprises,
                 partial(show_error, self), self)  # fmt: skip

    def _fill_enterprises(self, enterprises: list[Any]) -> None:
        for enterprise in enterprises:
            self.enterprise.addItem(enterprise.name, enterprise.id)

    def _load_drafts(self) -> None:
        from jxdeclare.services.drafts import list_drafts

        ctx, owner = self.ctx, self.enterprise.currentData()
        if owner is None:
            return
        run_task(lambda _p, _c: list_drafts(ctx, owner), self._fill_drafts,
                 partial(show_error, self), self)  # fmt: skip

    def _fill_drafts(self, rows: list[Any]) -> None:
        self.draft.clear()
        for row in rows:
            self.draft.addItem(f"{row.number} {row.title}", row.id)

    def _source_changed(self) -> None:
        from_draft = self.source.currentData() == "draft"
        self.draft.setEnabled(from_draft)
        self.number.setEnabled(not from_draft)

    def create(self) -> None:
        ctx, owner = self.ctx, self.enterprise.currentData()
        products = list(self.products.products())
        if owner is None:
            return
        if self.source.currentData() == "draft":
            draft_id = self.draft.currentData()
            if draft_id is None:
                return

            def work(_p: object, _c: object) -> DeclarationInfo:
                return declarations.new_from_draft(ctx, draft_id, products)
        else:
            number = self.number.text().strip()

            def work(_p: object, _c: object) -> DeclarationInfo:
                return declarations.new_for_standard(ctx, owner, number, products)

        run_task(work, self._created, partial(show_error, self), self,
                 label=self.tr("正在生成标准文本并建立声明…"))  # fmt: skip

    def _created(self, info: DeclarationInfo) -> None:
        self.created.emit(info)
        self.accept()
