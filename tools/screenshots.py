"""The user guide's pictures: every page and dialog at 1366×768, in Chinese and in English.

    python tools/screenshots.py [FOLDER]        (default: docs/images/ui)

It runs the same walk as tests/ui/test_fits_and_speaks.py, which saves a PNG of each window it
inspects when JXDECLARE_SCREENSHOTS names a folder, so the pictures show exactly what the test
checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images" / "ui"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    env = {**os.environ, "JXDECLARE_SCREENSHOTS": str(folder.resolve())}
    env.pop("JXDECLARE_TEST_SCREEN", None)  # the walk's default: 1366×768 less the taskbar
    test = ROOT / "tests" / "ui" / "test_fits_and_speaks.py"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)]
    run = subprocess.run([*command, "-k", "every_page"], cwd=ROOT, env=env)
    print(f"{len(list(folder.glob('*.png')))} pictures in {folder}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
