"""Food additives a standard uses that GB 2760—2024 does not permit for its food category.

A use is an indicator row that allows an amount ("山梨酸 ≤0.5 g/kg"), or a sentence anywhere
outside the test methods that names the additive or a salt of it ("添加适量山梨酸钾、苯甲酸钠"),
unless the sentence forbids it or tests for it ("不得使用", "按GB 5009.28测定").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from jxdeclare.catalog.foods import Permission, foods_of, permissions
from jxdeclare.domain.indicators import requirement_of_row

from .context import CheckContext
from .limits import indicator_rows
from .registry import Category, Hit, Location, Severity, rule

if TYPE_CHECKING:
    from jxdeclare.catalog.pack import Pack

# Packs made before the GB 2760 tree (no Table A.1 rows): product → the categories of their
# hand-curated additive rows.
LEGACY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "米粉/米线": ("大米制品", "米粉制品"),
    "白酒(浓香型)": ("白酒",), "白酒(清香型)": ("白酒",),
    "白酒(酱香型)": ("白酒",), "白酒(特香型)": ("白酒",),
}  # fmt: skip
AS_COUNTED = re.compile(r"[(（]以[^)）]*计[)）]")
# A sentence that names an additive in order to forbid it, or to test for it, is not a use.
NEGATED = re.compile(r"不得|禁止|严禁|不应|不准|不允许|不含|不使用|未使用|无添加|不添加|检出")
TESTING = re.compile(r"测定|检测|检验|试验|分析方法|按GB|按照GB")
METHOD_CHAPTER = re.compile(r"试验方法|检验方法|检验规则|检测方法")
_CHAPTER = re.compile(r"^chapters\[(\d+)\]")
Names = tuple["NameFinder | None", dict[str, list[dict[str, Any]]]]


class NameFinder:
    """``findall`` as one regex alternation of every additive name, longest first, would give,
    without compiling that regex of some 300 names (about 10 ms, twice in a one-shot check):
    each text is matched against the names it contains, which cannot change what matches."""

    def __init__(self, names_longest_first: list[str]) -> None:
        self.names = names_longest_first

    def findall(self, text: str) -> list[str]:
        present = [name for name in self.names if name in text]
        if not present:
            return []
        return re.findall("|".join(map(re.escape, present)), text)


_NAME_END = re.compile(r"及其|和|\(")


def _name(additive: str) -> str:
    """ "脱氢乙酸及其钠盐" → "脱氢乙酸": documents name the acid, its salt or both."""
    return _NAME_END.split(additive, maxsplit=1)[0]


def _every_name(pack: Pack) -> set[str]:
    """The name of every additive the pack lists, once per pack (both kinds of use need it)."""
    rows = pack.tables.get("additives", [])
    return pack.derived("additive names", lambda: {_name(r["additive"]) for r in rows})


def _permissions(ctx: CheckContext) -> list[Permission]:
    foods, code = foods_of(ctx.pack), ctx.food.gb2760
    rows = ctx.pack.tables["additives"]  # type: ignore[union-attr]
    return ctx.pack.derived(f"permissions {code}",  # type: ignore[union-attr]
                            lambda: permissions(foods.trees["gb2760"], code, rows))  # fmt: skip


def _modern(ctx: CheckContext) -> bool:
    """The pack has GB 2760—2024's Table A.1 and the document a Table E.1 category."""
    rows = ctx.pack.tables.get("additives", []) if ctx.pack else []
    return bool(ctx.food.gb2760) and any(r.get("table") == "A.1" for r in rows)


def _as_row(ctx: CheckContext, p: Permission) -> dict[str, Any]:
    code = ctx.food.gb2760
    node = foods_of(ctx.pack).trees["gb2760"].get(code)
    return {"additive": p.additive, "category": f"{code} {node.name}" if node else code,
            "standard": p.standard, "food_category_code": code, "note": p.note,
            "page": p.page}  # fmt: skip


def not_permitted(ctx: CheckContext) -> list[dict[str, Any]]:
    return ctx.once("not_permitted", lambda: _chosen(ctx, "banned"))


def restricted(ctx: CheckContext) -> list[dict[str, Any]]:
    """Permitted only for some foods of the category: "方便米面制品(仅限米面灌肠制品)"."""
    return ctx.once("restricted", lambda: _chosen(ctx, "restricted"))


def _chosen(ctx: CheckContext, kind: str) -> list[dict[str, Any]]:
    if ctx.pack is None:
        return []
    if not _modern(ctx):
        if kind != "banned":
            return []
        categories = LEGACY_CATEGORIES.get(ctx.category, ())
        rows = ctx.pack.tables.get("additives", [])
        return [r for r in rows if r["category"] in categories and r["permitted"] is False]
    wanted = (lambda p: not p.permitted) if kind == "banned" else (
        lambda p: p.permitted and "仅限" in p.note)  # fmt: skip
    return [_as_row(ctx, p) for p in _permissions(ctx) if wanted(p)]


def _names(ctx: CheckContext, kind: str) -> Names:
    """One pattern of every additive's name, longest first, and the rows of the ``kind`` wanted
    for each name. Permitted names are in the pattern too, so that "ε-聚赖氨酸盐酸盐" (permitted)
    is read whole, not as the additives ε-聚赖氨酸 and 盐酸 inside it."""

    def build() -> Names:
        by_name: dict[str, list[dict[str, Any]]] = {}
        for additive in not_permitted(ctx) if kind == "banned" else restricted(ctx):
            by_name.setdefault(_name(additive["additive"]), []).append(additive)
        if not any(by_name):
            return None, by_name
        every = _every_name(ctx.pack) if ctx.pack else set()
        names = sorted((n for n in every | set(by_name) if n), key=len, reverse=True)
        return NameFinder(names), by_name

    if ctx.pack is None or not _modern(ctx):
        return build()
    return ctx.pack.derived(f"{kind} names {ctx.food.gb2760}", build)


