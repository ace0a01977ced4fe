"""The product category as named tags, the form it takes inside exported Word and PDF files.

A draft exported to Word or PDF and imported again must be checked against the same limits, so
the category travels with the file: Word custom document properties, PDF metadata keywords.
"""

from __future__ import annotations

import re

from .model import Document

TAGS = {
    "jxdeclare.product": "product_category",
    "jxdeclare.gb2762": "category_gb2762",
    "jxdeclare.gb2760": "category_gb2760",
    "jxdeclare.template": "template_id",  # a service standard has no product category
}
_SAFE = re.compile(r"^[^;=\n\r]{1,100}$")  # values go into "key=value; …" keywords


def category_tags(document: Document) -> dict[str, str]:
    return {tag: getattr(document, field) for tag, field in TAGS.items()
            if _SAFE.match(getattr(document, field))}  # fmt: skip


def apply_category_tags(document: Document, tags: dict[str, str]) -> bool:
    """Set the fields from tags found in a file; True when the file carried any."""
    found = False
    for tag, field in TAGS.items():
        value = (tags.get(tag) or "").strip()
        if value and _SAFE.match(value):
            setattr(document, field, value)
            found = True
    return found


def keywords_text(document: Document) -> str:
    return "; ".join(f"{tag}={value}" for tag, value in category_tags(document).items())


def parse_keywords(text: str) -> dict[str, str]:
    pairs = (part.split("=", 1) for part in text.split(";") if "=" in part)
    return {key.strip(): value.strip() for key, value in pairs if key.strip() in TAGS}
