"""The batch engine: submit queued declarations to the exchange API exactly once.

Why nothing is ever sent twice, whatever fails:

* Each record carries its idempotency key (credit code, standard number, content hash); the
  server keeps one record per key and answers a repeated POST with the record it already has.
* A record is marked 提交中 and committed *before* its request leaves. After a crash or
  ``kill -9``, the next run first asks the server about every record left in 提交中 or 待确认
  (by key) and only re-queues what the server does not have.
* Database work stays on the calling thread; the worker threads only talk HTTP, so SQLite never
  sees two writers and a session never crosses threads.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.declaration_record import blocking
from jxdeclare.services.concurrency import one_submit_at_a_time
from jxdeclare.services.declarations.records import PDF_KIND, _load, move, problems_of, record_of
from jxdeclare.services.errors import ServiceError, one_language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.portal.client import PortalClient, RemoteRecord
    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import Declaration

S = DeclarationState
IN_FLIGHT = (S.SUBMITTING, S.PENDING)
REMOTE_STATES = {"pending_review": S.PENDING, "published": S.PUBLISHED}
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ItemOutcome:
    declaration_id: int
    standard_number: str
    enterprise: str
    state: str
    remote_id: str | None
    message: str = ""


@dataclass
class SubmitSummary:
    items: list[ItemOutcome] = field(default_factory=list)
    reconciled: list[ItemOutcome] = field(default_factory=list)
    skipped: list[ItemOutcome] = field(default_factory=list)  # no account, not sendable …
    cancelled: bool = False

    def count(self, state: DeclarationState) -> int:
        return sum(1 for item in self.items if item.state == state.value)

    def as_dict(self) -> dict[str, Any]:
        def rows(items: list[ItemOutcome]) -> list[dict[str, Any]]:
            return [item.__dict__ for item in items]

        return {"items": rows(self.items), "reconciled": rows(self.reconciled),
                "skipped": rows(self.skipped), "cancelled": self.cancelled}  # fmt: skip


class Accounts:
    """A logged-in client per enterprise credit code; each enterprise uses its own account.

    ``login(credit_code)`` returns a token (from the keyring, or by logging in with the stored
    or asked-for password); worker threads get their own client (and HTTP session) per code.
    """

    def __init__(self, portal_url: str, login: Callable[[str], str], **client_options: Any):
        self.portal_url = portal_url
        self._login = login
        self._options = client_options
        self._tokens: dict[str, str] = {}
        self._failed: dict[str, ServiceError] = {}
        self._local = threading.local()

    def ensure(self, credit_code: str) -> None:
        """Log the enterprise in once; a refused login is remembered for this run, so one
        enterprise's wrong password skips its records and leaves the others' alone."""
        from jxdeclare.portal.errors import PortalError

        if credit_code in self._failed:
            raise self._failed[credit_code]
        if credit_code not in self._tokens:
            try:
                self._tokens[credit_code] = self._login(credit_code)
            except (PortalError, ServiceError) as exc:
                self._failed[credit_code] = ServiceError(f"企业 {credit_code} 登录平台失败：{exc}")
                raise self._failed[credit_code] from exc

    def client(self, credit_code: str) -> PortalClient:
        from jxdeclare.portal.client import PortalClient

        clients = self._local.__dict__.setdefault("clients", {})
        if credit_code not in clients:
            clients[credit_code] = PortalClient(
                self.portal_url, token=self._tokens[credit_code], **self._options
            )
        return clients[credit_code]


@one_submit_at_a_time
def submit(
    ctx: AppContext,
    accounts: Accounts,
    declaration_ids: list[int] | None = None,
    *,
    concurrency: int = 4,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SubmitSummary:
    """Reconcile what is in flight, then send the queued records (or ``declaration_ids``)."""
    summary = SubmitSummary()
    summary.reconciled = reconcile(ctx, accounts, summary.skipped)
    targets = _targets(ctx, declaration_ids, summary)
    for _round in range(2):  # a second round resends what the first could not settle
        _send(ctx, accounts, targets, summary, concurrency, progress, cancel)
        unsettled = {i.declaration_id for i in summary.items
                     if i.state in (S.FAILED_RETRYABLE.value, S.SUBMITTING.value)}  # fmt: skip
        if summary.cancelled or not unsettled:
            break
        settled = {o.declaration_id: o for o in reconcile(ctx, accounts, summary.skipped)}
        summary.reconciled += [o for i, o in settled.items() if i not in unsettled]
        summary.items = [settled.get(i.declaration_id, i) for i in summary.items]
        again = [i for i in unsettled if _state(ctx, i) in (S.QUEUED, S.FAILED_RETRYABLE)]
        if not again:
            break
        summary.items = [i for i in summary.items if i.declaration_id not in again]
        targets = _targets(ctx, again, summary)
    return summary


def plan(ctx: AppContext, declaration_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """``--dry-run``: what would be sent, checked as before sending; nothing changes or leaves."""
    from jxdeclare.services.declarations.records import get

    out = []
    for declaration_id in _queued_ids(ctx, declaration_ids):
        info, record = get(ctx, declaration_id)
        errors = blocking(problems_of(ctx, declaration_id))
        out.append({
            "id": declaration_id, "enterprise": info.enterprise, "credit_code": record.credit_code,
            "standard": info.standard_number, "state": info.state.value,
            "idempotency_key": _row_key(ctx, declaration_id), "payload": record.payload(),
            "pdf_size": record.pdf_size, "problems": [p.text() for p in errors],
        })  # fmt: skip
    return out


def _state(ctx: AppContext, declaration_id: int) -> DeclarationState:
    with ctx.session() as session:
        return S(_load(session, declaration_id).state)


def _row_key(ctx: AppContext, declaration_id: int) -> str:
    with ctx.session() as session:
        return _load(session, declaration_id).idempotency_key


def _queued_ids(ctx: AppContext, declaration_ids: list[int] | None) -> list[int]:
    from jxdeclare.services.declarations.records import list_declarations

    if declaration_ids is None:
        return [d.id for d in list_declarations(ctx, states=[S.QUEUED])]
    return list(declaration_ids)


def _targets(
    ctx: AppContext, declaration_ids: list[int] | None, summary: SubmitSummary
) -> list[int]:
    """Queued records; a selected record that failed retryably is queued again first."""
    targets = []
    for declaration_id in _queued_ids(ctx, declaration_ids):
        with ctx.session() as session:
            row = _load(session, declaration_id)
            state = S(row.state)
            if state is S.FAILED_RETRYABLE:
                move(ctx, session, row, S.QUEUED, "重试")
                state = S.QUEUED
            if state is S.QUEUED:
                targets.append(declaration_id)
            elif declaration_ids is not None:
                summary.skipped.append(_outcome(row, _why_not_sent(row)))
    return targets


def _why_not_sent(row: Declaration) -> str:
    """Why a selected record is not sent, and what the person can do about it."""
    state = S(row.state)
    if state is S.SUBMITTING and row.channel == "guided":
        return ("正在人工录入国家平台：请在“人工录入…”中登记公开编号，"
                "或“撤销人工录入”回到“已排队”后再提交")  # fmt: skip
    if state in IN_FLIGHT:
        return f"“{row.state}”：已发出，不再发送；本次提交前已向平台对账，等待平台的结果"
    if state in (S.DRAFT, S.VALIDATED):
        return f"“{row.state}”状态的声明须先“校验并排队”"
    if state is S.FAILED_NEEDS_EDIT:
        return "“失败-需修改”：请先按平台意见修改（“编辑…”）"
    return f"“{row.state}”状态的声明不能提交"


def _outcome(row: Declaration, message: str = "") -> ItemOutcome:
    return ItemOutcome(row.id, row.standard_number, row.enterprise.name, row.state,
                       row.remote_id, message)  # fmt: skip


@dataclass(frozen=True)
class _Job:
    declaration_id: int
    credit_code: str
    key: str
    payload: dict[str, Any]
    revises: str | None = None  # the portal id of the published version this one revises


def _send(
    ctx: AppContext,
    accounts: Accounts,
    targets: list[int],
    summary: SubmitSummary,
    concurrency: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    jobs = _jobs(ctx, accounts, targets, summary)
    total, done = len(targets), 0
    in_flight: dict[Future[Any], _Job] = {}
    with ThreadPoolExecutor(max(1, concurrency), thread_name_prefix="submit") as pool:

        def hand_out(count: int) -> None:
            for _ in range(count):
                if cancel is not None and cancel.is_set():
                    summary.cancelled = True
                    return
                job = next(jobs, None)
                if job is None:
                    return
                in_flight[pool.submit(_post, accounts, job)] = job

        hand_out(max(1, concurrency) * 2)
        while in_flight:
            ready, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in ready:
                job = in_flight.pop(future)
                outcome = _settle(ctx, job, future)
                summary.items.append(outcome)
                done += 1
                if progress is not None:
                    progress(done, total, f"{outcome.standard_number}：{outcome.state}")
            hand_out(len(ready))


def _jobs(
    ctx: AppContext, accounts: Accounts, targets: list[int], summary: SubmitSummary
) -> Iterator[_Job]:
    """Mark each record 提交中 (committed) just before its request is handed to a worker."""
    for declaration_id in targets:
        with ctx.session() as session:
            row = _load(session, declaration_id)
            if S(row.state) is not S.QUEUED:
                continue  # changed meanwhile (another agency PC sent it)
            record = record_of(row)
            try:
                accounts.ensure(record.credit_code)
            except ServiceError as exc:
                summary.skipped.append(_outcome(row, str(exc)))
                continue
            move(ctx, session, row, S.SUBMITTING, "交换接口")
            row.channel = "api"
            key = row.idempotency_key
            pdf = next((f.data for f in row.files if f.kind == PDF_KIND), None)
            previous = _load(session, row.previous_id) if row.previous_id else None
            revises = (
                previous.remote_id if previous is not None and previous.channel == "api" else None
            )
        payload = record.payload(base64.b64encode(pdf).decode("ascii") if pdf else None)
        yield _Job(declaration_id, record.credit_code, key, payload, revises)


@dataclass(frozen=True)
class _Answer:
    """What a worker learnt about one record; only the calling thread writes it down."""

    remote: RemoteRecord | None = None
    receipt: dict[str, Any] | None = None
    lost: Exception | None = None  # the answer was lost and the server could not be asked
    missing: Exception | None = None  # the answer was lost and the server does not have it


def _post(accounts: Accounts, job: _Job) -> _Answer:
    """Send one record (worker thread). A lost answer is settled here by asking for the key,
    so the calling thread never waits on the network."""
    from jxdeclare.portal.errors import PortalProtocolError, PortalUnavailable

    client = accounts.client(job.credit_code)
    try:
        if job.revises:
            remote = client.revise(job.revises, job.payload, job.key)
        else:
            remote = client.submit(job.payload, job.key)
    except (PortalProtocolError, PortalUnavailable) as exc:
        # The server may have committed before the answer was lost: ask it by key.
        found = _find(accounts, job.credit_code, [job.key])
        if found is None:
            return _Answer(lost=exc)
        if job.key not in found:
            return _Answer(missing=exc)
        remote = found[job.key]
    return _Answer(remote, _receipt_or_none(client, remote.id))


def _receipt_or_none(client: PortalClient, remote_id: str) -> dict[str, Any] | None:
    from jxdeclare.portal.errors import PortalError

    try:
        return client.receipt(remote_id)
    except PortalError:
        return None  # the record stands; the receipt is fetched again when reconciling


def _settle(ctx: AppContext, job: _Job, future: Future[_Answer]) -> ItemOutcome:
    from jxdeclare.portal.errors import PortalError, PortalValidationError

    try:
        answer = future.result()
    except PortalValidationError as exc:
        return _fail(ctx, job.declaration_id, S.FAILED_NEEDS_EDIT, exc)
    except PortalError as exc:  # authentication and the like: worth another try later
        return _fail(ctx, job.declaration_id, S.FAILED_RETRYABLE, exc)
    if answer.lost is not None:
        return _keep_submitting(ctx, job.declaration_id, answer.lost)
    if answer.missing is not None or answer.remote is None:
        return _fail(ctx, job.declaration_id, S.FAILED_RETRYABLE, answer.missing or Exception())
    with ctx.session() as session:
        row = _load(session, job.declaration_id)
        _accept(ctx, session, row, answer.remote, answer.receipt)
        return _outcome(row)


def _find(accounts: Accounts, credit_code: str, keys: list[str]) -> dict[str, Any] | None:
    from jxdeclare.portal.errors import PortalError

    try:
        return accounts.client(credit_code).find(keys)
    except PortalError:
        return None


def _keep_submitting(ctx: AppContext, declaration_id: int, exc: Exception) -> ItemOutcome:
    """Neither the answer nor a status query came through: the next run reconciles it first."""
    with ctx.session() as session:
        row = _load(session, declaration_id)
        # The reason is often "中文 / English" itself: each half goes to its own half.
        zh, en = one_language(str(exc), "zh"), one_language(str(exc), "en")
        row.last_error = {"message": f"结果未知，下次提交前先向平台核对：{zh} / Outcome unknown;"
                                     f" the portal is asked before the next submission: {en}"}
        return _outcome(row, row.last_error["message"])


def _fail(
    ctx: AppContext, declaration_id: int, target: DeclarationState, exc: Exception
) -> ItemOutcome:
    fields = [{"field": f.field, "message": f.message} for f in getattr(exc, "fields", [])]
    with ctx.session() as session:
        row = _load(session, declaration_id)
        row.last_error = {"message": str(exc), "fields": fields}
        move(ctx, session, row, target, str(exc)[:500])
        return _outcome(row, str(exc))


def _accept(
    ctx: AppContext,
    session: Session,
    row: Declaration,
    remote: RemoteRecord,
    receipt: dict[str, Any] | None,
) -> None:
    """The server holds the record: note its id, state and receipt in the vault."""
    target = REMOTE_STATES.get(remote.state)
    row.remote_id = remote.id
    row.last_error = None
    current = S(row.state)
    if target is S.PUBLISHED and current is S.SUBMITTING:
        move(ctx, session, row, S.PENDING, f"平台已接收 {remote.id}")
        current = S.PENDING
    if target is not None and target is not current:
        move(ctx, session, row, target, f"平台状态：{remote.state}")
    store_receipt(row, "api", remote.raw, receipt)
    if remote.revises and row.previous_id:
        previous = _load(session, row.previous_id)
        if S(previous.state) is S.PUBLISHED:
            move(ctx, session, previous, S.REVISED, f"由第 {row.version_no} 版修订（{remote.id}）")


def store_receipt(
    row: Declaration, channel: str, record: dict[str, Any], receipt: dict[str, Any] | None
) -> None:
    from jxdeclare.store.models import DeclarationReceipt

    merged = {**record, **(receipt or {})}
    vault = row.receipt or DeclarationReceipt(channel=channel, remote_id="")
    vault.channel = channel
    vault.remote_id = str(merged.get("declaration_id") or merged.get("id") or vault.remote_id)
    vault.receipt_no = merged.get("receipt_no") or vault.receipt_no
    vault.state = merged.get("state")
    vault.public_url = merged.get("public_url")
    vault.received_at = merged.get("received_at")
    vault.published_at = merged.get("published_at")
    vault.payload_sha256 = merged.get("payload_sha256")
    vault.pdf_sha256 = merged.get("pdf_sha256")
    vault.raw = merged
    row.receipt = vault


def reconcile(
    ctx: AppContext, accounts: Accounts, skipped: list[ItemOutcome] | None = None
) -> list[ItemOutcome]:
    """Ask the server about every record in 提交中 or 待确认 before anything is (re)sent.

    Found: note its state and receipt (待确认 → 已公开 when it was approved meanwhile).
    Not found and 提交中: it never arrived — back to 已排队. A server that cannot be asked
    leaves the record as it is for the next run.
    """
    from jxdeclare.services.declarations.records import list_declarations

    by_code: dict[str, list[tuple[int, str]]] = {}
    for info in list_declarations(ctx, states=list(IN_FLIGHT)):
        if info.channel == "guided":
            continue  # entered by hand on the national platform: its receipt is typed in
        with ctx.session() as session:
            row = _load(session, info.id)
            code = record_of(row).credit_code
            by_code.setdefault(code, []).append((row.id, row.idempotency_key))
    outcomes = []
    for code, rows in by_code.items():
        try:
            accounts.ensure(code)
        except ServiceError as exc:
            if skipped is not None:
                skipped += [_skipped(ctx, i, str(exc)) for i, _key in rows]
            continue
        found = _find(accounts, code, [key for _id, key in rows])
        if found is None:
            continue
        receipts = _receipts(accounts, code, [found[key].id for _id, key in rows if key in found])
        for declaration_id, key in rows:
            remote = found.get(key)
            receipt = receipts.get(remote.id) if remote is not None else None
            outcomes.append(_reconciled(ctx, declaration_id, remote, receipt))
    return outcomes


def _receipts(
    accounts: Accounts, credit_code: str, remote_ids: list[str], workers: int = 4
) -> dict[str, dict[str, Any] | None]:
    """The receipts of found records, fetched on worker threads (each with its own client):
    hundreds of pending records are not reconciled one round trip after another."""
    if not remote_ids:
        return {}

    def fetch(remote_id: str) -> dict[str, Any] | None:
        return _receipt_or_none(accounts.client(credit_code), remote_id)

    with ThreadPoolExecutor(min(workers, len(remote_ids)), thread_name_prefix="reconcile") as pool:
        return dict(zip(remote_ids, pool.map(fetch, remote_ids), strict=True))


@one_submit_at_a_time
def reconcile_only(ctx: AppContext, accounts: Accounts) -> SubmitSummary:
    """对账: ask the portal about every record sent through it and still in flight; nothing is
    sent. ``still_in_flight`` then says which ones the portal could not be asked about."""
    summary = SubmitSummary()
    summary.reconciled = reconcile(ctx, accounts, summary.skipped)
    return summary


def still_in_flight(ctx: AppContext) -> list[int]:
    """Records sent through the exchange API whose outcome is not settled yet."""
    from jxdeclare.services.declarations.records import list_declarations

    return [i.id for i in list_declarations(ctx, states=list(IN_FLIGHT)) if i.channel != "guided"]


def _skipped(ctx: AppContext, declaration_id: int, message: str) -> ItemOutcome:
    with ctx.session() as session:
        return _outcome(_load(session, declaration_id), message)


def _reconciled(
    ctx: AppContext,
    declaration_id: int,
    remote: RemoteRecord | None,
    receipt: dict[str, Any] | None,
) -> ItemOutcome:
    with ctx.session() as session:
        row = _load(session, declaration_id)
        if remote is not None:
            _accept(ctx, session, row, remote, receipt)
            return _outcome(row, "对账：平台已有此记录")
        note = "对账：平台没有收到，重新排队"
        move(ctx, session, row, S.FAILED_RETRYABLE, note)
        move(ctx, session, row, S.QUEUED, note)
        return _outcome(row, note)


def withdraw(
    ctx: AppContext, accounts: Accounts | None, declaration_id: int, reason: str
) -> ItemOutcome:
    """已公开 → 已撤销: through the portal for records sent there; a record entered by hand on
    the national platform is withdrawn there by hand, and only noted here."""
    if not reason.strip():
        raise ServiceError("请填写撤销原因。 / A reason is required.")
    with ctx.session() as session:
        row = _load(session, declaration_id)
        if S(row.state) is not S.PUBLISHED:
            raise ServiceError(f"只有已公开的声明可以撤销（现在是“{row.state}”）。")
        channel, remote_id, code = row.channel, row.remote_id, record_of(row).credit_code
    remote = None
    if channel == "api" and remote_id:
        if accounts is None:
            raise ServiceError("请提供交换接口地址以撤销。 / The portal address is required.")
        accounts.ensure(code)
        remote = accounts.client(code).withdraw(remote_id, reason.strip())
    with ctx.session() as session:
        row = _load(session, declaration_id)
        if remote is not None:
            store_receipt(row, "api", remote.raw, None)
        move(ctx, session, row, S.WITHDRAWN, f"撤销：{reason.strip()}")
        return _outcome(row)
