"""Table model over the enterprise records loaded by a background task.

A credit code whose check character fails carries a mark: ✓ when the user confirmed it as printed
on the business licence, ⚠ when a record saved before that confirmation existed still lacks it.
"""

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

from jxdeclare.domain.uscc import validate_uscc
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
USCC_COLUMN = 1
CONFIRMED_MARK, UNCONFIRMED_MARK = "✓", "⚠"
CONFIRMED_TIP = QT_TRANSLATE_NOOP(
    "EnterpriseModel", "校验码不符合规则，已确认与营业执照上印的一致（部分早期代码如此）"
)
UNCONFIRMED_TIP = QT_TRANSLATE_NOOP(
    "EnterpriseModel", "校验码不符合规则，尚未确认与营业执照一致：请编辑此企业，核对执照后确认"
)


_MARKED_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


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
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if index.column() == USCC_COLUMN and role in _MARKED_ROLES:
            return self._uscc_data(record, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return getattr(record, COLUMNS[index.column()][0]) or ""

    def _uscc_data(self, record: EnterpriseRecord, role: int) -> str | None:
        """The code with its mark, or the mark's explanation; plain when the code checks out."""
        if record.uscc_confirmed:
            mark, tip = CONFIRMED_MARK, CONFIRMED_TIP
        elif validate_uscc(record.uscc).check_mismatch:
            mark, tip = UNCONFIRMED_MARK, UNCONFIRMED_TIP
        else:
            return record.uscc if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(CONTEXT, tip)
        return f"{record.uscc} {mark}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None
