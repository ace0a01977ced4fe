"""Which records a ``submit`` run left unsettled, so that its exit code and summary tell the truth.

A record the run answers for (the selected ones, or every queued one, and every record already
in flight) is *settled* when nothing is left to find out about it: the portal answered for it in
this run (待确认 awaiting the portal's review, or 已公开), or it failed for good. It is
*unsettled* while it is 已排队 (not sent), 提交中 (sent, the answer lost and the portal not asked),
or 待确认 without the portal having been asked about it in this run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jxdeclare.domain.declaration import DeclarationState

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext
    from jxdeclare.services.declarations.submission import SubmitSummary

S = DeclarationState

WHY = {
    S.QUEUED: "未发送（登录失败、没有账号或平台没有收到后重新排队）：再次运行 submit 会发送",
    S.SUBMITTING: "已发出但应答丢失、也未能向平台查询："
    "下次 submit 先按幂等键向平台核对，不会重复发送",
    S.PENDING: "本次未能向平台核对其状态：下次 submit 或 declare reconcile 再核对",
}
WHY_EN = {
    S.QUEUED: "Not sent (the login failed, there is no account, or the portal never received"
    " it and it was queued again): the next submit sends it",
    S.SUBMITTING: "Sent, but the answer was lost and the portal could not be asked: the next"
    " submit first asks the portal by its idempotency key and never sends it twice",
    S.PENDING: "Its status could not be checked with the portal this time: the next submit or"
    " declare reconcile checks again",
}


@dataclass(frozen=True)
class Unsettled:
    declaration_id: int
    standard_number: str
    enterprise: str
    state: str
    message: str
    message_en: str = ""


def answerable(ctx: AppContext, declaration_ids: list[int] | None) -> set[int]:
    """Before the run: the records it answers for (selected or queued, and those in flight)."""
    from jxdeclare.services.declarations.records import list_declarations
    from jxdeclare.services.declarations.submission import still_in_flight

    if declaration_ids is None:
        selected = {d.id for d in list_declarations(ctx, states=[S.QUEUED])}
    else:
        selected = set(declaration_ids)
    return selected | set(still_in_flight(ctx))


def unsettled(ctx: AppContext, ids: set[int], summary: SubmitSummary) -> list[Unsettled]:
    """After the run: which of ``ids`` are not settled, each with what happens next."""
    from jxdeclare.services.declarations.records import list_declarations

    answered = {o.declaration_id for o in summary.reconciled}
    answered |= {i.declaration_id for i in summary.items
                 if i.state in (S.PENDING.value, S.PUBLISHED.value)}  # fmt: skip
    left = []
    for info in list_declarations(ctx, states=list(WHY)):
        if info.id not in ids or (info.state is S.PENDING and info.id in answered):
            continue
        if info.channel == "guided" and info.state is not S.QUEUED:
            continue  # entered by hand on the national platform: not this command's to settle
        left.append(Unsettled(info.id, info.standard_number, info.enterprise, info.state.value,
                              WHY[info.state], WHY_EN[info.state]))  # fmt: skip
    return left
