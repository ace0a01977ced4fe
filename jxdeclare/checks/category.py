"""The product category of a standard that does not say it: from its title, then its scope.

Products are those of the pack's categories table (绿茶, 米粉/米线, 白酒(浓香型) …). A title
names the product in its own words ("干米粉", "LED平板灯"), so each product has the words that
identify it; the title decides, the scope (范围) only when the title names nothing.
"""

from __future__ import annotations

import re
from typing import Any

from jxdeclare.domain.document.model import ChapterRole, Document, Paragraph

# Words that name each product beyond the product's own name (curated with the templates).
ALIASES: dict[str, tuple[str, ...]] = {
    "LED 灯具": ("LED", "灯具", "平板灯", "筒灯", "灯"),
    "木家具": ("家具",),
    "淡水鱼": ("淡水鱼", "鱼"),
    "日用陶瓷": ("陶瓷",),
    "米粉/米线": ("米粉", "米线", "米排粉"),
}


def _words(product: str) -> tuple[str, ...]:
    base = re.sub(r"\(.*?\)", "", product).strip()
    return (*ALIASES.get(product, ()), *[w for w in base.split("/") if w])


def _kind(product: str) -> str:
    """ "白酒(浓香型)" → "浓香型"."""
    match = re.search(r"\((.*?)\)", product)
    return match.group(1) if match else ""


def _match(text: str, products: list[str]) -> str | None:
    hits = [p for p in products if any(word in text for word in _words(p))]
    if not hits:
        return None
    typed = [p for p in hits if _kind(p) and _kind(p) in text]
    # Several variants of one product (白酒 types): the one the text names, else the first.
    return (typed or hits)[0] if len({re.sub(r"\(.*?\)", "", p) for p in hits}) == 1 else None


def infer_category(document: Document, categories: list[dict[str, Any]]) -> str | None:
    products = [row["product"] for row in categories]
    if found := _match(document.cover.title, products):
        return found
    scope = document.chapter(ChapterRole.SCOPE)
    if scope is None:
        return None
    text = "".join(b.text for b in scope.blocks if isinstance(b, Paragraph))
    return _match(text, products)
