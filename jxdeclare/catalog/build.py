"""Build a pack from curated CSV files (one per table, every row with its source).

`jxdeclare-cli pack build` runs this for the default pack in ``resources/packs/``. The output is
reproducible: the same CSV files and key give the same bytes (sorted rows and members, fixed zip
timestamps, ``created`` taken from the pack's as-of date, deterministic Ed25519 signatures).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from jxdeclare.catalog.pack import PackError, write_pack
from jxdeclare.catalog.schema import TABLES, row_problems

_TRUE, _FALSE = {"true", "yes", "是", "1"}, {"false", "no", "否", "0"}


def _convert(kind: str, text: str) -> Any:
    if kind == "bool":
        lowered = text.lower()
        if lowered in _TRUE | _FALSE:
            return lowered in _TRUE
        return text  # left as text: validation names the field
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "list":
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def read_table(path: Path, table: str) -> list[dict[str, Any]]:
    """Rows of one CSV, typed by the schema; errors name file, row and field."""
    kinds = {name: kind for name, kind, _required in TABLES[table]}
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if unknown := set(reader.fieldnames or ()) - set(kinds):
            raise PackError(f"{path.name}：未知的列 {sorted(unknown)} / unknown columns")
        for number, record in enumerate(reader, start=2):
            row = {
                key: _convert(kinds[key], value.strip())
                for key, value in record.items()
                if value and value.strip()
            }
            if problems := row_problems(table, row):
                field, reason = problems[0]
                raise PackError(f"{path.name} 第{number}行“{field}”：{reason}")
            rows.append(row)
    return rows


def read_sources(folder: Path) -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for table in TABLES:
        # <table>.csv and its parts by origin, <table>.<part>.csv (food_categories.gb2762.csv)
        paths = sorted([*folder.glob(f"{table}.csv"), *folder.glob(f"{table}.*.csv")])
        rows = [row for path in paths for row in read_table(path, table)]
        columns = [name for name, _kind, _required in TABLES[table]]
        tables[table] = sorted(rows, key=lambda r: [str(r.get(name, "")) for name in columns])
    return tables


def build(folder: Path, out: Path, meta: dict[str, Any], private_key: Any | None) -> None:
    meta = {**meta, "created": f"{meta['as_of']}T00:00:00+00:00"}
    write_pack(out, meta, read_sources(folder), private_key)
