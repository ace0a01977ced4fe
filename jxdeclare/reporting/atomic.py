"""Write beside the target, then swap it in: a crash never leaves half a file."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

_UNSAFE = re.compile(r'[/\\:*?"<>|\x00-\x1f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)
_MAX_NAME = 120  # leaves room under Windows' 260-character path limit


def safe_file_name(raw: str, fallback: str) -> str:
    """``raw`` as a file or folder name Windows accepts: no reserved characters or device
    names, spaces collapsed, no trailing dot or space, at most 120 characters."""
    name = re.sub(r"\s+", " ", _UNSAFE.sub("_", raw))[:_MAX_NAME].strip(" .")
    if _RESERVED.match(name.split(".")[0]):
        name = f"_{name}"
    return name or fallback


def atomic_write(out: Path, write: Callable[[Path], None]) -> None:
    """``write`` fills a temporary file in the target's folder, which then replaces ``out``."""
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def swap_in_folder(staging: Path, target: Path) -> None:
    """Rename a finished folder into place; an old one is moved aside, then removed.

    Windows cannot rename a folder onto an existing one, hence the move aside; if the second
    rename fails the old folder is put back.
    """
    import shutil

    if not target.exists():
        os.replace(staging, target)
        return
    aside = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
    os.replace(target, aside)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(aside, target)
        raise
    if aside.is_dir():
        shutil.rmtree(aside, ignore_errors=True)
    else:
        aside.unlink(missing_ok=True)


def zip_files(files: list[Path], out: Path) -> None:
    """``files`` into the zip ``out``, each under its own name."""
    import zipfile

    # Non-ASCII member names get the UTF-8 flag, so Windows Explorer shows them correctly.
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in files:
            archive.write(file, file.name)
