"""Portal accounts and tokens: in the OS keyring (tests/conftest.py installs an in-memory one),
never in a file; without a keyring, a clear error and an in-memory session store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from jxdeclare.portal import credentials
from jxdeclare.portal.credentials import (
    SERVICE,
    KeyringSecrets,
    KeyringUnavailable,
    SessionSecrets,
    open_secrets,
)
from jxdeclare.portal.errors import PortalError

CODE = "91360100158300003X"
OTHER = "91110000600037341L"
SOON = datetime.now(UTC) + timedelta(hours=1)


@pytest.fixture
def memory_keyring() -> KeyringBackend:
    """The suite's in-memory keyring (tests/conftest.py), emptied for this test."""
    backend = keyring.get_keyring()
    assert type(backend).__name__ == "MemoryKeyring"
    backend.secrets.clear()  # type: ignore[attr-defined]
    yield backend
    backend.secrets.clear()  # type: ignore[attr-defined]


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a machine without any password store looks like to ``keyring``."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())


def test_accounts_are_kept_per_enterprise(memory_keyring: KeyringBackend) -> None:
    credentials.save_account(CODE, "alice", "口令-1")
    credentials.save_account(OTHER, "bob", "pw-2")
    account = credentials.load_account(" 913601001583００003x ")  # pasted: spaces, full width
    assert account is not None
    assert (account.credit_code, account.username, account.password) == (CODE, "alice", "口令-1")
    assert "口令-1" not in repr(account)
    assert credentials.load_account(OTHER).username == "bob"  # type: ignore[union-attr]
    assert {name for service, name in memory_keyring.secrets} == {CODE, OTHER}  # type: ignore[attr-defined]
    assert {service for service, _name in memory_keyring.secrets} == {SERVICE}  # type: ignore[attr-defined]


def test_tokens_live_in_the_keyring_with_their_expiry(memory_keyring: KeyringBackend) -> None:
    credentials.save_token(CODE, "tok-123", SOON)
    stored = credentials.load_token(CODE)
    assert stored is not None and stored.token == "tok-123"
    assert stored.expires_at == SOON and not stored.expired()
    assert "tok-123" not in repr(stored)
    credentials.save_token(CODE, "tok-old", datetime.now(UTC) - timedelta(seconds=1))
    assert credentials.load_token(CODE) is None  # an expired token is as good as none
    with pytest.raises(ValueError):
        credentials.save_token(CODE, "tok", datetime(2030, 1, 1))  # no time zone


def test_forgetting_removes_account_and_token(memory_keyring: KeyringBackend) -> None:
    credentials.save_account(CODE, "alice", "pw")
    credentials.save_token(CODE, "tok", SOON)
    credentials.forget_account(CODE)
    assert credentials.load_account(CODE) is None and credentials.load_token(CODE) is None
    assert memory_keyring.secrets == {}  # type: ignore[attr-defined]
    credentials.forget_account(CODE)  # nothing stored: still fine


def test_nothing_unreadable_is_trusted(memory_keyring: KeyringBackend) -> None:
    memory_keyring.set_password(SERVICE, CODE, "not json")
    memory_keyring.set_password(SERVICE, f"{CODE}:token", '{"token": 1}')
    assert credentials.load_account(CODE) is None and credentials.load_token(CODE) is None


def test_no_keyring_is_a_clear_error(no_keyring: None) -> None:
    for call in (
        lambda: credentials.save_account(CODE, "alice", "secret-pw"),
        lambda: credentials.load_account(CODE),
        lambda: credentials.save_token(CODE, "secret-token", SOON),
        lambda: credentials.load_token(CODE),
        lambda: credentials.forget_account(CODE),
    ):
        with pytest.raises(KeyringUnavailable) as caught:
            call()
        assert isinstance(caught.value, PortalError)
        message = caught.value.message
        assert "密码库" in message and "password store" in message and " / " in message
        assert "secret" not in message
    assert isinstance(open_secrets(), SessionSecrets)


def test_other_keyring_errors_are_unavailable_too(monkeypatch: pytest.MonkeyPatch) -> None:
    class Locked(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str, *secret: str) -> str | None:
            raise keyring.errors.KeyringLocked(f"locked, refusing {secret}")

        set_password = delete_password = get_password  # type: ignore[assignment]

    monkeypatch.setattr(keyring.core, "_keyring_backend", Locked())
    with pytest.raises(KeyringUnavailable) as caught:
        credentials.save_account(CODE, "alice", "secret-pw")
    assert "secret-pw" not in str(caught.value)


def test_session_secrets_stand_in_for_this_session_only(no_keyring: None) -> None:
    store = SessionSecrets()
    store.save_account(CODE, "alice", "pw-1")
    store.save_token(CODE, "tok", SOON)
    assert store.load_account(CODE).password == "pw-1"  # type: ignore[union-attr]
    assert store.load_token(CODE).token == "tok"  # type: ignore[union-attr]
    assert "pw-1" not in repr(store) and "tok" not in repr(store)
    assert SessionSecrets().load_account(CODE) is None  # another session knows nothing
    store.save_token(OTHER, "old", datetime.now(UTC) - timedelta(seconds=1))
    assert store.load_token(OTHER) is None
    store.forget_account(CODE)
    assert store.load_account(CODE) is None and store.load_token(CODE) is None


def test_open_secrets_prefers_the_keyring(memory_keyring: KeyringBackend) -> None:
    assert isinstance(open_secrets(), KeyringSecrets)
