"""备案 of a food standard stricter than a food-safety standard, on SQLite and PostgreSQL: the
record's steps in order (out-of-order steps refused, nothing stored), the journal, the validity
end reported ahead on the 工作台, and the package with its 编制说明 (PDF and Word)."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from jxdeclare.domain.filing import FILING_DUE_DAYS, FilingState
from jxdeclare.services import workbench
from jxdeclare.services.context import AppContext
from jxdeclare.services.filing import records
from jxdeclare.services.filing.due import due_filings
from jxdeclare.services.filing.package import NotForFiling, write_package
from jxdeclare.services.filing.records import StepRefused
from jxdeclare.services.workbench import Kind, Page, Target
from tests.integration.filing_fixtures import tea_draft

TODAY = date(2026, 12, 7)  # the tests' own clock


def filed(ctx: AppContext, draft_id: int) -> records.FilingRecord:
    records.record_public(ctx, draft_id, date(2026, 10, 1), date(2026, 10, 30))
    return records.record_filed(ctx, draft_id, "赣卫食备 2026-0042", date(2026, 11, 5),
                                today=TODAY)  # fmt: skip


def test_a_validity_end_is_reported_sixty_days_ahead_on_the_workbench(any_ctx: AppContext) -> None:
    draft_id = tea_draft(any_ctx)
    record = filed(any_ctx, draft_id)
    end = record.dates.valid_until
    assert end == date(2029, 11, 5)  # three years by default, to be confirmed with the commission
    ahead = end - timedelta(days=FILING_DUE_DAYS)
    assert due_filings(any_ctx, as_of=ahead - timedelta(days=1)) == []
    (due,) = due_filings(any_ctx, as_of=ahead)
    assert due.due.kind == "validity_ends" and due.due.on == end
    assert "2029-11-05 届满" in due.text and "以卫生健康委员会答复为准" in due.text

    items = workbench.workbench(any_ctx, as_of=ahead).items
    (item,) = [i for i in items if i.kind is Kind.FILING]
    assert item.target == Target(Page.DRAFTING, record.enterprise_id, (draft_id,))
    assert item.text.startswith("Q/WYCY 0001S—2026 绿茶：备案有效期 2029-11-05 届满（还有 60 天）")
    assert not [i for i in workbench.workbench(any_ctx, as_of=ahead - timedelta(days=1)).items
                if i.kind is Kind.FILING]  # fmt: skip


def test_the_validity_follows_the_setting_and_the_public_comment_end_falls_due(
    any_ctx: AppContext,
) -> None:
    draft_id = tea_draft(any_ctx)
    records.record_public(any_ctx, draft_id, date(2026, 12, 1), date(2026, 12, 30))
    (due,) = due_filings(any_ctx, as_of=TODAY)
    assert due.due.kind == "public_ends" and "社会公示 2026-12-30 结束（还有 23 天）" in due.text
    any_ctx.settings.set("filing_validity_years", 5)
    record = records.record_filed(any_ctx, draft_id, "A-1", date(2027, 1, 4),
                                  today=date(2027, 1, 4))  # fmt: skip
    assert record.dates.valid_until == date(2032, 1, 4)


def test_steps_out_of_order_are_refused_and_leave_nothing_behind(any_ctx: AppContext) -> None:
    draft_id = tea_draft(any_ctx)
    with pytest.raises(StepRefused, match="尚未记录社会公示"):
        records.record_filed(any_ctx, draft_id, "A-1", date(2026, 11, 5), today=TODAY)
    with pytest.raises(StepRefused, match="只有已备案的标准才能延续"):
        records.record_renewal(any_ctx, draft_id, TODAY)
    assert records.filing_of(any_ctx, draft_id).events == []

    records.record_public(any_ctx, draft_id, date(2026, 10, 1), date(2026, 10, 30))
    with pytest.raises(StepRefused, match="社会公示到 2026-10-30 才结束"):
        records.record_filed(any_ctx, draft_id, "A-1", date(2026, 10, 30), today=TODAY)
    with pytest.raises(StepRefused, match="晚于今天"):
        records.record_filed(any_ctx, draft_id, "A-1", date(2026, 12, 8), today=TODAY)
    with pytest.raises(StepRefused, match="早于开始日期"):
        records.record_public(any_ctx, draft_id, date(2026, 10, 30), date(2026, 10, 1))
    record = records.filing_of(any_ctx, draft_id)
    assert record.dates.state is FilingState.PUBLIC and len(record.events) == 1

    records.record_filed(any_ctx, draft_id, "A-1", date(2026, 11, 5), today=TODAY)
    with pytest.raises(StepRefused, match="修订后请先记录"):
        records.record_public(any_ctx, draft_id, date(2027, 1, 1), date(2027, 1, 30))
    records.record_cancel(any_ctx, draft_id, date(2027, 3, 1), note="产品停产")
    with pytest.raises(StepRefused, match="该备案已注销，不能再延续"):
        records.record_renewal(any_ctx, draft_id, date(2027, 4, 1))
    assert [e.step for e in records.filing_of(any_ctx, draft_id).events] == [
        "public", "file", "cancel"]  # fmt: skip


def test_revision_and_renewal_are_journalled_with_who_and_what(any_ctx: AppContext) -> None:
    draft_id = tea_draft(any_ctx)
    filed(any_ctx, draft_id)
    records.record_revision(any_ctx, draft_id, date(2027, 6, 1), note="铅限量调整")
    records.record_public(any_ctx, draft_id, date(2027, 6, 2), date(2027, 7, 1))
    records.record_filed(any_ctx, draft_id, "赣卫食备 2027-0007", date(2027, 7, 10),
                         today=date(2027, 7, 10))  # fmt: skip
    record = records.record_renewal(any_ctx, draft_id, date(2030, 7, 1))
    assert record.dates.revision == 1 and record.dates.number == "赣卫食备 2027-0007"
    assert record.dates.valid_until == date(2033, 7, 1)
    steps = [(e.step, e.user) for e in record.events]
    assert steps == [(s, any_ctx.user) for s in ("public", "file", "revise", "public", "file",
                                                 "renew")]  # fmt: skip
    assert record.events[2].note == "铅限量调整"
    assert record.events[2].details["previous_number"] == "赣卫食备 2026-0042"
    assert record.as_dict()["validity_note"] == "有效期以卫生健康委员会答复为准"


def test_the_package_compares_every_indicator_with_the_food_safety_standard(
    any_ctx: AppContext, home: Path
) -> None:
    draft_id = tea_draft(any_ctx)
    out = home / "备案 材料"
    result = write_package(any_ctx, draft_id, out, today=TODAY)
    assert result.path == out / "Q_WYCY 0001S—2026 绿茶 备案材料"
    assert sorted(p.name for p in result.path.iterdir()) == [
        "01 标准文本.pdf", "02 标准文本.docx", "03 编制说明.pdf", "04 编制说明.docx"]  # fmt: skip

    pdf = PdfReader(result.path / "03 编制说明.pdf")
    text = "".join(page.extract_text() for page in pdf.pages)
    flat = "".join(text.split())  # cells wrap at their width
    assert "铅(以Pb计)≤1.0mg/kg≤5.0mg/kgGB2762—20254.1.1表1严于" in flat
    assert "吡虫啉≤0.5mg/kg≤0.5mg/kgGB2763—2026表48等同" in flat
    assert "国家标准未规定" in flat or "尚未填写" in flat
    assert "{{填写：任务来源" in flat and "{{填写：主要起草人}}" in flat

    word = docx.Document(str(result.path / "04 编制说明.docx"))
    (table,) = word.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "项目", "本标准指标", "食品安全标准指标", "标准及条款", "比较结果"]
    lead = next(row for row in rows if row[1].startswith("铅"))
    assert lead[2:] == ["≤1.0 mg/kg", "≤5.0 mg/kg", "GB 2762—2025 4.1.1 表1", "严于"]
    marked = [run.text for p in word.paragraphs for run in p.runs if run.font.highlight_color]
    assert any(text.startswith("{{填写：编制过程") for text in marked)


def test_a_standard_not_filed_is_refused_unless_forced(any_ctx: AppContext, home: Path) -> None:
    draft_id = tea_draft(any_ctx, lead="5.0")  # equal to GB 2762: nothing stricter
    with pytest.raises(NotForFiling, match="没有严于食品安全国家标准的指标") as refused:
        write_package(any_ctx, draft_id, home / "out", today=TODAY)
    assert "第三十条" in str(refused.value)
    assert not (home / "out").exists() or not any((home / "out").iterdir())
    forced = write_package(any_ctx, draft_id, home / "out", as_zip=True, force=True, today=TODAY)
    assert forced.forced and forced.path.suffix == ".zip"
    with zipfile.ZipFile(forced.path) as archive:
        assert "03 编制说明.pdf" in archive.namelist()


def test_a_standard_that_is_not_a_food_standard_is_not_filed(any_ctx: AppContext) -> None:
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.drafting import NewDraft, new_document
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise, get_enterprise

    owner = add_enterprise(
        any_ctx,
        EnterpriseInput(name="赣州示例家具有限公司", uscc="91110000600037341L", code="GZJJ"),
    )
    spec = NewDraft("wood-furniture", "实木餐桌", "Q/GZJJ 0001—2026")
    document = new_document(active_catalogue(any_ctx), get_enterprise(any_ctx, owner.id), spec)
    draft_id = drafts.store_new(any_ctx, owner.id, document).id
    with pytest.raises(NotForFiling, match="不是食品标准") as refused:
        write_package(any_ctx, draft_id, Path(any_ctx.home) / "out", today=TODAY)
    assert "其他企业标准已不需要备案" in str(refused.value)


def test_deleting_a_standard_deletes_its_filing_record(any_ctx: AppContext) -> None:
    from jxdeclare.services import drafts

    draft_id = tea_draft(any_ctx)
    filed(any_ctx, draft_id)
    drafts.delete(any_ctx, draft_id, drafts.open_draft(any_ctx, draft_id).info.row_version)
    assert records.list_filings(any_ctx) == []
    assert due_filings(any_ctx, as_of=date(2029, 11, 1)) == []
