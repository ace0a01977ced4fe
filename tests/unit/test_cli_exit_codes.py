"""Exit codes a script can rely on: a bug is told apart from "errors found" and "unusable input"."""

from __future__ import annotations

from pathlib import Path

import pytest

from jxdeclare.cli import main as cli_main


def test_an_unexpected_error_exits_70_with_one_line_and_the_details_in_a_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crash(_args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_main, "dispatch", crash)
    assert cli_main.main(["validate", "uscc", "91360100MA35XXXX0X"]) == cli_main.EXIT_INTERNAL == 70
    err = capsys.readouterr().err
    assert "内部错误" in err and "RuntimeError: boom" in err and "Traceback" not in err
    details = Path(err.split("详细信息已写入 ")[1].split(" / ")[0])
    assert "Traceback" in details.read_text(encoding="utf-8")
    details.unlink()


def test_a_report_in_a_missing_folder_is_unusable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "没有的" / "文件夹" / "报告.pdf"
    code = cli_main.main(["--home", str(tmp_path), "check", "任意.jxstd", "--report", str(out)])
    assert code == 2
    assert "文件夹不存在" in capsys.readouterr().err and not out.parent.exists()
