"""Drafting use cases that need the data pack: new documents from templates, and rendering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.domain.document.model import Document

if TYPE_CHECKING:
    from jxdeclare.drafting.template_choice import Clue, TemplateLike
    from jxdeclare.services.catalog import Catalogue
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.enterprises import EnterpriseRecord

UNSIGNED_NOTE = "依据未签名数据包生成 / computed from an unsigned data pack"


@dataclass(frozen=True)
class NewDraft:
    """What the new-draft wizard asks for."""

    template_id: str
    product_name: str
    number: str
    publish_date: str = ""
    implement_date: str = ""
    replaces: Sequence[str] = ()


def new_document(catalogue: Catalogue, enterprise: EnterpriseRecord, spec: NewDraft) -> Document:
    """A document from a template, its limit rows bound to the pack's verified limits."""
    from jxdeclare.drafting.templates import instantiate, pack_lookups

    limits, titles = pack_lookups(catalogue.pack)
    document = instantiate(
        spec.template_id,
        enterprise_name=enterprise.name,
        enterprise_code=enterprise.code or "XXX",
        product_name=spec.product_name,
        number=spec.number,
        publish_date=spec.publish_date,
        implement_date=spec.implement_date,
        replaces=spec.replaces,
        limits=limits,
        titles=titles,
    )
    bind_category(document, catalogue.pack)
    return document


def bind_category(document: Document, pack: object) -> None:
    """Store the product's nodes of both trees with the draft, so they travel with its files."""
    from jxdeclare.catalog.foods import foods_of

    foods = foods_of(pack)
    if document.product_category in foods.products:
        own = foods.of_product(document.product_category)
        document.category_gb2762, document.category_gb2760 = own.gb2762, own.gb2760


LAST_TEMPLATE = "last_draft_template"  # the setting that remembers the wizard's last choice


@dataclass(frozen=True)
class Proposal:
    """What the new-draft wizard proposes for an enterprise."""

    number: str  # the next free Q/代号 NNNN—YYYY
    template_id: str = ""  # "" when neither the enterprise nor a last choice points at one
    because: str = ""  # "enterprise" (its products, standards, name) | "last" (last choice)


def propose(ctx: AppContext, enterprise_id: int, templates: Sequence[TemplateLike]) -> Proposal:
    """Number and template for a new draft. Slow the first time (the pack): in the background."""
    from jxdeclare.services import drafts

    template, because = propose_template(ctx, enterprise_id, templates)
    return Proposal(drafts.propose_number(ctx, enterprise_id), template, because)


def propose_template(
    ctx: AppContext, enterprise_id: int, templates: Sequence[TemplateLike],
    products: Sequence[str] = (),
) -> tuple[str, str]:  # fmt: skip
    """(template id, why): the template the enterprise's products (and ``products``, named for
    this draft) point at, else the user's last choice, else ("", "")."""
    from jxdeclare.drafting.template_choice import PRODUCT, Clue, best_template
    from jxdeclare.services.catalog import active_catalogue

    clues, used = _clues(ctx, enterprise_id)
    clues += [Clue(product, PRODUCT) for product in products if product]
    categories = list(active_catalogue(ctx).pack.tables.get("categories", []))
    last = ctx.settings.get(LAST_TEMPLATE)
    if found := best_template(templates, clues, categories, used, prefer=last):
        return found, "enterprise"
    if last in {t.id for t in templates}:
        return last, "last"
    return "", ""


def remember_template(ctx: AppContext, template_id: str) -> None:
    ctx.settings.set(LAST_TEMPLATE, template_id)
    ctx.settings.save()


def _clues(ctx: AppContext, enterprise_id: int) -> tuple[list[Clue], list[str]]:
    """What the database says about an enterprise's products, and the templates it drafted from."""
    from sqlalchemy import select

    from jxdeclare.drafting.template_choice import NAME, PRODUCT, STANDARD, Clue
    from jxdeclare.store.models import Enterprise, Product, StandardDocument, StandardInUse

    with ctx.session() as session:
        enterprise = session.get(Enterprise, enterprise_id)
        clues = [Clue(enterprise.name, NAME)] if enterprise is not None else []
        products = select(Product).where(Product.enterprise_id == enterprise_id)
        for product in session.scalars(products):
            texts = (product.name, product.generic_name, product.category)
            clues += [Clue(text, PRODUCT) for text in texts if text]
        for entry in session.scalars(
            select(StandardInUse).where(StandardInUse.enterprise_id == enterprise_id)
        ):
            clues += [Clue(p, PRODUCT) for p in entry.products or ()]
            clues.append(Clue(entry.title, STANDARD))
        used = []
        for draft in session.scalars(
            select(StandardDocument).where(StandardDocument.enterprise_id == enterprise_id)
        ):
            clues.append(Clue(draft.title, STANDARD))
            used += [draft.template_id] if draft.template_id else []
    return clues, used


def create_draft(ctx: AppContext, enterprise_id: int, spec: NewDraft) -> int:
    """Instantiate the template and store the draft; returns its id. Slow: run in the background."""
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.enterprises import get_enterprise

    document = new_document(active_catalogue(ctx), get_enterprise(ctx, enterprise_id), spec)
    return drafts.store_new(ctx, enterprise_id, document).id


@dataclass(frozen=True)
class Rendered:
    pdf: Path | None
    docx: Path | None
    pages: int


def render(
    document: Document,
    *,
    pdf: Path | None = None,
    docx: Path | None = None,
    final: bool = False,
    unsigned_pack: bool = False,
) -> Rendered:
    """Write the PDF and/or Word file; ``final`` refuses a draft with unfilled parts.

    Each renderer refuses before writing, and the PDF comes first, so a refused draft leaves
    neither file behind.
    """
    pages = 0
    note = UNSIGNED_NOTE if unsigned_pack else ""
    pagination = None
    if pdf is not None:
        from jxdeclare.drafting.pdf import render_pdf

        pagination = render_pdf(document, pdf, final=final, watermark_note=note)
        pages = pagination.pages
    if docx is not None:
        from jxdeclare.drafting.docx import render_docx

        # The Word 目次 shows the PDF's page numbers: passed on, the PDF is not laid out twice.
        render_docx(document, docx, final=final, note=note, pagination=pagination)
    return Rendered(pdf, docx, pages)
