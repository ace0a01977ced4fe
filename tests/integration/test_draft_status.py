"""A standard still being drafted reads 待制定 wherever it is shown, never 即将实施."""

from __future__ import annotations

from datetime import date, timedelta

from jxdeclare.domain.system.review import ActionKind, dashboard
from jxdeclare.services.context import AppContext
from jxdeclare.services.drafting import NewDraft, create_draft
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.system import register, status, tree


def test_a_new_draft_in_the_register_is_to_be_drafted_not_coming_into_force(
    ctx: AppContext,
) -> None:
    owner = add_enterprise(
        ctx, EnterpriseInput(name="婺源县某某茶业有限公司", uscc="91110000600037341L", code="WY")
    ).id
    tree.create_tree(ctx, owner)
    today = date.today()
    soon = (today + timedelta(days=30)).isoformat()  # the cover's planned implementation date
    draft = create_draft(ctx, owner, NewDraft("green-tea", "绿茶", "Q/WY 0001—2026",
                                              today.isoformat(), soon))  # fmt: skip
    register.add_own_standard(ctx, draft, None)
    _tree, (view,) = status.entry_views(ctx, owner, today)
    assert view.status == "待制定"
    assert [a.kind for a in dashboard([view], today)] == []  # no 即将实施 beside 待制定
    assert ActionKind.COMING not in [r.action.kind for r in status.dashboard_rows(ctx, owner)]
