"""One standard in an enterprise's register as every view and report shows it (DESIGN §2.1).

The detail-table columns (GB/T 13017-2018 标准明细表, DESIGN §2.1) are declared here once, so the
Excel import, the Excel export and the PDF report read and write the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jxdeclare.domain.stdnumber import StdKind, parse_standard_number


class Level(StrEnum):
    NATIONAL = "国"
    INDUSTRY = "行"
    LOCAL = "地"
    GROUP = "团"
    ENTERPRISE = "企"
    UNKNOWN = "未知"


LEVELS = (Level.NATIONAL, Level.INDUSTRY, Level.LOCAL, Level.GROUP, Level.ENTERPRISE)
_BY_KIND = {
    StdKind.NATIONAL: Level.NATIONAL,
    StdKind.INDUSTRY: Level.INDUSTRY,
    StdKind.LOCAL: Level.LOCAL,
    StdKind.GROUP: Level.GROUP,
    StdKind.ENTERPRISE: Level.ENTERPRISE,
}


def level_of(number: str) -> Level:
    parsed = parse_standard_number(number).number if number.strip() else None
    return _BY_KIND[parsed.kind] if parsed else Level.UNKNOWN


def mandatory_label(number: str) -> str:
    """强制 / 推荐 / 指导 from the number; enterprise and group standards are neither: "—"."""
    parsed = parse_standard_number(number).number if number.strip() else None
    if parsed is None or parsed.kind in (StdKind.ENTERPRISE, StdKind.GROUP):
        return "—"
    if parsed.guidance:
        return "指导"
    return "强制" if parsed.mandatory else "推荐"


# Status words beyond the catalogue's 现行/即将实施/被代替/废止/未知.
PLANNED = "待制定"

# (key, header) of the 标准明细表, in order (DESIGN §2.1).
DETAIL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("seq", "序号"),
    ("code", "体系编号"),
    ("subsystem", "子体系"),
    ("number", "标准编号"),
    ("title", "标准名称"),
    ("level", "类别"),
    ("mandatory", "强制/推荐"),
    ("published", "发布日期"),
    ("implemented", "实施日期"),
    ("status", "状态"),
    ("replacement", "代替/被代替"),
    ("review_due", "复审到期"),
    ("department", "责任部门"),
    ("note", "备注"),
)


@dataclass(frozen=True)
class EntryView:
    id: int
    enterprise_id: int
    number: str  # canonical when it parses, else as typed; "" for a standard still to be drafted
    title: str
    node_id: int | None
    code: str  # 体系编号, "" when not placed
    subsystem: str  # the branch's title path, "产品实现标准体系 / 产品标准"
    level: Level
    mandatory: str
    status: str  # 现行 / 即将实施 / 被代替 / 废止 / 未知 / 待制定
    published: date | None = None
    implemented: date | None = None
    replaced_by: tuple[str, ...] = ()
    chain: tuple[str, ...] = ()
    replaces: tuple[str, ...] = ()
    successor: str = ""  # a published edition that will replace this one, not yet in force
    successor_from: date | None = None
    review_due: date | None = None
    review_reason: str = ""  # why a review is due early (a referenced standard changed)
    department: str = ""
    note: str = ""
    products: tuple[str, ...] = ()
    draft_id: int | None = None
    own: bool = False  # the enterprise's own Q/ standard
    status_change: str = ""  # "现行 → 被代替" since the last data-pack change, until acknowledged
    recheck_pending: bool = False

    @property
    def replacement_text(self) -> str:
        parts = []
        if self.replaces:
            parts.append("代替 " + "、".join(self.replaces))
        if self.replaced_by:
            parts.append("被 " + "、".join(self.replaced_by) + " 代替")
        return "；".join(parts)

    def detail_row(self, seq: int) -> dict[str, str]:
        return {
            "seq": str(seq),
            "code": self.code,
            "subsystem": self.subsystem,
            "number": self.number,
            "title": self.title,
            "level": str(self.level),
            "mandatory": self.mandatory,
            "published": _iso(self.published),
            "implemented": _iso(self.implemented),
            "status": self.status,
            "replacement": self.replacement_text,
            "review_due": _iso(self.review_due),
            "department": self.department,
            "note": self.note,
        }


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""
