"""Write hostile input files into a folder: `python tests/hostile/make_corpus.py OUT`.

Every file is built here at test time (nothing large is committed): empty files, binary garbage,
truncated and bit-flipped documents and packs, zip bombs past the limits of docs/limits.md,
sheets with too many rows or cells, broken sheet XML, huge single cells, JSON nested past the
limit, lone surrogates, files under the wrong extension and a folder named like a file. The bombs
are sized a little past each limit: the point is that the readers stop early, so generating and
refusing them stays cheap.
"""

from __future__ import annotations

import io
import json
import random
import sys
import zipfile
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@cache
def real_docx() -> bytes:
    # Built from the accuracy corpus's definitions, so it does not depend on that corpus
    # having been written to disk by an earlier test.
    from tests.corpus.build_corpus import documents, docx_bytes

    clean = sorted(name for name in documents() if name.startswith("clean-"))
    return docx_bytes(documents()[clean[0]])


@cache
def real_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "备注"])  # neither an enterprise list nor a standards list
    sheet.append([1, "江西某某茶业有限公司"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@cache
def real_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(3):
        canvas.drawString(72, 720, f"Q/JXSL 0001-2026 page {page + 1} " + "text " * 20)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@cache
def real_pack() -> bytes:
    return (ROOT / "resources" / "packs" / "default.jxpack").read_bytes()


def _flip(data: bytes, start: int, count: int = 16, seed: int = 17) -> bytes:
    """Flip one bit in each of ``count`` bytes from ``start`` on (deterministic)."""
    rng = random.Random(seed)
    out = bytearray(data)
    for offset in range(count):
        out[start + offset * 7] ^= 1 << rng.randrange(8)
    return bytes(out)


def _member_offset(data: bytes, name: str) -> int:
    """Where a member's compressed bytes start: a flip there garbles the deflate stream."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    name_len, extra_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28],
                                         "little"), int.from_bytes(
        data[info.header_offset + 28 : info.header_offset + 30], "little")  # fmt: skip
    return info.header_offset + 30 + name_len + extra_len + 8


def _sheet_xml(rows: str, extra: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">'
        f"<sheetData>{rows}</sheetData>{extra}</worksheet>"
    ).encode()


def _with_sheet(sheet: bytes, others: dict[str, bytes] | None = None) -> bytes:
    members = _members(real_xlsx())
    members["xl/worksheets/sheet1.xml"] = sheet
    return _zip(members | (others or {}))


def xlsx_many_rows() -> bytes:
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>公司{n}</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>bad</t></is></c></row>'
        for n in range(1, 60_002)
    )
    return _with_sheet(_sheet_xml(rows))


def xlsx_merged_everything() -> bytes:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>'
    merge = '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'
    return _with_sheet(_sheet_xml(rows, merge))


def xlsx_broken_sheet() -> bytes:
    whole = _members(real_xlsx())["xl/worksheets/sheet1.xml"]
    return _with_sheet(whole[: len(whole) // 2] + b"<row r=")


def xlsx_huge_cell() -> bytes:
    cell = "长" * (4 * MB)  # 12 MB of UTF-8 in one cell, under the sheet limit
    return _with_sheet(
        _sheet_xml(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{cell}</t></is></c></row>')
    )


def xlsx_shared_strings_bomb() -> bytes:
    text = "x" * (33 * MB)  # past the 32 MB limit on members other than sheets
    shared = f'<sst xmlns="{SHEET_NS}" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>'
    return _with_sheet(_members(real_xlsx())["xl/worksheets/sheet1.xml"],
                       {"xl/sharedStrings.xml": shared.encode()})  # fmt: skip


def docx_bomb() -> bytes:
    members = _members(real_docx())
    body = members["word/document.xml"]
    filler = b"<w:p><w:r><w:t>" + b"A" * 1000 + b"</w:t></w:r></w:p>"
    cut = body.index(b"<w:body>") + len(b"<w:body>")
    members["word/document.xml"] = body[:cut] + filler * (21 * 1024) + body[cut:]  # 21 MB
    return _zip(members)


def pdf_flate_bomb() -> bytes:
    """A page whose content stream inflates to 100 MB (pypdf's own limit is lower)."""
    stream = zlib.compress(b"0 0 m " * (100 * MB // 6), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _pdf(objects)


def pdf_many_pages() -> bytes:
    count = 1001
    kids = b" ".join(b"%d 0 R" % (n + 3) for n in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]  # fmt: skip
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * count
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return bytes(out)


def jxstd_deep_clauses() -> bytes:
    """Clauses nested 300 deep: the RecursionError of the original report."""
    clause: dict = {"id": "c", "number_hint": "", "title": "条", "blocks": [], "children": []}
    for _ in range(300):
        clause = {"id": "c", "title": "条", "blocks": [], "children": [clause]}
    document = {"chapters": [{"id": "ch", "title": "章", "children": [clause]}]}
    payload = {"format": "jxstd", "schema_version": 1, "document": document}
    return json.dumps(payload, ensure_ascii=False).encode()


def jxstd_deep_json() -> bytes:
    return (
        b'{"format": "jxstd", "schema_version": 1, "document": '
        + b"[" * 200_000
        + b"]" * 200_000
        + b"}"
    )


def jxstd_surrogate() -> bytes:
    return b'{"format": "jxstd", "schema_version": 1, "document": {"cover": {"title": "\\ud800"}}}'


def pack_deep_json() -> bytes:
    """An unsigned pack whose table nests 200 deep (hashes right, so the JSON is reached)."""
    from jxdeclare.catalog.pack import write_pack

    nested: list = []
    for _ in range(200):
        nested = [nested]
    meta = {"pack_id": "hostile", "version": "1", "as_of": "2026-01-01",
            "created": "2026-01-01T00:00:00Z", "publisher": "test"}  # fmt: skip
    out = Path(__file__).with_name(".deep.jxpack.tmp")
    try:
        write_pack(out, meta, {"standards": [nested]}, None)  # type: ignore[list-item]
        return out.read_bytes()
    finally:
        out.unlink(missing_ok=True)


def pack_bomb() -> bytes:
    return _zip({"manifest.json": b"{}", "tables/standards.json": b" " * (70 * MB)})


def garbage(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


# name → how to make it; a name ending in "/" is a folder.
FILES: dict[str, Callable[[], bytes]] = {
    "空.docx": lambda: b"", "空.xlsx": lambda: b"", "空.pdf": lambda: b"",
    "空.jxstd": lambda: b"", "空.jxpack": lambda: b"",
    "乱码.docx": lambda: garbage(4096, 1), "乱码.xlsx": lambda: garbage(4096, 2),
    "乱码.pdf": lambda: b"%PDF-1.7\n" + garbage(4096, 3), "乱码.jxstd": lambda: garbage(4096, 4),
    "乱码.jxpack": lambda: garbage(4096, 5),
    "截断.docx": lambda: _half(real_docx()), "截断.xlsx": lambda: _half(real_xlsx()),
    "截断.pdf": lambda: _half(real_pdf()), "截断.jxpack": lambda: _half(real_pack()),
    "截断.jxstd": lambda: jxstd_surrogate()[:40],
    "翻转.pdf": lambda: _flip(real_pdf(), len(real_pdf()) // 3, 40),
    "翻转.jxpack": lambda: _flip(real_pack(), _member_offset(real_pack(), "tables/standards.json")),
    "正文炸弹.docx": docx_bomb,
    "六万行.xlsx": xlsx_many_rows,
    "合并全表.xlsx": xlsx_merged_everything,
    "坏工作表.xlsx": xlsx_broken_sheet,
    "超大单元格.xlsx": xlsx_huge_cell,
    "共享字符串炸弹.xlsx": xlsx_shared_strings_bomb,
    "解压炸弹.pdf": pdf_flate_bomb,
    "千页.pdf": pdf_many_pages,
    "三百层条.jxstd": jxstd_deep_clauses,
    "深层JSON.jxstd": jxstd_deep_json,
    "孤立代理项.jxstd": jxstd_surrogate,
    "深层JSON.jxpack": pack_deep_json,
    "成员炸弹.jxpack": pack_bomb,
    "表格冒充.docx": real_xlsx, "文档冒充.pdf": real_docx, "PDF冒充.jxstd": real_pdf,
    "逗号分隔.xlsx": lambda: "企业名称,统一社会信用代码\n某公司,123\n".encode(),
    "旧版.xlsx": lambda: b"\xd0\xcf\x11\xe0" + garbage(4096, 6),
    "文件夹.xlsx/": lambda: b"",
}  # fmt: skip


def write_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in FILES.items():
        path = folder / name.rstrip("/")
        if name.endswith("/"):
            path.mkdir(exist_ok=True)
        else:
            path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for made in write_corpus(Path(sys.argv[1])):
        print(made)
