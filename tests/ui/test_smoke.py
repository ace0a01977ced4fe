"""`jxdeclare --smoke`: the check benchmarks and the installer rely on."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def smoke(home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JXDECLARE_TRACE_STARTUP": "1"}
    return subprocess.run(
        [sys.executable, "-m", "jxdeclare", "--home", str(home), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_opens_the_window_loads_data_and_exits_0(tmp_path: Path) -> None:
    home = tmp_path / "数据 目录"
    result = smoke(home)
    assert result.returncode == 0, result.stderr
    milestones = [line.split()[0] for line in result.stdout.splitlines()]
    assert milestones == ["first-paint", "ready"]
    assert (home / "logs" / "jxdeclare.log").is_file()
    with sqlite3.connect(home / "jxdeclare.sqlite3") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()


def test_smoke_fails_when_the_database_cannot_be_used(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert smoke(home).returncode == 0
    with sqlite3.connect(home / "jxdeclare.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = smoke(home)
    assert result.returncode == 1
    assert "ffff" in result.stderr
