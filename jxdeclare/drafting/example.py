"""A filled-in example standard of any size: for tests, the render benchmark and the smoke test.

Its content imitates a real rice-noodle enterprise standard but carries no limit values of its
own: indicator values are illustrative and the rows say so in their ``basis`` field.
"""

from __future__ import annotations

from ..domain.document.model import (
    Annex,
    ChapterRole,
    Clause,
    Cover,
    Document,
    Example,
    Foreword,
    Formula,
    IndicatorRow,
    IndicatorTable,
    ListBlock,
    ListStyle,
    Note,
    Paragraph,
    Reference,
    Table,
    TermEntry,
)
from ..domain.document.text import ref_token

_ITEMS = ("水分", "酸度", "断条率", "蒸煮损失率", "粗蛋白", "菌落总数", "大肠菌群", "灰分")
_UNITS = ("%", "°T", "%", "%", "g/100g", "CFU/g", "CFU/g", "%")
ILLUSTRATIVE = "示例值，非标准限量"


def _indicator_rows(count: int, start: int = 0) -> list[IndicatorRow]:
    return [
        IndicatorRow(
            item=_ITEMS[(start + i) % len(_ITEMS)] + (f"（{start + i + 1}）" if count > 8 else ""),
            unit=_UNITS[(start + i) % len(_UNITS)],
            comparator="≤",
            value=f"{(start + i) % 9 + 1}.0",
            method="GB 5009.3" if i % 2 else "GB 5009.12",
            basis=ILLUSTRATIVE,
        )
        for i in range(count)
    ]


def _chapter(index: int, tables: int, rows_per_table: int, paragraphs: int) -> Clause:
    clauses = []
    for k in range(1, 4):
        text = f"第{index}章第{k}条的要求：产品应符合本条规定，检验按{{ref}}的方法进行。"
        clauses.append(
            Clause(
                title=f"要求{k}",
                blocks=[Paragraph(text) for _ in range(max(1, paragraphs // 3))],
            )
        )
    tables_list: list[IndicatorTable] = [
        IndicatorTable(f"第{index}章指标{t + 1}", _indicator_rows(rows_per_table, t * 3))
        for t in range(tables)
    ]
    clauses[0].blocks += tables_list
    clauses[0].blocks.append(Note("表中数值为示例。"))
    for clause in clauses[1:]:
        target = tables_list[0].id if tables_list else clauses[0].id
        for block in clause.blocks:
            if isinstance(block, Paragraph):
                block.text = block.text.replace("{ref}", ref_token(target))
    for block in clauses[0].blocks:
        if isinstance(block, Paragraph):
            block.text = block.text.replace("{ref}", "GB 5009.3")
    return Clause(title=f"技术章节{index}", children=clauses)


def example_document(
    chapters: int = 4, tables: int = 3, rows_per_table: int = 6, paragraphs: int = 3
) -> Document:
    """A complete document: cover, 前言, the GB/T 20001.10 chapters, an annex and 参考文献."""
    cover = Cover(
        enterprise_name="江西示例米业有限公司",
        enterprise_code="JXSL",
        number="Q/JXSL 0002—2026",
        title="干米粉",
        title_en="Dried rice noodles",
        replaces=["Q/JXSL 0002—2023"],
        publish_date="2026-11-20",
        implement_date="2026-12-01",
    )
    scope = Clause(
        "范围",
        [Paragraph("本文件规定了干米粉的技术要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。"),
         Paragraph("本文件适用于以大米为原料，经浸泡、磨浆、蒸粉、挤丝、干燥等工艺制成的干米粉。")],
        role=ChapterRole.SCOPE,
    )  # fmt: skip
    refs = Clause("规范性引用文件", role=ChapterRole.NORMATIVE_REFERENCES)
    definition = "以大米为原料，经浸泡、磨浆、成型、干燥等工艺制成的条状米制品。"
    term = TermEntry("干米粉", definition, "dried rice noodles")
    terms = Clause("术语和定义", [term], role=ChapterRole.TERMS)
    body = [_chapter(i + 4, tables, rows_per_table, paragraphs) for i in range(chapters)]
    method = Clause(
        "试验方法",
        [Paragraph("断条率按附录A测定。"),
         Formula("X = m₁ / m₀ × 100", ["X——断条率，%；", "m₁——断条质量，单位为克（g）；",
                                      "m₀——试样质量，单位为克（g）。"]),
         ListBlock(["取样应具有代表性；", "试验用水应为蒸馏水或去离子水。"],
                   ListStyle.LETTER),
         Example("称取试样100 g，断条5 g，则断条率为5%。")],
    )  # fmt: skip
    annex = Annex(
        "断条率的测定",
        normative=True,
        blocks=[
            Paragraph("本附录规定了断条率的测定方法。"),
            Table("试验条件", ["条件", "要求"], [["水温", "100 ℃"], ["时间", "5 min"]]),
        ],
    )
    method.blocks[0] = Paragraph(f"断条率按{ref_token(annex.id)}测定。")
    labelling = Clause(
        "标志、标签和随行文件",
        [ListBlock(["食品名称；", "配料表；", "净含量和规格；", "生产者名称、地址和联系方式；",
                    "生产日期和保质期；", "贮存条件；", "食品生产许可证编号；", "产品标准代号。"])],
    )  # fmt: skip
    return Document(
        cover=cover,
        foreword=Foreword(
            changes=["增加了断条率指标（见表1）；", "更改了水分指标。"],
            replaced_title="干米粉",
            proposer="江西示例米业有限公司",
            drafting_units="江西示例米业有限公司",
            drafters="张三、李四",
        ),
        chapters=[scope, refs, terms, *body, method, labelling],
        annexes=[annex],
        normative_references=[
            Reference("GB 2762", "食品安全国家标准　食品中污染物限量"),
            Reference("GB 5009.3", "食品安全国家标准　食品中水分的测定"),
            Reference("GB 7718", "食品安全国家标准　预包装食品标签通则"),
        ],
        bibliography=[Reference("GB/T 20001.10—2014", "标准编写规则　第10部分：产品标准")],
        product_category="米粉/米线",
    )
