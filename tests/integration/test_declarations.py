"""Declaration records: from a checked standard or the catalogue, validation, queue, journal,
guided entry with its receipt, and revision."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from jxdeclare.domain.declaration import DeclarationState as S
from jxdeclare.domain.declaration_record import DeclaredProduct
from jxdeclare.domain.document.model import IndicatorRow, IndicatorTable
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import guided_entry
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.errors import ConflictError

RICE = DeclaredProduct("干米粉", "500g袋装", "粮食加工品", gtin="6901234567892")


@pytest.fixture
def owner(ctx: AppContext):  # type: ignore[no-untyped-def]
    data = EnterpriseInput(name="江西示例米业有限公司", uscc="91360100158300003X")
    return add_enterprise(ctx, data)


def own_declaration(ctx: AppContext, owner, products=(RICE,)):  # type: ignore[no-untyped-def]
    document = example_document()
    table = next(b for b in document.all_blocks() if isinstance(b, IndicatorTable))
    table.rows.append(IndicatorRow("铅(以Pb计)", "mg/kg", "≤", "0.1", "GB 5009.12"))
    draft = drafts.store_new(ctx, owner.id, document)
    return declarations.new_from_draft(ctx, draft.id, list(products))


def test_a_declaration_from_a_checked_standard_carries_verdicts_and_the_pdf(ctx, owner) -> None:
    info = own_declaration(ctx, owner)
    _info, record = declarations.get(ctx, info.id)
    assert info.state is S.DRAFT and record.standard_kind == "Q"
    assert record.enterprise_name == "江西示例米业有限公司" and record.region_code == "360100"
    assert record.indicators and all(line.test_method for line in record.indicators)
    lead = next(line for line in record.indicators if line.name.startswith("铅"))
    # GB 2762's 以糙米计 is written for 稻谷 only: 干米粉 compares with 0.2 mg/kg as written.
    assert (lead.requirement, lead.verdict_mandatory) == ("≤0.1", "stricter")
    pdf = declarations.pdf_bytes(ctx, info.id)
    assert pdf is not None and pdf.startswith(b"%PDF-")
    assert hashlib.sha256(pdf).hexdigest() == record.pdf_sha256 and len(pdf) == record.pdf_size
    assert [j.to_state for j in declarations.journal(ctx, info.id)] == ["草稿"]


def test_blocking_problems_name_their_fields_and_nothing_is_queued(ctx, owner) -> None:
    info = own_declaration(ctx, owner, products=())
    with pytest.raises(declarations.InvalidDeclaration) as caught:
        declarations.queue(ctx, [info.id])
    assert {p.params["field"] for p in caught.value.problems} == {"products", "commitment_accepted"}
    assert declarations.get(ctx, info.id)[0].state is S.DRAFT


def test_validate_queue_and_the_journal(ctx, owner) -> None:
    info = own_declaration(ctx, owner, products=())
    record = declarations.get(ctx, info.id)[1]
    complete = replace(record, products=(RICE,), commitment_accepted=True)
    info = declarations.update(ctx, info.id, info.row_version, complete)
    declarations.queue(ctx, [info.id])
    assert declarations.get(ctx, info.id)[0].state is S.QUEUED
    journal = declarations.journal(ctx, info.id)
    assert [(j.from_state, j.to_state) for j in journal] == [
        (None, "草稿"), ("草稿", "校验通过"), ("校验通过", "已排队")]  # fmt: skip
    assert all(j.user and j.at for j in journal)
    queued = declarations.get(ctx, info.id)
    with pytest.raises(ConflictError):
        declarations.update(ctx, info.id, queued[0].row_version, queued[1])


def test_a_replaced_national_standard_cannot_be_declared(ctx, owner) -> None:
    info = declarations.new_for_standard(ctx, owner.id, "GB 2762-2017", [RICE])
    record = declarations.get(ctx, info.id)[1]
    assert record.standard_kind == "GB" and record.standard_name.startswith("食品安全国家标准")
    info = declarations.update(ctx, info.id, info.row_version,
                               replace(record, commitment_accepted=True))  # fmt: skip
    with pytest.raises(declarations.InvalidDeclaration) as caught:
        declarations.validate(ctx, info.id)
    assert "被代替" in str(caught.value) and "GB 2762—2025" in str(caught.value)


def test_guided_entry_ticks_survive_and_the_public_id_is_the_receipt(ctx, owner) -> None:
    info = own_declaration(ctx, owner)
    record = declarations.get(ctx, info.id)[1]
    info = declarations.update(ctx, info.id, info.row_version,
                               replace(record, commitment_accepted=True))  # fmt: skip
    assert guided_entry.start(ctx, info.id).state is S.SUBMITTING
    guided_entry.mark_entered(ctx, info.id, "standard_number")
    guided_entry.mark_entered(ctx, info.id, "standard_name")
    guided_entry.mark_entered(ctx, info.id, "standard_name", done=False)
    assert guided_entry.entered_steps(AppContext(ctx.home), info.id) == ["standard_number"]
    url = "https://www.qybz.org.cn/user/detail/123456"
    assert guided_entry.record_public_id(ctx, info.id, url).state is S.PUBLISHED
    with ctx.session() as session:
        vault = declarations._load(session, info.id).receipt
        assert vault.public_url == url and vault.pdf_sha256 == record.pdf_sha256


def test_a_revision_is_a_new_version_that_must_change_something(ctx, owner) -> None:
    info = own_declaration(ctx, owner)
    record = declarations.get(ctx, info.id)[1]
    info = declarations.update(ctx, info.id, info.row_version,
                               replace(record, commitment_accepted=True))  # fmt: skip
    guided_entry.start(ctx, info.id)
    guided_entry.record_public_id(ctx, info.id, "JX-PUBLIC-1")
    second = declarations.revise(ctx, info.id)
    assert (second.version_no, second.previous_id, second.state) == (2, info.id, S.DRAFT)
    with pytest.raises(ConflictError):
        declarations.validate(ctx, second.id)
    changed = replace(
        declarations.get(ctx, second.id)[1], products=(RICE, replace(RICE, model="1kg"))
    )
    declarations.update(ctx, second.id, second.row_version, changed)
    assert declarations.validate(ctx, second.id).state is S.VALIDATED


def test_looking_at_guided_entry_changes_nothing_and_starting_it_can_be_undone(ctx, owner):
    info = own_declaration(ctx, owner)
    record = declarations.get(ctx, info.id)[1]
    info = declarations.update(ctx, info.id, info.row_version,
                               replace(record, commitment_accepted=True))  # fmt: skip
    declarations.queue(ctx, [info.id])
    before = declarations.journal(ctx, info.id)
    shown = guided_entry.view(ctx, info.id)
    assert shown.info.state is S.QUEUED and shown.steps and shown.entered == []
    assert declarations.journal(ctx, info.id) == before
    with pytest.raises(ConflictError, match="开始人工录入"):
        guided_entry.mark_entered(ctx, info.id, "standard_number")  # not before entry starts

    assert guided_entry.start(ctx, info.id).state is S.SUBMITTING
    guided_entry.mark_entered(ctx, info.id, "standard_number")
    undone = guided_entry.undo_start(ctx, info.id)
    assert (undone.state, undone.channel) == (S.QUEUED, None)
    last = declarations.journal(ctx, info.id)[-1]
    assert (last.from_state, last.to_state, last.note) == ("提交中", "已排队", "撤销人工录入")
    assert last.user == ctx.user and last.at
    with pytest.raises(ConflictError):
        guided_entry.record_public_id(ctx, info.id, "JX-PUBLIC-1")  # no longer being entered
    assert guided_entry.start(ctx, info.id).state is S.SUBMITTING
    assert guided_entry.entered_steps(ctx, info.id) == ["standard_number"]  # nobody lost a place


def test_entry_by_hand_cannot_be_undone_once_published(ctx, owner) -> None:
    info = own_declaration(ctx, owner)
    record = declarations.get(ctx, info.id)[1]
    info = declarations.update(ctx, info.id, info.row_version,
                               replace(record, commitment_accepted=True))  # fmt: skip
    guided_entry.start(ctx, info.id)  # a draft is validated and queued first
    guided_entry.record_public_id(ctx, info.id, "JX-PUBLIC-2")
    with pytest.raises(ConflictError, match="已公开"):
        guided_entry.undo_start(ctx, info.id)
    assert declarations.get(ctx, info.id)[0].state is S.PUBLISHED


def test_a_revision_published_by_hand_retires_the_version_before_it(ctx, owner) -> None:
    info = own_declaration(ctx, owner)
    record = declarations.get(ctx, info.id)[1]
    info = declarations.update(ctx, info.id, info.row_version,
                               replace(record, commitment_accepted=True))  # fmt: skip
    guided_entry.start(ctx, info.id)
    guided_entry.record_public_id(ctx, info.id, "JX-PUBLIC-3")
    second = declarations.revise(ctx, info.id)
    changed = replace(declarations.get(ctx, second.id)[1], products=(replace(RICE, model="1kg"),))
    declarations.update(ctx, second.id, second.row_version, changed)
    guided_entry.start(ctx, second.id)
    guided_entry.record_public_id(ctx, second.id, "JX-PUBLIC-4")
    assert declarations.get(ctx, info.id)[0].state is S.REVISED
    assert declarations.get(ctx, second.id)[0].state is S.PUBLISHED
