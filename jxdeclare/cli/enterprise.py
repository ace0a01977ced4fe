"""`jxdeclare-cli enterprise add|list|show|import|export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jxdeclare.cli.output import fail_file, list_capped, print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.services import enterprise_excel, enterprises
from jxdeclare.services.context import AppContext

COLUMNS = ("id", "name", "uscc", "code", "city")


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    data = enterprises.EnterpriseInput(
        name=args.name,
        uscc=args.uscc,
        code=args.code,
        contact=args.contact,
        phone=args.phone,
        address=args.address,
        uscc_confirmed=args.as_printed,
    )
    record = enterprises.add_enterprise(ctx, data)
    if args.json:
        print_json(record.as_dict())
    else:
        print(f"已添加企业 {record.id}：{record.name}（{record.uscc}）")
    return 0


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    records = enterprises.list_enterprises(ctx, args.search or "")
    if args.json:
        print_json([record.as_dict() for record in records])
        return 0
    for record in records:
        print("\t".join(str(getattr(record, column) or "") for column in COLUMNS))
    return 0


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    record = enterprises.get_enterprise(ctx, args.key)
    if args.json:
        print_json(record.as_dict())
        return 0
    for key, label in (*enterprises.FIELD_LABELS.items(), ("city", "所在地")):
        print(f"{label}：{getattr(record, key) or ''}")
    if record.uscc_confirmed:
        print(f"{enterprises.CONFIRMED_LABEL}：是（校验码不符，已确认与营业执照一致）")
    return 0


def run_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.domain.limits import MAX_LISTED_ROW_ERRORS
    from jxdeclare.services.errors import InputFileError

    try:
        report = enterprise_excel.import_enterprises(ctx, Path(args.file))
    except InputFileError as exc:
        return fail_file(args.file, str(exc))
    if args.json:
        print_json(
            {
                "imported": report.imported,
                "skipped": report.skipped,
                "errors": [vars(error) for error in report.errors],
            }
        )
    list_capped([str(error) for error in report.errors], MAX_LISTED_ROW_ERRORS)
    if report.errors:
        print(
            f"文件有 {len(report.errors)} 处错误，未导入任何企业。"
            f" / {len(report.errors)} error(s); nothing imported.",
            file=sys.stderr,
        )
        return 1
    if not args.json:
        print(f"已导入 {report.imported} 家企业，跳过已存在的 {len(report.skipped)} 家。")
    return 0


def run_export(ctx: AppContext, args: argparse.Namespace) -> int:
    count = enterprise_excel.export_enterprises(ctx, Path(args.file))
    if args.json:
        print_json({"exported": count, "file": str(args.file)})
    else:
        print(f"已导出 {count} 家企业到 {args.file}")
    return 0


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaves = add_group(
        subparsers,
        "enterprise",
        "企业 / enterprises",
        common,
        [
            ("add", run_add, "添加企业 / add"),
            ("list", run_list, "列出企业 / list"),
            ("show", run_show, "查看企业 / show"),
            ("import", run_import, "从 Excel 导入 / import .xlsx"),
            ("export", run_export, "导出到 Excel / export .xlsx"),
        ],
    )
    add = leaves["add"]
    add.add_argument("--name", required=True, help="企业名称")
    add.add_argument("--uscc", required=True, help="统一社会信用代码")
    add.add_argument("--code", help="企业代号（Q/ 后的代号）")
    add.add_argument(
        "--as-printed",
        action="store_true",
        help="代码与营业执照一致（确认无误）：校验码不符的早期代码须加此项才能保存",
    )
    for option in ("--contact", "--phone", "--address"):
        add.add_argument(option)
    leaves["list"].add_argument("--search", help="按名称或信用代码筛选")
    leaves["show"].add_argument("key", help="企业编号或统一社会信用代码")
    leaves["import"].add_argument("file")
    leaves["export"].add_argument("file")
