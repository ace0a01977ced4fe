"""The 备案 编制说明 as a Word file the enterprise completes: the drafting renderer's styles and
fonts, ``{{填写：…}}`` parts highlighted in yellow as in a draft standard."""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_word_document

from jxdeclare.drafting.docx_styles import set_up
from jxdeclare.drafting.docx_xml import add_text
from jxdeclare.reporting.atomic import atomic_write
from jxdeclare.reporting.filing.explanation import TABLE_COLUMNS, TABLE_TITLE, Explanation


def write_explanation_docx(text: Explanation, out: Path) -> None:
    doc = new_word_document()
    set_up(doc)
    doc.core_properties.title = text.title
    doc.core_properties.subject = "食品安全企业标准备案 编制说明"
    add_text(doc.add_paragraph(style=doc.styles["文件名称"])._p, text.title)
    for line in text.lines:
        add_text(doc.add_paragraph(style=doc.styles["表题"])._p, line)
    for section in text.sections:
        add_text(doc.add_paragraph(style=doc.styles["Heading 1"])._p, section.heading)
        for paragraph in section.paragraphs:
            add_text(doc.add_paragraph()._p, paragraph)
        if section.table:
            add_text(doc.add_paragraph(style=doc.styles["表题"])._p, TABLE_TITLE)
            _table(doc, text)
            add_text(doc.add_paragraph(style=doc.styles["注"])._p, text.footnote)
    atomic_write(Path(out), lambda tmp: doc.save(str(tmp)))


def _table(doc: object, text: Explanation) -> None:
    rows = [TABLE_COLUMNS, *text.rows]
    table = doc.add_table(rows=len(rows), cols=len(TABLE_COLUMNS))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            paragraph = table.cell(r, c).paragraphs[0]
            paragraph.style = doc.styles["表格文字"]  # type: ignore[attr-defined]
            add_text(paragraph._p, value)
    header = table.rows[0]._tr.get_or_add_trPr()
    from docx.oxml import OxmlElement

    header.append(OxmlElement("w:tblHeader"))  # the header row repeats on every page
