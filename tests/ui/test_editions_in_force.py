"""Of several editions of one number, the one in force is listed first and pre-selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from jxdeclare.services.catalog import active_catalogue
from jxdeclare.ui.main_window import MainWindow
from tests.ui.test_system_page import open_page, with_tree


def test_adding_a_standard_pre_selects_the_edition_in_force(
    qtbot, window: MainWindow, type_text
) -> None:
    _eid, nodes = with_tree(window.ctx)
    page = open_page(qtbot, window)
    page.tree_panel.tree.select_key(nodes["产品标准"])
    page.entries.actions_by_key["add"].trigger()
    dialog = page.findChild(QDialog, "entryDialog")
    qtbot.waitUntil(lambda: dialog.search.isEnabled(), timeout=10_000)
    type_text(dialog.search, "GB 2762")
    qtbot.waitUntil(lambda: dialog.results.count() > 1, timeout=5_000)
    current = dialog.catalogue.editions.status("GB 2762", date.today()).edition
    assert dialog.results.currentRow() == 0
    assert dialog.results.currentItem().text().startswith(f"{current}  ")
    assert "[现行]" in dialog.results.currentItem().text()
    older = [dialog.results.item(i).text() for i in range(1, dialog.results.count())]
    assert any(text.startswith("GB 2762—") and "[被代替]" in text for text in older)
    dialog.reject()


def test_catalogue_search_lists_each_numbers_current_edition_first(ctx) -> None:
    catalogue = active_catalogue(ctx)
    rows = catalogue.search("GB 2763", date.today())
    editions = [r for r in rows if r.number.startswith("GB 2763—")]
    assert len(editions) > 1 and rows[0] is editions[0]
    assert str(rows[0].status.status) == "现行"
