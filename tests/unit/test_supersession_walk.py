"""Every row of the shared supersession tables, walked through the status engine on the curated
sources: the day before, the day of and the day after each change, for the dated numbers and the
undated ones.

The two CSVs in tests/data are copies of the shared data's supersessions.csv and
supersessions-2.csv (one evidence cell names its PDF without the folder path). supersessions-2.csv
corrects two rows of the first (the GB 17743 and GB 17625.1 rows, see resources/packs/src/NOTES.md
"Where sources disagreed"): a row of the first file whose new edition the second file also has is
replaced by the second file's row. Where a row gives no implementation date ("not verified"), the
date of the curated standards table is used; where neither has one, the old edition must come out
未知 (never 现行) once the new one can exist.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest

from jxdeclare.catalog.build import read_sources
from jxdeclare.catalog.status import Editions, Status
from jxdeclare.domain.stdnumber import parse_standard_number

DATA = Path(__file__).resolve().parents[1] / "data"
SOURCES = Path(__file__).resolve().parents[2] / "resources" / "packs" / "src"
NUMBER = re.compile(r"GB(?:/T)?\s*\d+(?:\.\d+)?-\d{4}")
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Change:
    old: str | None  # canonical, dated; None when the row names no old edition
    new: str
    when: date | None
    row: str  # file and old → new, for the test id


def _canonical(text: str) -> str:
    parsed = parse_standard_number(text).number
    assert parsed is not None and parsed.year is not None, text
    return parsed.canonical()


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def changes() -> list[Change]:
    first, second = _rows("supersessions.csv"), _rows("supersessions-2.csv")
    corrected = {_canonical(row["new"]) for row in second}
    found = []
    for name, rows in (("supersessions.csv", first), ("supersessions-2.csv", second)):
        for row in rows:
            new = _canonical(row["new"])
            if name == "supersessions.csv" and new in corrected:
                continue  # corrected by supersessions-2.csv
            olds = [_canonical(m) for m in NUMBER.findall(row["old"])] or [None]
            when = _date(row["new_implemented"])
            for old in olds:
                found.append(Change(old, new, when, f"{name}: {old} → {new}"))
    return found


@cache
def editions() -> Editions:
    return Editions(read_sources(SOURCES)["standards"])


def _undated(number: str) -> str:
    parsed = parse_standard_number(number).number
    assert parsed is not None
    return parsed.undated().canonical()


def test_both_tables_are_walked() -> None:
    walked = changes()
    assert len(walked) >= 45
    assert {c.row.split(":")[0] for c in walked} == {"supersessions.csv", "supersessions-2.csv"}


@pytest.mark.parametrize("change", changes(), ids=lambda c: c.row)
def test_the_day_before_on_and_after_each_change(change: Change) -> None:
    eds = editions()
    assert change.new in eds.by_number, f"{change.new} is not in standards.csv"
    when = change.when or eds.by_number[change.new].implemented
    if when is None:
        _unknown_date(change, eds)
        return
    before, after = when - DAY, when + DAY
    # The new edition, dated: published but not in force the day before, in force from the day.
    assert eds.status(change.new, before).status is Status.UPCOMING
    assert eds.status(change.new, when).status is Status.CURRENT
    assert eds.status(change.new, after).status is Status.CURRENT
    # The new edition's number, undated, means it from the day of the change.
    assert eds.status(_undated(change.new), when).edition == change.new
    assert eds.status(_undated(change.new), after).edition == change.new
    if change.old is None:
        assert eds.status(_undated(change.new), before).status is Status.UPCOMING
        return
    assert change.old in eds.by_number, f"{change.old} is not in standards.csv"
    old = eds.by_number[change.old]
    # The old edition, dated: not yet replaced by the new one the day before, replaced from the day.
    day_before = eds.status(change.old, before)
    assert change.new not in day_before.replaced_by
    assert day_before.status is Status.CURRENT  # without dates of its own: in force until replaced
    assert old.earliest is not None and old.earliest <= before
    for day in (when, after):
        result = eds.status(change.old, day)
        assert result.status is Status.REPLACED and change.new in result.replaced_by
        assert result.replaced_since is not None and result.replaced_since <= when
    # The old edition's number, undated: the old edition up to the day before, then the new one
    # (same series) or the old one, replaced (a different number took over).
    assert eds.status(_undated(change.old), before).edition == change.old
    if _undated(change.old) == _undated(change.new):
        assert eds.status(_undated(change.old), when).edition == change.new
    else:
        result = eds.status(_undated(change.old), when)
        assert result.status is Status.REPLACED and change.new in result.replaced_by


def _unknown_date(change: Change, eds: Editions) -> None:
    """No source gives the change date: the old edition must not be reported 现行 once the new
    edition can exist (1 January of the year in its number, or its published date)."""
    new = eds.by_number[change.new]
    start = new.published or date(new.year or 1, 1, 1)
    assert change.old is not None
    for day in (start, start + DAY, date(2026, 11, 28)):
        result = eds.status(change.old, day)
        assert result.status is not Status.CURRENT
        assert result.status is Status.REPLACED or change.new in result.pending
