"""The branches of an enterprise's standard system: start from a template, add, rename, move.

Positions are stored, 体系编号 are computed (domain.system.tree), so a move renumbers the branch
and everything below it without touching more than the siblings' positions. Removing a branch
never loses a standard: those placed on it or below it move up to its parent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jxdeclare.domain.system.templates import DEFAULT_TEMPLATE, TEMPLATES, template_rows
from jxdeclare.domain.system.tree import NodeRow, SystemTree, TreeError
from jxdeclare.services.errors import FieldError, NotFoundError, ServiceError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import SystemNode

MAX_TITLE = 100


class TreeExists(ServiceError):
    pass


def tree_in(session: Session, enterprise_id: int) -> SystemTree:
    from sqlalchemy import select

    from jxdeclare.store.models import SystemNode

    rows = session.scalars(select(SystemNode).where(SystemNode.enterprise_id == enterprise_id))
    return SystemTree(NodeRow(r.id, r.parent_id, r.position, r.title) for r in rows)


def trees_in(session: Session, enterprise_ids: list[int]) -> dict[int, SystemTree]:
    """The trees of many enterprises, read in one statement per few thousand enterprises."""
    from sqlalchemy import select

    from jxdeclare.store.models import SystemNode

    nodes: dict[int, list[NodeRow]] = {i: [] for i in enterprise_ids}
    for start in range(0, len(enterprise_ids), 5_000):
        chunk = enterprise_ids[start : start + 5_000]
        for r in session.scalars(select(SystemNode).where(SystemNode.enterprise_id.in_(chunk))):
            nodes[r.enterprise_id].append(NodeRow(r.id, r.parent_id, r.position, r.title))
    return {i: SystemTree(rows) for i, rows in nodes.items()}


def load_tree(ctx: AppContext, enterprise_id: int) -> SystemTree:
    with ctx.session() as session:
        return tree_in(session, enterprise_id)


def template_of(ctx: AppContext, enterprise_id: int) -> str:
    from jxdeclare.store.models import Enterprise

    with ctx.session() as session:
        row = session.get(Enterprise, enterprise_id)
        if row is None:
            raise NotFoundError(f"找不到企业：{enterprise_id} / enterprise not found")
        return row.system_template or ""


def create_tree(
    ctx: AppContext, enterprise_id: int, template_key: str = DEFAULT_TEMPLATE
) -> SystemTree:
    """Lay out the template's branches for an enterprise that has none yet."""
    with ctx.session() as session:
        return create_tree_in(ctx, session, enterprise_id, template_key)


def create_tree_in(
    ctx: AppContext, session: Session, enterprise_id: int, template_key: str
) -> SystemTree:
    from jxdeclare.store import audit
    from jxdeclare.store.models import Enterprise

    template = TEMPLATES.get(template_key)
    if template is None:
        known = "、".join(TEMPLATES)
        raise ServiceError(f"没有名为“{template_key}”的体系模板（可选：{known}）")
    enterprise = session.get(Enterprise, enterprise_id)
    if enterprise is None:
        raise NotFoundError(f"找不到企业：{enterprise_id} / enterprise not found")
    if tree_in(session, enterprise_id).nodes:
        raise TreeExists(
            f"“{enterprise.name}”已有标准体系结构，不能再套用模板。"
            " / This enterprise already has a standard system tree."
        )
    _add_rows(session, enterprise_id, template_rows(template))
    enterprise.system_template = template.key
    audit.record(
        session, entity="system_tree", entity_id=enterprise_id, action="create",
        user=ctx.user, changes={"template": template.key}, enterprise_id=enterprise_id,
    )  # fmt: skip
    session.flush()
    return tree_in(session, enterprise_id)


def _add_rows(session: Session, enterprise_id: int, rows: list[NodeRow]) -> None:
    """Store template rows (parents first), mapping their placeholder ids to stored ones."""
    from jxdeclare.store.models import SystemNode

    stored: dict[int, int] = {}
    for row in rows:
        parent = stored[row.parent_id] if row.parent_id is not None else None
        node = SystemNode(
            enterprise_id=enterprise_id, parent_id=parent, position=row.position, title=row.title
        )
        session.add(node)
        session.flush()
        stored[row.id] = node.id


