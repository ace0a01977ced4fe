"""Status of a standard on a date, from the pack's standards table (DESIGN §3).

Status is per edition and per date: an edition is 即将实施 before its implementation date, 被代替
from the day a replacing edition comes into force, 废止 from its withdrawal date, otherwise 现行.
An undated reference means the edition in force on the date (of several, the latest). Numbers the
pack does not know are 未知, never guessed.

Missing dates are never read as "since forever". An edition whose implementation date the sources
do not give cannot have been in force before it was published: before its published date (or, when
that is unknown too, before 1 January of the year in its number) it replaces nothing. From then on
nobody can say whether it is in force yet, so it is 未知 itself (`edition` is still set: the pack
knows it), and so is an edition it replaces, until a replacement with a known date comes into
force. ``pending`` names those replacements of unknown date. An old edition whose own dates are
unknown but whose replacement has a known date was the edition in force until that date: 现行 from
its published date (else its year) up to then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from jxdeclare.domain.stdnumber import StandardNumber, parse_standard_number


class Status(StrEnum):
    CURRENT = "现行"
    UPCOMING = "即将实施"
    REPLACED = "被代替"
    WITHDRAWN = "废止"
    UNKNOWN = "未知"


@dataclass(frozen=True)
class Edition:
    number: str  # canonical, dated
    title: str
    implemented: date | None
    withdrawn: date | None
    replaced_by: tuple[str, ...]
    published: date | None = None
    replaces: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Edition:
        return cls(
            row["number"],
            row.get("title") or "",
            _date(row.get("implemented")),
            _date(row.get("withdrawn")),
            tuple(row.get("replaced_by") or ()),
            _date(row.get("published")),
            tuple(row.get("replaces") or ()),
        )

    @property
    def year(self) -> int | None:
        parsed = parse_standard_number(self.number).number
        return parsed.year if parsed else None

    @property
    def earliest(self) -> date | None:
        """The first day this edition can be in force: its implementation date when known,
        else its publication date, else 1 January of the year in its number."""
        if self.implemented:
            return self.implemented
        if self.published:
            return self.published
        return date(self.year, 1, 1) if self.year else None


@dataclass(frozen=True)
class StatusResult:
    number: str  # as asked, canonical
    status: Status
    as_of: date
    edition: str | None = None  # the edition the answer is about (an undated number resolved)
    title: str = ""
    in_force_from: date | None = None
    replaced_by: tuple[str, ...] = ()  # in force on as_of
    replaced_since: date | None = None
    chain: tuple[str, ...] = field(default=())  # edition → … → the edition in force now
    pending: tuple[str, ...] = ()  # published replacements whose implementation date is unknown

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "status": str(self.status),
            "as_of": self.as_of.isoformat(),
            "edition": self.edition,
            "title": self.title,
            "in_force_from": _iso(self.in_force_from),
            "replaced_by": list(self.replaced_by),
            "replaced_since": _iso(self.replaced_since),
            "chain": list(self.chain),
            "pending": list(self.pending),
        }


@dataclass(frozen=True)
class _State:
    status: Status
    replaced_by: tuple[str, ...] = ()  # replacements in force on the date
    since: date | None = None
    pending: tuple[str, ...] = ()  # replacements that may be in force: their date is unknown


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def editions_of(pack: Any) -> Editions:
    """The pack's standards table indexed once per opened pack."""
    return pack.derived("editions", lambda: Editions(pack.tables["standards"]))


class Editions:
    """The standards table indexed by edition and by undated series."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.by_number: dict[str, Edition] = {}
        self.by_series: dict[str, list[Edition]] = {}
        for row in rows:
            edition = Edition.from_row(row)
            self.by_number[edition.number] = edition
            self.by_series.setdefault(_series(edition.number), []).append(edition)

    def status(self, text: str, as_of: date) -> StatusResult:
        parsed = parse_standard_number(text).number
        if parsed is None:
            return StatusResult(text.strip(), Status.UNKNOWN, as_of)
        asked = parsed.canonical()
        edition = self._resolve(parsed, as_of)
        if edition is None:
            return StatusResult(asked, Status.UNKNOWN, as_of)
        return self._describe(asked, edition, as_of)

    def _resolve(self, number: StandardNumber, as_of: date) -> Edition | None:
        """A dated number is that edition. An undated one is the edition in force on the date,
        the latest of several; else the latest that may be (dates unknown); else the latest that
        has ended; else, before any was in force, the first to come."""
        if number.year is not None:
            return self.by_number.get(number.canonical())
        editions = self.by_series.get(number.undated().canonical(), [])
        if not editions:
            return None
        states = {e.number: self._state(e, as_of).status for e in editions}
        for wanted in (
            (Status.CURRENT,),
            (Status.UNKNOWN,),
            (Status.REPLACED, Status.WITHDRAWN),
        ):
            found = [
                e for e in editions
                if states[e.number] in wanted and (e.earliest or date.min) <= as_of
            ]  # fmt: skip
            if found:
                return max(found, key=_newest)
        return min(editions, key=_newest)

    def _state(self, edition: Edition, as_of: date) -> _State:
        """Status of one edition on a date, with the replacements behind it."""
        if edition.withdrawn and as_of >= edition.withdrawn:
            return _State(Status.WITHDRAWN, since=edition.withdrawn)
        active: list[tuple[str, date]] = []
        pending: list[str] = []
        for number in edition.replaced_by:
            successor = self.by_number.get(number)
            if successor is None:
                continue
            if successor.implemented is not None:
                if successor.implemented <= as_of:
                    active.append((number, successor.implemented))
            elif successor.earliest is not None and successor.earliest <= as_of:
                pending.append(number)  # published, or may be: in force from an unknown date
        if active:
            since = min(d for _, d in active)
            return _State(Status.REPLACED, tuple(n for n, _ in active), since)
        if edition.implemented is not None and as_of < edition.implemented:
            return _State(Status.UPCOMING, pending=tuple(pending))
        if pending or (edition.implemented is None and not self._ended_later(edition, as_of)):
            return _State(Status.UNKNOWN, pending=tuple(pending))
        return _State(Status.CURRENT)

    def _ended_later(self, edition: Edition, as_of: date) -> bool:
        """An edition whose own dates are unknown was in force up to a replacement with a known
        date (the sources say that one took over from it), from its published date (else its
        year) on: True when such a replacement is still to come on the date."""
        if edition.earliest is None or as_of < edition.earliest:
            return False
        return any(
            (later := self.by_number.get(number)) is not None and later.implemented is not None
            for number in edition.replaced_by
        )

    def _describe(self, asked: str, edition: Edition, as_of: date) -> StatusResult:
        state = self._state(edition, as_of)
        return StatusResult(
            asked,
            state.status,
            as_of,
            edition.number,
            edition.title,
            edition.implemented,
            state.replaced_by,
            state.since,
            self._chain(edition, as_of),
            state.pending,
        )

    def _chain(self, edition: Edition, as_of: date) -> tuple[str, ...]:
        """Follow replacements that are in force on the date, until the current edition."""
        chain, seen = [edition.number], {edition.number}
        current = edition
        while True:
            following = [r for r in self._state(current, as_of).replaced_by if r not in seen]
            if not following:
                return tuple(chain)
            current = self.by_number[following[0]]
            chain.append(current.number)
            seen.add(current.number)


def _newest(edition: Edition) -> tuple[date, int]:
    return (edition.earliest or date.min, edition.year or 0)


def _series(number: str) -> str:
    parsed = parse_standard_number(number).number
    return parsed.undated().canonical() if parsed else number
