"""`jxdeclare-cli declare SUB` (list, show, new, queue, export-package, guided, published, withdraw,
receipt, summary; the state moves edit, unqueue, guided-start, guided-undo, revise and reconcile
are in cli/declare_moves.py) and
`jxdeclare-cli submit [--all-queued | IDS] [--portal URL] [--dry-run] [--json]`.

Exit codes: 0 done; 1 some records failed (submit) or have blocking problems (queue);
2 unusable input (unknown record, bad product row, no portal address). ``submit`` exits 0 only
when every record it answers for is settled (services/declarations/settlement.py), else 1 with
the unsettled count in its summary.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.cli.output import fail, print_json
from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.declaration_fields import labelled
from jxdeclare.domain.declaration_record import DeclaredProduct
from jxdeclare.services.context import AppContext

if TYPE_CHECKING:
    from jxdeclare.services.declarations.settlement import Unsettled
    from jxdeclare.services.declarations.submission import SubmitSummary

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
PRODUCT_FIELDS = ("name", "model", "category", "spec", "gtin", "generic_name", "brand",
                  "label_standard")  # fmt: skip


def parse_product(text: str) -> DeclaredProduct:
    """``名称|型号|分类[|规格|条码|通用名|品牌|标签标注的标准号]``"""
    parts = [p.strip() for p in text.replace("｜", "|").split("|")]
    if len(parts) < 3 or len(parts) > len(PRODUCT_FIELDS):
        raise ValueError(
            f"产品“{text}”应写成 名称|型号|分类[|规格|条码|通用名|品牌|标签标准号]"
            " / --product NAME|MODEL|CATEGORY[|SPEC|GTIN|GENERIC|BRAND|LABEL_STANDARD]"
        )
    return DeclaredProduct(**dict(zip(PRODUCT_FIELDS, parts, strict=False)))


def _info_dict(info: Any) -> dict[str, Any]:
    return {
        "id": info.id, "enterprise": info.enterprise, "standard": info.standard_number,
        "title": info.standard_title, "state": info.state.value, "version": info.version_no,
        "previous_id": info.previous_id, "remote_id": info.remote_id,
        "last_error": info.last_error, "channel": info.channel,
    }  # fmt: skip


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations.records import list_declarations
    from jxdeclare.services.enterprises import find_enterprise

    owner = find_enterprise(ctx, args.enterprise).id if args.enterprise else None
    states = [DeclarationState(args.state)] if args.state else None
    rows = list_declarations(ctx, owner, states)
    if args.json:
        print_json([_info_dict(info) for info in rows])
        return EXIT_OK
    for info in rows:
        print(f"{info.id:>5}  {info.state.value:<8} {info.enterprise}  {info.standard_number}"
              f" {info.standard_title}  第{info.version_no}版")  # fmt: skip
    if not rows:
        print("没有自我声明。")
    return EXIT_OK


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import records as declarations

    info, record = declarations.get(ctx, args.id)
    problems = declarations.problems_of(ctx, args.id)
    journal = declarations.journal(ctx, args.id)
    if args.json:
        print_json({
            **_info_dict(info), "record": record.to_json(), "content_hash": record.content_hash(),
            "problems": [{"field": p.params.get("field", ""), "severity": str(p.severity),
                          "message": p.text(), "message_en": p.text("en")} for p in problems],
            "journal": [j.__dict__ for j in journal],
        })  # fmt: skip
        return EXIT_OK
    print(f"{info.standard_number} {info.standard_title}（{info.enterprise}）状态：{info.state}")
    for p in problems:
        line = labelled(p.params.get("field", ""), p.text())
        print(f"  [{'错误' if p.is_error else '警告'}] {line}")
    for j in journal:
        print(
            f"  {j.at:%Y-%m-%d %H:%M} {j.user}：{j.from_state or '—'} → {j.to_state} {j.note or ''}"
        )
    return EXIT_OK


def run_new(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import records as declarations
    from jxdeclare.services.enterprises import find_enterprise

    try:
        products = [parse_product(p) for p in args.product or []]
    except ValueError as exc:
        fail(str(exc))
        return EXIT_UNUSABLE
    # The form's fields go in with the record: a refusal leaves no half-made declaration.
    fields: dict[str, object] = {"commitment_accepted": args.accept_commitment}
    if args.statement is not None:
        fields["explicit_statement"] = args.statement
    if args.contact:
        fields["contact_name"] = args.contact
    if args.phone:
        fields["contact_phone"] = args.phone
    if args.draft is not None:
        info = declarations.new_from_draft(
            ctx, args.draft, products, disclosure=args.disclosure, fields=fields
        )
    elif args.enterprise and args.standard:
        owner = find_enterprise(ctx, args.enterprise)
        info = declarations.new_for_standard(ctx, owner.id, args.standard, products, fields)
    else:
        fail(
            "请用 --draft ID，或 --enterprise CODE --standard 编号"
            " / --draft, or --enterprise with --standard"
        )
        return EXIT_UNUSABLE
    if args.json:
        print_json(_info_dict(info))
    else:
        print(f"已建立自我声明 {info.id}：{info.standard_number} {info.standard_title}")
    return EXIT_OK


def run_queue(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import records as declarations
    from jxdeclare.services.errors import ConflictError

    failed = 0
    for declaration_id in args.ids:
        try:
            declarations.queue(ctx, [declaration_id], confirm_warnings=args.confirm_warnings)
        except declarations.NeedsConfirmation as exc:
            fail(f"{declaration_id}：{exc}（确认后加 --confirm-warnings）")
            failed += 1
        except (declarations.InvalidDeclaration, ConflictError) as exc:
            fail(f"{declaration_id}：{exc}")  # a colleague's move: the others are still queued
            failed += 1
    return EXIT_FAILED if failed else EXIT_OK


def run_export_package(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.reporting.declarations.package import write_package
    from jxdeclare.services.declarations import records as declarations

    _info, record = declarations.get(ctx, args.id)
    out = write_package(record, declarations.pdf_bytes(ctx, args.id), Path(args.out),
                        as_zip=args.zip)  # fmt: skip
    print_json({"package": str(out)}) if args.json else print(f"已导出：{out}")
    return EXIT_OK


def run_receipt(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.reporting.declarations.sheet import write_receipt_pdf
    from jxdeclare.services.declarations.receipts import receipt_of

    record, receipt = receipt_of(ctx, args.id)
    if receipt is None:
        fail(f"声明 {args.id} 还没有回执 / no receipt yet")
        return EXIT_UNUSABLE
    write_receipt_pdf(record, receipt, Path(args.pdf))
    print_json(receipt) if args.json else print(f"已写出回执：{args.pdf}")
    return EXIT_OK


def run_summary(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.reporting.declarations.sheet import write_batch_summary_xlsx
    from jxdeclare.services.declarations.receipts import summary_rows

    rows = summary_rows(ctx, args.ids or None)
    write_batch_summary_xlsx(rows, Path(args.xlsx))
    print(f"已写出 {len(rows)} 条：{args.xlsx}")
    return EXIT_OK


def run_published(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import guided_entry

    info = guided_entry.record_public_id(ctx, args.id, args.public_id)
    print_json(_info_dict(info)) if args.json else print(f"{info.standard_number}：{info.state}")
    return EXIT_OK


def run_guided(ctx: AppContext, args: argparse.Namespace) -> int:
    """The fields in platform order; like opening the guided-entry window, this changes nothing
    (``declare guided-start`` marks the record as being entered by hand)."""
    from jxdeclare.services.declarations import guided_entry
    from jxdeclare.services.errors import NotFoundError

    try:
        shown = guided_entry.view(ctx, args.id)
    except NotFoundError as exc:
        fail(str(exc))
        return EXIT_UNUSABLE
    steps = shown.steps
    if not guided_entry.is_entering(shown.info):
        fail(f"状态：{shown.info.state}。在国家平台填写前先运行"
             f" declare guided-start {args.id}，批量提交就不会再发送它。")  # fmt: skip
    if args.json:
        print_json([{"key": s.key, "label": s.label, "value": s.value, "required": s.required,
                     "status": s.status, "note": s.note} for s in steps])  # fmt: skip
        return EXIT_OK
    for n, step in enumerate(steps, start=1):
        print(f"{n:>3}. {step.label}：{step.value or '（空）'}")
    return EXIT_OK


def run_withdraw(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.portal.errors import PortalError
    from jxdeclare.services.declarations import submission
    from jxdeclare.services.errors import ServiceError
    from jxdeclare.services.portal_accounts import accounts_for

    url = args.portal or ctx.settings.get("portal_url")
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    try:
        accounts = accounts_for(url, username=args.username, password=password) if url else None
        outcome = submission.withdraw(ctx, accounts, args.id, args.reason)
    except ServiceError as exc:
        fail(str(exc))
        return EXIT_UNUSABLE
    except PortalError as exc:  # the portal refused or could not be reached: nothing changed
        fail(str(exc))
        return EXIT_FAILED
    print_json(outcome.__dict__) if args.json else print(
        f"{outcome.standard_number}：{outcome.state}"
    )
    return EXIT_OK


def run_submit(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.declarations import settlement, submission
    from jxdeclare.services.errors import ServiceError
    from jxdeclare.services.portal_accounts import accounts_for, checked_portal_url

    if not args.all_queued and not args.ids:
        fail("请给出声明编号，或用 --all-queued 提交全部已排队的 / name IDS or --all-queued")
        return EXIT_UNUSABLE
    ids = None if args.all_queued else args.ids
    if args.dry_run:
        url = args.portal or ctx.settings.get("portal_url")
        try:  # checked as a real submit checks it; listing the plan needs none
            if url:
                checked_portal_url(url)
        except ServiceError as exc:
            fail(str(exc))
            return EXIT_UNUSABLE
        plan = submission.plan(ctx, ids)
        if args.json:
            print_json(plan)
        else:
            for item in plan:
                blocked = "；".join(item["problems"])
                print(f"{item['id']:>5} {item['enterprise']} {item['standard']}"
                      f"  key {item['idempotency_key'][:12]}…  {blocked or '可提交'}")  # fmt: skip
            print(f"共 {len(plan)} 条，未发送（--dry-run）。")
        return EXIT_FAILED if any(item["problems"] for item in plan) else EXIT_OK
    url = args.portal or ctx.settings.get("portal_url")
    if not url:
        fail("请用 --portal 指定交换接口地址，或在设置中填写 / --portal URL is required")
        return EXIT_UNUSABLE
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    options = {} if args.retries is None else {"retries": args.retries}
    try:
        accounts = accounts_for(url, username=args.username, password=password, **options)
    except ServiceError as exc:  # an insecure address: nothing is sent
        fail(str(exc))
        return EXIT_UNUSABLE

    def progress(done: int, total: int, text: str) -> None:
        if not args.json:
            print(f"[{done}/{total}] {text}", flush=True)

    answerable = settlement.answerable(ctx, ids)
    result = submission.submit(ctx, accounts, ids, concurrency=args.concurrency, progress=progress)
    left = settlement.unsettled(ctx, answerable, result)
    if args.json:
        print_json({**result.as_dict(), "unsettled": [item.__dict__ for item in left]})
    else:
        _print_summary(result, left)
    bad = [i for i in result.items if i.state.startswith("失败")] + result.skipped
    return EXIT_FAILED if bad or left else EXIT_OK


def _print_summary(result: SubmitSummary, left: list[Unsettled]) -> None:
    for item in result.skipped:
        print(f"未提交 {item.standard_number}（{item.enterprise}）：{item.message}")
    for item in left:
        print(f"未了结 {item.standard_number}（{item.enterprise}，{item.state}）：{item.message}")
    print(f"已提交 {len(result.items)} 条：待确认 {result.count(DeclarationState.PENDING)}，"
          f"已公开 {result.count(DeclarationState.PUBLISHED)}，"
          f"提交中 {result.count(DeclarationState.SUBMITTING)}，"
          f"失败 {sum(1 for i in result.items if i.state.startswith('失败'))}；"
          f"对账 {len(result.reconciled)} 条；未了结 {len(left)} 条。")  # fmt: skip
    if result.count(DeclarationState.SUBMITTING):
        print("提交中：已发出但平台的应答丢失，结果未知；下次 submit 先按幂等键向平台核对，"
              "平台已有的不会重复发送。")  # fmt: skip


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from jxdeclare.cli.declare_moves import add_moves

    declare = subparsers.add_parser("declare", parents=[common],
                                    help="自我声明 / self-declarations")  # fmt: skip
    sub = declare.add_subparsers(dest="declare_command", required=True)

    p = sub.add_parser("list", parents=[common], help="列出自我声明")
    p.add_argument("--enterprise", metavar="CODE")
    p.add_argument("--state", choices=[s.value for s in DeclarationState])
    p.set_defaults(handler=run_list)

    p = sub.add_parser("show", parents=[common], help="查看一条声明：内容、问题、状态记录")
    p.add_argument("id", type=int)
    p.set_defaults(handler=run_show)

    p = sub.add_parser("new", parents=[common], help="新建自我声明")
    p.add_argument("--draft", type=int, help="本企业标准（标准草稿编号）")
    p.add_argument("--enterprise", metavar="CODE", help="与 --standard 同用")
    p.add_argument("--standard", metavar="NUMBER", help="执行的国家/行业/地方/团体标准编号")
    p.add_argument("--product", action="append", metavar="名称|型号|分类[|…]")
    p.add_argument("--disclosure", choices=["full_text", "indicators"], default="full_text")
    p.add_argument("--accept-commitment", action="store_true", help="确认自我声明承诺")
    p.add_argument("--statement", help="明示说明（指标低于推荐性标准时）")
    p.add_argument("--contact")
    p.add_argument("--phone")
    p.set_defaults(handler=run_new)

    p = sub.add_parser("queue", parents=[common], help="校验并排队等待提交")
    p.add_argument("ids", type=int, nargs="+")
    p.add_argument("--confirm-warnings", action="store_true", help="确认警告（如低于推荐性标准）")
    p.set_defaults(handler=run_queue)

    p = sub.add_parser("export-package", parents=[common], help="导出国家平台录入资料包")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, help="目标文件夹")
    p.add_argument("--zip", action="store_true", help="打成 .zip")
    p.set_defaults(handler=run_export_package)

    p = sub.add_parser("guided", parents=[common],
                       help="人工录入：按平台顺序列出每个字段（不改变状态）")  # fmt: skip
    p.add_argument("id", type=int)
    p.add_argument("--confirm-warnings", action="store_true", help=argparse.SUPPRESS)  # old scripts
    p.set_defaults(handler=run_guided)

    p = sub.add_parser("published", parents=[common], help="登记国家平台上的公开编号或网址")
    p.add_argument("id", type=int)
    p.add_argument("public_id", metavar="PUBLIC_ID_OR_URL")
    p.set_defaults(handler=run_published)

    p = sub.add_parser("withdraw", parents=[common], help="撤销已公开的声明")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.add_argument("--portal", metavar="URL", help="交换接口地址（经接口公开的声明）")
    p.add_argument("--username")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=run_withdraw)

    p = sub.add_parser("receipt", parents=[common], help="导出回执 PDF")
    p.add_argument("id", type=int)
    p.add_argument("--pdf", required=True)
    p.set_defaults(handler=run_receipt)

    p = sub.add_parser("summary", parents=[common], help="导出提交汇总 Excel")
    p.add_argument("ids", type=int, nargs="*")
    p.add_argument("--xlsx", required=True)
    p.set_defaults(handler=run_summary)

    add_moves(sub, common)

    p = subparsers.add_parser("submit", parents=[common], help="通过交换接口批量提交 / submit")
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument("--all-queued", action="store_true", help="提交全部已排队的声明")
    p.add_argument("--portal", metavar="URL", help="交换接口地址（默认取设置）")
    p.add_argument("--dry-run", action="store_true", help="只校验并列出将发送的内容，不发送")
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--username", help="平台账号（系统没有密码库时与 --password-stdin 同用）")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取平台密码")
    p.add_argument("--retries", type=int, metavar="N",
                   help="每个请求失败后最多重试的次数（默认 5） / retries per request")  # fmt: skip
    p.set_defaults(handler=run_submit)
