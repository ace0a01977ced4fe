"""Drafting use cases that need the data pack: new documents from templates, and rendering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.domain.document.model import Document

if TYPE_CHECKING:
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
