"""Cheap checks of a file a user chose, before any parser sees it: the user hears "not an Excel
file" or "file too big" rather than a parser's error (and a zip bomb is never opened)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an old .doc/.xls, or an encrypted (password-protected) file

Refuse = Callable[[Path, str], Exception]


def check_size(path: Path, refuse: Refuse) -> None:
    if not path.is_file():
        raise refuse(path, "文件不存在")
    size = path.stat().st_size
    if size == 0:
        raise refuse(path, "文件是空的（0 字节）")
    if size > MAX_BYTES:
        raise refuse(path, f"文件太大（{size / 1024 / 1024:.0f} MB，上限 50 MB）")


def check_office_zip(path: Path, refuse: Refuse, *, old_format: str, not_zip: str) -> None:
    """An Office Open XML file (.docx, .xlsx): a zip, not an old binary or encrypted one."""
    check_size(path, refuse)
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == OLE_MAGIC:
        raise refuse(path, old_format)
    if not zipfile.is_zipfile(path):
        raise refuse(path, not_zip)
