"""Which of the pack's verified limits apply to a document, and which row each one governs.

The pack maps a product (categories.product, e.g. 米粉/米线) to the category the mandatory
standards use and the items they require. Limit rows carry GB 2762's own category names, so a
row applies when the document binds it explicitly (rows made from a template) or when its
category is the product's category; an item matches by name with any "(以Pb计)" basis removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from jxdeclare.domain.document.model import IndicatorRow, IndicatorTable

from .context import CheckContext
from .registry import Location

VERIFIED = ("V", "V1")


def item_key(name: str) -> str:
    """ "铅(以Pb计)" → "铅"; width, spaces and the basis in brackets do not matter."""
    folded = unicodedata.normalize("NFKC", name)
    return re.sub(r"\s+|\(以[^)]*\)|/.*$", "", folded)


@dataclass(frozen=True)
class RowAt:
    row: IndicatorRow
    location: Location


def indicator_rows(ctx: CheckContext) -> list[RowAt]:
    return ctx.once("indicator_rows", lambda: _indicator_rows(ctx))


def _indicator_rows(ctx: CheckContext) -> list[RowAt]:
    found = []
    for path, clause, _depth in ctx.clauses():
        for b, block in enumerate(clause.blocks):
            if not isinstance(block, IndicatorTable):
                continue
            table = ctx.numbering.get(block.id)
            for r, row in enumerate(block.rows):
                label = f"{table.reference if table else ctx.clause_label(clause)} 第{r + 1}行"
                found.append(RowAt(row, Location(f"{path}.blocks[{b}].rows[{r}]", label)))
    return found


def product_row(ctx: CheckContext) -> dict[str, Any] | None:
    if ctx.pack is None or not ctx.category:
        return None
    rows = ctx.pack.tables.get("categories", [])
    return next((row for row in rows if row["product"] == ctx.category), None)


def verified_limits(ctx: CheckContext) -> list[dict[str, Any]]:
    if ctx.pack is None:
        return []
    return [r for r in ctx.pack.tables["limits"] if r.get("verification") in VERIFIED]


@cache
def template_bindings() -> dict[str, frozenset[tuple[str, str]]]:
    """Product → the (limit category, item) pairs its template binds: which of GB 2762's
    categories a product falls in (e.g. 米粉/米线 → 谷物及其制品), curated with the templates."""
    from jxdeclare.drafting.templates import list_templates, load_template

    found: dict[str, set[tuple[str, str]]] = {}
    for info in list_templates():
        _info, document = load_template(info.id)
        pairs = {(r.limit_category, r.limit_item) for r in document.indicator_rows()}
        found.setdefault(info.product, set()).update(p for p in pairs if p[0])
    return {product: frozenset(pairs) for product, pairs in found.items()}


def product_limits(ctx: CheckContext) -> list[dict[str, Any]]:
    """The verified limits that apply to the document's product."""
    return ctx.once("product_limits", lambda: _product_limits(ctx))


def _product_limits(ctx: CheckContext) -> list[dict[str, Any]]:
    product = product_row(ctx)
    if product is None:
        return []
    bound = template_bindings().get(ctx.category, frozenset())
    own = product["category"]
    return [
        lim
        for lim in verified_limits(ctx)
        if lim["category"] == own or (lim["category"], lim["item"]) in bound
    ]


def governing_limit(ctx: CheckContext, row: IndicatorRow) -> dict[str, Any] | None:
    """The limit a row must satisfy: its explicit binding, else the product's limit by item."""
    if row.limit_category:
        return next((lim for lim in verified_limits(ctx) if (lim["category"], lim["item"]) ==
                     (row.limit_category, row.limit_item)), None)  # fmt: skip
    key = item_key(row.item)
    return next((lim for lim in product_limits(ctx) if item_key(lim["item"]) == key), None)
