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
