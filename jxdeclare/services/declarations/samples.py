"""Queued sample declarations for training on the sandbox portal and for the benchmark.

Each sample declares a current recommended national standard with its own product row, so every
record has its own content and so its own idempotency key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jxdeclare.domain.declaration_record import DeclaredProduct
from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char

if TYPE_CHECKING:
    from jxdeclare.services.context import AppContext

STANDARD = "GB/T 14456.1—2017"  # 绿茶 第1部分：基本要求, current in the default pack


def sample_credit_code(n: int) -> str:
    """A valid credit code of a Nanchang enterprise, different for each n."""
    org8 = f"{15830000 + n:08d}"
    first17 = "91360100" + org8 + org_code_check_char(org8)
    return first17 + uscc_check_char(first17)


def seed_queued(ctx: AppContext, count: int, enterprises: int = 1) -> dict[str, list[int]]:
    """``count`` queued declarations spread over ``enterprises``; returns credit code → ids."""
    from dataclasses import replace

    from jxdeclare.services.declarations import records as declarations
    from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

    owners = [
        add_enterprise(ctx, EnterpriseInput(name=f"示例茶业{n + 1}号", uscc=sample_credit_code(n)))
        for n in range(enterprises)
    ]
    ids: dict[str, list[int]] = {owner.uscc: [] for owner in owners}
    for n in range(count):
        owner = owners[n % enterprises]
        product = DeclaredProduct(f"绿茶 样品{n + 1}", f"{n + 1}号 250g", "茶叶")
        info = declarations.new_for_standard(ctx, owner.id, STANDARD, [product])
        record = declarations.get(ctx, info.id)[1]
        declarations.update(ctx, info.id, info.row_version,
                            replace(record, commitment_accepted=True))  # fmt: skip
        ids[owner.uscc].append(info.id)
    declarations.queue(ctx, [i for group in ids.values() for i in group])
    return ids
