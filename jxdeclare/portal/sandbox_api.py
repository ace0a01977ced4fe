"""The sandbox's endpoints, apart from HTTP: a parsed request in, a status and JSON body out.

:mod:`jxdeclare.portal.sandbox` does the sockets, fault injection and threading.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from jxdeclare.portal import sandbox_accounts as accounts
from jxdeclare.portal.errors import FieldError
from jxdeclare.portal.faults import FaultPlan
from jxdeclare.portal.protocol import API_PREFIX, MAX_BATCH, valid_key
from jxdeclare.portal.sandbox_accounts import Account
from jxdeclare.portal.sandbox_admin import AdminEndpoints
from jxdeclare.portal.sandbox_store import SandboxStore, StoreError, iso, record_json
from jxdeclare.portal.sandbox_wire import (
    Reply,
    Request,
    SandboxError,
    from_store,
    read_json,
    read_object,
    too_many,
)
from jxdeclare.portal.validation import (
    payload_credit_code,
    payload_standard_number,
    validate_declaration,
)

log = logging.getLogger("jxdeclare.portal.sandbox")

KEY_RULE = "1～128 个字符，只能用 A-Z a-z 0-9 _ - / 1-128 characters of A-Z a-z 0-9 _ -"
_RECEIPT_FIELDS = (
    "state", "credit_code", "standard_number", "received_at", "published_at", "public_url",
    "payload_sha256", "pdf_sha256",
)  # fmt: skip
Handler = Callable[..., Reply]


class SandboxApi(AdminEndpoints):
    def __init__(self, store: SandboxStore, faults: FaultPlan) -> None:
        self.store = store
        self.faults = faults
        self.base_url = ""  # set once the server is bound; public URLs start with it
        self._lock = threading.Lock()
        self._requests = 0
        one, admin = f"{API_PREFIX}/declarations/(?P<record_id>[^/]+)", f"{API_PREFIX}/_sandbox"
        table: list[tuple[str, str, Handler, bool]] = [  # method, path, handler, needs a token
            ("POST", f"{API_PREFIX}/auth/token", self._token, False),
            ("POST", f"{API_PREFIX}/declarations", self._declare, True),
            ("GET", f"{API_PREFIX}/declarations", self._find, True),
            ("POST", f"{API_PREFIX}/declarations/batch", self._batch, True),
            ("GET", one, self._get, True),
            ("GET", f"{one}/receipt", self._receipt, True),
            ("POST", f"{one}/revise", self._declare, True),
            ("POST", f"{one}/withdraw", self._withdraw, True),
            ("POST", f"{admin}/accounts", self._add_account, False),
            ("POST", f"{admin}/approve/(?P<record_id>[^/]+)", self._approve, False),
            ("PUT", f"{admin}/faults", self._set_faults, False),
            ("GET", f"{admin}/stats", self._stats, False),
            ("GET", "/public/declarations/(?P<record_id>[^/]+)", self._public, False),
        ]
        self._routes = [(m, re.compile(p), h, t) for m, p, h, t in table]

    def count_request(self) -> None:
        with self._lock:
            self._requests += 1

    def stats(self, conn: sqlite3.Connection) -> dict[str, Any]:
        with self._lock:
            requests = self._requests
        counts = self.store.counts(conn)
        return counts | {"requests": requests, "faults_injected": self.faults.injected}

    def handle(self, conn: sqlite3.Connection, request: Request) -> Reply:
        """Route and run one request; every failure becomes the documented error body."""
        try:
            handler, args, needs_token = self._route(request)
            if needs_token:
                args["account"] = self._authenticate(conn, request)
            return handler(conn, request, **args)
        except SandboxError as exc:
            extra = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
            return Reply(exc.status, exc.body(), extra)
        except sqlite3.OperationalError as exc:  # e.g. the write lock not granted in time
            log.warning("sandbox database busy: %s", exc)
            busy = SandboxError(503, "unavailable", "沙箱数据库繁忙 / sandbox database busy")
            return Reply(503, busy.body(), {"Retry-After": "1"})
        except Exception:
            log.exception("sandbox request %s %s failed", request.method, request.path)
            error = SandboxError(500, "internal", "沙箱内部错误 / internal sandbox error")
            return Reply(500, error.body())

    def _route(self, request: Request) -> tuple[Handler, dict[str, Any], bool]:
        for method, pattern, handler, needs_token in self._routes:
            if method == request.method and (match := pattern.fullmatch(request.path)):
                args = {name: unquote(value) for name, value in match.groupdict().items()}
                return handler, args, needs_token
        message = f"没有这个接口：{request.method} {request.path} / no such endpoint"
        raise SandboxError(404, "not_found", message)

    def _authenticate(self, conn: sqlite3.Connection, request: Request) -> Account:
        scheme, _, token = (request.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise SandboxError(401, "unauthorized", "缺少访问令牌 / missing bearer token")
        account = accounts.account_for_token(conn, token.strip(), self.store.clock())
        if account is None:
            message = "访问令牌无效或已过期 / invalid or expired token"
            raise SandboxError(401, "unauthorized", message)
        return account

    def _create(
        self, conn: sqlite3.Connection, account: Account, key: str, payload: Any,
        revises: str | None = None,
    ) -> tuple[bool, dict[str, Any]]:  # fmt: skip
        """Single-POST semantics shared by POST, batch items and revise: (created, record)."""
        errors = validate_declaration(payload)
        code = payload_credit_code(payload)
        code_ok = not any(e.field == "enterprise.credit_code" for e in errors)
        if code and code_ok and code != account.credit_code:
            message = (
                f"此账号只能为 {account.credit_code} 申报，不能为 {code} 申报 / this account "
                f"declares for {account.credit_code} only, not {code}"
            )
            raise SandboxError(403, "forbidden", message)
        if errors:
            count = len(errors)
            message = f"申报内容有 {count} 处问题 / the declaration has {count} problem(s)"
            raise SandboxError(422, "validation_failed", message, errors)
        number = payload_standard_number(payload)
        try:
            created, row = self.store.create(
                conn, account.credit_code, key, payload, number, revises
            )
        except StoreError as exc:
            raise from_store(exc) from None
        return created, record_json(row, self.base_url)

    # -- endpoints ----------------------------------------------------------------------------

    def _token(self, conn: sqlite3.Connection, request: Request) -> Reply:
        body = read_object(request)
        username, password = body.get("username"), body.get("password")
        if not (isinstance(username, str) and isinstance(password, str)):
            message = "须提供 username 和 password / username and password are required"
            raise SandboxError(400, "bad_request", message)
        now, ttl = self.store.clock(), self.store.token_ttl
        result = accounts.login(conn, username, password, ttl=ttl, now=now)
        if result is None:
            message = "用户名或密码错误 / wrong username or password"
            raise SandboxError(401, "unauthorized", message)
        token, account = result
        reply = {"token": token, "token_type": "Bearer", "expires_in": int(ttl)}
        return Reply(200, reply | {"credit_code": account.credit_code})

    def _declare(
        self,
        conn: sqlite3.Connection,
        request: Request,
        account: Account,
        record_id: str | None = None,  # set for /revise: the record this one revises
    ) -> Reply:
        key = request.headers.get("Idempotency-Key")
        if not valid_key(key):
            message = "Idempotency-Key 请求头缺失或不合规 / missing or bad Idempotency-Key"
            fields = [FieldError("Idempotency-Key", KEY_RULE)]
            raise SandboxError(400, "bad_request", message, fields)
        assert key is not None
        created, record = self._create(conn, account, key, read_json(request), record_id)
        if created:
            location = f"{API_PREFIX}/declarations/{record['id']}"
            return Reply(201, record, {"Location": location})
        return Reply(200, record, {"Idempotent-Replayed": "true"})

    def _batch(self, conn: sqlite3.Connection, request: Request, account: Account) -> Reply:
        items = read_object(request).get("items")
        if not isinstance(items, list) or not items:
            message = "items 应为非空数组 / items must be a non-empty array"
            raise SandboxError(400, "bad_request", message, [FieldError("items", message)])
        if len(items) > MAX_BATCH:
            raise too_many("items", len(items))
        for i, item in enumerate(items):  # the envelope is checked whole before anything is stored
            if not isinstance(item, dict) or not valid_key(item.get("idempotency_key")):
                fields = [FieldError(f"items[{i}].idempotency_key", KEY_RULE)]
                raise SandboxError(400, "bad_request", "批量条目格式错误 / bad batch item", fields)
        return Reply(200, {"results": [self._batch_item(conn, account, item) for item in items]})

    def _batch_item(
        self, conn: sqlite3.Connection, account: Account, item: dict[str, Any]
    ) -> dict[str, Any]:
        """One item in its own transaction, exactly as if it had been POSTed alone."""
        key = item["idempotency_key"]
        try:
            created, record = self._create(conn, account, key, item.get("declaration"))
        except SandboxError as exc:
            return {"idempotency_key": key, "status": exc.status, "record": None,
                    "error": exc.body()["error"]}  # fmt: skip
        status = 201 if created else 200
        return {"idempotency_key": key, "status": status, "record": record, "error": None}

    def _find(self, conn: sqlite3.Connection, request: Request, account: Account) -> Reply:
        keys = list(request.query.get("idempotency_key", []))
        if not keys:
            message = "至少给出一个 idempotency_key / give at least one idempotency_key"
            raise SandboxError(400, "bad_request", message)
        if len(keys) > MAX_BATCH:
            raise too_many("idempotency_key", len(keys))
        if bad := [i for i, key in enumerate(keys) if not valid_key(key)]:
            fields = [FieldError(f"idempotency_key[{i}]", KEY_RULE) for i in bad]
            raise SandboxError(400, "bad_request", "幂等键不合规 / bad idempotency key", fields)
        rows = self.store.find(conn, account.credit_code, keys)
        return Reply(200, {"items": [record_json(row, self.base_url) for row in rows]})

    def _get(
        self, conn: sqlite3.Connection, request: Request, account: Account, record_id: str
    ) -> Reply:
        return Reply(200, self._record(conn, account, record_id))

    def _receipt(
        self, conn: sqlite3.Connection, request: Request, account: Account, record_id: str
    ) -> Reply:
        record = self._record(conn, account, record_id)
        receipt = {"receipt_no": "RC-" + record_id.removeprefix("JX-"), "declaration_id": record_id}
        receipt |= {name: record[name] for name in _RECEIPT_FIELDS}
        return Reply(200, receipt | {"issued_at": iso(self.store.clock())})

    def _withdraw(
        self, conn: sqlite3.Connection, request: Request, account: Account, record_id: str
    ) -> Reply:
        reason = read_object(request).get("reason")
        if not isinstance(reason, str) or not reason.strip():
            problem = FieldError("reason", "须说明撤销原因 / a reason is required")
            raise SandboxError(422, "validation_failed", problem.message, [problem])
        try:
            row = self.store.withdraw(conn, account.credit_code, record_id, reason.strip())
        except StoreError as exc:
            raise from_store(exc) from None
        return Reply(200, record_json(row, self.base_url))

    def _record(self, conn: sqlite3.Connection, account: Account, record_id: str) -> dict[str, Any]:
        try:
            return record_json(self.store.get(conn, account.credit_code, record_id), self.base_url)
        except StoreError as exc:
            raise from_store(exc) from None
