"""PortalClient against the sandbox over real HTTP: the calls, the error classes, retries and
backoff under every fault kind, reconciliation, URL rules, secrets, and the CLI sandbox."""

from __future__ import annotations

import logging
import os
import queue
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import requests

from jxdeclare.portal.client import BatchItemResult, PortalClient, RemoteRecord
from jxdeclare.portal.errors import (
    InsecurePortalURL,
    PortalAuthError,
    PortalNotFound,
    PortalProtocolError,
    PortalStateError,
    PortalUnavailable,
    PortalValidationError,
)
from jxdeclare.portal.faults import KINDS
from jxdeclare.portal.sandbox import SandboxServer
from tests.integration.portal_fixtures import (
    CODE_A,
    CODE_B,
    PASSWORD,
    logged_in,
    make_payload,
    numbered,
    running_sandbox,
    scripted_server,
)

FAST = {"backoff": 0.01, "max_backoff": 0.05}


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    with running_sandbox(tmp_path / "沙箱.db", fault_delay=0.3) as server:
        yield server


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[PortalClient]:
    with logged_in(sandbox.url, **FAST) as portal:
        yield portal


def requests_served(sandbox: SandboxServer) -> int:
    return sandbox.stats()["requests"]


# -- URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1", "https://", "x"]
)
def test_plain_http_is_refused_off_this_machine(url: str) -> None:
    with pytest.raises(InsecurePortalURL) as caught:
        PortalClient(url)
    assert "https://" in caught.value.message and " / " in caught.value.message


@pytest.mark.parametrize(
    "url",
    ["https://portal.example.gov.cn", "https://portal.example.gov.cn/exchange/",
     "http://127.0.0.1:8080", "http://127.5.0.1", "http://localhost:1", "http://[::1]:8080"],
)  # fmt: skip
def test_https_anywhere_and_http_on_loopback_are_accepted(url: str) -> None:
    with PortalClient(url) as portal:
        assert not portal.base_url.endswith("/")


@pytest.mark.parametrize("url", ["http://user:hunter2@example.com/api", "https://u:hunter2@a.cn"])
def test_a_url_with_credentials_is_refused_without_echoing_them(url: str) -> None:
    with pytest.raises(InsecurePortalURL) as caught:
        PortalClient(url)
    assert "hunter2" not in str(caught.value)


# -- the calls --------------------------------------------------------------------------------


def test_login_submit_get_find_receipt(client: PortalClient, sandbox: SandboxServer) -> None:
    assert client.credit_code == CODE_A
    assert client.token_expires_at is not None and client.token_expires_at > datetime.now(UTC)
    record = client.submit(make_payload(), "c-1")
    assert isinstance(record, RemoteRecord)
    assert record.state == "pending_review" and record.credit_code == CODE_A
    assert record.received_at.tzinfo is not None and record.published_at is None
    assert record.raw["id"] == record.id
    assert client.submit(make_payload(), "c-1") == record  # a replay: the same record
    sandbox.approve(record.id)
    fetched = client.get(record.id)
    assert fetched.state == "published" and fetched.public_url and fetched.published_at
    assert client.find(["c-1", "never-sent"]) == {"c-1": fetched}
    assert client.find([]) == {}
    receipt = client.receipt(record.id)
    assert receipt["declaration_id"] == record.id and receipt["state"] == "published"


def test_revise_and_withdraw(client: PortalClient, sandbox: SandboxServer) -> None:
    old = client.submit(numbered(1), "r-1")
    with pytest.raises(PortalStateError) as caught:
        client.revise(old.id, numbered(1), "r-2")
    assert caught.value.status == 409 and caught.value.code == "invalid_state"
    sandbox.approve(old.id)
    new = client.revise(old.id, numbered(1), "r-2")
    assert new.revises == old.id and client.get(old.id).state == "revised"
    withdrawn = client.withdraw(new.id, "产品停产")
    assert withdrawn.state == "withdrawn"
    assert client.withdraw(new.id, "产品停产").state == "withdrawn"


