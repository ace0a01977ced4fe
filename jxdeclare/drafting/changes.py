"""A first draft of the 前言's "主要技术变化" list from the difference between two versions.

GB/T 1.1—2020 8.1 asks a revision's 前言 to list the main technical changes against the edition
it replaces, each with where it is ("见表2", "见5.3"). The indicator table and the clause titles
carry most of them; the user edits the list afterwards.
"""

from __future__ import annotations

from ..domain.document.model import Clause, Document, IndicatorRow, IndicatorTable
from ..domain.document.numbering import Numbering


def _rows(document: Document) -> dict[str, tuple[IndicatorRow, str]]:
    """Indicator rows by item name, with the id of the table holding them."""
    found: dict[str, tuple[IndicatorRow, str]] = {}
    for block in document.all_blocks():
        if isinstance(block, IndicatorTable):
            for row in block.rows:
                found.setdefault(row.item.strip(), (row, block.id))
    return found


def _titled(document: Document) -> dict[str, Clause]:
    return {c.title.strip(): c for c in document.all_clauses() if c.title.strip()}


def _indicator_changes(old: Document, new: Document, numbers: Numbering) -> list[str]:
    before, after = _rows(old), _rows(new)
    changes = []
    for item, (row, table) in after.items():
        where = f"（见{numbers[table].reference}）" if numbers.get(table) else ""
        if item not in before:
            changes.append(f"增加了“{item}”指标{where}")
            continue
        was = before[item][0]
        if was.requirement_text() != row.requirement_text() or was.unit != row.unit:
            changes.append(
                f"更改了“{item}”指标（由{was.requirement_text()}{was.unit}"
                f"改为{row.requirement_text()}{row.unit}）{where}"
            )
        if was.method != row.method and was.method and row.method:
            changes.append(f"更改了“{item}”的检验方法（由{was.method}改为{row.method}）{where}")
    changes += [f"删除了“{item}”指标" for item in before if item not in after]
    return changes


def _clause_changes(old: Document, new: Document, numbers: Numbering) -> list[str]:
    before, after = _titled(old), _titled(new)
    added = [
        f"增加了“{t}”（见{numbers[c.id].number}）" for t, c in after.items() if t not in before
    ]
    return added + [f"删除了“{t}”" for t in before if t not in after]


def change_list(old: Document, new: Document) -> list[str]:
    """ "增加了…（见表2）；" lines, the last ending in "。"; empty when nothing differs."""
    numbers = Numbering(new)
    changes = _clause_changes(old, new, numbers) + _indicator_changes(old, new, numbers)
    return [text + ("。" if i == len(changes) - 1 else "；") for i, text in enumerate(changes)]
