"""Migrations: applied at start-up, backed up first, newer schemas refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.store import migrate
from jxdeclare.store.migrations import HEAD_REVISION


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._alembic_config())
    assert script.get_current_head() == HEAD_REVISION


def test_models_and_migrations_describe_the_same_schema(any_ctx: AppContext) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from jxdeclare.store.models import Base

    any_ctx.ensure_schema()
    with any_ctx.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(ctx: AppContext) -> None:
    ctx.ensure_schema()
    with ctx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(ctx: AppContext) -> None:
    ctx.ensure_schema()
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d9999'"))
    ctx.dispose()
    db_file = ctx.home / "jxdeclare.sqlite3"
    before = _sha(db_file)
    fresh = AppContext(ctx.home)
    with pytest.raises(migrate.SchemaTooNewError, match="f00d9999"):
        fresh.ensure_schema()
    fresh.dispose()
    assert _sha(db_file) == before
    assert not (ctx.home / "backups").exists()


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Call it to pretend the program has gained a second migration (a real upgrade)."""
    return lambda: _add_second_migration(tmp_path, monkeypatch)


CURRENT = migrate.HEAD_REVISION
NEXT = f"{int(migrate.HEAD_REVISION) + 1:04d}"  # what a newer program would add


def _add_second_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{NEXT}_test_column.py").write_text(
        '"""test: add a column"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '{NEXT}'\ndown_revision = '{migrate.HEAD_REVISION}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('enterprises') as batch:\n"
        "        batch.add_column(sa.Column('test_note', sa.String(20)))\n",
        "utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT)


def test_an_older_database_is_backed_up_then_upgraded(ctx: AppContext, newer_program) -> None:
    add_enterprise(ctx, EnterpriseInput(name="赣州测试茶业有限公司", uscc="91110000600037341L"))
    ctx.dispose()
    newer_program()
    upgraded = AppContext(ctx.home)
    backup = upgraded.ensure_schema()
    assert backup is not None and backup.parent == ctx.home / "backups"
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (CURRENT,)
        assert old.execute("SELECT name FROM enterprises").fetchall() == [("赣州测试茶业有限公司",)]
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == NEXT
        assert conn.execute(text("SELECT test_note FROM enterprises")).fetchall() == [(None,)]
    upgraded.dispose()


def test_an_up_to_date_database_is_not_backed_up_again(ctx: AppContext) -> None:
    ctx.ensure_schema()
    ctx.dispose()
    again = AppContext(ctx.home)
    assert again.ensure_schema() is None
    again.dispose()
    assert not (ctx.home / "backups").exists()


def test_0005_adds_the_licence_confirmation_unset_for_existing_rows(any_ctx: AppContext) -> None:
    """Codes saved while a wrong check character only warned stay unconfirmed after 0005."""
    from alembic import command
    from sqlalchemy import inspect

    from jxdeclare.services.enterprises import get_enterprise

    early = "91110000600037341A"  # the check character should be L
    with any_ctx.engine.begin() as conn:
        command.upgrade(migrate._alembic_config(conn), "0004")
        conn.execute(
            text(
                "INSERT INTO enterprises (name, uscc, row_version, created_at, updated_at)"
                " VALUES ('早期代码企业', :uscc, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"uscc": early},
        )
    any_ctx.ensure_schema()
    assert get_enterprise(any_ctx, early).uscc_confirmed is False
    with any_ctx.engine.begin() as conn:
        command.downgrade(migrate._alembic_config(conn), "0004")
    columns = {c["name"] for c in inspect(any_ctx.engine).get_columns("enterprises")}
    assert "uscc_confirmed" not in columns and "uscc" in columns
