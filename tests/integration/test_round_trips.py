"""On an agency's shared server every SQL statement is a network round trip: the agency-wide
views, imports and batch checks make a number of statements that does not grow with the data
(SQLite and PostgreSQL). Timings through an added 5 ms round trip: bench/agency_pg.py."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import event

from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.batch_check import check_stored
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations.samples import sample_credit_code
from jxdeclare.services.enterprise_excel import import_enterprises
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.system.register import EntryInput, add_entry_in
from jxdeclare.services.system.status import dashboard_rows
from jxdeclare.services.system.tree import create_tree_in
from jxdeclare.services.workbench import workbench

AS_OF = date(2026, 12, 7)


@contextmanager
def counted(ctx: AppContext) -> Iterator[list[str]]:
    """Every statement sent to the database inside the block."""
    statements: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)


def seed(ctx: AppContext, first: int, count: int) -> None:
    """Enterprises with a GB/T 15496 tree, a few register entries and one stored draft each."""
    for n in range(first, first + count):
        eid = add_enterprise(ctx, EnterpriseInput(f"企业{n}", sample_credit_code(n))).id
        with ctx.session() as session:
            tree = create_tree_in(ctx, session, eid, "gbt15496")
            leaf = next(row.id for row, depth in tree.walk() if depth == 1)
            for number in ("GB 2762—2022", "GB/T 1.1—2020"):
                add_entry_in(ctx, session, eid, EntryInput(number), leaf)
            own = EntryInput(f"Q/QY{n} 0001—2021", "企业标准", published=date(2021, 3, 1))
            add_entry_in(ctx, session, eid, own, leaf)
        drafts.store_new(ctx, eid, example_document())


def statements_at_two_sizes(ctx: AppContext, action) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    seed(ctx, 0, 3)
    action()  # warm-up: caches, the pack
    with counted(ctx) as small:
        action()
    seed(ctx, 3, 12)
    action()  # the new drafts' checks are cached once, as on any second look
    with counted(ctx) as large:
        action()
    return len(small), len(large)


def test_the_agency_dashboard_reads_in_a_fixed_number_of_statements(any_ctx) -> None:
    small, large = statements_at_two_sizes(any_ctx, lambda: dashboard_rows(any_ctx, None, AS_OF))
    assert large == small, (small, large)  # 3 enterprises or 15: the same statements
    assert small <= 8


def test_the_workbench_reads_in_a_fixed_number_of_statements(any_ctx) -> None:
    small, large = statements_at_two_sizes(
        any_ctx, lambda: workbench(any_ctx, None, as_of=AS_OF)
    )
    assert large == small, (small, large)


def test_an_import_writes_in_batches_not_row_by_row(any_ctx, tmp_path: Path) -> None:
    def import_rows(first: int, count: int) -> int:
        book = Workbook()
        book.active.append(["企业名称", "统一社会信用代码"])
        for n in range(first, first + count):
            book.active.append([f"导入企业{n}", sample_credit_code(n)])
        path = tmp_path / f"企业 {first}.xlsx"
        book.save(path)
        with counted(any_ctx) as statements:
            report = import_enterprises(any_ctx, path)
        assert report.imported == count and not report.errors
        return len(statements)

    import_rows(0, 2)  # warm-up
    few, many = import_rows(10, 20), import_rows(100, 400)
    assert many == few, (few, many)  # 20 rows or 400: the same statements
    assert few <= 12


def test_a_batch_check_reads_its_standards_in_batches(any_ctx) -> None:
    seed(any_ctx, 0, 2)
    check_stored(any_ctx, as_of=AS_OF, workers=2)
    with counted(any_ctx) as few:
        check_stored(any_ctx, as_of=AS_OF, workers=2)
    seed(any_ctx, 2, 20)
    with counted(any_ctx) as many:
        check_stored(any_ctx, as_of=AS_OF, workers=2)
    assert len(many) == len(few), (len(few), len(many))
