"""`jxdeclare-cli declare` sub-commands that move a record out of its state
(docs/declaration-states.md):

edit ID          修改: 校验通过 / 失败 → 草稿, with the changes given
unqueue ID...    撤回排队: 已排队 → 校验通过
guided-start ID  开始人工录入: → 提交中 by hand, so batch submission leaves it alone
guided-undo ID   撤销人工录入: 提交中 (by hand, nothing published) → 已排队
revise ID        修订: a new 草稿 version of a 已公开 record
reconcile        对账: ask the portal about records sent through it (提交中 / 待确认)

Exit codes as for the other declare commands: 0 done; 1 blocking problems or warnings to confirm
(guided-start), or records the portal could not be asked about (reconcile); 2 unusable input
(unknown record, a state that does not allow the move, a bad product row, no portal address).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from jxdeclare.cli.declare import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_UNUSABLE,
    _info_dict,
    parse_product,
)
from jxdeclare.cli.output import fail, print_json
from jxdeclare.services.context import AppContext
from jxdeclare.services.errors import ConflictError, NotFoundError

REFUSED = (NotFoundError, ConflictError)  # no such record, or its state does not allow the move


def _done(args: argparse.Namespace, info: Any) -> int:
    if args.json:
        print_json(_info_dict(info))
    else:
        print(f"{info.id} {info.standard_number}：{info.state}")
    return EXIT_OK


def _refused(exc: Exception) -> int:
    fail(str(exc))
    return EXIT_UNUSABLE


def run_edit(ctx: AppContext, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from jxdeclare.services.declarations import records as declarations

    try:
        products = [parse_product(p) for p in args.product or []]
    except ValueError as exc:
        return _refused(exc)
    changes: dict[str, Any] = {}
    if products:
        changes["products"] = tuple(products)
    if args.accept_commitment:
        changes["commitment_accepted"] = True
    for option, name in (("statement", "explicit_statement"), ("contact", "contact_name"),
                         ("phone", "contact_phone"), ("disclosure", "disclosure")):  # fmt: skip
        if getattr(args, option) is not None:
            changes[name] = getattr(args, option)
    try:
        info, record = declarations.get(ctx, args.id)
        info = declarations.update(ctx, args.id, info.row_version, replace(record, **changes))
    except REFUSED as exc:
        return _refused(exc)
    return _done(args, info)


def run_unqueue(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import records as declarations

    for declaration_id in args.ids:
        try:
            declarations.unqueue(ctx, [declaration_id])
        except REFUSED as exc:
            return _refused(exc)
        _done(args, declarations.get(ctx, declaration_id)[0])
    return EXIT_OK


def run_guided_start(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import guided_entry
    from jxdeclare.services.declarations import records as declarations

    try:
        info = guided_entry.start(ctx, args.id, confirm_warnings=args.confirm_warnings)
    except declarations.NeedsConfirmation as exc:
        fail(f"{args.id}：{exc}（确认后加 --confirm-warnings）")
        return EXIT_FAILED
    except declarations.InvalidDeclaration as exc:
        fail(f"{args.id}：{exc}")
        return EXIT_FAILED
    except REFUSED as exc:
        return _refused(exc)
    return _done(args, info)


def _move(args: argparse.Namespace, step: Callable[[], Any]) -> int:
    """One state move: its new state printed, or why it was refused (exit 2)."""
    try:
        info = step()
    except REFUSED as exc:
        return _refused(exc)
    return _done(args, info)


def run_guided_undo(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import guided_entry

    return _move(args, lambda: guided_entry.undo_start(ctx, args.id))


def run_revise(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import records as declarations

    return _move(args, lambda: declarations.revise(ctx, args.id))


def run_reconcile(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import submission
    from jxdeclare.services.errors import ServiceError
    from jxdeclare.services.portal_accounts import accounts_for

    url = args.portal or ctx.settings.get("portal_url")
    if not url:
        fail("请用 --portal 指定交换接口地址，或在设置中填写 / --portal URL is required")
        return EXIT_UNUSABLE
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    try:
        accounts = accounts_for(url, username=args.username, password=password)
    except ServiceError as exc:  # an insecure address: nothing is asked
        return _refused(exc)
    result = submission.reconcile_only(ctx, accounts)
    open_ids = submission.still_in_flight(ctx)
    if args.json:
        print_json({**result.as_dict(), "still_in_flight": open_ids})
    else:
        for item in result.reconciled:
            print(f"{item.declaration_id} {item.standard_number}：{item.state}  {item.message}")
        for item in result.skipped:
            print(f"未对账 {item.standard_number}（{item.enterprise}）：{item.message}")
        print(f"对账 {len(result.reconciled)} 条；仍待平台结果 {len(open_ids)} 条。")
    settled = {item.declaration_id for item in result.reconciled}
    asked_nothing = [i for i in open_ids if i not in settled]
    return EXIT_FAILED if result.skipped or asked_nothing else EXIT_OK


def add_moves(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("edit", parents=[common],
                       help="修改声明（校验通过、失败的回到草稿，须重新校验）")  # fmt: skip
    p.add_argument("id", type=int)
    p.add_argument("--product", action="append", metavar="名称|型号|分类[|…]",
                   help="给出时替换全部产品行")  # fmt: skip
    p.add_argument("--accept-commitment", action="store_true", help="确认自我声明承诺")
    p.add_argument("--statement", help="明示说明（指标低于推荐性标准时）")
    p.add_argument("--contact")
    p.add_argument("--phone")
    p.add_argument("--disclosure", choices=["full_text", "indicators"])
    p.set_defaults(handler=run_edit)

    p = sub.add_parser("unqueue", parents=[common], help="撤回排队：已排队 → 校验通过")
    p.add_argument("ids", type=int, nargs="+")
    p.set_defaults(handler=run_unqueue)

    p = sub.add_parser("guided-start", parents=[common],
                       help="开始人工录入：标为“提交中”，批量提交不再发送它")  # fmt: skip
    p.add_argument("id", type=int)
    p.add_argument("--confirm-warnings", action="store_true", help="确认警告（如低于推荐性标准）")
    p.set_defaults(handler=run_guided_start)

    p = sub.add_parser("guided-undo", parents=[common],
                       help="撤销人工录入：提交中 → 已排队（尚未登记公开编号时）")  # fmt: skip
    p.add_argument("id", type=int)
    p.set_defaults(handler=run_guided_undo)

    p = sub.add_parser("revise", parents=[common], help="修订已公开的声明：新建下一版草稿")
    p.add_argument("id", type=int)
    p.set_defaults(handler=run_revise)

    p = sub.add_parser("reconcile", parents=[common],
                       help="对账：向交换接口核对“提交中”“待确认”的声明，不发送")  # fmt: skip
    p.add_argument("--portal", metavar="URL", help="交换接口地址（默认取设置）")
    p.add_argument("--username", help="平台账号（系统没有密码库时与 --password-stdin 同用）")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取平台密码")
    p.set_defaults(handler=run_reconcile)
