"""The editor of one block: paragraph, list, note, example, formula, figure, term, tables."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from jxdeclare.domain.document.model import (
    Block,
    Document,
    Example,
    Figure,
    Formula,
    IndicatorTable,
    ListBlock,
    ListStyle,
    Note,
    Paragraph,
    Table,
    TermEntry,
)
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.domain.document.text import BROKEN_REF_TEXT, REF
from jxdeclare.ui.editor.fields import Host, line_edit, lines_edit, setter, split_lines
from jxdeclare.ui.editor.linked_text import LinkedTextEdit, linked_text_edit
from jxdeclare.ui.terms import mark_data

LIST_STYLES = (
    (ListStyle.DASH, "——"),
    (ListStyle.LETTER, "a) b) c)"),
    (ListStyle.NUMBER, "1) 2) 3)"),
)


def reference_targets(document: Document, numbering: Numbering) -> list[tuple[str, str]]:
    """(id, "5.3　标题" / "表2　理化指标" / "附录A　…") of everything a link may point at."""
    found = [
        (c.id, f"{numbering[c.id].number}\u3000{c.title}".rstrip())
        for c in document.all_clauses()
        if numbering.get(c.id)
    ]
    for block in document.all_blocks():
        label = numbering.get(block.id)
        if label is not None and label.kind in ("table", "figure", "formula"):
            caption = getattr(block, "caption", "") or getattr(block, "expression", "")
            found.append((block.id, f"{label.reference}\u3000{caption}"))
    found += [
        (a.id, f"{numbering[a.id].reference}\u3000{a.title}")
        for a in document.annexes
        if numbering.get(a.id)
    ]
    return found


class BlockEditor(QWidget):
    """Built for one block; the window builds a new one after undo/redo."""

    def __init__(self, host: Host, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.block = host, block
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if isinstance(block, Paragraph | Note | Example):
            self._text(block)
        elif isinstance(block, ListBlock):
            self._list(block)
        elif isinstance(block, TermEntry):
            self._term(block)
        elif isinstance(block, Formula):
            self._formula(block)
        elif isinstance(block, Figure):
            self._figure(block)
        elif isinstance(block, IndicatorTable):
            self._indicators(block)
        elif isinstance(block, Table):
            self._table(block)

    def _text(self, block: Paragraph | Note | Example) -> None:
        label = {Paragraph: self.tr("段落"), Note: self.tr("注"), Example: self.tr("示例")}
        edit = setter(self.host, block, "text", self.tr("修改文字"))
        field = linked_text_edit(self.host, block.text, edit, "blockText", rows=8)
        field.setPlaceholderText(self.tr("可用 {{说明}} 标出待填写的内容"))
        self.form.addRow(label[type(block)], field)
        self.form.addRow(self.tr("引用"), self._reference_picker(field))
        self._links(block.text)

    def _reference_picker(self, field: LinkedTextEdit) -> QWidget:
        """Insert a link at the cursor: it prints as the target's number, kept current."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        targets = QComboBox(objectName="refTarget")
        mark_data(targets)  # the document's own clause and table titles
        for element_id, text in reference_targets(self.host.document, self.host.numbering()):
            targets.addItem(text, element_id)
        insert = QPushButton(self.tr("插入引用"), objectName="insertRef")
        insert.setToolTip(
            self.tr("在光标处插入对所选章条、表、图、公式或附录的引用，输出时显示其编号")
        )
        insert.setEnabled(targets.count() > 0)

        def insert_link() -> None:
            field.insert_link(targets.currentData(), self.host.numbering())
            field.setFocus()

        insert.clicked.connect(insert_link)
        layout.addWidget(targets, 1)
        layout.addWidget(insert)
        return row

    def _links(self, text: str) -> None:
        """What the links of the text point at: their number and the target's title."""
        names = dict(reference_targets(self.host.document, self.host.numbering()))
        found = [names.get(target, BROKEN_REF_TEXT) for target in dict.fromkeys(REF.findall(text))]
        if found:
            hint = QLabel(self.tr("底纹标出的是引用，输出时显示所指对象的当前编号：")
                          + "；".join(found))  # fmt: skip
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555")
            self.form.addRow("", hint)

    def _list(self, block: ListBlock) -> None:
        style = QComboBox(objectName="listStyle")
        for value, text in LIST_STYLES:
            style.addItem(text, value)
        style.setCurrentIndex([s for s, _t in LIST_STYLES].index(block.style))
        set_style = setter(self.host, block, "style", self.tr("修改列项符号"))
        style.currentIndexChanged.connect(lambda i: set_style(LIST_STYLES[i][0]))
        self.form.addRow(self.tr("列项符号"), style)
        set_items = setter(self.host, block, "items", self.tr("修改列项"))
        items = "\n".join(block.items)
        self.form.addRow(
            self.tr("列项（每行一项）"),
            linked_text_edit(self.host, items, lambda t: set_items(split_lines(t)), "listItems", 8),
        )

    def _term(self, block: TermEntry) -> None:
        host = self.host
        self.form.addRow(
            self.tr("术语"),
            line_edit(host, block.term, setter(host, block, "term", self.tr("修改术语")), "term"),
        )
        set_en = setter(host, block, "term_en", self.tr("修改英文对应词"))
        self.form.addRow(self.tr("英文对应词"), line_edit(host, block.term_en, set_en, "termEn"))
        set_def = setter(host, block, "definition", self.tr("修改定义"))
        definition = linked_text_edit(
            host, block.definition, set_def, "definition", rows=4, grow=False
        )
        self.form.addRow(self.tr("定义"), definition)
        set_notes = setter(host, block, "notes", self.tr("修改术语的注"))
        self.form.addRow(
            self.tr("注（每行一条）"),
            lines_edit(host, block.notes, set_notes, "termNotes", rows=2, grow=False),
        )

    def _formula(self, block: Formula) -> None:
        host = self.host
        set_expr = setter(host, block, "expression", self.tr("修改公式"))
        self.form.addRow(self.tr("公式"), line_edit(host, block.expression, set_expr, "formula"))
        set_where = setter(host, block, "where", self.tr("修改式中说明"))
        self.form.addRow(
            self.tr("式中（每行一个符号）"),
            lines_edit(host, block.where, set_where, "formulaWhere"),
        )

    def _figure(self, block: Figure) -> None:
        set_caption = setter(self.host, block, "caption", self.tr("修改图题"))
        self.form.addRow(
            self.tr("图题"), line_edit(self.host, block.caption, set_caption, "caption")
        )
        hint = QLabel(self.tr("图片在导出的 Word 文件中插入或替换。"))
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def _captioned(self, block: Table | IndicatorTable) -> None:
        set_caption = setter(self.host, block, "caption", self.tr("修改表题"))
        self.form.addRow(
            self.tr("表题"), line_edit(self.host, block.caption, set_caption, "caption")
        )

    def _table(self, block: Table) -> None:
        from jxdeclare.ui.editor.table_editor import TableEditor

        self._captioned(block)
        self.form.addRow(TableEditor(self.host, block))

    def _indicators(self, block: IndicatorTable) -> None:
        from jxdeclare.ui.editor.indicator_editor import IndicatorEditor

        self._captioned(block)
        self.form.addRow(IndicatorEditor(self.host, block))
