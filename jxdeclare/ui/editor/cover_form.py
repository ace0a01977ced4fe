"""The cover and 前言 form, and the reference lists ("编号　名称", one a line)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jxdeclare.domain.document.model import Reference
from jxdeclare.importing.references import parse_reference as read_reference_line
from jxdeclare.ui.editor.fields import Host, line_edit, lines_edit, setter, split_lines
from jxdeclare.ui.terms import with_code


def parse_reference(line: str) -> Reference:
    """ "GB 2762　食品安全国家标准　食品中污染物限量" → Reference("GB 2762", "食品安全…")."""
    reference, _parsed = read_reference_line(line)
    return reference if reference.number else Reference(line.strip())


def format_reference(ref: Reference) -> str:
    return f"{ref.number}\u3000{ref.title}" if ref.title else ref.number


class ReferencesField(QWidget):
    def __init__(self, host: Host, bibliography: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        attr = "bibliography" if bibliography else "normative_references"
        lines = [format_reference(r) for r in getattr(host.document, attr)]
        doc = host.document
        label = self.tr("修改参考文献") if bibliography else self.tr("修改规范性引用文件")

        def apply(entries: list[str]) -> None:
            refs = [parse_reference(e) for e in entries]
            host.change(label, lambda: setattr(doc, attr, refs), f"refs.{attr}")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(lines_edit(host, lines, apply, "references", rows=12))


class CoverForm(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("封面和前言"), objectName="formHeading")
        heading.setStyleSheet("font-weight: bold; font-size: 14px")
        layout.addWidget(heading)
        layout.addWidget(self._cover())
        layout.addWidget(self._foreword())
        layout.addStretch()

    def _line(self, form: QFormLayout, label: str, obj: object, attr: str, hint: str = "") -> None:
        host = self.host
        key = f"{type(obj).__name__}.{attr}"
        edit = setter(host, obj, attr, self.tr("修改%1").replace("%1", label), key)
        field = line_edit(host, getattr(obj, attr), edit, attr)
        field.setPlaceholderText(hint)
        form.addRow(label, field)

    def _cover(self) -> QGroupBox:
        cover = self.host.document.cover
        box = QGroupBox(self.tr("封面"))
        form = QFormLayout(box)
        company = QLabel(with_code(cover.enterprise_name, f"Q/{cover.enterprise_code}"))
        form.addRow(self.tr("企业"), company)
        self._line(form, self.tr("标准名称"), cover, "title")
        self._line(form, self.tr("英文名称"), cover, "title_en")
        self._line(form, self.tr("标准编号"), cover, "number", "Q/XXX 0001—2026")
        self._line(form, self.tr("发布日期"), cover, "publish_date", "YYYY-MM-DD")
        self._line(form, self.tr("实施日期"), cover, "implement_date", "YYYY-MM-DD")
        set_replaces = setter(self.host, cover, "replaces", self.tr("修改代替标准"), "Cover.rep")
        replaces = line_edit(
            self.host, "、".join(cover.replaces),
            lambda text: set_replaces(split_lines(re.sub("[、,，;；]", "\n", text))),
            "replaces",
        )  # fmt: skip
        replaces.setPlaceholderText(self.tr("被代替的标准编号，多个用“、”分开"))
        form.addRow(self.tr("代替"), replaces)
        self._line(form, self.tr("ICS 分类号"), cover, "ics", self.tr("可选，如 67.060"))
        self._line(form, self.tr("CCS 分类号"), cover, "ccs", self.tr("可选，如 X 11"))
        self._line(form, self.tr("发布单位"), cover, "publisher", cover.enterprise_name)
        return box

    def _foreword(self) -> QGroupBox:
        host, foreword = self.host, self.host.document.foreword
        box = QGroupBox(self.tr("前言"))
        form = QFormLayout(box)
        set_changes = setter(host, foreword, "changes", self.tr("修改主要技术变化"), "Fw.changes")
        changes = lines_edit(host, foreword.changes, set_changes, "changes", rows=4, grow=False)
        form.addRow(self.tr("主要技术变化\n（每行一条）"), changes)
        from_versions = QPushButton(self.tr("根据上一发布版本起草"), objectName="draftChanges")
        from_versions.setToolTip(
            self.tr("比较上一发布版本和当前文本的指标与章条，列出增加、删除和更改的内容")
        )
        from_versions.clicked.connect(host.draft_change_list)
        form.addRow("", from_versions)
        self._line(form, self.tr("被代替标准名称"), foreword, "replaced_title")
        self._line(form, self.tr("提出单位"), foreword, "proposer")
        self._line(form, self.tr("起草单位"), foreword, "drafting_units")
        self._line(form, self.tr("主要起草人"), foreword, "drafters")
        note = QLabel(self.tr("前言的第一句、代替说明和专利提示由 GB/T 1.1—2020 规定，自动生成。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        form.addRow(note)
        return box