def test_each_error_has_its_class(client: PortalClient, sandbox: SandboxServer) -> None:
    with pytest.raises(PortalNotFound) as missing:
        client.get("JX-2026-999999")
    assert missing.value.status == 404
    with pytest.raises(PortalAuthError) as forbidden:
        client.submit(make_payload(CODE_B), "e-1")
    assert forbidden.value.status == 403
    bad = make_payload()
    bad["products"][0]["gtin"] = "6901234567890"
    bad["enterprise"]["credit_code"] = "9136010015830000"
    with pytest.raises(PortalValidationError) as invalid:
        client.submit(bad, "e-2")
    assert invalid.value.status == 422 and invalid.value.code == "validation_failed"
    fields = {f.field for f in invalid.value.fields}
    assert {"products[0].gtin", "enterprise.credit_code"} <= fields
    assert "products[0].gtin" in str(invalid.value)
    client.submit(numbered(1), "e-3")
    with pytest.raises(PortalValidationError) as conflict:
        client.submit(numbered(2), "e-3")
    assert conflict.value.code == "idempotency_conflict" and conflict.value.status == 409
    with PortalClient(sandbox.url, **FAST) as stranger:
        with pytest.raises(PortalAuthError):
            stranger.get("JX-2026-000001")  # never logged in: no request is sent
        with pytest.raises(PortalAuthError) as wrong:
            stranger.login("alice", "wrong password")
        assert wrong.value.status == 401 and "wrong password" not in str(wrong.value)
    with pytest.raises(PortalValidationError):
        client.submit(make_payload(), "not a key")


def test_a_validation_error_is_sent_once(client: PortalClient, sandbox: SandboxServer) -> None:
    before = requests_served(sandbox)
    with pytest.raises(PortalValidationError):
        client.submit(make_payload(commitment_accepted=False), "once")
    assert requests_served(sandbox) - before == 1


def test_batches_and_status_queries_are_split_by_100(
    client: PortalClient, sandbox: SandboxServer
) -> None:
    items = [(f"b-{i}", numbered(i)) for i in range(150)]
    items[42][1]["commitment_accepted"] = False
    before = requests_served(sandbox)
    results = client.submit_batch(items)
    assert requests_served(sandbox) - before == 2
    assert [r.idempotency_key for r in results] == [key for key, _payload in items]
    assert all(isinstance(r, BatchItemResult) for r in results)
    assert {r.status for i, r in enumerate(results) if i != 42} == {201}
    assert results[42].status == 422 and results[42].record is None
    assert isinstance(results[42].error, PortalValidationError)
    assert results[42].error.fields[0].field == "commitment_accepted"
    replays = client.submit_batch(items[:3])
    assert [r.status for r in replays] == [200, 200, 200]
    assert replays[0].record == results[0].record
    before = requests_served(sandbox)
    found = client.find([f"b-{i}" for i in range(250)])
    assert requests_served(sandbox) - before == 3
    assert len(found) == 149 and "b-42" not in found


# -- retries and faults -----------------------------------------------------------------------


def submit_until_known(
    client: PortalClient, key: str, payload: dict[str, object], reconciled: list[str]
) -> RemoteRecord:
    """What a careful caller does: after an unknown outcome, ask by key before sending again."""
    for _ in range(20):
        try:
            return client.submit(payload, key)
        except (PortalProtocolError, PortalUnavailable):
            pass
        for _ in range(20):
            try:
                found = client.find([key])
                break
            except (PortalProtocolError, PortalUnavailable):
                continue
        else:
            raise AssertionError("the portal never answered a status query")
        if key in found:
            reconciled.append(key)
            return found[key]
    raise AssertionError(f"{key} never got through")


@pytest.mark.parametrize("kind", KINDS)
def test_every_fault_kind_still_gives_one_record_per_key(sandbox: SandboxServer, kind: str) -> None:
    sandbox.set_faults({kind: 0.5})
    reconciled: list[str] = []
    with logged_in(sandbox.url, **FAST) as client:
        # Short only after login: the delayed answers (0.3 s) time out by construction, and a
        # login slowed by a loaded machine must not fail the test before it starts.
        client.timeout = (client.timeout[0], 0.15)
        records = {
            f"f-{i}": submit_until_known(client, f"f-{i}", numbered(i), reconciled)
            for i in range(12)
        }
    stats = sandbox.stats()
    assert stats["faults_injected"][kind] > 0
    assert stats["records"] == stats["distinct_keys"] == 12
    assert len({record.id for record in records.values()}) == 12
    if kind == "malformed":
        assert reconciled  # a write whose answer was garbled is found by key, not re-sent


def test_429_waits_as_long_as_retry_after_says(sandbox: SandboxServer) -> None:
    sandbox.set_faults({"rate_limit": 1.0})
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        sandbox.set_faults({})  # the rate limit has passed

    with logged_in(sandbox.url, sleep=sleep) as client:
        assert client.submit(make_payload(), "ra").state == "pending_review"
    assert waits == [pytest.approx(1.0)]


