#!/usr/bin/env python3
"""Developer entry point, standard library only, on Linux and Windows.

python3 dev.py run [app options]     set up .venv if needed, then start the desktop app
python3 dev.py test [pytest options] set up .venv if needed, then run ruff and the tests
python3 dev.py i18n                  refresh resources/i18n/*.ts from the sources, compile .qm
python3 dev.py build [build options] freeze the app, smoke-test it, compile the installer
                                     (installers/build.py; --help lists the options)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".jxdeclare-installed"
LANGUAGES = ("en",)


def venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    suffix = ".exe" if os.name == "nt" else ""
    return folder / f"{name}{suffix}"


def run(*command: str | os.PathLike[str], **kwargs: object) -> int:
    return subprocess.call([str(part) for part in command], cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def ensure_venv(extras: str) -> None:
    """Create .venv and (re)install the project when pyproject.toml changed or extras are missing.

    The stamp records what was installed: ``<sha256 of pyproject.toml> <extras>``.
    """
    if not venv_bin("python").exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed = STAMP.read_text(encoding="ascii").split() if STAMP.exists() else []
    if installed[:1] == [digest] and (not extras or extras in installed[1:]):
        return
    target = f".[{extras}]" if extras else "."
    print(f"installing {target} into .venv …", flush=True)
    check(run(venv_bin("python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"))
    check(run(venv_bin("python"), "-m", "pip", "install", "--quiet", "-e", target))
    STAMP.write_text(f"{digest} {extras}".strip(), encoding="ascii")


def check(code: int) -> None:
    if code != 0:
        sys.exit(code)


def cmd_run(args: list[str]) -> int:
    ensure_venv("")
    return run(venv_bin("python"), "-m", "jxdeclare", *args)


def cmd_test(args: list[str]) -> int:
    ensure_venv("test")
    check(run(venv_bin("python"), "-m", "ruff", "check", "jxdeclare", "tests", "bench", "dev.py"))
    return run(venv_bin("python"), "-m", "pytest", *args)


def cmd_i18n(_args: list[str]) -> int:
    ensure_venv("test")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "jxdeclare" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = Path("resources", "i18n", f"jxdeclare_{language}.ts")
        check(run(venv_bin("pyside6-lupdate"), *sources, "-ts", ts, "-no-obsolete"))
        check(run(venv_bin("pyside6-lrelease"), ts, "-qm", ts.with_suffix(".qm")))
    extra = Path("resources", "i18n", "qt_extra_zh_CN.ts")  # hand-written, no lupdate
    check(run(venv_bin("pyside6-lrelease"), extra, "-qm", extra.with_suffix(".qm")))
    return 0


def cmd_build(args: list[str]) -> int:
    ensure_venv("build")  # PyInstaller
    return run(venv_bin("python"), ROOT / "installers" / "build.py", *args)


COMMANDS = {"run": cmd_run, "test": cmd_test, "i18n": cmd_i18n, "build": cmd_build}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
