"""Several people on one database: races become messages, and one submit runs at a time.

Every transaction goes through :meth:`AppContext.session`, which wraps it in
:func:`races_as_messages`: a unique constraint that stopped a duplicate (two staff adding one
credit code, two imports of one file) and a version check that stopped a lost update (two staff
queueing the same declarations) reach the person as a message saying what happened, not as a
traceback. Nothing is lost either way: the database refused the second write as a whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from jxdeclare.services.errors import ConflictError, DuplicateError, RacedError

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext

P = ParamSpec("P")
T = TypeVar("T")

_AGAIN = "请刷新后再看，需要时再试一次。 / Someone else saved the same record just now; refresh."
# A unique constraint, by the table and its first column, and what taking it twice means.
_DUPLICATES: dict[tuple[str, str], tuple[str, str]] = {
    ("enterprises", "uscc"): ("uscc", "统一社会信用代码{value}已登记给另一家企业（可能是同事"
                              "刚刚录入了同一家企业）。"),
    ("standards_in_use", "enterprise_id"): ("number", "本企业的标准体系中已有这项标准（可能是同事"
                                            "刚刚录入或导入了它）。"),
    ("standard_documents", "enterprise_id"): ("number", "标准编号{value}已被本企业的另一份标准草稿"
                                              "占用（可能是同事刚刚起草时用了它）。"),
    ("standard_documents", "number"): ("number", "标准编号{value}已被本企业的另一份标准草稿占用"
                                       "（可能是同事刚刚起草时用了它）。"),
    ("benchmark_sets", "name"): ("name", "已有同名的对标集{value}（可能是同事刚刚导入了它）；"
                                 "要替换请加 --replace。"),
}  # fmt: skip
_CONFLICTS = {
    "declarations": "另一位同事刚刚建了内容完全相同的一份声明，或刚刚处理了这份声明。",
    "declaration_receipts": "另一位同事刚刚处理了这份声明（回执已记下）。",
    "declaration_files": "另一位同事刚刚处理了这份声明。",
    "standard_document_versions": "这份标准草稿刚被同事保存了新的一版。",
    "food_filings": "另一位同事刚刚为这份标准记录了备案的一步。",
}
_STALE = {
    "declarations": "另一位同事刚刚处理了这份声明（例如排队、提交或修改了它）。",
    "enterprises": "这家企业的资料刚被同事修改或删除。",
    "products": "这家企业的产品刚被同事修改或删除。",
    "standard_documents": "这份标准草稿刚被同事修改或删除。",
    "standards_in_use": "这家企业的标准体系刚被同事修改。",
    "system_nodes": "这家企业的标准体系刚被同事修改。",
    "food_filings": "这份标准的备案记录刚被同事修改。",
    "benchmark_sets": "这个对标集刚被同事重新导入或删除。",
}


@contextmanager
def races_as_messages() -> Iterator[None]:
    """Turn what the database refused because of someone else's write into a message."""
    from sqlalchemy.exc import DBAPIError, IntegrityError
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except IntegrityError as exc:
        if (message := integrity_message(exc)) is exc:
            raise  # not a race: a bug, shown with its details
        raise message from exc
    except StaleDataError as exc:
        raise stale_message(exc) from exc
    except DBAPIError as exc:
        if _state(exc) not in DEADLOCK_STATES:
            raise
        raise DeadlockError(
            "数据库发现本次操作与同事的操作互相等待（死锁），本次没有保存任何内容。" + _AGAIN
        ) from exc


# PostgreSQL: deadlock_detected, serialization_failure. Both roll the transaction back whole.
DEADLOCK_STATES = frozenset({"40P01", "40001"})


class DeadlockError(RacedError):
    """The database broke a deadlock by rolling our transaction back: running it again works."""


def _state(exc: Exception) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def retry_deadlocks(work: Callable[[], T], attempts: int = 3) -> T:
    """Run a whole transaction again when the database chose it as a deadlock's victim."""
    for attempt in range(attempts):
        try:
            return work()
        except DeadlockError:
            if attempt + 1 == attempts:
                raise
    raise AssertionError("unreachable")


