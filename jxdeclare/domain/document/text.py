"""Tokens inside text: cross-references ``[[ref:ID]]`` and placeholders ``{{…}}``.

Every text field of a document is reachable through :func:`iter_texts`, which yields the field's
path in the same notation as the .jxstd loader's messages ("chapters[4].blocks[2].rows[0].value").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from typing import Any

from .model import Document
from .numbering import Numbering

REF = re.compile(r"\[\[ref:([A-Za-z0-9_-]+)\]\]")
PLACEHOLDER = re.compile(r"\{\{([^{}]*)\}\}")
BROKEN_REF_TEXT = "〔引用已失效〕"


def ref_token(element_id: str) -> str:
    return f"[[ref:{element_id}]]"


def placeholder(hint: str) -> str:
    return "{{" + hint + "}}"


def iter_texts(obj: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) for every string reachable from a document or any part of it."""
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, list):
        for index, item in enumerate(obj):
            yield from iter_texts(item, f"{path}[{index}]")
    elif is_dataclass(obj):
        for name in _text_fields(type(obj)):
            yield from iter_texts(getattr(obj, name), f"{path}.{name}" if path else name)


@cache
def _text_fields(cls: type) -> tuple[str, ...]:
    """Field names worth walking (ids and embedded images hold no prose); looked up per class."""
    return tuple(f.name for f in fields(cls) if f.name not in ("id", "image_png_base64"))


@dataclass(frozen=True)
class BrokenRef:
    path: str
    target: str


def broken_refs(document: Document, numbering: Numbering | None = None) -> list[BrokenRef]:
    """Cross-references whose target no longer exists (deleted clause, table, annex …)."""
    numbering = numbering or Numbering(document)
    return [
        BrokenRef(path, target)
        for path, text in iter_texts(document)
        for target in REF.findall(text)
        if numbering.get(target) is None
    ]


@dataclass(frozen=True)
class Placeholder:
    path: str
    hint: str

    @property
    def what(self) -> str:
        """The hint without its "填写：" lead, for messages that say "尚未填写" themselves."""
        return unfilled_what(self.hint)


_FILL_LEAD = re.compile(r"^(?:请)?填写[：:]\s*")


def unfilled_what(hint: str) -> str:
    """ "填写：色泽的描述" → "色泽的描述"; a hint without the lead is kept as it is."""
    return _FILL_LEAD.sub("", hint.strip()) or hint.strip()


def placeholders(document: Any) -> list[Placeholder]:
    """Every ``{{…}}`` still to be filled in, with where it is."""
    return [
        Placeholder(path, hint.strip())
        for path, text in iter_texts(document)
        for hint in PLACEHOLDER.findall(text)
    ]


def resolve(text: str, numbering: Numbering) -> str:
    """The text as printed: references replaced by the target's current number."""

    def label(match: re.Match[str]) -> str:
        found = numbering.get(match.group(1))
        return found.reference if found else BROKEN_REF_TEXT

    return REF.sub(label, text)


def fill(text: str, values: dict[str, str]) -> str:
    """Replace the placeholders named in ``values``; others stay for the user."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1).strip(), m.group(0)), text)
