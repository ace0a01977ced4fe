"""Shared helpers for the portal tests: valid payloads and a started sandbox on loopback.

Imported explicitly by the portal tests (not a conftest), so nothing else picks it up.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from jxdeclare.domain.gtin import gtin_check_digit
from jxdeclare.portal.client import PortalClient
from jxdeclare.portal.sandbox import SandboxServer

CODE_A = "91360100158300003X"  # the account "alice"
CODE_B = "91110000600037341L"  # another enterprise (the account "bob")
PASSWORD = "s3cret-口令:with:colons"
PDF = b"%PDF-1.4\n% jxdeclare test standard\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def gtin13(body: str = "690123456789") -> str:
    return body + gtin_check_digit(body)


def make_payload(
    code: str = CODE_A, number: str = "Q/JXSL 0001—2026", name: str = "干米粉", **changes: Any
) -> dict[str, Any]:
    """A valid enterprise-standard declaration, full text disclosed; ``changes`` replace keys."""
    payload: dict[str, Any] = {
        "schema": "jxdeclare.declaration/1",
        "enterprise": {
            "name": "江西示例米业有限公司",
            "credit_code": code,
            "region_code": "360100",
        },
        "standard": {
            "kind": "Q",
            "number": number,
            "name": name,
            "publish_date": "2026-11-20",
            "implement_date": "2026-12-01",
            "replaces": [],
        },
        "disclosure": "full_text",
        "text_pdf": {
            "filename": f"{number.replace('/', '_')}.pdf",
            "sha256": hashlib.sha256(PDF).hexdigest(),
            "size": len(PDF),
            "content_base64": base64.b64encode(PDF).decode("ascii"),
        },
        "indicators": [
            {
                "name": "水分",
                "unit": "%",
                "requirement": "≤14.0",
                "test_method": "GB 5009.3",
                "clause": "5.3",
                "verdict_mandatory": "stricter",
                "verdict_recommended": "",
            }
        ],
        "explicit_statement": "",
        "products": [
            {
                "name": name,
                "model": "500g袋装",
                "category": "粮食加工品",
                "spec": "",
                "gtin": gtin13(),
                "generic_name": "",
                "brand": "",
                "label_standard": "",
            }
        ],
        "commitment_accepted": True,
        "contact": {"name": "张三", "phone": "0797-1234567"},
    }
    payload.update(copy.deepcopy(changes))
    return payload


def numbered(i: int, code: str = CODE_A) -> dict[str, Any]:
    """The i-th distinct valid payload (its own standard number)."""
    return make_payload(code, number=f"Q/JXSL {i:04d}—2026", name=f"干米粉{i}")


@contextmanager
def running_sandbox(db: Path, **options: Any) -> Iterator[SandboxServer]:
    """A sandbox on 127.0.0.1 with accounts alice (CODE_A) and bob (CODE_B)."""
    server = SandboxServer(db, **{"review_delay": -1, "seed": 20261129, **options})
    server.add_account("alice", PASSWORD, CODE_A)
    server.add_account("bob", PASSWORD, CODE_B)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def logged_in(url: str, username: str = "alice", **options: Any) -> Iterator[PortalClient]:
    with PortalClient(url, **options) as client:
        client.login(username, PASSWORD)
        yield client


Canned = tuple[int, dict[str, str], bytes]


@contextmanager
def scripted_server(answers: list[Canned]) -> Iterator[tuple[str, list[str]]]:
    """A loopback server answering requests with ``answers`` in order (the last one repeats),
    for what the sandbox never sends (HTML errors, redirects, HTTP-date Retry-After).
    Yields its URL and the list of request paths it has seen."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            seen.append(self.path)
            status, headers, body = answers[min(len(seen), len(answers)) - 1]
            self.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_any

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
