"""The receipts vault, read back: one record's receipt, and the batch summary rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jxdeclare.domain.declaration_record import DeclarationRecord
from jxdeclare.services.declarations.records import _load, record_of

if TYPE_CHECKING:
    from jxdeclare.reporting.declarations.sheet import SummaryRow
    from jxdeclare.services.context import AppContext


def receipt_of(
    ctx: AppContext, declaration_id: int
) -> tuple[DeclarationRecord, dict[str, Any] | None]:
    with ctx.session() as session:
        row = _load(session, declaration_id)
        vault = row.receipt
        if vault is None:
            return record_of(row), None
        return record_of(row), {
            "receipt_no": vault.receipt_no, "declaration_id": vault.remote_id,
            "state": vault.state, "received_at": vault.received_at,
            "published_at": vault.published_at, "public_url": vault.public_url,
            "payload_sha256": vault.payload_sha256, "pdf_sha256": vault.pdf_sha256,
            "channel": vault.channel,
        }  # fmt: skip


def summary_rows(ctx: AppContext, declaration_ids: list[int] | None = None) -> list[SummaryRow]:
    from jxdeclare.reporting.declarations.sheet import SummaryRow
    from jxdeclare.services.declarations.records import list_declarations

    wanted = set(declaration_ids) if declaration_ids else None
    rows = []
    for info in list_declarations(ctx):
        if wanted is not None and info.id not in wanted:
            continue
        record, receipt = receipt_of(ctx, info.id)
        receipt = receipt or {}
        rows.append(SummaryRow(
            local_id=info.id, enterprise=info.enterprise, credit_code=record.credit_code,
            standard_number=info.standard_number, standard_name=info.standard_title,
            state=info.state.value, remote_id=info.remote_id or "",
            receipt_no=receipt.get("receipt_no") or "",
            received_at=receipt.get("received_at") or "",
            published_at=receipt.get("published_at") or "",
            payload_sha256=receipt.get("payload_sha256") or "",
            pdf_sha256=receipt.get("pdf_sha256") or record.pdf_sha256,
            error=(info.last_error or {}).get("message", ""),
        ))  # fmt: skip
    return rows
