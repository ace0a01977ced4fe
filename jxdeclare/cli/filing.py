"""`jxdeclare-cli filing package|record|show|list` — the 备案 of food enterprise standards stricter
than food-safety standards (《食品安全法》第三十条) with the provincial health commission.

package DRAFT_ID --out DIR [--zip] [--force]
    the standard as PDF and Word and the 编制说明 (PDF and Word) with each indicator against the
    food-safety standard; refused (exit 2) for a standard that is not filed unless --force
record DRAFT_ID STEP
    one step the enterprise took on the commission's filing system, exactly one of:
    --public-from DATE --public-to DATE        社会公示
    --number N --filed DATE [--valid-until D]  备案 (after the 公示 ended)
    --revise DATE                              修订 (then 公示 and 备案 again)
    --renew DATE [--number N] [--valid-until D] 延续
    --cancel DATE                              注销
show DRAFT_ID
    the filing record and its journal
list [--due-within DAYS] [--as-of DATE]
    every filing, or those whose 公示 ends or validity runs out within DAYS

The app prepares and records; it never reaches the commission's website. Exit codes: 0 done;
2 unusable input (a bad date, an unknown standard, a step that does not fit the filing's state,
a standard that is not filed); 70 a fault of the program.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from jxdeclare.cli.output import EXIT_UNUSABLE_INPUT, fail, print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.services.context import AppContext

EXIT_OK = 0


class Unusable(Exception):
    """An argument that makes the command impossible (exit 2)."""


def _date(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Unusable(
            f"{option} 的日期“{text}”应为 YYYY-MM-DD / {option} must be YYYY-MM-DD"
        ) from None


def guarded(handler: Any) -> Any:
    """Unusable arguments, refused steps and unknown standards end with their message, exit 2."""

    def run(ctx: AppContext, args: argparse.Namespace) -> int:
        from jxdeclare.services.errors import ConflictError, NotFoundError
        from jxdeclare.services.filing.package import NotForFiling
        from jxdeclare.services.filing.records import StepRefused

        try:
            return int(handler(ctx, args))
        except NotForFiling as exc:
            fail(f"错误 error: {exc}\n如仍要生成材料，请加 --force。"
                 "/ Add --force to write it anyway.")  # fmt: skip
            return EXIT_UNUSABLE_INPUT
        except (Unusable, StepRefused, NotFoundError, ConflictError) as exc:
            fail(f"错误 error: {exc}")
            return EXIT_UNUSABLE_INPUT

    return run


def run_package(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.filing.package import write_package

    result = write_package(ctx, args.draft_id, Path(args.out), as_zip=args.zip, force=args.force)
    comparison = result.comparison
    if args.json:
        print_json({
            "path": str(result.path), "final_text": result.final_text, "forced": result.forced,
            "stricter": len(comparison.stricter), "standards": comparison.standards,
            "rows": [row.as_dict() for row in comparison.rows],
        })  # fmt: skip
        return EXIT_OK
    print(f"已写入备案材料：{result.path}")
    print(f"  严于食品安全国家标准的指标 {len(comparison.stricter)} 项："
          + "、".join(r.item for r in comparison.stricter))  # fmt: skip
    if not result.final_text:
        print("  注意：标准还有未填写的内容，标准文本按草稿输出（带“草稿”水印）。")
    print("  编制说明中黄色底纹的“填写”部分由企业补充；备案在卫生健康委员会备案系统办理。")
    return EXIT_OK


_STEPS = ("public", "filed", "revise", "renew", "cancel")


def _chosen_step(args: argparse.Namespace) -> str:
    given = {
        "public": bool(args.public_from or args.public_to),
        "filed": bool(args.filed),
        "revise": bool(args.revise),
        "renew": bool(args.renew),
        "cancel": bool(args.cancel),
    }
    chosen = [step for step in _STEPS if given[step]]
    if len(chosen) != 1:
        raise Unusable(
            "请给出一步：--public-from/--public-to、--number/--filed、--revise、--renew 或 --cancel"
            " / give exactly one step"
        )
    return chosen[0]


def run_record(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.filing import records

    step, note = _chosen_step(args), args.note or ""
    today = _date(args.as_of, "--as-of")
    valid_until = _date(args.valid_until, "--valid-until")
    if step == "public":
        start, end = _date(args.public_from, "--public-from"), _date(args.public_to, "--public-to")
        if start is None or end is None:
            raise Unusable("社会公示需要 --public-from 和 --public-to / give both dates")
        record = records.record_public(ctx, args.draft_id, start, end, note=note)
    elif step == "filed":
        if not args.number:
            raise Unusable("备案需要 --number（备案号）和 --filed（备案日期）/ give --number")
        record = records.record_filed(ctx, args.draft_id, args.number, _date(args.filed, "--filed"),
                                      valid_until=valid_until, today=today, note=note)  # fmt: skip
    elif step == "revise":
        record = records.record_revision(ctx, args.draft_id, _date(args.revise, "--revise"),
                                         note=note)  # fmt: skip
    elif step == "renew":
        record = records.record_renewal(ctx, args.draft_id, _date(args.renew, "--renew"),
                                        number=args.number or "", valid_until=valid_until,
                                        note=note)  # fmt: skip
    else:
        record = records.record_cancel(ctx, args.draft_id, _date(args.cancel, "--cancel"),
                                       note=note)  # fmt: skip
    return _show(args, record)


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.filing.records import filing_of

    return _show(args, filing_of(ctx, args.draft_id))


def _show(args: argparse.Namespace, record: Any) -> int:
    from jxdeclare.domain.filing import VALIDITY_CAVEAT

    if args.json:
        print_json(record.as_dict())
        return EXIT_OK
    d = record.dates
    print(f"{record.standard_number} {record.title}（{record.enterprise}）：{record.state_label}")
    if d.public_from:
        print(f"  社会公示：{d.public_from.isoformat()} 至 {d.public_to.isoformat()}")
    if d.number:
        print(f"  备案号：{d.number}　备案日期：{d.filed_on.isoformat() if d.filed_on else ''}")
    if d.valid_until:
        print(f"  有效期至：{d.valid_until.isoformat()}（{VALIDITY_CAVEAT}）")
    for event in record.events:
        note = f"（{event.note}）" if event.note else ""
        print(f"  {event.at:%Y-%m-%d %H:%M} {event.user}：{event.text}{note}")
    return EXIT_OK


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.domain.filing import VALIDITY_CAVEAT
    from jxdeclare.services.filing.due import due_filings
    from jxdeclare.services.filing.records import list_filings

    as_of = _date(args.as_of, "--as-of") or date.today()
    if args.due_within is not None and args.due_within < 0:
        raise Unusable("--due-within 应为 0 或正整数（天）/ --due-within must not be negative")
    if args.due_within is None:
        found = list_filings(ctx)
        if args.json:
            print_json({"as_of": as_of.isoformat(), "validity_note": VALIDITY_CAVEAT,
                        "filings": [r.as_dict() for r in found]})  # fmt: skip
            return EXIT_OK
        print(f"共 {len(found)} 份备案记录（有效期以卫生健康委员会答复为准）")
        for r in found:
            until = f"，有效期至 {r.dates.valid_until.isoformat()}" if r.dates.valid_until else ""
            print(f"  {r.draft_id}\t{r.standard_number} {r.title}\t{r.state_label}{until}")
        return EXIT_OK
    due = due_filings(ctx, as_of=as_of, within=args.due_within)
    if args.json:
        print_json({"as_of": as_of.isoformat(), "due_within": args.due_within,
                    "validity_note": VALIDITY_CAVEAT,
                    "filings": [d.as_dict() for d in due]})  # fmt: skip
        return EXIT_OK
    print(f"截至 {as_of.isoformat()}，{args.due_within} 天内到期的备案 {len(due)} 项")
    for d in due:
        print(f"  {d.record.draft_id}\t{d.record.enterprise}：{d.text}")
    return EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaves = add_group(
        subparsers, "filing",
        "食品企业标准备案（严于食品安全国家标准）/ file stricter food standards",
        common,
        [
            ("package", guarded(run_package), "生成备案材料 / write the filing package"),
            ("record", guarded(run_record), "记录备案的一步 / record a filing step"),
            ("show", guarded(run_show), "查看备案记录 / show a filing record"),
            ("list", guarded(run_list), "列出备案及到期事项 / list filings and what is due"),
        ],
    )  # fmt: skip
    for name in ("package", "record", "show"):
        leaves[name].add_argument("draft_id", type=int, metavar="DRAFT_ID",
                                  help="标准草稿编号（见 draft list）")  # fmt: skip
    package = leaves["package"]
    package.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    package.add_argument("--zip", action="store_true", help="写成一个 .zip 文件")
    package.add_argument("--force", action="store_true",
                         help="不属于备案范围的标准也生成材料")  # fmt: skip
    record = leaves["record"]
    record.add_argument("--public-from", metavar="DATE", help="社会公示开始日期")
    record.add_argument("--public-to", metavar="DATE", help="社会公示结束日期")
    record.add_argument("--number", metavar="N", help="备案号（与 --filed 或 --renew 同用）")
    record.add_argument("--filed", metavar="DATE", help="备案日期")
    record.add_argument("--valid-until", metavar="DATE",
                        help="有效期至（默认按设置 filing_validity_years 计算）")  # fmt: skip
    record.add_argument("--revise", metavar="DATE", help="修订日期（之后重新公示和备案）")
    record.add_argument("--renew", metavar="DATE", help="延续日期")
    record.add_argument("--cancel", metavar="DATE", help="注销日期")
    record.add_argument("--note", help="备注")
    record.add_argument("--as-of", metavar="DATE", help="按此日期判断（默认今天）")
    listing = leaves["list"]
    listing.add_argument("--due-within", type=int, metavar="DAYS",
                         help="只列出公示结束或有效期届满在此天数内的备案")  # fmt: skip
    listing.add_argument("--as-of", metavar="DATE", help="按此日期判断（默认今天）")
