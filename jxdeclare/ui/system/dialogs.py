"""Add or edit one standard of an enterprise's system.

A standard comes from the catalogue (search by number or title), from the enterprise's own
stored standards, or from a typed number (with its title when the pack does not know it, and
dates for own and unknown ones). Saving runs in the background; the dialog closes once saved
and stays open on an error, with what the user typed.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.services.context import AppContext
from jxdeclare.services.system import register as system_register
from jxdeclare.services.system.register import EntryInput
from jxdeclare.ui.errors import show_error
from jxdeclare.ui.screen_fit import fit_to_screen
from jxdeclare.ui.system.entry_model import status_labels
from jxdeclare.ui.tasks import run_task
from jxdeclare.ui.terms import pack_label

CATALOGUE, OWN, TYPED = range(3)
NO_DATE = QDate(1900, 1, 1)  # the date fields' "not given"
SEARCH_DELAY_MS = 150
KEY = Qt.ItemDataRole.UserRole


def _date_field(name: str, empty: str) -> QDateEdit:
    field = QDateEdit(objectName=name, calendarPopup=True, displayFormat="yyyy-MM-dd")
    field.setMinimumDate(NO_DATE)
    field.setSpecialValueText(empty)
    field.setDate(NO_DATE)
    return field


def _date_of(field: QDateEdit) -> date | None:
    value = field.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def _set_date(field: QDateEdit, value: date | None) -> None:
    field.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class EntryDialog(QDialog):
    saved = Signal(int)  # the entry's id

    def __init__(
        self, ctx: AppContext, enterprise_id: int, branches: list[tuple[int | None, str]],
        node_id: int | None, parent: QWidget | None = None, entry_id: int | None = None,
        placed_drafts: frozenset[int] = frozenset(),
    ) -> None:  # fmt: skip
        super().__init__(parent, objectName="entryDialog")
        self.ctx, self.enterprise_id, self.entry_id = ctx, enterprise_id, entry_id
        self.placed_drafts = placed_drafts
        self.catalogue: Any = None  # services.catalog.Catalogue once loaded
        self.version = 0
        self.draft_id: int | None = None  # of the entry being edited
        self.original_node = node_id
        self.setWindowTitle(self.tr("编辑标准") if entry_id else self.tr("添加标准"))
        self._build_common(branches, node_id)
        typed = self._typed_form()
        layout = QVBoxLayout(self)
        if entry_id is None:
            self.source = QTabWidget(objectName="entrySource")
            self.source.addTab(self._catalogue_tab(), self.tr("从标准库选择"))
            self.source.addTab(self._own_tab(), self.tr("本企业标准"))
            self.source.addTab(typed, self.tr("输入编号"))
            self.source.currentChanged.connect(self._source_changed)
            layout.addWidget(self.source, 1)
        else:
            layout.addWidget(typed)
        layout.addLayout(self.common)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(entry_id is None)  # an edit waits for the stored values
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 560 if entry_id is None else 380)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._refresh_lookup)
        self._load(entry_id)

    # -- building ----------------------------------------------------------------------------

    def _build_common(self, branches: list[tuple[int | None, str]], node_id: int | None) -> None:
        self.branch = QComboBox(objectName="entryBranch")
        for key, label in branches:
            self.branch.addItem(label, key)
        self.branch.setCurrentIndex(max(0, self.branch.findData(node_id)))
        self.department = QLineEdit(objectName="entryDepartment")
        self.note = QLineEdit(objectName="entryNote")
        self.products = QLineEdit(objectName="entryProducts")
        self.products.setPlaceholderText(self.tr("多个用逗号分隔"))
        self.common = QFormLayout()
        self.common.addRow(self.tr("子体系"), self.branch)
        self.common.addRow(self.tr("责任部门"), self.department)
        self.common.addRow(self.tr("适用产品"), self.products)
        self.common.addRow(self.tr("备注"), self.note)

    def _catalogue_tab(self) -> QWidget:
        self.search = QLineEdit(objectName="catalogueSearch")
        self.search.setPlaceholderText(self.tr("输入标准编号（如 GB 2762）或名称中的词"))
        self.search.setEnabled(False)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.results = QListWidget(objectName="catalogueResults")
        self.results.itemDoubleClicked.connect(lambda _item: self.save())
        self.search_note = QLabel(self.tr("正在加载标准库…"), wordWrap=True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.search_note)
        return tab

    def _own_tab(self) -> QWidget:
        self.own = QListWidget(objectName="ownStandards")
        self.own.itemDoubleClicked.connect(lambda _item: self.save())
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("本企业在“标准起草”中保存的标准（尚未列入体系的）：")))
        layout.addWidget(self.own, 1)
        return tab

    def _typed_form(self) -> QWidget:
        self.number = QLineEdit(objectName="entryNumber")
        self.number.setPlaceholderText(self.tr("如 GB/T 1354—2018 或 Q/JXSL 0001—2024"))
        self.number.textChanged.connect(lambda _text: self.timer.start())
        self.title = QLineEdit(objectName="entryTitle")
        self.title.setPlaceholderText(self.tr("标准库中有的标准可不填"))
        self.hint = QLabel(objectName="entryHint", wordWrap=True)
        self.planned = QCheckBox(
            self.tr("待制定（尚未发布，可以没有编号）"), objectName="entryPlanned"
        )
        self.published = _date_field("entryPublished", self.tr("未填写"))
        self.implemented = _date_field("entryImplemented", self.tr("未填写"))
        box = QWidget()
        form = QFormLayout(box)
        form.addRow(self.tr("标准编号"), self.number)
        form.addRow("", self.hint)
        form.addRow(self.tr("标准名称"), self.title)
        form.addRow("", self.planned)
        form.addRow(self.tr("发布日期"), self.published)
        form.addRow(self.tr("实施日期"), self.implemented)
        return box

    # -- loading -----------------------------------------------------------------------------

    def _load(self, entry_id: int | None) -> None:
        from jxdeclare.services.catalog import active_catalogue

        ctx, fail = self.ctx, partial(show_error, self)
        run_task(lambda _p, _c: active_catalogue(ctx), self._catalogue_loaded, fail, self)
        if entry_id is not None:
            run_task(lambda _p, _c: system_register.entry_input(ctx, entry_id), self._fill,
                     fail, self)  # fmt: skip
            return
        from jxdeclare.services.drafts import list_drafts

        eid = self.enterprise_id
        run_task(lambda _p, _c: list_drafts(ctx, eid), self._fill_own, fail, self)

    def _catalogue_loaded(self, catalogue: Any) -> None:
        self.catalogue = catalogue
        if self.entry_id is None:
            self.search.setEnabled(True)
            self.search_note.setText(self.tr("数据包：") + pack_label(catalogue))
            self.search.setFocus()
        self._refresh_lookup()

    def _fill_own(self, drafts: list[Any]) -> None:
        for draft in drafts:
            if draft.id in self.placed_drafts:
                continue
            number = draft.number or self.tr("（无编号）")
            item = QListWidgetItem(f"{number}  {draft.title}")
            item.setData(KEY, draft.id)
            self.own.addItem(item)
        if not self.own.count():
            self.own.addItem(self.tr("没有尚未列入体系的本企业标准。"))

    def _fill(self, found: tuple[EntryInput, int | None, int]) -> None:
        data, node_id, self.version = found
        self.ok.setEnabled(True)
        self.draft_id, self.original_node = data.draft_id, node_id
        self.branch.setCurrentIndex(max(0, self.branch.findData(node_id)))
        self.number.setText(data.number)
        self.title.setText(data.title)
        self.planned.setChecked(data.planned)
        _set_date(self.published, data.published)
        _set_date(self.implemented, data.implemented)
        self.department.setText(data.department)
        self.note.setText(data.note)
        self.products.setText("，".join(data.products))

    # -- lookups -----------------------------------------------------------------------------

    def _source_changed(self, tab: int) -> None:
        (self.search if tab == CATALOGUE else self.number).setFocus()

    def _refresh_lookup(self) -> None:
        if self.catalogue is None:
            return
        if self.entry_id is None:
            self._search()
        self._explain_number()

    def _search(self) -> None:
        self.results.clear()
        labels = status_labels()
        for row in self.catalogue.search(self.search.text(), date.today(), limit=100):
            status = labels.get(str(row.status.status), str(row.status.status))
            item = QListWidgetItem(f"{row.number}  {row.title}  [{status}]")
            item.setData(KEY, row.number)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _explain_number(self) -> None:
        text = self.number.text().strip()
        if not text:
            self.hint.clear()
            return
        if not parse_standard_number(text).valid:
            self.hint.setText(self.tr("编号格式有误，如 GB/T 1354—2018"))
            return
        found = self.catalogue.editions.status(text, date.today())
        if found.title:
            status = status_labels().get(str(found.status), str(found.status))
            self.hint.setText(self.tr("标准库：%1（%2）").replace("%1", found.title)
                              .replace("%2", status))  # fmt: skip
        else:
            self.hint.setText(self.tr("标准库中没有该编号，请填写标准名称和日期。"))

    # -- saving ------------------------------------------------------------------------------

    def _extra(self) -> dict[str, Any]:
        products = self.products.text().replace("，", ",").replace("、", ",").split(",")
        return {
            "department": self.department.text(),
            "note": self.note.text(),
            "products": tuple(p.strip() for p in products if p.strip()),
        }

    def _typed(self) -> EntryInput:
        return EntryInput(
            number=self.number.text(), title=self.title.text(), published=_date_of(self.published),
            implemented=_date_of(self.implemented), planned=self.planned.isChecked(),
            draft_id=self.draft_id, **self._extra(),
        )  # fmt: skip

    def save(self) -> None:
        work = self._work()
        if work is not None and self.ok.isEnabled():
            self.ok.setEnabled(False)  # one save at a time
            run_task(lambda _p, _c: work(), self._saved, self._failed, self)

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        show_error(self, error)  # the dialog stays open with what was typed

    def _work(self) -> Any:
        ctx, eid, node = self.ctx, self.enterprise_id, self.branch.currentData()
        if self.entry_id is not None:
            entry_id, version, data, was = (
                self.entry_id,
                self.version,
                self._typed(),
                self.original_node,
            )

            def edit() -> int:
                system_register.update_entry(ctx, entry_id, version, data)
                if node != was:
                    system_register.move_entry(ctx, entry_id, node)
                return entry_id

            return edit
        tab = self.source.currentIndex()
        if tab == TYPED:
            data = self._typed()
            return lambda: system_register.add_entry(ctx, eid, data, node)
        chosen = (self.results if tab == CATALOGUE else self.own).currentItem()
        key = chosen.data(KEY) if chosen is not None else None
        if key is None:
            return None
        extra = self._extra()
        if tab == CATALOGUE:
            data = EntryInput(number=key, **extra)
            return lambda: system_register.add_entry(ctx, eid, data, node)
        return lambda: _add_own(ctx, key, node, extra)

    def _saved(self, entry_id: int) -> None:
        self.saved.emit(entry_id)
        self.accept()


def _add_own(ctx: AppContext, draft_id: int, node: int | None, extra: dict[str, Any]) -> int:
    return system_register.add_own_standard(ctx, draft_id, node, **extra)
