"""A stored green-tea standard whose lead limit is stricter than GB 2762—2025 (≤5.0 mg/kg): a
food standard that is filed with the health commission (《食品安全法》第三十条)."""

from __future__ import annotations

from jxdeclare.domain.document.model import Document, IndicatorTable
from jxdeclare.services import drafts
from jxdeclare.services.catalog import active_catalogue
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations.samples import sample_credit_code
from jxdeclare.services.drafting import NewDraft, new_document
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise, get_enterprise

ENTERPRISE = "江西婺源示例茶业有限公司"
NUMBER = "Q/WYCY 0001S—2026"


def rows_of(document: Document) -> list:
    found, clauses = [], list(document.chapters)
    while clauses:
        clause = clauses.pop(0)
        clauses[:0] = clause.children
        found += [r for b in clause.blocks if isinstance(b, IndicatorTable) for r in b.rows]
    return found


def tea_draft(ctx: AppContext, lead: str = "1.0", seq: int = 3) -> int:
    """The green-tea template's standard with 铅 set to ``lead`` mg/kg; returns the draft id."""
    owner = add_enterprise(ctx, EnterpriseInput(name=ENTERPRISE, uscc=sample_credit_code(seq),
                                                code="WYCY"))  # fmt: skip
    spec = NewDraft("green-tea", "绿茶", NUMBER)
    document = new_document(active_catalogue(ctx), get_enterprise(ctx, owner.id), spec)
    for row in rows_of(document):
        if row.item.startswith("铅"):
            row.value = lead
    return drafts.store_new(ctx, owner.id, document).id
