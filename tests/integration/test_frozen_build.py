"""The frozen one-folder build (installers/jxdeclare.spec) works on its own.

Runs when JXDECLARE_FROZEN_APP names the built folder (``dist/jxdeclare``): ``.ci/run`` builds it
with ``installers/build.py`` and sets the variable; elsewhere these tests are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FROZEN_ENV = "JXDECLARE_FROZEN_APP"
ROOT = Path(__file__).resolve().parents[2]
SUFFIX = ".exe" if os.name == "nt" else ""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get(FROZEN_ENV), reason=f"{FROZEN_ENV} is not set"),
]


@pytest.fixture(scope="module")
def app_dir() -> Path:
    folder = Path(os.environ[FROZEN_ENV]).resolve()
    assert (folder / f"jxdeclare{SUFFIX}").is_file(), f"no frozen app in {folder}"
    return folder


def run(
    executable: Path, *args: str | Path, cwd: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("JXDECLARE_", "PYTHON"))}
    return subprocess.run(
        [str(executable), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,  # not the checkout: the frozen app must not find the sources
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=300,
    )


def smoke(app: Path, home: Path, cwd: Path) -> tuple[int, str]:
    """Exit status and report; a windowed Windows executable has no stderr, so also the log."""
    result = run(app / f"jxdeclare{SUFFIX}", "--home", home, "--lang", "zh_CN", "--smoke", cwd=cwd)
    log = home / "logs" / "jxdeclare.log"
    return result.returncode, result.stderr + (log.read_text("utf-8") if log.is_file() else "")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def test_smoke_passes_with_a_chinese_home_and_writes_nothing_beside_the_executable(
    app_dir: Path, tmp_path: Path
) -> None:
    before = snapshot(app_dir)
    home = tmp_path / "用户 数据" / "江西 企业"
    status, report = smoke(app_dir, home, tmp_path)
    assert status == 0, report
    assert "main window shown" in report
    assert "verified (signed)" in report
    assert "embedded" in report and "PDF from template" in report
    assert "reportlab accelerator: on" in report  # frozen with rl-accel, as the lock has it
    assert "qtbase_zh_CN loaded (Cancel → 取消)" in report
    assert (home / "jxdeclare.sqlite3").is_file()
    assert (home / "logs" / "jxdeclare.log").is_file()
    # A read-only program folder (Program Files, a locked-down PC) must be enough.
    assert snapshot(app_dir) == before


def test_smoke_works_with_a_home_path_longer_than_windows_max_path(
    app_dir: Path, tmp_path: Path
) -> None:
    home = tmp_path
    while len(str(home)) < 300:
        home = home / "很长的 目录名称 long folder"
    status, report = smoke(app_dir, home, tmp_path)
    assert status == 0, report
    assert (home / "jxdeclare.sqlite3").is_file()


def test_smoke_fails_clearly_when_the_data_pack_is_missing(app_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    # Hard links: a cheap copy of a 200 MB folder; unlinking one name leaves the build intact.
    shutil.copytree(app_dir, broken, symlinks=True, copy_function=os.link)
    packs = next(broken.rglob("resources/packs"))
    (packs / "default.jxpack").unlink()
    status, report = smoke(broken, tmp_path / "home", tmp_path)
    assert status != 0
    assert "smoke test failed" in report


def test_portable_mode_keeps_the_data_beside_the_executable(app_dir: Path, tmp_path: Path) -> None:
    portable = tmp_path / "U盘" / "jxdeclare"
    shutil.copytree(app_dir, portable, symlinks=True, copy_function=os.link)
    (portable / "portable.txt").write_text("", encoding="utf-8")
    profile = tmp_path / "profile"  # where the data would go without portable mode
    env = {"HOME": str(profile), "XDG_DATA_HOME": str(profile), "XDG_CONFIG_HOME": str(profile)}
    env |= {"LOCALAPPDATA": str(profile), "APPDATA": str(profile)}
    result = run(portable / f"jxdeclare{SUFFIX}", "--smoke", cwd=tmp_path, **env)
    assert result.returncode == 0, result.stderr
    assert (portable / "data" / "jxdeclare.sqlite3").is_file()
    assert not (profile / "jxdeclare").exists()


def test_cli_reports_the_project_version(app_dir: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        from version import project_version
    finally:
        sys.path.pop(0)
    result = run(app_dir / f"jxdeclare-cli{SUFFIX}", "--version", cwd=tmp_path)
    assert result.stdout.strip() == project_version()


def test_cli_batch_check_runs_worker_processes_of_the_frozen_executable(
    app_dir: Path, tmp_path: Path
) -> None:
    cli = app_dir / f"jxdeclare-cli{SUFFIX}"
    home = tmp_path / "数据"
    steps = [
        ["enterprise", "add", "--name", "江西甲茶业有限公司", "--uscc", "91110000600037341L",
         "--code", "ABC"],
        ["draft", "new", "--template", "green-tea", "--enterprise", "ABC", "--product", "绿茶",
         "--out", tmp_path / "绿茶.jxstd"],
        ["draft", "import", tmp_path / "绿茶.jxstd"],
        ["draft", "new", "--template", "green-tea", "--enterprise", "ABC", "--product", "炒青绿茶",
         "--out", tmp_path / "炒青绿茶.jxstd"],
        ["draft", "import", tmp_path / "炒青绿茶.jxstd"],
    ]  # fmt: skip
    for step in steps:
        result = run(cli, "--home", home, *step, cwd=tmp_path)
        assert result.returncode == 0, (step, result.stderr)
    check = ["check", "--stored", "--workers", "2", "--json"]
    checked = run(cli, "--home", home, *check, cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr  # 1: errors found (parts left to fill in)
    findings = json.loads(checked.stdout)
    # Each draft was checked (by a worker) and reports its own unfilled parts.
    assert {f["draft_id"] for f in findings if f["rule"] == "S006"} == {1, 2}
