"""Table model over the enterprise records loaded by a background task."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jxdeclare.services.enterprises import EnterpriseRecord

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "EnterpriseModel"
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("EnterpriseModel", "企业名称")),
    ("uscc", QT_TRANSLATE_NOOP("EnterpriseModel", "统一社会信用代码")),
    ("code", QT_TRANSLATE_NOOP("EnterpriseModel", "企业代号")),
    ("city", QT_TRANSLATE_NOOP("EnterpriseModel", "所在地")),
    ("contact", QT_TRANSLATE_NOOP("EnterpriseModel", "联系人")),
    ("phone", QT_TRANSLATE_NOOP("EnterpriseModel", "联系电话")),
)


class EnterpriseModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[EnterpriseRecord] = []

    def set_records(self, records: list[EnterpriseRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return getattr(self.records[index.row()], COLUMNS[index.column()][0]) or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None
