"""Where the program's resources and the user's data live.

Resources come from the wheel (``jxdeclare/resources``, mapped there at build time) or, in a source
checkout, from ``resources/`` beside the package. The data directory is chosen once at start-up:
``--home`` > ``JXDECLARE_HOME`` > portable mode > the location saved in the settings dialog >
platformdirs. Portable mode: a frozen build with ``portable.txt`` beside its executable keeps its
data in ``data/`` there (a USB stick); otherwise nothing is ever written beside the executable.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "jxdeclare"
HOME_ENV = "JXDECLARE_HOME"
PORTABLE_MARKER = "portable.txt"
DB_URL_ENV = "JXDECLARE_DB_URL"


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [package / "resources", package.parent / "resources"]
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "jxdeclare" / "resources")
    for candidate in candidates:
        if (candidate / "i18n").is_dir():
            return candidate
    raise FileNotFoundError("找不到程序资源目录 resources/（安装不完整？）")


def config_dir() -> Path:
    """Per-user configuration outside the data directory: only remembers where that is."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False, roaming=True))


def _location_file() -> Path:
    return config_dir() / "location.json"


def saved_home() -> Path | None:
    try:
        data = json.loads(_location_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    home = data.get("home") if isinstance(data, dict) else None
    return Path(home) if home else None


def save_home(home: Path | None) -> None:
    """Remember a data directory chosen in the settings dialog (None: back to the default)."""
    target = _location_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {"home": str(home) if home else None}
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def portable_home() -> Path | None:
    """``data/`` beside a frozen executable that has ``portable.txt`` beside it, else None."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None


def resolve_home(cli_home: str | os.PathLike[str] | None = None) -> Path:
    if cli_home:
        return Path(cli_home).expanduser()
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser()
    return portable_home() or saved_home() or default_home()


def sqlite_url(home: Path) -> str:
    return "sqlite:///" + (home / "jxdeclare.sqlite3").resolve().as_posix()
