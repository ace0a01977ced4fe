"""Import an existing 标准明细表 (.xlsx) into an enterprise's system: preview first, then write.

The preview writes nothing. It says, row by row, where each standard will go: the branch whose
title matches the row's 子体系 (or the section it sits under), a new top-level branch when no
branch matches, or 未归入 when the row names none. Numbers already in the system are skipped,
never overwritten. An enterprise without a tree gets the template's tree first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.domain.row_error import RowError
from jxdeclare.domain.system.templates import DEFAULT_TEMPLATE, TEMPLATES, template_rows
from jxdeclare.domain.system.tree import SystemTree
from jxdeclare.services.concurrency import retry_deadlocks
from jxdeclare.services.errors import InputFileError, ServiceError
from jxdeclare.services.system.register import EntryInput, add_entry_in, check_input
from jxdeclare.services.system.tree import create_tree_in, tree_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.importing.system_xlsx import ImportedRow
    from jxdeclare.services.context import AppContext

UNPLACED = "未归入子体系"


@dataclass(frozen=True)
class PreviewRow:
    row: int
    number: str
    title: str
    branch: str  # where it goes: "1.1 产品标准", "新建分支：包装标准" or 未归入子体系
    branch_path: tuple[str, ...]  # titles root first; () for unplaced
    data: EntryInput


@dataclass
class ImportPreview:
    enterprise_id: int
    file: str
    template: str  # the template laid out first ("" when the enterprise already has a tree)
    rows: list[PreviewRow] = field(default_factory=list)
    existing: list[PreviewRow] = field(default_factory=list)  # already in the system: skipped
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    new_branches: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    added: int
    existing: int
    branches_created: int
    tree_created: str


_SUFFIXES = re.compile(r"(标准子体系|标准体系|子体系|体系|标准)$")


def _key(title: str) -> str:
    text = "".join(unicodedata.normalize("NFKC", title).split())
    return _SUFFIXES.sub("", text) or text


def _template_tree(template_key: str) -> SystemTree:
    return SystemTree(template_rows(TEMPLATES[template_key]))


def _branch_for(tree: SystemTree, subsystem: str) -> tuple[tuple[str, ...], bool]:
    """(title path of the branch, whether it is new) for a row's 子体系 text."""
    last = re.split(r"[/／>＞\\、]", subsystem)[-1].strip() if subsystem else ""
    if not last:
        return (), False
    wanted = _key(last)
    matches = [(depth, row) for row, depth in tree.walk() if _key(row.title) == wanted]
    if matches:
        _depth, row = max(matches, key=lambda m: m[0])  # the most specific branch
        return tuple(n.title for n in tree.path(row.id)), False
    return (last,), True


def preview_import(
    ctx: AppContext, enterprise_id: int, path: Path, template_key: str = DEFAULT_TEMPLATE
) -> ImportPreview:
    from jxdeclare.importing.system_xlsx import SystemImportError, read_system_xlsx

    try:
        parsed = read_system_xlsx(path)
    except SystemImportError as exc:
        raise InputFileError(str(exc)) from exc
    with ctx.session() as session:
        tree = tree_in(session, enterprise_id)
        stored = _stored_numbers(session, enterprise_id)
    template = "" if tree.nodes else template_key
    tree = tree if tree.nodes else _template_tree(template_key)
    preview = ImportPreview(
        enterprise_id, path.name, template, errors=list(parsed.errors),
        warnings=list(parsed.warnings), skipped=list(parsed.skipped),
    )  # fmt: skip
    for source in parsed.rows:
        _preview_row(ctx, preview, tree, stored, source)
    return preview


def _preview_row(
    ctx: AppContext, preview: ImportPreview, tree: SystemTree, stored: set[str],
    source: ImportedRow,
) -> None:  # fmt: skip
    data = EntryInput(
        number=source.number, title=source.title,
        department=source.department, note=source.note, published=source.published,
        implemented=source.implemented, planned=source.planned,
    )  # fmt: skip
    try:
        number, _kind, _mandatory, title = check_input(ctx, data)
    except ServiceError as exc:
        column = "标准名称" if "名称" in str(exc) else "标准编号"
        preview.errors.append(RowError(source.row, column, str(exc)))
        return
    branch_path, new = _branch_for(tree, source.subsystem)
    if new and branch_path[0] not in preview.new_branches:
        preview.new_branches.append(branch_path[0])
    label = _label(tree, branch_path, new)
    row = PreviewRow(source.row, number or "", title, label, branch_path, data)
    (preview.existing if number in stored else preview.rows).append(row)


def _label(tree: SystemTree, branch_path: tuple[str, ...], new: bool) -> str:
    if not branch_path:
        return UNPLACED
    if new:
        return f"新建分支：{branch_path[0]}"
    node_id = _resolve(tree, branch_path)
    return f"{tree.code(node_id)} {branch_path[-1]}"


def _resolve(tree: SystemTree, branch_path: tuple[str, ...]) -> int | None:
    parent: int | None = None
    for title in branch_path:
        found = [row for row in tree.children.get(parent, []) if row.title == title]
        if not found:
            return None
        parent = found[0].id
    return parent


def _stored_numbers(session: Session, enterprise_id: int) -> set[str]:
    from sqlalchemy import select

    from jxdeclare.store.models import StandardInUse

    query = select(StandardInUse.number).where(StandardInUse.enterprise_id == enterprise_id)
    return {n for n in session.scalars(query) if n}


def commit_import(
    ctx: AppContext, preview: ImportPreview, *, skip_errors: bool = False
) -> ImportResult:
    """Write the previewed rows in one transaction: all of them or, on any failure, none."""
    if preview.errors and not skip_errors:
        raise ServiceError(
            f"有 {len(preview.errors)} 行有错误，未导入任何内容。"
            "请修正后重试，或选择跳过有错误的行。 / Some rows have errors; nothing was imported."
        )
    return retry_deadlocks(lambda: _write_import(ctx, preview))


def _write_import(ctx: AppContext, preview: ImportPreview) -> ImportResult:
    from jxdeclare.store.models import Enterprise

    eid = preview.enterprise_id
    added = existing = 0
    with ctx.session() as session:
        # One import per enterprise at a time (PostgreSQL; SQLite has one writer anyway): two
        # imports of one register wait for each other instead of deadlocking on its rows.
        session.get(Enterprise, eid, with_for_update={"key_share": True})
        if preview.template and not tree_in(session, eid).nodes:
            create_tree_in(ctx, session, eid, preview.template)
        _add_top_branches(session, eid, preview.new_branches)
        tree, stored = tree_in(session, eid), _stored_numbers(session, eid)
        for row in preview.rows:
            if row.number and row.number in stored:
                existing += 1
                continue
            add_entry_in(ctx, session, eid, row.data, _resolve(tree, row.branch_path))
            stored.add(row.number)
            added += 1
    existing += len(preview.existing)
    return ImportResult(added, existing, len(preview.new_branches), preview.template)


def _add_top_branches(session: Session, enterprise_id: int, titles: list[str]) -> None:
    from jxdeclare.store.models import SystemNode

    tree = tree_in(session, enterprise_id)
    position = len(tree.children.get(None, []))
    for title in titles:
        if _resolve(tree, (title,)) is None:
            session.add(SystemNode(
                enterprise_id=enterprise_id, parent_id=None, position=position, title=title
            ))  # fmt: skip
            position += 1
    session.flush()
