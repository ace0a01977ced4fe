"""Per-enterprise portal accounts and tokens, kept only in the operating system's password store.

One keyring entry per credit code holds ``{"username", "password"}`` and another (``CODE:token``)
holds ``{"token", "expires_at"}``. Nothing is ever written to a file, obfuscated or not. Without
a password store, :class:`SessionSecrets` keeps them in memory for the running session only.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import keyring
import keyring.errors

from jxdeclare.domain.uscc import normalise_uscc
from jxdeclare.portal.errors import KeyringUnavailable

SERVICE = "jxdeclare-portal"
log = logging.getLogger("jxdeclare.portal")

NO_KEYRING = (
    "系统没有可用的密码库（钥匙串 / 凭据管理器），门户密码不会被保存，每次启动后需重新输入 / "
    "this system has no password store (keychain / credential manager): the portal password "
    "will not be saved and will be asked for in each session"
)


@dataclass(frozen=True)
class Account:
    credit_code: str
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class StoredToken:
    token: str = field(repr=False)
    expires_at: datetime  # aware, UTC

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) >= self.expires_at


class SecretStore(Protocol):
    def save_account(self, credit_code: str, username: str, password: str) -> None: ...
    def load_account(self, credit_code: str) -> Account | None: ...
    def forget_account(self, credit_code: str) -> None: ...
    def save_token(self, credit_code: str, token: str, expires_at: datetime) -> None: ...
    def load_token(self, credit_code: str) -> StoredToken | None: ...


class KeyringSecrets:
    """The OS keyring; every method raises KeyringUnavailable when there is none."""

    def save_account(self, credit_code: str, username: str, password: str) -> None:
        entry = json.dumps({"username": username, "password": password}, ensure_ascii=False)
        _keyring(keyring.set_password, SERVICE, _code(credit_code), entry)

    def load_account(self, credit_code: str) -> Account | None:
        data = _load(_code(credit_code))
        if not (isinstance(data.get("username"), str) and isinstance(data.get("password"), str)):
            return None
        return Account(_code(credit_code), data["username"], data["password"])

    def forget_account(self, credit_code: str) -> None:
        """Remove the account and its token; forgetting what is not stored is fine."""
        for name in (_code(credit_code), _token_name(credit_code)):
            with contextlib.suppress(_NotStored):
                _keyring(keyring.delete_password, SERVICE, name)

    def save_token(self, credit_code: str, token: str, expires_at: datetime) -> None:
        entry = json.dumps({"token": token, "expires_at": _utc(expires_at).isoformat()})
        _keyring(keyring.set_password, SERVICE, _token_name(credit_code), entry)

    def load_token(self, credit_code: str) -> StoredToken | None:
        """The saved token, or None when there is none or it has expired."""
        return _token(_load(_token_name(credit_code)))


class SessionSecrets:
    """In-memory stand-in for a missing password store: gone when the program exits."""

    def __init__(self) -> None:
        self._accounts: dict[str, Account] = {}
        self._tokens: dict[str, StoredToken] = {}

    def __repr__(self) -> str:
        return f"SessionSecrets(accounts={sorted(self._accounts)})"

    def save_account(self, credit_code: str, username: str, password: str) -> None:
        self._accounts[_code(credit_code)] = Account(_code(credit_code), username, password)

    def load_account(self, credit_code: str) -> Account | None:
        return self._accounts.get(_code(credit_code))

    def forget_account(self, credit_code: str) -> None:
        self._accounts.pop(_code(credit_code), None)
        self._tokens.pop(_code(credit_code), None)

    def save_token(self, credit_code: str, token: str, expires_at: datetime) -> None:
        self._tokens[_code(credit_code)] = StoredToken(token, _utc(expires_at))

    def load_token(self, credit_code: str) -> StoredToken | None:
        stored = self._tokens.get(_code(credit_code))
        return stored if stored is not None and not stored.expired() else None


def open_secrets() -> KeyringSecrets | SessionSecrets:
    """The OS keyring when it works, else a SessionSecrets (tell the user: see NO_KEYRING)."""
    try:
        _keyring(keyring.get_password, SERVICE, "-probe-")
    except KeyringUnavailable:
        return SessionSecrets()
    return KeyringSecrets()


_default = KeyringSecrets()
save_account = _default.save_account
load_account = _default.load_account
forget_account = _default.forget_account
save_token = _default.save_token
load_token = _default.load_token


class _NotStored(Exception):
    pass


def _keyring(function: Any, *args: str) -> Any:
    try:
        return function(*args)
    except keyring.errors.PasswordDeleteError as exc:
        raise _NotStored from exc
    except keyring.errors.KeyringError as exc:  # NoKeyringError, locked or refusing stores
        # The backend's text may echo what it was given; name only its type.
        log.info("keyring unavailable: %s", type(exc).__name__)
        raise KeyringUnavailable(NO_KEYRING, code=type(exc).__name__) from None


def _load(name: str) -> dict[str, Any]:
    text = _keyring(keyring.get_password, SERVICE, name)
    if text is None:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("unreadable portal keyring entry for %s ignored", name)
        return {}
    return data if isinstance(data, dict) else {}


def _token(data: dict[str, Any]) -> StoredToken | None:
    try:
        stored = StoredToken(data["token"], _utc(datetime.fromisoformat(data["expires_at"])))
    except (KeyError, TypeError, ValueError):
        return None
    return None if stored.expired() or not isinstance(stored.token, str) else stored


def _code(credit_code: str) -> str:
    code = normalise_uscc(credit_code)
    if not code:
        raise ValueError("统一社会信用代码不能为空 / the credit code must not be empty")
    return code


def _token_name(credit_code: str) -> str:
    return f"{_code(credit_code)}:token"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("令牌到期时间须带时区 / the token expiry must carry a time zone")
    return moment.astimezone(UTC)
