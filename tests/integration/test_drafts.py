"""Stored drafts on SQLite and PostgreSQL: save, autosave and crash recovery, publish, revise."""

from __future__ import annotations

import pytest

from jxdeclare.domain.document.text import placeholder
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise, find_enterprise
from jxdeclare.services.errors import ConflictError, NotFoundError


@pytest.fixture
def enterprise_id(any_ctx: AppContext) -> int:
    data = EnterpriseInput(name="江西示例米业有限公司", uscc="91110000600037341L", code="jxsl")
    return add_enterprise(any_ctx, data).id


def test_a_saved_draft_reopens_exactly(any_ctx: AppContext, enterprise_id: int) -> None:
    doc = example_document()
    info = drafts.store_new(any_ctx, enterprise_id, doc)
    assert (info.number, info.title, info.status) == ("Q/JXSL 0002—2026", "干米粉", "draft")
    assert drafts.open_draft(any_ctx, info.id).document == doc
    doc.chapters[0].title = "适用范围"
    saved = drafts.save(any_ctx, info.id, info.row_version, doc)
    assert drafts.open_draft(any_ctx, info.id).document.chapters[0].title == "适用范围"
    with pytest.raises(ConflictError):
        drafts.save(any_ctx, info.id, info.row_version, doc)  # a stale editor
    assert saved.row_version > info.row_version


def test_autosave_survives_a_crash_and_is_offered_back(
    any_ctx: AppContext, enterprise_id: int
) -> None:
    doc = example_document()
    info = drafts.store_new(any_ctx, enterprise_id, doc)
    doc.chapters[0].title = "未保存的修改"
    info = drafts.autosave(any_ctx, info.id, info.row_version, doc)
    # The editor dies here. The next start finds the autosave:
    assert [d.id for d in drafts.pending_recoveries(any_ctx)] == [info.id]
    assert drafts.open_draft(any_ctx, info.id).document.chapters[0].title == "范围"
    recovered = drafts.open_draft(any_ctx, info.id, recovered=True)
    assert recovered.document.chapters[0].title == "未保存的修改"
    drafts.save(any_ctx, info.id, recovered.info.row_version, recovered.document)
    assert drafts.pending_recoveries(any_ctx) == []


def test_publishing_needs_every_placeholder_filled(any_ctx: AppContext, enterprise_id: int) -> None:
    doc = example_document()
    doc.cover.title = placeholder("产品名称")
    info = drafts.store_new(any_ctx, enterprise_id, doc)
    with pytest.raises(drafts.NotReadyToPublish, match="产品名称"):
        drafts.publish(any_ctx, info.id, info.row_version)
    doc.cover.title = "干米粉"
    info = drafts.save(any_ctx, info.id, info.row_version, doc)
    published = drafts.publish(any_ctx, info.id, info.row_version)
    assert (published.status, published.revisions) == ("published", 1)


def test_a_revision_keeps_the_published_version(any_ctx: AppContext, enterprise_id: int) -> None:
    doc = example_document()
    info = drafts.store_new(any_ctx, enterprise_id, doc)
    info = drafts.publish(any_ctx, info.id, info.row_version)
    info = drafts.start_revision(any_ctx, info.id, info.row_version)
    doc.chapters[0].title = "第二版范围"
    info = drafts.save(any_ctx, info.id, info.row_version, doc)
    info = drafts.publish(any_ctx, info.id, info.row_version)
    titles = [d.chapters[0].title for _n, _at, d in drafts.versions(any_ctx, info.id)]
    assert titles == ["范围", "第二版范围"]


def test_the_next_free_number_is_proposed(any_ctx: AppContext, enterprise_id: int) -> None:
    assert drafts.propose_number(any_ctx, enterprise_id).startswith("Q/JXSL 0001—")
    drafts.store_new(any_ctx, enterprise_id, example_document())  # uses Q/JXSL 0002—2026
    assert drafts.propose_number(any_ctx, enterprise_id).startswith("Q/JXSL 0003—")
    assert drafts.next_number("ABC", ["Q/ABC 0007S—2020", "Q/XYZ 0009—2020", None], 2026) == (
        "Q/ABC 0008—2026"
    )


def test_an_enterprise_is_found_by_its_code(any_ctx: AppContext, enterprise_id: int) -> None:
    assert find_enterprise(any_ctx, "JXSL").id == enterprise_id
    assert find_enterprise(any_ctx, "91110000600037341L").id == enterprise_id
    with pytest.raises(NotFoundError, match="企业代号"):
        find_enterprise(any_ctx, "NOPE")
