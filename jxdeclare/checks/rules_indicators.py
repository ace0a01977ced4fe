"""Indicators against the mandatory limits of the pack, and test methods for every requirement."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jxdeclare.catalog.foods import condition
from jxdeclare.domain.document.text import PLACEHOLDER
from jxdeclare.domain.indicators import (
    Verdict,
    compare,
    describe,
    limit_requirement,
    requirement_of_row,
)

from .context import CheckContext
from .language import label_en
from .limits import governing_limit, indicator_rows, item_key, product_limits, product_row
from .registry import Category, Hit, Location, Severity, rule
from .rules_references import cited


def _evidence(ctx: CheckContext, limit: dict) -> dict:
    return {
        "limit": describe(limit_requirement(limit)), "standard": limit["standard"],
        "clause": limit.get("clause") or "", "table": limit.get("table") or "",
        "basis": limit.get("basis") or "", "footnotes": limit.get("footnotes") or "",
        "method": limit.get("method") or "", "category": limit["category"],
        "pack": ctx.pack_label, "as_of": ctx.as_of.isoformat(),
    }  # fmt: skip


def _described(name: str, requirement: Any) -> dict[str, str]:
    """A requirement as a message shows it, in Chinese and English: {"limit", "limit_en"}."""
    return {name: describe(requirement), f"{name}_en": describe(requirement, "en")}


def _clause(limit: dict) -> dict[str, str]:
    where = where_in_standard(limit)
    return {"clause": where, "clause_en": label_en(where)}


def _verdicts(ctx: CheckContext) -> list[tuple[Any, dict, Any]]:
    return ctx.once("verdicts", lambda: list(_compute_verdicts(ctx)))


def _compute_verdicts(ctx: CheckContext) -> Iterator[tuple[Any, dict, Any]]:
    for at in indicator_rows(ctx):
        row = at.row
        if PLACEHOLDER.search(row.value):
            continue  # not filled in yet: reported by S006
        limit = governing_limit(ctx, row)
        if limit is None:
            continue
        doc = requirement_of_row(row.comparator, row.value, row.unit)
        result = compare(doc, limit_requirement(limit), doc_basis=row.basis,
                         limit_basis=limit.get("basis") or "")  # fmt: skip
        yield at, limit, result


@rule(
    "I001", Category.LEGALITY, Severity.ERROR,
    title="指标宽于强制性标准的限量",
    explanation="企业标准的技术要求不得低于强制性国家标准（《中华人民共和国标准化法》第二十一条）；"
    "指标宽于强制性标准的限量，产品即使符合企业标准也不符合法定要求，是抽查中最严重的问题。",
    message="“{item}”：本文件{doc}，{standard} {clause}规定{limit}",
    message_en="“{item}”: {doc_en} here, looser than {limit_en} in {standard} {clause_en}",
    suggestion="把“{item}”改为不宽于{limit}（{standard}）。",
    title_en="Indicator looser than the limit of a mandatory standard",
    explanation_en="The technical requirements of an enterprise standard shall not be lower "
    "than those of the mandatory national standards (Standardization Law of the People's "
    "Republic of China, Article 21); with an indicator looser than the mandatory limit, a "
    "product may meet the enterprise standard and still fail the legal requirement. This is "
    "the most serious spot-check finding.",
    suggestion_en="Change “{item}” to no looser than {limit_en} ({standard}).",
    needs=("pack",),
)  # fmt: skip
def looser_than_mandatory(ctx: CheckContext) -> Iterator[Hit]:
    for at, limit, result in _verdicts(ctx):
        if result.verdict is Verdict.LOOSER:
            row = at.row
            mine = requirement_of_row(row.comparator, row.value, row.unit)
            yield Hit(at.location, {
                "item": row.item, "standard": limit["standard"], **_described("doc", mine),
                **_described("limit", limit_requirement(limit)), **_clause(limit),
            }, _evidence(ctx, limit))  # fmt: skip


@rule(
    "I002", Category.COMPLETENESS, Severity.INFO,
    title="无法与强制性限量比较",
    explanation="指标与数据包中的限量单位或计算基础（如“以糙米计”“按100%酒精度折算”）不同，"
    "或指标的写法无法解析时，软件不作猜测，请人工核对。",
    message="“{item}”：{reason}",
    message_en="“{item}”: cannot be compared with the mandatory limit ({reason_en})",
    suggestion="写明与限量相同的单位和计算基础，或人工核对是否符合{standard}。",
    title_en="Cannot be compared with the mandatory limit",
    explanation_en="When an indicator differs from the limit in the data pack in its unit or "
    "calculation basis (e.g. “on brown rice”, “converted to 100 % alcohol by volume”), or its "
    "wording cannot be parsed, the software does not guess: check it by hand.",
    suggestion_en="State the same unit and calculation basis as the limit, or check by hand "
    "that it conforms to {standard}.",
    needs=("pack",),
)  # fmt: skip
def cannot_compare(ctx: CheckContext) -> Iterator[Hit]:
    for at, limit, result in _verdicts(ctx):
        if result.verdict is Verdict.CANNOT_COMPARE:
            params = {
                "item": at.row.item,
                "reason": result.reason,
                "reason_en": result.problem.text("en"),
                "standard": limit["standard"],
            }
            yield Hit(at.location, params, _evidence(ctx, limit))


@rule(
    "I003", Category.LEGALITY, Severity.ERROR,
    title="缺少强制性标准要求的项目",
    explanation="产品所属类别适用的强制性标准规定了限量的项目（数据包的产品类别表列出），"
    "企业标准应当列出，或明确写明“应符合某强制性标准的规定”。",
    message="缺少“{item}”（{standard} {clause}：{limit}）",
    message_en="“{item}” is missing ({standard} {clause_en}: {limit_en})",
    suggestion="在指标表中增加“{item}”，或写明“{item}应符合{standard}的规定”。",
    title_en="Item required by a mandatory standard missing",
    explanation_en="The items for which the mandatory standards for the product category set "
    "limits (listed in the product category table of the data pack) shall be listed in the "
    "enterprise standard, or the standard shall state plainly that they conform to that "
    "mandatory standard.",
    suggestion_en="Add “{item}” to the indicator table, or state that “{item}” shall conform "
    "to {standard}.",
    needs=("pack", "category"),
)  # fmt: skip
def missing_mandatory_item(ctx: CheckContext) -> Iterator[Hit]:
    present = {item_key(at.row.item) for at in indicator_rows(ctx)}
    present |= {item_key(at.row.limit_item) for at in indicator_rows(ctx) if at.row.limit_item}
    referred = set(cited(ctx))
    for item, limit in _required(ctx):
        if item_key(item) in present or limit["standard"].split("—")[0] in referred:
            continue  # listed, or "…应符合GB 2762的规定" covers the items that standard sets
        yield Hit(Location("chapters", "技术要求"), {
            "item": item, "standard": limit["standard"], **_clause(limit),
            **_described("limit", limit_requirement(limit)),
        }, _evidence(ctx, limit))  # fmt: skip


def _required(ctx: CheckContext) -> list[tuple[str, dict]]:
    """Items with a limit for the category: the product's listed items, and every item the
    tree's rows set for the node (GB 2762 limits hold whether a product row lists them or not)."""
    limits = {item_key(lim["item"]): lim for lim in reversed(product_limits(ctx))}
    product = product_row(ctx)
    listed = [(item, limits[item_key(item)]) for item in (product or {}).get("required_items") or []
              if item_key(item) in limits]  # fmt: skip
    keys = {item_key(item) for item, _limit in listed}
    # A row that holds only under a footnote condition (锡: 镀锡薄钢板容器) is not demanded.
    tree_rows = [(lim["item"], lim) for lim in product_limits(ctx)
                 if lim.get("nodes") and not condition(lim)]  # fmt: skip
    return listed + [(item, lim) for item, lim in tree_rows if item_key(item) not in keys]


