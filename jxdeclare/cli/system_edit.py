"""Editing an enterprise's standard system from a terminal: what the 标准体系 page can do.

Branches are named by their 体系编号 ("1.2"), standards by their number (or entry id).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from jxdeclare.cli.output import print_json
from jxdeclare.services.context import AppContext


def _unusable(message: str) -> Exception:
    from jxdeclare.cli.system import Unusable

    return Unusable(message)


def _enterprise(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.cli.system import one_target

    return one_target(ctx, args)[0]


def _branch(ctx: AppContext, eid: int, code: str | None) -> int | None:
    """The node with this 体系编号; None for no code (top level / unplaced)."""
    from jxdeclare.services.system.tree import load_tree

    if not code:
        return None
    node_id = load_tree(ctx, eid).by_code(code.strip())
    if node_id is None:
        raise _unusable(f"体系中没有编号为“{code}”的分支 / no branch {code}")
    return node_id


def _entry(ctx: AppContext, eid: int, key: str) -> int:
    from jxdeclare.domain.stdnumber import parse_standard_number
    from jxdeclare.services.system.status import entry_views

    parsed = parse_standard_number(key).number
    wanted = parsed.canonical() if parsed else key.strip()
    _tree, views = entry_views(ctx, eid)
    for view in views:
        if view.number == wanted or str(view.id) == key.strip():
            return view.id
    raise _unusable(f"体系中没有标准“{key}” / {key} is not in the system")


def _done(args: argparse.Namespace, data: dict[str, Any], text: str) -> int:
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def run_init(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.tree import create_tree

    eid = _enterprise(ctx, args)
    tree = create_tree(ctx, eid, args.template)
    return _done(args, {"enterprise_id": eid, "template": args.template,
                        "branches": len(tree.nodes)},
                 f"已按模板建立标准体系（{len(tree.nodes)} 个分支）。")  # fmt: skip


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.register import EntryInput, add_entry, add_own_standard

    eid = _enterprise(ctx, args)
    node = _branch(ctx, eid, args.branch)
    if args.draft:
        entry_id = add_own_standard(ctx, args.draft, node)
    else:
        data = EntryInput(
            number=args.number or "", title=args.title or "", department=args.department or "",
            note=args.note or "", products=tuple((args.products or "").split(",")),
            published=_day(args.published), implemented=_day(args.implemented),
            planned=args.planned,
        )  # fmt: skip
        entry_id = add_entry(ctx, eid, data, node)
    return _done(args, {"entry_id": entry_id}, f"已加入标准体系（条目 {entry_id}）。")


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise _unusable(f"日期“{text}”应为 YYYY-MM-DD") from exc


def run_move(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.register import move_entry

    eid = _enterprise(ctx, args)
    move_entry(ctx, _entry(ctx, eid, args.standard), _branch(ctx, eid, args.branch))
    return _done(args, {"moved": args.standard}, f"已移到 {args.branch or '未归入子体系'}。")


def run_remove(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.register import remove_entry

    eid = _enterprise(ctx, args)
    remove_entry(ctx, _entry(ctx, eid, args.standard))
    return _done(args, {"removed": args.standard}, f"已从标准体系移除 {args.standard}。")


def run_reviewed(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.register import mark_reviewed

    eid = _enterprise(ctx, args)
    on = _day(args.on) or date.today()
    mark_reviewed(ctx, _entry(ctx, eid, args.standard), on)
    return _done(args, {"reviewed": args.standard, "on": on.isoformat()}, f"已记录复审：{on}")


def run_ack(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.cli.system import targets
    from jxdeclare.services.system.register import acknowledge_changes

    eid = targets(ctx, args)[0][0] if args.enterprise else None
    count = acknowledge_changes(ctx, eid)
    return _done(args, {"acknowledged": count}, f"已确认 {count} 项状态变化。")


def run_recheck(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.cli.system import targets
    from jxdeclare.services.batch_check import check_stored
    from jxdeclare.services.system.watch import pending_rechecks

    eid = targets(ctx, args)[0][0] if args.enterprise else None
    queued = pending_rechecks(ctx, eid)
    results = check_stored(ctx, eid, draft_ids=queued) if queued else []
    summary = [{"draft_id": r.draft_id, "standard": r.number, "errors": r.report.errors,
                "warnings": r.report.warnings} for r in results]  # fmt: skip
    lines = [f"{s['standard']}：错误 {s['errors']}，警告 {s['warnings']}" for s in summary]
    return _done(args, {"rechecked": summary},
                 "\n".join(lines) or "没有待重新检查的企业标准。")  # fmt: skip


def run_branch_add(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.tree import add_node, load_tree

    eid = _enterprise(ctx, args)
    node_id = add_node(ctx, eid, _branch(ctx, eid, args.parent), args.title)
    code = load_tree(ctx, eid).code(node_id)
    return _done(args, {"node_id": node_id, "code": code}, f"已添加分支 {code} {args.title}")


def run_branch_rename(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.tree import rename_node

    eid = _enterprise(ctx, args)
    old = rename_node(ctx, _required_branch(ctx, eid, args.code), args.title)
    return _done(args, {"code": args.code, "old": old, "title": args.title},
                 f"已将 {args.code} “{old}”改名为“{args.title}”")  # fmt: skip


def _required_branch(ctx: AppContext, eid: int, code: str) -> int:
    node = _branch(ctx, eid, code)
    assert node is not None  # a required positional argument is never empty
    return node


def run_branch_move(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.tree import load_tree, move_node

    eid = _enterprise(ctx, args)
    node_id = _required_branch(ctx, eid, args.code)
    index = args.position - 1 if args.position else None
    move_node(ctx, node_id, _branch(ctx, eid, args.parent), index)
    code = load_tree(ctx, eid).code(node_id)
    return _done(args, {"node_id": node_id, "code": code}, f"分支现在的编号为 {code}")


def run_branch_remove(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.tree import remove_node

    eid = _enterprise(ctx, args)
    moved = remove_node(ctx, _required_branch(ctx, eid, args.code))
    return _done(args, {"removed": args.code, "entries_moved_up": moved},
                 f"已删除分支 {args.code}，其中 {moved} 项标准移到上一级。")  # fmt: skip


def leaves(guarded: Callable[[Any], Any]) -> list[tuple[str, Any, str]]:
    return [
        ("init", guarded(run_init), "按模板建立体系 / lay out a template tree"),
        ("add", guarded(run_add), "加入标准 / add a standard"),
        ("move", guarded(run_move), "把标准移到另一分支 / move a standard"),
        ("remove", guarded(run_remove), "移除标准 / remove a standard"),
        ("reviewed", guarded(run_reviewed), "记录企业标准已复审 / mark reviewed"),
        ("ack", guarded(run_ack), "确认数据包带来的状态变化 / acknowledge changes"),
        ("recheck", guarded(run_recheck), "重新检查受数据包变化影响的企业标准 / re-check"),
        ("branch-add", guarded(run_branch_add), "添加分支 / add a branch"),
        ("branch-rename", guarded(run_branch_rename), "重命名分支 / rename a branch"),
        ("branch-move", guarded(run_branch_move), "移动分支 / move a branch"),
        ("branch-remove", guarded(run_branch_remove), "删除分支 / remove a branch"),
    ]


def add_arguments(parsers: dict[str, argparse.ArgumentParser]) -> None:
    from jxdeclare.domain.system.templates import DEFAULT_TEMPLATE, TEMPLATES

    parsers["init"].add_argument("--template", choices=sorted(TEMPLATES), default=DEFAULT_TEMPLATE)
    add = parsers["add"]
    add.add_argument("number", nargs="?", help="标准编号（待制定的可省略）")
    add.add_argument("--branch", metavar="CODE", help="分支的体系编号，如 1.1")
    add.add_argument("--title", help="标准名称（数据包中有的可省略）")
    add.add_argument("--draft", type=int, metavar="ID", help="本企业已存标准（草稿编号）")
    for option in ("--department", "--note", "--published", "--implemented"):
        add.add_argument(option)
    add.add_argument("--products", help="适用产品，逗号分隔")
    add.add_argument("--planned", action="store_true", help="待制定的标准")
    for name in ("move", "remove", "reviewed"):
        parsers[name].add_argument("standard", help="标准编号或条目编号")
    parsers["move"].add_argument("--branch", metavar="CODE", help="目标分支（省略：未归入）")
    parsers["reviewed"].add_argument("--on", help="复审日期（默认今天）")
    parsers["branch-add"].add_argument("title")
    parsers["branch-add"].add_argument("--parent", metavar="CODE", help="上级分支（省略：顶层）")
    parsers["branch-rename"].add_argument("code")
    parsers["branch-rename"].add_argument("title")
    parsers["branch-move"].add_argument("code")
    parsers["branch-move"].add_argument("--parent", metavar="CODE", help="新的上级（省略：顶层）")
    parsers["branch-move"].add_argument("--position", type=int, help="在同级中的位置（1 起）")
    parsers["branch-remove"].add_argument("code")
