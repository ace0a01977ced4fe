"""The sandbox's SQLite store: schema, transactions and declaration records.

Each request thread opens its own connection (:meth:`SandboxStore.connect`). Writes run in
``BEGIN IMMEDIATE`` so the check for an existing idempotency key and the insert are one atomic
step; the UNIQUE (credit_code, idempotency_key) constraint backs that up. Accounts and tokens:
:mod:`jxdeclare.portal.sandbox_accounts`.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jxdeclare.portal.protocol import payload_sha256

_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    username TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    password_scrypt BLOB NOT NULL,
    credit_code TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token_sha256 TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES accounts(username) ON DELETE CASCADE,
    expires_epoch REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS declarations (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    credit_code TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    state TEXT NOT NULL,
    standard_number TEXT NOT NULL,
    received_epoch REAL NOT NULL,
    published_epoch REAL,
    payload_sha256 TEXT NOT NULL,
    payload_json TEXT NOT NULL,  -- the payload without the PDF's base64 (kept in pdf)
    pdf BLOB,
    pdf_sha256 TEXT,
    revises TEXT REFERENCES declarations(id),
    withdraw_reason TEXT,
    UNIQUE (credit_code, idempotency_key)
);
"""
PUBLISHABLE = ("published", "revised")  # states whose public page exists


