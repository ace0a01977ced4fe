"""Column widths of the enterprise list that fit its contents without measuring every row.

``resizeColumnsToContents`` asks the model for, and lays out the text of, up to a thousand rows
per column (every row while the page is hidden): tens of milliseconds on the UI thread with a
long list. The widest text of a column is among its longest strings, so a long list measures
only those, the way Qt would measure them; a short one is measured whole by Qt.
"""

from __future__ import annotations

import heapq

from PySide6.QtWidgets import QTableView

from jxdeclare.services.enterprises import EnterpriseRecord
from jxdeclare.ui.pages.enterprise_model import (
    COLUMNS,
    CONFIRMED_MARK,
    UNCONFIRMED_MARK,
    USCC_COLUMN,
)

MEASURE_ALL_UP_TO = 200  # rows; below this Qt's own measure is cheap
CANDIDATES = 16  # longest strings measured per column: UTF-8 length ranks Chinese as wide


def fit_columns(table: QTableView, records: list[EnterpriseRecord]) -> None:
    if len(records) <= MEASURE_ALL_UP_TO:
        table.resizeColumnsToContents()
        return
    model, header = table.model(), table.horizontalHeader()
    grid = 1 if table.showGrid() else 0
    marks = max(
        table.fontMetrics().horizontalAdvance(f" {mark}")
        for mark in (CONFIRMED_MARK, UNCONFIRMED_MARK)
    )
    for column, (key, _label) in enumerate(COLUMNS):
        texts = [getattr(record, key) or "" for record in records]
        lengths = list(map(len, map(str.encode, texts)))
        rows = heapq.nlargest(CANDIDATES, range(len(texts)), key=lengths.__getitem__)
        content = max(table.sizeHintForIndex(model.index(row, column)).width() for row in rows)
        if column == USCC_COLUMN:
            # Any code may carry a mark, and finding which means checking each: leave room.
            shown = {model.index(row, column).data() for row in rows}
            if not any(text.endswith((CONFIRMED_MARK, UNCONFIRMED_MARK)) for text in shown):
                content += marks
        width = max(content + grid, 0 if header.isHidden() else header.sectionSizeHint(column))
        header.resizeSection(column, width)
