"""Best-effort import of a text-based PDF (e.g. one downloaded from the national platform).

A PDF has lines, not paragraphs or tables: lines are joined back into paragraphs where a sentence
runs on, running headers, page numbers and the platform's watermark are dropped, and the result
goes through the same structure builder as Word files. Tables arrive as lines of text, so their
indicators cannot be compared; the result says so.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from jxdeclare.domain.document.category_tags import apply_category_tags
from jxdeclare.domain.limits import MAX_PDF_PAGES

from .docx_import import StructureBuilder
from .file_checks import check_size
from .file_tags import pdf_tags
from .reading import Line, refuse
from .result import DocumentImportError, ImportResult

WATERMARK = "企业标准信息公共服务平台"
_PAGE_NUMBER = re.compile(r"^(?:[IVXⅠ-Ⅻ]+|\d{1,3})$")
_STARTS_BLOCK = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[\s\u3000]|[A-Z]\.\d|附\s*录|表\s*[A-Z]?\.?\d|注\d*[：:]|示例|——|[a-z][)）]"
    r"|前\s*言|目\s*次|参考文献|GB|Q/|DB|T/|[A-Z]{2}/T)"
)
_ENDS_SENTENCE = ("。", "；", "：", "）", "》")


def _check(path: Path) -> None:
    check_size(path, refuse)
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            raise refuse(path, "不是 PDF 文件")


def _page_lines(path: Path) -> tuple[list[list[str]], dict[str, str]]:
    """The text lines of every page, and the category tags of the file's metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs its repairs ("EOF marker not found") on the terminal; the refusal below says it
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise refuse(path, "PDF 设置了密码，请先取消加密后再导入")
        if (count := len(reader.pages)) > MAX_PDF_PAGES:
            raise refuse(path, f"文件过大：{count} 页，上限 {MAX_PDF_PAGES} 页")
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
        return pages, pdf_tags(reader)
    except DocumentImportError:
        raise
    except PdfReadError as exc:
        raise refuse(path, f"PDF 已损坏（{exc}）") from exc
    except Exception as exc:  # pypdf's limits (LimitReachedError), recursion, faults on damage
        raise refuse(path, f"PDF 已损坏或无法解析（{type(exc).__name__}）") from exc


def _running_header(pages: list[list[str]]) -> set[str]:
    """Lines that open most pages (the standard number in the header) are not content."""
    firsts = [p[0].strip() for p in pages if p]
    return {line for line in set(firsts) if firsts.count(line) > max(1, len(pages) // 2)}


def paragraphs(pages: list[list[str]]) -> list[str]:
    header = _running_header(pages)
    joined: list[str] = []
    for number, page in enumerate(pages):
        for raw in page:
            text = raw.strip()
            running = number > 0 and text in header  # the cover prints the number itself
            if not text or running or WATERMARK in text or _PAGE_NUMBER.match(text):
                continue
            runs_on = joined and not joined[-1].endswith(_ENDS_SENTENCE)
            if runs_on and not _STARTS_BLOCK.match(text) and len(joined[-1]) > 25:
                joined[-1] += text
            else:
                joined.append(text)
    return joined


def import_pdf(path: Path) -> ImportResult:
    path = Path(path)
    _check(path)
    pages, tags = _page_lines(path)
    lines = paragraphs(pages)
    if not lines:
        raise refuse(path, "PDF 中没有可提取的文字（可能是扫描件），请导入 Word 文件")
    builder = StructureBuilder()
    for index, text in enumerate(lines, start=1):
        try:
            builder.element(Line(index, text))
        except Exception as exc:  # a real-world file must never stop the import halfway
            builder.note(f"第{index}行", f"无法处理此处内容（{type(exc).__name__}），已跳过")
    builder.note("全文", "PDF 中的表格按文字导入，指标未能与强制性限量比较，请人工核对")
    result = builder.finish()
    apply_category_tags(result.document, tags)
    return result
