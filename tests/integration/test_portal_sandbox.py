"""The sandbox portal over real HTTP on 127.0.0.1: auth, validation, idempotency, batch, status
queries, receipts, revise / withdraw, review, concurrency, admin endpoints, stored secrets."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from jxdeclare.portal.sandbox import SandboxServer
from tests.integration.portal_fixtures import (
    CODE_A,
    CODE_B,
    PASSWORD,
    gtin13,
    make_payload,
    numbered,
    running_sandbox,
)

API = "/api/v1"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    with running_sandbox(tmp_path / "沙箱 平台.db") as server:
        yield server


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False  # no proxy between the test and 127.0.0.1
        yield session


class Api:
    """Raw HTTP calls, so the tests see status codes and headers exactly as sent."""

    def __init__(self, http: requests.Session, server: SandboxServer) -> None:
        self.http, self.url = http, server.url

    def login(self, username: str = "alice", password: str = PASSWORD) -> requests.Response:
        return self.http.post(f"{self.url}{API}/auth/token", json={"username": username,
                              "password": password}, timeout=10)  # fmt: skip

    def token(self, username: str = "alice") -> str:
        return self.login(username).json()["token"]

    def call(
        self, method: str, path: str, *, token: str | None = None, key: str | None = None,
        body: Any = None, params: Any = None,
    ) -> requests.Response:  # fmt: skip
        headers = {}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if key is not None:
            headers["Idempotency-Key"] = key
        return self.http.request(method, f"{self.url}{path}", json=body, params=params,
                                 headers=headers, timeout=10)  # fmt: skip

    def declare(self, token: str, key: str, payload: Any) -> requests.Response:
        return self.call("POST", f"{API}/declarations", token=token, key=key, body=payload)


@pytest.fixture
def api(http: requests.Session, sandbox: SandboxServer) -> Api:
    return Api(http, sandbox)


def error_of(response: requests.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert " / " in body["error"]["message"]  # Chinese / English
    return body["error"]


def test_login_gives_a_bearer_token_for_the_accounts_enterprise(api: Api) -> None:
    answer = api.login()
    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "Bearer" and body["credit_code"] == CODE_A
    assert body["expires_in"] == 3600 and len(body["token"]) >= 32
    for username, password in (("alice", "wrong"), ("nobody", PASSWORD)):
        refused = api.login(username, password)
        assert refused.status_code == 401
        assert error_of(refused)["code"] == "unauthorized"


def test_every_declaration_endpoint_needs_a_valid_token(api: Api) -> None:
    calls = [("POST", f"{API}/declarations"), ("POST", f"{API}/declarations/batch"),
             ("GET", f"{API}/declarations"), ("GET", f"{API}/declarations/JX-2026-000001"),
             ("GET", f"{API}/declarations/JX-2026-000001/receipt"),
             ("POST", f"{API}/declarations/JX-2026-000001/revise"),
             ("POST", f"{API}/declarations/JX-2026-000001/withdraw")]  # fmt: skip
    for token in (None, "not-a-token"):
        for method, path in calls:
            answer = api.call(method, path, token=token, key="k", body=make_payload())
            assert answer.status_code == 401, (method, path)
            assert error_of(answer)["code"] == "unauthorized"
            assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_an_expired_token_is_refused(http: requests.Session, tmp_path: Path) -> None:
    with running_sandbox(tmp_path / "ttl.db", token_ttl=0.3) as server:
        api = Api(http, server)
        token = api.token()
        assert api.call("GET", f"{API}/declarations/X", token=token).status_code == 404
        time.sleep(0.4)
        assert api.call("GET", f"{API}/declarations/X", token=token).status_code == 401


def test_another_enterprise_can_neither_declare_nor_read(api: Api, sandbox: SandboxServer) -> None:
    alice, bob = api.token("alice"), api.token("bob")
    refused = api.declare(alice, "k-b", make_payload(CODE_B))
    assert refused.status_code == 403
    assert error_of(refused)["code"] == "forbidden"
    record = api.declare(alice, "k-a", make_payload()).json()
    for path in (f"/{record['id']}", f"/{record['id']}/receipt"):
        hidden = api.call("GET", f"{API}/declarations{path}", token=bob)
        assert hidden.status_code == 404
        assert error_of(hidden)["code"] == "not_found"
    listed = api.call("GET", f"{API}/declarations", token=bob, params={"idempotency_key": "k-a"})
    assert listed.json() == {"items": []}
    assert sandbox.stats()["records"] == 1


def test_validation_names_each_field_and_stores_nothing(api: Api, sandbox: SandboxServer) -> None:
    token = api.token()
    bad = make_payload(
        schema="jxdeclare.declaration/0",
        enterprise={"name": "", "credit_code": "91360100158300003", "region_code": "360100"},
        disclosure="indicators",
        indicators=[{"name": "水分", "requirement": "", "test_method": "GB 5009.3",
                     "verdict_mandatory": "looser", "verdict_recommended": "looser"}],
        products=[{"name": "干米粉", "model": "", "category": "粮食加工品",
                   "gtin": gtin13()[:-1] + "0"}],
        commitment_accepted=False,
    )  # fmt: skip
    bad["text_pdf"]["size"] = 1
    answer = api.declare(token, "bad-1", bad)
    assert answer.status_code == 422
    error = error_of(answer)
    assert error["code"] == "validation_failed"
    fields = {f["field"]: f["message"] for f in error["fields"]}
    assert set(fields) == {
        "schema", "enterprise.name", "enterprise.credit_code", "text_pdf.size",
        "indicators[0].requirement", "indicators[0].verdict_mandatory", "explicit_statement",
        "products[0].model", "products[0].gtin", "commitment_accepted",
    }  # fmt: skip
    assert "18" in fields["enterprise.credit_code"] and " / " in fields["products[0].gtin"]
    assert sandbox.stats()["records"] == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"text_pdf": None}, "text_pdf"),
        ({"text_pdf": {"filename": "a.pdf", "sha256": "00", "size": 3,
                       "content_base64": "!!"}}, "text_pdf.content_base64"),
        ({"disclosure": "indicators", "indicators": []}, "indicators"),
        ({"standard": {"kind": "QB", "number": "Q/X 1—2026", "name": "x"}}, "standard.kind"),
        ({"products": []}, "products"),
    ],
)  # fmt: skip
def test_each_rule_of_the_enterprise_standard_form(
    api: Api, change: dict[str, Any], field: str
) -> None:
    answer = api.declare(api.token(), "rule", make_payload(**change))
    assert answer.status_code == 422
    assert field in {f["field"] for f in error_of(answer)["fields"]}


def test_a_pdf_that_is_not_a_pdf_is_refused(api: Api) -> None:
    import base64
    import hashlib

    text = b"just text"
    pdf = {"filename": "a.pdf", "sha256": hashlib.sha256(text).hexdigest(), "size": len(text),
           "content_base64": base64.b64encode(text).decode()}  # fmt: skip
    answer = api.declare(api.token(), "notpdf", make_payload(text_pdf=pdf))
    assert [f["field"] for f in error_of(answer)["fields"]] == ["text_pdf.content_base64"]


def test_credit_code_warnings_do_not_block(api: Api, sandbox: SandboxServer) -> None:
    odd = CODE_A[:-1] + "1"  # wrong check character: early codes like this are legal
    sandbox.add_account("carol", PASSWORD, odd)
    answer = api.declare(api.token("carol"), "odd", make_payload(odd))
    assert answer.status_code == 201
    assert answer.json()["credit_code"] == odd


def test_one_key_one_record_replays_and_conflicts(api: Api, sandbox: SandboxServer) -> None:
    token = api.token()
    payload = make_payload()
    first = api.declare(token, "key-1", payload)
    assert first.status_code == 201
    assert first.headers["Location"].endswith(first.json()["id"])
    assert "Idempotent-Replayed" not in first.headers
    reordered = dict(reversed(list(payload.items())))  # same canonical JSON
    again = api.declare(token, "key-1", reordered)
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    other = api.declare(token, "key-1", make_payload(name="湿米粉"))
    assert other.status_code == 409 and error_of(other)["code"] == "idempotency_conflict"
    assert sandbox.stats()["records"] == 1
    record = first.json()
    assert record["state"] == "pending_review" and record["id"].startswith("JX-20")
    assert record["revises"] is None and record["published_at"] is None
    assert len(record["payload_sha256"]) == 64 and len(record["pdf_sha256"]) == 64


@pytest.mark.parametrize("key", [None, "", "has space", "dots.in.key", "é", "x" * 129])
def test_a_missing_or_bad_idempotency_key_is_a_bad_request(api: Api, key: str | None) -> None:
    answer = api.declare(api.token(), key, make_payload())  # type: ignore[arg-type]
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["code"] == "bad_request" and error["fields"][0]["field"] == "Idempotency-Key"


def test_the_longest_key_is_accepted(api: Api) -> None:
    assert api.declare(api.token(), "A-z_9" * 25 + "abc", make_payload()).status_code == 201


def test_eight_threads_posting_one_key_create_one_record(sandbox: SandboxServer, api: Api) -> None:
    token, payload = api.token(), make_payload()
    barrier = threading.Barrier(8)
    answers: list[requests.Response] = []

    def post() -> None:
        with requests.Session() as own:
            own.trust_env = False
            barrier.wait()
            answers.append(Api(own, sandbox).declare(token, "same-key", payload))

    threads = [threading.Thread(target=post) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200] * 7 + [201]
    assert len({a.json()["id"] for a in answers}) == 1
    stats = sandbox.stats()
    assert stats["records"] == 1 and stats["distinct_keys"] == 1


def test_a_batch_of_100_commits_each_item_on_its_own(api: Api, sandbox: SandboxServer) -> None:
    token = api.token()
    assert api.declare(token, "b-5", numbered(5)).status_code == 201  # item 5 will replay
    assert api.declare(token, "b-7", numbered(700)).status_code == 201  # item 7 will conflict
    items = [{"idempotency_key": f"b-{i}", "declaration": numbered(i)} for i in range(100)]
    for i in range(0, 100, 10):
        items[i]["declaration"]["products"][0]["gtin"] = "6901234567890"  # bad check digit
    items[3]["declaration"] = numbered(3, CODE_B)
    answer = api.call("POST", f"{API}/declarations/batch", token=token, body={"items": items})
    assert answer.status_code == 200
    results = answer.json()["results"]
    assert [r["idempotency_key"] for r in results] == [f"b-{i}" for i in range(100)]
    expected = {i: 201 for i in range(100)} | {i: 422 for i in range(0, 100, 10)}
    expected |= {3: 403, 5: 200, 7: 409}
    assert {i: r["status"] for i, r in enumerate(results)} == expected
    for result in results:
        assert (result["record"] is None) == (result["status"] >= 400)
        assert (result["error"] is None) == (result["status"] < 400)
    assert results[10]["error"]["fields"][0]["field"] == "products[0].gtin"
    assert results[5]["record"]["idempotency_key"] == "b-5"
    assert sandbox.stats()["records"] == 2 + 100 - 10 - 3


def test_batch_limits(api: Api) -> None:
    token = api.token()
    items = [{"idempotency_key": f"k{i}", "declaration": numbered(i)} for i in range(101)]
    too_many = api.call("POST", f"{API}/declarations/batch", token=token, body={"items": items})
    assert too_many.status_code == 413 and error_of(too_many)["code"] == "too_many_items"
    for body in ({"items": []}, {"items": [{"declaration": numbered(1)}]}, [1]):
        answer = api.call("POST", f"{API}/declarations/batch", token=token, body=body)
        assert answer.status_code == 400 and error_of(answer)["code"] == "bad_request"


def test_status_of_many_returns_only_known_keys(api: Api) -> None:
    token = api.token()
    for i in range(3):
        api.declare(token, f"s-{i}", numbered(i))
    keys = ["s-0", "unknown-1", "s-2", "s-1", "unknown-2"]
    answer = api.call("GET", f"{API}/declarations", token=token, params={"idempotency_key": keys})
    assert answer.status_code == 200
    assert sorted(r["idempotency_key"] for r in answer.json()["items"]) == ["s-0", "s-1", "s-2"]
    none = api.call("GET", f"{API}/declarations", token=token)
    assert none.status_code == 400
    many = {"idempotency_key": [f"k{i}" for i in range(101)]}
    assert api.call("GET", f"{API}/declarations", token=token, params=many).status_code == 413


def test_receipt_and_public_page(api: Api, sandbox: SandboxServer, http: requests.Session) -> None:
    token = api.token()
    record = api.declare(token, "r-1", make_payload()).json()
    receipt = api.call("GET", f"{API}/declarations/{record['id']}/receipt", token=token).json()
    assert receipt["declaration_id"] == record["id"] and receipt["receipt_no"]
    assert receipt["state"] == "pending_review" and receipt["public_url"] is None
    for name in ("credit_code", "standard_number", "received_at", "payload_sha256", "pdf_sha256"):
        assert receipt[name] == record[name]
    assert receipt["issued_at"].endswith("Z")
    assert http.get(f"{sandbox.url}/public/declarations/{record['id']}").status_code == 404
    published = sandbox.approve(record["id"])
    assert published["public_url"] == f"{sandbox.url}/public/declarations/{record['id']}"
    page = http.get(published["public_url"], timeout=10)
    assert page.status_code == 200 and "Q/JXSL 0001—2026" in page.text


def test_revise_needs_a_published_record_of_the_same_standard(
    api: Api, sandbox: SandboxServer
) -> None:
    token = api.token()
    old = api.declare(token, "v1", make_payload()).json()
    revise = f"{API}/declarations/{old['id']}/revise"
    v2 = make_payload(products=[{"name": "干米粉", "model": "1kg袋装", "category": "粮食加工品"}])
    early = api.call("POST", revise, token=token, key="v2", body=v2)
    assert early.status_code == 409 and error_of(early)["code"] == "invalid_state"
    sandbox.approve(old["id"])
    other = api.call("POST", revise, token=token, key="v2", body=make_payload(number="Q/JXSL 9"))
    assert other.status_code == 422
    assert error_of(other)["fields"][0]["field"] == "standard.number"
    new = api.call("POST", revise, token=token, key="v2", body=v2)
    assert new.status_code == 201
    assert new.json()["revises"] == old["id"] and new.json()["state"] == "pending_review"
    replay = api.call("POST", revise, token=token, key="v2", body=v2)
    assert replay.status_code == 200 and replay.json()["id"] == new.json()["id"]
    stored = api.call("GET", f"{API}/declarations/{old['id']}", token=token).json()
    assert stored["state"] == "revised" and stored["public_url"]
    assert api.call("POST", revise, token=token, key="v3", body=v2).status_code == 409
    missing = f"{API}/declarations/JX-1999-000001/revise"
    assert api.call("POST", missing, token=token, key="v4", body=v2).status_code == 404


def test_withdraw_from_pending_or_published_only(api: Api, sandbox: SandboxServer) -> None:
    token = api.token()
    pending = api.declare(token, "w1", numbered(1)).json()
    path = f"{API}/declarations/{pending['id']}/withdraw"
    assert api.call("POST", path, token=token, body={}).status_code == 422
    done = api.call("POST", path, token=token, body={"reason": "产品停产"})
    assert done.status_code == 200 and done.json()["state"] == "withdrawn"
    again = api.call("POST", path, token=token, body={"reason": "产品停产"})
    assert again.status_code == 200 and again.json()["state"] == "withdrawn"  # a harmless repeat
    published = api.declare(token, "w2", numbered(2)).json()
    sandbox.approve(published["id"])
    path = f"{API}/declarations/{published['id']}/withdraw"
    answer = api.call("POST", path, token=token, body={"reason": "标准废止"})
    assert answer.json()["state"] == "withdrawn" and answer.json()["public_url"] is None
    old = api.declare(token, "w3", numbered(3)).json()
    sandbox.approve(old["id"])
    revise = f"{API}/declarations/{old['id']}/revise"
    api.call("POST", revise, token=token, key="w4", body=numbered(3))
    refused = api.call("POST", f"{API}/declarations/{old['id']}/withdraw", token=token,
                       body={"reason": "x"})  # fmt: skip
    assert refused.status_code == 409 and error_of(refused)["code"] == "invalid_state"


def test_review_delay_publishes_on_its_own(http: requests.Session, tmp_path: Path) -> None:
    with running_sandbox(tmp_path / "review.db", review_delay=0.3) as server:
        api = Api(http, server)
        token = api.token()
        record = api.declare(token, "rv", make_payload()).json()
        assert record["state"] == "pending_review"
        time.sleep(0.5)
        later = api.call("GET", f"{API}/declarations/{record['id']}", token=token).json()
        assert later["state"] == "published" and later["public_url"]
        assert later["published_at"] > later["received_at"]
        assert server.stats()["by_state"] == {"published": 1}


def test_manual_approval_only_with_a_negative_delay(api: Api, sandbox: SandboxServer) -> None:
    token = api.token()
    record = api.declare(token, "m1", make_payload()).json()
    time.sleep(0.2)
    path = f"{API}/declarations/{record['id']}"
    assert api.call("GET", path, token=token).json()["state"] == "pending_review"
    approved = api.call("POST", f"{API}/_sandbox/approve/{record['id']}")
    assert approved.status_code == 200 and approved.json()["state"] == "published"
    assert api.call("GET", path, token=token).json()["state"] == "published"
    assert api.call("POST", f"{API}/_sandbox/approve/JX-0000-000000").status_code == 404


def test_admin_endpoints(api: Api, sandbox: SandboxServer) -> None:
    dave = {"username": "dave", "password": "pw", "credit_code": CODE_B}
    added = api.call("POST", f"{API}/_sandbox/accounts", body=dave)
    assert added.status_code == 201 and added.json() == {"username": "dave", "credit_code": CODE_B}
    assert api.login("dave", "pw").json()["credit_code"] == CODE_B
    eve = {"username": "eve", "password": "pw", "credit_code": "123"}
    bad = api.call("POST", f"{API}/_sandbox/accounts", body=eve)
    assert bad.status_code == 422 and error_of(bad)["fields"][0]["field"] == "credit_code"
    set_faults = api.call("PUT", f"{API}/_sandbox/faults", body={"error_500": 1.0})
    assert set_faults.json() == {"faults": {"error_500": 1.0}}
    token = api.token()  # faults never hit /auth/token or /_sandbox/
    failed = api.declare(token, "f1", make_payload())
    assert failed.status_code == 500 and error_of(failed)["code"] == "internal"
    for body in ({"no_such_fault": 0.5}, {"delay": 2}):
        assert api.call("PUT", f"{API}/_sandbox/faults", body=body).status_code == 400
    assert api.call("PUT", f"{API}/_sandbox/faults", body={}).json() == {"faults": {}}
    assert api.declare(token, "f1", make_payload()).status_code == 201
    stats = api.call("GET", f"{API}/_sandbox/stats").json()
    assert stats["records"] == 1 and stats["distinct_keys"] == 1
    assert stats["by_state"] == {"pending_review": 1}
    assert stats["faults_injected"] == {"error_500": 1}
    assert stats["requests"] == 4  # 2 logins, 2 declarations; /_sandbox/ is not counted


def test_bad_requests(api: Api, http: requests.Session, sandbox: SandboxServer) -> None:
    token = api.token()
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "x"}
    raw = http.post(f"{sandbox.url}{API}/declarations", data=b"{not json", headers=headers)
    assert raw.status_code == 400 and error_of(raw)["code"] == "bad_request"
    assert error_of(api.call("GET", f"{API}/nothing-here"))["code"] == "not_found"
    assert api.call("DELETE", f"{API}/declarations/X", token=token).status_code == 404


def test_the_database_holds_no_plain_secrets(
    api: Api, sandbox: SandboxServer, tmp_path: Path
) -> None:
    token = api.token()
    assert api.declare(token, "sec", make_payload()).status_code == 201
    files = [p for p in tmp_path.iterdir() if p.name.startswith("沙箱 平台.db")]
    data = b"".join(p.read_bytes() for p in files)
    assert token.encode() not in data and PASSWORD.encode() not in data
    with sqlite3.connect(tmp_path / "沙箱 平台.db") as conn:
        kind, size = conn.execute("SELECT typeof(pdf), length(pdf) FROM declarations").fetchone()
        payload_json = conn.execute("SELECT payload_json FROM declarations").fetchone()[0]
    conn.close()
    assert kind == "blob" and size > 0 and "content_base64" not in payload_json


def test_the_sandbox_refuses_a_non_loopback_host(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"0\.0\.0\.0"):
        SandboxServer(tmp_path / "x.db", host="0.0.0.0")
    assert not (tmp_path / "x.db").exists()