def test_retry_after_as_an_http_date_and_html_errors() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    html = {"Content-Type": "text/html"}
    answers = [
        (429, {"Retry-After": later}, b""),
        (502, html, b"<html>bad gateway</html>"),
        (400, html, b"<html>" + b"x" * 1_000_000 + b"</html>"),
    ]
    waits: list[float] = []
    with (
        scripted_server(answers) as (url, seen),
        PortalClient(url, token="t0ken-value", sleep=waits.append, **FAST) as client,
        pytest.raises(PortalProtocolError) as caught,
    ):
        client.get("JX-1")
    assert len(seen) == 3  # 429 and 502 retried, the 4xx not
    assert waits[0] == pytest.approx(0.05)  # 3 s asked for, capped at max_backoff
    assert 0 <= waits[1] <= 0.02  # the 502: jittered backoff
    message = str(caught.value)
    assert url in message and "400" in message and len(message) < 600
    assert "t0ken-value" not in message
    assert caught.value.url.endswith("/api/v1/declarations/JX-1")


def test_retry_after_dates_are_honoured_below_the_cap() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    answers = [(429, {"Retry-After": later}, b""), (404, {}, b'{"error": {"code": "not_found",'
               b' "message": "x / x", "fields": []}}')]  # fmt: skip
    waits: list[float] = []
    with (
        scripted_server(answers) as (url, _seen),
        PortalClient(url, token="t", sleep=waits.append) as client,
        pytest.raises(PortalNotFound),
    ):
        client.get("JX-1")
    assert 1.0 < waits[0] <= 3.0


def test_a_redirect_is_not_followed() -> None:
    answers = [(302, {"Location": "http://example.com/steal"}, b"")]
    with (
        scripted_server(answers) as (url, seen),
        PortalClient(url, token="t") as client,
        pytest.raises(PortalProtocolError, match="redirect"),
    ):
        client.get("JX-1")
    assert len(seen) == 1


def test_exhausted_retries_say_how_many_attempts(sandbox: SandboxServer) -> None:
    sandbox.set_faults({"error_500": 1.0})
    with logged_in(sandbox.url, retries=2, **FAST) as client:
        before = requests_served(sandbox)
        with pytest.raises(PortalUnavailable) as caught:
            client.submit(make_payload(), "x-1")
    assert requests_served(sandbox) - before == 3
    assert caught.value.attempts == 3 and "HTTP 500" in caught.value.cause
    assert "3" in caught.value.message and " / " in caught.value.message
    assert sandbox.stats()["records"] == 0


def test_an_unreachable_portal_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    options = {"retries": 3, "backoff": 0.5, "max_backoff": 1.5, "sleep": waits.append}
    with (
        PortalClient(f"http://127.0.0.1:{port}", token="t", **options) as client,  # type: ignore[arg-type]
        pytest.raises(PortalUnavailable) as caught,
    ):
        client.get("JX-1")
    assert caught.value.attempts == 4 and "ConnectionError" in caught.value.cause
    caps = [0.5, 1.0, 1.5]  # backoff * 2**attempt, capped; full jitter below each cap
    assert len(waits) == 3 and all(0 <= w <= cap for w, cap in zip(waits, caps, strict=True))


def test_a_malformed_answer_is_not_retried_and_is_reconciled(sandbox: SandboxServer) -> None:
    with logged_in(sandbox.url, **FAST) as client:
        sandbox.set_faults({"malformed": 1.0})
        before = requests_served(sandbox)
        with pytest.raises(PortalProtocolError) as caught:
            client.submit(make_payload(), "m-1")
        assert requests_served(sandbox) - before == 1
        assert "/api/v1/declarations" in str(caught.value) and len(str(caught.value)) < 600
        sandbox.set_faults({})
        assert client.find(["m-1"])["m-1"].state == "pending_review"  # it was stored
    assert sandbox.stats()["records"] == 1


def test_a_slow_answer_times_out_and_the_retry_replays(sandbox: SandboxServer) -> None:
    # The sandbox holds the first answer until the client has given up on it, so the timeout
    # happens by construction; the retry then gets an ordinary timeout, only one answer is slow.
    held = sandbox.hold_next()
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # the backoff before the retry
        waits.append(seconds)
        assert held.arrived.wait(30) and not held.handled.is_set()
        held.release()
        assert held.handled.wait(30)  # the held request has stored the record
        client.timeout = ordinary

    with logged_in(sandbox.url, sleep=sleep, **FAST) as client:
        ordinary = client.timeout
        client.timeout = (ordinary[0], 0.1)
        record = client.submit(make_payload(), "slow")
    assert len(waits) == 1 and record.state == "pending_review"
    assert sandbox.stats()["records"] == 1


