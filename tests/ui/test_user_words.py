"""What the editor shows is in the user's words: links read as numbers, places as clause and
table numbers with form labels, findings with their rule's title and a severity word."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.checks.run import check_document
from jxdeclare.domain.document.text import placeholder
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.catalog import default_pack_path
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.ui.editor.findings_panel import RULE_ROLE
from jxdeclare.ui.editor.window import DraftEditor
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.tasks import running_tasks
from tests.ui.test_editor import click_outline, fake_limits, form_field, outline_texts, select_block

RAW = ("[[ref:", "chapters[", "children[", "填写：填写")


def shown_texts(window: QWidget) -> list[str]:
    """Every text the window shows: labels, fields, lists, the outline and the preview."""
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    for found in window.findChildren(QListWidget):
        texts += [found.item(i).text() for i in range(found.count())]
    return texts + outline_texts(window) + [window.preview.toPlainText()]


def raw_bits(window: QWidget) -> list[str]:
    return [text for text in shown_texts(window) if any(raw in text for raw in RAW)]


def open_with_checker(qtbot, ctx: AppContext) -> DraftEditor:
    enterprise = add_enterprise(
        ctx, EnterpriseInput(name="江西示例米业有限公司", uscc="91110000600037341L", code="JXSL")
    )
    document = example_document(chapters=2)
    document.cover.title = placeholder("填写：产品名称")
    table = document.chapters[3].children[0].blocks[1]  # 表1
    table.rows[0].method = placeholder("填写：水分的检验方法")
    draft_id = drafts.store_new(ctx, enterprise.id, document).id
    install_language("zh_CN")
    checker = partial(check_document, pack=open_pack(default_pack_path(), trusted_keys()))
    window = DraftEditor(ctx, drafts.open_draft(ctx, draft_id), fake_limits, checker=checker)

    def close_quietly(widget: DraftEditor) -> None:
        widget.mark_saved(widget.undo_stack.index())
        widget.close()
        qtbot.waitUntil(lambda: not widget.isVisible() and running_tasks() == 0, timeout=5000)

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_link_reads_as_its_number_while_the_document_keeps_it(
    qtbot, ctx: AppContext, type_text
) -> None:
    window = open_with_checker(qtbot, ctx)
    click_outline(qtbot, window, "4.2")
    select_block(qtbot, window, "段落")
    field = form_field(window, QPlainTextEdit, "blockText")
    assert "按表1的方法进行" in field.toPlainText()
    field.moveCursor(field.textCursor().MoveOperation.End)
    type_text(field, "见表1。")  # typed by hand: plain text, not a second link
    stored = window.document.chapters[3].children[1].blocks[0].text
    target = window.document.chapters[3].children[0].blocks[1].id
    assert stored.count(f"[[ref:{target}]]") == 1 and stored.endswith("见表1。")
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)
    assert raw_bits(window) == []


def test_findings_name_the_rule_the_severity_and_the_place(qtbot, ctx: AppContext) -> None:
    window = open_with_checker(qtbot, ctx)
    found = window.findChild(QListWidget, "findingsList")
    qtbot.waitUntil(lambda: found.count() > 0, timeout=10_000)
    unfilled = [
        found.item(i).text()
        for i in range(found.count())
        if found.item(i).data(RULE_ROLE) == "S006"
    ]
    assert "错误｜有未填写的内容　封面 标准名称　尚未填写：产品名称　[S006]" in unfilled
    assert "错误｜有未填写的内容　表1 第1行 检验方法　尚未填写：水分的检验方法　[S006]" in unfilled
    click_outline(qtbot, window, "4.2")
    select_block(qtbot, window, "段落")
    assert raw_bits(window) == []
    row = next(i for i in range(found.count()) if "表1 第1行" in found.item(i).text())
    rect = found.visualItemRect(found.item(row))
    qtbot.mouseClick(found.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.outline.currentItem().text(0).startswith("4.1")
