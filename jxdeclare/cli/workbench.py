"""`jxdeclare-cli workbench [--enterprise CODE] [--json]` — what is next: the 工作台's list.

For one enterprise (`--enterprise`: id, credit code or 企业代号) or all of them, grouped as the
工作台 page groups them, and the five first-run steps while some are still to do. Exit 0.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from jxdeclare.cli.output import print_json
from jxdeclare.services.context import AppContext

if TYPE_CHECKING:
    from jxdeclare.services.workbench import Workbench


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.enterprises import find_enterprise
    from jxdeclare.services.workbench import workbench

    owner = find_enterprise(ctx, args.enterprise).id if args.enterprise else None
    result = workbench(ctx, owner, progress=None if args.json else _progress())
    if args.json:
        print_json(result.as_dict())
        return 0
    _print(result, every=owner is None)
    return 0


def _progress() -> Callable[[int, int, str], None]:
    import sys

    def show(done: int, total: int, text: str) -> None:
        if sys.stderr.isatty():  # a terminal sees the drafts being checked; a log does not
            end = "\n" if done == total else ""
            print(f"\r{text}（{done}/{total}）\033[K", end=end, file=sys.stderr, flush=True)

    return show


def _print(result: Workbench, every: bool) -> None:
    from jxdeclare.services.workbench import KIND_LABELS, STEP_LABELS

    if not result.all_done:
        print("开始使用：")
        for number, (step, done) in enumerate(result.done.items(), 1):
            print(f"  {number}. {STEP_LABELS[step]}  {'✓ 已完成' if done else '未完成'}")
    for note in result.notes:
        print(f"注意：{note}")
    if not result.items:
        print(f"截至 {result.as_of.isoformat()}：目前没有待办事项。")
        return
    print(f"截至 {result.as_of.isoformat()}：共 {len(result.items)} 项待办")
    group = None
    for item in result.items:
        if item.kind != group:
            group = item.kind
            count = sum(1 for other in result.items if other.kind == group)
            print(f"{KIND_LABELS[group]}（{count}）")
        print(f"  {item.enterprise}：{item.text}" if every else f"  {item.text}")


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "workbench", parents=[common], help="工作台：下一步要做的事 / what is next"
    )
    parser.add_argument("--enterprise", metavar="CODE", help="企业编号、信用代码或企业代号")
    parser.set_defaults(handler=run)
