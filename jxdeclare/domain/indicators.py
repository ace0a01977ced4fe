"""Indicator requirements ("≤0.2 mg/kg", "0.5～1.0", "不得检出", "符合GB 2762的规定") and verdicts.

An enterprise standard's indicator is compared with the mandatory limit for the same item: is it
stricter, equal, looser, missing, or can we not tell? We never guess: different units that do not
convert, different calculation bases ("按100%酒精度折算", "稻谷以糙米计") or free text all give
CANNOT_COMPARE with a reason naming what differs. Values are Decimals, kept exactly as written.

Decisions:
* A doc requirement with no bound on the side the limit constrains (a "≥" row for a max-limited
  item) is LOOSER: it sets no ceiling, so it permits what the limit forbids.
* "不得检出"/"不得使用" in the document satisfies any maximum limit (STRICTER), whatever the basis;
  against a limit of "不得检出"/"不得使用" only those two (or a maximum of 0) are EQUAL and any
  positive maximum is LOOSER.
* "符合GB 2762的规定" is EQUAL to a limit from any edition of GB 2762 (the edition in force is the
  references check's business), CANNOT_COMPARE against a limit from another standard.
* A limit with a basis the document does not state identically is CANNOT_COMPARE. A basis stated
  only by the document (e.g. "以Pb计") does not block the comparison.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from jxdeclare.domain.messages import Problem, Severity, register
from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.domain.units import convert, normalise_unit, unit_from_header

__all__ = [
    "Comparison",
    "Requirement",
    "Verdict",
    "compare",
    "convert",
    "describe",
    "limit_requirement",
    "normalise_unit",
    "parse_requirement",
    "requirement_of_row",
    "unit_from_header",
]


@dataclass(frozen=True)
class Requirement:
    kind: str  # max, min, range, exact, absent, forbidden, refers, text
    low: Decimal | None
    high: Decimal | None
    strict_low: bool = False  # ">" rather than "≥"
    strict_high: bool = False  # "<" rather than "≤"
    unit: str = ""  # canonical when it normalises, else as written
    refers_to: str = ""  # kind "refers": the standard number, canonical when it parses
    text: str = ""  # the original text
    standard: str = ""  # the standard that sets this requirement (pack limits)


def _text(text: str) -> Requirement:
    return Requirement("text", None, None, text=text)


# --- parsing ---------------------------------------------------------------------------------

# After NFKC; longest words first so "不大于" is not read as "大于".
_OPERATORS: tuple[tuple[str, str], ...] = (
    ("小于或等于", "≤"),
    ("大于或等于", "≥"),
    ("小于等于", "≤"),
    ("大于等于", "≥"),
    ("不大于", "≤"),
    ("不超过", "≤"),
    ("不高于", "≤"),
    ("不小于", "≥"),
    ("不低于", "≥"),
    ("不少于", "≥"),
    ("小于", "<"),
    ("低于", "<"),
    ("大于", ">"),
    ("高于", ">"),
    ("<=", "≤"),
    (">=", "≥"),
    ("≤", "≤"),
    ("≦", "≤"),
    ("≯", "≤"),
    ("≥", "≥"),
    ("≧", "≥"),
    ("≮", "≥"),
    ("<", "<"),
    (">", ">"),
    ("=", "="),
)
_NUMBER = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_RANGE = re.compile(rf"({_NUMBER})\s*(?:~|〜|—|–|―|-|至|到)\s*({_NUMBER})\s*(.*)")
_PLUS_MINUS = re.compile(rf"({_NUMBER})\s*±\s*({_NUMBER})\s*(.*)")
_VALUE = re.compile(rf"({_NUMBER})\s*(.*)")
_ABSENT = ("不得检出", "未检出", "不应检出")
_FORBIDDEN = ("不得使用", "不得添加", "禁止使用", "不应使用")
_REFERS_WORDS = ("符合", "按", "执行", "规定", "要求")
_STD_TOKEN = re.compile(
    r"(?:GB/[TZ]|GB|DBS?\s*[0-9]{2,4}/T?|[A-Z]{2}/T|[A-Z]{2}|T/[A-Z0-9]+|Q/[A-Z0-9]+)"
    r"\s*[0-9]+(?:\.[0-9]+)*(?:\s*[-—–]\s*[0-9]{4})?"
)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_requirement(text: str, unit_hint: str = "") -> Requirement:
    """Read one requirement cell; never raises — what it cannot read is kind "text"."""
    s = _fold(text)
    if not s:
        return _text(text)
    compact = re.sub(r"\s+", "", s)
    if compact in _ABSENT or compact.upper() == "ND":
        return Requirement("absent", None, None, text=text)
    if compact in _FORBIDDEN:
        return Requirement("forbidden", None, None, text=text)
    numeric = _numeric(s, unit_hint, text)
    if numeric is not None:
        return numeric
    # A cell starting like a number ("≤0.2（按GB 5009.12测定）") is no reference: it stays text.
    refers = "" if _operator(s)[0] or re.match(_NUMBER, s) else _refers(s)
    if refers:
        return Requirement("refers", None, None, refers_to=refers, text=text)
    return _text(text)


def _refers(s: str) -> str:
    """The standard a "符合GB 2762的规定"-style cell points at, or ""."""
    if not any(word in s for word in _REFERS_WORDS):
        return ""
    match = _STD_TOKEN.search(s.upper())
    if match is None:
        return ""
    parsed = parse_standard_number(match.group(0))
    return parsed.number.canonical() if parsed.valid and parsed.number else match.group(0)


def _numeric(s: str, unit_hint: str, text: str) -> Requirement | None:
    operator, rest = _operator(s)
    if operator is None:
        return _range(rest, unit_hint, text) or _single("=", rest, unit_hint, text)
    return _single(operator, rest, unit_hint, text)


def _operator(s: str) -> tuple[str | None, str]:
    for word, operator in _OPERATORS:
        if s.startswith(word):
            return operator, s[len(word) :].strip()
    return None, s


def _unit(tail: str, unit_hint: str) -> str | None:
    """The unit written after the number, else the hint; None when the tail is not a unit."""
    if tail.strip():
        return normalise_unit(tail)
    hint = normalise_unit(unit_hint)
    return hint if hint is not None else unit_hint.strip()


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _single(operator: str, rest: str, unit_hint: str, text: str) -> Requirement | None:
    match = _VALUE.fullmatch(rest)
    if match is None:
        return None
    value, unit = _decimal(match.group(1)), _unit(match.group(2), unit_hint)
    if value is None or unit is None:
        return None
    if operator in ("≤", "<"):
        return Requirement("max", None, value, strict_high=operator == "<", unit=unit, text=text)
    if operator in ("≥", ">"):
        return Requirement("min", value, None, strict_low=operator == ">", unit=unit, text=text)
    return Requirement("exact", value, value, unit=unit, text=text)


def _range(rest: str, unit_hint: str, text: str) -> Requirement | None:
    match = _RANGE.fullmatch(rest)
    if match is not None:
        low, high = _decimal(match.group(1)), _decimal(match.group(2))
    else:
        match = _PLUS_MINUS.fullmatch(rest)
        if match is None:
            return None
        centre, spread = _decimal(match.group(1)), _decimal(match.group(2))
        if centre is None or spread is None:
            return None
        low, high = centre - abs(spread), centre + abs(spread)
    unit = _unit(match.group(3), unit_hint)
    if low is None or high is None or unit is None or low > high:
        return None
    return Requirement("range", low, high, unit=unit, text=text)


def requirement_of_row(comparator: str, value: str, unit: str) -> Requirement:
    """The requirement of a structured indicator row (comparator from the model's COMPARATORS)."""
    if comparator == "不得检出":
        return Requirement("absent", None, None, text=comparator)
    if comparator == "不得使用":
        return Requirement("forbidden", None, None, text=comparator)
    if comparator == "范围":
        parsed = parse_requirement(value, unit)
        return parsed if parsed.kind == "range" else _text(value)
    if comparator in ("", "="):
        return parse_requirement(value, unit)
    parsed = parse_requirement(f"{comparator}{value}", unit)
    return parsed if parsed.kind in ("max", "min") else _text(f"{comparator}{value}")


def limit_requirement(row: dict[str, Any]) -> Requirement:
    """The requirement of one pack limits row (keys comparator, value, unit, standard)."""
    parsed = requirement_of_row(
        str(row.get("comparator") or ""), str(row.get("value") or ""), str(row.get("unit") or "")
    )
    return replace(parsed, standard=str(row.get("standard") or ""))


def describe(requirement: Requirement, lang: str = "zh") -> str:
    """How a requirement reads in a reason: "≤0.2 mg/kg", "0.5～1.0 mg/kg", "不得检出".

    With ``lang`` "en" the fixed words are English; a free-text requirement stays as written.
    """
    unit = f" {requirement.unit}" if requirement.unit else ""
    low, high = requirement.low, requirement.high
    english = lang.startswith("en")
    if requirement.kind == "max" and high is not None:
        return f"{'<' if requirement.strict_high else '≤'}{_num(high)}{unit}"
    if requirement.kind == "min" and low is not None:
        return f"{'>' if requirement.strict_low else '≥'}{_num(low)}{unit}"
    if requirement.kind == "range" and low is not None and high is not None:
        return f"{_num(low)}{'–' if english else '～'}{_num(high)}{unit}"
    if requirement.kind == "exact" and low is not None:
        return f"{_num(low)}{unit}"
    if requirement.kind == "absent":
        return "shall not be detected" if english else "不得检出"
    if requirement.kind == "forbidden":
        return "shall not be used" if english else "不得使用"
    if requirement.kind == "refers":
        if english:
            return f"as specified in {requirement.refers_to}"
        return f"符合{requirement.refers_to}的规定"
    return requirement.text.strip()


def _num(value: Decimal) -> str:
    return format(value, "f")


# --- verdicts --------------------------------------------------------------------------------


class Verdict(StrEnum):
    STRICTER = "stricter"
    EQUAL = "equal"
    LOOSER = "looser"
    MISSING = "missing"
    CANNOT_COMPARE = "cannot_compare"


_SEVERITY = {
    Verdict.STRICTER: Severity.INFO,
    Verdict.EQUAL: Severity.INFO,
    Verdict.LOOSER: Severity.ERROR,
    Verdict.MISSING: Severity.ERROR,
    Verdict.CANNOT_COMPARE: Severity.WARNING,
}

MISSING = register(
    "indicator.missing",
    "本文件未规定该项目；强制性要求为{limit}",
    "The document sets no requirement for this item; the mandatory requirement is {limit}",
)
STRICTER = register(
    "indicator.stricter",
    "限量{limit}，本文件{doc}，严于强制性要求",
    "Limit {limit}, this document {doc}: stricter than the mandatory requirement",
)
EQUAL = register(
    "indicator.equal",
    "限量{limit}，本文件{doc}，与强制性要求一致",
    "Limit {limit}, this document {doc}: equal to the mandatory requirement",
)
LOOSER = register(
    "indicator.looser",
    "限量{limit}，本文件{doc}，宽于强制性要求",
    "Limit {limit}, this document {doc}: looser than the mandatory requirement",
)
NO_CEILING = register(
    "indicator.no_ceiling",
    "限量{limit}，本文件{doc}未规定上限，宽于强制性要求",
    "Limit {limit}, this document {doc} sets no upper bound: looser than the mandatory requirement",
)
NO_FLOOR = register(
    "indicator.no_floor",
    "限量{limit}，本文件{doc}未规定下限，宽于强制性要求",
    "Limit {limit}, this document {doc} sets no lower bound: looser than the mandatory requirement",
)
UNITS_DIFFER = register(
    "indicator.units_differ",
    "单位无法换算：限量单位为{limit_unit}，本文件为{doc_unit}，无法比较",
    "Units do not convert: the limit is in {limit_unit}, this document in {doc_unit}; "
    "cannot compare",
)
BASES_DIFFER = register(
    "indicator.bases_differ",
    "计算基准不同：限量{limit_basis}，本文件{doc_basis}，无法比较",
    "The bases differ: the limit applies {limit_basis}, this document {doc_basis}; cannot compare",
)
BASIS_MISSING = register(
    "indicator.basis_missing",
    "限量按“{limit_basis}”规定，本文件未注明计算基准，无法比较",
    "The limit applies {limit_basis} and this document states no basis; cannot compare",
)
REFERS_SAME = register(
    "indicator.refers_same",
    "本文件要求{doc}，即采用强制性要求（限量{limit}）",
    "This document requires {doc}, i.e. adopts the mandatory requirement (limit {limit})",
)
REFERS_OTHER = register(
    "indicator.refers_other",
    "本文件要求{doc}，而限量{limit}出自{standard}，无法比较",
    "This document requires {doc} while the limit {limit} comes from {standard}; cannot compare",
)
DOC_UNREADABLE = register(
    "indicator.doc_unreadable",
    "无法识别本文件的要求“{doc}”，无法与限量{limit}比较",
    "Cannot read this document's requirement '{doc}'; cannot compare it with the limit {limit}",
)
LIMIT_UNREADABLE = register(
    "indicator.limit_unreadable",
    "限量“{limit}”不是可比较的数值，无法比较",
    "The limit '{limit}' is not a comparable value; cannot compare",
)
_NONE = "—"


@dataclass(frozen=True)
class Comparison:
    verdict: Verdict
    reason: str  # Chinese; problem.text("en") for English
    problem: Problem


def _result(verdict: Verdict, code: str, **params: str) -> Comparison:
    problem = Problem(code, _SEVERITY[verdict], params)
    return Comparison(verdict, problem.text("zh"), problem)


def compare(
    doc: Requirement | None, limit: Requirement, *, doc_basis: str = "", limit_basis: str = ""
) -> Comparison:
    """How the document's requirement for an item stands against the mandatory limit."""
    params = {"limit": describe(limit)}
    if doc is None:
        return _result(Verdict.MISSING, MISSING, **params)
    params["doc"] = describe(doc)
    if doc.kind == "refers":
        return _against_reference(doc, limit, params)
    if limit.kind in ("absent", "forbidden"):
        return _against_absent(doc, params)
    if limit.kind not in ("max", "min", "range", "exact"):
        return _result(Verdict.CANNOT_COMPARE, LIMIT_UNREADABLE, **params)
    if doc.kind in ("absent", "forbidden"):
        # Nothing detectable meets every ceiling, whatever the basis, but no positive floor.
        floor = limit.low is not None and (limit.low > 0 or limit.strict_low)
        return _result(
            Verdict.LOOSER if floor else Verdict.STRICTER, LOOSER if floor else STRICTER, **params
        )
    if doc.kind not in ("max", "min", "range", "exact"):
        return _result(Verdict.CANNOT_COMPARE, DOC_UNREADABLE, **params)
    return _basis_problem(doc_basis, limit_basis, params) or _against_bounds(doc, limit, params)


def _against_reference(doc: Requirement, limit: Requirement, params: dict[str, str]) -> Comparison:
    source = limit.refers_to if limit.kind == "refers" else limit.standard
    if source and _edition_free(doc.refers_to) == _edition_free(source):
        return _result(Verdict.EQUAL, REFERS_SAME, **params)
    return _result(Verdict.CANNOT_COMPARE, REFERS_OTHER, standard=source or _NONE, **params)


def _edition_free(number: str) -> str:
    """A standard number without its year, so any edition of the same standard matches."""
    parsed = parse_standard_number(number)
    if parsed.valid and parsed.number is not None:
        return parsed.number.undated().canonical()
    return re.sub(r"\s+", "", _fold(number)).upper()


def _against_absent(doc: Requirement, params: dict[str, str]) -> Comparison:
    if doc.kind in ("absent", "forbidden"):
        return _result(Verdict.EQUAL, EQUAL, **params)
    if doc.kind in ("text",):
        return _result(Verdict.CANNOT_COMPARE, DOC_UNREADABLE, **params)
    if doc.high is None:
        return _result(Verdict.LOOSER, NO_CEILING, **params)
    if doc.high > 0:
        return _result(Verdict.LOOSER, LOOSER, **params)
    return _result(Verdict.EQUAL, EQUAL, **params)


def _basis_key(basis: str) -> str:
    """ "稻谷以糙米计", "(以糙米计)" and "糙米计" are one basis: the food named first is context."""
    key = re.sub(r"[\s()]", "", _fold(basis))
    key = re.sub(r"^[^以按]+(?=[以按])", "", key)
    return f"以{key}" if key.endswith("计") and not key.startswith(("以", "按")) else key


def _basis_problem(doc_basis: str, limit_basis: str, params: dict[str, str]) -> Comparison | None:
    limit_key, doc_key = _basis_key(limit_basis), _basis_key(doc_basis)
    if not limit_key or limit_key == doc_key:
        return None
    basis = {"limit_basis": limit_basis.strip(), "doc_basis": doc_basis.strip()}
    code = BASES_DIFFER if doc_key else BASIS_MISSING
    return _result(Verdict.CANNOT_COMPARE, code, **basis, **params)


def _against_bounds(doc: Requirement, limit: Requirement, params: dict[str, str]) -> Comparison:
    # A missing bound is looser in any unit, so it is checked before units are.
    if limit.high is not None and doc.high is None:
        return _result(Verdict.LOOSER, NO_CEILING, **params)
    if limit.low is not None and doc.low is None:
        return _result(Verdict.LOOSER, NO_FLOOR, **params)
    low, high = _in_unit(doc.low, doc, limit), _in_unit(doc.high, doc, limit)
    if (doc.low is not None and low is None) or (doc.high is not None and high is None):
        units = {"limit_unit": limit.unit or _NONE, "doc_unit": doc.unit or _NONE}
        return _result(Verdict.CANNOT_COMPARE, UNITS_DIFFER, **units, **params)
    verdicts: list[Verdict] = []
    if limit.high is not None and high is not None:
        verdicts.append(_bound(limit.high - high, doc.strict_high, limit.strict_high))
    if limit.low is not None and low is not None:
        verdicts.append(_bound(low - limit.low, doc.strict_low, limit.strict_low))
    if Verdict.LOOSER in verdicts:
        return _result(Verdict.LOOSER, LOOSER, **params)
    if all(verdict is Verdict.EQUAL for verdict in verdicts):
        return _result(Verdict.EQUAL, EQUAL, **params)
    return _result(Verdict.STRICTER, STRICTER, **params)


def _bound(margin: Decimal, doc_strict: bool, limit_strict: bool) -> Verdict:
    """``margin`` > 0 means the document's bound lies inside the limit's."""
    if margin != 0:
        return Verdict.STRICTER if margin > 0 else Verdict.LOOSER
    if doc_strict == limit_strict:
        return Verdict.EQUAL
    return Verdict.STRICTER if doc_strict else Verdict.LOOSER


def _in_unit(value: Decimal | None, doc: Requirement, limit: Requirement) -> Decimal | None:
    if value is None or doc.unit == limit.unit:
        return value
    return convert(value, doc.unit, limit.unit)
