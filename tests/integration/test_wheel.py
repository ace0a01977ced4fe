"""The wheel carries everything: resources, migrations, translations, both entry points."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
        **kwargs,
    )  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (path with Chinese and a space) holding only the built wheel and its deps."""
    base = tmp_path_factory.mktemp("wheel")
    built = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", base / "dist", ROOT
    )
    assert built.returncode == 0, built.stderr
    wheel = next((base / "dist").glob("jxdeclare-*.whl"))
    target = base / "全新 环境"
    venv.EnvBuilder(with_pip=True).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    pip = run(bin_dir / "python", "-m", "pip", "install", "--quiet", wheel)
    assert pip.returncode == 0, pip.stderr
    return bin_dir


@pytest.mark.slow
def test_installed_package_finds_its_resources_inside_site_packages(installed: Path) -> None:
    code = (
        "from jxdeclare.paths import resources_dir; from jxdeclare.store.migrate import "
        "MIGRATIONS_DIR; print(resources_dir()); print(MIGRATIONS_DIR)"
    )
    result = run(installed / "python", "-c", code, cwd=installed)
    assert result.returncode == 0, result.stderr
    resources, migrations = result.stdout.splitlines()
    assert "site-packages" in resources and resources.endswith("resources")
    assert (Path(resources) / "i18n" / "jxdeclare_en.qm").is_file()
    assert (Path(migrations) / "versions" / "0001_initial.py").is_file()


@pytest.mark.slow
def test_installed_entry_points_work(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "数据 目录"
    cli = run(
        installed / "jxdeclare-cli",
        "--home",
        home,
        "enterprise",
        "add",
        "--name",
        "甲",
        "--uscc",
        "91110000600037341L",
        cwd=tmp_path,
    )
    assert cli.returncode == 0, cli.stderr
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = run(
        installed / "jxdeclare", "--home", home, "--lang", "en", "--smoke", env=env, cwd=tmp_path
    )
    assert app.returncode == 0, app.stderr
