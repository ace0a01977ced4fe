"""Sandbox accounts and bearer tokens. Only hashes are stored: scrypt (salted) for passwords,
SHA-256 for tokens, so a copied sandbox database gives no usable secret away."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

from jxdeclare.portal.sandbox_store import write

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


@dataclass(frozen=True)
class Account:
    username: str
    credit_code: str  # each account declares for exactly one enterprise


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _scrypt(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)


def add_account(conn: sqlite3.Connection, username: str, password: str, credit_code: str) -> None:
    """Create or replace an account (a new password invalidates its tokens)."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt)
    with write(conn):
        conn.execute("DELETE FROM tokens WHERE username = ?", (username,))
        conn.execute(
            "INSERT OR REPLACE INTO accounts VALUES (?, ?, ?, ?)",
            (username, salt, digest, credit_code),
        )


def login(
    conn: sqlite3.Connection, username: str, password: str, *, ttl: float, now: float
) -> tuple[str, Account] | None:
    """A new token for good credentials, else None (unknown user and bad password alike)."""
    row = conn.execute("SELECT * FROM accounts WHERE username = ?", (username,)).fetchone()
    salt = row["salt"] if row else b"\0" * 16  # hash anyway: no timing hint of unknown users
    digest = _scrypt(password, salt)
    if row is None or not hmac.compare_digest(digest, row["password_scrypt"]):
        return None
    token = secrets.token_urlsafe(32)
    with write(conn):
        conn.execute("DELETE FROM tokens WHERE expires_epoch <= ?", (now,))
        conn.execute(
            "INSERT INTO tokens VALUES (?, ?, ?)", (token_hash(token), username, now + ttl)
        )
    return token, Account(username, row["credit_code"])


def account_for_token(conn: sqlite3.Connection, token: str, now: float) -> Account | None:
    row = conn.execute(
        "SELECT a.username, a.credit_code FROM tokens t JOIN accounts a USING (username)"
        " WHERE t.token_sha256 = ? AND t.expires_epoch > ?",
        (token_hash(token), now),
    ).fetchone()
    return Account(row["username"], row["credit_code"]) if row else None
