"""标准库 page: type a number or a title word, see status badges and the detail pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableWidget, QTextBrowser

from jxdeclare.catalog.pack import write_pack
from jxdeclare.catalog.store import PackStore
from jxdeclare.ui.main_window import MainWindow

STANDARDS = [
    {
        "number": "GB 2762—2022",
        "title": "食品安全国家标准 食品中污染物限量",
        "kind": "national",
        "implemented": "2023-06-30",
        "replaced_by": ["GB 2762—2025"],
        "source": "supersessions",
    },
    {
        "number": "GB 2762—2025",
        "title": "食品安全国家标准 食品中污染物限量",
        "kind": "national",
        "implemented": "2026-09-02",
        "replaces": ["GB 2762—2022"],
        "source": "GB 2762-2025 前言",
    },
]
LIMITS = [
    {
        "category": "茶叶",
        "item": "铅",
        "comparator": "≤",
        "value": 5.0,
        "unit": "mg/kg",
        "standard": "GB 2762—2025",
        "clause": "表1",
        "verification": "V",
        "source": "GB 2762-2025 表1",
    }
]


def open_library(qtbot, window: MainWindow) -> None:
    nav = window.findChild(QListWidget, "navigation")
    rect = nav.visualItemRect(nav.findItems("标准库", Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def agency_pack(ctx, tmp_path) -> None:
    """An activated unsigned pack, in place before the window starts."""
    pack = tmp_path / "p.jxpack"
    meta = {
        "pack_id": "test",
        "version": "1",
        "as_of": "2026-11-28",
        "created": "2026-11-28T00:00:00+00:00",
        "publisher": "测试",
    }
    write_pack(pack, meta, {"standards": STANDARDS, "limits": LIMITS}, None)
    store = PackStore(ctx.home, [])
    store.activate(store.import_pack(pack, allow_unsigned=True).file)


def test_search_shows_status_and_detail(qtbot, type_text, agency_pack, window: MainWindow) -> None:
    open_library(qtbot, window)
    search = window.findChild(QLineEdit, "librarySearch")
    qtbot.waitUntil(search.isEnabled, timeout=10_000)
    assert "未签名" in window.findChild(QLabel, "packLabel").text()
    type_text(search, "污染物")
    table = window.findChild(QTableWidget, "libraryResults")
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5_000)
    statuses = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(2)}
    assert statuses == {"GB 2762—2022": "被代替", "GB 2762—2025": "现行"}
    row = next(r for r in range(2) if table.item(r, 0).text() == "GB 2762—2025")
    cell = table.visualItemRect(table.item(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    detail = window.findChild(QTextBrowser, "libraryDetail").toPlainText()
    assert "茶叶 铅 ≤5.0mg/kg" in detail and "GB 2762—2022 → GB 2762—2025" not in detail


def test_without_an_imported_pack_the_signed_default_pack_is_used(
    qtbot, type_text, window: MainWindow
) -> None:
    open_library(qtbot, window)
    search = window.findChild(QLineEdit, "librarySearch")
    qtbot.waitUntil(search.isEnabled, timeout=10_000)
    label = window.findChild(QLabel, "packLabel").text()
    assert "jxdeclare-default" in label and "未签名" not in label
    type_text(search, "GB 2762-2025")
    table = window.findChild(QTableWidget, "libraryResults")
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=5_000)
    assert table.item(0, 0).text() == "GB 2762—2025"