def where_in_standard(limit: dict) -> str:
    """ "表1" (and its clause), as a person finds the value in the standard."""
    return limit.get("table") or limit.get("clause") or ""


@rule(
    "I004", Category.COMPLETENESS, Severity.WARNING,
    title="技术要求没有对应的试验方法",
    explanation="企业标准的技术要求应当有对应的检验、试验方法（《企业标准化促进办法》第十二条）；"
    "指标表中每一项都应写明检验方法。",
    message="“{item}”没有检验方法",
    message_en="“{item}” has no test method",
    suggestion="为“{item}”写明检验方法标准，或在附录中规定试验方法。",
    title_en="Technical requirement without a test method",
    explanation_en="The technical requirements of an enterprise standard shall have "
    "corresponding inspection and test methods (Measures for Promoting Enterprise "
    "Standardization, Article 12); every item of the indicator table names its test method.",
    suggestion_en="Name the test method standard for “{item}”, or specify the test method in "
    "an annex.",
)  # fmt: skip
def no_test_method(ctx: CheckContext) -> Iterator[Hit]:
    for at in indicator_rows(ctx):
        if not at.row.method.strip() and not _described_elsewhere(ctx, at):
            yield Hit(at.location, {"item": at.row.item})


def _described_elsewhere(ctx: CheckContext, at: Any) -> bool:
    """A descriptive row (感官: "呈淡黄色") of a table with no method column at all: its methods
    are written in the 试验方法 chapter, as GB/T 20001.10 lays a product standard out."""
    if requirement_of_row(at.row.comparator, at.row.value, at.row.unit).kind != "text":
        return False
    return not any(r.method.strip() for r in at.table.rows) and any(
        "试验方法" in c.title or "检验方法" in c.title for c in ctx.document.chapters)  # fmt: skip


