"""An agency's administrator sets up roles as README says; a role without the grants, or a
password kept in a PGPASSFILE instead of the URL, behaves as documented (real PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from jxdeclare.services.context import AppContext

pytestmark = pytest.mark.pg


def cli(home: Path, url: str, *args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(home), "--db-url", url, *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )  # fmt: skip


@pytest.fixture
def role(pg_url: str):
    """A login role with a password and no grants at all; dropped afterwards."""
    name, password = f"clerk_{uuid.uuid4().hex[:8]}", "pw-Ab1"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
    yield name, password, admin
    with admin.connect() as conn:
        conn.execute(text(f"DROP OWNED BY {name}"))
        conn.execute(text(f"DROP ROLE {name}"))
    admin.dispose()


def as_role(pg_url: str, name: str, password: str | None) -> str:
    url = make_url(pg_url).set(username=name, password=password)
    return url.render_as_string(hide_password=False)


def test_a_role_without_grants_gets_a_message_naming_the_missing_privilege(
    pg_url: str, role, home: Path
) -> None:
    name, password, _admin = role
    owner = AppContext(home, pg_url)
    owner.ensure_schema()  # the administrator created the schema; the clerk has no grants
    owner.dispose()
    run = cli(home, as_role(pg_url, name, password), "enterprise", "list")
    assert run.returncode != 0
    assert "Traceback" not in run.stdout + run.stderr
    assert "权限" in run.stderr and "README" in run.stderr, run.stderr
    assert password not in run.stdout + run.stderr


def test_readme_grants_let_staff_work_and_the_password_lives_in_a_pgpassfile(
    pg_url: str, role, home: Path, tmp_path: Path
) -> None:
    name, password, admin = role
    owner = AppContext(home, pg_url)
    owner.ensure_schema()
    owner.dispose()
    database = make_url(pg_url).database
    with admin.connect() as conn:  # the statements README gives, for this database
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {name}'))
    staff = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with staff.connect() as conn:
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {name}"))
        conn.execute(text(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}"))
    staff.dispose()
    server = make_url(pg_url)
    passfile = tmp_path / "密码 文件" / "pgpass.conf"
    passfile.parent.mkdir()
    passfile.write_text(
        f"{server.host}:{server.port or 5432}:{database}:{name}:{password}\n", "utf-8"
    )
    passfile.chmod(0o600)
    url = as_role(pg_url, name, None)  # no password in the address
    # The server demands it (.ci/run's pg_hba: every role but the superuser gives a password).
    refused = cli(home, url, "enterprise", "list", env={"PGPASSFILE": str(tmp_path / "无")})
    assert refused.returncode != 0 and "无法连接或读写数据库" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    added = cli(home, url, "enterprise", "add", "--name", "示例茶业",
                "--uscc", "91360100158300003X", env={"PGPASSFILE": str(passfile)})  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = cli(home, url, "enterprise", "list", env={"PGPASSFILE": str(passfile)})
    assert listed.returncode == 0 and "示例茶业" in listed.stdout, listed.stderr
