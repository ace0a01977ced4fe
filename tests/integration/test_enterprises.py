"""Enterprise records on SQLite and PostgreSQL: validation, audit trail, conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from jxdeclare.domain.uscc import validate_uscc
from jxdeclare.services import enterprises as svc
from jxdeclare.services.context import AppContext
from jxdeclare.services.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from jxdeclare.store.models import AuditEntry, Enterprise

BEIJING = "91110000600037341L"
HAIDIAN = "91110108551385082Q"


def jiangxi_code(region: str = "360702", org: str = "MA35F6QX") -> str:
    """A Ganzhou-registered code with correct check characters, built by the domain rules."""
    from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char

    body = "91" + region + org + org_code_check_char(org)
    return body + uscc_check_char(body)


def test_add_list_show_and_city(any_ctx: AppContext) -> None:
    code = jiangxi_code()
    added = svc.add_enterprise(
        any_ctx, svc.EnterpriseInput(name=" 赣南脐橙有限公司 ", uscc=code.lower(), code="gnqc")
    )
    assert added.name == "赣南脐橙有限公司" and added.uscc == code and added.code == "GNQC"
    assert added.city == "赣州市"
    assert [r.uscc for r in svc.list_enterprises(any_ctx)] == [code]
    assert svc.get_enterprise(any_ctx, code).id == added.id
    assert svc.get_enterprise(any_ctx, added.id).name == "赣南脐橙有限公司"


def test_invalid_input_is_refused_with_the_field_named(any_ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as error:
        svc.add_enterprise(any_ctx, svc.EnterpriseInput(name="", uscc="91110000600037341"))
    fields = {e.field for e in error.value.errors}
    assert fields == {"企业名称", "统一社会信用代码"}
    assert svc.list_enterprises(any_ctx) == []


WRONG_CHECK = BEIJING[:-1] + "A"  # check character should be L


def test_a_wrong_check_character_is_refused_unless_confirmed(any_ctx: AppContext) -> None:
    assert not validate_uscc(WRONG_CHECK, confirmed=False).valid
    with pytest.raises(ValidationError) as error:
        svc.add_enterprise(any_ctx, svc.EnterpriseInput(name="早期代码企业", uscc=WRONG_CHECK))
    (only,) = error.value.errors
    assert only.field == "统一社会信用代码"
    assert "校验码应为L" in only.message and "营业执照" in only.message
    assert svc.list_enterprises(any_ctx) == []
    confirmed = svc.EnterpriseInput(name="早期代码企业", uscc=WRONG_CHECK, uscc_confirmed=True)
    added = svc.add_enterprise(any_ctx, confirmed)
    assert added.uscc_confirmed
    assert svc.get_enterprise(any_ctx, WRONG_CHECK).uscc_confirmed  # stored, read back


def test_a_confirmation_is_kept_only_for_a_code_that_needs_it(any_ctx: AppContext) -> None:
    data = svc.EnterpriseInput(name="甲", uscc=BEIJING, uscc_confirmed=True)
    assert not svc.add_enterprise(any_ctx, data).uscc_confirmed


def test_changing_a_confirmed_code_needs_a_new_confirmation(any_ctx: AppContext) -> None:
    data = svc.EnterpriseInput(name="甲", uscc=WRONG_CHECK, uscc_confirmed=True)
    record = svc.add_enterprise(any_ctx, data)
    other = BEIJING[:-1] + "B"
    with pytest.raises(ValidationError):
        svc.update_enterprise(
            any_ctx, record.id, record.row_version, svc.EnterpriseInput(name="甲", uscc=other)
        )
    fixed = svc.update_enterprise(
        any_ctx, record.id, record.row_version, svc.EnterpriseInput(name="甲", uscc=BEIJING)
    )
    assert not fixed.uscc_confirmed
    with any_ctx.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.changes["uscc_confirmed"] == [True, False]  # the audit log shows who undid it


def test_the_same_credit_code_twice_is_refused(any_ctx: AppContext) -> None:
    svc.add_enterprise(any_ctx, svc.EnterpriseInput(name="甲", uscc=BEIJING))
    with pytest.raises(DuplicateError, match="甲"):
        svc.add_enterprise(any_ctx, svc.EnterpriseInput(name="乙", uscc=BEIJING))


def test_every_change_is_in_the_audit_log(any_ctx: AppContext) -> None:
    record = svc.add_enterprise(any_ctx, svc.EnterpriseInput(name="甲公司", uscc=BEIJING))
    edited = svc.update_enterprise(
        any_ctx, record.id, record.row_version, svc.EnterpriseInput(name="甲股份公司", uscc=BEIJING)
    )
    svc.delete_enterprise(any_ctx, edited.id, edited.row_version)
    with any_ctx.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [e.action for e in entries] == ["create", "update", "delete"]
        assert entries[1].changes == {"name": ["甲公司", "甲股份公司"]}
        assert all(e.user and e.entity_id == record.id for e in entries)
    with pytest.raises(NotFoundError):
        svc.get_enterprise(any_ctx, record.id)


def test_saving_over_someone_elses_edit_is_a_conflict(any_ctx: AppContext) -> None:
    record = svc.add_enterprise(any_ctx, svc.EnterpriseInput(name="原名", uscc=BEIJING))
    svc.update_enterprise(
        any_ctx, record.id, record.row_version, svc.EnterpriseInput(name="同事改的名", uscc=BEIJING)
    )
    with pytest.raises(ConflictError, match="已被其他用户修改"):
        svc.update_enterprise(
            any_ctx,
            record.id,
            record.row_version,
            svc.EnterpriseInput(name="我改的名", uscc=BEIJING),
        )
    with pytest.raises(ConflictError):
        svc.delete_enterprise(any_ctx, record.id, record.row_version)
    assert svc.get_enterprise(any_ctx, record.id).name == "同事改的名"


@pytest.mark.pg
def test_two_connections_racing_on_postgresql(pg_url: str, home) -> None:
    """Both read version 1; the second UPDATE finds version 2 and must fail, not overwrite."""
    from jxdeclare.services.errors import stale_as_conflict

    ctx = AppContext(home, pg_url)
    record = svc.add_enterprise(ctx, svc.EnterpriseInput(name="原名", uscc=BEIJING))
    first, second = Session(ctx.engine), Session(ctx.engine)
    mine = first.get(Enterprise, record.id)
    theirs = second.get(Enterprise, record.id)
    assert first.connection() is not second.connection()
    theirs.name = "同事改的名"
    second.commit()
    mine.name = "我改的名"
    with pytest.raises(ConflictError), stale_as_conflict(f"{mine.name} changed"):
        first.commit()
    first.rollback()
    first.close()
    second.close()
    assert svc.get_enterprise(ctx, record.id).name == "同事改的名"
    ctx.dispose()


def test_too_long_text_is_refused_before_the_database(any_ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as error:
        svc.add_enterprise(
            any_ctx, svc.EnterpriseInput(name="甲", uscc=BEIJING, code="A" * 21, address="南" * 301)
        )
    assert {e.field for e in error.value.errors} == {"企业代号", "地址"}
