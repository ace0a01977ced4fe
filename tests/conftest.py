"""Test set-up shared by every test: no display, no real profile, no real keyring."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

_PROFILE = Path(tempfile.mkdtemp(prefix="jxdeclare-test-profile-"))
atexit.register(shutil.rmtree, _PROFILE, ignore_errors=True)
# Must be set before Qt is imported: without a display Qt would abort the whole test process.
# The offscreen screen is what the common factory laptop leaves a window: 1366×768 at 100 % less
# a 40 px taskbar, unless JXDECLARE_TEST_SCREEN says otherwise ("1093x576@1.25": 1366×768 at
# 125 %, in logical pixels; offscreen screens have no taskbar, so it is left out here).
_SCREEN = os.environ.get("JXDECLARE_TEST_SCREEN", "1366x728@1")
_size, _, _ratio = _SCREEN.partition("@")
_width, _height = (int(n) for n in _size.split("x"))
# Qt's offscreen plugin reads its config file's path as Latin-1: in a temporary folder with
# Chinese in its name (a Chinese user name) the file is not found and Qt aborts the process.
_SCREEN_FILE = (_PROFILE if str(_PROFILE).isascii() or os.name == "nt" else Path(
    tempfile.mkdtemp(prefix="jxdeclare-test-screen-", dir="/tmp"))) / "screen.json"  # fmt: skip
atexit.register(shutil.rmtree, _SCREEN_FILE.parent, ignore_errors=True)
_SCREEN_FILE.write_text(json.dumps({"screens": [{
    "name": "test", "x": 0, "y": 0, "width": _width, "height": _height,
    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": float(_ratio or 1),
}]}), encoding="utf-8")  # fmt: skip
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_FILE}"
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
    os.environ[variable] = str(_PROFILE / variable.lower())
os.environ.pop("JXDECLARE_HOME", None)
os.environ.pop("JXDECLARE_DB_URL", None)
# Subprocesses must not reach a real keyring either.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

PG_ENV = "JXDECLARE_TEST_PG_URL"
REQUIRE_PG_ENV = "JXDECLARE_REQUIRE_PG"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def fresh_keyring() -> Iterator[KeyringBackend]:
    """An empty keyring for each test: an account one test saved must not fill in the form of
    the next (a remembered user name plus the typed one failed a login, in one order only)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data directory whose path has Chinese characters and spaces, like many Windows users'."""
    path = tmp_path / "数据 目录"
    path.mkdir()
    return path


@pytest.fixture
def ctx(home: Path) -> Iterator[object]:
    from jxdeclare.services.context import AppContext

    context = AppContext(home)
    yield context
    context.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get(REQUIRE_PG_ENV):
            pytest.fail(f"{PG_ENV} is not set but {REQUIRE_PG_ENV} demands PostgreSQL tests")
        pytest.skip(f"{PG_ENV} not set")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from jxdeclare.store.engine import normalise_url

    admin_url = make_url(normalise_url(base))
    name = f"jxd_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_ctx(request: pytest.FixtureRequest, home: Path) -> Iterator[object]:
    """The same test on the embedded SQLite file and on a real PostgreSQL server."""
    from jxdeclare.services.context import AppContext

    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    context = AppContext(home, url)
    yield context
    context.dispose()


_pg_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "pg" in report.keywords:
        _pg_skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI must not go green with the PostgreSQL half of the suite silently skipped.
    if os.environ.get(REQUIRE_PG_ENV) and _pg_skipped:
        print(f"\n{len(_pg_skipped)} PostgreSQL test(s) were skipped: {_pg_skipped[:5]}")
        session.exitstatus = 1
