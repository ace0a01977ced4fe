"""The standards table's model on the 标准体系 page: EntryViews as rows, a filter, a status badge.

The status column reads as a coloured badge (现行 green, 即将实施 blue, 被代替/废止 red with what
replaced them, 未知 grey, 待制定 orange). Rows whose status changed with the last data pack are
bold on yellow until acknowledged.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jxdeclare.domain.system.entry import EntryView
from jxdeclare.ui.system.tree_view import ENTRY_MIME, encode_ids
from jxdeclare.ui.terms import status_labels

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CHANGED = "changed"  # the status filter's "状态有变化"
STATUS_COLOURS = {
    "现行": "#1b7f3b",
    "即将实施": "#1f5fbf",
    "被代替": "#b00020",
    "废止": "#b00020",
    "未知": "#6b6b6b",
    "待制定": "#c25e00",
}
HIGHLIGHT = "#fff3b0"
CODE, NUMBER, TITLE, LEVEL, STATUS, REVIEW, DEPARTMENT = range(7)
TITLE_MIN = 160


def level_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "国": translate("EntryModel", "国"),
        "行": translate("EntryModel", "行"),
        "地": translate("EntryModel", "地"),
        "团": translate("EntryModel", "团"),
        "企": translate("EntryModel", "企"),
        "未知": translate("EntryModel", "未知"),
    }


def status_text(view: EntryView) -> str:
    label = status_labels().get(view.status, view.status)
    if view.replaced_by and view.status in ("被代替", "废止"):
        return f"{label} → {'、'.join(view.replaced_by)}"
    return label


def status_tip(view: EntryView) -> str:
    translate = QCoreApplication.translate
    lines = []
    if view.status_change:
        lines.append(translate("EntryModel", "数据包更新后状态变化：") + view.status_change)
    if view.chain:
        lines.append(translate("EntryModel", "代替关系：") + " → ".join(view.chain))
    if view.successor:
        since = view.successor_from.isoformat() if view.successor_from else ""
        coming = translate("EntryModel", "%1 将于 %2 实施")
        lines.append(coming.replace("%1", view.successor).replace("%2", since))
    if view.review_reason:
        lines.append(translate("EntryModel", "需提前复审：") + view.review_reason)
    return "\n".join(lines)


def _code_key(code: str) -> str:
    """体系编号 sorted as numbers: 1.2 before 1.10, unplaced last."""
    if not code:
        return "~"
    node, _, seq = code.partition("-")
    return ".".join(part.zfill(4) for part in node.split(".")) + "-" + seq.zfill(4)


class EntryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: list[EntryView] = []
        self.today = date.today()
        self.levels = level_labels()
        self.headers = [
            self.tr("体系编号"), self.tr("标准编号"), self.tr("标准名称"), self.tr("类别"),
            self.tr("状态"), self.tr("复审到期"), self.tr("责任部门"),
        ]  # fmt: skip

    def set_views(self, views: list[EntryView]) -> None:
        self.beginResetModel()
        self.views, self.today = views, date.today()
        self.levels = level_labels()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view, column = self.views[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, column)
        if role == SORT_ROLE:
            return _code_key(view.code) if column == CODE else self._text(view, column)
        if role == ID_ROLE:
            return view.id
        if role == STATUS_ROLE:
            return view.status
        return self._look(view, column, role)

    def _text(self, view: EntryView, column: int) -> str:
        if column == STATUS:
            return status_text(view)
        if column == REVIEW:
            return view.review_due.isoformat() if view.review_due else ""
        level = self.levels.get(str(view.level), str(view.level))
        values = (view.code, view.number or self.tr("（待定编号）"), view.title, level)
        return values[column] if column < len(values) else view.department

    def _look(self, view: EntryView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(view, column)
        if role == Qt.ItemDataRole.BackgroundRole and view.status_change:
            return QBrush(QColor(HIGHLIGHT))
        if role == Qt.ItemDataRole.FontRole and view.status_change:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == REVIEW and view.review_due:
            return QBrush(QColor("#b00020")) if view.review_due <= self.today else None
        return None

    def _tip(self, view: EntryView, column: int) -> str | None:
        if column == STATUS:
            return status_tip(view) or None
        lines = [{CODE: view.subsystem, TITLE: view.title}.get(column, "")]
        if view.status_change:  # the highlight explains itself wherever the mouse rests
            lines.append(self.tr("数据包更新后状态变化：") + view.status_change)
        return "\n".join(line for line in lines if line) or None

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ENTRY_MIME, encode_ids([self.views[r].id for r in rows]))
        data.setText("\n".join(f"{self.views[r].number} {self.views[r].title}" for r in rows))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def row_of(self, entry_id: int) -> int:
        return next((r for r, v in enumerate(self.views) if v.id == entry_id), -1)


class EntryFilter(QSortFilterProxyModel):
    """Standards of the selected branches, matching the typed text and the chosen status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope: set[int | None] | None = None
        self.text = ""
        self.status = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, scope: set[int | None] | None, text: str, status: str) -> None:
        # Qt 6.9 added begin/endFilterChange and later deprecated the older call.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self.scope, self.text, self.status = scope, text.strip().casefold(), status
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EntryModel)
        view = model.views[row]
        if self.scope is not None and view.node_id not in self.scope:
            return False
        if self.status == CHANGED and not view.status_change:
            return False
        if self.status not in ("", CHANGED) and view.status != self.status:
            return False
        haystack = " ".join((view.code, view.number, view.title, view.department, view.note))
        return self.text in haystack.casefold()


class StatusDelegate(QStyledItemDelegate):
    """The status as a rounded badge in its colour, readable on a selected row too."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        colour = QColor(STATUS_COLOURS.get(index.data(STATUS_ROLE), "#6b6b6b"))
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, opt.rect.width() - 6)
        height = metrics.height() + 4
        badge = QRectF(opt.rect.x() + 3, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.setBrush(_tint(colour))
        painter.drawRoundedRect(badge, 5, 5)
        painter.setFont(opt.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(badge.width()) - 12)
        painter.drawText(badge.adjusted(7, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 18, size.height() + 4)


def _tint(colour: QColor, strength: float = 0.12) -> QColor:
    """Mostly white with a touch of ``colour``: opaque, so it reads on a selection too."""
    return QColor(*(round(255 - (255 - c) * strength) for c in colour.getRgb()[:3]))
