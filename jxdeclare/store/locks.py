"""Locks shared by every process using one database: one ``submit`` at a time, one schema upgrade.

PostgreSQL: an advisory lock held by a connection of its own (the server frees it when that
connection ends, also after a crash). SQLite: an OS lock on a file next to the database (the
system frees it when the process ends, even after ``kill -9``), so no stale lock is ever left.
"""

from __future__ import annotations

import getpass
import os
import socket
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, text

# The first key of PostgreSQL's two-key advisory locks: says "jxdeclare" to other applications.
_PG_CLASS = 0x4A58_4443
# Windows locks are mandatory: the locked byte lies past the holder's note so it stays readable.
_LOCKED_BYTE = 1 << 20
POLL_SECONDS = 0.1


class LockBusy(RuntimeError):
    """Another process holds the lock. ``holder`` says who, where that is known ("" otherwise)."""

    def __init__(self, name: str, holder: str = "") -> None:
        who = f"，由 {holder} 开始" if holder else ""
        super().__init__(
            f"数据库正被另一个 jxdeclare 程序占用（{name}{who}），请等它结束后再试。"
            f" / The database is busy with another jxdeclare process ({name})."
        )
        self.name, self.holder = name, holder


def holder_note() -> str:
    """Who holds a lock, as another person should read it: user, computer and start time."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return f"{user}@{socket.gethostname()} {datetime.now():%Y-%m-%d %H:%M}"


@contextmanager
def database_lock(engine: Engine, name: str, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the lock ``name`` of this database for the block; another holder makes it wait up
    to ``wait_seconds`` (0: not at all), then raise :class:`LockBusy`."""
    if engine.dialect.name == "postgresql":
        with _pg_lock(engine, name, wait_seconds):
            yield
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield  # a private in-memory database: no other process can reach it
        return
    with _file_lock(Path(f"{database}.{name}.lock"), name, wait_seconds):
        yield


def _deadline_passed(deadline: float) -> bool:
    if time.monotonic() >= deadline:
        return True
    time.sleep(POLL_SECONDS)
    return False


@contextmanager
def _pg_lock(engine: Engine, name: str, wait_seconds: float) -> Iterator[None]:
    key = zlib.crc32(name.encode()) & 0x7FFF_FFFF
    deadline = time.monotonic() + wait_seconds
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try_lock = text("SELECT pg_try_advisory_lock(:a, :b)")
        while not conn.execute(try_lock, {"a": _PG_CLASS, "b": key}).scalar():
            if _deadline_passed(deadline):
                raise LockBusy(name, _pg_holder(conn, key))
        # The note lets a refused process say who holds the lock (see _pg_holder).
        conn.execute(text("SELECT set_config('application_name', :n, false)"),
                     {"n": f"jxdeclare {name} {holder_note()}"[:63]})  # fmt: skip
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:a, :b)"), {"a": _PG_CLASS, "b": key})
            conn.execute(text("RESET application_name"))


def _pg_holder(conn, key: int) -> str:  # type: ignore[no-untyped-def]
    """The holder's note; "" where the role may not see other sessions."""
    row = conn.execute(text(
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :a AND l.objid = :b "
        "AND l.objsubid = 2"
    ), {"a": _PG_CLASS, "b": key}).scalar()  # fmt: skip
    return str(row or "").removeprefix("jxdeclare ").split(" ", 1)[-1] if row else ""


@contextmanager
def _file_lock(path: Path, name: str, wait_seconds: float) -> Iterator[None]:
    deadline = time.monotonic() + wait_seconds
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - kept open for as long as the lock is held
    except OSError:  # a read-only folder: nobody can write this database from here either
        yield
        return
    try:
        while not _try_lock(handle):
            if _deadline_passed(deadline):
                raise LockBusy(name, _read_note(path))
        handle.seek(0)
        handle.truncate()
        handle.write(holder_note().encode("utf-8"))
        handle.flush()
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


def _read_note(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:200].strip()
    except OSError:
        return ""


if os.name == "nt":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(_LOCKED_BYTE)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(_LOCKED_BYTE)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
