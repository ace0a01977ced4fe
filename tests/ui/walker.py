"""What a person sees in a window: every visible text, whether it fits, and whether it is in the
interface's language.

A text is cut when the width its font needs is larger than the room its widget gives it (labels,
buttons, check boxes, combo boxes, read-only fields, tabs, group titles, header sections, list
items and the cells of item views; a column set to stretch, or named as the view's
``fillColumn``, may elide long data such as titles).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")
# English a Chinese interface shows on purpose: formats, products, codes, units.
ENGLISH_KEPT = {
    "PDF", "Word", "Excel", "SQLite", "PostgreSQL", "CSV", "PNG", "SVG", "URL", "API", "jxstd",
    "jxpack", "xlsx", "docx", "xls", "doc", "pdf", "png", "svg", "csv", "json", "JSON", "http",
    "https", "LED", "Ctrl", "Shift", "Alt", "Del", "Esc", "Enter", "Tab", "kg", "mg", "min",
    "SHA", "GB/T", "DB36", "USCC", "Qt", "www", "gov", "com", "cn", "org", "localhost", "mL",
    "cfu", "MPN", "Pa", "jxdeclare", "cli", "English",
}  # fmt: skip
TITLE_BAR = 31  # a window's frame above its client area (offscreen windows have none)


@dataclass(frozen=True)
class Shown:
    widget: QWidget
    where: str  # e.g. "QLabel#packLabel", "header 3 of enterpriseTable"
    text: str
    need: int  # pixels the text needs
    room: int  # pixels it has

    @property
    def cut(self) -> bool:
        return self.need > self.room + 1

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.need} px, has {self.room} px"


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _widest(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> Iterator[Shown]:
    text = _plain(label.text()).replace("&&", "&")
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    room = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    metrics = label.fontMetrics()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        yield Shown(label, _name(label) + " (height)", text, need, label.height())
    else:
        yield Shown(label, _name(label), text, _widest(metrics, text), room.width())


def _button(button: QAbstractButton) -> Iterator[Shown]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return
    yield Shown(button, _name(button), text, button.sizeHint().width(), button.width())


def _combo(combo: QComboBox) -> Iterator[Shown]:
    if combo.isEditable():
        return  # typed text is the user's
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.currentText()
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    if text:
        need = combo.fontMetrics().horizontalAdvance(text) + icon
        yield Shown(combo, _name(combo), text, need, field.width())
    for row in range(combo.count()):  # the drop-down list: language only, it sizes itself
        yield Shown(combo, _name(combo) + f" item {row}", combo.itemText(row), 0, 0)


def _line_edit(edit: QLineEdit) -> Iterator[Shown]:
    # What is filled in, as it opens; a field that shows its whole text as its tool tip (a long
    # folder) may scroll.
    if edit.text() and not edit.hasFocus() and edit.toolTip() != edit.text():
        room = edit.contentsRect().width() - 8  # the frame's and the text's margins
        yield Shown(edit, _name(edit) + " text", edit.text(), edit.fontMetrics().horizontalAdvance(
            edit.text()), room)  # fmt: skip
    if edit.placeholderText() and not edit.text():
        yield Shown(edit, _name(edit) + " placeholder", edit.placeholderText(), 0, 0)


def _tabs(bar: QTabBar) -> Iterator[Shown]:
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        need = bar.tabSizeHint(index).width()
        # a scrolled-away tab is still reachable; only a tab drawn narrower is cut
        yield Shown(bar, _name(bar) + f" tab {index}", bar.tabText(index).replace("&", ""),
                    need if bar.elideMode() != Qt.TextElideMode.ElideNone else 0,
                    bar.tabRect(index).width())  # fmt: skip


def _group(box: QGroupBox) -> Iterator[Shown]:
    if box.title():
        need = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 24
        yield Shown(box, _name(box) + " title", box.title(), need, box.width())


def _header(header: QHeaderView, view: QAbstractItemView) -> Iterator[Shown]:
    model = header.model()
    if model is None or not _shown(header):
        return
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text:
            continue
        need = _widest(metrics, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        yield Shown(view, f"header {section} of {_name(view)}", text, need,
                    header.sectionSize(section))  # fmt: skip


def _cell_room(view: QAbstractItemView, index: QModelIndex) -> QRect:
    return view.visualRect(index)


def _cells(view: QAbstractItemView, rows: int = 40) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader() if isinstance(view, QTableView) else (
        view.header() if isinstance(view, QTreeView) else None)  # fmt: skip
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    icon = view.iconSize().width() if view.iconSize().width() > 0 else 16
    indexes: list[QModelIndex] = []

    def columns(parent: QModelIndex) -> int:
        # a list model keeps columnCount private (asking for it through PySide raised, and
        # later crashed the process): a list has one column
        return 1 if isinstance(view, QListView) else model.columnCount(parent)

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            if len(indexes) >= rows * columns(parent) or depth > 6:
                return
            for column in range(columns(parent)):
                indexes.append(model.index(row, column, parent))
            if isinstance(view, QTreeView) and view.isExpanded(model.index(row, 0, parent)):
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    for index in indexes:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or view.indexWidget(index) is not None:
            continue
        text = str(text)
        room = _cell_room(view, index)
        if room.isEmpty() or not view.viewport().rect().intersects(room):
            continue
        if header is not None and (
            index.column() == view.property("fillColumn")
            or header.sectionResizeMode(index.column()) == QHeaderView.ResizeMode.Stretch
            or (header.stretchLastSection() and index.column() == header.count() - 1)
        ):
            yield Shown(view, f"cell {index.row()},{index.column()} of {_name(view)}", text, 0, 0)
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
        need = _widest(metrics, text) + 2 * margin
        painter = view.itemDelegateForColumn(index.column())
        if painter is not None:  # a badge or the like: the delegate knows what it draws
            option = QStyleOptionViewItem()
            option.initFrom(view)
            need = max(need, painter.sizeHint(option, index).width())
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            need += icon + margin
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            need += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + margin
        yield Shown(view, f"cell {index.row()},{index.column()} of {_name(view)}", text, need,
                    room.width())  # fmt: skip


def texts(root: QWidget) -> Iterator[Shown]:
    """Every text visible in ``root`` and its children, with the room it has."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel):
            yield from _label(widget)
        elif isinstance(widget, QAbstractButton):
            yield from _button(widget)
        elif isinstance(widget, QComboBox):
            yield from _combo(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parent(), (QAbstractSpinBox, QComboBox)
        ):
            yield from _line_edit(widget)
        elif isinstance(widget, QTabBar):
            yield from _tabs(widget)
        elif isinstance(widget, QGroupBox):
            yield from _group(widget)
        elif isinstance(widget, (QTableView, QTreeView, QListView)):
            if isinstance(widget, QTableView):
                yield from _header(widget.horizontalHeader(), widget)
            elif isinstance(widget, QTreeView) and not widget.isHeaderHidden():
                yield from _header(widget.header(), widget)
            yield from _cells(widget)
        if widget.isWindow() and widget.windowTitle():
            yield Shown(widget, _name(widget) + " title", widget.windowTitle(), 0, 0)


