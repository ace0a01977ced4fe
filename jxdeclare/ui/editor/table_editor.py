"""A general table: the first grid row is the header; rows and columns can be added and removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.document.model import Table
from jxdeclare.ui.editor.fields import Host

HEADER_TINT = QColor("#eef2f7")


class TableEditor(QWidget):
    def __init__(self, host: Host, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.table = host, table
        self.grid = QTableWidget(objectName="tableCells")
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(200)
        self.grid.itemChanged.connect(self._cell_changed)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addRow", self.tr("加行"), self.add_row),
            ("deleteRow", self.tr("删行"), self.delete_row),
            ("addColumn", self.tr("加列"), self.add_column),
            ("deleteColumn", self.tr("删列"), self.delete_column),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        self._fill()

    def _fill(self) -> None:
        table, grid = self.table, self.grid
        grid.blockSignals(True)
        grid.clear()
        grid.setColumnCount(len(table.header))
        grid.setRowCount(len(table.rows) + 1)
        grid.setHorizontalHeaderLabels([str(i + 1) for i in range(len(table.header))])
        grid.setVerticalHeaderLabels(
            [self.tr("表头"), *(str(i + 1) for i in range(len(table.rows)))]
        )
        bold = QFont(grid.font())
        bold.setBold(True)
        for column, text in enumerate(table.header):
            item = QTableWidgetItem(text)
            item.setFont(bold)
            item.setBackground(QBrush(HEADER_TINT))
            grid.setItem(0, column, item)
        for row, cells in enumerate(table.rows, start=1):
            for column, text in enumerate(cells):
                grid.setItem(row, column, QTableWidgetItem(text))
        grid.blockSignals(False)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        row, column, text = item.row(), item.column(), item.text()
        cells = self.table.header if row == 0 else self.table.rows[row - 1]
        self.host.change(
            self.tr("修改表格"),
            lambda: cells.__setitem__(column, text),
            f"{self.table.id}.{row}.{column}",
        )

    def _restructure(self, label: str, mutate: Callable[[], Any]) -> None:
        if self.host.change(label, mutate):
            self._fill()

    def add_row(self) -> None:
        selected = self.grid.currentRow()  # grid row 0 is the header, so row r is rows[r - 1]
        at = selected if selected >= 0 else len(self.table.rows)  # just after the selected one
        width = len(self.table.header)
        self._restructure(self.tr("加行"), lambda: self.table.rows.insert(at, [""] * width))
        self.grid.setCurrentCell(at + 1, 0)

    def delete_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 1:
            self._restructure(self.tr("删行"), lambda: self.table.rows.pop(row - 1))

    def add_column(self) -> None:
        def widen() -> None:
            self.table.header.append("")
            for cells in self.table.rows:
                cells.append("")

        self._restructure(self.tr("加列"), widen)

    def delete_column(self) -> None:
        column = self.grid.currentColumn()
        if column < 0 or len(self.table.header) <= 1:
            return

        def narrow() -> None:
            self.table.header.pop(column)
            for cells in self.table.rows:
                cells.pop(column)

        self._restructure(self.tr("删列"), narrow)
