"""The draft 编制说明 of a standard system table, written once for the PDF and the workbook.

Every sentence states what the snapshot holds (structure, counts, statuses from the named data
pack, review period); nothing is guessed. The enterprise completes the draft itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Literal, NamedTuple

from jxdeclare.domain.system.entry import LEVELS, PLANNED, EntryView, Level
from jxdeclare.domain.system.snapshot import SystemSnapshot
from jxdeclare.domain.system.templates import GBT_15496, LEGACY
from jxdeclare.reporting.system.content import LEVEL_NAMES, data_line, ordered_entries

BASIS = "GB/T 15496—2017《企业标准体系 要求及指南》和 GB/T 13017—2018《企业标准体系表编制指南》"
NUMERALS = "一二三四五六七八九十"


class Para(NamedTuple):
    kind: Literal["heading", "text", "item"]  # an item is one line of a list under a text
    text: str


def explanation_paragraphs(snapshot: SystemSnapshot) -> list[Para]:
    entries = ordered_entries(snapshot)
    sections = (
        ("编制目的和依据", _basis(snapshot)),
        ("体系结构", _structure(snapshot)),
        ("标准数量", _numbers(entries)),
        ("标准状态", _states(snapshot, entries)),
        ("待制定标准", _planned(entries)),
        ("复审", _review(snapshot, entries)),
        ("其他", [Para("text", "本说明根据标准体系表中的数据自动生成，是编制说明的草稿，"
                              "请企业结合实际情况补充、修改和完善后使用。")]),
    )  # fmt: skip
    found: list[Para] = []
    for number, (title, paras) in zip(NUMERALS, sections, strict=False):
        found += [Para("heading", f"{number}、{title}"), *paras]
    return found


def name_of(entry: EntryView) -> str:
    """ "GB 2762—2017《…》", or the title alone for a standard still to be drafted."""
    return f"{entry.number}《{entry.title}》" if entry.number else f"《{entry.title}》"


def _text(text: str) -> list[Para]:
    return [Para("text", text)]


def _items(texts: Iterable[str]) -> list[Para]:
    """A numbered list; the last item ends the sentence."""
    found = [Para("item", f"（{i}）{text}；") for i, text in enumerate(texts, start=1)]
    return [*found[:-1], Para("item", found[-1].text[:-1] + "。")] if found else []


def _listed(source: str) -> str:
    return source.replace("；", "、")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _basis(snapshot: SystemSnapshot) -> list[Para]:
    name = snapshot.enterprise_name or "本企业"
    found = _text(
        f"为系统梳理{name}执行的标准，建立协调配套的企业标准体系，依据 {BASIS}编制本标准体系表。"
    )
    template = snapshot.template
    if template is GBT_15496:
        found += _text(
            "体系结构采用 GB/T 15496—2017 的产品实现标准体系、基础保障标准体系和岗位标准体系，"
            f"各子体系的分支参照 {_listed(GBT_15496.source)} 设置。"
        )
    elif template is LEGACY:
        found += _text(
            f"本体系沿用技术标准、管理标准、工作标准的旧体系结构（依据 {_listed(LEGACY.source)}）；"
            "GB/T 15496—2017 已改为产品实现、基础保障和岗位标准体系结构，企业可在适当时候调整。"
        )
    else:
        found += _text("体系结构由企业自行设置。")
    return found


def _structure(snapshot: SystemSnapshot) -> list[Para]:
    tree = snapshot.tree
    tops = tree.children.get(None, [])
    if not tops:
        return _text("尚未设置子体系。")
    parts = [f"{tree.code(top.id)} {top.title}（下设 {len(tree.children.get(top.id, []))} 个分支）"
             if tree.children.get(top.id) else f"{tree.code(top.id)} {top.title}"
             for top in tops]  # fmt: skip
    depth = 1 + max(d for _row, d in tree.walk())
    below = len(tree.nodes) - len(tops)
    rest = (
        f"子体系以下共 {below} 个分支，体系编号共 {depth} 级。" if below else "子体系以下未再分支。"
    )
    return _text(f"本标准体系分为 {len(tops)} 个子体系：{'、'.join(parts)}。{rest}")


def _numbers(entries: list[EntryView]) -> list[Para]:
    if not entries:
        return _text("本标准体系表尚未收录标准。")
    levels = Counter(e.level for e in entries)
    shown = [*LEVELS, *((Level.UNKNOWN,) if levels[Level.UNKNOWN] else ())]
    text = (f"本标准体系表共收录标准 {len(entries)} 项，其中"
            + "、".join(f"{LEVEL_NAMES[lv]} {levels[lv]} 项" for lv in shown) + "。")  # fmt: skip
    unplaced = sum(1 for e in entries if not e.code)  # unplaced entries have no 体系编号
    if unplaced:
        text += f"有 {unplaced} 项尚未归入体系分支，需确定其在体系中的位置。"
    return _text(text)


def _states(snapshot: SystemSnapshot, entries: list[EntryView]) -> list[Para]:
    states = Counter(e.status for e in entries)
    known = ("现行", "即将实施", "被代替", "废止", PLANNED)
    counts = "，".join(f"{s} {states[s]} 项" for s in known)
    other = sum(n for s, n in states.items() if s not in known)
    other = f"，状态不明 {other} 项" if other else ""
    found = _text(f"{data_line(snapshot)}。据此，{counts}{other}。")
    outdated = [e for e in entries if e.status in ("被代替", "废止")]
    if outdated:
        found += _text(f"被代替或废止的标准 {len(outdated)} 项，应更新为现行标准或停止使用：")
        found += _items(f"{name_of(e)}{_outdated(e)}" for e in outdated)
    else:
        found += _text("未发现被代替或废止的标准。")
    coming = [e for e in entries if e.status == "即将实施"]
    if coming:
        found += _text(f"即将实施的标准 {len(coming)} 项，应在实施前做好准备：")
        found += _items(f"{name_of(e)}{_on(e)}" for e in coming)
    unclear = [e for e in entries if e.status not in known]
    if unclear:
        found += _text(f"状态不明的标准 {len(unclear)} 项，需人工核实：")
        found += _items(name_of(e) for e in unclear)
    return found


def _outdated(entry: EntryView) -> str:
    by = "、".join(entry.replaced_by)
    if entry.status == "被代替":
        return f"已被 {by} 代替" if by else "已被代替（代替标准待查）"
    return f"已废止，由 {by} 代替" if by else "已废止"


def _on(entry: EntryView) -> str:
    return f"（{entry.implemented.isoformat()} 实施）" if entry.implemented else ""


def _planned(entries: list[EntryView]) -> list[Para]:
    planned = [e for e in entries if e.status == PLANNED]
    if not planned:
        return _text("暂无待制定的标准。")
    found = _text(f"待制定的标准 {len(planned)} 项，需组织制定：")
    return found + _items(f"{e.code} {name_of(e)}".strip() for e in planned)


def _review(snapshot: SystemSnapshot, entries: list[EntryView]) -> list[Para]:
    found = _text(f"企业标准每 {snapshot.review_years} 年复审一次。")
    due = [e for e in entries if e.review_due and e.review_due <= snapshot.as_of]
    if due:
        found += _text(f"截至 {snapshot.as_of.isoformat()}，已到复审期的标准 {len(due)} 项：")
        found += _items(f"{name_of(e)}（复审到期 {_iso(e.review_due)}）" for e in due)
    early = [e for e in entries if e.review_reason]
    if early:
        found += _text(f"因引用标准变化需提前复审的标准 {len(early)} 项：")
        found += _items(f"{name_of(e)}（{e.review_reason}）" for e in early)
    return found
