"""Cheap checks of a file a user chose, before any parser sees it: the user hears "not an Excel
file" or "file too big" rather than a parser's error (and a zip bomb is never opened: the sizes
its members unpack to are read from the zip's directory, which Python's zipfile also enforces
while reading)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from jxdeclare.domain import limits

MAX_BYTES = limits.MAX_FILE_BYTES
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an old .doc/.xls, or an encrypted (password-protected) file

Refuse = Callable[[Path, str], Exception]


def check_size(path: Path, refuse: Refuse) -> None:
    if path.is_dir():
        raise refuse(path, "这是文件夹，不是文件")
    if not path.is_file():
        raise refuse(path, "文件不存在")
    size = path.stat().st_size
    if size == 0:
        raise refuse(path, "文件是空的（0 字节）")
    if size > MAX_BYTES:
        shown = f"{size / limits.MB:.0f} MB，上限 {MAX_BYTES // limits.MB} MB"
        raise refuse(path, f"文件太大（{shown}）")


def check_office_zip(path: Path, refuse: Refuse, *, old_format: str, not_zip: str) -> None:
    """An Office Open XML file (.docx, .xlsx): a zip, not an old binary or encrypted one, whose
    members unpack within the limits."""
    check_size(path, refuse)
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == OLE_MAGIC:
        raise refuse(path, old_format)
    if not zipfile.is_zipfile(path):
        raise refuse(path, not_zip)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refuse(path, f"压缩包已损坏（{exc}）") from exc
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        count = f"{len(infos)} 个成员，上限 {limits.MAX_ZIP_MEMBERS} 个"
        raise refuse(path, f"文件过大：压缩包有 {count}")
    for info in infos:
        limit = member_limit(info.filename)
        if info.file_size > limit:
            raise refuse(path, limits.too_large(f"“{info.filename}”", info.file_size, limit))
    total = sum(info.file_size for info in infos)
    if total > limits.MAX_ZIP_TOTAL_BYTES:
        raise refuse(path, limits.too_large("全部内容", total, limits.MAX_ZIP_TOTAL_BYTES))


def member_limit(name: str) -> int:
    if name == "word/document.xml":
        return limits.MAX_DOCX_BODY_BYTES
    if name.startswith("xl/worksheets/"):
        return limits.MAX_SHEET_XML_BYTES
    return limits.MAX_ZIP_MEMBER_BYTES