def _uses(ctx: CheckContext, kind: str) -> Iterator[tuple[Location, dict[str, Any]]]:
    """(where, additive) for every use, one per place and additive name."""
    pattern, by_name = _names(ctx, kind)
    if pattern is None:
        return
    seen: set[tuple[str, str]] = set()
    for where, name in _named(ctx, pattern):
        if name in by_name and (where.path, name) not in seen:
            seen.add((where.path, name))
            yield from ((where, additive) for additive in by_name[name])


def _named(ctx: CheckContext, pattern: NameFinder) -> Iterator[tuple[Location, str]]:
    for at in indicator_rows(ctx):
        item = AS_COUNTED.sub("", at.row.item)  # 可滴定酸(以柠檬酸计) allows no 柠檬酸
        if not (named := pattern.findall(item)):
            continue
        requirement = requirement_of_row(at.row.comparator, at.row.value, at.row.unit)
        if requirement.kind in ("max", "range", "exact") and (requirement.high or 0) > 0:
            yield from ((at.location, name) for name in named)
    # Anywhere else — scope, raw materials, requirements, lists: "添加适量山梨酸钾" is a use.
    for passage in ctx.passages():
        if passage.kind not in ("provision", "list") or _in_method_chapter(ctx, passage.location):
            continue
        for sentence in re.split(r"[。；;]", passage.text):
            if not (NEGATED.search(sentence) or TESTING.search(sentence)):
                yield from ((passage.location, name) for name in pattern.findall(sentence))


def _in_method_chapter(ctx: CheckContext, where: Location) -> bool:
    match = _CHAPTER.match(where.path)
    chapters = ctx.document.chapters
    return bool(match) and int(match[1]) < len(chapters) and bool(
        METHOD_CHAPTER.search(chapters[int(match[1])].title))  # fmt: skip


def _evidence(ctx: CheckContext, additive: dict[str, Any]) -> dict[str, Any]:
    return {"standard": additive["standard"], "food_category": additive.get(
        "food_category_code") or "", "page": additive.get("page") or "",
        "pack": ctx.pack_label}  # fmt: skip


@rule(
    "I006", Category.LEGALITY, Severity.ERROR,
    title="允许使用产品类别不允许的食品添加剂",
    explanation="食品添加剂的使用应符合 GB 2760—2024，该标准未列出的添加剂在该食品类别中不得使用"
    "（如米粉、米线不得使用脱氢乙酸及其钠盐、苯甲酸、山梨酸；2026年抽检细则将其列为检验项目）。"
    "指标表、范围、原辅料要求和其他条文中写明添加或使用的，都按使用判断。",
    message="本文件允许使用“{additive}”，GB 2760—2024 未允许在{category}中使用",
    message_en="The document allows “{additive}”, which GB 2760—2024 does not permit in {category}",
    suggestion="删除该添加剂，或在指标中规定“{additive}：不得使用”。",
    title_en="Allows a food additive not permitted in the product category",
    explanation_en="Food additives shall be used as GB 2760—2024 specifies; an additive it "
    "does not list for a food category shall not be used in that category (rice noodles, for "
    "example, shall contain neither dehydroacetic acid and its sodium salt, nor benzoic acid, "
    "nor sorbic acid; the sampling rules of 2026 test for them). An additive that the "
    "indicator table, the scope, the raw material requirements or any other provision says is "
    "added or used counts as used.",
    suggestion_en="Delete the additive, or state in the indicators that “{additive}” shall "
    "not be used.",
    needs=("pack", "category"),
)  # fmt: skip
def forbidden_additive(ctx: CheckContext) -> Iterator[Hit]:
    for where, additive in _uses(ctx, "banned"):
        yield Hit(where, {"additive": additive["additive"], "category": additive["category"]},
                  _evidence(ctx, additive))  # fmt: skip


@rule(
    "I008", Category.LEGALITY, Severity.WARNING,
    title="使用了仅限特定食品的食品添加剂",
    explanation="GB 2760—2024 表A.1 中部分添加剂在某类别中“仅限”其中的特定食品使用（如方便米面制品"
    "中的山梨酸仅限米面灌肠制品）；本产品是否属于该特定食品，软件无法判断，请人工核对。"
    "组合式产品（如组合式方便米粉）请按各组成部分分别核对。",
    message="本文件使用“{additive}”，GB 2760—2024 在{category}中{restriction}",
    message_en="“{additive}” is used; GB 2760—2024 permits it in {category} only as "
    "“{restriction}”",
    suggestion="确认产品属于“{restriction}”所指的食品；不属于的，删除该添加剂。",
    title_en="Food additive permitted only for particular foods",
    explanation_en="In GB 2760—2024 Table A.1 some additives are permitted in a category "
    "“only for” particular foods of it (e.g. sorbic acid in instant rice and noodle products "
    "only for rice and flour sausages); whether this product is such a food the software "
    "cannot tell: check by hand. Check a combination product (e.g. instant rice noodles with "
    "separate packs) component by component.",
    suggestion_en="Confirm that the product is among the foods “{restriction}” names; if it "
    "is not, delete the additive.",
    needs=("pack", "category"),
)  # fmt: skip
def restricted_additive(ctx: CheckContext) -> Iterator[Hit]:
    for where, additive in _uses(ctx, "restricted"):
        restriction = next((part for part in additive["note"].split("；") if "仅限" in part), "")
        yield Hit(where, {"additive": additive["additive"], "category": additive["category"],
                          "restriction": restriction}, _evidence(ctx, additive))  # fmt: skip