def cut_texts(root: QWidget) -> list[str]:
    return [str(shown) for shown in texts(root) if shown.cut]


def outside_screen(window: QWidget) -> str | None:
    """The window's size with its frame against the screen's room (taskbar left out)."""
    # the screen under the window (QWidget.screen() is avoided: see ui/screen_fit.py)
    centre = window.mapToGlobal(window.rect().center())
    screen = (
        QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()
    ).availableGeometry()
    width, height = window.width(), window.height() + TITLE_BAR
    if width > screen.width() or height > screen.height():
        return (f"{_name(window)} {window.windowTitle()!r} is {width}×{height} with its frame; "
                f"the screen leaves {screen.width()}×{screen.height()}")  # fmt: skip
    return None


def vocabulary() -> set[str]:
    """The interface's own Chinese words: our catalogue's texts and the domain's named values
    (states, statuses, severities). Shown as they are in English, they were not translated."""
    import enum
    import importlib
    import pkgutil

    import jxdeclare.domain

    tree = ET.parse(ROOT / "resources" / "i18n" / "jxdeclare_en.ts")
    words = {(m.findtext("source") or "") for m in tree.iter("message")} - {""}
    for module in pkgutil.walk_packages(jxdeclare.domain.__path__, "jxdeclare.domain."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                words |= {str(m.value) for m in value if CJK.search(str(m.value))}
    return words


def untranslated(
    shown: Iterable[Shown], language: str, data: Iterable[str], vocabulary: set[str]
) -> list[str]:
    """Texts in the wrong language. ``data`` are the user's own texts (names, titles); in item
    views only the interface's own vocabulary (states, statuses) is judged, the rest is data."""
    data = sorted((d for d in data if d), key=len, reverse=True)
    found = []
    for item in shown:
        if _data_widget(item.widget):
            continue
        text = item.text
        for datum in data:
            text = text.replace(datum, " ")
        # cells, list items and filled-in fields hold data: only the interface's words count
        is_cell = (item.where.startswith("cell ") or " item " in item.where
                   or item.where.endswith(" text"))  # fmt: skip
        if language.startswith("en"):
            if is_cell and item.text.strip() not in vocabulary:
                continue
            if CJK.search(text):
                found.append(f"{item.where}: {item.text!r}")
        else:
            if is_cell:
                continue
            # file names and hyphenated ids ("jxdeclare-default") are data
            bare = re.sub(r"[\w.-]+\.\w{2,5}\b|[\w.]+(?:-[\w.]+)+", "", text)
            words = re.findall(r"[A-Za-z][A-Za-z/]{2,}", bare)
            foreign = [w for w in words if w not in ENGLISH_KEPT and not w.isupper()]
            if foreign:
                found.append(f"{item.where}: {item.text!r} ({', '.join(foreign)})")
    return found


def _data_widget(widget: QWidget) -> bool:
    """Marked by the application as showing data (ui/terms.py ``mark_data``)."""
    return bool(widget.property("showsData"))


def top_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
