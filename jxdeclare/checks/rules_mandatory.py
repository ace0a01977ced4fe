"""The mandatory standards a product must meet, named by the standard that covers it.

The pack's products list the mandatory standards of each category (LED 灯具: GB 43472—2023 from
2026-01-01; 木家具: GB 18584—2024; prepackaged food: GB 2762, GB 7718 …). A product standard
that neither cites one of them nor states conformity with it ("…应符合GB 43472的规定") leaves a
legal requirement out. Only standards in force on the check date count; GB 2760 is left to the
additive rule (I006), since a food that takes no additive need not name it.
"""

from __future__ import annotations

from collections.abc import Iterator

from jxdeclare.catalog.status import Status

from .context import CheckContext
from .limits import product_row
from .registry import Category, Hit, Location, Severity, rule
from .rules_references import _series, cited

LEFT_TO_OTHER_RULES = ("GB 2760",)


@rule(
    "M001", Category.LEGALITY, Severity.ERROR,
    title="未引用产品适用的强制性标准",
    explanation="产品应符合其适用的强制性国家标准（《中华人民共和国标准化法》第二十一条、第二十五条）；"
    "企业标准既不引用、也不声明符合该强制性标准，抽查中按“缺少强制性标准要求”判定。"
    "产品适用哪些强制性标准取自数据包的产品类别表，按检查日期判断是否已实施。",
    message="没有引用或声明符合 {standard}（{title}），该标准自 {since} 起对{product}强制实施",
    message_en="{standard} ({title}) is neither referenced nor declared to be met, though it "
    "has been mandatory for {product} since {since_en}",
    suggestion="在技术要求中写明“……应符合{series}的规定”，并把 {series} 列入第2章。",
    title_en="Mandatory standard for the product not referenced",
    explanation_en="A product shall meet the mandatory national standards that apply to it "
    "(Standardization Law of the People's Republic of China, Articles 21 and 25); an "
    "enterprise standard that neither references such a mandatory standard nor declares "
    "conformity with it is judged in spot checks as “requirements of mandatory standards "
    "missing”. Which mandatory standards apply to a product comes from the product category "
    "table of the data pack; whether one is in force is judged on the check date.",
    suggestion_en="State in the technical requirements that the product shall conform to "
    "{series}, and list {series} in chapter 2 (normative references).",
    needs=("pack", "category"),
)  # fmt: skip
def missing_mandatory_standard(ctx: CheckContext) -> Iterator[Hit]:
    product = product_row(ctx)
    if product is None or ctx.editions is None:
        return
    named = set(cited(ctx)) | {_series(ref.number) for ref in ctx.document.normative_references}
    for number in product.get("mandatory_standards") or []:
        series = _series(number)
        if series in named or series in LEFT_TO_OTHER_RULES:
            continue
        status = ctx.editions.status(series, ctx.as_of)
        # Not in force yet on the check date: nothing to demand. An edition whose dates the pack
        # lacks (未知) is in force as the product table lists it (in force when curated).
        if status.edition is None or status.status not in (Status.CURRENT, Status.UNKNOWN):
            continue
        yield Hit(Location("normative_references", "第2章"), {
            "standard": status.edition, "title": status.title or series, "series": series,
            "since": str(status.in_force_from or "数据包所载日期"), "product": product["product"],
            "since_en": str(status.in_force_from or "the date given in the data pack"),
        }, {"as_of": ctx.as_of.isoformat(), "pack": ctx.pack_label})  # fmt: skip
