"""Search the catalogue by number prefix ("GB 27", "DB36/T 1"), by the number without its code
("2762", "14456", "5009.3" find GB 2762…, GB/T 14456…, GB 5009.3…) or by title fragment ("污染物").

An in-memory SQLite index built from the pack's standards table. Title fragments of three or
more characters use an FTS5 trigram index when this SQLite has one (Windows Python ships its own
SQLite, so it is checked, not assumed); shorter fragments, which a trigram index cannot match
(白酒, 酱油), and SQLite builds without trigram use a plain scan. Ranking: the exact number first,
then numbers with the prefix (the whole number before the year first: "2762" ranks GB 2762—2025
above GB 27620—2011; then shortest first), then titles (those starting with the text first). An
empty result means nothing matched; callers say so ("未找到 nothing found").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jxdeclare.domain.stdnumber import parse_standard_number

_DASHES = str.maketrans({"-": "—", "－": "—", "–": "—", "―": "—", "‐": "—"})
_TOP = "\U0010ffff"


@dataclass(frozen=True)
class Hit:
    number: str
    title: str


def number_key(text: str) -> str:
    """Spaces removed, upper-cased, every dash the em dash: how numbers are matched."""
    return "".join(text.translate(_DASHES).split()).upper()


def bare_key(number: str) -> str:
    """The number key without the standard's code: "GB/T 14456.1—2017" → "14456.1—2017",
    "DB 36/1091—2018" → "1091—2018"."""
    parsed = parse_standard_number(number).number
    if parsed is None:
        return number_key(re.sub(r"^\D*", "", number))
    body = (
        parsed.number + (f".{parsed.part}" if parsed.part else "") + ("S" if parsed.food_s else "")
    )
    return number_key(body + (f"—{parsed.year}" if parsed.year is not None else ""))


def fts5_trigram_available() -> bool:
    try:
        with sqlite3.connect(":memory:") as conn:
            conn.execute("CREATE VIRTUAL TABLE probe USING fts5(t, tokenize='trigram')")
        return True
    except sqlite3.Error:
        return False


class SearchIndex:
    def __init__(self, rows: Iterable[dict[str, Any]], *, use_fts: bool | None = None) -> None:
        self.use_fts = fts5_trigram_available() if use_fts is None else use_fts
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute(
            "CREATE TABLE std (id INTEGER PRIMARY KEY, number TEXT, key TEXT, bare TEXT,"
            " title TEXT)"
        )
        self.conn.executemany(
            "INSERT INTO std (number, key, bare, title) VALUES (?, ?, ?, ?)",
            (
                (r["number"], number_key(r["number"]), bare_key(r["number"]), r.get("title") or "")
                for r in rows
            ),
        )
        self.conn.execute("CREATE INDEX std_key ON std (key)")
        self.conn.execute("CREATE INDEX std_bare ON std (bare)")
        if self.use_fts:
            self.conn.execute(
                "CREATE VIRTUAL TABLE std_title USING fts5(title, content='std',"
                " content_rowid='id', tokenize='trigram')"
            )
            self.conn.execute("INSERT INTO std_title (rowid, title) SELECT id, title FROM std")

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        text = text.strip()
        if not text:
            return []
        key = number_key(text)
        # A text starting with a digit is a number without its code ("2762", "5009.3").
        column = "bare" if key[:1].isdigit() else "key"
        numbers = self.conn.execute(
            f"SELECT number, title FROM std WHERE {column} >= ? AND {column} < ?"
            f" ORDER BY {column} != ?, substr({column}, ?, 1) NOT IN ('', '—'),"
            f" length({column}), {column} LIMIT ?",
            (key, key + _TOP, key, len(key) + 1, limit),
        ).fetchall()
        titles = self._titles(text, limit)
        seen: set[str] = set()
        hits = []
        for number, title in [*numbers, *titles]:
            if number not in seen:
                seen.add(number)
                hits.append(Hit(number, title))
        return hits[:limit]

    def _titles(self, text: str, limit: int) -> list[tuple[str, str]]:
        order = " ORDER BY instr(s.title, ?) != 1, length(s.title), s.key LIMIT ?"
        if self.use_fts and len(text) >= 3:
            phrase = '"' + text.replace('"', '""') + '"'
            return self.conn.execute(
                "SELECT s.number, s.title FROM std_title JOIN std s ON s.id = std_title.rowid"
                " WHERE std_title MATCH ?" + order,
                (phrase, text, limit),
            ).fetchall()
        return self.conn.execute(
            "SELECT s.number, s.title FROM std s WHERE instr(s.title, ?) > 0" + order,
            (text, text, limit),
        ).fetchall()
