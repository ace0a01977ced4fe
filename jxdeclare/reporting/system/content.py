"""What the PDF, the workbook and the diagram of a standard system all show, computed once.

Entries in tree order, standards per branch, the 标准统计表 as rows of cells, the outline of the
tree and the line naming the data the statuses come from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jxdeclare.domain.system.entry import EntryView, Level
from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.domain.system.stats import STATES

LEVEL_NAMES = {
    Level.NATIONAL: "国家标准",
    Level.INDUSTRY: "行业标准",
    Level.LOCAL: "地方标准",
    Level.GROUP: "团体标准",
    Level.ENTERPRISE: "企业标准",
    Level.UNKNOWN: "类别不明",
}
STATE_NAMES = {"未知": "状态不明"}  # a column header must not read like the 类别 one
OUTDATED = ("被代替", "废止")  # statuses a reviewer must see at a glance


def outdated(entry: EntryView) -> bool:
    return entry.status in OUTDATED


def ordered_entries(snapshot: SystemSnapshot) -> list[EntryView]:
    """Node 1's entries, then 1.1's … in tree order, each node's by 体系编号; unplaced ones last."""
    by_node: dict[int | None, list[EntryView]] = {}
    for entry in snapshot.entries:
        node = entry.node_id if entry.node_id in snapshot.tree.nodes else None
        by_node.setdefault(node, []).append(entry)
    ordered: list[EntryView] = []
    for row, _depth in snapshot.tree.walk():
        ordered += sorted(by_node.get(row.id, []), key=lambda e: e.code)
    return ordered + by_node.get(None, [])


def branch_counts(snapshot: SystemSnapshot) -> dict[int, int]:
    """Standards placed in each branch, those placed in its sub-branches included."""
    tree = snapshot.tree
    direct = Counter(e.node_id for e in snapshot.entries if e.node_id in tree.nodes)
    counts = dict.fromkeys(tree.nodes, 0)
    for node_id, number in direct.items():
        for row in tree.path(node_id):
            counts[row.id] += number
    return counts


@dataclass(frozen=True)
class StatsTable:
    levels: list[str]  # column headers of the 类别 group
    states: list[str]  # column headers of the 状态 group
    rows: list[list[str | int]]  # "1 子体系", counts by level, 合计, counts by state; last: 合计

    @property
    def header(self) -> list[str]:
        return ["子体系", *self.levels, "合计", *self.states]


def stats_table(snapshot: SystemSnapshot) -> StatsTable:
    stats = snapshot.stats()
    levels = list(stats.level_columns)
    states = [s for s in STATES if s != "未知" or stats.total.by_state[s]]
    tree = snapshot.tree
    codes = {row.title: tree.code(row.id) for row in tree.children.get(None, [])}
    rows: list[list[str | int]] = [
        [f"{codes.get(row.subsystem, '')} {row.subsystem}".strip(),
         *(row.by_level[lv] for lv in levels), row.total, *(row.by_state[s] for s in states)]
        for row in (*stats.rows, stats.total)
    ]  # fmt: skip
    return StatsTable([LEVEL_NAMES[lv] for lv in levels],
                      [STATE_NAMES.get(s, s) for s in states], rows)  # fmt: skip


def outline(snapshot: SystemSnapshot) -> list[tuple[int, str, str, int]]:
    """(depth, 体系编号, title, standards in the branch) in tree order."""
    counts = branch_counts(snapshot)
    tree = snapshot.tree
    return [(depth, tree.code(row.id), row.title, counts[row.id]) for row, depth in tree.walk()]


def data_line(snapshot: SystemSnapshot) -> str:
    """Statuses come from a data pack on a date: every output says which."""
    label = snapshot.data_label or "未指定数据包"
    return f"标准状态依据：{label}，查询日期 {snapshot.as_of.isoformat()}"
