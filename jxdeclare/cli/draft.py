"""`jxdeclare-cli draft templates|new|render|list`: drafting enterprise standards from scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jxdeclare.cli.output import fail_file, print_json
from jxdeclare.cli.parsing import add_group
from jxdeclare.domain.document import jxstd
from jxdeclare.services.context import AppContext


def run_templates(args: argparse.Namespace) -> int:
    from jxdeclare.drafting.templates import list_templates

    templates = list_templates()
    if args.json:
        print_json([
            {"id": t.id, "name": t.name, "name_en": t.name_en, "kind": t.kind,
             "product": t.product, "fill_in": list(t.fill_in), "sources": list(t.sources)}
            for t in templates
        ])  # fmt: skip
        return 0
    for t in templates:
        print(f"{t.id}\t{t.name}\t{'产品标准' if t.kind == 'product' else '服务规范'}")
    return 0


def run_new(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services import drafts
    from jxdeclare.services.catalog import load_active
    from jxdeclare.services.drafting import NewDraft, new_document
    from jxdeclare.services.enterprises import find_enterprise

    enterprise = find_enterprise(ctx, args.enterprise)
    number = args.number or drafts.propose_number(ctx, enterprise.id)
    template = args.template or _proposed_template(ctx, enterprise.id, args.product)
    if not template:
        print("请用 --template 指定模板（见 draft templates）：企业的名称、产品和已有标准都没有"
              "指向某个模板。", file=sys.stderr)  # fmt: skip
        return 2
    spec = NewDraft(template, args.product, number, replaces=args.replaces or ())
    document = new_document(load_active(ctx), enterprise, spec)
    out = Path(args.out)
    jxstd.save(document, out)
    _report_new(args, document, out)
    return 0


def _proposed_template(ctx: AppContext, enterprise_id: int, product: str) -> str:
    """As the wizard proposes: what the enterprise and the product point at, else the last
    template used."""
    from jxdeclare.drafting.templates import list_templates
    from jxdeclare.services.drafting import propose_template

    template, because = propose_template(ctx, enterprise_id, list_templates(), [product])
    if template:
        why = "按企业的名称、产品和已有标准" if because == "enterprise" else "上次选用的模板"
        print(f"模板：{template}（{why}）", file=sys.stderr)
    return template


def _report_new(args: argparse.Namespace, document: jxstd.Document, out: Path) -> None:
    from jxdeclare.domain.document.numbering import Numbering
    from jxdeclare.domain.document.places import place_of
    from jxdeclare.domain.document.text import placeholders

    todo = placeholders(document)
    numbering = Numbering(document)
    places = [place_of(document, p.path, numbering) for p in todo]
    if args.json:
        print_json({"file": str(out), "number": document.cover.number,
                    "title": document.cover.title,
                    "to_fill": [{"path": p.path, "hint": p.hint, "place": place, "what": p.what}
                                for p, place in zip(todo, places, strict=True)]})  # fmt: skip
        return
    print(f"已生成 {out}：{document.cover.number} {document.cover.title}")
    if todo:
        print(f"还有 {len(todo)} 处需要填写（正式输出前必须完成）：")
        for p, place in zip(todo, places, strict=True):
            print(f"  {place}：{p.what}")


def run_render(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services.catalog import load_active
    from jxdeclare.services.drafting import render

    if not args.pdf and not args.docx:
        print("请用 --pdf 或 --docx 指定输出文件。/ Give --pdf and/or --docx.", file=sys.stderr)
        return 2
    document = jxstd.load(Path(args.file))
    unsigned = not load_active(ctx).pack.signed
    result = render(
        document,
        pdf=Path(args.pdf) if args.pdf else None,
        docx=Path(args.docx) if args.docx else None,
        final=args.final,
        unsigned_pack=unsigned,
    )
    if args.json:
        print_json({"pdf": args.pdf, "docx": args.docx, "pages": result.pages,
                    "final": args.final, "unsigned_pack": unsigned})  # fmt: skip
    else:
        outputs = "、".join(str(p) for p in (result.pdf, result.docx) if p)
        print(f"已输出{'正式' if args.final else '草稿'}文本：{outputs}")
    return 0


def run_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services import drafts
    from jxdeclare.services.enterprises import find_enterprise

    try:
        document = jxstd.load(Path(args.file))
    except jxstd.JxstdError as exc:
        return fail_file(args.file, str(exc))
    enterprise = find_enterprise(ctx, args.enterprise or document.cover.enterprise_code)
    info = drafts.store_new(ctx, enterprise.id, document)
    if args.json:
        print_json({"id": info.id, "number": info.number, "title": info.title})
    else:
        print(f"已存入 {enterprise.name}：{info.id} {info.number} {info.title}")
    return 0


def run_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from jxdeclare.services import drafts

    jxstd.save(drafts.open_draft(ctx, args.id).document, Path(args.out))
    if args.json:
        print_json({"file": args.out})
    else:
        print(f"已导出到 {args.out}")
    return 0


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from jxdeclare.services import drafts

    rows = drafts.list_drafts(ctx)
    if args.json:
        print_json([asdict(row) | {"updated_at": str(row.updated_at)} for row in rows])
        return 0
    for row in rows:
        print(f"{row.id}\t{row.number}\t{row.title}\t{drafts.STATUS_LABELS[row.status]}")
    return 0


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    leaves = add_group(
        subparsers,
        "draft",
        "起草企业标准 / draft enterprise standards",
        common,
        [
            ("templates", run_templates, "列出模板 / list templates"),
            ("new", run_new, "从模板生成草稿 / new draft from a template"),
            ("render", run_render, "输出 PDF/Word / render PDF and Word"),
            ("list", run_list, "列出库中的标准草稿 / list stored drafts"),
            ("import", run_import, "把 .jxstd 存入数据库 / store a .jxstd file"),
            ("export", run_export, "把库中的草稿导出为 .jxstd / export a stored draft"),
        ],
    )
    leaves["templates"].set_defaults(needs_context=False)
    new = leaves["new"]
    new.add_argument(
        "--template", help="模板 id（见 draft templates；默认取企业的名称、产品所指的模板）"
    )
    new.add_argument("--enterprise", required=True, help="统一社会信用代码或企业代号")
    new.add_argument("--product", required=True, help="产品名称")
    new.add_argument("--number", help="标准编号（默认取下一个空号 Q/代号 NNNN—年份）")
    new.add_argument("--replaces", action="append", help="被代替的标准编号（可多次）")
    new.add_argument("--out", required=True, help="输出 .jxstd 文件")
    leaves["import"].add_argument("file", help=".jxstd 文件")
    leaves["import"].add_argument(
        "--enterprise", help="统一社会信用代码或企业代号（默认取封面代号）"
    )
    leaves["export"].add_argument("id", type=int, help="草稿编号（见 draft list）")
    leaves["export"].add_argument("--out", required=True, help="输出 .jxstd 文件")
    render = leaves["render"]
    render.add_argument("file", help=".jxstd 文件")
    render.add_argument("--pdf", help="输出 PDF 文件")
    render.add_argument("--docx", help="输出 Word 文件")
    render.add_argument(
        "--final", action="store_true", help="正式文本：有未填写内容时拒绝输出（否则带草稿水印）"
    )
