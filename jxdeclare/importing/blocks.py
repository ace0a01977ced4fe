"""Body paragraphs into blocks: notes, examples, lists, formulas with their 式中 lines, text."""

from __future__ import annotations

import re

from ..domain.document.model import (
    Block,
    Example,
    Formula,
    ListBlock,
    ListStyle,
    Note,
    Paragraph,
    TermEntry,
)

_NOTE = re.compile(r"^注\s*\d*\s*[：:]\s*")
_EXAMPLE = re.compile(r"^示例\s*\d*\s*[：:]\s*")
_LISTS = (
    (re.compile(r"^(?:——|—)\s*"), ListStyle.DASH),
    (re.compile(r"^[a-z]\s*[)）]\s*"), ListStyle.LETTER),
    (re.compile(r"^\d{1,2}\s*[)）]\s*"), ListStyle.NUMBER),
)
_FORMULA_NUMBER = re.compile(r"\t\s*[（(](?:[A-Z]\.)?\d+[）)]$")
_WHERE_LEAD = re.compile(r"^式中\s*[：:]$")
_WHERE_LINE = re.compile(r"^\S{1,20}?\s*——")
_TERM_EN = re.compile(
    r"^(?P<term>.*?[\u4e00-\u9fff）)\]])[\s\u3000]*(?P<en>[A-Za-z][\w ,;'()\-/]*)$"
)
_SOURCE = re.compile(r"^[\[［【]?来源")


def split_term(text: str) -> tuple[str, str]:
    """("干米粉", "dried rice noodles") from "干米粉　dried rice noodles"."""
    line = text.strip()
    if match := _TERM_EN.match(line):
        return match.group("term").strip(), match.group("en").strip()
    return line, ""


class BlockWriter:
    """Appends one paragraph at a time to a block list, grouping list items and 式中 lines."""

    def __init__(self) -> None:
        self.where_open = False

    def add(self, blocks: list[Block], text: str, style: str = "") -> None:
        line = text.strip()
        last = blocks[-1] if blocks else None
        if self.where_open and isinstance(last, Formula) and _WHERE_LINE.match(line):
            last.where.append(line)
            return
        self.where_open = False
        if _WHERE_LEAD.match(line) and isinstance(last, Formula):
            self.where_open = True
        elif style == "公式" or _FORMULA_NUMBER.search(line):
            blocks.append(Formula(_FORMULA_NUMBER.sub("", line).strip()))
        elif match := _NOTE.match(line):
            blocks.append(Note(line[match.end() :]))
        elif match := _EXAMPLE.match(line):
            blocks.append(Example(line[match.end() :]))
        elif listed := _list_item(line):
            item, kind = listed
            if isinstance(last, ListBlock) and last.style == kind:
                last.items.append(item)
            else:
                blocks.append(ListBlock([item], kind))
        else:
            blocks.append(Paragraph(line))


def _list_item(line: str) -> tuple[str, ListStyle] | None:
    for pattern, kind in _LISTS:
        if (match := pattern.match(line)) and line[match.end() :].strip():
            return line[match.end() :].strip(), kind
    return None


def add_to_term(term: TermEntry, text: str) -> None:
    """The lines after a term's number: the term (with English), the definition, notes."""
    line = text.strip()
    if not term.term:
        term.term, term.term_en = split_term(line)
    elif match := _NOTE.match(line):
        term.notes.append(line[match.end() :])
    elif _SOURCE.match(line):
        term.notes.append(line)
    elif not term.definition:
        term.definition = line
    else:
        term.definition += "\n" + line
