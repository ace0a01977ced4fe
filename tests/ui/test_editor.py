"""The standard editor driven like a person would: outline, forms, preview, undo, autosave."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
)

from jxdeclare.domain.document import jxstd
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.editor.indicator_editor import LOOSER_TINT
from jxdeclare.ui.editor.window import DraftEditor
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.tasks import running_tasks

LEAD = {"comparator": "≤", "value": "0.5", "unit": "mg/kg", "standard": "GB 2762—2025",
        "clause": "表1"}  # fmt: skip


def fake_limits(category: str, item: str) -> dict | None:
    return LEAD if (category, item) == ("米粉/米线", "铅") else None


@pytest.fixture
def draft_id(ctx: AppContext) -> int:
    enterprise = add_enterprise(
        ctx, EnterpriseInput(name="江西示例米业有限公司", uscc="91110000600037341L", code="JXSL")
    )
    document = example_document(chapters=2)
    lead = (
        document.chapters[3].children[0].blocks[1].rows[4]
    )  # 表1 第5行, ≤5.0, bound to a (fake) lead limit
    lead.limit_category, lead.limit_item, lead.unit = "米粉/米线", "铅", "mg/kg"
    return drafts.store_new(ctx, enterprise.id, document).id


def open_editor(qtbot, ctx: AppContext, draft_id: int, recovered: bool = False) -> DraftEditor:
    install_language("zh_CN")
    opened = drafts.open_draft(ctx, draft_id, recovered=recovered)
    window = DraftEditor(ctx, opened, fake_limits)

    def close_quietly(widget: DraftEditor) -> None:  # also after a failed test
        widget.mark_saved(widget.undo_stack.index())  # nothing left to ask about
        widget.close()
        qtbot.waitUntil(lambda: not widget.isVisible() and running_tasks() == 0, timeout=5000)

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def editor(qtbot, ctx: AppContext, draft_id: int) -> DraftEditor:
    return open_editor(qtbot, ctx, draft_id)


def outline_texts(editor: DraftEditor) -> list[str]:
    texts, it = [], QTreeWidgetItemIterator(editor.outline)
    while it.value():
        texts.append(it.value().text(0))
        it += 1
    return texts


def outline_item(editor: DraftEditor, text: str) -> QTreeWidgetItem:
    it = QTreeWidgetItemIterator(editor.outline)
    while it.value():
        if it.value().text(0) == text or it.value().text(0).startswith(text + " "):
            return it.value()
        it += 1
    raise AssertionError(f"{text!r} not in {outline_texts(editor)}")


def click_outline(qtbot, editor: DraftEditor, text: str) -> None:
    item = outline_item(editor, text)
    editor.outline.scrollToItem(item)
    rect = editor.outline.visualItemRect(item)
    qtbot.mouseClick(editor.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.outline.currentItem() is item


def click_action(qtbot, editor: DraftEditor, name: str) -> None:
    for bar in (editor.outline_actions.toolbar, editor.file_actions.toolbar):
        action = next((a for a in bar.actions() if a.objectName() == name), None)
        if action is not None:
            qtbot.mouseClick(bar.widgetForAction(action), Qt.MouseButton.LeftButton)
            return
    raise AssertionError(name)


def form_field(editor: DraftEditor, cls: type, name: str):
    field = editor.form_area.widget().findChild(cls, name)
    assert field is not None, name
    return field


def preview(editor: DraftEditor) -> str:
    return editor.preview.toPlainText()


def test_typing_a_title_shows_everywhere_and_undo_redo_take_it_back(
    qtbot, editor: DraftEditor, type_text
) -> None:
    click_outline(qtbot, editor, "4.1")
    title = form_field(editor, QLineEdit, "title")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    type_text(title, "理化指标")
    assert "4.1 理化指标" in outline_texts(editor)
    assert "4.1\u3000理化指标" in preview(editor)
    assert editor.isWindowModified()
    assert editor.undo_stack.count() == 1  # the whole word is one step
    qtbot.keyClick(
        form_field(editor, QLineEdit, "title"), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert "4.1 要求1" in outline_texts(editor)
    assert form_field(editor, QLineEdit, "title").text() == "要求1"
    assert "4.1\u3000要求1" in preview(editor)
    assert not editor.isWindowModified()
    qtbot.keyClick(
        form_field(editor, QLineEdit, "title"), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
    )
    assert "4.1 理化指标" in outline_texts(editor)
    assert "4.1\u3000理化指标" in preview(editor)


def test_new_sub_clause_then_outdent_and_indent_renumber(qtbot, editor: DraftEditor) -> None:
    click_outline(qtbot, editor, "4.2")
    click_action(qtbot, editor, "add_child")
    assert editor.outline.currentItem().text(0) == "4.2.1 {{条标题}}"
    click_action(qtbot, editor, "outdent")
    assert editor.outline.currentItem().text(0) == "4.3 {{条标题}}"
    assert "4.4 要求3" in outline_texts(editor)
    click_action(qtbot, editor, "indent")
    assert editor.outline.currentItem().text(0) == "4.2.1 {{条标题}}"
    assert "4.3 要求3" in outline_texts(editor)
    for _ in range(4):  # 4.2.1.1 … 4.2.1.1.1.1: five levels below the chapter
        click_action(qtbot, editor, "add_child")
    assert editor.outline.currentItem().text(0).startswith("4.2.1.1.1.1 ")
    click_action(qtbot, editor, "add_child")
    assert "第五层" in editor.statusBar().currentMessage()
    for _ in range(7):  # the refused one left nothing to undo
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "4.2.1 {{条标题}}" not in outline_texts(editor)
    assert not editor.isWindowModified()


def test_role_chapters_stay_first_three(qtbot, editor: DraftEditor) -> None:
    click_outline(qtbot, editor, "1")
    click_action(qtbot, editor, "move_down")
    assert "第1～3章" in editor.statusBar().currentMessage()
    click_outline(qtbot, editor, "4")
    click_action(qtbot, editor, "move_up")
    assert outline_texts(editor)[2:6] == [
        "1 范围",
        "2 规范性引用文件",
        "3 术语和定义",
        "4 技术章节4",
    ]
    click_outline(qtbot, editor, "3")
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)  # the outline's own shortcut
    assert "不能删除" in editor.statusBar().currentMessage()
    assert editor.undo_stack.count() == 0


def test_moving_a_chapter_renumbers_its_tables(qtbot, editor: DraftEditor) -> None:
    click_outline(qtbot, editor, "5")
    assert "表4\u3000第5章指标1" in preview(editor)
    click_action(qtbot, editor, "move_up")
    assert editor.outline.currentItem().text(0) == "4 技术章节5"
    assert "表1\u3000第5章指标1" in preview(editor)
    click_outline(qtbot, editor, "5.2")
    assert "检验按表4的方法进行" in preview(editor)  # the link follows its table


def test_deleting_a_linked_clause_warns_first(qtbot, editor: DraftEditor, on_modal) -> None:
    click_outline(qtbot, editor, "4.1")
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def act(box: QMessageBox) -> None:
            seen.append(box.text())
            box.button(button).click()

        return act

    on_modal(answer(QMessageBox.StandardButton.No))
    click_action(qtbot, editor, "delete")
    qtbot.waitUntil(lambda: bool(seen))
    assert "有 2 处引用" in seen[0]
    assert "4.1 要求1" in outline_texts(editor)
    on_modal(answer(QMessageBox.StandardButton.Yes))
    click_action(qtbot, editor, "delete")
    qtbot.waitUntil(lambda: "4.1 要求2" in outline_texts(editor))
    assert "〔引用已失效〕" in preview(editor)


def select_block(qtbot, editor: DraftEditor, prefix: str) -> None:
    blocks = form_field(editor, QListWidget, "blockList")
    row = next(i for i in range(blocks.count()) if blocks.item(i).text().startswith(prefix))
    rect = blocks.visualItemRect(blocks.item(row))
    qtbot.mouseClick(blocks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def edit_cell(qtbot, grid: QTableWidget, row: int, column: int, text: str) -> None:
    grid.scrollToItem(grid.item(row, column))
    rect = grid.visualItemRect(grid.item(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cell = grid.viewport().findChild(QLineEdit)
    assert cell is not None and grid.state() == QAbstractItemView.State.EditingState
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState)  # commits queued


def test_indicator_value_shows_in_preview_beside_the_mandatory_limit(
    qtbot, editor: DraftEditor
) -> None:
    click_outline(qtbot, editor, "4.1")
    select_block(qtbot, editor, "表1")
    grid = form_field(editor, QTableWidget, "indicatorTable")
    assert grid.item(4, 7).text() == "≤0.5 mg/kg（GB 2762—2025 表1）"
    assert grid.item(0, 7).text() == "—"
    assert grid.item(4, 3).background().color() == LOOSER_TINT  # 5.0 is looser than 0.5
    edit_cell(qtbot, grid, 4, 3, "0.2")
    assert "≤0.2" in preview(editor)
    assert grid.item(4, 3).background().color() != LOOSER_TINT
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "≤0.2" not in preview(editor) and "≤5.0" in preview(editor)
    grid = form_field(editor, QTableWidget, "indicatorTable")  # rebuilt from the restored draft
    assert grid.item(4, 3).text() == "5.0"


def test_autosave_after_two_idle_seconds_and_ctrl_s_saves(
    qtbot, ctx: AppContext, editor: DraftEditor, draft_id: int, type_text
) -> None:
    click_outline(qtbot, editor, "4.2")
    type_text(form_field(editor, QLineEdit, "title"), "：感官")
    qtbot.waitUntil(lambda: "已自动保存" in editor.save_state.text(), timeout=4000)
    assert [d.id for d in drafts.pending_recoveries(ctx)] == [draft_id]
    recovered = drafts.open_draft(ctx, draft_id, recovered=True).document
    assert recovered.chapters[3].children[1].title == "要求2：感官"
    assert drafts.open_draft(ctx, draft_id).document.chapters[3].children[1].title == "要求2"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.save_state.text() == "已保存", timeout=4000)
    assert drafts.pending_recoveries(ctx) == []
    assert drafts.open_draft(ctx, draft_id).document.chapters[3].children[1].title == "要求2：感官"
    assert not editor.isWindowModified()


def close_answer(on_modal, name: str) -> None:
    on_modal(lambda box: box.findChild(QPushButton, name).click())


def test_closing_with_unsaved_edits_asks(
    qtbot, ctx: AppContext, editor: DraftEditor, draft_id: int, type_text, on_modal
) -> None:
    click_outline(qtbot, editor, "4.3")
    type_text(form_field(editor, QLineEdit, "title"), "X")
    close_answer(on_modal, "cancel")
    editor.close()
    assert editor.isVisible() and editor.isWindowModified()
    close_answer(on_modal, "discard")
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=4000)
    assert drafts.pending_recoveries(ctx) == []  # no recovery offered for what was thrown away
    assert drafts.open_draft(ctx, draft_id).document.chapters[3].children[2].title == "要求3"


def test_closing_can_save_first(
    qtbot, ctx: AppContext, editor: DraftEditor, draft_id: int, type_text, on_modal
) -> None:
    click_outline(qtbot, editor, "4.3")
    type_text(form_field(editor, QLineEdit, "title"), "Z")
    close_answer(on_modal, "save")
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=4000)
    assert drafts.open_draft(ctx, draft_id).document.chapters[3].children[2].title == "要求3Z"
    assert drafts.pending_recoveries(ctx) == []


def test_a_conflict_is_shown_and_the_text_kept(
    qtbot, ctx: AppContext, editor: DraftEditor, draft_id: int, type_text, on_modal
) -> None:
    click_outline(qtbot, editor, "4.3")
    elsewhere = drafts.open_draft(ctx, draft_id)  # someone else changes it meanwhile
    elsewhere.document.cover.title = "干米粉（另一台电脑）"
    drafts.save(ctx, draft_id, elsewhere.info.row_version, elsewhere.document)
    type_text(form_field(editor, QLineEdit, "title"), "Y")
    seen: list[str] = []
    on_modal(lambda box: (seen.append(box.text()), box.accept()))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=4000)
    assert "他人修改" in seen[0]
    assert form_field(editor, QLineEdit, "title").text() == "要求3Y"  # nothing lost
    assert editor.isVisible() and editor.isWindowModified()


def test_every_part_has_a_form_and_a_preview(qtbot, editor: DraftEditor) -> None:
    for text in outline_texts(editor):
        click_outline(qtbot, editor, text)
        heading = form_field(editor, QLabel, "formHeading").text()
        assert heading, text
        if text != "引言（可选）":
            assert preview(editor).strip(), text
        blocks = editor.form_area.widget().findChild(QListWidget, "blockList")
        for row in range(blocks.count() if blocks else 0):
            select_block(qtbot, editor, blocks.item(row).text())
            assert editor.selection.block, (text, row)
    assert editor.undo_stack.count() == 0  # looking changes nothing


def test_cover_and_references_forms(qtbot, editor: DraftEditor, type_text) -> None:
    click_outline(qtbot, editor, "封面和前言")
    type_text(form_field(editor, QLineEdit, "title"), "（升级版）")
    assert "干米粉（升级版）" in editor.windowTitle()
    assert "干米粉（升级版）" in preview(editor)
    click_outline(qtbot, editor, "2")
    references = form_field(editor, QPlainTextEdit, "references")
    references.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(references, Qt.Key.Key_Return)
    type_text(references, "GB 2760\u3000食品安全国家标准　食品添加剂使用标准")
    lines = preview(editor).splitlines()
    added = lines.index("GB 2760\u3000食品安全国家标准\u3000食品添加剂使用标准")
    assert added < lines.index("GB 2762\u3000食品安全国家标准\u3000食品中污染物限量")  # sorted
    assert editor.document.normative_references[-1].number == "GB 2760"


def test_blocks_can_be_added_typed_and_undone(qtbot, editor: DraftEditor, type_text) -> None:
    click_outline(qtbot, editor, "4.2")
    add = form_field(editor, QToolButton, "addBlock")
    kinds = {a.text(): a for a in add.menu().actions()}
    kinds["注"].trigger()
    type_text(form_field(editor, QPlainTextEdit, "blockText"), "本条不适用于湿米粉。")
    assert "注：本条不适用于湿米粉。" in preview(editor)
    kinds = {a.text(): a for a in form_field(editor, QToolButton, "addBlock").menu().actions()}
    kinds["表"].trigger()
    assert "表4\u3000{{表题}}" in preview(editor)  # after the three tables of 4.1
    for _ in range(editor.undo_stack.count()):
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "本条不适用" not in preview(editor) and "表4" not in preview(editor)


def test_publish_then_the_next_edit_starts_a_revision(
    qtbot, ctx: AppContext, editor: DraftEditor, draft_id: int, type_text, on_modal
) -> None:
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(editor.saved, timeout=4000):
        click_action(qtbot, editor, "publish")
    qtbot.waitUntil(lambda: editor.info.status == "published", timeout=4000)
    assert drafts.list_drafts(ctx)[0].revisions == 1
    click_outline(qtbot, editor, "4.1")
    type_text(form_field(editor, QLineEdit, "title"), "A")
    assert "修订稿" in editor.statusBar().currentMessage()
    qtbot.waitUntil(lambda: drafts.list_drafts(ctx)[0].status == "draft", timeout=4000)


def test_the_change_list_is_drafted_from_the_published_version(
    qtbot, ctx: AppContext, editor: DraftEditor, draft_id: int, on_modal
) -> None:
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(editor.saved, timeout=4000):
        click_action(qtbot, editor, "publish")
    qtbot.waitUntil(lambda: editor.info.status == "published", timeout=4000)
    click_outline(qtbot, editor, "4.1")
    select_block(qtbot, editor, "表1")
    edit_cell(qtbot, form_field(editor, QTableWidget, "indicatorTable"), 0, 3, "0.5")
    click_outline(qtbot, editor, "封面和前言")
    qtbot.mouseClick(form_field(editor, QPushButton, "draftChanges"), Qt.MouseButton.LeftButton)
    before = list(editor.document.foreword.changes)  # the example's own list
    qtbot.waitUntil(lambda: "已根据第 1 版" in editor.statusBar().currentMessage(), timeout=4000)
    assert editor.document.foreword.changes == ["更改了“水分”指标（由≤1.0%改为≤0.5%）（见表1）。"]
    assert "更改了“水分”指标" in preview(editor)
    editor.undo_stack.undo()
    assert editor.document.foreword.changes == before


def test_exports_run_in_the_background(
    qtbot, editor: DraftEditor, tmp_path: Path, monkeypatch
) -> None:
    chosen: list[Path] = []

    def choose(_parent, _title, name, _filter):
        chosen.append(tmp_path / name)
        return str(chosen[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    click_action(qtbot, editor, "export_jxstd")
    click_action(qtbot, editor, "export_docx")
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=8000)
    assert [p.name for p in chosen] == [
        "Q_JXSL 0002—2026 干米粉.jxstd", "Q_JXSL 0002—2026 干米粉.docx"
    ]  # fmt: skip
    assert jxstd.load(chosen[0]).cover.title == "干米粉"
    assert chosen[1].stat().st_size > 0


def test_recovered_work_counts_as_unsaved(qtbot, ctx: AppContext, draft_id: int, on_modal) -> None:
    crashed = drafts.open_draft(ctx, draft_id)
    crashed.document.chapters[3].children[0].title = "要求1（崩溃前输入）"
    drafts.autosave(ctx, draft_id, crashed.info.row_version, crashed.document)
    editor = open_editor(qtbot, ctx, draft_id, recovered=True)
    assert "4.1 要求1（崩溃前输入）" in outline_texts(editor)
    assert editor.isWindowModified() and "未保存" in editor.save_state.text()
    close_answer(on_modal, "save")
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=4000)
    assert drafts.pending_recoveries(ctx) == []
    saved = drafts.open_draft(ctx, draft_id).document
    assert saved.chapters[3].children[0].title == "要求1（崩溃前输入）"


def test_limits_from_an_unsigned_pack_are_marked(qtbot, ctx: AppContext, draft_id: int) -> None:
    install_language("zh_CN")
    window = DraftEditor(ctx, drafts.open_draft(ctx, draft_id), fake_limits, unsigned_pack=True)
    qtbot.addWidget(window)
    window.show()
    mark = window.findChild(QLabel, "unsignedPack")
    assert mark is not None and mark.isVisible() and "未签名" in mark.text()
    assert open_editor(qtbot, ctx, draft_id).findChild(QLabel, "unsignedPack") is None


def test_a_link_is_picked_from_a_list_and_prints_as_a_number(qtbot, editor: DraftEditor) -> None:
    from PySide6.QtWidgets import QComboBox

    click_outline(qtbot, editor, "5.3")
    select_block(qtbot, editor, "段落")
    text = form_field(editor, QPlainTextEdit, "blockText")
    text.moveCursor(text.textCursor().MoveOperation.End)
    targets = form_field(editor, QComboBox, "refTarget")
    qtbot.keyClick(targets, Qt.Key.Key_End)  # the annexes come last
    assert targets.currentText() == "附录A\u3000断条率的测定"
    qtbot.mouseClick(form_field(editor, QPushButton, "insertRef"), Qt.MouseButton.LeftButton)
    annex = editor.document.annexes[0].id
    # The field reads as printed; the document keeps the link, so the number follows renumbering.
    assert text.toPlainText().endswith("附录A") and "[[ref:" not in text.toPlainText()
    assert editor.document.chapters[4].children[2].blocks[0].text.endswith(f"[[ref:{annex}]]")
    assert "附录A" in preview(editor).split("5.3")[-1]
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert f"[[ref:{annex}]]" not in editor.document.chapters[4].children[2].blocks[0].text


def test_cover_classification_codes_and_publisher(qtbot, editor: DraftEditor, type_text) -> None:
    click_outline(qtbot, editor, "封面和前言")
    type_text(form_field(editor, QLineEdit, "ics"), "67.060")
    type_text(form_field(editor, QLineEdit, "publisher"), "江西示例集团")
    assert editor.document.cover.ics == "67.060"
    assert "ICS 67.060" in preview(editor)
    assert "江西示例集团\u3000发布" in preview(editor).replace(" ", "\u3000")


def test_findings_follow_edits_and_a_click_goes_to_the_place(
    qtbot, ctx: AppContext, draft_id: int, type_text, on_modal
) -> None:
    from functools import partial

    from PySide6.QtWidgets import QListWidget

    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.checks.run import check_document
    from jxdeclare.services.catalog import default_pack_path

    install_language("zh_CN")
    checker = partial(check_document, pack=open_pack(default_pack_path(), trusted_keys()))
    window = DraftEditor(ctx, drafts.open_draft(ctx, draft_id), fake_limits, checker=checker)
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved(w.undo_stack.index()))
    window.show()
    found = window.findChild(QListWidget, "findingsList")
    qtbot.waitUntil(lambda: found.count() > 0, timeout=5000)
    texts = [found.item(i).text() for i in range(found.count())]
    assert any(t.endswith("[R004]") and "　4.1　" in t for t in texts)  # GB 5009.12 not listed
    click_outline(qtbot, window, "1")
    row = next(i for i, t in enumerate(texts) if t.endswith("[R004]"))
    rect = found.visualItemRect(found.item(row))
    qtbot.mouseClick(found.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.outline.currentItem().text(0).startswith("4.1")
    click_outline(qtbot, window, "1")
    type_text(form_field(window, QLineEdit, "title"), "必须")  # a title is not a provision
    click_outline(qtbot, window, "4.2")
    select_block(qtbot, window, "段落")
    text = form_field(window, QPlainTextEdit, "blockText")
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(text, "产品必须包装。")
    qtbot.waitUntil(
        lambda: any(
            found.item(i).text().endswith("[W003]") and "　4.2　" in found.item(i).text()
            for i in range(found.count())
        ),
        timeout=5000,
    )
    row = next(i for i in range(found.count()) if found.item(i).text().endswith("[W003]"))
    found.setCurrentRow(row)
    accept = window.findChild(QPushButton, "suppressFinding")
    assert accept.isEnabled()

    def give_reason(dialog) -> None:
        type_text(dialog.findChild(QLineEdit), "OK")
        dialog.accept()

    on_modal(give_reason)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert [(s.rule, s.reason) for s in window.document.suppressions] == [("W003", "OK")]
    qtbot.waitUntil(lambda: any("（已忽略：OK）" in found.item(i).text()
                                for i in range(found.count())), timeout=5000)  # fmt: skip
    window.mark_saved(window.undo_stack.index())
    window.close()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)


def test_an_unknown_category_is_chosen_from_the_findings_and_undone(
    qtbot, ctx: AppContext, type_text, on_modal
) -> None:
    from functools import partial

    from PySide6.QtWidgets import QDialogButtonBox, QListWidget

    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.checks.run import check_document
    from jxdeclare.domain.document.model import Paragraph
    from jxdeclare.services.catalog import default_pack_path

    company = EnterpriseInput(name="江西某某食品有限公司", uscc="91110000600037341L", code="JXMM")
    owner = add_enterprise(ctx, company)
    document = example_document(chapters=2)
    document.cover.title, document.product_category = "某某食品", ""
    document.chapters[0].blocks = [Paragraph("本文件规定了某某食品的技术要求。")]
    draft_id = drafts.store_new(ctx, owner.id, document).id
    install_language("zh_CN")
    checker = partial(check_document, pack=open_pack(default_pack_path(), trusted_keys()))
    window = DraftEditor(ctx, drafts.open_draft(ctx, draft_id), fake_limits, checker=checker)
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved(w.undo_stack.index()))
    window.show()
    found = window.findChild(QListWidget, "findingsList")
    choose = window.findChild(QPushButton, "chooseCategory")

    def rules() -> list[str]:
        return [found.item(i).text()[-5:-1] for i in range(found.count())]

    qtbot.waitUntil(lambda: "C002" in rules(), timeout=5000)
    assert choose.isVisible()

    def pick_product(dialog) -> None:  # the products tab: filter, then OK on the one left
        type_text(dialog.findChild(QLineEdit, "categoryFilter"), "米粉")
        products = dialog.findChild(QListWidget, "categoryProducts")
        shown = [products.item(i) for i in range(products.count())
                 if not products.item(i).isHidden()]  # fmt: skip
        products.setCurrentItem(next(i for i in shown if i.text() == "米粉/米线"))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_modal(pick_product)
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert window.document.product_category == "米粉/米线"
    assert window.document.category_gb2762 and window.document.category_gb2760 == "06.02.02"
    qtbot.waitUntil(lambda: "C002" not in rules() and not choose.isVisible(), timeout=5000)
    assert window.undo_stack.undoText() == "选择产品类别"
    click_action(qtbot, window, "undo")  # one undo step
    assert window.document.product_category == "" and not window.document.category_gb2762
    qtbot.waitUntil(lambda: "C002" in rules(), timeout=5000)
    window.mark_saved(window.undo_stack.index())
    window.close()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)
