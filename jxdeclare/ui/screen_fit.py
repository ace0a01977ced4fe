"""Windows open within the screen they are on and come back at the size the user left them.

The frame (title bar, borders) is not known before a window is first shown, so the size asked for
leaves room for a Windows 10/11 frame at 125 %; the available geometry already leaves out the
taskbar.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QWidget

from jxdeclare.settings import Settings

FRAME = QSize(16, 40)


def room_on_screen(window: QWidget) -> QSize:
    """The client size a window may have on its screen (its parent's, before it is shown)."""
    anchor = window.parentWidget() or window
    # Not QWidget.screen(): with PySide6 6.11, calling it on some windows left a dangling
    # screen behind and the next window built crashed (seen in the layout walk's tests).
    centre = anchor.mapToGlobal(anchor.rect().center())
    screen = QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    return QSize(available.width() - FRAME.width(), available.height() - FRAME.height())


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or to what the screen leaves; never below the layout's
    minimum, so that nothing is squeezed out of sight."""
    room = room_on_screen(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def restore_size(window: QWidget, settings: Settings, key: str, width: int, height: int) -> None:
    """The size (and place) the user left; the default when none was saved or it no longer fits
    (a laptop after a large monitor)."""
    saved = settings.get(key)
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        room = room_on_screen(window)
        if window.width() <= room.width() and window.height() <= room.height():
            return
    fit_to_screen(window, width, height)


def remember_size(window: QWidget, settings: Settings, key: str) -> None:
    settings.set(key, bytes(window.saveGeometry().toBase64().data()).decode("ascii"))
    settings.save()


def show_whole(combo: QComboBox, *texts: str) -> None:
    """Let a combo box that may shrink (long data items) still show ``texts`` whole — its own
    words such as "全部企业", which a person must be able to read."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    widest = max(combo.fontMetrics().horizontalAdvance(text) for text in texts)
    needed = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(widest + 4, combo.fontMetrics().height()),
        combo,
    )  # fmt: skip
    combo.setMinimumWidth(max(combo.minimumWidth(), needed.width()))
