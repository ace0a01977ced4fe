"""Fixtures for tests that drive the installed commands as a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli() -> Cli:
    """``cli(home, *args)``: run ``jxdeclare-cli --home HOME ARGS`` in a fresh process."""

    def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(home), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )

    return run


@pytest.fixture
def agency_meta() -> dict[str, str]:
    """The manifest fields of an agency's own (unsigned) pack."""
    return {
        "pack_id": "agency",
        "version": "1",
        "as_of": "2026-11-28",
        "created": "2026-11-29T00:00:00+00:00",
        "publisher": "某标准化服务机构",
    }
