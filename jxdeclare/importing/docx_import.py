"""Import an existing enterprise standard from a Word (.docx) file into the document model.

Most users meet the checker this way (DESIGN §2.3). The importer walks the body once, in order:
cover lines until 前言/目次/the first chapter, the 目次 dropped, 前言 sentences sorted into
:class:`Foreword`, then headings building the clause tree, tables attached to the clause they
follow, annexes and 参考文献. What it cannot place stays in the text as a paragraph and is
reported as an :class:`ImportNote`; one odd element never stops the import.
"""

from __future__ import annotations

import re
from pathlib import Path

from jxdeclare.domain.document.category_tags import apply_category_tags

from ..domain.document.boilerplate import NO_DRAFTING_SENTENCE
from ..domain.document.model import (
    Annex,
    Block,
    ChapterRole,
    Clause,
    Cover,
    Document,
    Paragraph,
    TermEntry,
)
from .blocks import BlockWriter, add_to_term, split_term
from .cover import ForewordReader, parse_cover, read_cover
from .file_tags import docx_tags
from .reading import Element, Grid, Line, read_elements
from .references import is_fixed_intro, is_intro, parse_reference
from .result import DocumentImportError, ImportNote, ImportResult
from .structure import (
    NATURE,
    OLD_NATURE,
    AnnexHeading,
    Numbered,
    Tree,
    annex_heading,
    compact,
    is_title,
    new_annex,
    numbered,
    role_of,
    untitled,
)
from .tables import Placed, extend, place
from .widths import halfwidth

__all__ = ["DocumentImportError", "ImportNote", "ImportResult", "import_docx"]

WATERMARK = "企业标准信息公共服务平台"
_PAGE = r"[\dⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+$"
_TOC_ENTRY = re.compile(r"(?:\.{2,}|…+|·{2,}|\t|\s)\s*" + _PAGE)
_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*" + _PAGE)  # dots: a 目次 line even untitled
# "表1　理化指标", "表1（续）", "续表1", "表1　理化指标（续）", "表A.1"; read half-width.
_CAPTION = re.compile(
    r"^(?P<pre>续\s*)?表\s*(?:[A-Z]\s*\.\s*)?\d+\s*(?P<cont>[（(]\s*续\s*[）)])?[\s\u3000]*"
    r"(?P<title>.*?)\s*(?P<tail>[（(]\s*续\s*[）)])?$"
)
_TERMS_INTRO = re.compile(
    r"^(?:下列|.*界定的).*适用于本(?:文件|标准)。?$|^本(?:文件|标准)没有需要界定"
)


def import_docx(path: Path) -> ImportResult:
    """The document in ``path``; raises :class:`DocumentImportError` for files that are not Word."""
    path = Path(path)
    builder = _Builder()
    for element in read_elements(path):
        try:
            builder.element(element)
        except Exception as exc:  # a real-world file must never stop the import halfway
            builder.note(_where(element), f"无法处理此处内容（{type(exc).__name__}），已跳过")
    result = builder.finish()
    apply_category_tags(result.document, docx_tags(path))  # a file this app exported
    return result


def _where(element: Element) -> str:
    return f"第{element.index}段" if isinstance(element, Line) else f"第{element.index}个表格"


