"""What the database refused because of a colleague's write is said in words; a bug is not."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from jxdeclare.services.concurrency import races_as_messages
from jxdeclare.services.errors import ConflictError, DuplicateError, RacedError, explain


def refused(text: str) -> IntegrityError:
    return IntegrityError("INSERT …", {}, sqlite3.IntegrityError(text))


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("UNIQUE constraint failed: enterprises.uscc", DuplicateError, "统一社会信用代码"),
        ("UNIQUE constraint failed: standards_in_use.enterprise_id, standards_in_use.number",
         DuplicateError, "标准体系中已有这项标准"),
        ("UNIQUE constraint failed: declarations.idempotency_key", ConflictError, "同事"),
        ("UNIQUE constraint failed: some_new_table.name", DuplicateError, "重复"),
        ("FOREIGN KEY constraint failed", ConflictError, "刚被同事删除"),
    ],
)  # fmt: skip
def test_a_refused_write_is_a_message(text: str, kind: type, words: str) -> None:
    with pytest.raises(kind, match=words) as caught, races_as_messages():
        raise refused(text)
    assert explain(caught.value) is not None  # the CLI and the window show it without details


def test_a_broken_not_null_stays_a_bug() -> None:
    with pytest.raises(IntegrityError), races_as_messages():
        raise refused("NOT NULL constraint failed: enterprises.name")


def test_a_lost_update_names_what_was_changed() -> None:
    stale = StaleDataError("UPDATE statement on table 'declarations' expected to update 1 row(s);")
    with pytest.raises(RacedError, match="另一位同事刚刚处理了这份声明"), races_as_messages():
        raise stale