# -- secrets ----------------------------------------------------------------------------------


def test_the_token_stays_out_of_logs_reprs_errors_and_the_database(
    sandbox: SandboxServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.set_faults({"error_500": 0.3, "malformed": 0.2, "drop_after_commit": 0.2})
    errors: list[str] = []
    with logged_in(sandbox.url, **FAST) as client:
        token = client.token
        assert token
        for i in range(8):
            try:
                client.submit(numbered(i), f"t-{i}")
            except Exception as exc:
                errors.append(f"{exc!r} {exc}")
        with pytest.raises(PortalNotFound) as missing:
            client.get("JX-0000-000000")
        errors.append(str(missing.value))
        shown = repr(client)
    assert caplog.records and any(r.name == "jxdeclare.portal" for r in caplog.records)
    for text in [shown, *errors, *(record.getMessage() for record in caplog.records)]:
        assert token not in text and PASSWORD not in text
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("沙箱.db"))
    assert token.encode() not in data and PASSWORD.encode() not in data


def watched_session(bodies: list[bytes]) -> requests.Session:
    """A session that keeps every answer's bytes, so a test knows the tokens it was sent."""
    session = requests.Session()
    session.hooks["response"].append(lambda response, *_a, **_k: bodies.append(response.content))
    return session


def tokens_in(bodies: list[bytes]) -> list[str]:
    return re.findall(r'"token": "([^"]+)"', b"".join(bodies).decode("utf-8", "replace"))


def test_a_login_answer_cut_short_shows_no_token(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.set_login_faults({"malformed": 1.0})
    bodies: list[bytes] = []
    with (
        PortalClient(sandbox.url, retries=2, session=watched_session(bodies), **FAST) as client,
        pytest.raises(PortalProtocolError) as caught,
    ):
        client.login("alice", PASSWORD)
    tokens = tokens_in(bodies)
    assert len(tokens) == 3 and sandbox.login_faults.injected == {"malformed": 3}  # bounded
    assert "/auth/token" in str(caught.value) and "***" in str(caught.value)
    shown = [str(caught.value), repr(caught.value), *(r.getMessage() for r in caplog.records)]
    for token in tokens:
        assert not any(token[:12] in text for text in shown)
    assert not any(PASSWORD in text for text in shown)


def test_a_garbled_login_answer_is_retried(sandbox: SandboxServer) -> None:
    sandbox.set_login_faults({"malformed": 1.0})
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        sandbox.set_login_faults({})  # the next answer comes through whole

    with PortalClient(sandbox.url, sleep=sleep, **FAST) as client:
        assert client.login("alice", PASSWORD) == client.token
        assert client.submit(make_payload(), "after-retry").state == "pending_review"
    assert len(waits) == 1


# -- the command line -----------------------------------------------------------------------


def _first_line(stream: object, timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()  # type: ignore[attr-defined]
    return lines.get(timeout=timeout)


def test_the_cli_sandbox_serves_until_terminated(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "jxdeclare.cli.main", "portal-sandbox", "--port", "0",
               "--db", str(tmp_path / "cli 沙箱.db"), "--review-delay", "0",
               "--account", f"u:{PASSWORD}:{CODE_A}"]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8", env=env)  # fmt: skip
    try:
        line = _first_line(process.stdout, timeout=30)
        assert line.startswith("sandbox listening on http://127.0.0.1:")
        url = line.split(" on ", 1)[1].strip()
        assert not url.endswith(":0")
        with PortalClient(url, **FAST) as client:
            client.login("u", PASSWORD)
            record = client.submit(make_payload(), "cli-1")
            assert client.get(record.id).state == "published"  # review delay 0
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    if os.name == "posix":  # SIGTERM is handled; on Windows terminate() kills outright
        assert process.returncode == 0, err


def test_the_cli_refuses_a_non_loopback_host(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "jxdeclare.cli.main", "portal-sandbox", "--port", "0",
         "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert run.returncode == 2
    assert "0.0.0.0" in run.stderr and "loopback" in run.stderr and "回环" in run.stderr
    assert run.stdout == "" and not (tmp_path / "x.db").exists()
