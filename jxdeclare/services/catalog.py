"""The active catalogue for the app: the active data pack, its status queries and search."""

from __future__ import annotations

import threading
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.catalog.diff import PackDiff, diff_packs
from jxdeclare.catalog.gaps import Gap, usual_gap
from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import Pack, PackError, open_pack
from jxdeclare.catalog.search import SearchIndex
from jxdeclare.catalog.status import Status, StatusResult, editions_of
from jxdeclare.catalog.store import PackStore, StoredPack
from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.paths import resources_dir
from jxdeclare.services.errors import ServiceError

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext


class NoActivePack(ServiceError):
    pass


@dataclass(frozen=True)
class SearchRow:
    number: str
    title: str
    status: StatusResult


@dataclass(frozen=True)
class Detail:
    status: StatusResult
    limits: list[dict[str, Any]]  # limit rows whose standard is this edition


class Catalogue:
    """One loaded pack, indexed; cheap to query from the UI thread once built."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.editions = editions_of(pack)

    @cached_property
    def index(self) -> SearchIndex:
        """Built on the first search (a few ms): checks never search, and a one-shot check
        opens the pack each time."""
        return SearchIndex(self.pack.tables["standards"])

    @property
    def label(self) -> str:
        signed = "" if self.pack.signed else "（未签名数据包 unsigned pack）"
        as_of = self.pack.manifest["as_of"]
        return f"{self.pack.pack_id} {self.pack.version} · 数据截至 {as_of}{signed}"

    def search(self, text: str, as_of: date, limit: int = 200) -> list[SearchRow]:
        """Hits in the index's order, except that the editions of one number list the edition
        in force first (then the coming one, then older ones, newest first): the first row,
        which lists pre-select, is never a superseded edition when a current one matched."""
        rows = [
            SearchRow(hit.number, hit.title, self.editions.status(hit.number, as_of))
            for hit in self.index.search(text, limit)
        ]
        return in_force_first(rows)

    def usual_gap(self) -> Gap | None:
        """Publication to implementation, the median of the catalogue's editions (new drafts)."""
        return self.pack.derived("usual_gap", lambda: usual_gap(self.pack.tables["standards"]))

    def detail(self, number: str, as_of: date) -> Detail:
        status = self.editions.status(number, as_of)
        limits = [row for row in self.pack.tables["limits"] if row["standard"] == status.edition]
        return Detail(status, limits)


BUILTIN_FILE = "default.jxpack"  # the name lists give the bundled pack; no imported pack has it


_STATUS_ORDER = {Status.CURRENT: 0, Status.UPCOMING: 1, Status.UNKNOWN: 2, Status.REPLACED: 3,
                 Status.WITHDRAWN: 4}  # fmt: skip


def in_force_first(rows: list[SearchRow]) -> list[SearchRow]:
    """Reorder the editions of each number among the places they hold, current one first."""
    groups: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(_undated(row.number), []).append(index)
    ordered = list(rows)
    for places in groups.values():
        editions = sorted((rows[i] for i in places), key=_edition_rank)
        for place, row in zip(places, editions, strict=True):
            ordered[place] = row
    return ordered


def _undated(number: str) -> str:
    parsed = parse_standard_number(number).number
    return parsed.undated().canonical() if parsed else number


def _edition_rank(row: SearchRow) -> tuple[int, int]:
    parsed = parse_standard_number(row.number).number
    year = parsed.year if parsed and parsed.year else 0
    return _STATUS_ORDER.get(row.status.status, 2), -year


def default_pack_path() -> Path:
    return resources_dir() / "packs" / BUILTIN_FILE


def listed_packs(ctx: AppContext) -> list[tuple[StoredPack, bool]]:
    """The packs a user can choose from, each with whether it is the one in use: the bundled
    pack first (in use while no imported pack is active), then the imported ones.

    Every pack is opened, so verified: slow enough for a background task.
    """
    store = pack_store(ctx)
    active = store.active_file()
    listed: list[tuple[StoredPack, bool]] = []
    # A damaged or missing bundled file is not offered (as in the store); using it says why.
    with suppress(PackError, OSError):
        listed.append((StoredPack.of(BUILTIN_FILE, _open_bundled(), builtin=True), not active))
    return listed + [(pack, pack.file == active) for pack in store.list_packs()]