class StoreError(Exception):
    """A request the data refuses; ``status``/``code`` are the API's (e.g. 409 invalid_state)."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def iso(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    moment = datetime.fromtimestamp(epoch, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class SandboxStore:
    def __init__(
        self,
        path: str | Path,
        *,
        review_delay: float = 5.0,
        token_ttl: float = 3600.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.review_delay = review_delay  # negative: only manual approval publishes
        self.token_ttl = token_ttl
        self.clock = clock
        with self.connection() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)

    def connect(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN ourselves; timeout: wait for the write lock.
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        conn = self.connect()
        try:
            yield conn
        finally:
            conn.close()

    # -- declarations -------------------------------------------------------------------------

    def create(
        self,
        conn: sqlite3.Connection,
        credit_code: str,
        key: str,
        payload: dict[str, Any],
        standard_number: str,
        revises: str | None = None,
    ) -> tuple[bool, sqlite3.Row]:
        """Store a validated payload once per key: (created, row); a replay returns the original.

        Raises StoreError for a key reused with another payload, or a revision of a record that
        does not exist, is not published, or is of another standard.
        """
        digest = payload_sha256(payload)
        stripped, pdf = _split_pdf(payload)
        with write(conn):
            self._publish_due(conn)
            existing = self._by_key(conn, credit_code, key)
            if existing is not None:
                if existing["payload_sha256"] != digest or existing["revises"] != revises:
                    raise StoreError(409, "idempotency_conflict", _CONFLICT.format(key=key))
                return False, existing
            if revises is not None:
                self._check_revisable(conn, credit_code, revises, standard_number)
            now = self.clock()
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM declarations").fetchone()[0]
            record_id = f"JX-{datetime.fromtimestamp(now, UTC).year}-{seq:06d}"
            conn.execute(
                "INSERT INTO declarations (seq, id, credit_code, idempotency_key, state,"
                " standard_number, received_epoch, payload_sha256, payload_json, pdf, pdf_sha256,"
                " revises) VALUES (?, ?, ?, ?, 'pending_review', ?, ?, ?, ?, ?, ?, ?)",
                (seq, record_id, credit_code, key, standard_number, now, digest,
                 json.dumps(stripped, ensure_ascii=False), pdf,
                 hashlib.sha256(pdf).hexdigest() if pdf is not None else None, revises),
            )  # fmt: skip
            if revises is not None:
                conn.execute("UPDATE declarations SET state = 'revised' WHERE id = ?", (revises,))
            return True, self._by_key(conn, credit_code, key)  # type: ignore[return-value]

    def get(self, conn: sqlite3.Connection, credit_code: str | None, record_id: str) -> sqlite3.Row:
        """One record; None as credit_code means any enterprise (admin). 404 otherwise."""
        self.publish_due(conn)
        row = conn.execute("SELECT * FROM declarations WHERE id = ?", (record_id,)).fetchone()
        if row is None or (credit_code is not None and row["credit_code"] != credit_code):
            raise StoreError(404, "not_found", _NOT_FOUND.format(id=record_id))
        return row

    def find(
        self, conn: sqlite3.Connection, credit_code: str, keys: list[str]
    ) -> list[sqlite3.Row]:
        self.publish_due(conn)
        marks = ",".join("?" * len(keys))
        return conn.execute(
            f"SELECT * FROM declarations WHERE credit_code = ? AND idempotency_key IN ({marks})"
            " ORDER BY seq",
            (credit_code, *keys),
        ).fetchall()

    def withdraw(
        self, conn: sqlite3.Connection, credit_code: str, record_id: str, reason: str
    ) -> sqlite3.Row:
        """Withdraw a pending or published record; withdrawing it again is a harmless repeat."""
        with write(conn):
            self._publish_due(conn)
            row = self.get(conn, credit_code, record_id)
            if row["state"] not in ("pending_review", "published", "withdrawn"):
                raise _invalid_state(row)
            if row["state"] != "withdrawn":
                conn.execute(
                    "UPDATE declarations SET state = 'withdrawn', withdraw_reason = ? WHERE id = ?",
                    (reason, record_id),
                )
            return self.get(conn, credit_code, record_id)

    def approve(self, conn: sqlite3.Connection, record_id: str) -> sqlite3.Row:
        """Publish a pending record now (the reviewer's decision); published stays published."""
        with write(conn):
            self._publish_due(conn)
            row = self.get(conn, None, record_id)
            if row["state"] == "pending_review":
                conn.execute(
                    "UPDATE declarations SET state = 'published', published_epoch = ? WHERE id = ?",
                    (self.clock(), record_id),
                )
            elif row["state"] != "published":
                raise _invalid_state(row)
            return self.get(conn, None, record_id)

    def counts(self, conn: sqlite3.Connection) -> dict[str, Any]:
        self.publish_due(conn)
        by_state = dict(conn.execute("SELECT state, COUNT(*) FROM declarations GROUP BY state"))
        keys = conn.execute(
            "SELECT COUNT(*) FROM (SELECT DISTINCT credit_code, idempotency_key FROM declarations)"
        ).fetchone()[0]
        return {"records": sum(by_state.values()), "distinct_keys": keys, "by_state": by_state}

    def payload(self, row: sqlite3.Row) -> dict[str, Any]:
        return json.loads(row["payload_json"])

    # -- helpers ------------------------------------------------------------------------------

    def publish_due(self, conn: sqlite3.Connection) -> None:
        """Review is evaluated lazily: records past the review delay become published on read."""
        if self.review_delay < 0:
            return
        due = conn.execute(
            "SELECT 1 FROM declarations WHERE state = 'pending_review' AND received_epoch <= ?"
            " LIMIT 1",
            (self.clock() - self.review_delay,),
        ).fetchone()
        if due and not conn.in_transaction:
            with write(conn):
                self._publish_due(conn)

    def _publish_due(self, conn: sqlite3.Connection) -> None:
        if self.review_delay >= 0:
            conn.execute(
                "UPDATE declarations SET state = 'published', published_epoch = received_epoch + ?"
                " WHERE state = 'pending_review' AND received_epoch <= ?",
                (self.review_delay, self.clock() - self.review_delay),
            )

    def _by_key(self, conn: sqlite3.Connection, credit_code: str, key: str) -> sqlite3.Row | None:
        return conn.execute(
            "SELECT * FROM declarations WHERE credit_code = ? AND idempotency_key = ?",
            (credit_code, key),
        ).fetchone()

    def _check_revisable(
        self, conn: sqlite3.Connection, credit_code: str, record_id: str, number: str
    ) -> None:
        old = self.get(conn, credit_code, record_id)
        if old["state"] != "published":
            raise _invalid_state(old)
        if old["standard_number"] != number:
            message = _OTHER_STANDARD.format(old=old["standard_number"], new=number)
            raise StoreError(422, "validation_failed", message, field="standard.number")


def record_json(row: sqlite3.Row, base_url: str) -> dict[str, Any]:
    """A stored row as the API's Record."""
    public = row["state"] in PUBLISHABLE and row["published_epoch"] is not None
    return {
        "id": row["id"],
        "idempotency_key": row["idempotency_key"],
        "state": row["state"],
        "credit_code": row["credit_code"],
        "standard_number": row["standard_number"],
        "received_at": iso(row["received_epoch"]),
        "published_at": iso(row["published_epoch"]),
        "public_url": f"{base_url}/public/declarations/{row['id']}" if public else None,
        "payload_sha256": row["payload_sha256"],
        "pdf_sha256": row["pdf_sha256"],
        "revises": row["revises"],
    }


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction holding SQLite's write lock from the start (no upgrade races)."""
    if conn.in_transaction:  # nested: the outer transaction already holds the lock
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _invalid_state(row: sqlite3.Row) -> StoreError:
    return StoreError(409, "invalid_state", _STATE.format(id=row["id"], state=row["state"]))


def _split_pdf(payload: dict[str, Any]) -> tuple[dict[str, Any], bytes | None]:
    """The payload without the PDF's base64 text, and the PDF bytes for the BLOB column."""
    pdf = payload.get("text_pdf")
    if not isinstance(pdf, dict) or not isinstance(pdf.get("content_base64"), str):
        return payload, None
    stripped = copy.deepcopy(payload)
    content = base64.b64decode(stripped["text_pdf"].pop("content_base64"))
    return stripped, content


_CONFLICT = (
    "幂等键“{key}”已用于另一份不同的申报内容 / "
    "idempotency key '{key}' was already used with a different payload"
)
_NOT_FOUND = "没有编号为“{id}”的申报记录 / no declaration '{id}' for this account"
_STATE = "申报记录“{id}”当前状态为 {state}，不能进行此操作 / declaration '{id}' is {state}"
_OTHER_STANDARD = (
    "修订只能针对同一标准：原记录为“{old}”，本次为“{new}” / "
    "a revision must keep the standard number: '{old}' was declared, '{new}' was sent"
)
