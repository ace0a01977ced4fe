"""Filling a template-born document from the data pack: fresh ids, tokens, limits, titles.

Split from :mod:`.templates` (which reads and validates the files). Nothing here knows where a
template came from; :func:`bind_limits` and :func:`fill_titles` take plain look-up functions so
that tests and other packs can supply their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from ..domain.document.model import Document, IndicatorRow
from ..domain.document.text import REF, fill, placeholder, ref_token
from ..domain.stdnumber import parse_standard_number

if TYPE_CHECKING:
    from ..catalog.pack import Pack

LimitLookup = Callable[[str, str], dict[str, Any] | None]
TitleLookup = Callable[[str], str | None]

VERIFIED = ("V", "V1")  # only these limit rows may become requirements (data/README.md)
_SKIP = ("id", "image_png_base64")


def walk(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(path, object) for every model object reachable from ``obj``, in document order."""
    if isinstance(obj, list):
        for index, item in enumerate(obj):
            yield from walk(item, f"{path}[{index}]")
    elif is_dataclass(obj) and not isinstance(obj, type):
        yield path, obj
        for f in fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, list) or is_dataclass(value):
                yield from walk(value, f"{path}.{f.name}" if path else f.name)


def rewrite_texts(obj: Any, change: Callable[[str], str]) -> None:
    """Apply ``change`` to every text field (ids and images excepted), in place."""
    for _path, item in walk(obj):
        for f in fields(item):
            value = getattr(item, f.name)
            if f.name in _SKIP or isinstance(value, Enum):
                continue
            if isinstance(value, str):
                setattr(item, f.name, change(value))
            elif isinstance(value, list):
                value[:] = [change(v) if isinstance(v, str) else v for v in value]


def renew_ids(document: Document) -> None:
    """Give every element a fresh id and point the ``[[ref:…]]`` tokens at the new ones."""
    mapping: dict[str, str] = {}
    for _path, item in walk(document):
        factory = next((f.default_factory for f in fields(item) if f.name == "id"), None)
        if factory is None or not callable(factory):
            continue
        fresh = factory()
        while fresh in mapping.values():
            fresh = factory()
        mapping[item.id] = fresh
        item.id = fresh
    rewrite_texts(
        document, lambda text: REF.sub(lambda m: ref_token(mapping.get(m[1], m[1])), text)
    )


def fill_tokens(document: Document, values: dict[str, str]) -> None:
    """Replace the named ``{{…}}`` tokens that have a non-empty value; the others stay."""
    given = {name: value for name, value in values.items() if value}
    rewrite_texts(document, lambda text: fill(text, given))


def format_limit_value(value: Any) -> str:
    """A pack's numeric limit as printed: 0.2 → "0.2", 5.0 → "5.0", 1000.0 → "1000".

    The pack stores numbers, so trailing zeros of the source text are lost; integral values below
    10 keep one decimal (as GB 2762 prints them), larger ones none.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    number = float(value)
    if number.is_integer():
        return f"{number:.1f}" if abs(number) < 10 else str(int(number))
    return repr(number)


def undated(number: str) -> str:
    parsed = parse_standard_number(number).number
    return parsed.undated().canonical() if parsed else number.strip()


def missing_limit_hint(row: IndicatorRow) -> str:
    where = f"须查 {row.standard} 原文" if row.standard else "须查相应强制性标准原文"
    return placeholder(f"填写：{row.item}限量（数据包中无已核实限量，{where}）")


def bind_row(row: IndicatorRow, limit: dict[str, Any] | None) -> bool:
    """Fill one limit-bound row from the pack's row; a placeholder when there is none."""
    if limit is None or limit.get("verification") not in VERIFIED:
        row.value = missing_limit_hint(row)
        if not row.method:
            row.method = placeholder(f"填写：{row.item}的检验方法")
        return False
    row.comparator = str(limit["comparator"])
    row.value = format_limit_value(limit.get("value"))
    row.unit = str(limit.get("unit") or row.unit)
    if not limit.get("basis_nodes"):  # a footnote basis (稻谷以糙米计) is not the product's
        row.basis = str(limit.get("basis") or row.basis)
    row.standard = str(limit["standard"])
    row.clause = str(limit.get("table") or limit.get("clause") or row.clause)
    row.method = row.method or str(limit.get("method") or "")
    if not row.method:
        row.method = placeholder(f"填写：{row.item}的检验方法")
    return True


def bind_limits(document: Document, limits: LimitLookup) -> tuple[int, int]:
    """Bind every row naming a limit category; returns (bound, left as placeholders)."""
    bound = missing = 0
    for row in document.indicator_rows():
        if not row.limit_category:
            continue
        if bind_row(row, limits(row.limit_category, row.limit_item)):
            bound += 1
        else:
            missing += 1
    return bound, missing


def fill_titles(document: Document, titles: TitleLookup) -> None:
    """Empty reference titles from the pack; a placeholder where the pack has none."""
    for reference in document.normative_references + document.bibliography:
        if reference.title:
            continue
        title = titles(reference.number)
        reference.title = title or placeholder(
            f"填写：{reference.number} 的标准名称（数据包中未收录）"
        )


def _year(number: str) -> int:
    parsed = parse_standard_number(number).number
    return parsed.year if parsed and parsed.year else 0


def limit_lookup(rows: list[dict[str, Any]]) -> LimitLookup:
    """(category, item) → the verified row; of several editions, the latest."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        if row.get("verification") not in VERIFIED:
            continue
        key = (row["category"], row["item"])
        if key not in index or _year(row["standard"]) > _year(index[key]["standard"]):
            index[key] = row

    def lookup(category: str, item: str) -> dict[str, Any] | None:
        row = index.get((category, item))
        return dict(row) if row is not None else None

    return lookup


def title_lookup(rows: list[dict[str, Any]]) -> TitleLookup:
    """Dated number → that edition's title; undated → the latest edition's title (or None)."""
    dated: dict[str, str] = {}
    latest: dict[str, tuple[int, str]] = {}
    for row in rows:
        parsed = parse_standard_number(row["number"]).number
        if parsed is None:
            continue
        title = str(row.get("title") or "")
        dated[parsed.canonical()] = title
        key, year = parsed.undated().canonical(), parsed.year or 0
        if key not in latest or year > latest[key][0]:
            latest[key] = (year, title)

    def lookup(number: str) -> str | None:
        parsed = parse_standard_number(number).number
        if parsed is None:
            return None
        if parsed.year is not None:
            return dated.get(parsed.canonical()) or None
        return latest.get(parsed.canonical(), (0, ""))[1] or None

    return lookup


def pack_lookups(pack: Pack) -> tuple[LimitLookup, TitleLookup]:
    """The look-ups :func:`instantiate` needs, over one opened (verified) pack."""
    return limit_lookup(pack.tables["limits"]), title_lookup(pack.tables["standards"])
