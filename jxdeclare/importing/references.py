"""Lines of the 规范性引用文件 list and the 参考文献 into :class:`Reference`."""

from __future__ import annotations

import re

from ..domain.document.boilerplate import NO_NORMATIVE_REFERENCES, NORMATIVE_REFERENCES_INTRO
from ..domain.document.model import Reference
from ..domain.stdnumber import parse_standard_number

_INTRO = re.compile(r"^下列文件|^下列标准|^凡是注日期的引用文件|^本(?:文件|标准)没有规范性引用文件")
_BRACKET = re.compile(r"^\s*[\[［【]\s*\d+\s*[\]］】]\s*")  # "[1]" in a 参考文献 list
_LEAD = re.compile(r"^[^\u4e00-\u9fff《]*?(?:（所有部分）|\(所有部分\))?(?=[\u4e00-\u9fff《]|$)")
_SEPARATORS = " \u3000\t"


_FIXED = {re.sub(r"\s+", "", t) for t in (NORMATIVE_REFERENCES_INTRO, NO_NORMATIVE_REFERENCES)}


def is_fixed_intro(text: str) -> bool:
    """Exactly the GB/T 1.1—2020 sentence, which the renderer writes again by itself."""
    return re.sub(r"\s+", "", text) in _FIXED


def is_intro(text: str) -> bool:
    """Any edition's lead-in sentence, or the "no references" sentence."""
    return bool(_INTRO.match(re.sub(r"\s+", "", text)))


def parse_reference(line: str) -> tuple[Reference, bool]:
    """(reference, whether its number parsed); the number is printed canonically when it parses."""
    text = _BRACKET.sub("", line).strip()
    for candidate in _candidates(text):
        parsed = parse_standard_number(candidate)
        if parsed.valid and parsed.number is not None:
            title = text[len(candidate) :].strip(_SEPARATORS)
            return Reference(parsed.number.canonical(), title), True
    lead = _LEAD.match(text)
    if lead and (number := lead.group(0).strip(_SEPARATORS)):
        return Reference(number, text[lead.end() :].strip(_SEPARATORS)), False
    return Reference("", text), False


def _candidates(text: str) -> list[str]:
    """Prefixes of the line that may be the number: the part before the first CJK character,
    then the first one to four whitespace-separated tokens (longest first)."""
    found: list[str] = []
    if (match := _LEAD.match(text)) and match.group(0).strip():
        found.append(match.group(0).rstrip(_SEPARATORS))
    tokens = list(re.finditer(r"\S+", text))
    for count in range(min(4, len(tokens)), 0, -1):
        found.append(text[: tokens[count - 1].end()])
    return found
