"""A database password typed into 设置 goes to the OS keyring, never into settings.json."""

from __future__ import annotations

import logging
from urllib.parse import SplitResult, urlsplit, urlunsplit

SERVICE = "jxdeclare-database"
log = logging.getLogger(__name__)


def _account(parts: SplitResult) -> str:
    """The keyring entry: user, host, port and database, i.e. the URL less its password."""
    return urlunsplit(parts._replace(netloc=_netloc(parts, password=None)))


def _netloc(parts: SplitResult, password: str | None) -> str:
    user = parts.username or ""
    auth = f"{user}:{password}" if password else user
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{auth}@{host}" if auth else host


def store_password(url: str) -> str:
    """Move the password of ``url`` into the keyring; returns the URL without it."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    import keyring

    keyring.set_password(SERVICE, _account(parts), parts.password)
    return _account(parts)


def with_password(url: str) -> str:
    """Add the password kept in the keyring, if any, to a URL saved without one."""
    parts = urlsplit(url)
    if not parts.username or parts.password:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(SERVICE, _account(parts))
    except KeyringError as exc:  # no usable keyring: connect without, the server will say so
        log.warning("keyring unavailable: %s", exc)
        return url
    return urlunsplit(parts._replace(netloc=_netloc(parts, password))) if password else url
