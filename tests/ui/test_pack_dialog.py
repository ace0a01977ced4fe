"""数据包管理 dialog: the bundled pack, verified import, refusals, the unsigned override, activate,
roll back."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableWidget, QTextBrowser

from jxdeclare.catalog.pack import write_pack
from jxdeclare.services.catalog import pack_store
from jxdeclare.services.context import AppContext
from jxdeclare.ui.pack_dialog import PackDialog

META = {"as_of": "2026-11-28", "created": "2026-11-28T00:00:00+00:00", "publisher": "某机构"}
STANDARDS = [
    {
        "number": "GB 2762—2025",
        "title": "食品安全国家标准 食品中污染物限量",
        "kind": "national",
        "implemented": "2026-09-02",
        "source": "test",
    }
]


def pack_file(tmp_path: Path, version: str, key: Ed25519PrivateKey | None) -> Path:
    path = tmp_path / f"机构 包 {version}.jxpack"
    write_pack(
        path, {**META, "pack_id": "agency", "version": version}, {"standards": STANDARDS}, key
    )
    return path


@pytest.fixture
def dialog(qtbot, ctx: AppContext) -> PackDialog:
    widget = PackDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    table = widget.findChild(QTableWidget, "packTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)  # the bundled pack, listed
    return widget


def row_texts(dialog: PackDialog, row: int) -> list[str]:
    table = dialog.findChild(QTableWidget, "packTable")
    return [table.item(row, column).text() for column in range(table.columnCount())]


def in_use(dialog: PackDialog) -> list[bool]:
    table = dialog.findChild(QTableWidget, "packTable")
    return [table.item(row, 0).text() == "当前使用" for row in range(table.rowCount())]


def click(qtbot, dialog: PackDialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def select_row(qtbot, dialog: PackDialog, row: int) -> None:
    table = dialog.findChild(QTableWidget, "packTable")
    cell = table.visualItemRect(table.item(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def report(dialog: PackDialog) -> str:
    return dialog.findChild(QTextBrowser, "packReport").toPlainText()


def test_untrusted_pack_is_refused_and_nothing_changes(qtbot, dialog, monkeypatch, tmp_path):
    choose_file(monkeypatch, pack_file(tmp_path, "1", Ed25519PrivateKey.generate()))
    click(qtbot, dialog, "importPackButton")
    qtbot.waitUntil(lambda: "被拒绝" in report(dialog), timeout=10_000)
    assert "签名" in report(dialog)
    assert in_use(dialog) == [True]  # the bundled pack alone, still in use
    assert pack_store(dialog.ctx).active_file() is None


def test_unsigned_pack_after_confirmation_then_activate_and_roll_back(
    qtbot, dialog, monkeypatch, tmp_path, on_modal
):
    changes: list[bool] = []
    dialog.changed.connect(lambda: changes.append(True))
    table = dialog.findChild(QTableWidget, "packTable")
    for count, version in enumerate(("1", "2"), start=1):
        choose_file(monkeypatch, pack_file(tmp_path, version, None))
        on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        click(qtbot, dialog, "importPackButton")
        qtbot.waitUntil(lambda n=count: table.rowCount() == n + 1, timeout=10_000)  # + bundled
        assert "已导入" in report(dialog) and "未签名" in report(dialog)
    assert in_use(dialog) == [True, False, False]  # imported is not yet in use
    for row in (1, 2):
        select_row(qtbot, dialog, row)
        click(qtbot, dialog, "activatePackButton")
        qtbot.waitUntil(lambda r=row: in_use(dialog)[r], timeout=10_000)
    assert in_use(dialog) == [False, False, True]
    click(qtbot, dialog, "rollbackPackButton")
    qtbot.waitUntil(lambda: in_use(dialog) == [False, True, False], timeout=10_000)
    qtbot.waitUntil(lambda: len(changes) == 3, timeout=10_000)


def test_activation_lists_the_enterprise_standards_it_affects(
    qtbot, dialog, monkeypatch, tmp_path, on_modal
):
    from jxdeclare.drafting.example import example_document
    from jxdeclare.services import drafts
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

    owner = add_enterprise(dialog.ctx, EnterpriseInput(name="示例米业", uscc="91110000600037341L"))
    drafts.store_new(dialog.ctx, owner.id, example_document())  # cites GB 2762, GB 5009.3 …
    choose_file(monkeypatch, pack_file(tmp_path, "1", None))
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, dialog, "importPackButton")
    qtbot.waitUntil(lambda: "已导入" in report(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.findChild(QTableWidget, "packTable").rowCount() == 2)
    select_row(qtbot, dialog, 1)
    click(qtbot, dialog, "activatePackButton")
    qtbot.waitUntil(lambda: "受此变化影响" in report(dialog), timeout=10_000)
    assert "Q/JXSL 0002—2026 干米粉" in report(dialog)
    assert "GB 2762" in report(dialog)


def test_compare_shows_what_would_change(qtbot, dialog, monkeypatch, tmp_path, on_modal):
    choose_file(monkeypatch, pack_file(tmp_path, "1", None))
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, dialog, "importPackButton")
    qtbot.waitUntil(lambda: "已导入" in report(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.findChild(QTableWidget, "packTable").rowCount() == 2)
    select_row(qtbot, dialog, 1)
    click(qtbot, dialog, "diffPackButton")
    qtbot.waitUntil(lambda: "→" in report(dialog), timeout=10_000)
    text = report(dialog)
    # This small pack lacks most of the bundled default pack: removals and limits are listed.
    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.services.catalog import default_pack_path

    bundled = len(open_pack(default_pack_path(), trusted_keys()).tables["standards"])
    assert f"移除的标准（{bundled - 1}）" in text  # the small pack keeps one of them
    assert "茶叶 / 铅 / ：≤5.0mg/kg (GB 2762—2025) → None" in text


def test_a_fresh_install_lists_the_bundled_pack_as_the_one_in_use(qtbot, dialog) -> None:
    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.services.catalog import default_pack_path

    bundled = open_pack(default_pack_path(), trusted_keys())
    assert row_texts(dialog, 0) == [
        "当前使用", bundled.pack_id, bundled.version, bundled.manifest["as_of"],
        bundled.manifest["publisher"], "内置", "已签名",
    ]  # fmt: skip
    select_row(qtbot, dialog, 0)
    click(qtbot, dialog, "activatePackButton")
    qtbot.waitUntil(lambda: "内置数据包已在使用" in report(dialog), timeout=10_000)
    click(qtbot, dialog, "diffPackButton")
    qtbot.waitUntil(lambda: "没有变化" in report(dialog), timeout=10_000)
    assert pack_store(dialog.ctx).active_file() is None  # nothing was written
