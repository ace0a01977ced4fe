"""Errors a use case reports to a person. Messages are Chinese, or "中文 / English" (a window
shows the half of its language: :func:`one_language`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class ServiceError(Exception):
    """Base for errors the UI and CLI show as they are (no traceback)."""


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the same record since it was loaded."""


class RacedError(ConflictError):
    """A version check stopped a write: someone else changed or deleted the row since it was
    read (raised by the session for any StaleDataError; a use case may say it more precisely)."""


class DuplicateError(ServiceError):
    """A value that must be unique is taken. ``field`` names the input it came from and
    ``owner`` who has it, so that a form can mark the field and say so in its own language."""

    def __init__(self, message: str, field: str = "", owner: str = "") -> None:
        super().__init__(message)
        self.field, self.owner = field, owner


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(ServiceError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("；".join(f"{e.field}：{e.message}" for e in errors))
        self.errors = errors


@contextmanager
def stale_as_conflict(message: str) -> Iterator[None]:
    """The version check in an UPDATE/DELETE itself catches a save that raced ours."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except (StaleDataError, RacedError) as exc:
        raise ConflictError(message) from exc


def retry_stale(change: Callable[[], T], attempts: int = 3) -> T:
    """Run a small change again when another of our own writes to the same row won the race
    (ticks of the guided entry saved in the background while the receipt is recorded)."""
    from sqlalchemy.orm.exc import StaleDataError

    for attempt in range(attempts):
        try:
            return change()
        except (StaleDataError, RacedError):
            if attempt + 1 == attempts:
                raise
    raise AssertionError("unreachable")


class InputFileError(ServiceError):
    """A file the user chose cannot be read (corrupt, wrong format, missing columns)."""


# Errors of the lower layers whose message is already written for a person.
PLAIN_ERRORS = (
    "SchemaTooNewError", "PackError", "JxstdError", "TemplateError", "NotFinal", "FontNotFound",
    "DocumentImportError", "LockBusy", "HalfUpgradedError", "BackupError", "DatabaseUrlError",
)  # fmt: skip


def explain(error: BaseException, lang: str = "") -> str | None:
    """A message for an error a person can act on; None for a bug (shown with details).
    ``lang`` ("zh" or "en") keeps one half of a "中文 / English" message; "" keeps both (the
    CLI's)."""
    if isinstance(error, ServiceError | InterruptedError):
        return one_language(str(error), lang)
    module = type(error).__module__
    if type(error).__name__ in PLAIN_ERRORS:
        return one_language(str(error), lang)
    if not module.startswith("sqlalchemy"):
        return None
    from jxdeclare.portal.redact import redact

    reason = redact(str(getattr(error, "orig", error))).strip()
    state = getattr(getattr(error, "orig", None), "sqlstate", None)
    if state == "42501":  # insufficient_privilege: a role without the grants README lists
        return one_language(
            f"数据库账户没有所需的权限（{reason}）。请数据库管理员按 README“多人共用 PostgreSQL”"
            f"一节授权。/ The database role lacks a privilege ({reason}); see the README.", lang
        )
    if type(error).__name__ == "OperationalError":
        return one_language(
            f"无法连接或读写数据库：{reason}。/ The database is unavailable: {reason}", lang
        )
    return None


_CJK = re.compile(r"[\u3400-\u9fff]")


def one_language(message: str, lang: str) -> str:
    """The half of "中文 / English" the interface speaks: a Chinese window shows no English
    sentence and an English one no Chinese sentence. Messages without both halves stay."""
    head, sep, tail = message.rpartition("/ ")
    # the Chinese half ends a sentence ("。/ " or " / "), the English half has no Chinese
    if not lang or not sep or not _CJK.search(head) or _CJK.search(tail):
        return message
    if not (head.endswith((" ", "。", "）", "：")) or not tail[:1].isupper()):
        return message
    return tail.strip() if lang.startswith("en") else head.rstrip()
