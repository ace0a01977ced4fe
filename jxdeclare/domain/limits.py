"""Bounds on what the program reads from a file a user or another program hands it.

One place for every limit (docs/limits.md says why each is where it is): a small file can
unpack into gigabytes (a zip bomb), a workbook can claim millions of rows, JSON can nest
thousands deep. Each reader checks the bound *before* the expensive step, or stops when the
bound is passed, and says "文件过大：…，上限 …" instead of exhausting memory. Real documents stay
far below every figure here. Standard library only: the domain, catalog and importers share it.
"""

from __future__ import annotations

import re
from typing import Any

MB = 1024 * 1024

# Any file chosen for import or check, as stored on disk.
MAX_FILE_BYTES = 50 * MB
# Zip containers (.docx, .xlsx): unpacked size of one member, of all members, and their count.
# A 300-page standard's word/document.xml is about 5 MB; lxml and python-docx need ~15× the
# XML's size in memory, so 20 MB keeps a body's parse near 300 MB.
MAX_DOCX_BODY_BYTES = 20 * MB
# A worksheet is read as a stream (its rows are counted and capped), so it may be larger.
MAX_SHEET_XML_BYTES = 64 * MB
# Any other member (styles, images, shared strings: openpyxl keeps those whole in memory).
MAX_ZIP_MEMBER_BYTES = 32 * MB
MAX_ZIP_TOTAL_BYTES = 200 * MB
MAX_ZIP_MEMBERS = 5000

# Data packs (.jxpack): the catalogue's tables are tens of MB unpacked today.
MAX_PACK_MEMBER_BYTES = 64 * MB
MAX_PACK_TOTAL_BYTES = 256 * MB
MAX_PACK_MEMBERS = 64

# Workbooks. Columns past the limit are not read (a sheet formatted out to column XFD still
# holds a narrow table); rows past the limit refuse the file.
MAX_SHEET_COLUMNS = 100
MAX_ENTERPRISE_ROWS = 50_000  # an agency's whole client list fits many times over
MAX_ENTERPRISE_CELLS = 2_000_000  # read as a stream: a bound on time, not memory
MAX_SYSTEM_ROWS = 20_000  # one enterprise's standards detail list (real ones: tens to hundreds)
# The standards list is loaded whole (merged cells need it): ~500 bytes a cell, so the bound
# keeps a load near 250 MB.
MAX_SYSTEM_CELLS = 500_000
# A 对标 workbook: an 评估方案 has tens of indicator rows per product; an agency's whole book
# of sets stays far below this. Read as a stream, then the rows are kept.
MAX_BENCHMARK_ROWS = 5_000
MAX_BENCHMARK_CELLS = 200_000
MAX_LISTED_ROW_ERRORS = 50  # errors printed one per line; the rest are counted

# PDF: pages extracted (a standard has tens of pages).
MAX_PDF_PAGES = 1000

# JSON (.jxstd, data pack manifests and tables): nesting depth. A .jxstd with clauses five
# levels deep, a table in the deepest, is about 15 deep.
MAX_JSON_DEPTH = 64


def too_many_rows(found: int | None, limit: int) -> str:
    """The message for a sheet past ``limit`` rows (``found`` None: not known, only "more")."""
    if found:
        return f"文件过大：{found} 行，上限 {limit} 行"
    return f"文件过大：超过上限 {limit} 行"


def too_large(what: str, size: int, limit: int) -> str:
    return f"文件过大：{what}解压后 {size / MB:.1f} MB，上限 {limit // MB} MB"


def json_problem(value: Any, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Why parsed JSON cannot be used (nested past ``max_depth``, or text holding a lone
    surrogate such as an escaped "\\ud800", which no file or database can store), else None.
    Iterative, so a hostile depth cannot exhaust the interpreter's stack."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError as exc:
                    return f"含有无效字符（孤立的代理项 {item[exc.start]!r}）"
            continue
        if not isinstance(item, dict | list):
            continue
        if depth > max_depth:
            return f"嵌套层数过多（超过 {max_depth} 层）"
        children = list(item.items()) if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, tuple):  # a key and its value
                stack.append((child[0], depth))
                stack.append((child[1], depth + 1))
            else:
                stack.append((child, depth + 1))
    return None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def json_text_problem(
    text: str, value: Any, max_depth: int = MAX_JSON_DEPTH, *, walk_depth: bool = True
) -> str | None:
    """:func:`json_problem` for ``value`` parsed from ``text``, faster for large tables: a lone
    surrogate can only come from a \\uD8xx… escape, so text without one is only walked for its
    depth, container by container, never looking at the tens of thousands of scalars.
    ``walk_depth=False`` skips that walk, for a caller that bounds the shape itself (a pack
    table's rows are validated field by field)."""
    if _SURROGATE_ESCAPE.search(text):
        return json_problem(value, max_depth)
    if not walk_depth:
        return None
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return f"嵌套层数过多（超过 {max_depth} 层）"
        for child in item.values() if isinstance(item, dict) else item:
            if type(child) is dict or type(child) is list:
                stack.append((child, depth + 1))
    return None
