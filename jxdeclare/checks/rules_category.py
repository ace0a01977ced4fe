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
    message_en="Product category inferred as {category} from “{words}”: please confirm",
    suggestion="如不正确，请明确选择产品类别后重新检查。",
    needs=("pack",),
)  # fmt: skip
def inferred_category(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.category_inferred and ctx.pack is not None:
        matches = [c for c in ctx.candidates if c.product == ctx.category] or ctx.candidates
        words = "、".join(dict.fromkeys(w for c in matches for w in c.words)) or ctx.category
        where = "标准名称" if not matches or matches[0].where == "title" else "范围"
        label = foods_of(ctx.pack).describe(ctx.food)
        yield Hit(WHERE, {"category": label, "words": words, "where": where})


@rule(
    "C002", Category.COMPLETENESS, Severity.WARNING,
    title="未选择产品类别",
    explanation="不知道产品类别，就无法确定适用哪些强制性标准的限量（GB 2762—2025 附录A、"
    "GB 2760—2024 表E.1 的食品类别）；与限量比较、缺少项目和食品添加剂的检查因此没有运行，"
    "宽于限量的指标不会被发现。",
    message="未选择产品类别，未与强制性限量比较{hint}",
    message_en="No product category chosen: indicators were not compared with mandatory limits",
    suggestion="选择产品类别（界面中点“选择类别”，命令行 --category 产品名或类别代码）后重新检查。",
    needs=("pack",),
)  # fmt: skip
def unknown_category(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.food and ctx.document.template_id != "service":
        names = "、".join(c.product for c in ctx.candidates[:5])
        hint = f"（可能是：{names}）" if names else ""
        yield Hit(
            WHERE, {"hint": hint}, {"candidates": "、".join(c.product for c in ctx.candidates)}
        )
