"""Bring a database to the program's schema: check, back up, upgrade; refuse newer schemas
and databases half-changed by an interrupted upgrade of an older program.

The check reads ``alembic_version`` with plain SQL so an up-to-date start never imports Alembic.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text

from jxdeclare.store.backups import (
    newest_usable_backup,
    open_copy,
    remove_partial_backups,
    write_backup,
)
from jxdeclare.store.crash_points import CRASH_AT_ENV, crash_point
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


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def upgrade(engine: Engine) -> Path | None:
    """Upgrade to head if needed; returns the backup made before migrating, if any.

    Everything happens in one transaction that holds the write lock from the start: the check
    of the version, the backup, every pending revision and the new version stamp. A kill at any
    moment leaves the database at its old version (or, after the commit, at the new one).
    """
    status = schema_status(engine)
    if not status.known:
        raise SchemaTooNewError(str(status.current), status.head)
    if status.up_to_date:
        return None
    db_file = _sqlite_file(engine)
    with _write_transaction(engine) as conn:
        # read again under the lock: another process may have upgraded meanwhile
        current = _version_in(conn)
        if current == HEAD_REVISION:
            return None
        if current is not None and current not in known_revisions():
            raise SchemaTooNewError(current, HEAD_REVISION)
        backup = None
        if current is not None:
            _refuse_half_upgraded(conn, current, db_file, engine)
            if db_file is not None:
                remove_partial_backups(db_file)
                backup = write_backup(db_file, current)
        _count_writes_as_crash_points(conn)
        from alembic import command

        command.upgrade(_alembic_config(conn), "head")
    crash_point()
    return backup


def _version_in(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@contextmanager
def _write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction around the whole upgrade, committed only when all of it succeeded.

    PostgreSQL has transactional DDL. Python's sqlite3 driver, left to itself, opens a
    transaction only before INSERT/UPDATE/DELETE, so an ALTER TABLE run first commits on its own
    (the half-applied 0002 of older versions). Here the driver is told to stay out of the way
    and the transaction is begun explicitly (SQLAlchemy's documented pysqlite recipe), with
    IMMEDIATE so that the write lock is held from the first statement.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            yield conn
        return
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        legacy = raw.isolation_level
        raw.isolation_level = None
        # A batch migration rebuilds a table (copy, DROP, rename). With foreign keys on, the DROP
        # deletes every row that refers to it through ON DELETE CASCADE (all drafts, products,
        # declarations...): SQLite's own procedure turns them off around the rebuild (the pragma
        # is ignored inside a transaction) and checks the references before committing.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield conn
            if broken := conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                raise RuntimeError(f"migration left dangling references: {broken[:5]}")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            raw.isolation_level = legacy
            raw.execute("PRAGMA foreign_keys=ON")


def _count_writes_as_crash_points(conn: Connection) -> None:
    if not os.environ.get(CRASH_AT_ENV):
        return

    def after(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        # a kill after a read leaves the same state as one after the write before it
        if not statement.lstrip().upper().startswith(("SELECT", "PRAGMA")):
            crash_point()

    event.listen(conn, "after_cursor_execute", after)


def _refuse_half_upgraded(
    conn: Connection, current: str, db_file: Path | None, engine: Engine
) -> None:
    from jxdeclare.store.schema_check import HalfUpgradedError, newer_objects, schema_at

    expected = schema_at(current, _alembic_config)
    extra = newer_objects(conn, expected)
    if not extra:
        return
    backup = None
    where = engine.url.render_as_string(hide_password=True)
    if db_file is not None:
        where = str(db_file)

        def damaged(path: Path) -> str | None:
            # an older program also backed up the database it had already damaged
            copy = create_engine("sqlite://", creator=lambda: open_copy(path))
            try:
                with copy.connect() as copy_conn:
                    return "半升级" if newer_objects(copy_conn, expected) else None
            finally:
                copy.dispose()

        backup = newest_usable_backup(db_file, current, damaged)
    raise HalfUpgradedError(where, current, extra, backup)
