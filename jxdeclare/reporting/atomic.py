"""Write beside the target, then swap it in: a crash never leaves half a file."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def atomic_write(out: Path, write: Callable[[Path], None]) -> None:
    """``write`` fills a temporary file in the target's folder, which then replaces ``out``."""
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
