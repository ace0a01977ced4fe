"""Bring a database to the program's schema: check, back up, upgrade; refuse newer schemas.

The check reads ``alembic_version`` with plain SQL so an up-to-date start never imports Alembic.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from jxdeclare.store.migrations import HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer jxdeclare; we must not touch it."""

    def __init__(self, found: str, known: str) -> None:
        super().__init__(
            f"数据库结构版本 {found} 比本程序支持的版本 {known} 新：它由更新版本的 jxdeclare 创建。"
            f"请升级本程序后再打开；数据库未作任何改动。"
            f" / The database schema {found} is newer than this program's {known}; "
            f"upgrade jxdeclare. The database was not changed."
        )
        self.found = found
        self.known = known


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  # None: empty database
    head: str
    known: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def _alembic_config(connection=None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_status(engine: Engine) -> SchemaStatus:
    current = current_revision(engine)
    known = current in (None, HEAD_REVISION) or current in known_revisions()
    return SchemaStatus(current, HEAD_REVISION, known)


def backup_sqlite(db_file: Path, revision: str | None) -> Path:
    """Copy the database with SQLite's online backup (consistent even with a WAL file)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = db_file.parent / "backups" / f"{db_file.stem}-{stamp}-rev{revision}{db_file.suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(db_file)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def upgrade(engine: Engine) -> Path | None:
    """Upgrade to head if needed; returns the backup made before migrating, if any."""
    status = schema_status(engine)
    if not status.known:
        raise SchemaTooNewError(str(status.current), status.head)
    if status.up_to_date:
        return None
    backup = None
    db_file = _sqlite_file(engine)
    if status.current is not None and db_file is not None and db_file.exists():
        backup = backup_sqlite(db_file, status.current)
    _run_upgrade(engine)
    return backup


def _run_upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
