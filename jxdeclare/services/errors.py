"""Errors a use case reports to a person. Messages are Chinese first, then English."""

from __future__ import annotations

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
    except StaleDataError as exc:
        raise ConflictError(message) from exc


def retry_stale(change: Callable[[], T], attempts: int = 3) -> T:
    """Run a small change again when another of our own writes to the same row won the race
    (ticks of the guided entry saved in the background while the receipt is recorded)."""
    from sqlalchemy.orm.exc import StaleDataError

    for attempt in range(attempts):
        try:
            return change()
        except StaleDataError:
            if attempt + 1 == attempts:
                raise
    raise AssertionError("unreachable")


class InputFileError(ServiceError):
    """A file the user chose cannot be read (corrupt, wrong format, missing columns)."""


# Errors of the lower layers whose message is already written for a person.
PLAIN_ERRORS = (
    "SchemaTooNewError", "PackError", "JxstdError", "TemplateError", "NotFinal", "FontNotFound",
    "DocumentImportError",
)  # fmt: skip


def explain(error: BaseException) -> str | None:
    """A message for an error a person can act on; None for a bug (shown with details)."""
    if isinstance(error, ServiceError | InterruptedError):
        return str(error)
    module = type(error).__module__
    if type(error).__name__ in PLAIN_ERRORS:
        return str(error)
    if module.startswith("sqlalchemy") and type(error).__name__ == "OperationalError":
        reason = getattr(error, "orig", error)
        return f"无法连接或读写数据库：{reason}。/ The database is unavailable: {reason}"
    return None
