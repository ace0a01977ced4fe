"""Recognise a database left half-upgraded by an older jxdeclare (whose migrations on SQLite
were not atomic): stamped with an old revision, yet holding tables or columns of a newer one.
Migrating it again would stop at "duplicate column name"; the user is told which backup to use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, inspect

Columns = set[tuple[str, str]]  # (table, column); a table alone is (table, "")


def _names(conn: Connection) -> Columns:
    inspector = inspect(conn)
    found: Columns = set()
    for table in inspector.get_table_names():
        found.add((table, ""))
        found |= {(table, column["name"]) for column in inspector.get_columns(table)}
    return found


def schema_at(revision: str, config_for: Callable[[Connection], Any]) -> Columns:
    """The tables and columns the migrations give a database at ``revision`` (built in memory)."""
    from alembic import command

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            command.upgrade(config_for(conn), revision)
            return _names(conn)
    finally:
        engine.dispose()


def head_schema() -> Columns:
    from jxdeclare.store.models import Base

    found: Columns = set()
    for table in Base.metadata.tables.values():
        found.add((table.name, ""))
        found |= {(table.name, column.name) for column in table.columns}
    return found


def newer_objects(conn: Connection, expected: Columns) -> list[str]:
    """Tables and columns of the program's schema present in ``conn`` but not in ``expected``."""
    extra = (_names(conn) & head_schema()) - expected
    tables = {table for table, column in extra if not column}
    return sorted(
        table if not column else f"{table}.{column}"
        for table, column in extra
        if not column or table not in tables
    )


class HalfUpgradedError(RuntimeError):
    """The database's version stamp and its tables disagree; nothing was changed."""

    def __init__(self, where: str, revision: str, extra: list[str], backup: Path | None) -> None:
        shown = "、".join(extra[:5]) + ("等" if len(extra) > 5 else "")
        if backup is not None:
            todo = f"请关闭本程序，用升级前的备份 {backup} 覆盖 {where}，再重新打开。"
            todo_en = f"Close the program, copy the backup {backup} over {where}, then reopen it."
        else:
            todo = f"未找到版本 {revision} 的可用备份：请用您自己保存的备份恢复 {where}。"
            todo_en = f"No usable backup at {revision} was found: restore {where} from your own."
        super().__init__(
            f"数据库 {where} 的结构版本记为 {revision}，却已含有更新版本才有的 {shown}："
            f"一次被中断的升级（旧版本的程序）只改了一半，不能再自动升级。{todo}"
            f"数据库未作任何改动。"
            f" / The database {where} is marked as schema {revision} but already has "
            f"{', '.join(extra[:5])} of a newer schema: an interrupted upgrade left it half "
            f"changed. {todo_en} The database was not changed."
        )
        self.where, self.revision, self.extra, self.backup = where, revision, extra, backup
