"""HTTP client of the provincial exchange API (docs/portal-api.md).

Every POST carries an Idempotency-Key, which is what makes retrying it safe: the portal answers
a repeat with the record it already has. A malformed answer is never retried, because the write
may have happened; the caller reconciles with :meth:`PortalClient.find` instead.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from jxdeclare.portal.errors import (
    PortalAuthError,
    PortalError,
    PortalProtocolError,
    PortalUnavailable,
    PortalValidationError,
)
from jxdeclare.portal.protocol import (
    API_PREFIX,
    MAX_BATCH,
    check_url,
    is_loopback_host,
    valid_key,
)
from jxdeclare.portal.records import BatchItemResult, RemoteRecord, error_from_body, shape_error
from jxdeclare.portal.redact import RedactingFilter, redact

__all__ = ["BatchItemResult", "PortalClient", "RemoteRecord"]

log = logging.getLogger("jxdeclare.portal")
log.addFilter(RedactingFilter())  # nothing this module logs may carry a secret

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_EXCERPT = 80  # characters of an unreadable body quoted in an error, never more
_TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)


class PortalClient:
    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        retries: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = check_url(base_url)
        self._token = token
        self.token_expires_at: datetime | None = None  # known after login()
        self.credit_code: str | None = None  # the enterprise this account declares for
        self.timeout = (connect_timeout, read_timeout)
        self.retries = max(0, retries)
        self.backoff, self.max_backoff = backoff, max_backoff
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._own_session = session is None
        self._session = session or requests.Session()
        # A proxy from the environment must not see (or break) traffic to this machine.
        loopback = is_loopback_host(urlsplit(self.base_url).hostname or "")
        self._proxies = {"http": None, "https": None} if loopback else None

    @property
    def token(self) -> str | None:
        return self._token

    def __repr__(self) -> str:  # never the token
        return f"PortalClient({self.base_url!r}, logged_in={self._token is not None})"

    def close(self) -> None:
        if self._own_session:
            self._session.close()

    def __del__(self) -> None:
        # A client dropped without close() must not leave its pooled sockets to the GC.
        if getattr(self, "_own_session", False):
            self._session.close()

    def __enter__(self) -> PortalClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the API ------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> str:
        """Exchange credentials for a bearer token; sets and returns it."""
        body = {"username": username, "password": password}
        attempts = self.retries + 1
        for attempt in range(attempts):
            # A garbled answer is retried like a lost one: logging in again only makes another
            # token, unlike a declaration it cannot be stored twice.
            try:
                data, url = self._call("POST", "/auth/token", body=body, auth=False)
                if not (isinstance(data, dict) and isinstance(data.get("token"), str)
                        and isinstance(data.get("expires_in"), int)):  # fmt: skip
                    zh, en = "缺少 token 或 expires_in", "lacks token or expires_in"
                    raise shape_error(url, "token", zh, en)
                break
            except PortalProtocolError:
                log.info("POST /auth/token -> malformed answer (attempt %d/%d)",
                         attempt + 1, attempts)  # fmt: skip
                if attempt + 1 == attempts:
                    raise
                self._sleep(self._backoff(attempt))
        self._token = data["token"]
        self.token_expires_at = datetime.now(UTC) + timedelta(seconds=data["expires_in"])
        self.credit_code = data.get("credit_code")
        return self._token

    def submit(self, payload: dict[str, Any], idempotency_key: str) -> RemoteRecord:
        """201 for a new record, 200 for a replay of this key: either way the portal's record."""
        headers = {"Idempotency-Key": _checked_key(idempotency_key)}
        data, url = self._call("POST", "/declarations", body=payload, headers=headers)
        return RemoteRecord.from_json(data, url)

    def submit_batch(self, items: list[tuple[str, dict[str, Any]]]) -> list[BatchItemResult]:
        """Results in input order; lists over 100 items go as several requests."""
        results: list[BatchItemResult] = []
        for chunk in _chunks(items, MAX_BATCH):
            body = {"items": [{"idempotency_key": _checked_key(key), "declaration": payload}
                              for key, payload in chunk]}  # fmt: skip
            data, url = self._call("POST", "/declarations/batch", body=body)
            answers = data.get("results") if isinstance(data, dict) else None
            if not isinstance(answers, list) or len(answers) != len(chunk):
                zh, en = f"应有 {len(chunk)} 项结果", f"should hold {len(chunk)} results"
                raise shape_error(url, "results", zh, en)
            pairs = zip(answers, chunk, strict=True)
            results += [_batch_item(answer, key, url) for answer, (key, _payload) in pairs]
        return results

    def get(self, remote_id: str) -> RemoteRecord:
        data, url = self._call("GET", f"/declarations/{_segment(remote_id)}")
        return RemoteRecord.from_json(data, url)

    def find(self, keys: list[str]) -> dict[str, RemoteRecord]:
        """The records the portal has for these keys (absent keys were never stored)."""
        found: dict[str, RemoteRecord] = {}
        for chunk in _chunks(list(dict.fromkeys(keys)), MAX_BATCH):
            params = {"idempotency_key": [_checked_key(key) for key in chunk]}
            data, url = self._call("GET", "/declarations", params=params)
            items = data.get("items") if isinstance(data, dict) else None
            if not isinstance(items, list):
                raise shape_error(url, "items", "缺失或不是数组", "is missing or not an array")
            for item in items:
                record = RemoteRecord.from_json(item, url)
                found[record.idempotency_key] = record
        return found

    def receipt(self, remote_id: str) -> dict[str, Any]:
        data, url = self._call("GET", f"/declarations/{_segment(remote_id)}/receipt")
        if not (isinstance(data, dict) and isinstance(data.get("receipt_no"), str)):
            raise shape_error(url, "receipt_no", "缺失", "is missing")
        return data

    def revise(self, remote_id: str, payload: dict[str, Any], idempotency_key: str) -> RemoteRecord:
        """A new record revising a published one (same enterprise and standard number)."""
        headers = {"Idempotency-Key": _checked_key(idempotency_key)}
        path = f"/declarations/{_segment(remote_id)}/revise"
        data, url = self._call("POST", path, body=payload, headers=headers)
        return RemoteRecord.from_json(data, url)

    def withdraw(self, remote_id: str, reason: str) -> RemoteRecord:
        # Safe to retry without a key: withdrawing a withdrawn record returns it unchanged.
        path = f"/declarations/{_segment(remote_id)}/withdraw"
        data, url = self._call("POST", path, body={"reason": reason})
        return RemoteRecord.from_json(data, url)

    # -- transport ----------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
    ) -> tuple[Any, str]:
        """(decoded JSON of a 2xx answer, URL); raises the matching PortalError otherwise."""
        url = f"{self.base_url}{API_PREFIX}{path}"
        sent = {"Accept": "application/json", **(headers or {})}
        if auth:
            if self._token is None:
                raise PortalAuthError("尚未登录门户 / not logged in to the portal")
            sent["Authorization"] = f"Bearer {self._token}"
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
            sent["Content-Type"] = "application/json; charset=utf-8"
        response = self._send(method, url, path, data=data, params=params, headers=sent)
        if 300 <= response.status_code < 400:
            zh, en = f"意外的重定向（HTTP {response.status_code}）", "unexpected redirect"
            raise shape_error(url, "status", zh, en)
        decoded = self._decode(response, url)
        if response.status_code >= 400:
            error = decoded.get("error") if isinstance(decoded, dict) else None
            raise error_from_body(response.status_code, error, url)
        return decoded, url

    def _send(self, method: str, url: str, path: str, **kwargs: Any) -> requests.Response:
        """One request with retries on transient failures; PortalUnavailable when they run out."""
        attempts = self.retries + 1
        cause, status = "", None
        for attempt in range(attempts):
            try:
                response = self._session.request(
                    method, url, timeout=self.timeout, verify=True, allow_redirects=False,
                    proxies=self._proxies, **kwargs,
                )  # fmt: skip
            except requests.exceptions.SSLError as exc:
                log.info("%s %s -> TLS error (attempt %d/%d)", method, path, attempt + 1, attempts)
                raise PortalError(_tls_message(url, exc)) from None
            except _TRANSIENT as exc:
                cause, status = _describe(exc), None
                log.info("%s %s -> %s (attempt %d/%d)", method, path, type(exc).__name__,
                         attempt + 1, attempts)  # fmt: skip
                delay = self._backoff(attempt)
            else:
                status = response.status_code
                retried = status in RETRY_STATUSES and attempt + 1 < attempts
                log.log(logging.INFO if retried else logging.DEBUG, "%s %s -> %d (attempt %d/%d)",
                        method, path, status, attempt + 1, attempts)  # fmt: skip
                if status not in RETRY_STATUSES:
                    return response
                cause = f"HTTP {status}"
                delay = self._retry_after(response) if status == 429 else None
                delay = self._backoff(attempt) if delay is None else delay
                response.close()
            if attempt + 1 < attempts:
                self._sleep(delay)
        raise PortalUnavailable(
            f"门户暂时无法访问：{method} {url} 已尝试 {attempts} 次，最后一次：{cause} / "
            f"the portal is unavailable: {method} {url} failed {attempts} attempts; last: {cause}",
            attempts=attempts, cause=cause, status=status,
        )  # fmt: skip

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter, so many clients do not retry in lockstep."""
        return self._rng.uniform(0, min(self.max_backoff, self.backoff * 2**attempt))

    def _retry_after(self, response: requests.Response) -> float | None:
        value = (response.headers.get("Retry-After") or "").strip()
        if not value:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
            except (TypeError, ValueError):
                return None
        return min(self.max_backoff, max(0.0, seconds))

    def _decode(self, response: requests.Response, url: str) -> Any:
        try:
            return json.loads(response.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            pass
        # Redacted before it is quoted: a login answer cut short holds a token not yet known.
        excerpt = redact(response.content[:_EXCERPT].decode("utf-8", "replace"), self._token)
        status, size = response.status_code, len(response.content)
        raise PortalProtocolError(
            f"门户 {url} 的应答不是有效的 JSON（HTTP {status}，{size} 字节，开头：{excerpt!r}） / "
            f"the portal's answer at {url} is not valid JSON (HTTP {status}, {size} bytes, "
            f"starting {excerpt!r})",
            url=url, status=status,
        )  # fmt: skip


def _checked_key(key: str) -> str:
    if not valid_key(key):
        message = (
            f"幂等键应为 1～128 个字符（A-Z a-z 0-9 _ -）：{key!r} / "
            f"an idempotency key is 1-128 characters of A-Z a-z 0-9 _ -: {key!r}"
        )
        raise PortalValidationError(message, code="bad_request")
    return key


def _segment(remote_id: str) -> str:
    return quote(remote_id, safe="")


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _batch_item(answer: Any, key: str, url: str) -> BatchItemResult:
    if not (isinstance(answer, dict) and answer.get("idempotency_key") == key
            and isinstance(answer.get("status"), int)):  # fmt: skip
        raise shape_error(
            url, "results[]", f"与请求的键 {key} 不对应", f"does not answer key {key}"
        )
    status = answer["status"]
    if status in (200, 201):
        return BatchItemResult(key, status, RemoteRecord.from_json(answer.get("record"), url), None)
    return BatchItemResult(key, status, None, error_from_body(status, answer.get("error"), url))


def _describe(exc: Exception) -> str:
    text = redact(str(exc))
    text = text if len(text) <= 200 else text[:200] + "…"
    return f"{type(exc).__name__}: {text}"


def _tls_message(url: str, exc: Exception) -> str:
    return (
        f"无法与 {url} 建立可信的 HTTPS 连接（证书校验失败） / could not verify the portal's "
        f"TLS certificate at {url}: {_describe(exc)}"
    )
