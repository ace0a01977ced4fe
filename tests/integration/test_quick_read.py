"""The start-up read without the ORM returns exactly what the ORM path returns, or nothing."""

from __future__ import annotations

import sqlite3

from jxdeclare.services import enterprises as svc
from jxdeclare.services.context import AppContext
from jxdeclare.store.quick_read import enterprise_rows

CODES = ["91110000600037341L", "91110108551385082Q"]


def test_same_records_as_the_orm(ctx: AppContext) -> None:
    svc.add_enterprise(
        ctx,
        svc.EnterpriseInput(
            name="乙公司", uscc=CODES[0], code="B", contact="李四", phone="0791-1", address="南昌"
        ),
    )
    record = svc.add_enterprise(ctx, svc.EnterpriseInput(name="甲公司", uscc=CODES[1]))
    svc.update_enterprise(
        ctx,
        record.id,
        record.row_version,
        svc.EnterpriseInput(name="甲公司", uscc=CODES[1], contact="张三"),
    )
    assert svc.list_enterprises_at_start(ctx) == svc.list_enterprises(ctx)
    assert enterprise_rows(ctx.db_url) is not None


def test_no_quick_read_for_a_missing_or_outdated_database(ctx: AppContext) -> None:
    assert enterprise_rows(ctx.db_url) is None  # not created yet
    assert svc.list_enterprises_at_start(ctx) == []  # the normal path creates it
    with sqlite3.connect(ctx.home / "jxdeclare.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    assert enterprise_rows(ctx.db_url) is None


def test_no_quick_read_for_postgresql_or_a_damaged_file(ctx: AppContext) -> None:
    assert enterprise_rows("postgresql://u@127.0.0.1/x") is None
    (ctx.home / "jxdeclare.sqlite3").write_bytes(b"not a database at all" * 100)
    assert enterprise_rows(ctx.db_url) is None