def open_listed(ctx: AppContext, pack: StoredPack) -> Pack:
    """Open (and verify) a pack of :func:`listed_packs`."""
    return _open_bundled() if pack.builtin else pack_store(ctx).open(pack.file)


def _open_bundled() -> Pack:
    return open_pack(default_pack_path(), trusted_keys())


def load_active(ctx: AppContext) -> Catalogue:
    """Open (and so verify) the active pack, else the bundled default, and index it.

    Slow enough (verification and indexing) for a background task.
    """
    store = pack_store(ctx)
    active = store.active_file()
    if active is not None:
        return Catalogue(store.open(active))
    if not default_pack_path().is_file():
        raise NoActivePack(
            "尚未启用数据包。请用“jxdeclare-cli pack import 文件”导入并“pack activate”启用。"
            " / No data pack is active yet: import one with jxdeclare-cli pack import, then"
            " activate it."
        )
    return Catalogue(_open_bundled())


_cache: dict[tuple[str, str | None], Catalogue] = {}
_cache_lock = threading.Lock()


def active_catalogue(ctx: AppContext) -> Catalogue:
    """:func:`load_active`, verified and indexed once per active pack (activation changes the key).

    Slow the first time: call it from a background task.
    """
    key = (str(ctx.home), pack_store(ctx).active_file())
    with _cache_lock:
        if key not in _cache:
            _cache[key] = load_active(ctx)
        return _cache[key]


def pack_store(ctx: AppContext) -> PackStore:
    return PackStore(ctx.home, trusted_keys(), signed_elsewhere=_bundled_id)


def _bundled_id() -> list[tuple[str, str]]:
    """The bundled pack's (id, version): no unsigned pack may take them."""
    with suppress(PackError, OSError):
        pack = _open_bundled()
        return [(pack.pack_id, pack.version)] if pack.signed else []
    return []


def diff_with_active(ctx: AppContext, new: Pack) -> PackDiff:
    """What making ``new`` active would change (against the active pack, else the default)."""
    return diff_packs(active_catalogue(ctx).pack, new)


def _switch(ctx: AppContext, target: str | None, change: Any) -> tuple[Any, list[Any]]:
    """Run ``change`` (activate or roll back) and list the stored drafts it affects."""
    from jxdeclare.services.affected import affected_drafts

    store = pack_store(ctx)
    before = active_catalogue(ctx).pack
    from jxdeclare.services.system.watch import after_pack_change

    stored = change(store)
    after = store.open(stored.file) if target is None else store.open(target)
    affected = affected_drafts(ctx, diff_packs(before, after))
    after_pack_change(ctx, before, after, affected)
    return stored, affected


def activate_pack(ctx: AppContext, file: str) -> tuple[Any, list[Any]]:
    """Activate a stored pack; returns it and the enterprise standards the change affects."""
    if file == BUILTIN_FILE:
        raise PackError(_BUILTIN_IN_USE if pack_store(ctx).active_file() is None else _BUILTIN)
    return _switch(ctx, file, lambda store: store.activate(file))


_BUILTIN_IN_USE = "内置数据包已在使用。/ The bundled pack is already in use."
_BUILTIN = (
    "内置数据包只在没有启用已导入的数据包时使用，不能在其后启用；要改回内置数据，请把程序自带的"
    f" {BUILTIN_FILE} 导入后启用。/ The bundled pack is used only while no imported pack is"
    f" active; to go back to its data, import the program's {BUILTIN_FILE} and activate that."
)


def rollback_pack(ctx: AppContext) -> tuple[Any, list[Any]]:
    return _switch(ctx, None, lambda store: store.rollback())
