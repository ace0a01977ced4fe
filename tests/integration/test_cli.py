"""jxdeclare-cli run as a separate process, the way scripts use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BEIJING = "91110000600037341L"
HAIDIAN = "91110108551385082Q"


def cli(*args: str, home: Path | None = None, db_url: str | None = None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "jxdeclare.cli.main"]
    if home is not None:
        command += ["--home", str(home)]
    if db_url:
        command += ["--db-url", db_url]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


@pytest.mark.parametrize("code", [BEIJING, HAIDIAN])
def test_valid_credit_codes_exit_0(code: str) -> None:
    result = cli("validate", "uscc", code)
    assert result.returncode == 0, result.stderr
    assert "有效" in result.stdout


def test_invalid_credit_code_exits_1_with_reasons_in_both_languages() -> None:
    result = cli("validate", "uscc", "9111000060003734IL")
    assert result.returncode == 1
    assert "第17位" in result.stderr and "Character 17" in result.stderr


def test_wrong_check_character_is_an_error_unless_confirmed_as_printed() -> None:
    result = cli("validate", "uscc", BEIJING[:-1] + "A")
    assert result.returncode == 1
    assert "有效" not in result.stdout
    assert "错误 error: 校验码应为L" in result.stderr and "--as-printed" in result.stderr
    confirmed = cli("validate", "uscc", BEIJING[:-1] + "A", "--as-printed", "--json")
    assert confirmed.returncode == 0, confirmed.stderr
    data = json.loads(confirmed.stdout)
    assert data["valid"] and data["check_mismatch"] and data["confirmed_as_printed"]
    assert [p["code"] for p in data["problems"]] == ["uscc.check_confirmed"]
    assert "已确认与营业执照一致" in confirmed.stderr


def test_enterprise_add_needs_as_printed_for_a_wrong_check_character(tmp_path: Path) -> None:
    early = BEIJING[:-1] + "A"
    refused = cli("enterprise", "add", "--name", "早期代码企业", "--uscc", early, home=tmp_path)
    assert refused.returncode != 0 and "校验码应为L" in refused.stderr
    added = cli(
        "enterprise", "add", "--name", "早期代码企业", "--uscc", early, "--as-printed",
        "--json", home=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["uscc_confirmed"] is True
    shown = cli("enterprise", "show", early, home=tmp_path)
    assert "按执照确认：是" in shown.stdout


@pytest.mark.parametrize("text", ["", "   ", "GB\x072762", "9" * 300])
def test_unusable_input_exits_2(text: str) -> None:
    for kind in ("uscc", "number"):
        result = cli("validate", kind, text)
        assert result.returncode == 2, (kind, text, result.stderr)
        assert result.stderr.strip()


def test_validate_uscc_json_names_the_city() -> None:
    from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char

    body = "91360102" + "MA38ABCD" + org_code_check_char("MA38ABCD")
    result = cli("validate", "uscc", body + uscc_check_char(body), "--json")
    data = json.loads(result.stdout)
    assert result.returncode == 0
    assert (data["valid"], data["province"], data["city"]) == (True, "江西省", "南昌市")


def test_validate_number_json_prints_the_parts() -> None:
    result = cli("--json", "validate", "number", "GB/T 5009.12-2017")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["canonical"] == "GB/T 5009.12—2017"
    parts = data["parts"]
    assert (parts["prefix"], parts["number"], parts["part"], parts["year"]) == (
        "GB/T",
        "5009",
        "12",
        2017,
    )
    assert parts["mandatory"] is False


def test_invalid_number_explains_why() -> None:
    result = cli("validate", "number", "GB 2762 2025")
    assert result.returncode == 1
    assert result.stderr.strip()


def test_enterprise_add_list_show_export_import(tmp_path: Path) -> None:
    home = tmp_path / "代理 机构"
    added = cli(
        "enterprise",
        "add",
        "--name",
        "景德镇瓷业有限公司",
        "--uscc",
        BEIJING,
        "--code",
        "JDZ",
        "--json",
        home=home,
    )
    assert added.returncode == 0, added.stderr
    record = json.loads(added.stdout)
    assert record["code"] == "JDZ"
    listed = json.loads(cli("enterprise", "list", "--json", home=home).stdout)
    assert [e["uscc"] for e in listed] == [BEIJING]
    shown = cli("enterprise", "show", BEIJING, home=home)
    assert "景德镇瓷业有限公司" in shown.stdout
    export = tmp_path / "导出 名单.xlsx"
    assert cli("enterprise", "export", str(export), home=home).returncode == 0
    other_home = tmp_path / "另一台电脑"
    imported = cli("enterprise", "import", str(export), "--json", home=other_home)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 1
    again = json.loads(cli("enterprise", "import", str(export), "--json", home=other_home).stdout)
    assert (again["imported"], again["skipped"]) == (0, [BEIJING])


def test_enterprise_add_refuses_an_invalid_code(tmp_path: Path) -> None:
    result = cli("enterprise", "add", "--name", "某公司", "--uscc", "123", home=tmp_path)
    assert result.returncode == 1
    assert "18" in result.stderr
    assert json.loads(cli("enterprise", "list", "--json", home=tmp_path).stdout) == []


def test_db_info_and_upgrade(tmp_path: Path) -> None:
    info = json.loads(cli("db", "info", "--json", home=tmp_path).stdout)
    assert info["revision"] is None and info["up_to_date"] is False
    upgrade = cli("db", "upgrade", home=tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    info = json.loads(cli("db", "info", "--json", home=tmp_path).stdout)
    assert info["up_to_date"] is True and info["backend"] == "sqlite"


def test_a_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    import sqlite3

    assert cli("db", "upgrade", home=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "jxdeclare.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = cli("enterprise", "list", home=tmp_path)
    assert result.returncode == 1
    assert "更新版本" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.pg
def test_cli_against_postgresql(pg_url: str, tmp_path: Path) -> None:
    added = cli(
        "enterprise", "add", "--name", "共享库企业", "--uscc", HAIDIAN, home=tmp_path, db_url=pg_url
    )
    assert added.returncode == 0, added.stderr
    info = json.loads(cli("db", "info", "--json", home=tmp_path, db_url=pg_url).stdout)
    assert info["backend"] == "postgresql" and "@" in info["database"]
    assert not (tmp_path / "jxdeclare.sqlite3").exists()


@pytest.mark.parametrize("args", [("catalog", "categories"), ("catalog", "categories", "--json")])
def test_output_to_a_closed_pipe_ends_quietly(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`jxdeclare-cli … | head`: the reader is gone before anything is written (its end of the
    pipe is closed at once, so every write fails the same way on every run)."""
    import os
    import subprocess
    import sys

    with subprocess.Popen(
        [sys.executable, "-m", "jxdeclare.cli.main", "--home", str(tmp_path), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        errors = process.stderr.read().decode("utf-8", "replace")
        code = process.wait(timeout=120)
    assert code == 0, errors
    assert "Traceback" not in errors and "BrokenPipe" not in errors
