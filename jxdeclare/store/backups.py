"""Backups made before a migration: written under a temporary name, verified, then renamed.

A kill while copying leaves only a ``*.partial`` file, removed by the next upgrade, so a file named
like a backup is always a complete, checked copy.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from jxdeclare.store.crash_points import crash_point

PARTIAL_SUFFIX = ".partial"
_PAGES_PER_STEP = 256  # 1 MB at a time: a crash point between steps, and no long lock on the copy


class BackupError(RuntimeError):
    """The copy made before an upgrade did not verify; the upgrade does not go on."""


def backup_dir(db_file: Path) -> Path:
    return db_file.parent / "backups"


def remove_partial_backups(db_file: Path) -> None:
    """Remove what a killed backup left (the copy and its journal). Runs under the write lock,
    so no other upgrade is writing one at the same time."""
    folder = backup_dir(db_file)
    if not folder.is_dir():
        return
    for leftover in folder.glob(f"{db_file.stem}-*{PARTIAL_SUFFIX}*"):
        leftover.unlink(missing_ok=True)


def open_copy(path: Path) -> sqlite3.Connection:
    """Open a backup read-only. Immutable: no -wal/-shm files are left beside a copy in WAL mode
    (the backups of older programs); as_uri() escapes what a file name may hold (#, ?, %)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)


def check_backup(path: Path, revision: str | None) -> str | None:
    """Why ``path`` is not a usable copy of a database at ``revision``; None when it is."""
    try:
        with closing(open_copy(path)) as copy:
            if copy.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return "文件已损坏"
            tables = copy.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            if tables.fetchone()[0] == 0:
                return "文件中没有数据表"
            if revision is not None:
                found = copy.execute("SELECT version_num FROM alembic_version").fetchone()
                if found != (revision,):
                    return f"结构版本是 {found[0] if found else '无'}，不是 {revision}"
    except sqlite3.Error as exc:
        return f"无法读取（{exc}）"
    return None


def write_backup(db_file: Path, revision: str | None) -> Path:
    """Copy the database with SQLite's online backup (consistent even with a WAL file)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir(db_file) / f"{db_file.stem}-{stamp}-rev{revision}{db_file.suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    source = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    with closing(source), closing(sqlite3.connect(partial)) as copy:
        source.backup(copy, pages=_PAGES_PER_STEP, progress=lambda *_: crash_point())
        # the copy takes the source's WAL mode; one self-contained file is what a user restores
        copy.execute("PRAGMA journal_mode=DELETE")
    if (problem := check_backup(partial, revision)) is not None:
        partial.unlink(missing_ok=True)
        raise BackupError(
            f"升级前的备份 {target} 校验失败：{problem}；数据库未作任何改动。"
            f" / The backup {target} made before the upgrade failed its check ({problem});"
            f" the database was not changed."
        )
    _flush_to_disk(partial)
    crash_point()
    os.replace(partial, target)
    crash_point()
    return target


def newest_usable_backup(
    db_file: Path, revision: str, unusable: Callable[[Path], str | None] = lambda _: None
) -> Path | None:
    """The newest backup of ``db_file`` at ``revision`` that passes :func:`check_backup` and
    ``unusable`` (e.g. a copy of a database already damaged by an interrupted upgrade)."""
    folder = backup_dir(db_file)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob(f"{db_file.stem}-*-rev{revision}{db_file.suffix}"))
    for path in reversed(candidates):
        if check_backup(path, revision) is None and unusable(path) is None:
            return path
    return None


def _flush_to_disk(path: Path) -> None:
    # the rename must not reach the disk before the data it names
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
