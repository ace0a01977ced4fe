"""GTIN barcodes (GTIN-8, -12 (UPC-A), -13 (EAN-13), -14): length and mod-10 check digit."""

from __future__ import annotations

import unicodedata

from jxdeclare.domain.messages import Problem, register

LENGTHS = (8, 12, 13, 14)

EMPTY = register("gtin.empty", "请输入商品条码", "Enter the barcode")
BAD_LENGTH = register(
    "gtin.length",
    "商品条码为{length}位，应为8、12、13或14位",
    "The barcode has {length} digits; a GTIN has 8, 12, 13 or 14",
)
NON_DIGIT = register(
    "gtin.non_digit",
    "商品条码第{position}位“{char}”不是数字",
    "Barcode character {position} '{char}' is not a digit",
)
BAD_CHECK = register(
    "gtin.check",
    "商品条码校验位应为{expected}，实际为{actual}",
    "The barcode check digit should be {expected}, not {actual}",
)


def normalise_gtin(text: str) -> str:
    """Half-width digits, spaces dropped: barcodes are often copied as "6 901234 567892"."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def gtin_check_digit(body: str) -> str:
    """Mod-10 check digit: weights 3, 1, 3, ... starting from the rightmost body digit."""
    if not body or not (body.isascii() and body.isdigit()):
        raise ValueError(f"GTIN body must be digits: {body!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def validate_gtin(text: str) -> tuple[Problem, ...]:
    """Problems with a GTIN-8/12/13/14; empty tuple when it is valid."""
    code = normalise_gtin(text)
    if not code:
        return (Problem(EMPTY),)
    problems = [
        Problem(NON_DIGIT, params={"position": i, "char": c})
        for i, c in enumerate(code, start=1)
        if not (c.isascii() and c.isdigit())
    ]
    if len(code) not in LENGTHS:
        problems.append(Problem(BAD_LENGTH, params={"length": len(code)}))
    if problems:
        return tuple(problems)
    expected = gtin_check_digit(code[:-1])
    if code[-1] != expected:
        return (Problem(BAD_CHECK, params={"expected": expected, "actual": code[-1]}),)
    return ()
