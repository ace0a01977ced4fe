"""How long after publication a standard usually takes effect, from the catalogue's own dates.

A new enterprise standard's 实施日期 defaults to its 发布日期 plus this gap: the median over the
editions whose publication and implementation dates the pack both gives, not a number of our own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Any


@dataclass(frozen=True)
class Gap:
    days: int  # the median number of days from publication to implementation
    editions: int  # how many editions it was computed from


def usual_gap(rows: Iterable[dict[str, Any]]) -> Gap | None:
    """The median gap of the rows that have both dates (a negative one is a data error, left
    out); None when no row has both."""
    gaps = []
    for row in rows:
        published, implemented = _date(row.get("published")), _date(row.get("implemented"))
        if published and implemented and implemented >= published:
            gaps.append((implemented - published).days)
    return Gap(round(median(gaps)), len(gaps)) if gaps else None


def _date(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None
