"""`jxdeclare-cli system show|import|export|report|status` — the enterprise standard system.

Each works on one enterprise (`--enterprise CODE`: id, credit code or 企业代号) or on all. With
all enterprises, `export` and `report` treat OUT as a folder and write one file per enterprise.
Exit codes: 0 done; 1 the input had errors and nothing was written; 2 unusable arguments.
The editing sub-commands (init, add, move, remove, reviewed, ack, branch-*) live in
`system_edit.py`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from jxdeclare.cli.output import fail, list_capped, print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.domain.limits import MAX_LISTED_ROW_ERRORS
from jxdeclare.services.context import AppContext

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_UNUSABLE = 0, 1, 2


class Unusable(Exception):
    """An argument that makes the command impossible (exit 2)."""


def as_of(args: argparse.Namespace) -> date:
    try:
        return date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError as exc:
        raise Unusable(f"日期“{args.as_of}”应为 YYYY-MM-DD / --as-of must be YYYY-MM-DD") from exc


def targets(ctx: AppContext, args: argparse.Namespace) -> list[tuple[int, str]]:
    """(id, name) of the enterprise named by --enterprise, else of every enterprise."""
    from jxdeclare.services.enterprises import find_enterprise, list_enterprises

    if args.enterprise:
        found = find_enterprise(ctx, args.enterprise)
        return [(found.id, found.name)]
    return [(e.id, e.name) for e in list_enterprises(ctx)]


def one_target(ctx: AppContext, args: argparse.Namespace) -> tuple[int, str]:
    if not args.enterprise:
        raise Unusable("请用 --enterprise 指定企业 / name the enterprise with --enterprise CODE")
    return targets(ctx, args)[0]


def guarded(handler: Any) -> Any:
    def run(ctx: AppContext, args: argparse.Namespace) -> int:
        try:
            return int(handler(ctx, args))
        except Unusable as exc:
            fail(str(exc))
            return EXIT_UNUSABLE

    return run


def entry_dict(entry: Any) -> dict[str, Any]:
    data = asdict(entry)
    data["level"] = str(entry.level)
    for key in ("published", "implemented", "review_due", "successor_from"):
        data[key] = data[key].isoformat() if data[key] else None
    for key in ("replaced_by", "chain", "replaces", "products"):
        data[key] = list(data[key])
    return data


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.status import entry_views

    day, shown = as_of(args), []
    for eid, name in targets(ctx, args):
        tree, views = entry_views(ctx, eid, day)
        if args.json:
            shown.append(_show_json(eid, name, day, tree, views))
            continue
        print(f"{name}（截至 {day.isoformat()}）")
        if not tree.nodes:
            print("  尚未建立标准体系。用 system init 或 system import 建立。")
        for row, depth in tree.walk():
            print(f"{'  ' * (depth + 1)}{tree.code(row.id)} {row.title}")
            for view in (v for v in views if v.node_id == row.id):
                print(f"{'  ' * (depth + 2)}{_entry_line(view)}")
        for view in (v for v in views if v.node_id is None):
            print(f"  [未归入子体系] {_entry_line(view)}")
    if args.json:
        print_json(shown)
    return EXIT_OK


def _show_json(eid: int, name: str, day: date, tree: Any, views: list[Any]) -> dict[str, Any]:
    branches = [
        {"id": r.id, "code": tree.code(r.id), "title": r.title, "depth": depth}
        for r, depth in tree.walk()
    ]
    return {
        "enterprise_id": eid,
        "enterprise": name,
        "as_of": day.isoformat(),
        "branches": branches,
        "entries": [entry_dict(v) for v in views],
    }


def _entry_line(view: Any) -> str:
    status = view.status + (f" → {'、'.join(view.replaced_by)}" if view.replaced_by else "")
    due = f"，复审到期 {view.review_due.isoformat()}" if view.review_due else ""
    return f"{view.code} {view.number or '（无编号）'} {view.title} [{status}{due}]"


def run_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.importing import commit_import, preview_import
    from jxdeclare.services.system.status import statuses_on

    eid, name = one_target(ctx, args)
    day = as_of(args)
    preview = preview_import(ctx, eid, Path(args.file), args.template)
    listed = [*preview.rows, *preview.existing]  # each row's status on --as-of (default today)
    found = statuses_on(ctx, [(r.number, r.data) for r in listed], day)
    status = {r.row: word for r, word in zip(listed, found, strict=True)}  # by the file's row
    # Capped: a sheet can hold thousands of bad rows; --json lists them all.
    list_capped([f"错误 error: {p}" for p in preview.errors], MAX_LISTED_ROW_ERRORS)
    list_capped([f"警告 warning: {p}" for p in preview.warnings], MAX_LISTED_ROW_ERRORS)
    blocked = bool(preview.errors) and not args.skip_errors
    result = None
    if not args.dry_run and not blocked:
        result = commit_import(ctx, preview, skip_errors=args.skip_errors)
    if args.json:
        print_json(_import_json(preview, result, day, status))
    else:
        _print_import(name, preview, result, blocked, day, status)
    return EXIT_INPUT_ERRORS if blocked else EXIT_OK


def _import_json(preview: Any, result: Any, day: date, status: dict[int, str]) -> dict[str, Any]:
    return {
        "file": preview.file,
        "template": preview.template or None,
        "as_of": day.isoformat(),
        "rows": [
            {
                "row": r.row,
                "number": r.number,
                "title": r.title,
                "branch": r.branch,
                "status": status[r.row],
            }
            for r in preview.rows
        ],
        "existing": [
            {"row": r.row, "number": r.number, "status": status[r.row]} for r in preview.existing
        ],
        "errors": [vars(e) for e in preview.errors],
        "warnings": [vars(e) for e in preview.warnings],
        "skipped": [{"row": row, "reason": why} for row, why in preview.skipped],
        "new_branches": preview.new_branches,
        "imported": result.added if result else 0,
        "written": result is not None,
    }


def _print_import(
    name: str, preview: Any, result: Any, blocked: bool, day: date, status: dict[int, str]
) -> None:
    if preview.rows:
        print(f"标准状态按 {day.isoformat()} 判断 / status as of {day.isoformat()}")
    for row in preview.rows:
        print(f"第{row.row}行 {row.number or '（待制定）'} {row.title} → {row.branch}"
              f"（{status[row.row]}）")  # fmt: skip
    if preview.existing:
        print(f"已在体系中、跳过 {len(preview.existing)} 项。")
    if blocked:
        count = len(preview.errors)
        print(
            f"文件有 {count} 行错误，未导入任何内容（可加 --skip-errors 跳过这些行）。"
            f" / {count} row error(s); nothing imported.",
            file=sys.stderr,
        )
    elif result is None:
        print(f"预览：将导入 {len(preview.rows)} 项（--dry-run，未写入）。")
    else:
        print(f"已导入 {result.added} 项到“{name}”的标准体系。")


def _outputs(
    ctx: AppContext, args: argparse.Namespace, out: Path, suffix: str
) -> list[tuple[int, Path]]:
    """Where each enterprise's file goes: OUT itself for one, OUT/<name><suffix> for several."""
    chosen = targets(ctx, args)
    if args.enterprise or len(chosen) == 1:
        return [(chosen[0][0], out)]
    out.mkdir(parents=True, exist_ok=True)
    return [(eid, out / f"{_safe(name)}{suffix}") for eid, name in chosen]


