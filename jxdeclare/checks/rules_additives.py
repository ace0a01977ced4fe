"""Food additives the document allows that GB 2760—2024 does not permit for the product."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jxdeclare.catalog.foods import foods_of, permissions
from jxdeclare.domain.indicators import requirement_of_row

from .context import CheckContext
from .limits import indicator_rows
from .registry import Category, Hit, Severity, rule

# Packs made before the GB 2760 tree (no Table A.1 rows): product → the categories of their
# hand-curated additive rows.
LEGACY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "米粉/米线": ("大米制品", "米粉制品"),
    "白酒(浓香型)": ("白酒",), "白酒(清香型)": ("白酒",),
    "白酒(酱香型)": ("白酒",), "白酒(特香型)": ("白酒",),
}  # fmt: skip
AS_COUNTED = re.compile(r"[(（]以[^)）]*计[)）]")
ALLOWING = re.compile(r"(?<![不未])(?:可|允许|可以)(?:添加|使用|加入)")


def _name(additive: str) -> str:
    """ "脱氢乙酸及其钠盐" → "脱氢乙酸": documents name the acid, its salt or both."""
    return re.split(r"及其|和|\(", additive)[0]


def not_permitted(ctx: CheckContext) -> list[dict[str, Any]]:
    return ctx.once("not_permitted", lambda: _not_permitted(ctx))


def _not_permitted(ctx: CheckContext) -> list[dict[str, Any]]:
    if ctx.pack is None:
        return []
    rows = ctx.pack.tables.get("additives", [])
    if not any(r.get("table") == "A.1" for r in rows):
        categories = LEGACY_CATEGORIES.get(ctx.category, ())
        return [r for r in rows if r["category"] in categories and r["permitted"] is False]
    foods = foods_of(ctx.pack)
    code = ctx.food.gb2760
    if not code:
        return []
    node = foods.trees["gb2760"].get(code)
    category = f"{code} {node.name}" if node else code
    found = ctx.pack.derived(f"permissions {code}",
                             lambda: permissions(foods.trees["gb2760"], code, rows))  # fmt: skip
    return [
        {"additive": p.additive, "category": category, "standard": p.standard,
         "food_category_code": code}
        for p in found if not p.permitted
    ]  # fmt: skip


@rule(
    "I006", Category.LEGALITY, Severity.ERROR,
    title="允许使用产品类别不允许的食品添加剂",
    explanation="食品添加剂的使用应符合 GB 2760—2024，该标准未列出的添加剂在该食品类别中不得使用"
    "（如米粉、米线不得使用脱氢乙酸及其钠盐、苯甲酸、山梨酸；2026年抽检细则将其列为检验项目）。",
    message="本文件允许使用“{additive}”，GB 2760—2024 未允许在{category}中使用",
    message_en="The document allows “{additive}”, which GB 2760—2024 does not permit in {category}",
    suggestion="删除该添加剂，或在指标中规定“{additive}：不得使用”。",
    needs=("pack", "category"),
)  # fmt: skip
def forbidden_additive(ctx: CheckContext) -> Iterator[Hit]:
    seen: set[tuple[str, str]] = set()  # one finding per place and additive, whatever the rows
    for hit in _hits(ctx):
        key = (hit.location.path, _name(hit.params["additive"]))
        if key not in seen:
            seen.add(key)
            yield hit


def _banned_names(ctx: CheckContext) -> tuple[re.Pattern[str] | None, dict[str, list[Any]]]:
    """One pattern of every not-permitted additive's name (longest first, so 对羟基苯甲酸酯类 is
    not read as 苯甲酸), and the additive rows each name stands for."""

    def build() -> tuple[re.Pattern[str] | None, dict[str, list[Any]]]:
        by_name: dict[str, list[Any]] = {}
        for additive in not_permitted(ctx):
            by_name.setdefault(_name(additive["additive"]), []).append(additive)
        names = sorted((n for n in by_name if n), key=len, reverse=True)
        return (re.compile("|".join(map(re.escape, names))) if names else None), by_name

    if ctx.pack is None or not any(r.get("table") == "A.1" for r in ctx.pack.tables["additives"]):
        return build()
    return ctx.pack.derived(f"banned names {ctx.food.gb2760}", build)


def _hits(ctx: CheckContext) -> Iterator[Hit]:
    pattern, by_name = _banned_names(ctx)
    if pattern is None:
        return
    for at in indicator_rows(ctx):
        item = AS_COUNTED.sub("", at.row.item)  # 可滴定酸(以柠檬酸计) allows no 柠檬酸
        if not (named := pattern.findall(item)):
            continue
        requirement = requirement_of_row(at.row.comparator, at.row.value, at.row.unit)
        if requirement.kind in ("max", "range", "exact") and (requirement.high or 0) > 0:
            for name in named:
                yield from (_hit(ctx, at.location, additive) for additive in by_name[name])
    for passage in ctx.passages():
        for match in ALLOWING.finditer(passage.text):
            sentence = re.split(r"[。；;]", passage.text[match.start() :], maxsplit=1)[0]
            for name in pattern.findall(sentence):
                yield from (_hit(ctx, passage.location, additive) for additive in by_name[name])


def _hit(ctx: CheckContext, where: Any, additive: dict[str, Any]) -> Hit:
    return Hit(where, {"additive": additive["additive"], "category": additive["category"]},
               {"standard": additive["standard"], "food_category": additive.get(
                   "food_category_code") or "", "pack": ctx.pack_label})  # fmt: skip
