"""Starting trees for an enterprise standard system (DESIGN §2.1).

GB/T 15496-2017 splits the system into product-realisation, basic-support and post standards;
GB/T 15497-2017 and GB/T 15498-2017 give the default branches of the first two. The legacy
技术/管理/工作 split (GB/T 15497-2003 era) is offered for enterprises that still use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jxdeclare.domain.system.tree import NodeRow

Branch = tuple[str, tuple["Branch", ...]]


@dataclass(frozen=True)
class SystemTemplate:
    key: str
    name: str
    source: str  # the standard the structure comes from, number and year
    branches: tuple[Branch, ...]


def _leaves(*titles: str) -> tuple[Branch, ...]:
    return tuple((title, ()) for title in titles)


GBT_15496 = SystemTemplate(
    "gbt15496",
    "GB/T 15496—2017 产品实现/基础保障/岗位",
    "GB/T 15496—2017；GB/T 15497—2017；GB/T 15498—2017",
    (
        (
            "产品实现标准体系",
            _leaves(
                "产品标准", "设计和开发标准", "生产/服务提供标准", "营销标准", "售后/交付后标准"
            ),
        ),
        (
            "基础保障标准体系",
            _leaves(
                "规划计划和企业文化标准", "标准化工作标准", "人力资源标准", "财务和审计标准",
                "设备设施标准", "质量管理标准", "安全和职业健康标准", "环境保护和能源管理标准",
                "法务和合同标准", "知识管理和信息标准", "行政事务和综合标准",
            ),
        ),
        ("岗位标准体系", _leaves("决策层标准", "管理层标准", "操作人员标准")),
    ),
)  # fmt: skip

LEGACY = SystemTemplate(
    "legacy",
    "技术标准/管理标准/工作标准（旧体系）",
    "GB/T 15497—2003；GB/T 15498—2003；GB/T 15496—2003",
    _leaves("技术标准体系", "管理标准体系", "工作标准体系"),
)

TEMPLATES = {template.key: template for template in (GBT_15496, LEGACY)}
DEFAULT_TEMPLATE = GBT_15496.key


def template_rows(template: SystemTemplate) -> list[NodeRow]:
    """The template's branches as tree rows, parents before children, with ids -1, -2, … (the
    store gives real ids; an import preview shows the tree it would lay out)."""
    rows: list[NodeRow] = []

    def add(parent: int | None, branches: tuple[Branch, ...]) -> None:
        for position, (title, children) in enumerate(branches):
            rows.append(NodeRow(-len(rows) - 1, parent, position, title))
            add(rows[-1].id, children)

    add(None, template.branches)
    return rows
