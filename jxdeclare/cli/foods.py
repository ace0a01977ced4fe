"""`jxdeclare-cli catalog categories|limits`: the food-category trees and what holds for a node."""

from __future__ import annotations

import argparse
import re
from datetime import date

from jxdeclare.cli.output import fail, print_json
from jxdeclare.services.context import AppContext
from jxdeclare.services.errors import ServiceError


def run_categories(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.food_categories import category_rows

    rows = category_rows(ctx, args.search or "", args.tree or "")
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['tree']}\t{row['code']}\t{row['path']}")
        if not rows:
            print("未找到 nothing found")
    return 0


def run_limits(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services import food_categories as foods

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError:
        fail(f"日期“{args.as_of}”应为 YYYY-MM-DD 格式 / --as-of must be YYYY-MM-DD")
        return 2
    try:
        chosen = foods.resolve(ctx, args.category)
        rows = foods.additives_for(ctx, args.category) if args.additives else foods.limits_for(
            ctx, args.category, as_of)  # fmt: skip
    except ServiceError as exc:
        fail(str(exc))
        return 2
    if args.json:
        print_json(rows)
        return 0
    print(foods.active_foods(ctx).describe(chosen))
    for r in rows:
        if args.additives:
            level = (
                "按生产需要适量使用"
                if r["max_level"] is None
                else f"{r['max_level']:g} {r['unit']}"
            )
            note = re.sub(r"按生产需要适量使用；?", "", r["note"]).strip("；")  # already the level
            where = "，".join(str(part) for part in (r["code"], note) if part)
            page = f"，第{r['page']}页" if r["page"] else ""
            verdict = f"允许 {level}（{where}{page}）" if r["permitted"] else "不允许"
            print(f"  {r['additive']}：{verdict}")
        else:
            basis = f"（{r['basis']}）" if r["basis"] else ""
            value = "" if r["value"] is None else f"{r['value']:g}"
            where = f"{r['standard']} {r['table'] or r['clause'] or ''}"
            print(f"  {r['item']} {r['comparator']}{value} {r['unit'] or ''}{basis}  {where}  "
                  f"{r['category']}")  # fmt: skip
    return 0


def add_arguments(catalog: dict[str, argparse.ArgumentParser]) -> None:
    categories = catalog["categories"]
    categories.add_argument("--search", metavar="TEXT", help="名称的一部分或代码的开头")
    categories.add_argument("--tree", choices=("gb2760", "gb2762"), help="只列一个分类体系")
    limits = catalog["limits"]
    limits.add_argument(
        "--category", required=True, metavar="NAME_OR_CODE",
        help="产品名，或 GB 2762 附录A / GB 2760 表E.1 的类别名称或代码",
    )  # fmt: skip
    limits.add_argument("--as-of", help="日期 YYYY-MM-DD，默认今天")
    limits.add_argument("--additives", action="store_true",
                        help="列出 GB 2760—2024 对该类别的食品添加剂规定")  # fmt: skip
