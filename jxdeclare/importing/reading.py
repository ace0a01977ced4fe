"""A Word file as a flat sequence of paragraphs and tables, refusing files that are not Word.

Text is collected from the XML directly rather than through python-docx's ``paragraph.text``:
that one misses tracked insertions and would read text boxes twice (mc:Choice and mc:Fallback).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from jxdeclare.domain.limits import MAX_DOCX_BODY_BYTES, too_large

from .file_checks import check_office_zip
from .result import DocumentImportError

MAX_XML_BYTES = MAX_DOCX_BODY_BYTES  # unpacked document.xml: refuses zip bombs (file_checks)
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {qn(t) for t in ("w:del", "w:moveFrom", "w:instrText", "w:delText")} | {_BOX, _FALLBACK}
_BREAKS = {qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:tab"): "\t", qn("w:noBreakHyphen"): "-"}


@dataclass(frozen=True)
class Line:
    index: int  # 1-based among body paragraphs: "第12段"
    text: str
    style: str = ""  # the paragraph style's name ("Heading 2", "标题 2", "Normal" …)
    level: int = 0  # heading level by style or outline level (1 = chapter), 0 for body text


@dataclass(frozen=True)
class Grid:
    index: int  # 1-based among body tables
    rows: list[list[str]]  # one entry per grid column; a merged cell's text appears once
    full_rows: frozenset[int] = field(default_factory=frozenset)  # rows of one cell spanning all


Element = Line | Grid


def refuse(path: Path, why: str) -> DocumentImportError:
    return DocumentImportError(f"无法导入“{path.name}”：{why}")


def check_file(path: Path) -> None:
    """Refuse what is not a readable .docx before python-docx sees it (cheap checks first)."""
    check_office_zip(
        path, refuse, not_zip="不是 Word（.docx）文件",
        old_format="这是设置了打开密码的（加密）文件或旧版 .doc 文件；"
        "请在 Word 中取消密码并另存为 .docx 后再导入",
    )  # fmt: skip
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
    except (KeyError, zipfile.BadZipFile, OSError) as exc:
        raise refuse(path, "压缩包中没有 Word 正文（word/document.xml），不是 .docx 文件") from exc
    if info.file_size > MAX_XML_BYTES:
        raise refuse(path, too_large("正文", info.file_size, MAX_XML_BYTES))


def read_elements(path: Path) -> list[Element]:
    """Body paragraphs and tables in document order (headers, footers and images are skipped)."""
    check_file(path)
    import docx

    try:
        word = docx.Document(str(path))
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise refuse(path, f"文件已损坏或不是 Word 文档（{type(exc).__name__}）") from exc
    reader = _Reader(_style_levels(word))
    reader.read(word.element.body)
    if not any(isinstance(e, Line) and e.text for e in reader.found) and not any(
        isinstance(e, Grid) and any(any(row) for row in e.rows) for e in reader.found
    ):
        raise refuse(path, "文件中没有文字")
    return reader.found


def _style_levels(word: Any) -> dict[str, tuple[str, int]]:
    """style id → (name, heading level) from the style's name or its outline level."""
    out: dict[str, tuple[str, int]] = {}
    for style in word.styles.element.iterchildren(qn("w:style")):
        sid = style.get(qn("w:styleId")) or ""
        name_el = style.find(qn("w:name"))
        name = name_el.get(qn("w:val")) if name_el is not None else sid
        level = 0
        if match := _HEADING_NAME.match(name or ""):
            level = int(match.group(1))
        elif (outline := style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")) is not None:
            level = _outline(outline)
        out[sid] = (name or sid, level)
    return out


def _outline(element: Any) -> int:
    try:
        value = int(element.get(qn("w:val")))
    except (TypeError, ValueError):
        return 0
    return value + 1 if 0 <= value < 9 else 0  # 9 means "body text"


def text_of(element: Any) -> str:
    """The visible text of a paragraph: runs, hyperlinks, insertions, fields' results."""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == qn("w:t"):
            parts.append(child.text or "")
        elif tag in _BREAKS:
            parts.append(_BREAKS[tag])
        else:
            _collect(child, parts)


class _Reader:
    def __init__(self, styles: dict[str, tuple[str, int]]) -> None:
        self.styles = styles
        self.found: list[Element] = []
        self.paragraphs = 0
        self.tables = 0

    def read(self, container: Any) -> None:
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                self.paragraph(child)
            elif child.tag == qn("w:tbl"):
                self.tables += 1
                self.found.append(_grid(child, self.tables))
            elif child.tag == qn("w:sdt"):  # content controls (a TOC, a template's fields)
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.read(content)

    def paragraph(self, p: Any) -> None:
        self.paragraphs += 1
        ppr = p.find(qn("w:pPr"))
        style_id = ""
        level = 0
        if ppr is not None:
            if (pstyle := ppr.find(qn("w:pStyle"))) is not None:
                style_id = pstyle.get(qn("w:val")) or ""
            if (outline := ppr.find(qn("w:outlineLvl"))) is not None:
                level = _outline(outline)
        name, style_level = self.styles.get(style_id, (style_id or "Normal", 0))
        text = text_of(p).strip()
        self.found.append(Line(self.paragraphs, text, name, level or style_level))
        for line in box_lines(p):  # text boxes: covers put names and dates there
            self.found.append(Line(self.paragraphs, line, "文本框"))


def box_lines(element: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in ``element``, each box read once: Word's VML
    copy in mc:Fallback is skipped, and a box drawn inside another box is read as itself only."""
    lines: list[str] = []
    for box in element.iter(_BOX):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        for inner in box.iter(qn("w:p")):
            if next(inner.iterancestors(_BOX), None) is box:
                lines.append(text_of(inner).strip())
    return lines


def _grid(tbl: Any, index: int) -> Grid:
    rows: list[list[str]] = []
    full: set[int] = set()
    for tr in tbl.iterchildren(qn("w:tr")):
        cells: list[str] = []
        before = tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
        cells += [""] * _int(before, 0)
        tcs = list(tr.iterchildren(qn("w:tc")))
        for tc in tcs:
            span = _int(tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}"), 1)
            paragraphs = [t for p in tc.iterchildren(qn("w:p")) for t in _cell_lines(p)]
            cells.append("\n".join(t for t in paragraphs if t))
            cells += [""] * (span - 1)  # the span's other columns stay empty: no duplicated text
        if len(tcs) == 1 and len(cells) > 1:
            full.add(len(rows))
        rows.append(cells)
    return Grid(index, rows, frozenset(full))


def _cell_lines(p: Any) -> list[str]:
    """A cell paragraph's text, then its text boxes' (a cover laid out in a table has them)."""
    return [text_of(p).strip(), *box_lines(p)]


def _int(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return max(1, min(int(element.get(qn("w:val"))), 64))
    except (TypeError, ValueError):
        return default