def integrity_message(exc: Exception) -> Exception:
    """The message for a refused INSERT/UPDATE: a unique value taken, a row deleted meanwhile.
    Anything else (a NOT NULL broken: a bug) is returned as it is."""
    orig = getattr(exc, "orig", exc)
    text = str(orig)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state == "23505" or text.startswith("UNIQUE constraint failed"):
        table, column = _constraint_of(orig, text)
        field, message = _DUPLICATES.get((table, column), ("", ""))
        if message:
            value = _key_value(orig)
            return DuplicateError(message.format(value=f" {value} " if value else "") + _AGAIN,
                                  field=field)  # fmt: skip
        if table in _CONFLICTS:
            return ConflictError(_CONFLICTS[table] + _AGAIN)
        return DuplicateError("要保存的内容与刚存入的一条记录重复（可能是同事同时在做同一件事）。"
                              + _AGAIN)  # fmt: skip
    if state == "23503" or text.startswith("FOREIGN KEY constraint failed"):
        return ConflictError("要保存的内容所属的记录刚被同事删除。" + _AGAIN)
    return exc


def stale_message(exc: Exception) -> RacedError:
    match = re.search(r"on table '(\w+)'", str(exc))
    table = match.group(1) if match else ""
    return RacedError(_STALE.get(table, "这条记录刚被同事修改或删除。") + _AGAIN)


def _constraint_of(orig: object, text: str) -> tuple[str, str]:
    """(table, first column) of the unique constraint: SQLite names the columns in its message,
    PostgreSQL gives the constraint's name (uq_<table>_<first column>, models.NAMING)."""
    diag = getattr(orig, "diag", None)
    table = getattr(diag, "table_name", None) or ""
    name = getattr(diag, "constraint_name", None) or ""
    for prefix in (f"uq_{table}_", f"ix_{table}_"):  # a constraint, or a unique index
        if table and name.startswith(prefix):
            return table, name.removeprefix(prefix)
    if table and name.endswith("_key"):  # PostgreSQL's own name for an unnamed UNIQUE
        return table, name.removeprefix(f"{table}_").removesuffix("_key")
    match = re.search(r"failed: (\w+)\.(\w+)", text)
    return (match.group(1), match.group(2)) if match else (table, "")


def _key_value(orig: object) -> str:
    """The taken value, where the database says it (PostgreSQL: 'Key (uscc)=(…) already
    exists.'); a composite key's value is left out (it holds internal ids)."""
    detail = getattr(getattr(orig, "diag", None), "message_detail", None) or ""
    match = re.match(r"Key \((\w+)\)=\((.*)\) already exists", detail)
    return match.group(2) if match else ""


SUBMIT_LOCK = "submit"


@contextmanager
def submit_lock(ctx: AppContext) -> Iterator[None]:
    """One submission or reconciliation per database at a time: a second run beside the first
    would see the first's records 提交中 and could settle them from a half-told story."""
    from jxdeclare.store.locks import LockBusy, database_lock

    try:
        with database_lock(ctx.engine, SUBMIT_LOCK):
            yield
    except LockBusy as exc:
        who = f"（{exc.holder} 开始的）" if exc.holder else ""
        raise SubmitBusy(
            f"另一次提交{who}正在进行（可能在另一台电脑或另一个窗口）：同一数据库同时只能有一次提交"
            "或对账。请等它结束后再提交；它没有发完的记录下一次提交会先对账。"
            " / Another submission is running on this database; try again when it has finished."
        ) from exc


class SubmitBusy(ConflictError):
    """Another process is submitting from the same database."""


def one_submit_at_a_time(run: Callable[P, T]) -> Callable[P, T]:
    """For the functions that send or settle records; their first argument is the context."""

    @functools.wraps(run)
    def locked(*args: P.args, **kwargs: P.kwargs) -> T:
        with submit_lock(args[0]):  # type: ignore[arg-type]
            return run(*args, **kwargs)

    return locked
