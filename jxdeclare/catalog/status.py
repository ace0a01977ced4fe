"""Status of a standard on a date, from the pack's standards table (DESIGN §3).

Status is per edition and per date: an edition is 即将实施 before its implementation date, 被代替
from the day a replacing edition comes into force, 废止 from its withdrawal date, otherwise 现行.
An undated reference means the edition in force on the date. Numbers the pack does not know are
未知, never guessed.
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

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Edition:
        return cls(
            row["number"],
            row.get("title") or "",
            _date(row.get("implemented")),
            _date(row.get("withdrawn")),
            tuple(row.get("replaced_by") or ()),
        )


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
        }


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
        if number.year is not None:
            return self.by_number.get(number.canonical())
        editions = self.by_series.get(number.undated().canonical(), [])
        in_force = [e for e in editions if self._state(e, as_of)[0] is Status.CURRENT]
        candidates = in_force or editions
        return max(candidates, key=lambda e: e.implemented or date.min, default=None)

    def _state(self, edition: Edition, as_of: date) -> tuple[Status, tuple[str, ...], date | None]:
        """(status, replacements in force, since when) of one edition on a date."""
        if edition.implemented and as_of < edition.implemented:
            return Status.UPCOMING, (), None
        if edition.withdrawn and as_of >= edition.withdrawn:
            return Status.WITHDRAWN, (), edition.withdrawn
        # A successor whose implementation date the sources do not give counts as in force:
        # the pack says it replaced this edition, and leaving the old one 现行 would be worse.
        active = [
            (r, self.by_number[r].implemented)
            for r in edition.replaced_by
            if r in self.by_number and (self.by_number[r].implemented or date.min) <= as_of
        ]
        if active:
            known = [d for _, d in active if d]
            return Status.REPLACED, tuple(r for r, _ in active), min(known, default=None)
        return Status.CURRENT, (), None

    def _describe(self, asked: str, edition: Edition, as_of: date) -> StatusResult:
        status, replaced_by, since = self._state(edition, as_of)
        return StatusResult(
            asked,
            status,
            as_of,
            edition.number,
            edition.title,
            edition.implemented,
            replaced_by,
            since,
            self._chain(edition, as_of),
        )

    def _chain(self, edition: Edition, as_of: date) -> tuple[str, ...]:
        """Follow replacements that are in force on the date, until the current edition."""
        chain, seen = [edition.number], {edition.number}
        current = edition
        while True:
            _status, replaced_by, _since = self._state(current, as_of)
            following = [r for r in replaced_by if r not in seen]
            if not following:
                return tuple(chain)
            current = self.by_number[following[0]]
            chain.append(current.number)
            seen.add(current.number)


def _series(number: str) -> str:
    parsed = parse_standard_number(number).number
    return parsed.undated().canonical() if parsed else number
