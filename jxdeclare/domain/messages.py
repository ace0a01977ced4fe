"""Message codes with parameters, and their Chinese and English texts.

The domain never formats user-facing prose itself: it returns a :class:`Problem` (code + params)
and whoever shows it (UI, CLI, report) picks the language here. Chinese first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# code -> (zh, en); str.format templates over the problem's params.
MESSAGES: dict[str, tuple[str, str]] = {}


def register(code: str, zh: str, en: str) -> str:
    """Register a message template; returns the code so modules can keep it as a constant."""
    if code in MESSAGES and MESSAGES[code] != (zh, en):
        raise ValueError(f"message code {code!r} registered twice with different texts")
    MESSAGES[code] = (zh, en)
    return code


def render(code: str, params: dict[str, Any], lang: str = "zh") -> str:
    zh, en = MESSAGES[code]
    return (en if lang.startswith("en") else zh).format(**params)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, in a form every front end can translate."""

    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "zh") -> str:
        return render(self.code, self.params, lang)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR
