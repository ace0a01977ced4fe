"""Which product category the indicator rules used, or why they could not run."""

from __future__ import annotations

from collections.abc import Iterator

from jxdeclare.catalog.foods import foods_of

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule

WHERE = Location("product_category", "封面")


@rule(
    "C001", Category.COMPLETENESS, Severity.INFO,
    title="产品类别由标准名称推断",
    explanation="指标要与产品类别适用的强制性标准限量比较（如米粉/米线按 GB 2762—2025 附录A 归入"
    "谷物制品）。文件没有写明类别时，软件按标准名称或范围推断，推断可能有误。",
    message="按{where}中的“{words}”，产品类别推断为“{category}”，请确认",
    message_en="Product category inferred as {category} from {words_en} in the {where_en}: "
    "please confirm",
    suggestion="如不正确，请明确选择产品类别后重新检查。",
    title_en="Product category inferred from the title",
    explanation_en="Indicators are compared with the limits of the mandatory standards for "
    "the product category (rice noodles, for example, are cereal products in GB 2762—2025 "
    "Annex A). When the document does not state its category, the software infers it from the "
    "title or the scope, and the inference may be wrong.",
    suggestion_en="If it is wrong, choose the product category explicitly and check again.",
    needs=("pack",),
)  # fmt: skip
def inferred_category(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.category_inferred and ctx.pack is not None:
        matches = [c for c in ctx.candidates if c.product == ctx.category] or ctx.candidates
        found = list(dict.fromkeys(w for c in matches for w in c.words)) or [ctx.category]
        in_title = not matches or matches[0].where == "title"
        label = foods_of(ctx.pack).describe(ctx.food)
        yield Hit(WHERE, {
            "category": label, "where": "标准名称" if in_title else "范围",
            "where_en": "title" if in_title else "scope",
            "words": "、".join(found), "words_en": ", ".join(f"“{w}”" for w in found if w),
        })  # fmt: skip


@rule(
    "C002", Category.COMPLETENESS, Severity.WARNING,
    title="未选择产品类别",
    explanation="不知道产品类别，就无法确定适用哪些强制性标准的限量（GB 2762—2025 附录A、"
    "GB 2760—2024 表E.1 的食品类别）；与限量比较、缺少项目和食品添加剂的检查因此没有运行，"
    "宽于限量的指标不会被发现。",
    message="未选择产品类别，未与强制性限量比较{hint}",
    message_en="No product category chosen: indicators were not compared with mandatory "
    "limits{hint_en}",
    suggestion="选择产品类别（界面中点“选择类别”，命令行 --category 产品名或类别代码）后重新检查。",
    title_en="No product category chosen",
    explanation_en="Without the product category it is unknown which limits of mandatory "
    "standards apply (the food categories of GB 2762—2025 Annex A and GB 2760—2024 Table "
    "E.1); the comparison with limits and the checks for missing items and food additives "
    "therefore did not run, and indicators looser than a limit go unnoticed.",
    suggestion_en="Choose the product category (“Choose category…” in the interface, "
    "--category with a product name or category code on the command line) and check again.",
    needs=("pack",),
)  # fmt: skip
def unknown_category(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.food and ctx.document.template_id != "service":
        names = [c.product for c in ctx.candidates[:5]]
        hint = f"（可能是：{'、'.join(names)}）" if names else ""
        hint_en = f" (possibly: {', '.join(names)})" if names else ""
        yield Hit(WHERE, {"hint": hint, "hint_en": hint_en},
                  {"candidates": "、".join(c.product for c in ctx.candidates)})  # fmt: skip
