"""An enterprise standard as PDF (DESIGN §2.2): A4, Chinese fonts embedded, GB/T 1.1-2020 layout.

Pages: the cover (no number); 目次, 前言 and 引言 numbered I, II …; the body from 1, opening with
the standard's name. Every numbered page carries the standard's number in its header and its page
number in the footer, both on the outer side (right on odd pages, left on even ones). A draft has
a light diagonal "草稿" on every page. The file is written to a temporary name and moved into
place, so ``out`` is never a half-written PDF.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..domain.document.category_tags import keywords_text
from ..domain.document.model import Cover, Document
from .fonts import FontSet, find_fonts
from .layout import plan
from .pdf_cover import CoverPainter
from .pdf_flow import FlowBuilder
from .pdf_styles import BODY_SIZE, Markup, Styles, styles
from .pdf_toc import Book, define_entry_forms
from .readiness import NotFinal, final_blockers

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 25 * mm, 22 * mm
HEADER_SIZE = BODY_SIZE
NOTE_SIZE = 7.5
WATERMARK = "草稿"


@dataclass(frozen=True)
class PdfResult:
    pages: int
    toc: list[tuple[str, int]]  # (目次 entry, 1-based page of the PDF file where it really is)
    page_labels: dict[int, str] = field(default_factory=dict)  # page of the file → printed number

    def toc_pages(self) -> list[str]:
        """The number printed for each 目次 entry ("II", "1" …), as the PDF's 目次 shows it."""
        return [self.page_labels.get(page, "") for _text, page in self.toc]


def render_pdf(
    document: Document,
    out: Path,
    *,
    final: bool = False,
    fonts: FontSet | None = None,
    watermark_note: str = "",
) -> PdfResult:
    """Writes the standard to ``out``; ``final=True`` refuses a draft that is not ready."""
    if final and (problems := final_blockers(document)):
        raise NotFinal(problems)
    st = styles(fonts or find_fonts())
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        result = _build(document, tmp, st, draft=not final, note=watermark_note)
        _replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return result


def _replace(tmp: Path, out: Path) -> None:
    try:
        os.replace(tmp, out)
    except PermissionError as exc:
        raise PermissionError(
            f"无法写入 {out}：该文件可能正被其他程序（如 PDF 阅读器）打开，请关闭后重试。"
        ) from exc


def _build(document: Document, path: Path, st: Styles, *, draft: bool, note: str) -> PdfResult:
    layout = plan(document)
    markup = Markup(st, draft)
    book = Book()
    decor = _Decor(document.cover, st, markup, book, draft, note)
    doc = _Doc(path, decor, document.cover, st.body_font, keywords_text(document))
    flow = FlowBuilder(layout, document.cover.title, st, markup, doc.width)
    doc.build(flow.flowables(book))
    define_entry_forms(doc.canv, book, st.body_font, BODY_SIZE)
    doc.canv.save()  # saving waits for the 目次 forms defined just above
    toc = [(text, book.heading_pages.get(i, 0)) for i, (_level, text) in enumerate(layout.toc)]
    return PdfResult(pages=decor.pages, toc=toc, page_labels=dict(book.page_labels))


class _Doc(BaseDocTemplate):
    def __init__(self, path: Path, decor: _Decor, cover: Cover, font: str, keywords: str) -> None:
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=f"{cover.number} {cover.title}".strip(),
            author=cover.publisher_name,
            subject=f"{cover.enterprise_name}企业标准",
            keywords=keywords,
            creator="jxdeclare",
            lang="zh-CN",
            initialFontName=font,  # else every page names Helvetica, which is not embedded
        )
        self.decor = decor
        self._doSave = 0  # saved by _build once the 目次 forms exist
        self.addPageTemplates(
            [
                PageTemplate("cover", [self._frame()], onPage=decor.cover_page),
                PageTemplate("front", [self._frame()], onPage=decor.front_page),
                PageTemplate("body", [self._frame()], onPage=decor.body_page),
            ]
        )

    def _frame(self) -> Frame:
        return Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    def afterFlowable(self, flowable: Flowable) -> None:
        index = getattr(flowable, "toc_index", None)
        if index is not None:
            self.decor.book.heading_pages.setdefault(index, self.page)


class _Decor:
    """What every page gets besides its flowables: cover, header, footer, watermark."""

    def __init__(
        self, cover: Cover, st: Styles, markup: Markup, book: Book, draft: bool, note: str
    ) -> None:
        self.cover, self.st, self.markup, self.book = cover, st, markup, book
        self.draft, self.note = draft, note
        self.pages = 0

    def cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.pages = doc.page
        self.watermark(canv)
        margins = (LEFT, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - TOP, BOTTOM)
        CoverPainter(canv, self.st, self.markup, margins).paint(self.cover)
        self.footnote(canv)

    def front_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.running(canv, doc.page, "front", roman=True)

    def body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.running(canv, doc.page, "body", roman=False)

    def running(self, canv: Canvas, page: int, section: str, roman: bool) -> None:
        self.pages = page
        self.watermark(canv)
        label = self.book.label(page, section, roman)
        odd = (page - self.book.sections[section]) % 2 == 0
        canv.saveState()
        canv.setFont(self.st.heading_font, HEADER_SIZE)
        left, right = LEFT, PAGE_WIDTH - RIGHT
        header_y = PAGE_HEIGHT - TOP + 8 * mm
        footer_y = BOTTOM - 10 * mm
        if odd:
            canv.drawRightString(right, header_y, self.cover.number)
            canv.drawRightString(right, footer_y, label)
        else:
            canv.drawString(left, header_y, self.cover.number)
            canv.drawString(left, footer_y, label)
        canv.setLineWidth(0.5)
        canv.line(left, header_y - 2.5 * mm, right, header_y - 2.5 * mm)
        canv.restoreState()
        self.footnote(canv)

    def footnote(self, canv: Canvas) -> None:
        """The optional extra line (e.g. "未签名数据包") in small type at the foot of the page."""
        if self.note:
            canv.saveState()
            canv.setFont(self.st.body_font, NOTE_SIZE)
            canv.setFillGray(0.3)
            canv.drawCentredString(PAGE_WIDTH / 2, BOTTOM - 15 * mm, self.note)
            canv.restoreState()

    def watermark(self, canv: Canvas) -> None:
        if not self.draft:
            return
        canv.saveState()
        canv.setFillGray(0.9)  # drawn before the page's text, so it stays underneath
        canv.setFont(self.st.heading_font, 120)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -40, WATERMARK)
        canv.restoreState()
