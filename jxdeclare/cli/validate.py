"""`jxdeclare-cli validate uscc|number`: exit 0 valid, 1 invalid, 2 unusable input."""

from __future__ import annotations

import argparse
import sys
import unicodedata

from jxdeclare.cli.output import print_json, problem_dict, report_problems
from jxdeclare.cli.parsing import add_group
from jxdeclare.domain.stdnumber import parse_standard_number
from jxdeclare.domain.uscc import validate_uscc

EXIT_VALID, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2
MAX_INPUT = 200
AS_PRINTED_HINT = (
    "如代码与营业执照上印的完全一致（部分早期代码校验码不符但合法），请加 --as-printed 确认。"
    " / If the code is exactly as printed on the business licence (some early codes fail the"
    " check yet are legal), confirm with --as-printed."
)


def unusable(text: str) -> str | None:
    """Why a text cannot be checked at all (as opposed to being an invalid code)."""
    if not text.strip():
        return "输入为空。/ The input is empty."
    if len(text) > MAX_INPUT:
        return f"输入过长（{len(text)} 个字符）。/ The input is too long ({len(text)} characters)."
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        return "输入含有控制字符。/ The input contains control characters."
    return None


def run_uscc(args: argparse.Namespace) -> int:
    # A code typed here is being entered: a wrong check character is an error unless confirmed.
    result = validate_uscc(args.text, confirmed=args.as_printed)
    if args.json:
        print_json(
            {
                "input": result.text,
                "code": result.code,
                "valid": result.valid,
                "authority": result.authority,
                "kind": result.kind,
                "region_code": result.region_code,
                "province": result.province,
                "city": result.city,
                "expected_check": result.expected_check,
                "check_mismatch": result.check_mismatch,
                "confirmed_as_printed": args.as_printed and result.check_mismatch,
                "problems": [problem_dict(p) for p in result.problems],
            }
        )
    elif result.valid:
        place = "".join(filter(None, (result.province, result.city)))
        print(f"{result.code} 有效 valid" + (f"（{place}）" if place else ""))
    report_problems(result.problems)
    if result.needs_confirmation:
        print(AS_PRINTED_HINT, file=sys.stderr)
    return EXIT_VALID if result.valid else EXIT_INVALID


def run_number(args: argparse.Namespace) -> int:
    result = parse_standard_number(args.text)
    number = result.number
    if args.json:
        print_json(
            {
                "input": result.text,
                "valid": result.valid,
                "canonical": number.canonical() if number else None,
                "parts": number.as_dict() if number else None,
                "problems": [problem_dict(p) for p in result.problems],
            }
        )
    elif result.valid and number:
        print(f"{number.canonical()} 有效 valid")
    report_problems(result.problems)
    return EXIT_VALID if result.valid else EXIT_INVALID


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaves = add_group(
        subparsers,
        "validate",
        "校验信用代码或标准编号 / check a code",
        common,
        [
            ("uscc", run_uscc, "统一社会信用代码 / unified social credit code"),
            ("number", run_number, "标准编号 / standard number"),
        ],
        needs_context=False,
        check_input=True,
    )
    for parser in leaves.values():
        parser.add_argument("text")
    leaves["uscc"].add_argument(
        "--as-printed",
        action="store_true",
        help="代码与营业执照一致（确认无误）：校验码不符只作提示 / the code is exactly as printed "
        "on the business licence: a wrong check character only warns",
    )
