"""The indicator table: one row per requirement, with the mandatory limit shown beside it.

The 强制限量 column comes from the data pack (through the window's ``limits`` lookup) for rows
bound to a limit category and item. A value plainly looser than the limit (a bigger number
under ≤ or < in the same unit) is tinted; the compliance checker does the full comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.document.model import COMPARATORS, IndicatorRow, IndicatorTable
from jxdeclare.ui.editor.fields import Host

FIELDS = ("item", "unit", "comparator", "value", "method", "standard", "clause")
COMPARATOR, LIMIT = FIELDS.index("comparator"), len(FIELDS)
LOOSER_TINT = QColor("#f9d6d5")
READ_ONLY_TINT = QColor("#f3f3f3")
UPPER = ("≤", "<")


def limit_text(limit: dict[str, Any] | None) -> str:
    """ "≤0.2 mg/kg（GB 2762—2025 表1）", or "—" when no mandatory limit governs the row."""
    if not limit:
        return "—"
    value = f"{limit.get('comparator', '')}{limit.get('value', '')}"
    if limit.get("unit"):
        value += f" {limit['unit']}"
    where = " ".join(str(limit[k]) for k in ("standard", "clause") if limit.get(k))
    return f"{value}（{where}）" if where else value


def _number(text: Any) -> float | None:
    try:
        return float(str(text).strip())
    except ValueError:
        return None


def looser(row: IndicatorRow, limit: dict[str, Any] | None) -> bool:
    """True when the row's upper bound is plainly above the mandatory one (same unit)."""
    if not limit or row.comparator not in UPPER or limit.get("comparator") not in UPPER:
        return False
    if row.unit.strip() != str(limit.get("unit", "")).strip():
        return False
    mine, theirs = _number(row.value), _number(limit.get("value"))
    return mine is not None and theirs is not None and mine > theirs


class ComparatorDelegate(QStyledItemDelegate):
    """The 比较符 cell is edited with a list of the allowed comparators."""

    def createEditor(self, parent: QWidget, _option: Any, _index: QModelIndex) -> QWidget:
        combo = QComboBox(parent, objectName="comparator")
        combo.addItems([c or "—" for c in COMPARATORS])
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data() or ""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(COMPARATORS.index(value) if value in COMPARATORS else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, COMPARATORS[editor.currentIndex()])


class IndicatorEditor(QWidget):
    def __init__(self, host: Host, table: IndicatorTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.table = host, table
        self.grid = QTableWidget(0, len(FIELDS) + 1, objectName="indicatorTable")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("项目"), self.tr("单位"), self.tr("比较符"), self.tr("指标值"),
             self.tr("检验方法"), self.tr("强制性标准"), self.tr("条款"), self.tr("强制限量")]
        )  # fmt: skip
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(240)
        self.grid.setItemDelegateForColumn(COMPARATOR, ComparatorDelegate(self.grid))
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.grid.itemChanged.connect(self._cell_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addLayout(self._buttons())
        self._fill()

    def _buttons(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for name, text, slot in (
            ("addIndicator", self.tr("加行"), self.add_row),
            ("deleteIndicator", self.tr("删行"), self.delete_row),
            ("indicatorUp", self.tr("上移"), lambda: self.move_row(-1)),
            ("indicatorDown", self.tr("下移"), lambda: self.move_row(1)),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch()
        return bar

    def _fill(self) -> None:
        grid = self.grid
        grid.blockSignals(True)
        grid.setRowCount(len(self.table.rows))
        for r, row in enumerate(self.table.rows):
            for c, name in enumerate(FIELDS):
                grid.setItem(r, c, QTableWidgetItem(getattr(row, name)))
            limit = QTableWidgetItem()
            limit.setFlags(limit.flags() & ~Qt.ItemFlag.ItemIsEditable)
            grid.setItem(r, LIMIT, limit)
            self._show_limit(r)
        grid.blockSignals(False)

    def _limit(self, row: IndicatorRow) -> dict[str, Any] | None:
        if not (self.host.limits and row.limit_category and row.limit_item):
            return None
        return self.host.limits(row.limit_category, row.limit_item)

    def _show_limit(self, r: int) -> None:
        row = self.table.rows[r]
        limit = self._limit(row)
        item = self.grid.item(r, LIMIT)
        item.setText(limit_text(limit))
        bad = looser(row, limit)
        item.setBackground(QBrush(LOOSER_TINT if bad else READ_ONLY_TINT))
        tip = self.tr("指标比强制性标准的限量宽松，不符合强制性要求") if bad else ""
        item.setToolTip(tip)
        value = self.grid.item(r, FIELDS.index("value"))
        value.setBackground(QBrush(LOOSER_TINT) if bad else QBrush())
        value.setToolTip(tip)

    def _set(self, row: IndicatorRow, name: str, text: str) -> None:
        if self.host.change(
            self.tr("修改指标"), lambda: setattr(row, name, text), f"{row.id}.{name}"
        ):
            self.grid.blockSignals(True)
            self._show_limit(self.table.rows.index(row))
            self.grid.blockSignals(False)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.column() < LIMIT:
            self._set(self.table.rows[item.row()], FIELDS[item.column()], item.text())

    def _restructure(self, label: str, mutate: Callable[[], Any], select: int) -> None:
        if self.host.change(label, mutate):
            self._fill()
            self.grid.setCurrentCell(select, 0)

    def add_row(self) -> None:
        at = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else len(self.table.rows)
        new = IndicatorRow(item="")
        self._restructure(self.tr("添加指标"), lambda: self.table.rows.insert(at, new), at)

    def delete_row(self) -> None:
        r = self.grid.currentRow()
        if r >= 0:
            at = min(r, len(self.table.rows) - 2)
            self._restructure(self.tr("删除指标"), lambda: self.table.rows.pop(r), at)

    def move_row(self, delta: int) -> None:
        r, rows = self.grid.currentRow(), self.table.rows
        if r < 0 or not 0 <= r + delta < len(rows):
            return

        def swap() -> None:
            rows[r], rows[r + delta] = rows[r + delta], rows[r]

        self._restructure(self.tr("移动指标"), swap, r + delta)
