"""Printing for the CLI: JSON for scripts (always UTF-8), plain text for people."""

from __future__ import annotations

import json
import sys
from typing import Any

from jxdeclare.domain.messages import Problem


def use_utf8() -> None:
    # A Windows pipe defaults to the ANSI code page; JSON consumers expect UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def problem_dict(problem: Problem) -> dict[str, Any]:
    return {
        "code": problem.code,
        "severity": str(problem.severity),
        "message_zh": problem.text("zh"),
        "message_en": problem.text("en"),
    }


def report_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    """Reasons on stderr, Chinese then English, one problem per line."""
    for problem in problems:
        label = "错误 error" if problem.is_error else "警告 warning"
        print(f"{label}: {problem.text('zh')} / {problem.text('en')}", file=sys.stderr)


def fail(message: str) -> None:
    print(message, file=sys.stderr)


EXIT_UNUSABLE_INPUT = 2


def fail_file(name: str, message: str) -> int:
    """A file given on the command line cannot be used: the message names it (once), exit 2."""
    from pathlib import Path

    shown = message if Path(name).name in message else f"“{name}”：{message}"
    fail(f"错误 error: {shown}")
    return EXIT_UNUSABLE_INPUT


def list_capped(lines: list[str], limit: int) -> None:
    """Row errors on stderr, the first ``limit`` of them, then how many more (a hostile sheet
    can have millions)."""
    for line in lines[:limit]:
        print(line, file=sys.stderr)
    if len(lines) > limit:
        print(f"……另有 {len(lines) - limit} 处未列出 / {len(lines) - limit} more not listed",
              file=sys.stderr)  # fmt: skip
