"""The product category an exported file carries (domain/document/category_tags.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from jxdeclare.domain.document.category_tags import TAGS, parse_keywords

_CUSTOM = "docProps/custom.xml"
_MAX = 1024 * 1024  # a custom-properties part is a few hundred bytes; refuse anything huge


def docx_tags(path: Path) -> dict[str, str]:
    """Our tags among the Word file's custom properties; empty when absent or unreadable."""
    try:
        with zipfile.ZipFile(path) as archive:
            if _CUSTOM not in archive.namelist() or archive.getinfo(_CUSTOM).file_size > _MAX:
                return {}
            root = ElementTree.fromstring(archive.read(_CUSTOM))
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, KeyError):
        return {}  # the category is a convenience: a damaged part only means asking the user
    found = {}
    for prop in root:
        name = prop.get("name") or ""
        if name in TAGS and len(prop):
            found[name] = (prop[0].text or "").strip()
    return found


def pdf_tags(reader: Any) -> dict[str, str]:
    try:
        keywords = (reader.metadata or {}).get("/Keywords") or ""
    except Exception:  # pypdf raises many kinds on odd metadata
        return {}
    return parse_keywords(str(keywords))
