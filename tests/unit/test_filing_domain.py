"""The 备案 steps that fit each state, and when a filing falls due (no database, no clock)."""

from __future__ import annotations

from datetime import date

import pytest

from jxdeclare.domain.filing import (
    ALLOWED,
    FILING_DUE_DAYS,
    FilingDates,
    FilingState,
    Step,
    add_years,
    due,
    filing_problem,
    refusal,
)

S = FilingState
PUBLIC = FilingDates(S.PUBLIC, date(2026, 10, 1), date(2026, 10, 30))
FILED = FilingDates(S.FILED, date(2026, 10, 1), date(2026, 10, 30), "A-1", date(2026, 11, 5),
                    date(2029, 11, 5))  # fmt: skip


@pytest.mark.parametrize("state", list(S))
def test_every_step_either_fits_or_says_why_not(state: FilingState) -> None:
    for step in Step:
        why = refusal(FilingDates(state), step)
        assert (why is None) == (step in ALLOWED[state]), (state, step)
        if why is not None:
            assert "/ " in why and why.split("/ ")[0].strip()  # Chinese, then English


def test_the_filing_number_needs_the_public_comment_to_have_ended() -> None:
    today = date(2026, 12, 7)
    assert "请先记录" in refusal(FilingDates(), Step.FILE)
    assert "2026-10-30 才结束" in filing_problem(PUBLIC, "A-1", date(2026, 10, 30), today)
    assert filing_problem(PUBLIC, "A-1", date(2026, 10, 31), today) is None
    assert "晚于今天" in filing_problem(PUBLIC, "A-1", date(2026, 12, 8), today)
    assert "请填写备案号" in filing_problem(PUBLIC, "  ", date(2026, 11, 5), today)
    assert "已注销" in refusal(FilingDates(S.CANCELLED), Step.RENEW)


def test_the_validity_falls_due_sixty_days_ahead_and_stays_due_once_past() -> None:
    assert FILING_DUE_DAYS == 60
    assert due(FILED, date(2029, 9, 5)) is None
    soon = due(FILED, date(2029, 9, 6))
    assert soon.kind == "validity_ends" and "还有 60 天" in soon.text
    assert "以卫生健康委员会答复为准" in soon.text
    assert "已于 2029-11-05 届满" in due(FILED, date(2029, 12, 1)).text
    assert due(FilingDates(S.CANCELLED, valid_until=date(2029, 11, 5)), date(2029, 11, 1)) is None


def test_a_public_comment_falls_due_before_it_ends_and_until_the_number_is_recorded() -> None:
    assert due(PUBLIC, date(2026, 8, 30)) is None
    assert "还有 60 天" in due(PUBLIC, date(2026, 8, 31)).text
    assert "请到卫生健康委员会备案系统办理备案" in due(PUBLIC, date(2026, 11, 20)).text


def test_years_are_added_to_the_day_and_29_february_becomes_28() -> None:
    assert add_years(date(2026, 11, 5), 3) == date(2029, 11, 5)
    assert add_years(date(2028, 2, 29), 3) == date(2031, 2, 28)
