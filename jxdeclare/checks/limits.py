"""Which of the pack's verified limits apply to a document, and which row each one governs.

A document's food category is a node of GB 2762—2025 Appendix A (chosen, or the product's
node): the rows that hold for it follow the tree (jxdeclare.catalog.foods.limits). Non-food
products (furniture, lamps) have no node; their rows carry the product's category name. A row
the template binds explicitly (limit_category + limit_item) governs that indicator row; others
match by item name with any "(以Pb计)" basis removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from jxdeclare.catalog.foods import as_applied, foods_of
from jxdeclare.catalog.foods import item_key as item_key
from jxdeclare.domain.document.model import IndicatorRow, IndicatorTable

from .context import CheckContext
from .registry import Location

VERIFIED = ("V", "V1")


@dataclass(frozen=True)
class RowAt:
    row: IndicatorRow
    location: Location
    table: IndicatorTable  # the table the row belongs to


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
                where = Location(f"{path}.blocks[{b}].rows[{r}]", label)
                found.append(RowAt(row, where, block))
    return found


def product_row(ctx: CheckContext) -> dict[str, Any] | None:
    if ctx.pack is None or not ctx.category:
        return None
    return foods_of(ctx.pack).products.get(ctx.category)


def verified_limits(ctx: CheckContext) -> list[dict[str, Any]]:
    if ctx.pack is None:
        return []
    return [r for r in ctx.pack.tables["limits"] if r.get("verification") in VERIFIED]


@cache
def template_bindings(product: str) -> frozenset[tuple[str, str]]:
    """The (limit category, item) pairs the templates for ``product`` bind: which of GB 2762's
    categories a product falls in (e.g. 米粉/米线 → 谷物及其制品), curated with the templates."""
    from jxdeclare.drafting.template_limits import bound_limits

    return bound_limits(product)


def product_limits(ctx: CheckContext) -> list[dict[str, Any]]:
    """The verified limits that apply to the document's product."""
    return ctx.once("product_limits", lambda: _product_limits(ctx))


def _product_limits(ctx: CheckContext) -> list[dict[str, Any]]:
    if ctx.pack is None:
        return []
    found = foods_of(ctx.pack).limits_of(ctx.food, verified_limits(ctx))
    bound = template_bindings(ctx.category)
    return found + [  # rows a template binds for its product, though not the product's own
        lim for lim in verified_limits(ctx)
        if not lim.get("nodes") and lim not in found and (lim["category"], lim["item"]) in bound
    ]  # fmt: skip


def governing_limit(ctx: CheckContext, row: IndicatorRow) -> dict[str, Any] | None:
    """The limit a row must satisfy: its explicit binding, else the product's limit by item."""
    if row.limit_category:
        wanted = (row.limit_category, row.limit_item)
        for lim in product_limits(ctx):
            if (lim["category"], lim["item"]) == wanted:
                return lim
        bound = next((lim for lim in verified_limits(ctx) if (lim["category"], lim["item"]) ==
                      wanted), None)  # fmt: skip
        # A footnote basis written for other foods (稻谷以糙米计) does not hold here either.
        return as_applied(bound, _lineage(ctx)) if bound else None
    key = item_key(row.item)
    found = [lim for lim in product_limits(ctx) if item_key(lim["item"]) == key]
    if len(found) > 1 and len({(lim.get("value"), lim.get("unit")) for lim in found}) > 1:
        # Several rows hold and the tree cannot tell which (甲醇: 粮谷类 or 其他 raw material):
        # compare with the loosest, so a legal standard is never flagged, and say it is a choice.
        return {**max(found, key=_looseness), "ambiguous": [lim["category"] for lim in found]}
    return found[0] if found else None


def _looseness(limit: dict[str, Any]) -> float:
    value = limit.get("value")
    number = float(value) if isinstance(value, int | float) else 0.0
    return number if limit.get("comparator") in ("≤", "<") else -number


def _lineage(ctx: CheckContext) -> list[str]:
    if ctx.pack is None or not ctx.food.gb2762:
        return []
    return foods_of(ctx.pack).trees["gb2762"].lineage(ctx.food.gb2762)
