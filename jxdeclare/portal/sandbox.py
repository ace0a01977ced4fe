"""The sandbox portal: the provincial exchange API over real HTTP on a loopback address.

For tests and training only. ``ThreadingHTTPServer`` serves each connection on its own thread,
each request opens its own SQLite connection, and faults (:mod:`jxdeclare.portal.faults`) are
injected here, around the endpoints of :mod:`jxdeclare.portal.sandbox_api`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jxdeclare.portal.faults import FaultPlan
from jxdeclare.portal.protocol import API_PREFIX, is_loopback_host
from jxdeclare.portal.sandbox_api import SandboxApi
from jxdeclare.portal.sandbox_store import SandboxStore
from jxdeclare.portal.sandbox_wire import Reply, Request, SandboxError

log = logging.getLogger("jxdeclare.portal.sandbox")

MAX_BODY = 64 * 1024 * 1024
_FAULTY = f"{API_PREFIX}/declarations"  # faults hit these paths only, never auth or _sandbox
_ADMIN = f"{API_PREFIX}/_sandbox/"
_LOGIN = f"{API_PREFIX}/auth/token"  # faults hit it only when set with set_login_faults()
MALFORMED_BODY = b'{"id": "JX-'


class NotLoopback(ValueError):
    """The sandbox has no authentication on its admin endpoints: it must never face a network."""

    def __init__(self, host: str) -> None:
        super().__init__(
            f"沙箱只能监听本机回环地址（127.0.0.1、::1 或 localhost），不能监听“{host}” / "
            f"the sandbox binds loopback addresses only (127.0.0.1, ::1, localhost), not '{host}'"
        )


class Hold:
    """One declaration request held by the sandbox until the test releases it: a slow answer
    whose length the test decides, so timeouts happen by construction, not by the clock."""

    def __init__(self) -> None:
        self.arrived = threading.Event()  # the request reached the sandbox and waits
        self.handled = threading.Event()  # released, and its work is done (committed or not)
        self._go = threading.Event()

    def release(self) -> None:
        self._go.set()

    def wait_released(self) -> None:
        self.arrived.set()
        self._go.wait()


class SandboxServer:
    """``start()`` serves on a background thread until ``stop()``; usable as a context manager."""

    def __init__(
        self,
        db_path: str | Path,
        host: str = "127.0.0.1",
        port: int = 0,
        review_delay: float = 5.0,
        faults: Mapping[str, float] | None = None,
        seed: int | None = None,
        *,
        fault_delay: float = 2.0,
        token_ttl: float = 3600.0,
    ) -> None:
        if not is_loopback_host(host):
            raise NotLoopback(host)
        self.host, self.port = host, port
        self.fault_delay = fault_delay
        self.store = SandboxStore(db_path, review_delay=review_delay, token_ttl=token_ttl)
        self.faults = FaultPlan(faults, seed)
        self.login_faults = FaultPlan({}, seed)
        self.api = SandboxApi(self.store, self.faults)
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._holds: list[Hold] = []
        self._holds_lock = threading.Lock()

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("sandbox not started")
        host, port = self._httpd.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}"

    def start(self) -> SandboxServer:
        family = socket.AF_INET6 if ":" in self.host.strip("[]") else socket.AF_INET
        self._httpd = _Server((self.host.strip("[]"), self.port), family, self)
        self.api.base_url = self.url
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
            name="portal-sandbox", daemon=True,
        )  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, cut open keep-alive connections and wait for request threads."""
        if self._httpd is None:
            return
        self._stopping.set()
        with self._holds_lock:
            for hold in self._holds:
                hold.release()
        self._httpd.shutdown()
        self._httpd.close_connections()
        self._httpd.server_close()  # joins the request threads
        if self._thread is not None:
            self._thread.join()
        self._httpd = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the admin endpoints, for Python callers (tests) --------------------------------------

    def add_account(self, username: str, password: str, credit_code: str) -> None:
        """Raises :class:`SandboxError` (422) for a missing field or an invalid credit code."""
        with self.store.connection() as conn:
            self.api.add_account(conn, username, password, credit_code)

    def set_faults(self, rates: Mapping[str, float]) -> None:
        """Replace the fault rates (``{}`` clears them); ValueError for a bad kind or rate."""
        self.faults.set_rates(rates)

    def set_login_faults(self, rates: Mapping[str, float]) -> None:
        """Faults for POST /auth/token (off unless set here); a malformed login answer is the
        real one cut short, token included, as a proxy dropping the connection would leave it."""
        self.login_faults.set_rates(rates)

    def hold_next(self) -> Hold:
        """Hold the next declaration request before it is handled, until ``release()``."""
        hold = Hold()
        with self._holds_lock:
            self._holds.append(hold)
        if self._stopping.is_set():
            hold.release()
        return hold

    def take_hold(self) -> Hold | None:
        with self._holds_lock:
            return self._holds.pop(0) if self._holds else None

    def approve(self, record_id: str) -> dict[str, Any]:
        with self.store.connection() as conn:
            return self.api.approve(conn, record_id)

    def stats(self) -> dict[str, Any]:
        with self.store.connection() as conn:
            return self.api.stats(conn)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep for an injected delay; cut short (True) when the server is stopping."""
        return self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # request threads are joined by server_close(): a clean stop()
    block_on_close = True

    def __init__(self, address: tuple[str, int], family: int, sandbox: SandboxServer) -> None:
        self.address_family = family
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake handler threads blocked on idle keep-alive connections."""
        with self._open_lock:
            open_sockets = list(self._open)
        for sock in open_sockets:
            with contextlib.suppress(OSError):  # already closed by its own thread
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real portal behind a proxy would offer
    server_version = "jxdeclare-sandbox/1"
    timeout = 60  # seconds an idle keep-alive connection may hold its thread
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        url = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            return
        admin = url.path.startswith(_ADMIN)
        if admin and not is_loopback_host(self.client_address[0]):
            self._send(
                Reply(403, SandboxError(403, "forbidden", "仅限本机 / loopback only").body())
            )
            return
        if not admin:
            sandbox.api.count_request()
        hold = sandbox.take_hold() if url.path.startswith(_FAULTY) else None
        if hold is not None:
            hold.wait_released()
            if sandbox.stopping:
                hold.handled.set()
                return self._drop()
        try:
            self._answer(sandbox, url, body)
        finally:
            if hold is not None:
                hold.handled.set()

    def _answer(self, sandbox: SandboxServer, url: Any, body: bytes) -> None:
        plan = sandbox.faults if url.path.startswith(_FAULTY) else None
        plan = sandbox.login_faults if url.path == _LOGIN else plan
        fault = plan.decide() if plan is not None else None
        if fault == "delay" and sandbox.wait(sandbox.fault_delay):
            return self._drop()  # stopping: do not hold up the shutdown
        if fault == "drop_before_commit":
            return self._drop()
        if fault == "error_500":
            error = SandboxError(500, "internal", "注入的故障：内部错误 / injected fault: internal")
            return self._send(Reply(500, error.body()))
        if fault == "rate_limit":
            error = SandboxError(429, "rate_limited", "请求过于频繁 / too many requests")
            return self._send(Reply(429, error.body(), {"Retry-After": "1"}))
        request = Request(self.command, url.path, parse_qs(url.query), self.headers, body)
        with sandbox.store.connection() as conn:
            reply = sandbox.api.handle(conn, request)
        if fault == "drop_after_commit":
            return self._drop()
        if fault == "malformed" and url.path == _LOGIN:
            whole = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
            return self._send_bytes(200, whole[: len(whole) * 3 // 4], "application/json", {})
        if fault == "malformed":
            return self._send_bytes(200, MALFORMED_BODY, "application/json", {})
        self._send(reply)

    def _read_body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True  # the unread body would be taken for the next request
            status, code = (413, "payload_too_large") if length > 0 else (400, "bad_request")
            message = f"请求体长度无效或超过 {MAX_BODY} 字节 / bad or too large Content-Length"
            self._send(Reply(status, SandboxError(status, code, message).body()))
            return None
        return self.rfile.read(length) if length else b""

    def _send(self, reply: Reply) -> None:
        if isinstance(reply.body, str):
            self._send_bytes(reply.status, reply.body.encode(), "text/html", reply.headers)
            return
        data = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        self._send_bytes(reply.status, data, "application/json", reply.headers)

    def _send_bytes(self, status: int, data: bytes, kind: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in headers.items():
            self.send_header(name, value)
        try:
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (its read timeout)
            self.close_connection = True
            log.debug("client went away before the answer to %s", self.path)

    def _drop(self) -> None:
        """Close the connection without a byte of response: the client sees a broken socket."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
