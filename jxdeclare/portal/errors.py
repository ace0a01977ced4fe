"""Errors of the provincial exchange API, raised by the client (and reused by the sandbox).

Every message is Chinese first, then " / " and English, and never contains a token or password:
each passes through :func:`jxdeclare.portal.redact.redact` when the error is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from jxdeclare.portal.redact import redact


@dataclass(frozen=True)
class FieldError:
    """One rejected field: ``field`` is a path such as ``products[0].gtin``."""

    field: str
    message: str


class PortalError(Exception):
    """Base: ``message`` for people, ``status`` (HTTP, if any), ``code`` (the API's error code)."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        message = redact(message)
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


class PortalValidationError(PortalError):
    """The portal refused the request as sent (400, 409 idempotency_conflict, 413, 422)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        fields: list[FieldError] | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.fields = [FieldError(f.field, redact(f.message)) for f in fields or []]

    def __str__(self) -> str:
        details = "；".join(f"{f.field}：{f.message}" for f in self.fields[:20])
        return f"{self.message}（{details}）" if details else self.message


class PortalAuthError(PortalError):
    """401 (no, wrong or expired token; bad credentials) or 403 (another enterprise's data)."""


class PortalNotFound(PortalError):
    """404: no such record for this account."""


class PortalStateError(PortalError):
    """409 invalid_state: e.g. revising a record that is not published."""


class PortalUnavailable(PortalError):
    """Retries exhausted on connection errors, timeouts, 5xx or 429."""

    def __init__(self, message: str, *, attempts: int, cause: str, status: int | None = None):
        super().__init__(message, status=status, code="unavailable")
        self.attempts = attempts
        self.cause = redact(cause)


class PortalProtocolError(PortalError):
    """The portal answered with something that is not the documented JSON."""

    def __init__(self, message: str, *, url: str, status: int | None = None) -> None:
        super().__init__(message, status=status, code="protocol")
        self.url = url


class InsecurePortalURL(PortalError, ValueError):
    """A plain-http URL to a non-loopback host (tokens would travel in clear text)."""


class KeyringUnavailable(PortalError):
    """The system has no password store; secrets can only be kept for this session."""
