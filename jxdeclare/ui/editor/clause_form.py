"""The middle pane: the form of whatever the outline has selected."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from jxdeclare.domain.document.model import Annex, ChapterRole, Clause
from jxdeclare.ui.editor.blocks import BlockList
from jxdeclare.ui.editor.cover_form import CoverForm, ReferencesField
from jxdeclare.ui.editor.fields import Host, line_edit, setter
from jxdeclare.ui.editor.structure import BIBLIOGRAPHY, COVER, INTRODUCTION, locate


class ElementForm(QWidget):
    """Title line, explanation, then the element's own fields."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(objectName="formHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px")
        self.layout_.addWidget(self.heading)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def note(self, text: str) -> None:
        label = QLabel(text, objectName="formNote")
        label.setWordWrap(True)
        label.setStyleSheet("color: #555")
        self.layout_.addWidget(label)


def build_form(host: Host, element_id: str, block_id: str) -> QWidget:
    doc = host.document
    if element_id == COVER:
        return CoverForm(host)
    if element_id == BIBLIOGRAPHY:
        return ReferencesForm(host, bibliography=True)
    if element_id == INTRODUCTION:
        return IntroductionForm(host, block_id)
    place = locate(doc, element_id)
    if place is None:
        return CoverForm(host)
    if isinstance(place.node, Annex):
        return AnnexForm(host, place.node, block_id)
    if place.node.role == ChapterRole.NORMATIVE_REFERENCES:
        return ReferencesForm(host, bibliography=False)
    return ClauseForm(host, place.node, block_id)


class ClauseForm(ElementForm):
    def __init__(self, host: Host, clause: Clause, block_id: str) -> None:
        label = host.numbering().get(clause.id)
        number = label.number if label else ""
        super().__init__(host)
        kind = self.tr("第 %1 章") if "." not in number else self.tr("条 %1")
        self.heading.setText(kind.replace("%1", number))
        set_title = setter(host, clause, "title", self.tr("修改标题"))
        title = line_edit(host, clause.title, set_title, "title")
        title.setPlaceholderText(self.tr("无标题条（可不填）"))
        if clause.role != ChapterRole.GENERAL:
            title.setEnabled(False)
            self.note(self.tr("本章的标题和引导语由 GB/T 1.1—2020 规定，自动生成。"))
        self.form.addRow(self.tr("标题"), title)
        if clause.role == ChapterRole.TERMS:
            self.note(self.tr("用“添加内容 → 术语”逐条添加术语，编号自动生成。"))
        self.layout_.addWidget(BlockList(host, clause.blocks, block_id), 1)


class AnnexForm(ElementForm):
    def __init__(self, host: Host, annex: Annex, block_id: str) -> None:
        label = host.numbering().get(annex.id)
        super().__init__(host)
        self.heading.setText(self.tr("附录%1").replace("%1", label.number if label else ""))
        set_title = setter(host, annex, "title", self.tr("修改附录标题"))
        self.form.addRow(self.tr("标题"), line_edit(host, annex.title, set_title, "title"))
        kind = QComboBox(objectName="annexKind")
        kind.addItems([self.tr("资料性"), self.tr("规范性")])
        kind.setCurrentIndex(1 if annex.normative else 0)
        set_kind = setter(host, annex, "normative", self.tr("修改附录性质"))
        kind.currentIndexChanged.connect(lambda i: set_kind(i == 1))
        self.form.addRow(self.tr("性质"), kind)
        self.layout_.addWidget(BlockList(host, annex.blocks, block_id), 1)


class IntroductionForm(ElementForm):
    def __init__(self, host: Host, block_id: str) -> None:
        super().__init__(host)
        self.heading.setText(self.tr("引言"))
        self.note(self.tr("引言可选：说明编制本文件的原因和技术内容的特殊信息。没有内容时不输出。"))
        self.layout_.addWidget(BlockList(host, host.document.introduction, block_id), 1)


class ReferencesForm(ElementForm):
    def __init__(self, host: Host, bibliography: bool) -> None:
        super().__init__(host)
        heading = self.tr("参考文献") if bibliography else self.tr("规范性引用文件")
        self.heading.setText(heading)
        self.note(
            self.tr(
                "每行一项：“编号　名称”，编号和名称之间用全角空格或制表符分开。输出时自动排序。"
            )
        )
        if not bibliography:
            self.note(
                self.tr("引导语由 GB/T 1.1—2020 规定，自动生成；没有引用文件时自动写明没有。")
            )
        self.layout_.addWidget(ReferencesField(host, bibliography), 1)
