"""Declaration states: the transition table, exhaustively, and the idempotency key."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from jxdeclare.domain.declaration import (
    TERMINAL,
    TRANSITIONS,
    Declaration,
    DeclarationState,
    IllegalTransition,
    can_transition,
    idempotency_key,
)
from jxdeclare.domain.entities import Product, StandardRef
from jxdeclare.domain.stdnumber import parse_or_raise

S = DeclarationState

# The table from DESIGN §2.4, written out independently of the module's.
EXPECTED = {
    (S.DRAFT, S.VALIDATED),
    (S.VALIDATED, S.DRAFT),
    (S.VALIDATED, S.QUEUED),
    (S.QUEUED, S.SUBMITTING),
    (S.QUEUED, S.VALIDATED),
    (S.SUBMITTING, S.QUEUED),  # 撤销人工录入, guided entry only (the service checks the channel)
    (S.SUBMITTING, S.PENDING),
    (S.SUBMITTING, S.PUBLISHED),
    (S.SUBMITTING, S.FAILED_RETRYABLE),
    (S.SUBMITTING, S.FAILED_NEEDS_EDIT),
    (S.PENDING, S.PUBLISHED),
    (S.PENDING, S.FAILED_RETRYABLE),
    (S.PENDING, S.FAILED_NEEDS_EDIT),
    (S.FAILED_RETRYABLE, S.QUEUED),
    (S.FAILED_RETRYABLE, S.DRAFT),
    (S.FAILED_NEEDS_EDIT, S.DRAFT),
    (S.PUBLISHED, S.REVISED),
    (S.PUBLISHED, S.WITHDRAWN),
}
ALL_PAIRS = list(itertools.product(DeclarationState, repeat=2))
ILLEGAL = [pair for pair in ALL_PAIRS if pair not in EXPECTED]


def declaration(state: DeclarationState = S.DRAFT) -> Declaration:
    ref = StandardRef(parse_or_raise("Q/GZSP 0001S—2024"), "鲜湿米粉")
    return Declaration("91360702MA35F0K14H", ref, (Product("鲜湿米粉", "500g", "米粉"),), state)


def test_state_values_are_the_chinese_names() -> None:
    assert [s.value for s in DeclarationState] == [
        "草稿", "校验通过", "已排队", "提交中", "待确认", "已公开",
        "失败-可重试", "失败-需修改", "已修订", "已撤销",
    ]  # fmt: skip


def test_table_covers_every_state_and_matches_the_design() -> None:
    assert set(TRANSITIONS) == set(DeclarationState)
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == EXPECTED


@pytest.mark.parametrize(("source", "target"), sorted(EXPECTED))
def test_legal_transitions_are_allowed(source: S, target: S) -> None:
    assert can_transition(source, target)
    moved = declaration(source).transition(target)
    assert moved.state is target


@pytest.mark.parametrize(("source", "target"), ILLEGAL)
def test_every_other_pair_is_refused(source: S, target: S) -> None:
    assert not can_transition(source, target)
    with pytest.raises(IllegalTransition) as info:
        declaration(source).transition(target)
    problem = info.value.problem
    assert problem.code == "declaration.illegal_transition"
    assert problem.params["source"] == source.value and problem.params["target"] == target.value
    assert isinstance(info.value, ValueError)


def test_illegal_transition_message_names_both_states_and_the_way_out() -> None:
    with pytest.raises(IllegalTransition) as info:
        declaration(S.DRAFT).transition(S.PUBLISHED)
    expected = "申报状态不能从“草稿”变为“已公开”；“草稿”之后只能变为：校验通过"
    assert info.value.problem.text() == expected
    assert "'draft' to 'published'" in info.value.problem.text("en")


def test_terminal_states() -> None:
    assert {S.REVISED, S.WITHDRAWN} == TERMINAL
    for state, target in itertools.product(TERMINAL, DeclarationState):
        assert not can_transition(state, target)
    with pytest.raises(IllegalTransition) as info:
        declaration(S.WITHDRAWN).transition(S.DRAFT)
    assert "终止状态" in info.value.problem.text()


def test_transition_returns_a_copy() -> None:
    original = declaration()
    moved = original.transition(S.VALIDATED)
    assert original.state is S.DRAFT
    assert moved == Declaration(
        original.enterprise_uscc, original.standard, original.products, S.VALIDATED
    )
    assert (moved.version, moved.previous_id) == (1, None)


def test_full_happy_path() -> None:
    d = declaration()
    for target in (S.VALIDATED, S.QUEUED, S.SUBMITTING, S.PENDING, S.PUBLISHED, S.REVISED):
        d = d.transition(target)
    assert d.state is S.REVISED


PARTS = ("91360702MA35F0K14H", "Q/GZSP 0001S—2024", "ab" * 32)


def test_idempotency_key_is_sha256_of_the_joined_parts() -> None:
    expected = hashlib.sha256("\x1f".join(PARTS).encode()).hexdigest()
    assert idempotency_key(*PARTS) == expected
    assert idempotency_key(*PARTS) == idempotency_key(*PARTS)
    assert len(expected) == 64


@pytest.mark.parametrize("index", range(3))
def test_idempotency_key_changes_with_each_part(index: int) -> None:
    changed = list(PARTS)
    changed[index] += "0"
    assert idempotency_key(*changed) != idempotency_key(*PARTS)


def test_idempotency_key_is_not_fooled_by_moving_text_between_parts() -> None:
    assert idempotency_key("a", "bc", "d") != idempotency_key("ab", "c", "d")
