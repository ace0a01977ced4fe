"""A clause's blocks as a list ("段落：…", "表1 理化指标", "注：…") and the selected one's form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.document.model import (
    Block,
    Example,
    Figure,
    Formula,
    IndicatorRow,
    IndicatorTable,
    ListBlock,
    Note,
    Paragraph,
    Table,
    TermEntry,
)
from jxdeclare.domain.document.numbering import note_label
from jxdeclare.domain.document.text import resolve
from jxdeclare.ui.editor.block_forms import BlockEditor
from jxdeclare.ui.editor.fields import Host, shorten
from jxdeclare.ui.editor.structure import links_into


class BlockList(QWidget):
    def __init__(
        self, host: Host, blocks: list[Block], selected: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host, self.blocks = host, blocks
        self.list = QListWidget(objectName="blockList")
        self.list.setMinimumHeight(90)
        self.editor_area = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_area)
        self.editor_layout.setContentsMargins(0, 4, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addLayout(self._buttons())
        split.addWidget(top)
        split.addWidget(self.editor_area)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([150, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentRowChanged.connect(self._show)
        host.changed.connect(self.refresh_texts)
        self._fill(selected)

    def _buttons(self) -> QHBoxLayout:
        add = QToolButton(objectName="addBlock", text=self.tr("添加内容"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for name, factory in self._kinds():
            menu.addAction(name, lambda f=factory, n=name: self.add(n, f()))
        add.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(add)
        for name, text, slot in (
            ("deleteBlock", self.tr("删除"), self.delete),
            ("blockUp", self.tr("上移"), lambda: self.move(-1)),
            ("blockDown", self.tr("下移"), lambda: self.move(1)),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch()
        return bar

    def _kinds(self) -> list[tuple[str, Callable[[], Block]]]:
        return [
            (self.tr("段落"), lambda: Paragraph("")),
            (self.tr("列项"), lambda: ListBlock([""])),
            (self.tr("注"), lambda: Note("")),
            (self.tr("示例"), lambda: Example("")),
            (self.tr("表"), lambda: Table("{{表题}}", ["", ""], [["", ""]])),
            (self.tr("指标表"), lambda: IndicatorTable("{{表题}}", [IndicatorRow("")])),
            (self.tr("术语"), lambda: TermEntry("{{术语}}", "{{定义}}")),
            (self.tr("公式"), lambda: Formula("")),
        ]

    def summary(self, block: Block) -> str:
        numbering = self.host.numbering()
        label = numbering.get(block.id)
        if isinstance(block, Paragraph):
            return self.tr("段落：") + shorten(resolve(block.text, numbering))
        if isinstance(block, ListBlock):
            count = self.tr("列项（%1项）：").replace("%1", str(len(block.items)))
            return count + shorten(resolve(block.items[0] if block.items else "", numbering))
        if isinstance(block, Note):
            return note_label(label) + shorten(resolve(block.text, numbering))
        if isinstance(block, Example):
            return note_label(label, "示例") + shorten(resolve(block.text, numbering))
        if isinstance(block, Table | IndicatorTable | Figure):
            caption = resolve(block.caption, numbering)
            return f"{label.reference if label else ''}\u3000{caption}"
        if isinstance(block, Formula):
            expression = resolve(block.expression, numbering)
            return self.tr("公式") + f"{label.number if label else ''}：{expression}"
        if isinstance(block, TermEntry):
            return f"{label.number if label else ''}\u3000{resolve(block.term, numbering)}"
        return type(block).__name__

    def _fill(self, selected: str = "") -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self.summary(b) for b in self.blocks])
        ids = [b.id for b in self.blocks]
        self.list.setCurrentRow(ids.index(selected) if selected in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show(self.list.currentRow())

    def refresh_texts(self) -> None:
        if self.list.count() == len(self.blocks):
            for row, block in enumerate(self.blocks):
                self.list.item(row).setText(self.summary(block))

    def current(self) -> Block | None:
        row = self.list.currentRow()
        return self.blocks[row] if 0 <= row < len(self.blocks) else None

    def _show(self, row: int) -> None:
        while self.editor_layout.count():
            old = self.editor_layout.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.setParent(None)  # out of the tree at once, not just when deleted
                old.deleteLater()
        block = self.current()
        self.host.select_block(block.id if block else "")
        if block is not None:
            self.editor_layout.addWidget(BlockEditor(self.host, block))
        else:
            hint = QLabel(self.tr("这里还没有内容。可用“添加内容”添加段落、列项、表等。"))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666")
            self.editor_layout.addWidget(hint)
        self.editor_layout.addStretch()

    def add(self, name: str, block: Block) -> None:
        current = self.current()
        at = self.blocks.index(current) + 1 if current else len(self.blocks)
        label = self.tr("添加%1").replace("%1", name)
        if self.host.change(label, lambda: self.blocks.insert(at, block), block=block.id):
            self._fill(block.id)
            field = self.editor_area.findChild(QLineEdit) or self.editor_area.findChild(
                QPlainTextEdit
            )
            if field is not None:
                field.setFocus()

    def delete(self) -> None:
        block = self.current()
        if block is None:
            return
        if links_into(self.host.document, block) and not self.host.confirm_delete(
            block, self.summary(block)
        ):
            return
        at = self.blocks.index(block)
        rest = [b for b in self.blocks if b is not block]
        after = rest[min(at, len(rest) - 1)].id if rest else ""
        if self.host.change(self.tr("删除内容"), lambda: self.blocks.remove(block), block=after):
            self._fill(after)

    def move(self, delta: int) -> None:
        block, blocks = self.current(), self.blocks
        if block is None or not 0 <= blocks.index(block) + delta < len(blocks):
            return
        at = blocks.index(block)

        def swap() -> None:
            blocks[at], blocks[at + delta] = blocks[at + delta], blocks[at]

        if self.host.change(self.tr("移动内容"), swap, block=block.id):
            self._fill(block.id)
