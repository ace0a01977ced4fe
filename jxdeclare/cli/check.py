"""`jxdeclare-cli check FILE... [--as-of DATE] [--category C] [--json] [--report OUT]`.

`check --stored [--enterprise CODE] [--workers N]` checks the standards stored in the database
(all enterprises', or one's) instead of files: an agency's batch check.

Exit 0: no errors; 1: errors found; 2: unusable input (a file that cannot be read, a bad date).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.checks.registry import SEVERITY_LABELS as SEVERITY
from jxdeclare.cli.output import fail, print_json
from jxdeclare.services.context import AppContext

if TYPE_CHECKING:
    from jxdeclare.services.batch_check import BatchSummary

EXIT_CLEAN, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2


def run_check(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.checking import check_loaded, load_for_check
    from jxdeclare.services.errors import InputFileError, explain

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError:
        fail(f"日期“{args.as_of}”应为 YYYY-MM-DD 格式 / --as-of must be YYYY-MM-DD")
        return EXIT_UNUSABLE
    if args.report and Path(args.report).suffix.lower() not in (".pdf", ".xlsx", ".docx"):
        fail(f"报告文件应为 .pdf、.xlsx 或 .docx：{args.report} / --report: .pdf, .xlsx or .docx")
        return EXIT_UNUSABLE
    if args.stored:
        return _check_stored(ctx, args, as_of)
    if not args.files:
        fail("请给出要检查的文件，或用 --stored 检查已存的标准 / name files to check, or --stored")
        return EXIT_UNUSABLE
    loaded = []
    for name in args.files:
        try:
            loaded.append(load_for_check(Path(name)))
        except Exception as exc:  # any file that cannot be read is unusable input
            if (message := explain(exc)) is None and not isinstance(exc, ValueError):
                raise
            fail(f"{name}：{message or exc}")
            return EXIT_UNUSABLE
    try:
        reports = [(item, check_loaded(ctx, item, as_of, args.category or "")) for item in loaded]
    except InputFileError as exc:
        fail(str(exc))
        return EXIT_UNUSABLE
    if args.report:
        _write_report(Path(args.report), reports)
    if args.json:
        # One object per file, its findings inside; several files give a list of them.
        files = [{"file": str(item.path)} | _header(r) | {
            "findings": [f.as_dict() | {"file": str(item.path)} for f in r.findings]}
            for item, r in reports]  # fmt: skip
        print_json(files[0] if len(files) == 1 else files)
    else:
        for item, report in reports:
            _print_report(item.path, report)
    return EXIT_ERRORS if any(r.errors for _item, r in reports) else EXIT_CLEAN


def _header(report) -> dict:  # type: ignore[no-untyped-def]
    return {
        "as_of": report.as_of.isoformat(),
        "pack": report.pack,
        "product_category": report.category,
        "limits_checked": report.limits_checked,
        "verdict": str(report.verdict),
        "rectification": [r.as_dict() for r in report.rectification],
    }


def _check_stored(ctx: AppContext, args: argparse.Namespace, as_of: date) -> int:
    from jxdeclare.reporting.check_reports import WRITERS, Checked
    from jxdeclare.services.batch_check import BatchSummary, check_stored
    from jxdeclare.services.enterprises import find_enterprise
    from jxdeclare.services.errors import ServiceError

    try:
        owner = find_enterprise(ctx, args.enterprise).id if args.enterprise else None
    except ServiceError as exc:
        fail(str(exc))
        return EXIT_UNUSABLE
    results = check_stored(ctx, owner, as_of, workers=args.workers)
    if args.report:
        named = [Checked(f"{r.enterprise} {r.number} {r.title}", r.report) for r in results]
        WRITERS[Path(args.report).suffix.lower()](named, Path(args.report))
    if args.json:
        print_json([
            f.as_dict() | {"enterprise": r.enterprise, "standard": r.number, "draft_id": r.draft_id}
            for r in results for f in r.report.findings
        ])  # fmt: skip
    else:
        for r in results:
            _print_report(f"{r.enterprise} {r.number} {r.title}", r.report)
        _print_summary(BatchSummary.of(results), len(results))
    return EXIT_ERRORS if any(r.report.errors for r in results) else EXIT_CLEAN


def _print_summary(summary: BatchSummary, count: int) -> None:
    print(f"共检查 {count} 项标准。")
    for name, tally in sorted(summary.by_enterprise.items()):
        print(f"  {name}：{tally.checked} 项，{tally.with_errors} 项有错误"
              f"（错误 {tally.errors}，警告 {tally.warnings}）")  # fmt: skip
    if summary.by_rule:
        print("  按规则：" + "，".join(f"{k} {v}" for k, v in sorted(summary.by_rule.items())))


def _write_report(out: Path, reports: list) -> None:  # type: ignore[type-arg]
    from jxdeclare.reporting.check_reports import WRITERS, Checked

    WRITERS[out.suffix.lower()]([Checked(str(item.path), r) for item, r in reports], out)


def _print_report(path: Path | str, report) -> None:  # type: ignore[no-untyped-def]
    print(f"{path}（截至 {report.as_of}，数据包 {report.pack or '无'}）")
    if report.category:
        inferred = "（由标准名称推断，请确认）" if report.category["inferred"] else ""
        print(f"  产品类别：{report.category['label']}{inferred}")
    for f in report.findings:
        accepted = f"（已忽略：{f.suppressed}）" if f.suppressed else ""
        print(
            f"  [{SEVERITY[f.severity.value]}] {f.rule} {f.location.label}：{f.message}{accepted}"
        )
        print(f"      建议：{f.suggestion}")
    for rule_id, why in report.not_run.items():
        print(f"  [未运行] {rule_id}：{why}")
    if not report.findings:
        print("  未发现问题。")
    if unknown := sum(1 for f in report.findings if f.rule == "R008"):
        print(f"  数据包未收录的引用文件：{unknown} 项，请人工核对现行有效性")
    print(f"  抽查结论：{report.verdict}")


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check", parents=[common], help="离线检查标准文本 / check standards offline"
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help=".jxstd、.docx 或 .pdf 文件")
    parser.add_argument(
        "--stored", action="store_true", help="检查数据库中已存的全部企业标准（代理机构批量检查）"
    )
    parser.add_argument("--enterprise", metavar="CODE", help="与 --stored 同用：只查这家企业")
    parser.add_argument(
        "--workers", type=int, metavar="N", help="与 --stored 同用：并行进程数（默认按 CPU 数）"
    )
    parser.add_argument("--as-of", help="按此日期判断引用标准的状态（默认今天）")
    parser.add_argument(
        "--category",
        help="产品类别：产品名（如 米粉/米线）或 GB 2762 附录A、GB 2760 表E.1 的类别名称或代码",
    )
    parser.add_argument(
        "--report", metavar="OUT", help="同时写出报告：.pdf 检查报告、.xlsx 明细、.docx 修改意见表"
    )
    parser.set_defaults(handler=run_check)
