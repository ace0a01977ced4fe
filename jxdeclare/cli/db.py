"""`jxdeclare-cli db info|upgrade`."""

from __future__ import annotations

import argparse

from jxdeclare.cli.output import print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.services.context import AppContext


def run_info(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.store.migrate import schema_status

    status = schema_status(ctx.engine)
    info = {
        "home": str(ctx.home),
        "database": ctx.display_db,
        "backend": ctx.engine.dialect.name,
        "revision": status.current,
        "head": status.head,
        "up_to_date": status.up_to_date,
        "known": status.known,
    }
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


def run_upgrade(ctx: AppContext, args: argparse.Namespace) -> int:
    backup = ctx.ensure_schema()
    if args.json:
        print_json({"backup": str(backup) if backup else None, "revision": "head"})
    else:
        print("数据库已是最新结构。" + (f"升级前的备份：{backup}" if backup else ""))
    return 0


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    add_group(
        subparsers,
        "db",
        "数据库 / database",
        common,
        [
            ("info", run_info, "数据库位置与结构版本 / location and schema"),
            ("upgrade", run_upgrade, "升级数据库结构（先备份）/ migrate (after a backup)"),
        ],
    )
