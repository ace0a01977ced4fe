"""Geometry of the 标准体系结构图 (GB/T 13017-2018): boxes, texts and connector lines in points.

Pure: the SVG, PNG and PDF renderers in :mod:`diagram` draw exactly what this computes, so
the three agree. The origin is the top left and y grows downwards, as in SVG and Pillow.

Shape: the enterprise at the top, the top-level sub-systems in a row under it, their branches in a
second row, deeper branches stacked under their parent on a spine. When that is too big for a
landscape A4 page, the rows switch to narrow boxes with vertical text and the stacked boxes get
narrower (the GB/T 15496 template's 19 branches need vertical text): of the MODES tried, the first
that prints nearly as large as the best wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.domain.system.tree import SystemTree
from jxdeclare.reporting.system.boxes import (
    ROOT_SIZE,
    SIZE,
    TOP_SIZE,
    Item,
    Text,
    box_texts,
    size_horizontal,
    size_vertical,
    uniform_height,
)
from jxdeclare.reporting.system.content import branch_counts

MARGIN = 8.0
ROW_GAP, COL_GAP, GROUP_GAP = 26.0, 6.0, 16.0  # a row gap leaves room for the bus line
STACK_GAP, STACK_INDENT = 6.0, 10.0
# (first row vertical, second row vertical, width of stacked boxes in em): tried in this order
MODES = ((False, False, 8), (False, False, 6), (False, True, 8), (False, True, 6),
         (False, True, 4), (True, True, 6), (True, True, 4))  # fmt: skip
FIT = (770.0, 440.0)  # room for the diagram on a landscape A4 page under its heading
SLACK = 0.15  # a mode wins over later ones unless they can be printed this much larger
LEGIBLE = 0.7  # shrunk more, the PDF adds a diagram per sub-system


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    texts: tuple[Text, ...]
    label: str  # all the box says, on one line: "1.1 产品标准（12）"
    root: bool = False


@dataclass(frozen=True)
class Diagram:
    width: float
    height: float
    boxes: tuple[Box, ...]
    lines: tuple[tuple[float, float, float, float], ...]  # (x1, y1, x2, y2), all orthogonal


def layout_snapshot(
    snapshot: SystemSnapshot,
    counts: bool = True,
    branch: int | None = None,
    levels: int | None = None,
) -> Diagram:
    """The diagram of a snapshot, or of one ``branch`` of it, ``levels`` deep below its top box;
    ``counts``: show the standards placed in each branch."""
    name = snapshot.enterprise_name.strip() or "企业"
    numbers = branch_counts(snapshot) if counts else None
    return layout_tree(snapshot.tree, f"{name}标准体系", numbers, branch, levels)


def layout_tree(
    tree: SystemTree,
    root_title: str,
    counts: dict[int, int] | None,
    branch: int | None = None,
    levels: int | None = None,
) -> Diagram:
    """``root_title`` names the top box unless the diagram is of a ``branch`` of the tree."""

    def item(node_id: int | None, depth: int = 0) -> Item:
        node = tree.nodes.get(node_id) if node_id is not None else None
        title = node.title if node else root_title
        count = counts.get(node_id, 0) if counts is not None and node else None
        found = Item(tree.code(node_id), title, count)
        if levels is None or depth < levels:
            found.children = [item(c.id, depth + 1) for c in tree.children.get(node_id, [])]
        return found

    diagrams = [_Layout(item(branch), *mode).diagram() for mode in MODES]
    best = max(map(fit_scale, diagrams))
    return next(d for d in diagrams if fit_scale(d) >= best - SLACK)


def fit_scale(d: Diagram) -> float:
    """How much the diagram must shrink to fit the page."""
    return min(1.0, FIT[0] / d.width, FIT[1] / d.height)


class _Layout:
    def __init__(self, root: Item, top_vertical: bool, vertical: bool, stack_em: int) -> None:
        self.root, self.stack_em = root, stack_em
        size_horizontal([root], ROOT_SIZE, 24, heading=True)
        tops = root.children
        if top_vertical and tops:
            size_vertical(tops)
        else:
            size_horizontal(tops, TOP_SIZE, 14, heading=True)
        uniform_height(tops)
        second = [it for top in tops for it in top.children]
        if second:  # sized together: one row, one height
            size_vertical(second) if vertical else size_horizontal(second, SIZE, 6)
            uniform_height(second)
        for it in second:
            self._measure_stack(it)
        for top in tops:
            top.span = max(top.w, _row_span(top.children, COL_GAP))
        root.span = max(root.w, _row_span(tops, GROUP_GAP))
        self.boxes: list[Box] = []
        self.lines: list[tuple[float, float, float, float]] = []
        self.centre: dict[int, float] = {}  # id(item) → x of its box's centre
        self.bottom = 0.0  # lowest stacked box so far

    def _measure_stack(self, it: Item) -> None:
        if it.children:
            size_horizontal(it.children, SIZE, self.stack_em)
            for child in it.children:
                self._measure_stack(child)
        widest = max((c.span for c in it.children), default=0)
        it.span = max(it.w, _spine(it) + STACK_INDENT + widest) if it.children else it.w
        it.tall = it.h + sum(STACK_GAP + c.tall for c in it.children)

    def diagram(self) -> Diagram:
        root, tops = self.root, self.root.children
        self._box(root, MARGIN + (root.span - root.w) / 2, MARGIN, is_root=True)
        bottom = MARGIN + root.h
        if tops:
            row_y = bottom + ROW_GAP
            x = MARGIN + (root.span - _row_span(tops, GROUP_GAP)) / 2
            for top in tops:
                self._group(top, x, row_y)
                x += top.span + GROUP_GAP
            self._bus(root, tops, row_y)
            bottom = max(self.bottom, row_y + tops[0].h)
        width = root.span + 2 * MARGIN
        return Diagram(width, bottom + MARGIN, tuple(self.boxes), tuple(self.lines))

    def _group(self, top: Item, x: float, y: float) -> None:
        """A top-level sub-system centred over its row of branches."""
        row = top.children
        inner = _row_span(row, COL_GAP)
        self._box(top, x + (top.span - top.w) / 2, y)
        if not row:
            return
        row_y = y + top.h + ROW_GAP
        col_x = x + (top.span - inner) / 2
        for it in row:
            self._stack(it, col_x, row_y)
            col_x += it.span + COL_GAP
        self._bus(top, row, row_y)

    def _stack(self, it: Item, x: float, y: float) -> None:
        box = self._box(it, x, y)
        self.bottom = max(self.bottom, y + it.tall)
        spine = x + _spine(it)
        child_y, mid = y + it.h + STACK_GAP, y + it.h
        for child in it.children:
            self._stack(child, spine + STACK_INDENT, child_y)
            mid = child_y + child.h / 2
            self.lines.append((spine, mid, spine + STACK_INDENT, mid))
            child_y += child.tall + STACK_GAP
        if it.children:
            self.lines.append((spine, box.y + box.h, spine, mid))

    def _bus(self, parent: Item, children: list[Item], child_y: float) -> None:
        """Parent's bottom centre down to a horizontal bus, the bus down to each child's top."""
        px = self.centre[id(parent)]
        bus_y = child_y - ROW_GAP / 2
        xs = [self.centre[id(c)] for c in children]
        self.lines.append((px, child_y - ROW_GAP, px, bus_y))
        self.lines.append((min(*xs, px), bus_y, max(*xs, px), bus_y))
        self.lines += [(cx, bus_y, cx, child_y) for cx in xs]

    def _box(self, it: Item, x: float, y: float, is_root: bool = False) -> Box:
        box = Box(x, y, it.w, it.h, tuple(box_texts(it, x, y)), it.label, root=is_root)
        self.boxes.append(box)
        self.centre[id(it)] = x + it.w / 2
        return box


def _row_span(items: list[Item], gap: float) -> float:
    return sum(it.span for it in items) + gap * max(len(items) - 1, 0)


def _spine(it: Item) -> float:
    """Where the spine of stacked children leaves the box, from its left edge."""
    return min(it.w / 2, 12.0)
