"""`jxdeclare-cli check FILE... [--as-of DATE] [--category C] [--json] [--report OUT] [--lang L]`.

`check --stored [--enterprise CODE] [--workers N]` checks the standards stored in the database
(all enterprises', or one's) instead of files: an agency's batch check.

Exit 0: no errors; 1: errors found; 2: unusable input (a file that cannot be read, a bad date,
a report in a missing folder); 70: a fault of the program (cli.main.EXIT_INTERNAL).
``--lang en`` prints the findings and writes the reports in English; the JSON always carries both
languages (the Chinese keys and their ``_en`` companions).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.checks.language import is_english
from jxdeclare.cli.output import fail, print_json
from jxdeclare.services.context import AppContext

if TYPE_CHECKING:
    from jxdeclare.services.batch_check import BatchSummary

EXIT_CLEAN, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2

# The text output's fixed words: (Chinese, English).
TEXTS = {
    "header": ("{path}（截至 {as_of}，数据包 {pack}）", "{path} (as of {as_of}, data pack {pack})"),
    "no_pack": ("无", "none"),
    "category": ("  产品类别：{label}{inferred}", "  Product category: {label}{inferred}"),
    "inferred": ("（由标准名称推断，请确认）", " (inferred from the title: please confirm)"),
    "finding": ("  [{severity}] {rule} {where}：{message}{accepted}",
                "  [{severity}] {rule} {where}: {message}{accepted}"),
    "accepted": ("（已忽略：{reason}）", " (accepted: {reason})"),
    "suggestion": ("      建议：{text}", "      Suggestion: {text}"),
    "not_run": ("  [未运行] {rule}：{why}", "  [not run] {rule}: {why}"),
    "clean": ("  未发现问题。", "  No problems found."),
    "unknown": ("  数据包未收录的引用文件：{count} 项，请人工核对现行有效性",
                "  Referenced documents not in the data pack: {count}; check by hand whether "
                "they are in force"),
    "verdict": ("  抽查结论：{verdict}", "  Spot-check verdict: {verdict}"),
    "checked": ("共检查 {count} 项标准。", "Checked {count} standards."),
    "tally": ("  {name}：{checked} 项，{with_errors} 项有错误（错误 {errors}，警告 {warnings}）",
              "  {name}: {checked} standards, {with_errors} with errors ({errors} errors, "
              "{warnings} warnings)"),
    "by_rule": ("  按规则：{rules}", "  By rule: {rules}"),
}  # fmt: skip


def _text(key: str, lang: str, **values: object) -> str:
    zh, en = TEXTS[key]
    return (en if is_english(lang) else zh).format(**values)


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
    if args.report and not Path(args.report).absolute().parent.is_dir():
        fail(f"报告文件“{args.report}”所在的文件夹不存在 / --report: the folder does not exist")
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
        try:
            _write_report(Path(args.report), reports, args.lang)
        except OSError as exc:  # read-only, locked by Excel or Word, a full disk
            fail(f"无法写出报告“{args.report}”：{exc.strerror or exc} / cannot write the report")
            return EXIT_UNUSABLE
    if args.json:
        # One object per file, its findings inside; several files give a list of them.
        files = [{"file": str(item.path)} | _header(r) | {
            "findings": [f.as_dict() | {"file": str(item.path)} for f in r.findings]}
            for item, r in reports]  # fmt: skip
        print_json(files[0] if len(files) == 1 else files)
    else:
        for item, report in reports:
            _print_report(item.path, report, args.lang)
    return EXIT_ERRORS if any(r.errors for _item, r in reports) else EXIT_CLEAN


def _header(report) -> dict:  # type: ignore[no-untyped-def]
    return {
        "as_of": report.as_of.isoformat(),
        "pack": report.pack,
        "product_category": report.category,
        "limits_checked": report.limits_checked,
        "verdict": str(report.verdict),
        "verdict_en": report.verdict.label_in("en"),
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
        WRITERS[Path(args.report).suffix.lower()](named, Path(args.report), lang=args.lang)
    if args.json:
        print_json([
            f.as_dict() | {"enterprise": r.enterprise, "standard": r.number, "draft_id": r.draft_id}
            for r in results for f in r.report.findings
        ])  # fmt: skip
    else:
        for r in results:
            _print_report(f"{r.enterprise} {r.number} {r.title}", r.report, args.lang)
        _print_summary(BatchSummary.of(results), len(results), args.lang)
    return EXIT_ERRORS if any(r.report.errors for r in results) else EXIT_CLEAN


def _print_summary(summary: BatchSummary, count: int, lang: str) -> None:
    print(_text("checked", lang, count=count))
    for name, tally in sorted(summary.by_enterprise.items()):
        print(_text("tally", lang, name=name, checked=tally.checked, errors=tally.errors,
                    with_errors=tally.with_errors, warnings=tally.warnings))  # fmt: skip
    if summary.by_rule:
        rules = ("，", ", ")[is_english(lang)].join(
            f"{k} {v}" for k, v in sorted(summary.by_rule.items()))  # fmt: skip
        print(_text("by_rule", lang, rules=rules))


def _write_report(out: Path, reports: list, lang: str) -> None:  # type: ignore[type-arg]
    from jxdeclare.reporting.check_reports import WRITERS, Checked

    checked = [Checked(str(item.path), r) for item, r in reports]
    WRITERS[out.suffix.lower()](checked, out, lang=lang)


def _print_report(path: Path | str, report, lang: str = "zh") -> None:  # type: ignore[no-untyped-def]
    pack = report.pack_in(lang) or _text("no_pack", lang)
    print(_text("header", lang, path=path, as_of=report.as_of, pack=pack))
    if report.category:
        inferred = _text("inferred", lang) if report.category["inferred"] else ""
        print(_text("category", lang, label=report.category["label"], inferred=inferred))
    for f in report.findings:
        accepted = _text("accepted", lang, reason=f.suppressed_in(lang)) if f.suppressed else ""
        print(_text("finding", lang, severity=f.severity.label_in(lang), rule=f.rule,
                    where=f.location.label_in(lang), message=f.message_in(lang),
                    accepted=accepted))  # fmt: skip
        print(_text("suggestion", lang, text=f.suggestion_in(lang)))
    for rule_id, why in report.not_run_in(lang).items():
        print(_text("not_run", lang, rule=rule_id, why=why))
    if not report.findings:
        print(_text("clean", lang))
    if unknown := sum(1 for f in report.findings if f.rule == "R008"):
        print(_text("unknown", lang, count=unknown))
    print(_text("verdict", lang, verdict=report.verdict.label_in(lang)))


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
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh",
        help="文字输出和报告的语言（默认中文；JSON 总是含两种语言）/ language of the text and "
        "reports",
    )  # fmt: skip
    parser.set_defaults(handler=run_check)
