#!/usr/bin/env python3
"""Build a release: freeze, check the version stamp, smoke-test the frozen app, make the installer.

    python installers/build.py [--dist DIR] [--installer auto|yes|no] [--sign COMMAND]

Runs with the Python that has the project and PyInstaller installed (``pip install -e .[build]``).
On Windows the result is ``dist/jxdeclare/`` plus ``dist/jxdeclare-setup-<version>.exe``; on Linux
the same spec makes the one-folder build CI smoke-tests, and makensis compiles the Windows
installer script over it (a Linux payload standing in for the Windows one).
Exit status: 0 when everything asked for worked; the failing step is named otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from version import nsis_defines, project_version  # noqa: E402

EXE_SUFFIX = ".exe" if os.name == "nt" else ""


class BuildError(RuntimeError):
    pass


def freeze(dist: Path, work: Path) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(HERE / "jxdeclare.spec")]
    if subprocess.call(command, cwd=ROOT) != 0:
        raise BuildError("PyInstaller failed")
    return dist / "jxdeclare"


def check_version(app_dir: Path, version: str) -> None:
    """The package, pyproject.toml and the frozen CLI must all name the same version."""
    from jxdeclare import __version__

    if __version__ != version:
        raise BuildError(f"jxdeclare.__version__ {__version__} ≠ pyproject.toml {version}")
    cli = app_dir / f"jxdeclare-cli{EXE_SUFFIX}"
    shown = subprocess.run([cli, "--version"], capture_output=True, text=True, timeout=120)
    if shown.stdout.strip() != version:
        raise BuildError(f"frozen jxdeclare-cli --version said {shown.stdout!r}{shown.stderr}")


def smoke(app_dir: Path) -> float:
    """``jxdeclare --smoke`` offscreen with a fresh home whose path has Chinese and a space."""
    with tempfile.TemporaryDirectory(prefix="jxdeclare-smoke-") as tmp:
        home = Path(tmp) / "数据 目录"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("JXDECLARE_HOME", None)
        started = time.monotonic()
        result = subprocess.run(
            [app_dir / f"jxdeclare{EXE_SUFFIX}", "--home", home, "--lang", "zh_CN", "--smoke"],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
        )  # fmt: skip
        seconds = time.monotonic() - started
        log = home / "logs" / "jxdeclare.log"
        # A windowed Windows executable has no stderr: the report is in the log.
        report = result.stderr or (log.read_text(encoding="utf-8") if log.is_file() else "")
    print("\n".join(line for line in report.splitlines() if "smoke" in line), flush=True)
    if result.returncode != 0:
        raise BuildError(f"smoke test of the frozen app failed (exit {result.returncode})")
    return seconds


def makensis() -> str | None:
    found = shutil.which("makensis")
    if found is None and os.name == "nt":
        candidate = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        candidate = candidate / "NSIS" / "makensis.exe"
        found = str(candidate) if candidate.is_file() else None
    return found


def installer(app_dir: Path, version: str, out: Path, *, fast: bool = False) -> float:
    tool = makensis()
    if tool is None:
        raise BuildError("makensis not found (Debian: apt-get install nsis; Windows: NSIS 3)")
    defines = [*nsis_defines(version), f"-DDIST_DIR={app_dir}", f"-DOUT_FILE={out}"]
    defines += [] if os.name == "nt" else ["-DEXE_SUFFIX="]  # a Linux payload has no .exe
    defines += ["-DFAST"] if fast else []
    started = time.monotonic()
    # -INPUTCHARSET: the script is UTF-8 (Chinese strings) whatever the build machine's code page.
    command = [tool, "-V2", "-INPUTCHARSET", "UTF8", *defines, str(HERE / "jxdeclare.nsi")]
    if subprocess.call(command, cwd=HERE) != 0:
        raise BuildError("makensis failed")
    return time.monotonic() - started


def sign(command: str, file: Path) -> None:
    """Run the signing command (``{file}`` becomes the quoted path), e.g. signtool's."""
    if subprocess.call(command.format(file=f'"{file}"'), shell=True) != 0:
        raise BuildError(f"signing {file.name} failed")


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument(
        "--installer", choices=("auto", "yes", "no"), default="auto",
        help="compile the NSIS installer: auto = when makensis is installed",
    )  # fmt: skip
    parser.add_argument(
        "--fast-installer", action="store_true",
        help="no compression: CI compiles the script and its file list in seconds",
    )  # fmt: skip
    parser.add_argument(
        "--sign", metavar="COMMAND",
        help="sign the executables (before packing) and the installer; {file} is the file, "
        "e.g. 'signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a {file}'",
    )  # fmt: skip
    args = parser.parse_args(argv)
    version = project_version()
    dist = args.dist.resolve()
    try:
        started = time.monotonic()
        app_dir = freeze(dist, args.work.resolve())
        print(f"frozen {version} in {time.monotonic() - started:.0f} s: {app_dir}", flush=True)
        check_version(app_dir, version)
        print(f"version stamp {version}: ok; bundle {size_mb(app_dir):.0f} MB", flush=True)
        print(f"smoke test of the frozen app: ok in {smoke(app_dir):.1f} s", flush=True)
        for name in ("jxdeclare", "jxdeclare-cli") if args.sign else ():
            sign(args.sign, app_dir / f"{name}{EXE_SUFFIX}")
        if args.installer == "yes" or (args.installer == "auto" and makensis()):
            out = dist / f"jxdeclare-setup-{version}.exe"
            seconds = installer(app_dir, version, out, fast=args.fast_installer)
            if args.sign:
                sign(args.sign, out)
            print(f"installer {out.name} ({out.stat().st_size / 1e6:.0f} MB) in {seconds:.1f} s")
    except (BuildError, subprocess.TimeoutExpired) as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
