"""docs/rules.md, generated from the registry (a test keeps the file in step)."""

from __future__ import annotations

from .registry import SEVERITY_LABELS as SEVERITY
from .registry import all_rules


def rules_markdown() -> str:
    lines = [
        "# 检查规则 / Check rules",
        "",
        "Generated from `jxdeclare/checks` by `python -m jxdeclare.checks.docs`; do not edit.",
        "",
        "| 规则 | 类别 | 严重程度 | 名称 |",
        "|---|---|---|---|",
    ]
    rules = all_rules()
    lines += [
        f"| {r.id} | {r.category.value} | {SEVERITY[r.severity.value]} | {r.title} |" for r in rules
    ]
    for r in rules:
        lines += ["", f"## {r.id} {r.title}", "", r.explanation, "", f"修改建议：{r.suggestion}"]
        if r.needs:
            lines += ["", "需要：" + "、".join({"pack": "数据包", "category": "产品类别"}[n]
                                              for n in r.needs)]  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    target.write_text(rules_markdown(), encoding="utf-8")
    print(f"wrote {target}")
