"""Which product category the indicator rules used, or why they could not run."""

from __future__ import annotations

from collections.abc import Iterator

from .context import CheckContext
from .registry import Category, Hit, Location, Severity, rule

WHERE = Location("product_category", "封面")


@rule(
    "C001", Category.COMPLETENESS, Severity.INFO,
    title="产品类别由标准名称推断",
    explanation="指标要与产品类别适用的强制性标准限量比较（如米粉/米线按 GB 2762—2025 附录A 归入"
    "谷物制品）。文件没有写明类别时，软件按标准名称或范围推断，推断可能有误。",
    message="按标准名称或范围，产品类别推断为“{category}”",
    message_en="Product category inferred from the title or scope: {category}",
    suggestion="如不正确，请明确选择产品类别后重新检查。",
    needs=("pack",),
)  # fmt: skip
def inferred_category(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.category_inferred:
        yield Hit(WHERE, {"category": ctx.category})


@rule(
    "C002", Category.COMPLETENESS, Severity.INFO,
    title="无法确定产品类别",
    explanation="不知道产品类别，就无法确定适用哪些强制性标准的限量；"
    "与限量比较和缺少项目的检查因此没有运行。",
    message="无法确定产品类别，指标与强制性限量的比较未运行",
    message_en="Unknown product category: indicators were not compared with mandatory limits",
    suggestion="明确选择产品类别（命令行 --category，界面中的类别选择）后重新检查。",
    needs=("pack",),
)  # fmt: skip
def unknown_category(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.category and ctx.document.template_id != "service":
        yield Hit(WHERE)
