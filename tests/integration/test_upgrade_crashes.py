"""A kill -9 during `db upgrade` never leaves a half-upgraded database or a broken backup.

``db upgrade`` runs in a real process that kills itself (SIGKILL) at its N-th crash point (the
test hook ``JXDECLARE_TEST_CRASH_AT``, see ``jxdeclare/store/crash_points.py``): each step of
copying the backup, its rename, every writing statement of the migration, the commit. N goes
1, 2, … until a run finishes, so every boundary is hit, in the same order each time.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from jxdeclare.services.context import AppContext
from jxdeclare.store import migrate
from jxdeclare.store.backups import check_backup
from jxdeclare.store.crash_points import CRASH_AT_ENV
from jxdeclare.store.engine import make_engine
from jxdeclare.store.migrations import HEAD_REVISION

DB_NAME = "jxdeclare.sqlite3"
OLD = "0001"
# three versions of ~0.9 MB each: the backup is copied in several steps, with a crash point
# between them
BIG_CLAUSE = "本标准规定了绿茶的要求。" * 25_000


def _make_old_database(home: Path) -> None:
    """A database written by the first release (revision 0001) with an enterprise and a draft."""
    home.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{(home / DB_NAME).as_posix()}")
    with engine.begin() as conn:
        command.upgrade(migrate._alembic_config(conn), OLD)
        conn.execute(text(
            "INSERT INTO enterprises (name, uscc, row_version, created_at, updated_at) VALUES"
            " ('赣州测试茶业有限公司', '91110000600037341L', 1,"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO standard_documents (enterprise_id, title, row_version, created_at,"
            " updated_at) VALUES (1, '绿茶', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO products (enterprise_id, name, model, category, row_version, created_at,"
            " updated_at) VALUES (1, '绿茶', '特级', '茶叶', 1,"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ))  # fmt: skip
        for revision in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO standard_document_versions (document_id, revision, content,"
                    " created_at, created_by) VALUES (1, :r, :c, CURRENT_TIMESTAMP, 'test')"
                ),
                {"r": revision, "c": json.dumps({"clause": BIG_CLAUSE}, ensure_ascii=False)},
            )
    engine.dispose()  # the last connection checkpoints the WAL: one self-contained file


def _dump(db_file: Path) -> list[str]:
    with closing(sqlite3.connect(db_file)) as conn:
        return list(conn.iterdump())


def _version(db_file: Path) -> str:
    with closing(sqlite3.connect(db_file)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _kept_data(db_file: Path) -> tuple[list[tuple[str]], int]:
    with closing(sqlite3.connect(db_file)) as conn:
        names = conn.execute("SELECT name FROM enterprises").fetchall()
        sizes = conn.execute("SELECT sum(length(content)) FROM standard_document_versions")
        return names, sizes.fetchone()[0]


@pytest.fixture(scope="module")
def old_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("old") / "home"
    _make_old_database(home)
    return home


def _upgrade_killed_at(home: Path, point: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(home), "db", "upgrade"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", CRASH_AT_ENV: str(point)},
    )  # fmt: skip


def _backups_are_whole(home: Path, where: str) -> None:
    """Every file named like a backup is a complete copy of the old database."""
    for backup in (home / "backups").glob(f"*{Path(DB_NAME).suffix}"):
        assert check_backup(backup, OLD) is None, f"{where}: {backup.name}"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the hook's kill is SIGKILL")
def test_a_kill_at_any_point_of_db_upgrade_leaves_the_old_or_the_new_database(
    old_home: Path, tmp_path: Path
) -> None:
    pristine = _dump(old_home / DB_NAME)
    data = _kept_data(old_home / DB_NAME)
    outcomes: list[str] = []
    for point in range(1, 500):
        home = tmp_path / f"killed-at-{point}"
        shutil.copytree(old_home, home)
        db_file = home / DB_NAME
        run = _upgrade_killed_at(home, point)
        where = f"killed at point {point}"
        if run.returncode == 0:
            break  # no crash point left: the upgrade ran to its end
        assert run.returncode == -signal.SIGKILL, f"{where}: {run.stderr}"
        # the database is either untouched or wholly upgraded, never in between
        if _version(db_file) == OLD:
            assert _dump(db_file) == pristine, where
            outcomes.append("old")
        else:
            assert _version(db_file) == HEAD_REVISION, where
            assert _kept_data(db_file) == data, where
            outcomes.append("new")
        _backups_are_whole(home, where)

        # the next start completes the upgrade, keeps the data, and leaves no temporary file
        after = AppContext(home)
        try:
            after.ensure_schema()
        finally:
            after.dispose()
        assert _version(db_file) == HEAD_REVISION, where
        assert _kept_data(db_file) == data, where
        _backups_are_whole(home, where)
        assert not list((home / "backups").glob("*.partial*")), where
        backups = sorted((home / "backups").glob(f"*{Path(DB_NAME).suffix}"))
        assert backups, where
        assert _dump(backups[-1]) == pristine, where
        shutil.rmtree(home)
    else:
        pytest.fail("db upgrade was still killed after 500 crash points")
    # the backup is copied in several steps, every step and every statement was a kill point
    assert outcomes.count("old") >= 10, outcomes
    assert outcomes[-1] == "new", outcomes  # the last point is right after the commit
    assert run.stdout.startswith("数据库已是最新结构"), run.stdout


def _row_counts(db_file: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db_file)) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for (t,) in tables}


def test_an_upgrade_from_the_first_release_keeps_every_row(old_home: Path, tmp_path: Path) -> None:
    """Rebuilding a table (0004, 0005) must not cascade-delete the rows that refer to it."""
    home = tmp_path / "home"
    shutil.copytree(old_home, home)
    before = _row_counts(home / DB_NAME)
    assert before["products"] == 1 and before["standard_document_versions"] == 3
    upgraded = AppContext(home)
    try:
        upgraded.ensure_schema()
        with upgraded.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1  # back on afterwards
    finally:
        upgraded.dispose()
    after = _row_counts(home / DB_NAME)
    assert {table: after[table] for table in before} == before
    with closing(sqlite3.connect(home / DB_NAME)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_database_half_upgraded_by_an_older_program_names_the_backup_to_restore(
    old_home: Path, tmp_path: Path, cli
) -> None:
    home = tmp_path / "home"
    shutil.copytree(old_home, home)
    db_file = home / DB_NAME
    backups = home / "backups"
    backups.mkdir()
    good = backups / f"jxdeclare-20261201-090000-000000-rev{OLD}.sqlite3"
    shutil.copy(db_file, good)
    # what an older program left: 0002's first column committed, the stamp still at 0001 ...
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute(
            "ALTER TABLE standard_documents ADD COLUMN status VARCHAR(20) DEFAULT 'draft' NOT NULL"
        )
    # ... a "backup" killed while written in place, and a backup of the damaged database
    (backups / f"jxdeclare-20261202-090000-000000-rev{OLD}.sqlite3").write_bytes(bytes(65536))
    shutil.copy(db_file, backups / f"jxdeclare-20261203-090000-000000-rev{OLD}.sqlite3")
    damaged = _dump(db_file)
    listed = sorted(backups.iterdir())

    run = cli(home, "db", "upgrade")
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "duplicate column" not in run.stderr
    assert "standard_documents.status" in run.stderr and str(db_file) in run.stderr
    assert f"用升级前的备份 {good} 覆盖 {db_file}" in run.stderr
    assert _dump(db_file) == damaged and sorted(backups.iterdir()) == listed  # nothing touched

    shutil.copy(good, db_file)  # what the message says to do
    assert cli(home, "db", "upgrade").returncode == 0
    assert _version(db_file) == HEAD_REVISION


def test_a_half_upgraded_database_without_a_usable_backup_says_so(
    old_home: Path, tmp_path: Path, cli
) -> None:
    home = tmp_path / "home"
    shutil.copytree(old_home, home)
    with closing(sqlite3.connect(home / DB_NAME)) as conn:
        conn.execute("ALTER TABLE standard_documents ADD COLUMN template_id VARCHAR(60)")
    run = cli(home, "db", "upgrade")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"未找到版本 {OLD} 的可用备份" in run.stderr
    assert "standard_documents.template_id" in run.stderr


def test_a_failing_revision_undoes_every_revision_of_the_upgrade(
    any_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0002 and 0003 ran and 0004 failed half-way: the database is back at 0001, as it was."""
    from sqlalchemy import inspect

    with any_ctx.engine.begin() as conn:
        command.upgrade(migrate._alembic_config(conn), OLD)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    failing = next((scripts / "versions").glob("0004_*.py"))
    failing.write_text(
        failing.read_text("utf-8").replace(
            "def downgrade() -> None:",
            "    raise RuntimeError('disk full')\n\n\ndef downgrade() -> None:",
            1,
        ),
        "utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with pytest.raises(RuntimeError, match="disk full"):
        any_ctx.ensure_schema()
    inspector = inspect(any_ctx.engine)
    assert migrate.current_revision(any_ctx.engine) == OLD
    assert "status" not in {c["name"] for c in inspector.get_columns("standard_documents")}
    assert not inspector.has_table("declaration_files") and not inspector.has_table("system_nodes")
