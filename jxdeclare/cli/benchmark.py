"""`jxdeclare-cli benchmark list|import|compare|template`: 对标 sets and comparisons.

A benchmark is advice: ``compare`` exits 0 whatever tier a standard reaches. Exit 2: unusable
input (a missing or broken file, an unknown set name, a report in a missing folder); 1: an import
refused (row errors, a name already taken without --replace); 70: a fault of the program.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jxdeclare.cli.output import EXIT_UNUSABLE_INPUT, fail, fail_file, list_capped, print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.services.context import AppContext

EXIT_OK, EXIT_REFUSED = 0, 1
REPORTS = (".pdf", ".xlsx")


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.benchmarks.sets import all_sets
    from jxdeclare.services.catalog import active_catalogue

    sets = all_sets(ctx, active_catalogue(ctx).pack)
    if args.json:
        print_json([{
            "name": s.name, "product_category": s.product_category, "kind": s.kind,
            "tiers": list(s.tiers), "shipped": s.shipped, "rows": [r.as_dict() for r in s.rows],
        } for s in sets])  # fmt: skip
        return EXIT_OK
    for s in sets:
        origin = "随程序提供" if s.shipped else "已导入"
        print(f"{s.name}\t{s.product_category}\t{s.kind}\t{'、'.join(s.tiers)}\t"
              f"{len(s.rows)} 项\t{origin}")  # fmt: skip
    return EXIT_OK


def run_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.domain.limits import MAX_LISTED_ROW_ERRORS
    from jxdeclare.services.benchmarks.sets import import_workbook
    from jxdeclare.services.errors import DuplicateError, InputFileError

    try:
        outcome = import_workbook(ctx, Path(args.file), replace=args.replace)
    except InputFileError as exc:
        return fail_file(args.file, str(exc))
    except DuplicateError as exc:
        fail(f"错误 error: {exc}")
        return EXIT_REFUSED
    if args.json:
        print_json({"imported": [s.name for s in outcome.sets], "replaced": outcome.replaced,
                    "errors": [e.as_dict() for e in outcome.errors]})  # fmt: skip
    list_capped([f"错误 error: {e}" for e in outcome.errors], MAX_LISTED_ROW_ERRORS)
    if outcome.errors:
        print(f"文件有 {len(outcome.errors)} 处错误，未导入任何对标集。"
              f" / {len(outcome.errors)} error(s); nothing imported.", file=sys.stderr)  # fmt: skip
        return EXIT_REFUSED
    if not args.json:
        for s in outcome.sets:
            done = "已替换" if s.name in outcome.replaced else "已导入"
            print(f"{done}对标集“{s.name}”：{len(s.rows)} 项指标")
    return EXIT_OK


def run_compare(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.reporting.benchmarks import WRITERS
    from jxdeclare.services.benchmarks.comparing import compare_file
    from jxdeclare.services.errors import InputFileError, NotFoundError, explain

    report = Path(args.report) if args.report else None
    if report and report.suffix.lower() not in REPORTS:
        fail(f"报告文件应为 .pdf 或 .xlsx：{args.report} / --report: .pdf or .xlsx")
        return EXIT_UNUSABLE_INPUT
    if report and not report.absolute().parent.is_dir():
        fail(f"报告文件“{args.report}”所在的文件夹不存在 / --report: the folder does not exist")
        return EXIT_UNUSABLE_INPUT
    try:
        comparison = compare_file(ctx, Path(args.file), args.set or "")
    except (InputFileError, NotFoundError) as exc:
        return fail_file(args.file, str(exc)) if isinstance(exc, InputFileError) else _no_set(exc)
    except Exception as exc:  # a file the importers cannot read is unusable input
        if (message := explain(exc)) is None and not isinstance(exc, ValueError):
            raise
        return fail_file(args.file, message or str(exc))
    if report:
        try:
            WRITERS[report.suffix.lower()](comparison, report)
        except OSError as exc:  # read-only, locked by Excel, a full disk
            fail(f"无法写出报告“{args.report}”：{exc.strerror or exc} / cannot write the report")
            return EXIT_UNUSABLE_INPUT
    if args.json:
        print_json(comparison.as_dict())
    else:
        _print(comparison)
    return EXIT_OK


def _no_set(exc: Exception) -> int:
    fail(f"错误 error: {exc}")
    return EXIT_UNUSABLE_INPUT


def _print(comparison) -> None:  # type: ignore[no-untyped-def]
    from jxdeclare.reporting.benchmarks import header_lines

    for line in header_lines(comparison):
        print(line)
    for result in comparison.results:
        for r in result.rows:
            gap = f"，差 {r.gap}" if r.gap else ""
            where = f"（{r.stated.where}）" if r.stated else ""
            print(f"  [{r.outcome.label}] {r.target.item} {r.target.target_text()}"
                  f"（{r.target.tier}）：本文件 {r.value or '未规定'}{where}{gap}")  # fmt: skip
    for kind, f in comparison.preconditions:
        print(f"  [前提·{kind}] {f.rule} {f.location.label}：{f.message}")


def run_template(args: argparse.Namespace) -> int:
    from jxdeclare.importing.benchmark_xlsx import write_template

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        fail(f"模板文件应为 .xlsx：{args.out} / the template is an .xlsx file")
        return EXIT_UNUSABLE_INPUT
    if not out.absolute().parent.is_dir():
        fail(f"“{args.out}”所在的文件夹不存在 / the folder does not exist")
        return EXIT_UNUSABLE_INPUT
    try:
        write_template(out)
    except OSError as exc:
        fail(f"无法写出“{args.out}”：{exc.strerror or exc} / cannot write the file")
        return EXIT_UNUSABLE_INPUT
    print(f"已写出对标集模板：{out}（填写说明见其“说明”工作表）")
    return EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaves = add_group(
        subparsers, "benchmark", "对标：领跑者、江西绿色生态等自愿性目标 / benchmark sets", common,
        [
            ("list", run_list, "列出对标集 / list sets"),
            ("import", run_import, "从 Excel 模板导入对标集 / import sets from .xlsx"),
            ("compare", run_compare, "标准与对标集比较 / compare a standard with sets"),
            ("template", run_template, "写出空白的导入模板 / write an empty template"),
        ],
    )  # fmt: skip
    leaves["import"].add_argument("file", metavar="FILE.xlsx")
    leaves["import"].add_argument(
        "--replace", action="store_true", help="替换已导入的同名对标集 / replace a set of the name"
    )
    compare = leaves["compare"]
    compare.add_argument("file", metavar="FILE", help=".jxstd 或 .docx 文件")
    compare.add_argument("--set", metavar="NAME", help="只与此对标集比较（默认：按产品适用的全部）")
    compare.add_argument("--report", metavar="OUT", help="同时写出报告：.pdf 或 .xlsx")
    leaves["template"].add_argument("out", metavar="OUT.xlsx")
    leaves["template"].set_defaults(needs_context=False)