def _clean_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ValidationError([FieldError("分支名称", "不能为空 / must not be empty")])
    if len(cleaned) > MAX_TITLE:
        raise ValidationError([FieldError("分支名称", f"不能超过 {MAX_TITLE} 个字")])
    return cleaned


def _node(session: Session, node_id: int) -> SystemNode:
    from jxdeclare.store.models import SystemNode

    row = session.get(SystemNode, node_id)
    if row is None:
        raise NotFoundError(f"找不到体系分支：{node_id} / branch not found")
    return row


def _check_sibling_title(tree: SystemTree, parent_id: int | None, title: str, own: int) -> None:
    for sibling in tree.children.get(parent_id, []):
        if sibling.title == title and sibling.id != own:
            raise ValidationError([FieldError("分支名称", f"同一级已有“{title}” / already exists")])


def add_node(ctx: AppContext, enterprise_id: int, parent_id: int | None, title: str) -> int:
    """A new branch as the last child of ``parent_id`` (None: a new top-level sub-system)."""
    from jxdeclare.store.models import SystemNode

    title = _clean_title(title)
    with ctx.session() as session:
        tree = tree_in(session, enterprise_id)
        if parent_id is not None and parent_id not in tree.nodes:
            raise NotFoundError(f"找不到体系分支：{parent_id} / branch not found")
        _check_sibling_title(tree, parent_id, title, own=-1)
        siblings = tree.children.get(parent_id, [])
        position = max((s.position for s in siblings), default=-1) + 1
        node = SystemNode(
            enterprise_id=enterprise_id, parent_id=parent_id, position=position, title=title
        )
        session.add(node)
        session.flush()
        return node.id


def rename_node(ctx: AppContext, node_id: int, title: str) -> str:
    """Rename; returns the old title (the UI's undo renames back)."""
    title = _clean_title(title)
    with ctx.session() as session:
        node = _node(session, node_id)
        _check_sibling_title(tree_in(session, node.enterprise_id), node.parent_id, title, node_id)
        old, node.title = node.title, title
        return old


def move_node(
    ctx: AppContext, node_id: int, parent_id: int | None, index: int | None = None
) -> None:
    """Make ``node_id`` the ``index``-th child (0-based; None: last) of ``parent_id``."""
    with ctx.session() as session:
        node = _node(session, node_id)
        tree = tree_in(session, node.enterprise_id)
        try:
            tree.check_move(node_id, parent_id)
        except TreeError as exc:
            raise ServiceError(str(exc)) from exc
        _check_sibling_title(tree, parent_id, node.title, node_id)
        siblings = [s.id for s in tree.children.get(parent_id, []) if s.id != node_id]
        index = len(siblings) if index is None else max(0, min(index, len(siblings)))
        siblings.insert(index, node_id)
        node.parent_id = parent_id
        for position, sibling_id in enumerate(siblings):
            sibling = _node(session, sibling_id)
            if sibling.position != position:
                sibling.position = position


def node_place(ctx: AppContext, node_id: int) -> tuple[int | None, int]:
    """(parent, index among its siblings): where a node is, for undoing a move."""
    with ctx.session() as session:
        node = _node(session, node_id)
        tree = tree_in(session, node.enterprise_id)
        siblings = [s.id for s in tree.children.get(node.parent_id, [])]
        return node.parent_id, siblings.index(node_id)


def remove_node(ctx: AppContext, node_id: int) -> int:
    """Remove a branch and its sub-branches; their standards move to its parent. Returns how many
    standards moved."""
    from sqlalchemy import select

    from jxdeclare.store.models import StandardInUse

    with ctx.session() as session:
        node = _node(session, node_id)
        gone = {node_id} | tree_in(session, node.enterprise_id).descendants(node_id)
        entries = session.scalars(select(StandardInUse).where(StandardInUse.node_id.in_(gone)))
        moved = 0
        for entry in entries:
            entry.node_id = node.parent_id
            moved += 1
        session.flush()
        session.delete(node)
        return moved
