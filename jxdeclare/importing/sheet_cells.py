"""Cell values of hand-made spreadsheets: one line of text, half-width text, dates typed any way."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from jxdeclare.domain.stdnumber import EARLIEST_YEAR

LATEST_YEAR = 2100
MAX_SERIAL = 2958466  # Excel's day number of 9999-12-31, plus one

SPACES = re.compile(r"[\s\u200b\ufeff]+")
_HINTS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕")
_HEADER_NOISE = re.compile(r"[\s*:]+")
_PLACEHOLDER = re.compile(r"[-—–/\\.]*|无|暂无|不详|待定|未定")
_DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{4,6}(?:\.0+)?")


def cell_text(value: Any) -> str:
    """A cell as one line of text: 1.0 → "1", dates as ISO, runs of spaces and newlines → " "."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return SPACES.sub(" ", str(value)).strip()


def folded_text(value: Any) -> str:
    """Half-width text (ＧＢ　２７６２ → GB 2762) for numbers and for spotting key words."""
    return SPACES.sub(" ", unicodedata.normalize("NFKC", cell_text(value))).strip()


def header_key(text: str) -> str:
    folded = _HINTS.sub("", unicodedata.normalize("NFKC", text))
    return _HEADER_NOISE.sub("", folded).lower()


def to_date(value: Any, epoch: datetime) -> date | None:
    """A real date, a serial number or text; raises ValueError for what is none of them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_number(float(value), epoch)
    text = folded_text(value)
    if _PLACEHOLDER.fullmatch(text):
        return None
    for pattern in (_DATE_TEXT, _COMPACT_DATE):
        if match := pattern.fullmatch(text):
            return _plausible(date(*(int(part) for part in match.groups())))
    if _SERIAL.fullmatch(text):
        return _from_number(float(text), epoch)
    raise ValueError(text)


def _from_number(value: float, epoch: datetime) -> date:
    """20220630 as a typed date, else an Excel serial day; a bare year (2022) is refused."""
    if value.is_integer() and 19000101 <= value <= 21001231:
        digits = str(int(value))
        return _plausible(date(int(digits[:4]), int(digits[4:6]), int(digits[6:])))
    if not 0 < value < MAX_SERIAL:  # also NaN; beyond it timedelta would overflow
        raise ValueError(str(value))
    return _plausible((epoch + timedelta(days=int(value))).date())


def _plausible(day: date) -> date:
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(day.isoformat())
    return day
