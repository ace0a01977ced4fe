"""No input gives a traceback or exhausts memory: every importer and `check` on every file of the
hostile corpus (make_corpus.py) answers exit 2 with a message naming the file, in a subprocess
under a memory cap (1.5 GB of address space; not on Windows) and a time cap per command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import FILES, write_corpus  # noqa: E402

MEMORY_MB = 1536
SECONDS_PER_COMMAND = 30
COMMANDS = ("check", "draft import", "enterprise import", "system import", "pack import",
            "benchmark import", "benchmark compare")  # fmt: skip


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    corpus = write_corpus(tmp_path_factory.mktemp("hostile") / "corpus")[0].parent
    home = tmp_path_factory.mktemp("home")
    run = subprocess.run(
        [sys.executable, str(HERE / "driver.py"), str(corpus), str(home), str(MEMORY_MB),
         str(SECONDS_PER_COMMAND)],
        capture_output=True, text=True, encoding="utf-8", timeout=240,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert lines[0]["setup"] == 0, lines[0]["output"]
    return lines[1:]


def test_every_command_ran_on_every_file(results: list[dict]) -> None:
    ran = {(r["file"], r["command"]) for r in results}
    assert ran == {(name.rstrip("/"), command) for name in FILES for command in COMMANDS}


@pytest.mark.parametrize("command", COMMANDS)
def test_hostile_files_are_refused_by_name_without_a_traceback(
    results: list[dict], command: str
) -> None:
    wrong = [
        f"{r['file']}: exit {r['code']}: {r['output'][:300]}"
        for r in results
        if r["command"] == command
        and (r["code"] != 2 or r["file"] not in r["output"] or "Traceback" in r["output"])
    ]
    assert wrong == []


def test_row_limits_stop_early_with_the_limit_in_the_message(results: list[dict]) -> None:
    said = {(r["file"], r["command"]): r["output"] for r in results}
    assert "文件过大：超过上限 50000 行" in said[("六万行.xlsx", "enterprise import")]
    assert "文件过大：超过上限 20000 行" in said[("六万行.xlsx", "system import")]
    assert "文件过大：超过上限 5000 行" in said[("六万行.xlsx", "benchmark import")]
    assert said[("六万行.xlsx", "enterprise import")].count("\n") <= 2  # not a line per row
    assert "上限 20 MB" in said[("正文炸弹.docx", "check")]
    assert "嵌套层数过多" in said[("三百层条.jxstd", "draft import")]
    assert "1001 页，上限 1000 页" in said[("千页.pdf", "check")]