@rule(
    "I005", Category.LEGALITY, Severity.INFO,
    title="食品企业标准严于食品安全国家标准",
    explanation="企业标准严于食品安全国家标准或地方标准的，应报省、自治区、直辖市人民政府卫生行政部门"
    "备案（《中华人民共和国食品安全法》第三十条）。",
    message="“{item}”严于{standard}（本文件{doc}，限量{limit}）",
    message_en="“{item}” is stricter than {standard} ({doc_en} here, limit {limit_en})",
    suggestion="按规定向江西省卫生健康委员会办理企业标准备案。",
    title_en="Food enterprise standard stricter than the national food safety standard",
    explanation_en="An enterprise standard stricter than a national or local food safety "
    "standard shall be filed with the health administration of the province, autonomous "
    "region or municipality (Food Safety Law of the People's Republic of China, Article 30).",
    suggestion_en="File the enterprise standard with the Health Commission of Jiangxi "
    "Province as required.",
    needs=("pack",),
)  # fmt: skip
def stricter_food_standard(ctx: CheckContext) -> Iterator[Hit]:
    for at, limit, result in _verdicts(ctx):
        if limit.get("ambiguous"):
            continue  # stricter than the loosest of several rows says nothing
        if result.verdict is Verdict.STRICTER and _food_safety_standard(ctx, limit["standard"]):
            row = at.row
            yield Hit(at.location, {
                "item": row.item, "standard": limit["standard"],
                **_described("doc", requirement_of_row(row.comparator, row.value, row.unit)),
                **_described("limit", limit_requirement(limit)),
            }, _evidence(ctx, limit))  # fmt: skip


def _food_safety_standard(ctx: CheckContext, number: str) -> bool:
    """Food-safety national standards are titled "食品安全国家标准 …" in the catalogue."""
    if ctx.editions is None:
        return False
    return ctx.editions.status(number, ctx.as_of).title.startswith("食品安全国家标准")


def _declared_lower(ctx: CheckContext, standard: str) -> bool:
    """A sentence that says the document is below the recommended standard (the 明示 text)."""
    series = standard.split("—")[0]
    return any(
        series in p.text and any(word in p.text for word in ("低于", "明示", "不符合", "宽于"))
        for p in ctx.passages()
    )


@rule(
    "I007", Category.LEGALITY, Severity.WARNING,
    title="指标低于推荐性标准但未明示",
    explanation="企业标准的指标低于相应推荐性国家标准或行业标准的，应当在标准中明示"
    "（抽查中“低于推荐性标准未明示”是常见问题）；推荐性标准的指标值取自数据包。",
    message="“{item}”：本文件{doc}，{standard}为{value}，且未明示低于该标准",
    message_en="“{item}”: {doc_en} here is below {value_en} in {standard}, and the document "
    "does not say so",
    suggestion="提高该指标，或在标准中明示“{item}指标低于{standard}的规定”。",
    title_en="Indicator below a recommended standard without saying so",
    explanation_en="An enterprise standard with indicators lower than those of the "
    "corresponding recommended national or industry standard shall say so explicitly (“below "
    "a recommended standard without saying so” is a common spot-check finding); the values of "
    "recommended standards come from the data pack.",
    suggestion_en="Raise the indicator, or state in the standard that the indicator “{item}” "
    "is lower than specified in {standard}.",
    needs=("pack", "category"),
)  # fmt: skip
def below_recommended(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.pack is None:
        return
    values = [r for r in ctx.pack.tables.get("recommended_values", [])
              if r["product"] == ctx.category]  # fmt: skip
    for at in indicator_rows(ctx):
        mine = requirement_of_row(at.row.comparator, at.row.value, at.row.unit)
        for value in values:
            if item_key(value["item"]) != item_key(at.row.item):
                continue
            result = compare(mine, limit_requirement(value))
            if result.verdict is Verdict.LOOSER and not _declared_lower(ctx, value["standard"]):
                yield Hit(at.location, {
                    "item": at.row.item, "standard": value["standard"], **_described("doc", mine),
                    **_described("value", limit_requirement(value)),
                }, {"standard": value["standard"], "clause": value.get("clause") or "",
                    "pack": ctx.pack_label})  # fmt: skip
