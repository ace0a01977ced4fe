"""The 编制说明 a 备案 carries, written once for the PDF and the Word file.

Every generated sentence states what the draft and the data pack hold (the indicators, the
food-safety standards compared with, the pack's date). What only the enterprise knows — task
source, drafting process, drafting units, drafters, the reasons for stricter values — is left as
``{{填写：…}}`` placeholders, highlighted in both files as the drafting templates mark them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jxdeclare.checks.food_filing import (
    CANNOT_COMPARE,
    EQUAL,
    LOOSER,
    NOT_IN_STANDARD,
    STRICTER,
    UNFILLED,
    FoodComparison,
)
from jxdeclare.domain.document.model import Document
from jxdeclare.domain.document.text import PLACEHOLDER, placeholder

TABLE_COLUMNS = ("序号", "项目", "本标准指标", "食品安全标准指标", "标准及条款", "比较结果")
TABLE_TITLE = "表1　指标与食品安全标准比较"
NUMERALS = "一二三四五六七八九十"
TASK_SOURCE = "任务来源（如：根据产品生产和质量控制需要，本企业自行制定）"
PROCESS = "编制过程（起草、征求意见、审查和社会公示的时间和经过）"


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    table: bool = False  # the comparison table follows the paragraphs


@dataclass(frozen=True)
class Explanation:
    title: str
    lines: list[str]  # under the title: enterprise, number, date
    sections: list[Section]
    rows: list[tuple[str, ...]]  # the comparison table, TABLE_COLUMNS
    footnote: str  # where the values come from


def _own(text: str, hint: str) -> str:
    """The draft's own text where it is filled in, else a placeholder for the enterprise."""
    text = text.strip()
    return text if text and not PLACEHOLDER.search(text) else placeholder(f"填写：{hint}")


def _fill(hint: str) -> str:
    """A paragraph the enterprise writes. Ends with "。": reportlab draws no highlight behind a
    paragraph made of one marked fragment alone."""
    return placeholder(f"填写：{hint}") + "。"


def explanation(document: Document, comparison: FoodComparison, today: date) -> Explanation:
    cover, foreword = document.cover, document.foreword
    name = f"{cover.number}《{cover.title}》"
    counts = {
        v: sum(1 for r in comparison.rows if r.verdict == v)
        for v in (STRICTER, EQUAL, NOT_IN_STANDARD, LOOSER, CANNOT_COMPARE, UNFILLED)
    }
    standards = "、".join(comparison.standards) or "（无）"
    stricter = "、".join(f"{r.item}（{r.value}，{r.basis}为{r.national}）"
                         for r in comparison.stricter) or "（无）"  # fmt: skip
    summary = (
        f"本标准共列出 {len(comparison.rows)} 项指标，与食品安全国家标准（{standards}）逐项比较："
        f"严于的 {counts[STRICTER]} 项，等同的 {counts[EQUAL]} 项，"
        f"食品安全国家标准未规定的 {counts[NOT_IN_STANDARD]} 项。逐项比较见表1。"
    )
    if counts[LOOSER]:
        summary += f"有 {counts[LOOSER]} 项宽于食品安全国家标准，须改正后才能发布和备案。"
    if counts[CANNOT_COMPARE] or counts[UNFILLED]:
        summary += (f"另有 {counts[CANNOT_COMPARE] + counts[UNFILLED]} 项尚未填写或无法自动比较，"
                    "请对照标准原文核对。")  # fmt: skip
    sections = [
        Section("任务来源", [_fill(TASK_SOURCE)]),
        Section("编制过程", [_fill(PROCESS)]),
        Section("起草单位和主要起草人", [
            f"起草单位：{_own(foreword.drafting_units, '起草单位')}",
            f"主要起草人：{_own(foreword.drafters, '主要起草人')}",
        ]),
        Section("标准的主要内容", [
            f"{name}规定了{cover.title}的技术要求等内容，适用于{cover.enterprise_name}"
            f"生产的{cover.title}。",
            _fill("产品的原料、工艺和主要技术内容的确定依据"),
        ]),
        Section("与食品安全国家标准的比较", [summary], table=True),
        Section("严于食品安全国家标准的指标及其依据", [
            f"严于食品安全国家标准的指标：{stricter}。",
            _fill("制定严于食品安全国家标准的指标的理由和依据（检验数据、生产控制能力等）"),
        ]),
        Section("其他需要说明的事项", [
            "本标准按《中华人民共和国食品安全法》第三十条报江西省卫生健康委员会备案；"
            "备案前已在其备案系统进行社会公示。",
            _fill("其他需要说明的事项（无则写“无”）"),
        ]),
    ]  # fmt: skip
    rows = [(str(i), r.item, r.value or "—", r.national or "—", r.basis or "—", r.verdict_label)
            for i, r in enumerate(comparison.rows, start=1)]  # fmt: skip
    footnote = (f"食品安全国家标准的指标值取自数据包 {comparison.pack}，"
                f"按 {comparison.as_of.isoformat()} 的状态比较；"
                "备案前请对照标准原文核对。")  # fmt: skip
    lines = [f"{cover.enterprise_name}", f"编制日期：{today.isoformat()}"]
    numbered = [Section(f"{NUMERALS[i]}、{s.heading}", s.paragraphs, s.table)
                for i, s in enumerate(sections)]  # fmt: skip
    return Explanation(f"{name}编制说明", lines, numbered, rows, footnote)
