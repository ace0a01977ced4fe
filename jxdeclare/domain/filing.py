"""The 备案 of a food enterprise standard stricter than a food-safety standard
(《食品安全法》第三十条): its states, the steps the enterprise records, which step fits
which state, and when a filing needs attention.

Only this filing is meant: enterprise standards in general need no filing any more (they are
self-declared). The steps follow the provincial health commission's procedure — 社会公示 first,
then 备案 (a number and a date), later 修订 (public comment and filing again), 延续 or 注销. The
app records what the enterprise did on the commission's system; it never does it itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

# Filings whose 公示 ends or whose validity runs out within this many days are listed on the
# 工作台 and by `system status`.
FILING_DUE_DAYS = 60
DEFAULT_VALIDITY_YEARS = 3
VALIDITY_CAVEAT = "有效期以卫生健康委员会答复为准"
VALIDITY_CAVEAT_EN = "to be confirmed with the health commission"


class FilingState(StrEnum):
    NONE = "none"  # nothing recorded yet (no stored row)
    PUBLIC = "public"  # 社会公示 recorded
    FILED = "filed"  # 备案号 and date recorded
    REVISING = "revising"  # a revision needs 公示 and 备案 again
    CANCELLED = "cancelled"  # 注销: nothing follows


STATE_LABELS = {
    FilingState.NONE: "未开始",
    FilingState.PUBLIC: "公示",
    FilingState.FILED: "已备案",
    FilingState.REVISING: "修订中",
    FilingState.CANCELLED: "已注销",
}


class Step(StrEnum):
    PUBLIC = "public"  # 社会公示: start and end dates
    FILE = "file"  # 备案: number and date
    REVISE = "revise"  # 修订: the standard changed; 公示 and 备案 again
    RENEW = "renew"  # 延续: a new validity period
    CANCEL = "cancel"  # 注销


STEP_LABELS = {
    Step.PUBLIC: "社会公示",
    Step.FILE: "备案",
    Step.REVISE: "修订",
    Step.RENEW: "延续",
    Step.CANCEL: "注销",
}

# Which steps each state allows. 公示 may be recorded again before filing (dates corrected).
ALLOWED: dict[FilingState, tuple[Step, ...]] = {
    FilingState.NONE: (Step.PUBLIC,),
    FilingState.PUBLIC: (Step.PUBLIC, Step.FILE, Step.CANCEL),
    FilingState.FILED: (Step.REVISE, Step.RENEW, Step.CANCEL),
    FilingState.REVISING: (Step.PUBLIC, Step.FILE, Step.CANCEL),
    FilingState.CANCELLED: (),
}


@dataclass(frozen=True)
class FilingDates:
    """What a filing holds now (the stored row, or nothing yet)."""

    state: FilingState = FilingState.NONE
    public_from: date | None = None
    public_to: date | None = None
    number: str = ""
    filed_on: date | None = None
    valid_until: date | None = None
    revision: int = 0


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def refusal(current: FilingDates, step: Step) -> str | None:
    """Why ``step`` does not fit the filing's state, as "中文 / English"; None when it fits."""
    if step in ALLOWED[current.state]:
        return None
    state = STATE_LABELS[current.state]
    if current.state is FilingState.CANCELLED:
        return (f"该备案已注销，不能再{STEP_LABELS[step]}。/ The filing was cancelled; "
                f"no step can follow.")  # fmt: skip
    if step is Step.FILE:
        return (
            "尚未记录社会公示，不能录入备案号：请先记录公示起止日期。"
            " / Record the public comment period before the filing number."
        )
    if step in (Step.RENEW, Step.REVISE):
        return (f"只有已备案的标准才能{STEP_LABELS[step]}（当前：{state}）。"
                f" / Only a filed standard can be {step}d (now: {current.state}).")  # fmt: skip
    if step is Step.PUBLIC:
        return (
            f"已备案的标准不能再记录公示；修订后请先记录“修订”（当前：{state}）。"
            " / A filed standard is publicly commented again only after a revision."
        )
    return (f"当前状态“{state}”不能{STEP_LABELS[step]}。"
            f" / The step {step} does not fit the state {current.state}.")  # fmt: skip


def public_problem(start: date, end: date) -> str | None:
    if end < start:
        return (f"公示结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}。"
                " / The public comment period ends before it starts.")  # fmt: skip
    return None


def filing_problem(current: FilingDates, number: str, filed_on: date, today: date) -> str | None:
    """A filing number needs 公示 to have ended before the filing date, and a date not ahead."""
    if not number.strip():
        return "请填写备案号。/ Give the filing number."
    if current.public_to is None:
        return (
            "尚未记录本次社会公示，不能录入备案号。"
            " / Record the public comment period before the filing number."
        )
    if filed_on <= current.public_to:
        return (
            f"社会公示到 {current.public_to.isoformat()} 才结束，备案日期 "
            f"{filed_on.isoformat()} 不能早于公示结束后一天。"
            " / The filing date must follow the end of the public comment period."
        )
    if filed_on > today:
        return (f"备案日期 {filed_on.isoformat()} 晚于今天 {today.isoformat()}："
                "请记录已办理的备案。 / The filing date lies in the future.")  # fmt: skip
    return None


def renewal_problem(current: FilingDates, renewed_on: date) -> str | None:
    if current.filed_on is not None and renewed_on < current.filed_on:
        return (f"延续日期 {renewed_on.isoformat()} 早于备案日期 {current.filed_on.isoformat()}。"
                " / The renewal date precedes the filing date.")  # fmt: skip
    return None


@dataclass(frozen=True)
class Due:
    """A filing that needs attention soon: its 公示 ends, or its validity runs out."""

    kind: str  # "public_ends" | "validity_ends"
    on: date
    text: str  # Chinese, for the 工作台 and `system status`
    text_en: str = ""  # the same in English, for the English interface


def due(current: FilingDates, today: date, within: int = FILING_DUE_DAYS) -> Due | None:
    """What is due within ``within`` days (or overdue) for a filing, if anything."""
    horizon = today + timedelta(days=within)
    if current.state in (FilingState.PUBLIC, FilingState.REVISING) and current.public_to:
        end, days = current.public_to, (current.public_to - today).days
        if end < today:
            return Due("public_ends", end,
                       f"社会公示已于 {end.isoformat()} 结束，"
                       "请到卫生健康委员会备案系统办理备案并录入备案号",
                       f"The public comment period ended on {end.isoformat()}: file the"
                       " standard in the health commission's filing system and record its"
                       " filing number")  # fmt: skip
        if end <= horizon:
            return Due("public_ends", end,
                       f"社会公示 {end.isoformat()} 结束（还有 {days} 天），之后办理备案",
                       f"The public comment period ends on {end.isoformat()} (in {days} days);"
                       " file the standard after it")  # fmt: skip
    if current.state is FilingState.FILED and current.valid_until:
        end, days = current.valid_until, (current.valid_until - today).days
        if end < today:
            return Due("validity_ends", end,
                       f"备案有效期已于 {end.isoformat()} 届满（{VALIDITY_CAVEAT}）："
                       "办理延续或注销",
                       f"The filing's validity ended on {end.isoformat()}"
                       f" ({VALIDITY_CAVEAT_EN}): renew or cancel it")  # fmt: skip
        if end <= horizon:
            return Due("validity_ends", end,
                       f"备案有效期 {end.isoformat()} 届满（还有 {days} 天）"
                       f"（{VALIDITY_CAVEAT}）：办理延续",
                       f"The filing's validity ends on {end.isoformat()}"
                       f" (in {days} days; {VALIDITY_CAVEAT_EN}): renew it")  # fmt: skip
    return None
