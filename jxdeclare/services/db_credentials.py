"""A database password typed into 设置 goes to the OS keyring, never into settings.json."""

from __future__ import annotations

import logging
from urllib.parse import SplitResult, urlsplit, urlunsplit

from jxdeclare.services.errors import ServiceError

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
    """Move the password of ``url`` into the keyring; returns the URL without it.

    The address is checked first (a malformed one is refused with a message that does not
    repeat the password). Where no keyring works the password is not written anywhere else:
    the caller keeps its settings as they were and the person is told to use a password file.
    """
    from jxdeclare.store.engine import DatabaseUrlError, normalise_url

    try:
        normalise_url(url)
    except DatabaseUrlError as exc:
        raise ServiceError(str(exc)) from None
    parts = urlsplit(url)
    if not parts.password:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _account(parts), parts.password)
    except KeyringError as exc:  # NoKeyringError, a locked or refusing store
        log.warning("keyring unavailable: %s", type(exc).__name__)
        raise ServiceError(
            "这台电脑没有可用的系统密钥库，数据库密码无法安全保存，设置没有改动。请把密码从地址中"
            "去掉，改用 PostgreSQL 的密码文件（PGPASSFILE，见 README）。 / No keyring is available "
            "to keep the database password; settings unchanged. Use a PGPASSFILE instead."
        ) from None
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