class _Builder:
    def __init__(self) -> None:
        self.doc = Document(cover=Cover("", "", "", ""))
        self.notes: list[ImportNote] = []
        self.mode = "cover"  # cover | toc | foreword | intro | body | annex | bibliography
        self.cover_lines: list[str] = []
        self.foreword = ForewordReader(self.doc.foreword, self.doc.cover)
        self.body = Tree(self.doc.chapters)
        self.tree = self.body
        self.annex: Annex | None = None
        self.annex_open = False  # the lines after "附录A" may still hold its nature and title
        self.caption: tuple[Line, str, bool] | None = None  # (line, title, continued)
        self.last_table: Placed | None = None
        self.after_table = False  # nothing but empty lines since the last table
        self.toc_skipped = 0  # lines dropped as the 目次
        self.term: TermEntry | None = None
        self.writer = BlockWriter()
        self.where = ""

    def note(self, where: str, text: str) -> None:
        self.notes.append(ImportNote(where, text))

    # -- dispatch -------------------------------------------------------------------------

    def element(self, element: Element) -> None:
        self.where = _where(element)
        if isinstance(element, Grid):
            self.grid(element)
            self.after_table = True
        elif element.text and WATERMARK not in compact(element.text):
            self.after_table = False
            self.line(element)

    def line(self, line: Line) -> None:
        key = compact(line.text)
        if key in ("目次", "目录"):
            return self.leave_cover("toc")
        if self.toc_line(line, key):
            return
        if key in ("前言", "引言", "参考文献"):
            return self.leave_cover({"前言": "foreword", "引言": "intro"}.get(key, "bibliography"))
        if (heading := annex_heading(line.text, line.level > 0)) is not None:
            return self.start_annex(heading, line.text)
        if self.annex_open and self.annex_line(line.text):
            return
        if self.heading(line):
            return
        self.content(line)

    def toc_line(self, line: Line, key: str) -> bool:
        """A line of the 目次, which is dropped: Word's TOC styles anywhere; in a typed 目次,
        everything up to 前言/引言 or the first chapter (entries wrap, page numbers go missing)."""
        if line.style.lower().startswith("toc"):
            return True
        if self.mode == "cover" and _LEADER.search(line.text):  # a 目次 without its heading
            self.leave_cover("toc")
            return True
        if self.mode != "toc" or key in ("前言", "引言"):
            return False
        if _TOC_ENTRY.search(line.text) or not (line.level > 0 or _first_chapter(line.text)):
            self.toc_skipped += 1
            return True
        return False

    def leave_cover(self, mode: str) -> None:
        if self.mode == "cover":
            self.read_cover()
        self.flush_caption()
        self.mode, self.term = mode, None

    def read_cover(self) -> None:
        reading = read_cover(self.cover_lines)
        self.doc.cover.__dict__.update(reading.cover.__dict__)
        for number in reading.filing_numbers:
            self.note("封面", f"备案号“{number}”未导入：备案号由备案机关给出，不属于标准文本")
        for text in reading.unused:
            self.note("封面", f"封面上的文字未能识别，未导入：{text[:40]}")

    # -- headings -------------------------------------------------------------------------

    def heading(self, line: Line) -> bool:
        number = numbered(line.text, line.level > 0)
        if number is None:
            return self.styled_heading(line) if line.level > 0 else False
        if self.mode != "annex" and number.letter:
            return False
        if self.is_term(number):
            self.flush_caption()
            self.term = TermEntry(*split_term(number.rest)[:1], "", split_term(number.rest)[1])
            if self.tree.current is not None:
                self.tree.current.blocks.append(self.term)
            return True
        if not self.tree.accepts(number) and not (line.level and len(number.parts) == line.level):
            return self.misnumbered(number)
        depth = len(number.parts) - (1 if number.letter else 0)
        if depth == 1 and not is_title(number.rest):
            return False
        clause = (
            Clause(number.rest)
            if is_title(number.rest) or not number.rest
            else untitled(number.rest)
        )
        self.open_clause(clause, depth)
        return True

    def misnumbered(self, number: Numbered) -> bool:
        """A titled sub-clause whose number skips one or repeats the last ("5.2" then "5.4"):
        a typo. It still starts its clause, numbered in order, and the note says so."""
        expected = self.tree.near_miss(number)
        if expected is None or not number.rest or not is_title(number.rest):
            return False
        self.open_clause(Clause(number.rest), len(number.parts) - bool(number.letter))
        typed = ".".join(number.parts)
        right = ".".join([*number.parts[:-1], str(expected)])
        self.note(self.where, f"条号“{typed}”不连续（跳号或重号），已按顺序编号为{right}")
        return True

    def is_term(self, number: Numbered) -> bool:
        chapter = self.body.path[0] if self.body.path and self.mode == "body" else None
        parts = number.parts
        return (
            chapter is not None and chapter.role is ChapterRole.TERMS and len(parts) == 2
            and len(self.body.path) == 1 and parts[0] == str(self.doc.chapters.index(chapter) + 1)
        )  # fmt: skip

    def styled_heading(self, line: Line) -> bool:
        """A heading style without a typed number (Word's own list numbering supplies it)."""
        if not is_title(line.text) or (
            self.mode == "cover" and role_of(line.text) is not ChapterRole.SCOPE
        ):
            return False
        self.open_clause(Clause(line.text.strip()), line.level)
        return True

    def open_clause(self, clause: Clause, depth: int) -> None:
        if self.mode not in ("body", "annex"):
            self.leave_cover("body")
        self.flush_caption()
        self.term = None
        if self.tree is self.body:
            clause.role = role_of(clause.title) if depth == 1 else ChapterRole.GENERAL
        self.tree.add(clause, depth)

    def start_annex(self, heading: AnnexHeading, raw: str) -> None:
        self.leave_cover("annex")
        annex = new_annex(heading)
        self.doc.annexes.append(annex)
        letter = chr(ord("A") + len(self.doc.annexes) - 1)
        self.annex, self.tree = annex, Tree(annex.children, letter)
        self.annex_open = not heading.nature or not annex.title
        if heading.nature in OLD_NATURE:
            self.note(f"附录{letter}", f"附录标题使用旧写法：{raw.replace(chr(10), ' ')}")

    def annex_line(self, text: str) -> bool:
        """The nature line "（规范性）" or the title line right after "附录A"."""
        assert self.annex is not None
        if match := NATURE.match(compact(text)):
            self.annex.normative = match.group(1) in ("规范性", "规范性附录", "标准的附录")
            if match.group(1) in OLD_NATURE:
                self.note(f"附录{self.tree.letter}", f"附录标题使用旧写法：{text.strip()}")
            return True
        self.annex_open = False
        if not self.annex.title and is_title(text):
            self.annex.title = text.strip()
            return True
        return False

    # -- content --------------------------------------------------------------------------

    def container(self) -> list[Block] | None:
        if self.mode == "intro":
            return self.doc.introduction
        if self.tree.current is not None:
            return self.tree.current.blocks
        return self.annex.blocks if self.mode == "annex" and self.annex else None

    def content(self, line: Line) -> None:
        text = line.text
        if self.mode == "cover":
            self.cover_lines.append(text)
        elif self.mode == "foreword":
            if compact(text) != compact(self.doc.cover.title) and line.style != "文件名称":
                self.foreword.add(text)
        elif self.mode == "bibliography":
            self.doc.bibliography.append(parse_reference(text)[0])
        elif self.mode != "toc":
            self.body_line(line)

    def body_line(self, line: Line) -> None:
        text = line.text
        if caption := _caption(text):
            self.flush_caption()
            self.caption = (line, *caption)
            return
        self.flush_caption()
        chapter = self.body.path[0] if self.mode == "body" and self.body.path else None
        role = chapter.role if chapter is not None else ChapterRole.GENERAL
        if role is ChapterRole.NORMATIVE_REFERENCES and len(self.body.path) == 1:
            return self.reference(text)
        if role is ChapterRole.TERMS and (
            self.term is not None or _TERMS_INTRO.match(compact(text))
        ):
            return add_to_term(self.term, text) if self.term is not None else None
        blocks = self.container()
        if blocks is None:
            self.note(self.where, "无法归入任何章条，已忽略：" + text[:30])
            return
        self.writer.add(blocks, text, line.style)

    def reference(self, text: str) -> None:
        if is_intro(text):
            if not is_fixed_intro(text) and (chapter := self._references_chapter()) is not None:
                chapter.blocks.append(Paragraph(text.strip()))  # 2009 wording or a typo: W001/W007
            return
        reference, parsed = parse_reference(text)
        self.doc.normative_references.append(reference)
        if not parsed:
            self.note(self.where, f"未能识别引用文件的标准编号：{text.strip()[:40]}")

    def _references_chapter(self) -> Clause | None:
        return next((c for c in reversed(self.doc.chapters)
                     if c.role is ChapterRole.NORMATIVE_REFERENCES), None)  # fmt: skip

    def flush_caption(self) -> None:
        """A 表 caption with no table after it is ordinary text after all."""
        if self.caption is not None and (blocks := self.container()) is not None:
            blocks.append(Paragraph(self.caption[0].text))
            self.note(f"第{self.caption[0].index}段", "表题后没有表格，已作为段落保留")
        self.caption = None

    def grid(self, grid: Grid) -> None:
        rows, full = _filled(grid)
        caption, continued = (self.caption[1], self.caption[2]) if self.caption else ("", False)
        self.caption = None
        if rows and 0 in full and (inner := _caption(rows[0][0])):  # typed in a merged top row
            (caption, continued), rows = inner, rows[1:]
            full = frozenset(i - 1 for i in full if i)
        where = f"第{grid.index}个表格"
        if not rows:
            return self.note(where, "空表格，已忽略")
        if self.mode in ("cover", "toc"):
            if self.mode == "cover":
                self.cover_lines += [cell for row in rows for cell in row if cell]
            return None
        blocks = self.container()
        if blocks is None or self.mode in ("foreword", "bibliography"):
            self.doc.foreword.extra += ["　".join(c for c in row if c) for row in rows]
            return self.note(where, "表格不在正文中，内容已放入前言的其他段落")
        self.table(blocks, caption, continued, rows, full)
        return None

    def table(
        self, blocks: list[Block], caption: str, continued: bool, rows: list[list[str]],
        full: frozenset[int],
    ) -> None:  # fmt: skip
        """A table, or the rest of the previous one when the page turned inside it."""
        last = self.last_table
        if last is not None and (continued or self.after_table):
            if extend(last, rows, full, continued):
                return
            if continued:
                self.note(self.where, "续表与前一表格的列不一致，未能合并，已作为单独的表格保留")
        placed, note = place(caption, rows, full)
        if note:
            self.note(self.where, note)
        blocks.append(placed.block)
        self.last_table = placed

    def finish(self) -> ImportResult:
        self.flush_caption()
        if self.mode == "cover":  # no 前言 and no chapter found: keep the text, say so
            self.doc.cover.__dict__.update(parse_cover(self.cover_lines[:15]).__dict__)
            self.doc.chapters.append(Clause("正文", [Paragraph(t) for t in self.cover_lines]))
            self.note("正文", "未识别出章条结构，全部文字已放入一章")
        elif self.mode == "toc":  # the 目次 never ended: say how much was dropped with it
            self.note("目次", f"目次之后未找到前言或第1章，目次后的{self.toc_skipped}段文字未导入")
        elif not self.doc.chapters:
            self.note("正文", "未识别出任何章")
        if self.foreword.lines and not self.foreword.drafting_sentence:
            self.note("前言", NO_DRAFTING_SENTENCE)  # the checker reports it (W006)
        return ImportResult(self.doc, self.notes)


def _first_chapter(text: str) -> bool:
    """Chapter 1's heading, which ends a typed 目次 that has no 前言 after it ("1范围" too)."""
    number = numbered(text, False)
    return number is not None and number.parts == ("1",) and is_title(number.rest)


def _caption(text: str) -> tuple[str, bool] | None:
    """(title, continued) of a table caption, read on the half-width text ("表２")."""
    match = _CAPTION.match(halfwidth(text.strip()))
    if match is None:
        return None
    title = text.strip()[match.start("title") : match.end("title")].strip()
    if title and not is_title(title):
        return None  # "表1给出了…" is a sentence about the table
    return title, any(match.group(g) for g in ("pre", "cont", "tail"))


def _filled(grid: Grid) -> tuple[list[list[str]], frozenset[int]]:
    """The rows with any text, and which of them are one cell across the table."""
    kept = [i for i, row in enumerate(grid.rows) if any(cell.strip() for cell in row)]
    full = frozenset(n for n, i in enumerate(kept) if i in grid.full_rows)
    return [grid.rows[i] for i in kept], full


StructureBuilder = _Builder  # the PDF importer feeds its lines through the same builder
