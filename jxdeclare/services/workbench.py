"""What is next, per enterprise or across all of them (agencies): the 工作台 list and the five
first-run steps. The 工作台 page and ``jxdeclare-cli workbench`` print the same.

Pure reads: nothing here writes the database. Each item names the page and the records where the
step is done, so the UI can jump there.

Drafts being written are checked with the checker the editor and the batch check use; a result
is kept until the draft, the pack or the date changes (``draft_checks``), so a refresh checks
only what changed since the last one (bench/workbench.py measures both).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.filing import Due
from jxdeclare.domain.system.review import Action, ActionKind, dashboard
from jxdeclare.services.draft_checks import DraftCheck, StoredDraft, check_drafts
from jxdeclare.services.drafts import DRAFT, PUBLISHED
from jxdeclare.services.errors import NotFoundError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.catalog.pack import Pack
    from jxdeclare.services.context import AppContext

S = DeclarationState
Progress = Callable[[int, int, str], None]


class Page(StrEnum):
    """Where a step is done (the navigation pages)."""

    ENTERPRISES = "enterprises"
    SYSTEM = "system"
    DRAFTING = "drafting"
    CHECKING = "checking"
    DECLARATIONS = "declarations"


class Kind(StrEnum):
    """The groups of the list, in the order a standard goes through the app."""

    NO_SYSTEM = "no_system"
    UNFILLED = "unfilled"
    CHECK_ERRORS = "check_errors"
    PACK_CHANGE = "pack_change"
    REVIEW = "review"
    FAILED = "failed"
    QUEUED = "queued"
    PENDING = "pending"
    FILING = "filing"  # 食品标准备案: a 公示 ending or a validity running out (FILING_DUE_DAYS)


KIND_LABELS = {
    Kind.NO_SYSTEM: "建立标准体系",
    Kind.UNFILLED: "填写标准草稿",
    Kind.CHECK_ERRORS: "改正检查发现的错误",
    Kind.PACK_CHANGE: "处理数据包变化",
    Kind.REVIEW: "复审企业标准",
    Kind.FAILED: "处理提交失败的声明",
    Kind.QUEUED: "提交已排队的声明",
    Kind.PENDING: "等待平台确认",
    Kind.FILING: "办理食品标准备案",
}
_REVIEW = {ActionKind.REVIEW_OVERDUE, ActionKind.REVIEW_SOON, ActionKind.REVIEW_TRIGGERED}
_PACK_CHANGE = {ActionKind.STATUS_CHANGED, ActionKind.RECHECK}
_FAILED = (S.FAILED_NEEDS_EDIT, S.FAILED_RETRYABLE)
# 提交中 is waiting too: the next submission run first asks the portal what became of it.
_WAITING = (S.SUBMITTING, S.PENDING)


@dataclass(frozen=True)
class Target:
    page: Page
    enterprise_id: int
    records: tuple[int, ...] = ()  # entry ids (system), draft ids, declaration ids


@dataclass(frozen=True)
class Item:
    """One line of the list. ``text`` is Chinese (the CLI's); the fields after ``count`` are
    what it was said from, so that the window can say it in the interface's language."""

    enterprise_id: int
    enterprise: str
    kind: Kind
    text: str
    target: Target
    count: int | None = None
    subject: str = ""  # the standard or declaration the line is about, as lists name it
    actions: tuple[Action, ...] = ()  # PACK_CHANGE, REVIEW: the register's dashboard actions
    state: DeclarationState | None = None  # FAILED
    why: str = ""  # FAILED: the reason recorded (a "中文 / English" message or the portal's)
    due: Due | None = None  # FILING

    def as_dict(self) -> dict[str, Any]:
        target = self.target
        return {"enterprise_id": self.enterprise_id, "enterprise": self.enterprise,
                "kind": str(self.kind), "text": self.text,
                "target": {"page": str(target.page), "enterprise_id": target.enterprise_id,
                           "records": list(target.records)},
                "count": self.count, "group": KIND_LABELS[self.kind]}  # fmt: skip


class Step(StrEnum):
    ENTERPRISE = "enterprise"
    SYSTEM = "system"
    DRAFT = "draft"
    CHECK = "check"
    DECLARE = "declare"


STEP_LABELS = {
    Step.ENTERPRISE: "添加企业",
    Step.SYSTEM: "建立标准体系",
    Step.DRAFT: "起草标准",
    Step.CHECK: "合规检查",
    Step.DECLARE: "自我声明",
}


@dataclass(frozen=True)
class Workbench:
    as_of: date
    enterprises: list[tuple[int, str]]  # every enterprise (id, name), for a filter
    items: list[Item]
    done: dict[Step, bool]  # the first-run steps, over the whole database
    notes: list[str] = field(default_factory=list)  # what could not be looked at, and why
    pack_problem: str = ""  # why the data pack could not be used (its note says the rest)

    @property
    def all_done(self) -> bool:
        return all(self.done.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "all_done": self.all_done,
            "notes": self.notes,
            "steps": [{"step": str(s), "title": STEP_LABELS[s], "done": d}
                      for s, d in self.done.items()],
            "items": [item.as_dict() for item in self.items],
        }  # fmt: skip


def workbench(
    ctx: AppContext,
    enterprise_id: int | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
) -> Workbench:
    """What is next for one enterprise, or (None) for every enterprise."""
    as_of = as_of or date.today()
    pack, pack_problem = _active_pack(ctx)
    notes = [f"{PACK_NOTE}：{pack_problem}"] if pack_problem else []
    with ctx.session() as session:
        enterprises = _enterprises(session)
        names = {e.id: e.name for e in enterprises}
        if enterprise_id is not None and enterprise_id not in names:
            raise NotFoundError(f"找不到企业：{enterprise_id} / enterprise not found")
        scope = [e for e in enterprises if enterprise_id in (None, e.id)]
        with_system = _with_system(session)
        items = [_no_system(e.id, e.name) for e in scope if e.id not in with_system]
        if pack is not None:
            items += _register_items(ctx, session, [e for e in scope if e.id in with_system],
                                     pack, as_of)  # fmt: skip
        documents = _drafts(session)
        items += _declaration_items(session, enterprise_id, names)
        declared = _any_declaration(session)
    mine = [d for d in documents if enterprise_id in (None, d.enterprise_id)]
    writing = [d for d in mine if d.status == DRAFT]
    checks = check_drafts(ctx, writing, documents, pack, as_of, progress) if pack else {}
    items += _draft_items(writing, checks, names)
    items += _filing_items(ctx, enterprise_id, as_of)
    passed = any(check.passed for check in checks.values())
    done = {
        Step.ENTERPRISE: bool(enterprises),
        Step.SYSTEM: bool(with_system),
        Step.DRAFT: bool(documents),
        # The goal of the step: a standard that passes the check (publishing asks for that).
        Step.CHECK: passed or any(d.status == PUBLISHED for d in documents),
        Step.DECLARE: declared,
    }
    order = {kind: rank for rank, kind in enumerate(Kind)}
    items.sort(key=lambda i: (order[i.kind], i.enterprise, i.text))
    return Workbench(as_of, [(e.id, e.name) for e in enterprises], items, done, notes,
                     pack_problem)  # fmt: skip


PACK_NOTE = "数据包无法使用，标准的复审、状态变化和草稿检查暂未列出"


def _active_pack(ctx: AppContext) -> tuple[Pack | None, str]:
    """The active pack; without one the list still shows what needs none, and says so."""
    from jxdeclare.catalog.pack import PackError
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.errors import ServiceError

    try:
        return active_catalogue(ctx).pack, ""
    except (PackError, ServiceError, OSError) as exc:
        return None, str(exc)


# -- enterprises and their standard systems ----------------------------------------------------


def _enterprises(session: Session) -> list[Any]:
    from sqlalchemy import select

    from jxdeclare.store.models import Enterprise

    return list(session.scalars(select(Enterprise).order_by(Enterprise.name, Enterprise.id)))


def _with_system(session: Session) -> set[int]:
    """Enterprises with branches or entries: the 标准体系 page shows their register."""
    from sqlalchemy import select, union

    from jxdeclare.store.models import StandardInUse, SystemNode

    query = union(select(SystemNode.enterprise_id), select(StandardInUse.enterprise_id))
    return set(session.scalars(query))


def _no_system(enterprise_id: int, name: str) -> Item:
    text = "尚未建立标准体系：从模板建立，或导入已有的标准明细表"
    return Item(enterprise_id, name, Kind.NO_SYSTEM, text, Target(Page.SYSTEM, enterprise_id))


def _register_items(
    ctx: AppContext, session: Session, enterprises: list[Any], pack: Pack, as_of: date
) -> list[Item]:
    """Own standards due for review, and entries a data-pack change touched (status dashboard)."""
    from jxdeclare.services.system.status import views_of_all

    items = []
    every = views_of_all(ctx, session, enterprises, pack, as_of)
    for enterprise in enterprises:
        views = every[enterprise.id][1]
        grouped: dict[tuple[Kind, int], list[Action]] = {}
        for action in dashboard(views, as_of):
            kind = _register_kind(action.kind)
            if kind is not None:
                grouped.setdefault((kind, action.entry.id), []).append(action)
        for (kind, entry_id), actions in grouped.items():
            entry = actions[0].entry
            standard = f"{entry.number or '（无编号）'} {entry.title}"
            target = Target(Page.SYSTEM, enterprise.id, (entry_id,))
            text = f"{standard}：{'；'.join(action.text for action in actions)}"
            items.append(Item(enterprise.id, enterprise.name, kind, text, target,
                              subject=standard, actions=tuple(actions)))  # fmt: skip
    return items


def _register_kind(kind: ActionKind) -> Kind | None:
    if kind in _REVIEW:
        return Kind.REVIEW
    return Kind.PACK_CHANGE if kind in _PACK_CHANGE else None


# -- drafts ------------------------------------------------------------------------------------


def _drafts(session: Session) -> list[StoredDraft]:
    """Every enterprise's standards, without their texts (read only for drafts to check)."""
    from sqlalchemy import select

    from jxdeclare.store.models import StandardDocument as D

    query = select(D.id, D.enterprise_id, D.number, D.title, D.status, D.row_version)
    return [
        StoredDraft(r.id, r.enterprise_id, r.number or "", r.title or "", r.status, r.row_version)
        for r in session.execute(query.order_by(D.id))
    ]


def _draft_items(
    drafts: list[StoredDraft], checks: dict[int, DraftCheck], names: dict[int, str]
) -> list[Item]:
    items = []
    for draft in drafts:
        check = checks.get(draft.id)
        if check is None:
            continue
        target = Target(Page.DRAFTING, draft.enterprise_id, (draft.id,))
        name = names[draft.enterprise_id]
        if check.unfilled:
            text = f"{draft.label}：{check.unfilled} 处尚未填写"
            items.append(Item(draft.enterprise_id, name, Kind.UNFILLED, text, target,
                              check.unfilled, subject=draft.label))  # fmt: skip
        if check.errors:
            text = f"{draft.label}：检查发现 {check.errors} 个错误"
            items.append(Item(draft.enterprise_id, name, Kind.CHECK_ERRORS, text, target,
                              check.errors, subject=draft.label))  # fmt: skip
    return items


# -- 备案 of food standards -----------------------------------------------------------------


def _filing_items(ctx: AppContext, enterprise_id: int | None, as_of: date) -> list[Item]:
    """Filings whose 公示 ends or whose validity runs out within FILING_DUE_DAYS (or already)."""
    from jxdeclare.services.filing.due import due_filings

    return [
        Item(d.record.enterprise_id, d.record.enterprise, Kind.FILING, d.text,
             Target(Page.DRAFTING, d.record.enterprise_id, (d.record.draft_id,)),
             subject=d.label, due=d.due)
        for d in due_filings(ctx, enterprise_id, as_of)
    ]  # fmt: skip


# -- declarations ------------------------------------------------------------------------------


def _declaration_items(
    session: Session, enterprise_id: int | None, names: dict[int, str]
) -> list[Item]:
    from sqlalchemy import select

    from jxdeclare.store.models import Declaration as D

    wanted = [s.value for s in (*_FAILED, S.QUEUED, *_WAITING)]
    query = select(D.id, D.enterprise_id, D.standard_number, D.standard_title, D.state,
                   D.last_error).where(D.state.in_(wanted))  # fmt: skip
    if enterprise_id is not None:
        query = query.where(D.enterprise_id == enterprise_id)
    rows = list(session.execute(query.order_by(D.id)))
    items = [_failed(row, names[row.enterprise_id]) for row in rows if S(row.state) in _FAILED]
    for kind, states, words in (
        (Kind.QUEUED, (S.QUEUED,), "份声明已排队，等待批量提交"),
        (Kind.PENDING, _WAITING, "份声明已提交，等待平台确认"),
    ):
        by_enterprise: dict[int, list[int]] = {}
        for row in rows:
            if S(row.state) in states:
                by_enterprise.setdefault(row.enterprise_id, []).append(row.id)
        for owner, ids in by_enterprise.items():
            target = Target(Page.DECLARATIONS, owner, tuple(ids))
            items.append(Item(owner, names[owner], kind, f"{len(ids)} {words}", target, len(ids)))
    return items


def _failed(row: Any, enterprise: str) -> Item:
    why = (row.last_error or {}).get("message", "")
    subject = f"{row.standard_number} {row.standard_title}"
    text = f"{subject}：{row.state}"
    text += f"（{why}）" if why else ""
    target = Target(Page.DECLARATIONS, row.enterprise_id, (row.id,))
    return Item(row.enterprise_id, enterprise, Kind.FAILED, text, target,
                subject=subject, state=S(row.state), why=why)  # fmt: skip


def _any_declaration(session: Session) -> bool:
    from sqlalchemy import select

    from jxdeclare.store.models import Declaration

    return session.scalar(select(Declaration.id).limit(1)) is not None
