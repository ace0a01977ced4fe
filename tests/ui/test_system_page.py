"""标准体系 page: start from a template, add standards, drag standards and branches (with undo),
the action dashboards, import from Excel with a preview, and the outputs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
)

from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.system import (
    register as system_register,
)
from jxdeclare.services.system import (
    status as system_status,
)
from jxdeclare.services.system import (
    tree as system_tree,
)
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.pages.system import EMPTY, WORKSPACE, SystemPage
from jxdeclare.ui.system.entry_model import CODE, DEPARTMENT, NUMBER, STATUS
from jxdeclare.ui.system.tree_view import ALL
from jxdeclare.ui.tasks import running_tasks

NAME = "江西示例米业有限公司"


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)


def open_page(qtbot, window: MainWindow, state: int = WORKSPACE) -> SystemPage:
    window.show_page(window.system_page)
    page = window.system_page
    qtbot.waitUntil(lambda: page.stack.currentIndex() == state, timeout=20_000)
    settle(qtbot)
    return page


def enterprise(ctx: AppContext, name: str = NAME, uscc: str = "91360100158300003X") -> int:
    return add_enterprise(ctx, EnterpriseInput(name=name, uscc=uscc)).id


def with_tree(ctx: AppContext) -> tuple[int, dict[str, int]]:
    """An enterprise on the GB/T 15496 template: its id and its branches by title."""
    eid = enterprise(ctx)
    tree = system_tree.create_tree(ctx, eid)
    return eid, {node.title: node.id for node, _depth in tree.walk()}


def place(ctx: AppContext, eid: int, number: str, node: int | None, title: str = "") -> int:
    return system_register.add_entry(
        ctx, eid, system_register.EntryInput(number=number, title=title), node
    )


def tree_texts(page: SystemPage) -> list[str]:
    tree = page.tree_panel.tree
    texts = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        texts.append(top.text(0))
        texts += [top.child(c).text(0) for c in range(top.childCount())]
    return texts


def cell(page: SystemPage, row: int, column: int) -> str:
    table = page.entries.table
    return table.model().index(row, column).data() or ""


def codes(ctx: AppContext, eid: int) -> dict[str, str]:
    """体系编号 by standard number, as the service computes them."""
    _tree, views = system_status.entry_views(ctx, eid)
    return {view.number: view.code for view in views}


def drop(page: SystemPage, mime, key: int) -> None:
    """Drag ``mime`` over a tree item and drop it in the middle, as the platform's drag does:
    enter (Qt then sends the rest to that widget only), move, drop."""
    tree = page.tree_panel.tree
    item = tree.item_of(key)
    tree.scrollToItem(item)
    point = tree.visualItemRect(item).center()
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(tree.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, *args)
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(tree.viewport(), QDropEvent(QPointF(point), *args))


def undo_key(qtbot, page: SystemPage) -> None:
    # The offscreen platform does not re-activate the window when a dialog closes, as a
    # desktop does; shortcuts only reach an active window.
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.tree_panel.tree.setFocus()
    qtbot.keyClick(page.tree_panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def shown(qtbot, dialog: QDialog) -> None:
    """Clicks land only once a dialog opened with open() is on screen and laid out."""
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_yes(dialog: QMessageBox) -> None:
    dialog.button(QMessageBox.StandardButton.Yes).click()


# -- starting ------------------------------------------------------------------------------


def test_the_empty_state_lays_out_the_default_template(qtbot, window: MainWindow) -> None:
    eid = enterprise(window.ctx)
    page = open_page(qtbot, window, EMPTY)
    assert page.enterprise.currentText() == NAME
    assert "GB/T 15496" in page.empty.template.currentText()

    click(qtbot, page.findChild(QPushButton, "createSystemButton"))
    qtbot.waitUntil(lambda: page.stack.currentIndex() == WORKSPACE, timeout=10_000)
    texts = tree_texts(page)
    assert texts[:3] == ["全部", "1 产品实现标准体系", "1.1 产品标准"]
    assert "3 岗位标准体系" in texts and texts[-1] == "未归入子体系"
    assert len(system_tree.load_tree(window.ctx, eid).nodes) == 22
    assert system_tree.template_of(window.ctx, eid) == "gbt15496"


def test_the_legacy_template_can_be_chosen(qtbot, window: MainWindow) -> None:
    eid = enterprise(window.ctx)
    page = open_page(qtbot, window, EMPTY)
    page.empty.template.setCurrentIndex(page.empty.template.findData("legacy"))
    click(qtbot, page.findChild(QPushButton, "createSystemButton"))
    qtbot.waitUntil(lambda: page.stack.currentIndex() == WORKSPACE, timeout=10_000)
    assert tree_texts(page)[1:4] == ["1 技术标准体系", "2 管理标准体系", "3 工作标准体系"]
    assert system_tree.template_of(window.ctx, eid) == "legacy"


def test_the_page_fits_a_small_screen(qtbot, window: MainWindow) -> None:
    with_tree(window.ctx)
    open_page(qtbot, window)
    assert window.minimumSizeHint().width() <= 720


# -- standards ---------------------------------------------------------------------------


def test_a_typed_number_is_added_with_its_status_and_listed_as_an_action(
    qtbot, window: MainWindow, type_text
) -> None:
    eid, nodes = with_tree(window.ctx)
    page = open_page(qtbot, window)
    page.tree_panel.tree.select_key(nodes["产品标准"])
    page.entries.actions_by_key["add"].trigger()
    dialog = page.findChild(QDialog, "entryDialog")
    qtbot.waitUntil(lambda: dialog.catalogue is not None, timeout=10_000)
    dialog.findChild(QTabWidget, "entrySource").setCurrentIndex(2)  # 输入编号
    type_text(dialog.findChild(QLineEdit, "entryNumber"), "GB 2762-2022")
    qtbot.waitUntil(lambda: "污染物限量" in dialog.hint.text())  # the pack knows the title
    type_text(dialog.findChild(QLineEdit, "entryDepartment"), "质量部")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    qtbot.waitUntil(lambda: page.entries.table.model().rowCount() == 1, timeout=10_000)
    settle(qtbot)
    assert cell(page, 0, CODE) == "1.1-001"
    assert cell(page, 0, NUMBER) == "GB 2762—2022"
    assert cell(page, 0, STATUS) == "被代替 → GB 2762—2025"
    assert cell(page, 0, DEPARTMENT) == "质量部"
    assert "1.1 产品标准 (1)" in tree_texts(page)
    actions = page.actions_panel.table
    assert actions.item(0, 0).text() == "被代替仍在用"
    assert actions.item(0, 1).text().startswith("GB 2762—2022")
    assert codes(window.ctx, eid) == {"GB 2762—2022": "1.1-001"}


def test_a_standard_from_the_catalogue_search(qtbot, window: MainWindow, type_text) -> None:
    _eid, nodes = with_tree(window.ctx)
    page = open_page(qtbot, window)
    page.tree_panel.tree.select_key(nodes["营销标准"])
    page.entries.actions_by_key["add"].trigger()
    dialog = page.findChild(QDialog, "entryDialog")
    qtbot.waitUntil(lambda: dialog.search.isEnabled(), timeout=10_000)
    type_text(dialog.search, "GB 28050")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert dialog.results.item(0).text().startswith("GB 28050")
    type_text(dialog.findChild(QLineEdit, "entryProducts"), "大米，米粉")
    dialog.results.setCurrentRow(0)
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: page.entries.table.model().rowCount() == 1, timeout=10_000)
    settle(qtbot)
    entry_id = page.entries.model.views[0].id
    data, node, _version = system_register.entry_input(window.ctx, entry_id)
    assert node == nodes["营销标准"] and data.products == ("大米", "米粉")
    assert data.number.startswith("GB 28050")


def test_dragging_a_standard_onto_a_branch_moves_it_and_undo_moves_it_back(
    qtbot, window: MainWindow
) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    page = open_page(qtbot, window)
    table = page.entries.table
    assert cell(page, 0, CODE) == "1.1-001"

    mime = table.model().mimeData([table.model().index(0, 0)])  # what a drag of the row carries
    drop(page, mime, nodes["设计和开发标准"])
    qtbot.waitUntil(lambda: cell(page, 0, CODE) == "1.2-001", timeout=10_000)
    assert codes(window.ctx, eid) == {"GB 2762—2022": "1.2-001"}
    assert "1.2 设计和开发标准 (1)" in tree_texts(page)

    settle(qtbot)
    undo_key(qtbot, page)
    qtbot.waitUntil(lambda: cell(page, 0, CODE) == "1.1-001", timeout=10_000)
    assert codes(window.ctx, eid) == {"GB 2762—2022": "1.1-001"}


def test_a_standard_dropped_on_unplaced_leaves_the_tree(qtbot, window: MainWindow) -> None:
    from jxdeclare.ui.system.tree_view import UNPLACED

    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    page = open_page(qtbot, window)
    table = page.entries.table
    drop(page, table.model().mimeData([table.model().index(0, 0)]), UNPLACED)
    qtbot.waitUntil(lambda: cell(page, 0, CODE) == "", timeout=10_000)
    assert "未归入子体系 (1)" in tree_texts(page)


def test_dragging_a_branch_renumbers_it_and_undo_and_redo_replay_the_move(
    qtbot, window: MainWindow
) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    page = open_page(qtbot, window)
    tree = page.tree_panel.tree

    mime = tree.mimeData([tree.item_of(nodes["产品标准"])])
    drop(page, mime, nodes["基础保障标准体系"])
    qtbot.waitUntil(lambda: "2.12 产品标准 (1)" in tree_texts(page), timeout=10_000)
    assert "1.1 设计和开发标准" in tree_texts(page)
    assert codes(window.ctx, eid) == {"GB 2762—2022": "2.12-001"}

    settle(qtbot)
    undo_key(qtbot, page)
    qtbot.waitUntil(lambda: "1.1 产品标准 (1)" in tree_texts(page), timeout=10_000)
    assert codes(window.ctx, eid) == {"GB 2762—2022": "1.1-001"}

    settle(qtbot)
    page.findChild(QAction, "redoSystemAction").trigger()
    qtbot.waitUntil(lambda: "2.12 产品标准 (1)" in tree_texts(page), timeout=10_000)


def test_a_branch_dropped_between_two_others_takes_that_place(qtbot, window: MainWindow) -> None:
    _eid, nodes = with_tree(window.ctx)
    page = open_page(qtbot, window)
    tree = page.tree_panel.tree
    target = tree.item_of(nodes["产品标准"])
    # Qt's view puts a drop above the upper edge of an item before it: (parent, row).
    moved = tree.resolve_drop(target.parent(), 0, tree.mimeData([tree.item_of(nodes["营销标准"])]))
    assert moved is not None
    tree.dropMimeData(target.parent(), 0, tree.mimeData([tree.item_of(nodes["营销标准"])]),
                      Qt.DropAction.MoveAction)  # fmt: skip
    qtbot.waitUntil(lambda: "1.1 营销标准" in tree_texts(page), timeout=10_000)
    assert "1.2 产品标准" in tree_texts(page)
    # A branch cannot go below itself.
    top = tree.item_of(nodes["产品实现标准体系"])
    assert tree.resolve_drop(tree.item_of(nodes["产品标准"]), -1, tree.mimeData([top])) is None


def test_adding_and_renaming_branches_undo_and_redo(
    qtbot, window: MainWindow, on_modal, type_text
) -> None:
    eid, nodes = with_tree(window.ctx)
    page = open_page(qtbot, window)
    page.tree_panel.tree.select_key(nodes["产品标准"])

    def enter(text: str) -> Callable[[QDialog], None]:
        def act(dialog: QDialog) -> None:
            field = dialog.findChild(QLineEdit)
            field.selectAll()
            type_text(field, text)
            dialog.accept()

        return act

    on_modal(enter("包装标准"))
    page.tree_panel.actions_by_key["addChild"].trigger()
    qtbot.waitUntil(lambda: "1.1 产品标准" in tree_texts(page), timeout=10_000)
    tree = page.tree_panel.tree
    qtbot.waitUntil(lambda: tree.item_of(nodes["产品标准"]).childCount() == 1, timeout=10_000)
    assert tree.item_of(nodes["产品标准"]).child(0).text(0) == "1.1.1 包装标准"

    settle(qtbot)
    undo_key(qtbot, page)  # the new branch goes
    qtbot.waitUntil(lambda: tree.item_of(nodes["产品标准"]).childCount() == 0, timeout=10_000)
    settle(qtbot)
    page.findChild(QAction, "redoSystemAction").trigger()  # and comes back, with a new id
    qtbot.waitUntil(lambda: tree.item_of(nodes["产品标准"]).childCount() == 1, timeout=10_000)

    settle(qtbot)
    tree.select_key(nodes["产品标准"])
    on_modal(enter("产品技术标准"))
    page.tree_panel.actions_by_key["rename"].trigger()
    qtbot.waitUntil(lambda: "1.1 产品技术标准" in tree_texts(page), timeout=10_000)
    settle(qtbot)
    undo_key(qtbot, page)
    qtbot.waitUntil(lambda: "1.1 产品标准" in tree_texts(page), timeout=10_000)
    settle(qtbot)
    undo_key(qtbot, page)  # the re-created branch goes again: its new id was followed
    qtbot.waitUntil(lambda: tree.item_of(nodes["产品标准"]).childCount() == 0, timeout=10_000)
    titles = {node.title for node in system_tree.load_tree(window.ctx, eid).nodes.values()}
    assert "包装标准" not in titles


def test_deleting_a_branch_moves_its_standards_up(qtbot, window: MainWindow, on_modal) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    page = open_page(qtbot, window)
    page.tree_panel.tree.select_key(nodes["产品标准"])
    seen: list[str] = []
    on_modal(lambda box: (seen.append(box.text()), answer_yes(box)))
    page.tree_panel.actions_by_key["remove"].trigger()
    qtbot.waitUntil(lambda: codes(window.ctx, eid) == {"GB 2762—2022": "1-001"}, timeout=10_000)
    assert "产品实现标准体系" in seen[0]  # where the standards go
    qtbot.waitUntil(lambda: "1.1 设计和开发标准" in tree_texts(page), timeout=10_000)


def test_filters_and_a_dashboard_double_click_find_the_standard(
    qtbot, window: MainWindow, type_text
) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    place(window.ctx, eid, "GB 2760—2024", nodes["产品标准"])
    place(window.ctx, eid, "GB 7718—2011", nodes["营销标准"])
    page = open_page(qtbot, window)
    table = page.entries.table
    assert table.model().rowCount() == 3
    type_text(page.entries.filter, "2760")
    assert table.model().rowCount() == 1
    page.entries.filter.clear()
    page.entries.status.setCurrentIndex(page.entries.status.findData("被代替"))
    assert [cell(page, r, NUMBER) for r in range(table.model().rowCount())] == ["GB 2762—2022"]

    page.tree_panel.tree.select_key(nodes["营销标准"])  # hides GB 2762
    actions = page.actions_panel.table
    row = next(r for r in range(actions.rowCount()) if "GB 2762" in actions.item(r, 1).text())
    actions.itemDoubleClicked.emit(actions.item(row, 2))
    assert page.tree_panel.tree.current_key() == ALL
    assert page.entries.selected()[0].number == "GB 2762—2022"


def test_a_status_change_is_highlighted_until_acknowledged(qtbot, window: MainWindow) -> None:
    from sqlalchemy import select

    from jxdeclare.store.models import StandardInUse

    eid, nodes = with_tree(window.ctx)
    entry_id = place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    with window.ctx.session() as session:
        row = session.scalars(select(StandardInUse).where(StandardInUse.id == entry_id)).one()
        row.status_change = "现行 → 被代替（被 GB 2762—2025 代替）"
    page = open_page(qtbot, window)
    index = page.entries.table.model().index(0, NUMBER)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "现行 → 被代替" in index.data(Qt.ItemDataRole.ToolTipRole)

    page.entries.actions_by_key["acknowledge"].trigger()
    qtbot.waitUntil(
        lambda: page.entries.table.model().index(0, NUMBER).data(Qt.ItemDataRole.FontRole)
        is None, timeout=10_000,
    )  # fmt: skip
    assert not system_status.entry_views(window.ctx, eid)[1][0].status_change


def test_the_agency_dashboard_lists_every_enterprise_and_exports(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    other = enterprise(window.ctx, "南昌另一食品厂", "91110000600037341L")
    system_tree.create_tree(window.ctx, other)
    place(window.ctx, other, "GB 14881—2013", None)
    page = open_page(qtbot, window)
    page.enterprise.setCurrentIndex(0)  # 全部企业（机构看板）
    table = page.board.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10_000)
    assert {table.item(r, 0).text() for r in range(2)} == {NAME, "南昌另一食品厂"}
    assert {table.item(r, 1).text() for r in range(2)} == {"被代替仍在用"}

    out = tmp_path / "看板.xlsx"
    page.board.export_to(out)
    qtbot.waitUntil(out.is_file, timeout=10_000)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert {row[0] for row in rows[2:]} == {NAME, "南昌另一食品厂"}

    row = next(r for r in range(2) if table.item(r, 0).text() == NAME)
    table.itemDoubleClicked.emit(table.item(row, 2))  # opens that enterprise at the standard
    qtbot.waitUntil(lambda: page.stack.currentIndex() == WORKSPACE, timeout=10_000)
    qtbot.waitUntil(lambda: bool(page.entries.selected()), timeout=10_000)
    assert page.enterprise.currentText() == NAME
    assert page.entries.selected()[0].number == "GB 2762—2022"


# -- import --------------------------------------------------------------------------------


def detail_list(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "标准编号", "标准名称", "子体系"])
    for seq, (number, title, branch) in enumerate(rows, start=1):
        sheet.append([seq, number, title, branch])
    book.save(path)
    return path


def test_importing_a_detail_list_through_the_preview(
    qtbot, window: MainWindow, on_modal, monkeypatch, tmp_path: Path
) -> None:
    eid = enterprise(window.ctx)
    source = detail_list(tmp_path / "明细表.xlsx", [
        ("GB 2762—2022", "食品安全国家标准 食品中污染物限量", "产品标准"),
        ("GB 7718—2011", "食品安全国家标准 预包装食品标签通则", "营销标准"),
        ("Q/JXSL 0001—2024", "大米加工技术规范", "包装标准"),
    ])  # fmt: skip
    page = open_page(qtbot, window, EMPTY)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: dict[str, object] = {}

    def confirm(dialog: QDialog) -> None:
        shown(qtbot, dialog)
        rows = dialog.findChild(QTableWidget, "importRows")
        seen["rows"] = [rows.item(r, 1).text() for r in range(rows.rowCount())]
        seen["branches"] = [rows.item(r, 3).text() for r in range(rows.rowCount())]
        seen["summary"] = dialog.preview.new_branches
        click(qtbot, dialog.findChild(QPushButton, "importRowsButton"))

    on_modal(confirm)
    click(qtbot, page.findChild(QPushButton, "importEmptyButton"))
    qtbot.waitUntil(lambda: page.entries.table.model().rowCount() == 3, timeout=20_000)
    assert seen["rows"] == ["GB 2762—2022", "GB 7718—2011", "Q/JXSL 0001—2024"]
    assert seen["branches"] == ["1.1 产品标准", "1.4 营销标准", "新建分支：包装标准"]
    assert seen["summary"] == ["包装标准"]
    assert codes(window.ctx, eid) == {
        "GB 2762—2022": "1.1-001", "GB 7718—2011": "1.4-001", "Q/JXSL 0001—2024": "4-001",
    }  # fmt: skip
    assert "已导入 3 条" in page.status.text()


def test_rows_with_errors_are_imported_only_when_skipping_them(
    qtbot, window: MainWindow, on_modal, monkeypatch, tmp_path: Path
) -> None:
    eid, _nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", None)
    source = detail_list(tmp_path / "有错.xlsx", [
        ("GB 2762—2022", "食品安全国家标准 食品中污染物限量", "产品标准"),
        ("GB 7718—2011", "食品安全国家标准 预包装食品标签通则", "营销标准"),
        ("XYZ 12", "来历不明", "产品标准"),
    ])  # fmt: skip
    page = open_page(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    states: list[bool] = []

    def skip_errors(dialog: QDialog) -> None:
        shown(qtbot, dialog)
        go = dialog.findChild(QPushButton, "importRowsButton")
        assert dialog.findChild(QTableWidget, "importErrors").rowCount() == 1
        assert dialog.findChild(QTableWidget, "importExisting").rowCount() == 1
        states.append(go.isEnabled())
        skip = dialog.findChild(QCheckBox, "skipErrors")
        # On its box, not the middle of the row the layout stretched it across.
        qtbot.mouseClick(skip, Qt.MouseButton.LeftButton, pos=QPoint(8, skip.height() // 2))
        states.append(go.isEnabled())
        click(qtbot, go)

    on_modal(skip_errors)
    click(qtbot, page.findChild(QPushButton, "importSystemButton"))
    qtbot.waitUntil(lambda: page.entries.table.model().rowCount() == 2, timeout=20_000)
    assert states == [False, True]
    assert set(codes(window.ctx, eid)) == {"GB 2762—2022", "GB 7718—2011"}


# -- outputs -------------------------------------------------------------------------------


def test_the_report_and_the_detail_list_are_written(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    page = open_page(qtbot, window)
    asked: list[str] = []

    def save_as(name: str) -> Callable[..., tuple[str, str]]:
        def answer(_parent, _title, default, _filters):
            asked.append(default)
            return str(tmp_path / name), ""

        return answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as("体系 报告.pdf"))
    page.findChild(QAction, "reportSystemExport").trigger()
    qtbot.waitUntil((tmp_path / "体系 报告.pdf").is_file, timeout=30_000)
    settle(qtbot)
    assert (tmp_path / "体系 报告.pdf").read_bytes()[:5] == b"%PDF-"
    assert asked == [f"{NAME}标准体系表.pdf"]
    assert "已生成" in page.status.text()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as("明细表"))  # no suffix typed
    page.findChild(QAction, "detailSystemExport").trigger()
    qtbot.waitUntil((tmp_path / "明细表.xlsx").is_file, timeout=30_000)
    settle(qtbot)
    values = [
        value for row in load_workbook(tmp_path / "明细表.xlsx").active.iter_rows(values_only=True)
        for value in row
    ]  # fmt: skip
    assert "GB 2762—2022" in values


def test_an_own_standard_is_placed_reviewed_and_rechecked(
    qtbot, window: MainWindow, type_text, on_modal
) -> None:
    from datetime import date

    from sqlalchemy import update

    from jxdeclare.domain.system.review import add_years
    from jxdeclare.drafting.example import example_document
    from jxdeclare.services import drafts
    from jxdeclare.services.system.watch import pending_rechecks
    from jxdeclare.store.models import StandardDocument, StandardInUse

    eid, nodes = with_tree(window.ctx)
    draft = drafts.store_new(window.ctx, eid, example_document())
    drafts.publish(window.ctx, draft.id, draft.row_version)
    page = open_page(qtbot, window)
    page.tree_panel.tree.select_key(nodes["产品标准"])
    page.entries.actions_by_key["add"].trigger()
    dialog = page.findChild(QDialog, "entryDialog")
    dialog.findChild(QTabWidget, "entrySource").setCurrentIndex(1)  # 本企业标准
    qtbot.waitUntil(
        lambda: (
            dialog.own.count() == 1
            and dialog.own.item(0).data(Qt.ItemDataRole.UserRole) == draft.id
        )
    )
    dialog.own.setCurrentRow(0)
    type_text(dialog.findChild(QLineEdit, "entryDepartment"), "技术部")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: page.entries.table.model().rowCount() == 1, timeout=10_000)
    settle(qtbot)
    own = page.entries.model.views[0]
    assert (own.own, own.department, own.draft_id) == (True, "技术部", draft.id)
    assert own.status in ("现行", "即将实施")  # by the example's implementation date

    page.entries.table.selectRow(0)
    page.entries.actions_by_key["reviewed"].trigger()
    due = add_years(max(date.today(), own.published or date.today()), 3)
    qtbot.waitUntil(lambda: page.entries.model.views[0].review_due == due, timeout=10_000)
    settle(qtbot)
    with window.ctx.session() as session:
        assert session.get(StandardInUse, own.id).reviewed_on == date.today()

    with window.ctx.session() as session:  # what a data-pack change does to a citing standard
        session.execute(update(StandardDocument).values(recheck_pending=True))
    page.reload()
    button = page.findChild(QPushButton, "recheckButton")
    qtbot.waitUntil(lambda: button.isVisible(), timeout=10_000)
    assert button.text() == "重新检查 1 项"
    told: list[str] = []
    on_modal(lambda box: (told.append(box.text()), box.accept()))
    click(qtbot, button)
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=30_000)
    assert "已重新检查 1 项" in told[0]
    assert pending_rechecks(window.ctx, eid) == []


def test_a_double_click_edits_a_standard(qtbot, window: MainWindow, type_text) -> None:
    eid, nodes = with_tree(window.ctx)
    place(window.ctx, eid, "GB 2762—2022", nodes["产品标准"])
    page = open_page(qtbot, window)
    table = page.entries.table
    rect = table.visualRect(table.model().index(0, NUMBER))
    # A real double-click starts with a click (QTest sends only the second half).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.findChild(QDialog, "entryDialog")
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=10_000)  # the stored values are in
    assert dialog.number.text() == "GB 2762—2022"
    dialog.branch.setCurrentIndex(dialog.branch.findData(nodes["营销标准"]))
    type_text(dialog.findChild(QLineEdit, "entryDepartment"), "质量部")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: cell(page, 0, CODE) == "1.4-001", timeout=10_000)
    assert cell(page, 0, DEPARTMENT) == "质量部"
    assert codes(window.ctx, eid) == {"GB 2762—2022": "1.4-001"}
