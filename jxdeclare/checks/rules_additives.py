"""Food additives the document allows that GB 2760—2024 does not permit for the product."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jxdeclare.domain.indicators import requirement_of_row

from .context import CheckContext
from .limits import indicator_rows
from .registry import Category, Hit, Severity, rule

# Product → the GB 2760—2024 food categories of the pack's additives table that cover it, as the
# pack's categories table records them (米粉/米线: 06.02.02 大米制品 or 06.02.04 米粉制品; 白酒:
# 15.01.01; the tea category 16.02.01 permits no additive and has no row to list).
ADDITIVE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "米粉/米线": ("大米制品", "米粉制品"),
    "白酒(浓香型)": ("白酒",), "白酒(清香型)": ("白酒",),
    "白酒(酱香型)": ("白酒",), "白酒(特香型)": ("白酒",),
}  # fmt: skip
ALLOWING = re.compile(r"(?<![不未])(?:可|允许|可以)(?:添加|使用|加入)")


def _name(additive: str) -> str:
    """ "脱氢乙酸及其钠盐" → "脱氢乙酸": documents name the acid, its salt or both."""
    return re.split(r"及其|和|\(", additive)[0]


def not_permitted(ctx: CheckContext) -> list[dict[str, Any]]:
    if ctx.pack is None:
        return []
    categories = ADDITIVE_CATEGORIES.get(ctx.category, ())
    rows = ctx.pack.tables.get("additives", [])
    return [r for r in rows if r["category"] in categories and r["permitted"] is False]


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


def _hits(ctx: CheckContext) -> Iterator[Hit]:
    banned = not_permitted(ctx)
    for at in indicator_rows(ctx):
        requirement = requirement_of_row(at.row.comparator, at.row.value, at.row.unit)
        allows = requirement.kind in ("max", "range", "exact") and (requirement.high or 0) > 0
        for additive in banned:
            if allows and _name(additive["additive"]) in at.row.item:
                yield _hit(ctx, at.location, additive)
    for passage in ctx.passages():
        for match in ALLOWING.finditer(passage.text):
            sentence = re.split(r"[。；;]", passage.text[match.start() :], maxsplit=1)[0]
            for additive in banned:
                if _name(additive["additive"]) in sentence:
                    yield _hit(ctx, passage.location, additive)


def _hit(ctx: CheckContext, where: Any, additive: dict[str, Any]) -> Hit:
    return Hit(where, {"additive": additive["additive"], "category": additive["category"]},
               {"standard": additive["standard"], "food_category": additive.get(
                   "food_category_code") or "", "pack": ctx.pack_label})  # fmt: skip
