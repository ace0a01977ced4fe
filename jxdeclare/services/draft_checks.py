"""Unfilled parts and errors of stored drafts, checked once per change and kept.

The 工作台 shows them for every draft being written; checking all of them on each refresh would
cost about 15 ms a draft (bench/workbench.py). The database stores no check result, so each
result is kept, in this process and in a cache file of the data directory, under what it depends
on: the draft's row version (every save and autosave moves it), its enterprise's other numbers
(duplicates are errors), the active pack and the date. Only drafts whose key changed are checked
again. The file is a cache: losing it costs one full check; a database's URL is stored hashed,
never with its password.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jxdeclare.catalog.pack import Pack
    from jxdeclare.services.context import AppContext

Progress = Callable[[int, int, str], None]
UNFILLED_RULE = "S006"  # the checker's "有未填写的内容"
CACHE_FILE = Path("cache", "draft-checks.json")


@dataclass(frozen=True)
class StoredDraft:
    """What is known of a draft without reading its text."""

    id: int
    enterprise_id: int
    number: str
    title: str
    status: str
    row_version: int

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True)
class DraftCheck:
    unfilled: int  # parts still to fill in (S006)
    errors: int  # the other errors

    @property
    def passed(self) -> bool:
        return self.unfilled == self.errors == 0


Key = list[Any]  # JSON-shaped, so that the cache file compares equal after a round trip
KEY_LENGTH = 6
_kept: dict[str, dict[int, tuple[Key, DraftCheck]]] = {}  # database → draft id → result
_lock = threading.Lock()


def check_drafts(
    ctx: AppContext,
    drafts: list[StoredDraft],
    every: Iterable[StoredDraft],
    pack: Pack,
    as_of: date,
    progress: Progress | None = None,
) -> dict[int, DraftCheck]:
    """The results for ``drafts``, checking only those changed since they were last checked.
    ``every`` holds each enterprise's other standards (their numbers count as duplicates)."""
    numbers: dict[int, list[str]] = {}
    for draft in every:
        numbers.setdefault(draft.enterprise_id, []).append(draft.number)
    kept = _results(ctx)
    found: dict[int, DraftCheck] = {}
    stale: dict[int, tuple[StoredDraft, Key, list[str]]] = {}
    for draft in drafts:
        others = list(numbers[draft.enterprise_id])
        others.remove(draft.number)
        key = _key(draft, others, pack, as_of)
        if (result := kept.get(draft.id)) is not None and result[0] == key:
            found[draft.id] = result[1]
        else:
            stale[draft.id] = (draft, key, others)
    if stale:
        found.update(_check(ctx, stale, pack, as_of, progress))
        _save(ctx, {d.id for d in every})
    return found


def _key(draft: StoredDraft, others: list[str], pack: Pack, as_of: date) -> Key:
    numbers = hashlib.sha256("\n".join(sorted(others)).encode("utf-8")).hexdigest()[:16]
    made = str(pack.manifest.get("created", ""))
    return [draft.row_version, numbers, pack.pack_id, pack.version, made, as_of.isoformat()]


def _check(
    ctx: AppContext,
    stale: dict[int, tuple[StoredDraft, Key, list[str]]],
    pack: Pack,
    as_of: date,
    progress: Progress | None,
) -> dict[int, DraftCheck]:
    from jxdeclare.checks.run import check_document
    from jxdeclare.domain.document import jxstd
    from jxdeclare.domain.document.model import Document
    from jxdeclare.services.drafts import stored_contents

    contents, kept = stored_contents(ctx, list(stale)), _results(ctx)
    found = {}
    for done, (draft_id, (draft, key, others)) in enumerate(stale.items(), 1):
        if draft_id not in contents:
            continue  # deleted since the list was read
        if progress is not None:
            progress(done, len(stale), f"正在检查 {draft.label}")
        document = jxstd.from_dict(Document, contents[draft_id], f"草稿 {draft_id}")
        report = check_document(document, as_of=as_of, pack=pack, other_numbers=others)
        unfilled = sum(1 for f in report.findings if f.rule == UNFILLED_RULE)
        found[draft_id] = DraftCheck(unfilled, report.errors - unfilled)
        with _lock:
            kept[draft_id] = (key, found[draft_id])
    return found


def forget_results(ctx: AppContext) -> None:
    """Drop every kept result of this database (benchmarks, tests)."""
    with _lock:
        _kept[_database(ctx)] = {}
    (ctx.home / CACHE_FILE).unlink(missing_ok=True)


# -- the cache file ----------------------------------------------------------------------------


def _database(ctx: AppContext) -> str:
    return hashlib.sha256(ctx.db_url.encode("utf-8")).hexdigest()


def _results(ctx: AppContext) -> dict[int, tuple[Key, DraftCheck]]:
    """This database's kept results, read from the cache file the first time."""
    database = _database(ctx)
    with _lock:
        if database not in _kept:
            stored = _read(ctx.home / CACHE_FILE).get(database)
            _kept[database] = {
                int(draft_id): (row[:-2], DraftCheck(row[-2], row[-1]))
                for draft_id, row in (stored.items() if isinstance(stored, dict) else ())
                if draft_id.isdigit() and isinstance(row, list) and len(row) == KEY_LENGTH + 2
            }
        return _kept[database]


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and data.get("version") == 1 else {}
    except (OSError, ValueError):
        return {}


def _save(ctx: AppContext, existing: set[int]) -> None:
    """Write this database's results (deleted drafts dropped); other databases' stay."""
    path, database = ctx.home / CACHE_FILE, _database(ctx)
    with _lock:
        kept = _kept[database].items()
        rows = {str(draft_id): [*key, check.unfilled, check.errors]
                for draft_id, (key, check) in kept if draft_id in existing}  # fmt: skip
        data = {key: value for key, value in _read(path).items() if key != "version"}
        data[database] = rows
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"version": 1, **data}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a cache: the next refresh checks again