def _safe(name: str) -> str:
    return "".join("_" if c in '<>:"/\\|?*' else c for c in name).strip() or "企业"


def run_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system.outputs import export_detail

    written = []
    for eid, path in _outputs(ctx, args, Path(args.xlsx), "标准明细表.xlsx"):
        written.append({"enterprise_id": eid, "file": str(path),
                        "entries": export_detail(ctx, eid, path, as_of(args))})  # fmt: skip
    _report_written(args, written)
    return EXIT_OK


FILE_NAMES = {"pdf": "标准体系表.pdf", "xlsx": "标准体系表.xlsx", "annual": "年度标准化统计.xlsx"}


def run_report(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.system import outputs as system_outputs

    wanted = [(s, p) for s, p in (("pdf", args.pdf), ("xlsx", args.xlsx), ("diagram", args.diagram),
                                  ("annual", args.annual)) if p]  # fmt: skip
    if not wanted:
        raise Unusable("请至少给出 --pdf、--xlsx、--diagram 或 --annual 之一")
    written = []
    for kind, target in wanted:
        suffix = FILE_NAMES.get(kind) or "标准体系结构图" + Path(target).suffix
        for eid, path in _outputs(ctx, args, Path(target), suffix):
            if kind in ("pdf", "xlsx"):
                system_outputs.write_report(ctx, eid, path, as_of(args))
            elif kind == "diagram":
                system_outputs.write_diagram(ctx, eid, path, as_of(args))
            else:
                system_outputs.write_annual(ctx, eid, path, args.year)
            written.append({"enterprise_id": eid, "kind": kind, "file": str(path)})
    _report_written(args, written)
    return EXIT_OK


def _report_written(args: argparse.Namespace, written: list[dict[str, Any]]) -> None:
    if args.json:
        print_json(written)
    else:
        for item in written:
            print(f"已写入 {item['file']}")


def run_status(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.domain.filing import FILING_DUE_DAYS
    from jxdeclare.reporting.system.dashboard import write_dashboard_xlsx
    from jxdeclare.services.catalog import active_catalogue
    from jxdeclare.services.filing.due import due_filings
    from jxdeclare.services.system.status import dashboard_rows

    day = as_of(args)
    owner = targets(ctx, args)[0][0] if args.enterprise else None
    rows = dashboard_rows(ctx, owner, day)
    filings = due_filings(ctx, owner, day)  # 食品标准备案: 公示 ending, validity running out
    label = active_catalogue(ctx).label
    if args.xlsx:
        write_dashboard_xlsx([(r.enterprise, r.action) for r in rows], day, label, Path(args.xlsx))
    if args.json:
        print_json({"as_of": day.isoformat(), "data": label,
                    "actions": [_action_json(r) for r in rows],
                    "filings": [f.as_dict() for f in filings]})  # fmt: skip
        return EXIT_OK
    print(f"截至 {day.isoformat()}（{label}）：待处理 {len(rows) + len(filings)} 项")
    for r in rows:
        entry = r.action.entry
        standard = f"{entry.number or '（无编号）'} {entry.title}"
        print(f"  {r.enterprise}｜{r.action.kind}｜{standard}：{r.action.text}")
    if filings:
        print(f"食品标准备案：{FILING_DUE_DAYS} 天内到期 {len(filings)} 项")
    for f in filings:
        print(f"  {f.record.enterprise}｜备案｜{f.text}（草稿 {f.record.draft_id}）")
    return EXIT_OK


def _action_json(row: Any) -> dict[str, Any]:
    action = row.action
    return {
        "enterprise_id": row.enterprise_id, "enterprise": row.enterprise,
        "kind": str(action.kind), "text": action.text,
        "due": action.due.isoformat() if action.due else None,
        "entry": entry_dict(action.entry),
    }  # fmt: skip


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from jxdeclare.cli import system_edit
    from jxdeclare.domain.system.templates import DEFAULT_TEMPLATE, TEMPLATES

    leaves = add_group(
        subparsers, "system", "企业标准体系 / enterprise standard system", common,
        [
            ("show", guarded(run_show), "查看体系结构和标准状态 / show"),
            ("import", guarded(run_import), "从标准明细表 .xlsx 导入 / import"),
            ("export", guarded(run_export), "导出标准明细表 .xlsx / export"),
            ("report", guarded(run_report), "生成 GB/T 13017 报告 / report"),
            ("status", guarded(run_status), "待处理事项看板 / action dashboard"),
            *system_edit.leaves(guarded),
        ],
    )  # fmt: skip
    for parser in leaves.values():
        parser.add_argument("--enterprise", metavar="CODE", help="企业编号、信用代码或企业代号")
        parser.add_argument("--as-of", help="按此日期判断标准状态（默认今天）")
    leaves["import"].add_argument("file", metavar="FILE.xlsx")
    leaves["import"].add_argument("--template", choices=sorted(TEMPLATES), default=DEFAULT_TEMPLATE,
                                  help="企业尚无体系时先套用的模板")  # fmt: skip
    leaves["import"].add_argument("--dry-run", action="store_true", help="只预览，不写入")
    leaves["import"].add_argument("--skip-errors", action="store_true", help="跳过有错误的行")
    leaves["export"].add_argument("--xlsx", required=True, metavar="OUT")
    report = leaves["report"]
    report.add_argument("--pdf", metavar="OUT", help="PDF 报告（结构图、明细表、统计表、编制说明）")
    report.add_argument("--xlsx", metavar="OUT", help="同上，Excel 版")
    report.add_argument("--diagram", metavar="OUT", help="结构图 .png 或 .svg")
    report.add_argument("--annual", metavar="OUT", help="年度标准化统计 .xlsx")
    report.add_argument("--year", type=int, help="与 --annual 同用：统计年度（默认今年）")
    leaves["status"].add_argument("--xlsx", metavar="OUT", help="把看板导出为 .xlsx")
    system_edit.add_arguments(leaves)
