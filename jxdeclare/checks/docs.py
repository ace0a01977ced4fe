"""docs/rules.md, generated from the registry (a test keeps the file in step)."""

from __future__ import annotations

from .registry import SEVERITY_LABELS as SEVERITY
from .registry import all_rules

CATEGORIES = """
## 产品类别、限量的继承和计算基础 / Categories, inheritance and basis

产品类别是两棵官方分类树上的节点，不是自由文字（数据包的 `food_categories` 表）：

- **GB 2762—2025 附录A 表A.1**（食品类别（名称）说明）决定适用哪些污染物限量。标准没有给类别编号，
  数据包按表A.1 中的位置编码：`A01`、`A01.03`、`A01.03.01`……
- **GB 2760—2024 附录E 表E.1**（食品分类系统）决定允许哪些食品添加剂，代码照录
  （如 `06.02.02`、`06.07`），上级由代码得出。

数据包的产品（绿茶、米粉/米线、大米、腊肉……）各自指明在两棵树上的节点；用户也可以直接选
任一节点（命令行 `--category` 接受产品名、类别名称或代码；界面中“选择产品类别”）。软件按
标准名称和范围推断类别时，只是提出候选（C001 写明依据的词），请用户确认；推断不出或有多个
候选时，限量比较不运行并给出警告 C002。

**限量随树继承**（GB 2762—2025 3.3：限量适用于该类别内的所有食品，有特别规定的除外）。一行限量适用于
一个节点，当且仅当：这一行写给该节点或它的某个上级；这一行的“……除外”不包括该节点及其上级；
没有为同一项目写给更近的上级（或节点本身）的另一行。例：米粉/米线（谷物制品 › 大米制品）的铅取
“谷物及其制品[麦片、面筋、粥类罐头、带馅(料)面米制品除外]”的 0.2 mg/kg；麦片取 0.5 mg/kg。

**计算基础属于它所写的食品**：脚注“稻谷以糙米计”只对稻谷成立，不对大米、米粉成立；限量单元格中的
“(干重计)”对整行成立。计算基础与文件不一致时不作比较（I002），不适用的计算基础不妨碍比较。

**食品添加剂**（GB 2760—2024）：表A.1 允许在某类别使用的添加剂，也允许在其下级类别使用（附录E），
最大使用量取最近一行；表A.2 的添加剂可在各类食品中按生产需要适量使用，表A.3 所列类别（及其下级类别）
除外；其余添加剂在该类别中不允许使用（I006）。

**抽查结论 / Spot-check verdict**（市场监管部门企业标准抽查的判定）：未被忽略的“合法性”错误
（指标宽于强制性限量、不允许的食品添加剂、引用已废止或被代替的强制性标准、缺少强制性标准或其要求的
项目）成立时为 **不合格**；其余错误或警告（完整性、规范性，及合法性警告）成立时为
**基本合格（有瑕疵）**；只有提示或没有问题时为 **合格**。整改清单列出每条成立的错误和警告：维度
（合法性 → 完整性 → 规范性）、位置、问题、怎么改、依据。

**命令行输出 / `check --json`**：每个被检查的文件一个对象（检查多个文件时为对象的列表）：
`{"file", "as_of", "pack", "product_category", "limits_checked", "verdict", "rectification",
"findings": [...]}`。`verdict` 为上述三种结论之一；`rectification` 是整改清单，每项
`{"category", "severity", "rule", "where", "what", "change", "why"}`。
`product_category` 在类别未知时为 null（此时 `limits_checked` 为 false，并有 C002 警告），否则为
`{"product", "gb2762", "gb2760", "inferred", "label"}`，
节点为 `{"code", "name", "parent", "tree"}`；
`findings` 中每条问题的键不变（`rule`、`severity`、`category`、`location`、`message`、
`suggestion`、`evidence`、`file`）。此前的输出是所有文件问题的平铺列表，改为按文件输出是有意的：
脚本须能看出限量比较是否运行。

**英文 / English**：每条规则的名称、说明、问题和修改建议都有中文和英文。`check --lang en` 以英文
输出文字结果和报告（默认 `--lang zh`）；JSON 不随 `--lang` 变化，始终同时给出两种语言：中文键不变，
另加英文键 `message_en`、`suggestion_en`、`location.label_en`、`verdict_en`，整改清单每项另加
`category_en`、`where_en`、`what_en`、`change_en`、`why_en`。The texts of every rule exist in
Chinese and English; `check --lang en` prints the text output and writes the reports in English,
and the JSON carries both languages whatever `--lang` says (the `_en` keys above).
"""


def rules_markdown() -> str:
    lines = [
        "# 检查规则 / Check rules",
        "",
        "Generated from `jxdeclare/checks` by `python -m jxdeclare.checks.docs`; do not edit.",
    ]
    rules = all_rules()
    lines += ["", *CATEGORIES.strip().splitlines(), "", "## 规则一览 / Rules", "",
              "| 规则 | 类别 | 严重程度 | 名称 | Title |", "|---|---|---|---|---|"]  # fmt: skip
    lines += [
        f"| {r.id} | {r.category.value} | {SEVERITY[r.severity.value]} | {r.title} | {r.title_en} |"
        for r in rules
    ]
    for r in rules:
        lines += ["", f"## {r.id} {r.title}", "", f"*{r.title_en}*", "", r.explanation, "",
                  r.explanation_en, "", f"修改建议：{r.suggestion}", "",
                  f"Suggestion: {r.suggestion_en}"]  # fmt: skip
        if r.needs:
            lines += ["", "需要：" + "、".join({"pack": "数据包", "category": "产品类别"}[n]
                                              for n in r.needs)
                      + " / Needs: " + ", ".join({"pack": "a data pack",
                                                  "category": "the product category"}[n]
                                                 for n in r.needs)]  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    target.write_text(rules_markdown(), encoding="utf-8")
    print(f"wrote {target}")
