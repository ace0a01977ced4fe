"""`jxdeclare-cli pack build|snapshot|verify|import|activate|list|rollback|diff`, `catalog …`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.cli.foods import add_arguments as add_food_arguments
from jxdeclare.cli.foods import run_categories, run_limits
from jxdeclare.cli.output import fail, fail_file, print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.services.catalog import (
    activate_pack,
    diff_with_active,
    listed_packs,
    load_active,
    pack_store,
    rollback_pack,
)
from jxdeclare.services.context import AppContext


def _print(args: argparse.Namespace, data: object, text: str) -> int:
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def run_build(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.catalog.build import build
    from jxdeclare.catalog.signing import load_or_create, public_hex

    key, created = load_or_create(Path(args.key)) if args.key else (None, False)
    if key is not None and args.public_key:
        Path(args.public_key).write_text(public_hex(key) + "\n", encoding="ascii")
    meta = {
        "pack_id": args.pack_id,
        "version": args.version,
        "as_of": args.as_of,
        "publisher": args.publisher,
    }
    build(Path(args.source), Path(args.out), meta, key)
    note = f"（新生成签名密钥 new signing key: {args.key}）" if created else ""
    return _print(
        args,
        {"file": args.out, "signed": key is not None, "new_key": created},
        f"已生成 built: {args.out}{note}",
    )


def run_snapshot(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.catalog.snapshot import import_snapshot

    meta = {
        "pack_id": args.pack_id,
        "version": args.version,
        "as_of": args.as_of,
        "publisher": args.publisher,
        "created": f"{args.as_of}T00:00:00+00:00",
    }
    report = import_snapshot(Path(args.file), Path(args.out), meta)
    for error in report.errors:
        print(str(error), file=sys.stderr)
    if report.errors:
        fail(
            f"有 {len(report.errors)} 处错误，未生成数据包。/ {len(report.errors)} error(s);"
            " no pack written."
        )
        return 1
    return _print(
        args,
        {"file": args.out, "standards": report.rows, "signed": False},
        f"已生成未签名数据包 built unsigned pack: {args.out}（{report.rows} 项标准）",
    )


def run_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    pack = open_pack(Path(args.file), trusted_keys(), allow_unsigned=args.allow_unsigned)
    rows = {table: len(rows) for table, rows in pack.tables.items()}
    label = "已签名 signed" if pack.signed else "未签名 unsigned"
    return _print(
        args,
        {
            "pack_id": pack.pack_id,
            "version": pack.version,
            "signed": pack.signed,
            "as_of": pack.manifest["as_of"],
            "rows": rows,
        },
        f"{pack.pack_id} {pack.version}（{label}）校验通过 verified: {rows}",
    )


def run_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.catalog.pack import PackError

    try:
        stored = pack_store(ctx).import_pack(Path(args.file), allow_unsigned=args.allow_unsigned)
    except PackError as exc:
        if not exc.unreadable:
            raise  # a readable pack refused (signature, contents): exit 1 as before
        return fail_file(args.file, str(exc))  # damaged or hostile: unusable input
    return _print(args, asdict(stored), f"已导入 imported: {stored.file}")


def run_activate(ctx: AppContext, args: argparse.Namespace) -> int:
    stored, affected = activate_pack(ctx, args.file)
    return _print_switch(args, stored, affected, f"已启用 activated: {stored.file}")


def run_rollback(ctx: AppContext, args: argparse.Namespace) -> int:
    stored, affected = rollback_pack(ctx)
    return _print_switch(args, stored, affected, f"已回退到 rolled back to: {stored.file}")


def _print_switch(args: argparse.Namespace, stored: Any, affected: list[Any], text: str) -> int:
    """The pack now active, and the stored enterprise standards the change affects."""
    lines = [text]
    if affected:
        lines.append(f"受影响的企业标准 {len(affected)} 项 / affected enterprise standards:")
        lines += [f"  {a.number} {a.title}：{'；'.join(a.reasons)}" for a in affected]
    return _print(args, asdict(stored) | {"affected": [asdict(a) for a in affected]},
                  "\n".join(lines))  # fmt: skip


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """The bundled pack (内置) and the imported ones; "*" marks the one in use."""
    packs = listed_packs(ctx)
    if args.json:
        return _print(args, [{**asdict(p), "active": active} for p, active in packs], "")
    for pack, active in packs:
        marks = [m for m, on in (("内置 builtin", pack.builtin), ("当前使用 active", active)) if on]
        signature = "已签名 signed" if pack.signed else "未签名 unsigned"
        print(("* " if active else "  ") + "\t".join([
            pack.file, pack.as_of, f"{pack.pack_id} {pack.version}", pack.publisher, signature,
            "，".join(marks)]).rstrip())  # fmt: skip
    return 0


def run_diff(ctx: AppContext, args: argparse.Namespace) -> int:
    new = open_pack(Path(args.file), trusted_keys(), allow_unsigned=args.allow_unsigned)
    change = diff_with_active(ctx, new)
    return _print(
        args,
        asdict(change),
        "\n".join(
            [f"+ {n}" for n in change.standards_added]
            + [f"- {n}" for n in change.standards_removed]
            + [f"~ {n}: {c}" for n, c in change.standards_changed.items()]
            + [f"~ {c['key']}: {c['old']} → {c['new']}" for c in change.limits_changed]
        )
        or "无变化 no changes",
    )


def _as_of(text: str | None) -> date | None:
    """The --as-of date (today when absent); None after telling the user it is malformed."""
    try:
        return date.fromisoformat(text) if text else date.today()
    except ValueError:
        fail(f"日期“{text}”应为 YYYY-MM-DD 格式 / --as-of must be YYYY-MM-DD")
        return None


def run_search(ctx: AppContext, args: argparse.Namespace) -> int:
    as_of = _as_of(args.as_of)
    if as_of is None:
        return 2
    rows = load_active(ctx).search(args.text, as_of, args.limit)
    found = [{"number": r.number, "title": r.title, "status": str(r.status.status)} for r in rows]
    text = "\n".join(f"{f['number']}\t{f['status']}\t{f['title']}" for f in found)
    return _print(args, found, text or "未找到 nothing found")


def run_status(ctx: AppContext, args: argparse.Namespace) -> int:
    as_of = _as_of(args.as_of)
    if as_of is None:
        return 2
    result = load_active(ctx).editions.status(args.number, as_of)
    chain = " → ".join(result.chain)
    return _print(args, result.as_dict(), f"{result.number}：{result.status}  {chain}")


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    packs = add_group(
        subparsers,
        "pack",
        "数据包 / data packs",
        common,
        [
            ("build", run_build, "由 CSV 源文件生成数据包 / build a pack from CSV sources"),
            ("snapshot", run_snapshot, "由标准目录快照生成未签名数据包 / pack from a snapshot"),
            ("verify", run_verify, "校验数据包 / verify a pack file"),
            ("import", run_import, "校验并导入 / verify and import"),
            ("activate", run_activate, "启用已导入的数据包 / activate"),
            ("list", run_list, "内置和已导入的数据包 / bundled and imported packs"),
            ("rollback", run_rollback, "回退到上一个数据包 / roll back"),
            ("diff", run_diff, "与当前数据包比较 / compare with the active pack"),
        ],
    )
    for name in ("verify", "import", "diff"):
        packs[name].add_argument("file")
        packs[name].add_argument(
            "--allow-unsigned",
            action="store_true",
            help="允许未签名的数据包（机构自建）/ accept an unsigned pack",
        )
    snapshot = packs["snapshot"]
    snapshot.add_argument("file", help="目录快照 .csv 或 .xlsx（列见 docs/data-packs.md）")
    snapshot.add_argument("--out", required=True)
    snapshot.add_argument("--pack-id", default="agency-snapshot")
    snapshot.add_argument("--version", required=True)
    snapshot.add_argument("--as-of", required=True, help="快照日期 YYYY-MM-DD")
    snapshot.add_argument("--publisher", default="")
    build = packs["build"]
    build.add_argument("--source", required=True, help="CSV 源文件目录 / folder of table CSVs")
    build.add_argument("--out", required=True, help="输出的 .jxpack 文件")
    build.add_argument("--key", help="Ed25519 私钥 PEM（不存在则生成；勿提交）/ private key")
    build.add_argument("--public-key", help="写出公钥（十六进制）/ write the public key here")
    build.add_argument("--pack-id", default="jxdeclare-default")
    build.add_argument("--version", required=True)
    build.add_argument("--as-of", required=True, help="数据截至日期 YYYY-MM-DD")
    build.add_argument("--publisher", default="jxdeclare")
    packs["activate"].add_argument("file", help="pack list 中的文件名 / a name from pack list")
    catalog = add_group(
        subparsers,
        "catalog",
        "标准目录 / catalogue",
        common,
        [
            ("status", run_status, "标准在某日的状态 / status on a date"),
            ("search", run_search, "按编号或名称检索 / search by number or title"),
            ("categories", run_categories, "食品分类（GB 2762 附录A、GB 2760 表E.1）/ categories"),
            ("limits", run_limits, "某类别适用的强制性限量 / limits for a category"),
        ],
    )
    add_food_arguments(catalog)
    catalog["search"].add_argument("text")
    catalog["search"].add_argument("--limit", type=int, default=50)
    catalog["status"].add_argument("number")
    for name in ("status", "search"):
        catalog[name].add_argument("--as-of", help="日期 YYYY-MM-DD，默认今天")
