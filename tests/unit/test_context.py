from __future__ import annotations

from pathlib import Path

import pytest

from jxdeclare.services.context import AppContext


def test_home_comes_from_the_environment_when_no_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JXDECLARE_HOME", str(tmp_path / "环境 变量"))
    assert AppContext().home == tmp_path / "环境 变量"
    assert AppContext(tmp_path / "flag").home == tmp_path / "flag"


def test_default_database_is_a_sqlite_file_in_home(tmp_path: Path) -> None:
    ctx = AppContext(tmp_path)
    assert ctx.db_url.startswith("sqlite:///") and ctx.db_url.endswith("jxdeclare.sqlite3")
    assert ctx.display_location.endswith("jxdeclare.sqlite3")


def test_database_url_from_flag_environment_and_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_ctx = AppContext(tmp_path)
    settings_ctx.settings.set("db_url", "postgresql://a@settings/db")
    settings_ctx.settings.save()
    assert AppContext(tmp_path).db_url == "postgresql://a@settings/db"
    monkeypatch.setenv("JXDECLARE_DB_URL", "postgresql://a@env/db")
    assert AppContext(tmp_path).db_url == "postgresql://a@env/db"
    assert AppContext(tmp_path, "postgresql://a@flag/db").db_url == "postgresql://a@flag/db"


def test_the_password_is_never_displayed(tmp_path: Path) -> None:
    ctx = AppContext(tmp_path, "postgresql://staff:s3cret@db.example:5432/jx")
    assert "s3cret" not in ctx.display_location
    assert ctx.display_location == "postgresql://db.example:5432/jx"
    assert "s3cret" not in ctx.display_db


def test_a_password_saved_in_settings_lives_in_the_keyring(tmp_path: Path) -> None:
    import keyring

    from jxdeclare.services.db_credentials import SERVICE, store_password

    stored = store_password("postgresql://staff:s3cret@db.example:5432/jx")
    assert stored == "postgresql://staff@db.example:5432/jx"
    assert keyring.get_password(SERVICE, stored) == "s3cret"
    ctx = AppContext(tmp_path)
    ctx.settings.set("db_url", stored)
    ctx.settings.save()
    assert "s3cret" not in (tmp_path / "settings.json").read_text("utf-8")
    assert AppContext(tmp_path).db_url == "postgresql://staff:s3cret@db.example:5432/jx"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://staff:pa@ss@db.example/jx", "未转写的“@”"),
        ("postgresql://staff:pa55@db.example:port/jx", "端口"),
        ("mysql://staff:pa55@db.example/jx", "只支持 PostgreSQL"),
        ("postgresql://staff:pa55@db.example:5432", "缺少数据库名"),
        ("db.example/jx", "postgresql://"),
    ],
)
def test_a_database_url_that_cannot_be_right_is_refused_without_its_password(
    tmp_path: Path, url: str, says: str
) -> None:
    from jxdeclare.services.errors import explain

    ctx = AppContext(tmp_path, url)
    with pytest.raises(Exception) as caught:
        ctx.ensure_schema()
    message = explain(caught.value) or ""
    assert says in message, message
    assert "pa55" not in message and "pa@ss" not in message and "ss@" not in message
    assert "pa55" not in ctx.display_db
