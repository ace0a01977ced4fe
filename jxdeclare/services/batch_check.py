"""Agencies' batch check: every stored standard of one enterprise (or all), in parallel.

Checking is pure CPU work in Python, so threads would queue on the interpreter lock; the batch
runs in worker processes instead. Each worker opens (and so verifies) the active pack once; the
main process reads the stored documents — database sessions never leave it — and hands each
worker a document's stored JSON. Small batches stay in this process: starting workers costs
more than it saves below a couple of hundred standards.

Workers are started with ``spawn`` on every platform, as Windows must: no state is inherited,
which also keeps a forked copy of Qt's threads out of the children.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jxdeclare.catalog.pack import Pack
    from jxdeclare.checks.run import CheckReport
    from jxdeclare.domain.document.model import Document
    from jxdeclare.services.context import AppContext

PARALLEL_FROM = 200  # fewer standards than this are checked here: workers start in ~0.5 s
BATCH = 50  # stored documents read in one query when checking in this process
MAX_WORKERS = 4  # an agency's office PC; more rarely helps and costs memory (a pack per worker)


@dataclass(frozen=True)
class StoredResult:
    draft_id: int
    enterprise_id: int
    enterprise: str  # the enterprise's name, for the summary
    number: str
    title: str
    report: CheckReport


@dataclass
class EnterpriseTally:
    checked: int = 0
    with_errors: int = 0
    errors: int = 0
    warnings: int = 0


@dataclass
class BatchSummary:
    by_rule: Counter[str] = field(default_factory=Counter)
    by_enterprise: dict[str, EnterpriseTally] = field(default_factory=dict)

    @classmethod
    def of(cls, results: list[StoredResult]) -> BatchSummary:
        summary = cls()
        for result in results:
            tally = summary.by_enterprise.setdefault(result.enterprise, EnterpriseTally())
            tally.checked += 1
            tally.errors += result.report.errors
            tally.warnings += result.report.warnings
            tally.with_errors += bool(result.report.errors)
            summary.by_rule.update(f.rule for f in result.report.findings)
        return summary


@dataclass(frozen=True)
class _Job:
    index: int
    draft_id: int
    enterprise_id: int
    number: str
    title: str
    others: list[str]  # the enterprise's other numbers that are this one (N003, duplicates)


def default_workers(count: int) -> int:
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def check_stored(
    ctx: AppContext,
    enterprise_id: int | None = None,
    as_of: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Any = None,
    workers: int | None = None,
    draft_ids: Collection[int] | None = None,
) -> list[StoredResult]:
    """Check every stored standard of one enterprise (or all), in list order.

    ``progress(done, total, text)`` is called as each standard is done; setting ``cancel`` (a
    threading.Event) stops handing out work and returns what was checked so far. ``workers``
    overrides the number of worker processes (1: check here, one after another); ``draft_ids``
    limits the batch to those standards. Checked standards leave the re-check queue.
    """
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.enterprises import list_enterprises
    from jxdeclare.services.system.watch import clear_rechecks

    as_of = as_of or date.today()
    pack = active_catalogue(ctx).pack
    names = {e.id: e.name for e in list_enterprises(ctx)}
    jobs = _jobs(drafts.stored_keys(ctx, enterprise_id))  # ids and numbers: no document yet
    if draft_ids is not None:  # filtered after _jobs: duplicates are judged against all numbers
        wanted = set(draft_ids)
        jobs = [job for job in jobs if job.draft_id in wanted]
    workers = default_workers(len(jobs)) if workers is None else max(1, workers)
    done: dict[int, StoredResult] = {}

    def finished(job: _Job, report: CheckReport) -> None:
        name = names.get(job.enterprise_id, "")
        done[job.index] = StoredResult(
            job.draft_id, job.enterprise_id, name, job.number, job.title, report
        )
        if progress is not None:
            progress(len(done), len(jobs), f"{job.number} {job.title}")

    if workers == 1 or len(jobs) < 2:
        _check_here(ctx, jobs, pack, as_of, finished, cancel)
    else:
        _check_in_workers(ctx, jobs, as_of, workers, finished, cancel)
    clear_rechecks(ctx, [result.draft_id for result in done.values()])
    return [done[i] for i in sorted(done)]


def _jobs(rows: list[tuple[int, int, str, str]]) -> list[_Job]:
    """Each standard's job, with only those of the enterprise's other numbers that are the same
    number spelt alike or not (all N003 compares): every other number, per standard, would grow
    as the square of the count, in memory and in what crosses to the workers."""
    from jxdeclare.domain.stdnumber import parse_standard_number

    def same(number: str) -> str | None:
        parsed = parse_standard_number(number).number
        return parsed.canonical() if parsed is not None else None

    keys = [(enterprise_id, same(number)) for _id, enterprise_id, number, _title in rows]
    clashing: dict[tuple[int, str | None], list[str]] = {}
    for key, (_id, _enterprise, number, _title) in zip(keys, rows, strict=True):
        clashing.setdefault(key, []).append(number)
    jobs = []
    for index, (key, (draft_id, enterprise_id, number, title)) in enumerate(
        zip(keys, rows, strict=True)
    ):
        others = list(clashing[key]) if key[1] is not None else []
        if others:
            others.remove(number)
        jobs.append(_Job(index, draft_id, enterprise_id, number, title, others))
    return jobs


def _check_here(
    ctx: AppContext,
    jobs: list[_Job],
    pack: Pack,
    as_of: date,
    finished: Callable[[_Job, CheckReport], None],
    cancel: Any,
) -> None:
    from jxdeclare.checks.run import check_document

    pending = iter(jobs)
    while taken := _take(ctx, pending, BATCH):  # a bounded batch of documents in memory at once
        for job, content in taken:
            if cancel is not None and cancel.is_set():
                return
            document = _document(content, job)
            report = check_document(document, as_of=as_of, pack=pack, other_numbers=job.others)
            finished(job, report)


def _check_in_workers(
    ctx: AppContext,
    jobs: list[_Job],
    as_of: date,
    workers: int,
    finished: Callable[[_Job, CheckReport], None],
    cancel: Any,
) -> None:
    from jxdeclare.services.catalog import pack_store

    in_flight: dict[Future[CheckReport], _Job] = {}
    pending = _Prefetched(ctx, iter(jobs), BATCH)
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_open_worker_pack,
        initargs=(str(ctx.home), pack_store(ctx).active_file()),
    )
    try:
        # A bounded window keeps memory flat however many standards there are.
        for job, content in pending.take(workers * 4):
            in_flight[pool.submit(_check_content, content, job, as_of)] = job
        while in_flight:
            ready, _ = wait(in_flight, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancel is not None and cancel.is_set():
                return
            for future in ready:
                finished(in_flight.pop(future), future.result())
            for job, content in pending.take(len(ready)):
                in_flight[pool.submit(_check_content, content, job, as_of)] = job
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Prefetched:
    """Jobs with their stored texts, read ``size`` at a time: workers finish one or two at a
    time, and a query for each would cost a round trip per standard on a shared server."""

    def __init__(self, ctx: AppContext, pending: Iterator[_Job], size: int) -> None:
        self.ctx, self.pending, self.size = ctx, pending, size
        self.ready: list[Any] = []

    def take(self, count: int) -> list[Any]:
        while len(self.ready) < count and (more := _take(self.ctx, self.pending, self.size)):
            self.ready += more
        taken, self.ready = self.ready[:count], self.ready[count:]
        return taken


def _take(ctx: AppContext, pending: Iterator[_Job], count: int) -> list[Any]:
    """The next ``count`` jobs with their stored JSON text, read in one query."""
    from jxdeclare.services import drafts

    taken = [job for _, job in zip(range(count), pending, strict=False)]
    contents = drafts.stored_texts(ctx, [job.draft_id for job in taken])
    return [(job, contents[job.draft_id]) for job in taken]


# --- in the worker process -------------------------------------------------------------------

_worker_pack: Pack | None = None


def _open_worker_pack(home: str, active_file: str | None) -> None:
    """Open and verify the pack the main process uses (its file name, not its loaded copy)."""
    global _worker_pack
    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.catalog.store import PackStore
    from jxdeclare.services.catalog import default_pack_path

    if active_file is not None:
        _worker_pack = PackStore(Path(home), trusted_keys()).open(active_file)
    else:
        _worker_pack = open_pack(default_pack_path(), trusted_keys())


def _document(content: str, job: _Job) -> Document:
    from jxdeclare.domain.document import jxstd
    from jxdeclare.domain.document.model import Document

    return jxstd.from_dict(Document, json.loads(content), f"草稿 {job.draft_id}")


def _check_content(content: str, job: _Job, as_of: date) -> CheckReport:
    from jxdeclare.checks.run import check_document

    document = _document(content, job)
    return check_document(document, as_of=as_of, pack=_worker_pack, other_numbers=job.others)
