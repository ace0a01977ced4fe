"""What changes when a new pack replaces the active one: standards and limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jxdeclare.catalog.pack import Pack

STATUS_FIELDS = ("implemented", "withdrawn", "replaced_by", "title", "mandatory")


@dataclass
class PackDiff:
    standards_added: list[str] = field(default_factory=list)
    standards_removed: list[str] = field(default_factory=list)
    standards_changed: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    limits_changed: list[dict[str, Any]] = field(default_factory=list)  # key, old, new

    @property
    def empty(self) -> bool:
        return not (
            self.standards_added
            or self.standards_removed
            or self.standards_changed
            or self.limits_changed
        )


def _limit_key(row: dict[str, Any]) -> tuple[str, str, str]:
    return row["category"], row["item"], row.get("basis") or ""


def _limit_value(row: dict[str, Any] | None) -> str | None:
    if row is None:
        return None
    return f"{row['comparator']}{row.get('value', '')}{row.get('unit') or ''} ({row['standard']})"


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    result = PackDiff()
    before = {row["number"]: row for row in old.tables["standards"]}
    after = {row["number"]: row for row in new.tables["standards"]}
    result.standards_added = sorted(set(after) - set(before))
    result.standards_removed = sorted(set(before) - set(after))
    for number in sorted(set(before) & set(after)):
        changes = {
            name: [before[number].get(name), after[number].get(name)]
            for name in STATUS_FIELDS
            if before[number].get(name) != after[number].get(name)
        }
        if changes:
            result.standards_changed[number] = changes
    old_limits = {_limit_key(row): row for row in old.tables["limits"]}
    new_limits = {_limit_key(row): row for row in new.tables["limits"]}
    for key in sorted(set(old_limits) | set(new_limits)):
        was, now = _limit_value(old_limits.get(key)), _limit_value(new_limits.get(key))
        if was != now:
            result.limits_changed.append({"key": list(key), "old": was, "new": now})
    return result
