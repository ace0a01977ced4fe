"""Start-up read of the enterprise list straight from the SQLite file (standard library only).

Importing the SQLAlchemy ORM costs about 0.3 s, longer than Qt takes to show the window, so the
first list comes from here and the ORM loads afterwards. Only an up-to-date database is read;
anything else (missing file, older or newer schema, PostgreSQL, a locked file) returns None and
the caller takes the normal path, which migrates or reports the problem.
``tests/integration/test_quick_read.py`` keeps this query equal to the ORM's.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from jxdeclare.store.migrations import HEAD_REVISION


class EnterpriseRow(NamedTuple):
    """One row, with the ORM's attribute names; a tuple builds fastest for a long list."""

    id: int
    name: str
    uscc: str
    uscc_confirmed: int
    code: str | None
    contact: str | None
    phone: str | None
    address: str | None
    review_period_years: int | None
    region_code: str | None
    row_version: int


ENTERPRISE_COLUMNS = EnterpriseRow._fields


def sqlite_file(db_url: str) -> Path | None:
    prefix = "sqlite:///"
    if not db_url.startswith(prefix) or db_url == prefix + ":memory:":
        return None
    return Path(db_url.removeprefix(prefix))


def enterprise_rows(db_url: str) -> list[EnterpriseRow] | None:
    path = sqlite_file(db_url)
    if path is None or not path.is_file():
        return None
    uri = "file:" + quote(path.resolve().as_posix()) + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=2)) as conn:
            if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (
                HEAD_REVISION,
            ):
                return None
            query = f"SELECT {', '.join(ENTERPRISE_COLUMNS)} FROM enterprises ORDER BY name"
            return list(map(EnterpriseRow._make, conn.execute(query)))
    except sqlite3.Error:
        return None
