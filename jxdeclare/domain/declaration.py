"""Self-declaration records and their life cycle (DESIGN §2.4).

草稿 → 校验通过 → 已排队 → 提交中 → 待确认 → 已公开, with 失败-可重试 / 失败-需修改
and later 已修订 / 已撤销.
The transition table is the single authority on which moves are legal; nothing is ever submitted
twice, which is what the idempotency key is for. docs/declaration-states.md shows each state with
the actions that lead out of it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from enum import StrEnum

from jxdeclare.domain.entities import Product, StandardRef
from jxdeclare.domain.messages import Problem, register


class DeclarationState(StrEnum):
    DRAFT = "草稿"
    VALIDATED = "校验通过"
    QUEUED = "已排队"
    SUBMITTING = "提交中"
    PENDING = "待确认"
    PUBLISHED = "已公开"
    FAILED_RETRYABLE = "失败-可重试"
    FAILED_NEEDS_EDIT = "失败-需修改"
    REVISED = "已修订"
    WITHDRAWN = "已撤销"


_S = DeclarationState  # short alias for the tables below
STATE_NAMES_EN: dict[DeclarationState, str] = {
    _S.DRAFT: "draft",
    _S.VALIDATED: "validated",
    _S.QUEUED: "queued",
    _S.SUBMITTING: "submitting",
    _S.PENDING: "pending confirmation",
    _S.PUBLISHED: "published",
    _S.FAILED_RETRYABLE: "failed (retryable)",
    _S.FAILED_NEEDS_EDIT: "failed (needs editing)",
    _S.REVISED: "revised",
    _S.WITHDRAWN: "withdrawn",
}

TRANSITIONS: dict[DeclarationState, frozenset[DeclarationState]] = {
    _S.DRAFT: frozenset({_S.VALIDATED}),
    _S.VALIDATED: frozenset({_S.DRAFT, _S.QUEUED}),  # editing a validated record re-opens it
    _S.QUEUED: frozenset({_S.SUBMITTING, _S.VALIDATED}),  # un-queue before it is sent
    # A portal may publish at once, ask us to wait, or refuse (retry later vs. fix the data);
    # back to 已排队 only as 撤销人工录入 (see GUIDED_ONLY).
    _S.SUBMITTING: frozenset(
        {_S.QUEUED, _S.PENDING, _S.PUBLISHED, _S.FAILED_RETRYABLE, _S.FAILED_NEEDS_EDIT}
    ),
    _S.PENDING: frozenset({_S.PUBLISHED, _S.FAILED_RETRYABLE, _S.FAILED_NEEDS_EDIT}),
    _S.FAILED_RETRYABLE: frozenset({_S.QUEUED, _S.DRAFT}),
    _S.FAILED_NEEDS_EDIT: frozenset({_S.DRAFT}),
    _S.PUBLISHED: frozenset({_S.REVISED, _S.WITHDRAWN}),
    _S.REVISED: frozenset(),  # a revision is a new Declaration pointing back via previous_id
    _S.WITHDRAWN: frozenset(),
}
TERMINAL: frozenset[DeclarationState] = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)
# Moves only a record being entered by hand on the national platform may make: the person gives
# up before anything was published. A record sent through the exchange API may have reached the
# portal, so only reconciliation with the portal settles it; the services enforce this.
GUIDED_ONLY: frozenset[tuple[DeclarationState, DeclarationState]] = frozenset(
    {(_S.SUBMITTING, _S.QUEUED)}
)

ILLEGAL_TRANSITION = register(
    "declaration.illegal_transition",
    "申报状态不能从“{source}”变为“{target}”；“{source}”之后只能变为：{allowed_zh}",
    "A declaration cannot go from '{source_en}' to '{target_en}'; from '{source_en}' it can "
    "only go to: {allowed_en}",
)

_KEY_SEPARATOR = "\x1f"  # ASCII unit separator: cannot occur in any of the three parts


def can_transition(source: DeclarationState, target: DeclarationState) -> bool:
    return target in TRANSITIONS[source]


class IllegalTransition(ValueError):
    """Raised for a move the table does not allow; ``problem`` says which and what is allowed."""

    def __init__(self, source: DeclarationState, target: DeclarationState) -> None:
        self.source = source
        self.target = target
        self.problem = Problem(ILLEGAL_TRANSITION, params=_transition_params(source, target))
        super().__init__(self.problem.text("en"))


def _transition_params(source: DeclarationState, target: DeclarationState) -> dict[str, str]:
    allowed = sorted(TRANSITIONS[source], key=list(DeclarationState).index)
    return {
        "source": source.value,
        "target": target.value,
        "source_en": STATE_NAMES_EN[source],
        "target_en": STATE_NAMES_EN[target],
        "allowed_zh": "、".join(s.value for s in allowed) or "无（已是终止状态）",
        "allowed_en": ", ".join(STATE_NAMES_EN[s] for s in allowed) or "nothing (final state)",
    }


def idempotency_key(uscc: str, standard_number_canonical: str, content_hash: str) -> str:
    """SHA-256 hex of the three parts: the same declaration content always yields the same key."""
    joined = _KEY_SEPARATOR.join((uscc, standard_number_canonical, content_hash))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Declaration:
    """One declaration of one standard by one enterprise; a revision links to its predecessor."""

    enterprise_uscc: str
    standard: StandardRef
    products: tuple[Product, ...] = ()
    state: DeclarationState = DeclarationState.DRAFT
    version: int = 1
    previous_id: str | None = None

    def transition(self, target: DeclarationState) -> Declaration:
        """A copy in the target state; raises IllegalTransition for a move the table forbids."""
        if not can_transition(self.state, target):
            raise IllegalTransition(self.state, target)
        return replace(self, state=target)
