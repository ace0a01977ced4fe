#!/usr/bin/env python3
"""The accuracy corpus: Word files written like the enterprise standards regulators spot-check.

    python tests/corpus/build_corpus.py [--out DIR]

Every document is a list of paragraphs and tables written the way enterprises write them: cover
lines (``Q/JXMM``, ``…有限公司企业标准``, the number, ``2025-03-10发布``), 前言, 1 范围, 2 规范性
引用文件, 3 术语和定义, 4 技术要求 with 项目 | 指标 | 检验方法 tables, 检验规则, 标志, 包装. One
clean base standard per product is spelled out in full; each defective document is a base with
its defects edited in (:func:`edit`, :func:`drop`, :func:`set_row` …), so it differs from its
clean base by what its sidecar ``NAME.expected.json`` says and by nothing else. The sidecars are
hand-written ground truth: this module never reads them and never runs the checker.

Limit values are those of the shipped data pack (GB 2762—2025, GB 2763—2026, GB 2757—2012,
GB 18584—2024 rows marked verified): a clean standard states the limit itself or is stricter only
in the enterprise's own quality items (水分, 总酸 …). ``ensure_corpus`` writes the Word files
when they are missing or differ; the bytes are the same on every run (fixed document properties
and zip timestamps), so the files can be regenerated at will and never need to be kept in git.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# -- documents as data ---------------------------------------------------------------------------

Row = tuple[str, ...]


@dataclass(frozen=True)
class Grid:
    """A Word table, its header first; its caption is the paragraph before it ("表2　理化指标")."""

    rows: tuple[Row, ...]


Part = str | Grid  # a paragraph ("\n" starts another) or a table
Doc = tuple[Part, ...]


def grid(*rows: Sequence[str]) -> Grid:
    return Grid(tuple(tuple(row) for row in rows))


def edit(doc: Doc, *pairs: tuple[str, str]) -> Doc:
    """Replace text in every paragraph and cell; each old text must occur (typos fail loudly)."""
    parts = list(doc)
    for old, new in pairs:
        hits = 0
        for i, part in enumerate(parts):
            if isinstance(part, Grid):
                hits += sum(old in cell for row in part.rows for cell in row)
                parts[i] = Grid(tuple(tuple(c.replace(old, new) for c in r) for r in part.rows))
            elif old in part:
                hits += 1
                parts[i] = part.replace(old, new)
        if not hits:
            raise ValueError(f"not in the document: {old!r}")
    return tuple(parts)


def drop(doc: Doc, *texts: str) -> Doc:
    """Remove whole paragraphs, and table rows whose first cell is one of ``texts``."""
    missing = set(texts)
    parts: list[Part] = []
    for part in doc:
        if isinstance(part, Grid):
            missing -= {row[0] for row in part.rows}
            parts.append(Grid(tuple(row for row in part.rows if row[0] not in texts)))
        elif part in texts:
            missing.discard(part)
        else:
            parts.append(part)
    if missing:
        raise ValueError(f"not in the document: {sorted(missing)!r}")
    return tuple(parts)


def add_row(doc: Doc, first_cell: str, row: Sequence[str]) -> Doc:
    """Insert a table row after the row whose first cell is ``first_cell``."""
    return _rows(doc, first_cell, lambda old: (old, tuple(row)))


def set_row(doc: Doc, first_cell: str, row: Sequence[str]) -> Doc:
    """Replace the table row whose first cell is ``first_cell``."""
    return _rows(doc, first_cell, lambda old: (tuple(row),))


def _rows(doc: Doc, first_cell: str, change: Callable[[Row], tuple[Row, ...]]) -> Doc:
    if not any(isinstance(p, Grid) and any(r[0] == first_cell for r in p.rows) for p in doc):
        raise ValueError(f"no table row starts with {first_cell!r}")
    return tuple(
        Grid(tuple(new for r in p.rows for new in (change(r) if r[0] == first_cell else (r,))))
        if isinstance(p, Grid)
        else p
        for p in doc
    )


_NUMBER = re.compile(r"^(\d{1,2})((?:\.\d{1,3})*)(?=[\s\u3000]|$)")
_CHAPTER = re.compile(r"^(\d{1,2})[\s\u3000]+[^。：；，]{1,20}$")
_CHAPTER_REF = re.compile(r"第(\d{1,2})章")


def _chapters(doc: Doc) -> list[tuple[int, int]]:
    """(index, number) of the chapter headings ("4　技术要求") after the 前言."""
    start = doc.index("前言") if "前言" in doc else 0
    return [
        (i, int(match.group(1)))
        for i, part in enumerate(doc)
        if i > start and isinstance(part, str) and (match := _CHAPTER.match(part))
    ]


def _end_of_body(doc: Doc) -> int:
    starts = (i for i, p in enumerate(doc) if isinstance(p, str) and p.startswith("附录"))
    return next(starts, len(doc))


def _span(doc: Doc, number: int) -> tuple[int, int]:
    heads = _chapters(doc)
    starts = [i for i, n in heads if n == number]
    if len(starts) != 1:
        raise ValueError(f"no chapter {number}")
    later = [i for i, _n in heads if i > starts[0]]
    return starts[0], later[0] if later else _end_of_body(doc)


def renumber(doc: Doc) -> Doc:
    """Number the chapters 1, 2, 3 … in their order: headings, clauses and "第N章" in the text."""
    heads = _chapters(doc)
    mapping = {str(old): str(new) for new, (_i, old) in enumerate(heads, start=1)}
    parts = list(doc)
    for i in range(heads[0][0] if heads else len(doc), _end_of_body(doc)):
        if isinstance(part := parts[i], str):
            part = _NUMBER.sub(lambda m: mapping.get(m[1], m[1]) + m[2], part)
            parts[i] = _CHAPTER_REF.sub(lambda m: f"第{mapping.get(m[1], m[1])}章", part)
    return tuple(parts)


def drop_chapter(doc: Doc, number: int) -> Doc:
    """Remove a chapter and renumber the ones after it."""
    start, end = _span(doc, number)
    return renumber(doc[:start] + doc[end:])


def move_chapter(doc: Doc, number: int, before: int) -> Doc:
    """Move chapter ``number`` in front of chapter ``before``, then renumber."""
    start, end = _span(doc, number)
    rest = doc[:start] + doc[end:]
    at = _span(rest, before)[0]
    return renumber(rest[:at] + doc[start:end] + rest[at:])


# -- what every standard has ---------------------------------------------------------------------

FIRST_SENTENCE = (
    "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
)
OLD_FIRST_SENTENCE = "本标准按照GB/T 1.1—2009给出的规则起草。"
PATENT = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"
REFS_INTRO = (
    "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
    "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
)
OLD_REFS_INTRO = (
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。"
    "凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
)
TERMS_INTRO = "下列术语和定义适用于本文件。"
NO_TERMS = "本文件没有需要界定的术语和定义。"
NET_CONTENT = "净含量应符合《定量包装商品计量监督管理办法》（国家市场监督管理总局令第70号）的规定。"
QUANTITY = "定量包装商品计量监督管理办法"
LOOK_AND_TASTE = "取适量试样置于洁净的白色瓷盘中，在自然光线下目测色泽和形态，嗅其气味，品尝滋味"

TITLES = {
    "GB/T 191": "包装储运图示标志",
    "GB/T 1354": "大米",
    "GB 2757": "食品安全国家标准　蒸馏酒及其配制酒",
    "GB 2760": "食品安全国家标准　食品添加剂使用标准",
    "GB 2761": "食品安全国家标准　食品中真菌毒素限量",
    "GB 2762": "食品安全国家标准　食品中污染物限量",
    "GB 2763": "食品安全国家标准　食品中农药最大残留限量",
    "GB 2763.1": "食品安全国家标准　食品中2,4-滴丁酸钠盐等112种农药最大残留限量",
    "GB/T 2828.1": "计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划",
    "GB 4789": "食品安全国家标准　食品微生物学检验",
    "GB 4789.2": "食品安全国家标准　食品微生物学检验　菌落总数测定",
    "GB 4789.3": "食品安全国家标准　食品微生物学检验　大肠菌群计数",
    "GB 5009.3": "食品安全国家标准　食品中水分的测定",
    "GB 5009.4": "食品安全国家标准　食品中灰分的测定",
    "GB 5009.12": "食品安全国家标准　食品中铅的测定",
    "GB 5009.15": "食品安全国家标准　食品中镉的测定",
    "GB 5009.28": "食品安全国家标准　食品中苯甲酸、山梨酸和糖精钠的测定",
    "GB 5009.33": "食品安全国家标准　食品中亚硝酸盐与硝酸盐的测定",
    "GB 5009.34": "食品安全国家标准　食品中二氧化硫的测定",
    "GB 5009.36": "食品安全国家标准　食品中氰化物的测定",
    "GB 5009.97": "食品安全国家标准　食品中环己基氨基磺酸钠的测定",
    "GB 5009.121": "食品安全国家标准　食品中脱氢乙酸的测定",
    "GB 5009.225": "食品安全国家标准　酒和食用酒精中乙醇浓度的测定",  # the 2023 edition's title
    "GB 5009.266": "食品安全国家标准　食品中甲醇的测定",
    "GB/T 5494": "粮油检验　粮食、油料的杂质、不完善粒检验",
    "GB 5749": "生活饮用水卫生标准",
    "GB 7000.1": "灯具　第1部分：一般要求与试验",
    "GB 7718": "食品安全国家标准　预包装食品标签通则",
    "GB/T 8210": "柑桔鲜果检验方法",
    "GB/T 8305": "茶　水浸出物测定",
    "GB/T 10345": "白酒分析方法",
    "GB/T 10781.7": "白酒质量要求　第7部分：特香型白酒",
    "GB 17625.1": "电磁兼容　限值　第1部分：谐波电流发射限值(设备每相输入电流≤16A)",
    "GB/T 17743": "电气照明和类似设备的无线电骚扰特性的限值和测量方法",
    "GB 18584": "家具中有害物质限量",
    "GB/T 20823": "特香型白酒",
    "GB/T 23379": "水果、蔬菜及茶叶中吡虫啉残留的测定　高效液相色谱法",
    "GB/T 23776": "茶叶感官审评方法",
    "GB/T 24824": "普通照明用LED模块测试方法",
    "GB 28008": "家具结构安全技术规范",
    "GB 29921": "食品安全国家标准　预包装食品中致病菌限量",
    "GB 43472": "灯具及灯具用电源导轨系统　安全要求",
}


def ref(number: str, title: str = "") -> str:
    """A line of the 规范性引用文件 list: "GB 2762　食品安全国家标准　食品中污染物限量"."""
    return f"{number}　{title or TITLES[number.split('—')[0]]}"


@dataclass(frozen=True)
class Cover:
    enterprise: str
    code: str  # after "Q/" on the first cover line; "" leaves that line out
    number: str
    title: str
    published: str
    implemented: str
    replaces: str = ""
    ics: str = "67.060"
    ccs: str = "X 11"


def front(cover: Cover, *middle: str) -> list[Part]:
    """The cover lines and the 前言: first sentence, ``middle``, patent notice, who drafted it."""
    lines: list[Part] = [f"ICS {cover.ics}", f"CCS {cover.ccs}"]
    lines += [f"Q/{cover.code}"] if cover.code else []
    lines += [f"{cover.enterprise}企业标准", cover.number]
    lines += [f"代替 {cover.replaces}"] if cover.replaces else []
    return [
        *lines, cover.title, f"{cover.published}发布　　{cover.implemented}实施",
        f"{cover.enterprise}　发布", "前言", FIRST_SENTENCE, *middle, PATENT,
        f"本文件由{cover.enterprise}提出。", f"本文件起草单位：{cover.enterprise}。",
        "本文件主要起草人：张某某、李某某。",
    ]  # fmt: skip


def references(*numbers: str) -> list[Part]:
    return ["2　规范性引用文件", REFS_INTRO, *(ref(n) for n in numbers)]


def food_rules(chapter: int, release_items: str, *, micro: bool = False) -> list[Part]:
    """检验规则 of a food standard: lots, sampling, release and type tests, judging."""
    n = chapter
    retest = (
        "检验结果中有不符合本文件规定的项目时，可在同批产品中加倍抽样对不符合项目复检，"
        "以复检结果为准"
    )
    retest += "；微生物指标不符合本文件规定的，不得复检。" if micro else "。"
    return [
        f"{n}　检验规则", f"{n}.1　组批",
        "同一原料、同一工艺、同一班次生产的同一品种产品为一批。",
        f"{n}.2　抽样", "每批产品随机抽取样品，样品量应满足检验和留样的要求。",
        f"{n}.3　出厂检验",
        f"每批产品出厂前应经企业质量检验部门检验，出厂检验项目为{release_items}。",
        f"{n}.4　型式检验",
        "型式检验项目为第4章规定的全部项目。正常生产时每年至少进行一次；原料、工艺有较大改变，"
        "或停产3个月以上恢复生产时，也应进行型式检验。",
        f"{n}.5　判定规则", "检验结果全部符合本文件规定的，判该批产品合格。" + retest,
    ]  # fmt: skip


def food_labels(chapter: int, storage: str, shelf_life: str) -> list[Part]:
    """标志、标签和随行文件 and 包装、运输和贮存 of a food standard."""
    n, m = chapter, chapter + 1
    return [
        f"{n}　标志、标签和随行文件", f"{n}.1　标签", "预包装产品的标签应符合GB 7718的规定。",
        f"{n}.2　标志", "包装储运图示标志应符合GB/T 191的规定。",
        f"{m}　包装、运输和贮存", f"{m}.1　包装",
        "包装材料应清洁、无毒、无异味，符合相应食品安全国家标准的规定。",
        f"{m}.2　运输",
        "运输工具应清洁卫生，运输时应防雨、防晒，不得与有毒、有害、有异味的物品混装混运。",
        f"{m}.3　贮存", storage, f"{m}.4　保质期",
        f"在符合本文件规定的包装、运输和贮存条件下，产品保质期为{shelf_life}。",
    ]  # fmt: skip


def drafted_2009(doc: Doc) -> Doc:
    """The same text worded to GB/T 1.1—2009: 本标准, the old first sentence and refs intro."""
    marker = "\x00"
    doc = edit(doc, (FIRST_SENTENCE, OLD_FIRST_SENTENCE), (REFS_INTRO, marker))
    return edit(edit(doc, ("本文件", "本标准")), (marker, OLD_REFS_INTRO))


# -- the clean base standards, one per product ---------------------------------------------------

NOODLE = Cover("江西某某食品有限公司", "JXMM", "Q/JXMM 0002S—2025", "干米粉", "2025-03-10",
               "2025-04-10")  # fmt: skip


def rice_noodle(cover: Cover = NOODLE, *foreword: str) -> Doc:
    return tuple([
        *front(cover, *foreword), "1　范围",
        "本文件规定了干米粉的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于以大米为原料，经浸泡、磨浆、蒸粉、挤丝、干燥等工序制成的干米粉。",
        *references("GB/T 191", "GB/T 1354", "GB 2760", "GB 2762", "GB 5009.3", "GB 5009.12",
                    "GB 5009.28", "GB 5009.34", "GB 5009.121", "GB 5749", "GB 7718"),
        "3　术语和定义", TERMS_INTRO, "3.1", "干米粉　dried rice noodles",
        "以大米为原料，经浸泡、磨浆、蒸粉、挤丝或切条、干燥等工序制成的条状或丝状米制品。",
        "4　技术要求", "4.1　原料要求",
        "——大米：应符合GB/T 1354的规定；", "——生产用水：应符合GB 5749的规定。",
        "4.2　感官要求", "感官要求应符合表1的规定。", "表1　感官要求",
        grid(("项目", "要求", "检验方法"),
             ("色泽", "呈白色或类白色，有光泽", LOOK_AND_TASTE),
             ("气味和滋味", "具有米粉固有的气味和滋味，无异味", LOOK_AND_TASTE),
             ("组织形态", "粗细均匀，无并条，无霉变", LOOK_AND_TASTE),
             ("杂质", "无正常视力可见外来异物", LOOK_AND_TASTE)),
        "4.3　理化指标", "理化指标应符合表2的规定。", "表2　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("水分/%", "≤14.0", "GB 5009.3"),
             ("铅(以Pb计)/(mg/kg)", "≤0.2", "GB 5009.12"),
             ("脱氢乙酸及其钠盐(以脱氢乙酸计)/(g/kg)", "不得使用", "GB 5009.121"),
             ("苯甲酸及其钠盐(以苯甲酸计)/(g/kg)", "不得使用", "GB 5009.28"),
             ("山梨酸及其钾盐(以山梨酸计)/(g/kg)", "不得使用", "GB 5009.28"),
             ("二氧化硫残留量/(g/kg)", "不得使用", "GB 5009.34")),
        "4.4　污染物限量和食品添加剂",
        "4.4.1　污染物限量除应符合表2的规定外，还应符合GB 2762的规定。",
        "4.4.2　食品添加剂的使用应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、水分和净含量"),
        *food_labels(6, "产品应贮存在阴凉、干燥、通风的库房内，离地离墙存放，防潮、防鼠。",
                     "12个月"),
    ])  # fmt: skip


GREEN_TEA = Cover("江西省某某生态茶业有限公司", "JQS", "Q/JQS0106S-2024", "绿茶", "2024-08-10",
                  "2024-09-10", ics="67.140.10", ccs="X 55")  # fmt: skip
BLACK_TEA = Cover("修水县某某茶业有限公司", "360424NHC", "Q/360424NHC001-2025", "工夫红茶",
                  "2025-05-20", "2025-06-20", ics="67.140.10", ccs="X 55")  # fmt: skip


def tea(cover: Cover, *foreword: str) -> Doc:
    """绿茶 or 工夫红茶 (the cover's title): no additives at all, pesticides by GB 2763."""
    kind, green = cover.title, cover.title == "绿茶"
    craft = "杀青、揉捻、干燥" if green else "萎凋、揉捻、发酵、干燥"
    return tuple([
        *front(cover, *foreword), "1　范围",
        f"本文件规定了{kind}的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        f"本文件适用于以茶树鲜叶为原料，经{craft}等工序加工而成的{kind}。",
        *references("GB/T 191", "GB 2760", "GB 2762", "GB 2763", "GB 5009.3", "GB 5009.4",
                    "GB 5009.12", "GB 7718", "GB/T 8305", "GB/T 23776"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　基本要求",
        "产品应具有正常的色、香、味，不含非茶类物质，无异味、无异臭、无劣变。",
        "4.2　感官要求", "感官要求应符合表1的规定。", "表1　感官要求",
        grid(("项目", "要求", "检验方法"),
             ("外形", "条索紧结，色泽绿润" if green else "条索紧细，色泽乌润", "GB/T 23776"),
             ("香气", "清香持久" if green else "甜香浓郁", "GB/T 23776"),
             ("滋味", "鲜醇爽口" if green else "鲜醇甘爽", "GB/T 23776"),
             ("汤色", "嫩绿明亮" if green else "红艳明亮", "GB/T 23776")),
        "4.3　理化指标", "理化指标应符合表2的规定。", "表2　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("水分/%", "≤6.5", "GB 5009.3"),
             ("总灰分/%", "≤6.5", "GB 5009.4"),
             ("水浸出物/%", "≥36.0", "GB/T 8305")),
        "4.4　卫生指标", "4.4.1　铅(以Pb计)应符合表3的规定。", "表3　污染物限量",
        grid(("项目", "指标", "检验方法"), ("铅(以Pb计)/(mg/kg)", "≤5.0", "GB 5009.12")),
        "4.4.2　其他污染物限量应符合GB 2762的规定，农药残留限量应符合GB 2763的规定。",
        "4.4.3　产品不得添加任何食品添加剂，应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、水分、总灰分和净含量"),
        *food_labels(6, "产品应贮存在清洁、干燥、阴凉、无异味的专用仓库内，防潮、避光。",
                     "24个月"),
    ])  # fmt: skip


INSTANT = Cover("江西某某米业有限公司", "JXSM", "Q/JXSM 0003S—2025", "方便米粉", "2025-09-01",
                "2025-10-01")  # fmt: skip


def instant_rice_noodle(cover: Cover = INSTANT) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了方便米粉的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于以大米为主要原料，经磨浆、蒸粉、成型、干燥等工序制成，配以调料包，"
        "用开水冲泡或煮制后食用的方便米粉。",
        *references("GB/T 191", "GB 2760", "GB 2762", "GB 4789.2", "GB 4789.3", "GB 5009.3",
                    "GB 5009.12", "GB 5009.28", "GB 7718", "GB 29921"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　原料要求",
        "原料应符合相应食品安全国家标准的规定，不得使用霉变的大米。",
        "4.2　感官要求", "感官要求应符合表1的规定。", "表1　感官要求",
        grid(("项目", "要求", "检验方法"),
             ("色泽", "米粉块呈白色或类白色，调料具有应有的色泽", LOOK_AND_TASTE),
             ("气味和滋味", "具有方便米粉应有的气味和滋味，无异味", LOOK_AND_TASTE),
             ("复水性", "冲泡或煮制后不夹生，不粘连", LOOK_AND_TASTE),
             ("杂质", "无正常视力可见外来异物", LOOK_AND_TASTE)),
        "4.3　理化指标", "理化指标应符合表2的规定。", "表2　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("水分(米粉块)/%", "≤12.0", "GB 5009.3"),
             ("铅(以Pb计)/(mg/kg)", "≤0.2", "GB 5009.12"),
             ("苯甲酸及其钠盐(以苯甲酸计)/(g/kg)", "不得使用", "GB 5009.28")),
        "4.4　微生物指标", "微生物指标应符合表3的规定。", "表3　微生物指标",
        grid(("项目", "指标", "检验方法"),
             ("菌落总数/(CFU/g)", "≤10000", "GB 4789.2"),
             ("大肠菌群/(CFU/g)", "≤10", "GB 4789.3")),
        "4.5　其他要求",
        "4.5.1　污染物限量除应符合表2的规定外，还应符合GB 2762的规定。",
        "4.5.2　致病菌限量应符合GB 29921的规定。",
        "4.5.3　食品添加剂的使用应符合GB 2760的规定。",
        "4.6　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、水分、菌落总数、大肠菌群和净含量", micro=True),
        *food_labels(6, "产品应贮存在阴凉、干燥、通风的库房内，防潮、防晒。", "9个月"),
    ])  # fmt: skip


RICE = Cover("万年县某某米业有限公司", "WNMY", "Q/WNMY 0001—2025", "万年贡米", "2025-10-15",
             "2025-11-15")  # fmt: skip


def rice(cover: Cover = RICE) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了万年贡米的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于以万年县境内种植的籼稻谷为原料，经清理、砻谷、碾米、抛光、色选等工序"
        "加工而成的大米。",
        *references("GB/T 191", "GB 2760", "GB 2761", "GB 2762", "GB 5009.3", "GB 5009.12",
                    "GB 5009.15", "GB 7718", "GB/T 5494"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　原料要求",
        "原料稻谷应无霉变、无虫蚀，其污染物和真菌毒素限量应符合GB 2762和GB 2761的规定。",
        "4.2　质量指标", "质量指标应符合表1的规定。", "表1　质量指标",
        grid(("项目", "指标", "检验方法"),
             ("水分/%", "≤14.5", "GB 5009.3"),
             ("不完善粒/%", "≤2.0", "GB/T 5494"),
             ("杂质总量/%", "≤0.20", "GB/T 5494"),
             ("色泽、气味", "正常", "GB/T 5494")),
        "4.3　卫生指标", "卫生指标应符合表2的规定。", "表2　卫生指标",
        grid(("项目", "指标", "检验方法"),
             ("铅(以Pb计)/(mg/kg)", "≤0.2", "GB 5009.12"),
             ("镉(以Cd计)/(mg/kg)", "≤0.2", "GB 5009.15")),
        "4.4　其他要求",
        "4.4.1　其他污染物限量应符合GB 2762的规定，真菌毒素限量应符合GB 2761的规定。",
        "4.4.2　产品不得添加任何物质，食品添加剂的使用应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "水分、不完善粒、杂质总量、色泽、气味和净含量"),
        *food_labels(6, "产品应贮存在清洁、干燥、通风、无异味的仓库内，防潮、防虫、防鼠。",
                     "12个月"),
    ])  # fmt: skip


BAIJIU = Cover("江西某某酒业有限公司", "JXJY", "Q/JXJY 0001S—2025", "特香型白酒", "2025-12-01",
               "2026-01-01", ics="67.160.10", ccs="X 61")  # fmt: skip


def baijiu(cover: Cover = BAIJIU, *foreword: str) -> Doc:
    return tuple([
        *front(cover, *foreword), "1　范围",
        "本文件规定了特香型白酒的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于以大米为主要原料，以面粉、麦麸和酒糟培制的大曲为糖化发酵剂，"
        "经续糟固态发酵、固态蒸馏、陈酿、勾调而成的特香型白酒。",
        *references("GB/T 191", "GB 2757", "GB 2760", "GB 2762", "GB 5009.12", "GB 5009.36",
                    "GB 5009.225", "GB 5009.266", "GB 7718", "GB/T 10345", "GB/T 10781.7—2025"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　感官要求",
        "感官要求应符合GB/T 10781.7—2025的规定，按GB/T 10345检验。",
        "4.2　理化指标", "理化指标应符合表1的规定。", "表1　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("酒精度/(%vol)", "标签标示值±1.0", "GB 5009.225"),
             ("总酸(以乙酸计)/(g/L)", "≥0.50", "GB/T 10345"),
             ("总酯(以乙酸乙酯计)/(g/L)", "≥1.50", "GB/T 10345")),
        "4.3　卫生指标", "卫生指标应符合表2的规定。", "表2　卫生指标",
        grid(("项目", "指标", "检验方法"),
             ("甲醇/(g/L)", "≤0.6", "GB 5009.266"),
             ("氰化物(以HCN计)/(mg/L)", "≤8.0", "GB 5009.36"),
             ("铅(以Pb计)/(mg/kg)", "≤0.5", "GB 5009.12")),
        "注：甲醇、氰化物指标均按100%酒精度折算。",
        "4.4　其他要求",
        "4.4.1　其他项目应符合GB 2757和GB 2762的规定。",
        "4.4.2　产品不得添加食用酒精及非自身发酵产生的呈香呈味物质，"
        "食品添加剂的使用应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、酒精度、总酸、总酯和净含量"),
        *food_labels(6, "产品应贮存在阴凉、干燥、通风的库房内，严禁火种，不得与有毒、有害物品"
                     "混存。", "长期（密封完好时）"),
    ])  # fmt: skip


PORK = Cover("江西某某农业发展有限公司", "JXNF", "Q/JXNF 0002S—2025", "腊肉", "2025-11-01",
             "2025-12-01", ics="67.120.10", ccs="X 22")  # fmt: skip


def cured_pork(cover: Cover = PORK) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了腊肉的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于以鲜（冻）猪肉为主要原料，经腌制、烘烤（或晾晒）、烟熏等工序制成的腊肉。",
        *references("GB/T 191", "GB 2760", "GB 2762", "GB 5009.3", "GB 5009.12", "GB 5009.15",
                    "GB 5009.33", "GB 7718", "GB 29921"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　原料要求",
        "原料肉应经动物卫生监督机构检疫合格，其他原料应符合相应食品安全国家标准的规定。",
        "4.2　感官要求", "感官要求应符合表1的规定。", "表1　感官要求",
        grid(("项目", "要求", "检验方法"),
             ("色泽", "瘦肉呈棕红色，脂肪呈乳白色或淡黄色", LOOK_AND_TASTE),
             ("组织状态", "肉质紧实，切面平整", LOOK_AND_TASTE),
             ("气味", "具有腊肉固有的腊香味，无哈喇味、无异味", LOOK_AND_TASTE)),
        "4.3　理化指标", "理化指标应符合表2的规定。", "表2　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("水分/%", "≤25", "GB 5009.3"),
             ("铅(以Pb计)/(mg/kg)", "≤0.3", "GB 5009.12"),
             ("镉(以Cd计)/(mg/kg)", "≤0.1", "GB 5009.15"),
             ("亚硝酸盐(以亚硝酸钠计)/(mg/kg)", "≤30", "GB 5009.33")),
        "4.4　其他要求",
        "4.4.1　其他污染物限量应符合GB 2762的规定。",
        "4.4.2　致病菌限量应符合GB 29921的规定。",
        "4.4.3　食品添加剂的使用应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、水分和净含量"),
        *food_labels(6, "产品应贮存在阴凉、干燥、通风处，避免阳光直射。", "6个月"),
    ])  # fmt: skip


DOUCHI = Cover("江西某某调味食品有限公司", "JXTW", "Q/JXTW 0004S—2025", "豆豉", "2025-06-18",
               "2025-07-18", ccs="X 66")  # fmt: skip


def douchi(cover: Cover = DOUCHI) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了豆豉的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于以黑豆或黄豆为主要原料，经蒸煮、制曲、发酵、晾晒等工序制成的干豆豉。",
        *references("GB/T 191", "GB 2760", "GB 2761", "GB 2762", "GB 5009.3", "GB 5009.12",
                    "GB 5009.28", "GB 5009.121", "GB 7718"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　原料要求",
        "黑豆、黄豆应无霉变、无虫蛀，食用盐应符合相应食品安全国家标准的规定。",
        "4.2　感官要求", "感官要求应符合表1的规定。", "表1　感官要求",
        grid(("项目", "要求", "检验方法"),
             ("色泽", "呈黑褐色或黄褐色，有光泽", LOOK_AND_TASTE),
             ("气味和滋味", "具有豆豉特有的豉香味，咸淡适口，无异味", LOOK_AND_TASTE),
             ("组织形态", "颗粒完整，松散", LOOK_AND_TASTE)),
        "4.3　理化指标", "理化指标应符合表2的规定。", "表2　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("水分/%", "≤20.0", "GB 5009.3"),
             ("铅(以Pb计)/(mg/kg)", "≤0.3", "GB 5009.12"),
             ("脱氢乙酸及其钠盐(以脱氢乙酸计)/(g/kg)", "≤0.3", "GB 5009.121"),
             ("苯甲酸及其钠盐(以苯甲酸计)/(g/kg)", "不得使用", "GB 5009.28"),
             ("山梨酸及其钾盐(以山梨酸计)/(g/kg)", "不得使用", "GB 5009.28")),
        "4.4　其他要求",
        "4.4.1　其他污染物限量应符合GB 2762的规定，真菌毒素限量应符合GB 2761的规定。",
        "4.4.2　食品添加剂的使用应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、水分和净含量"),
        *food_labels(6, "产品应贮存在阴凉、干燥、通风处，防潮、防晒。", "12个月"),
    ])  # fmt: skip


ORANGE = Cover("赣州某某果业有限公司", "GZGY", "Q/GZGY 0001—2025", "脐橙", "2025-10-20",
               "2025-11-01", ics="67.080.10", ccs="B 31")  # fmt: skip


def navel_orange(cover: Cover = ORANGE) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了脐橙的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。",
        "本文件适用于本公司基地种植、经采摘、清洗、打蜡（或不打蜡）、分级、包装的鲜食脐橙。",
        *references("GB/T 191", "GB 2760", "GB 2762", "GB 2763", "GB 5009.12", "GB 5009.15",
                    "GB 7718", "GB/T 8210"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　感官要求", "感官要求应符合表1的规定。", "表1　感官要求",
        grid(("项目", "要求", "检验方法"),
             ("果形", "椭圆形或圆球形，端正", "GB/T 8210"),
             ("色泽", "橙红色或橙色，着色均匀", "GB/T 8210"),
             ("果面", "洁净，无明显伤疤", "GB/T 8210")),
        "4.2　理化指标", "理化指标应符合表2的规定。", "表2　理化指标",
        grid(("项目", "指标", "检验方法"),
             ("可溶性固形物/%", "≥11.0", "GB/T 8210"),
             ("可食率/%", "≥70", "GB/T 8210")),
        "4.3　卫生指标", "卫生指标应符合表3的规定。", "表3　卫生指标",
        grid(("项目", "指标", "检验方法"),
             ("铅(以Pb计)/(mg/kg)", "≤0.1", "GB 5009.12"),
             ("镉(以Cd计)/(mg/kg)", "≤0.05", "GB 5009.15")),
        "4.4　其他要求",
        "4.4.1　其他污染物限量应符合GB 2762的规定，农药残留限量应符合GB 2763的规定。",
        "4.4.2　采后处理使用的保鲜剂、被膜剂应符合GB 2760的规定。",
        "4.5　净含量", NET_CONTENT,
        *food_rules(5, "感官要求、可溶性固形物和净含量"),
        *food_labels(6, "产品应在通风、阴凉处或冷库中贮存，冷库温度宜为5 ℃～8 ℃。",
                     "冷库贮存90天"),
    ])  # fmt: skip


LED = Cover("吉安市某某照明科技有限公司", "JAZM", "Q/JAZM 001—2026", "LED平板灯", "2026-02-10",
            "2026-03-01", ics="29.140.40", ccs="K 74")  # fmt: skip


def led_panel(cover: Cover = LED) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了LED平板灯的技术要求、检验规则、标志、包装、运输和贮存，描述了相应的"
        "试验方法。",
        "本文件适用于额定电压220 V、频率50 Hz交流电源供电，功率不大于60 W，嵌入式或吸顶式"
        "安装的室内用LED平板灯。",
        "2　规范性引用文件", REFS_INTRO, ref("GB/T 191"), ref("GB/T 2828.1"),
        ref("GB 17625.1—2022"), ref("GB/T 17743"), ref("GB/T 24824"), ref("GB 43472—2023"),
        "3　术语和定义", NO_TERMS,
        "4　技术要求", "4.1　安全要求", "灯具的安全要求应符合GB 43472—2023的规定。",
        "4.2　电磁兼容",
        "谐波电流应符合GB 17625.1—2022的规定，无线电骚扰特性应符合GB/T 17743的规定。",
        "4.3　光电性能", "光电性能应符合表1的规定。", "表1　光电性能",
        grid(("项目", "要求", "试验方法"),
             ("输入功率", "实测值不超过额定值的110%", "GB/T 24824"),
             ("功率因数", "≥0.90", "GB/T 24824"),
             ("光通量", "不低于额定值的90%", "GB/T 24824"),
             ("显色指数Ra", "≥80", "GB/T 24824")),
        "4.4　外观", "灯具表面应平整、无划伤，发光面亮度均匀，无明显暗区。",
        "5　试验方法", "5.1　安全要求", "按GB 43472—2023规定的方法试验。",
        "5.2　电磁兼容", "谐波电流按GB 17625.1—2022、无线电骚扰特性按GB/T 17743规定的方法试验。",
        "5.3　外观", "在正常照明条件下目测。",
        "6　检验规则", "6.1　出厂检验",
        "每批产品出厂前应按GB/T 2828.1进行抽样检验，出厂检验项目为外观、输入功率和功率因数。",
        "6.2　型式检验",
        "型式检验项目为第4章规定的全部项目，新产品定型或结构、材料、工艺有较大改变时应进行。",
        "7　标志、标签和随行文件",
        "灯具上应标明生产者名称、型号、额定电压、额定功率；包装储运图示标志应符合GB/T 191的规定。",
        "8　包装、运输和贮存",
        "产品应装入纸箱，运输中应防雨、防剧烈碰撞，贮存在通风、干燥、无腐蚀性气体的仓库内。",
    ])  # fmt: skip


FURNITURE = Cover("南康区某某家具有限公司", "NKJJ", "Q/NKJJ 0001—2025", "实木家具", "2025-07-01",
                  "2025-08-01", ics="97.140", ccs="Y 80")  # fmt: skip
# GB 18584—2024 as the pack has it: 室内家具 (mg/m³) and 色漆涂层 的可迁移元素 (mg/kg).
HAZARDS = (
    ("甲醛/(mg/m³)", "≤0.08"), ("苯/(mg/m³)", "≤0.06"), ("甲苯/(mg/m³)", "≤0.15"),
    ("二甲苯/(mg/m³)", "≤0.2"), ("TVOC/(mg/m³)", "≤0.5"),
    ("可迁移锑(Sb)/(mg/kg)", "≤60"), ("可迁移砷(As)/(mg/kg)", "≤25"),
    ("可迁移钡(Ba)/(mg/kg)", "≤1000"), ("可迁移镉(Cd)/(mg/kg)", "≤75"),
    ("可迁移铬(Cr)/(mg/kg)", "≤60"), ("可迁移铅(Pb)/(mg/kg)", "≤90"),
    ("可迁移汞(Hg)/(mg/kg)", "≤60"), ("可迁移硒(Se)/(mg/kg)", "≤500"),
)  # fmt: skip


def furniture(cover: Cover = FURNITURE) -> Doc:
    return tuple([
        *front(cover), "1　范围",
        "本文件规定了实木家具的分类、技术要求、检验规则、标志、包装、运输和贮存，描述了相应的"
        "试验方法。",
        "本文件适用于以实木为主要材料制成的室内用柜类、桌类、椅凳类和床类家具。",
        *references("GB/T 191", "GB 18584", "GB 28008"),
        "3　术语和定义", NO_TERMS,
        "4　分类", "产品按用途分为柜类、桌类、椅凳类和床类。",
        "5　技术要求", "5.1　外观要求",
        "木制件表面应光滑，无裂缝、无虫蛀；涂层应平整，无流挂、无皱皮。",
        "5.2　结构安全", "结构安全应符合GB 28008的规定。",
        "5.3　有害物质限量", "有害物质限量应符合表1的规定，表1未列的项目应符合GB 18584的规定。",
        "表1　有害物质限量",
        grid(("项目", "指标", "检验方法"), *[(item, value, "GB 18584") for item, value in HAZARDS]),
        "注：可迁移元素限量适用于色漆涂层。",
        "6　检验规则", "6.1　出厂检验", "每件产品出厂前应检验外观和五金件安装，合格后方可出厂。",
        "6.2　型式检验", "型式检验项目为第5章规定的全部项目，正常生产时每年进行一次。",
        "7　标志、标签和随行文件",
        "产品上应有生产者名称和生产日期标志，包装储运图示标志应符合GB/T 191的规定。",
        "8　包装、运输和贮存", "产品应包装完好，运输中防雨、防碰撞，贮存在干燥、通风的库房内。",
    ])  # fmt: skip


# -- the corpus: clean standards -----------------------------------------------------------------

REVISED = replace(NOODLE, replaces="Q/JXMM 0002S—2022")
CHANGES = (
    "本文件代替Q/JXMM 0002S—2022《干米粉》，与Q/JXMM 0002S—2022相比，除结构调整和编辑性改动外，"
    "主要技术变化如下：",
    "——更改了铅的限量（见表2，2022年版的表2）；",
    "——增加了脱氢乙酸及其钠盐、二氧化硫残留量的要求（见表2）。",
)
DECLARED_LOWER = "酒精度允许差为±2.0%vol，低于GB/T 10781.7—2025的规定（明示）。"


def _clean() -> dict[str, Doc]:
    number_forms = edit(
        rice_noodle(replace(NOODLE, code="320581ABC", number="Q/320581ABC001－2025",
                            published="2025-01-06", implemented="2025-02-06")),
        (ref("GB/T 191"), ref("GB/T191-2008", TITLES["GB/T 191"])),
        (ref("GB 5009.12"), ref("GB 5009.12－2023", TITLES["GB 5009.12"])),
        (ref("GB 2762"), ref("GB2762", TITLES["GB 2762"])),
        ("还应符合GB 2762的规定", "还应符合GB2762的规定"),
        ("应符合GB/T 191的规定", "应符合GB/T191-2008的规定"),
    )  # fmt: skip
    declared_lower = edit(
        baijiu(BAIJIU, "本文件酒精度允许差低于GB/T 10781.7—2025的规定，特此明示。"),
        ("标签标示值±1.0", "标签标示值±2.0"),
        ("4.4.1　其他项目应符合GB 2757和GB 2762的规定。", "4.4.1　其他项目应符合GB 2757和GB 2762"
         "的规定。" + DECLARED_LOWER),
    )  # fmt: skip
    edible_rate = "\n".join((TERMS_INTRO, "3.1", "可食率　edible rate",
                             "果实可食部分的质量占果实总质量的百分率。"))  # fmt: skip
    note = "注：外观检验可参照GB/T 3324—2024。"
    informative = (
        *edit(furniture(), ("无流挂、无皱皮。", "无流挂、无皱皮。\n" + note)),
        "参考文献", "[1]　GB/T 3324—2024　木家具通用技术条件",
    )  # fmt: skip
    return {
        "clean-rice-noodle": rice_noodle(),
        "clean-green-tea": tea(GREEN_TEA),
        "clean-black-tea": tea(BLACK_TEA),
        "clean-instant-rice-noodle": instant_rice_noodle(),
        "clean-rice": rice(),
        "clean-baijiu": baijiu(),
        "clean-cured-pork": cured_pork(),
        "clean-douchi": douchi(),
        "clean-navel-orange": navel_orange(),
        "clean-led-panel": led_panel(),
        "clean-furniture": furniture(),
        "clean-revision": rice_noodle(REVISED, *CHANGES),
        "clean-number-forms": number_forms,
        "clean-baijiu-declared-lower": declared_lower,
        # words a checker may take for defects: a product's 有效期, 可 in 可食, informative text
        "clean-green-tea-product-validity": edit(
            tea(GREEN_TEA), ("产品保质期为24个月", "产品的有效期为2年")
        ),
        "clean-navel-orange-term": edit(navel_orange(), (NO_TERMS, edible_rate)),
        "clean-furniture-informative-references": informative,
    }


# -- legality: limits, additives, missing items, 明示 -------------------------------------------


def _legality() -> dict[str, Doc]:
    imidacloprid = add_row(
        edit(tea(GREEN_TEA), (ref("GB/T 23776"), ref("GB/T 23776") + "\n" + ref("GB/T 23379"))),
        "铅(以Pb计)/(mg/kg)", ("吡虫啉/(mg/kg)", "≤1.0", "GB/T 23379"),
    )  # fmt: skip
    no_pesticides = drop(
        edit(tea(BLACK_TEA), ("，农药残留限量应符合GB 2763的规定。", "。")),
        ref("GB 2763"),
    )  # fmt: skip
    no_lead = drop(
        edit(douchi(), ("其他污染物限量应符合GB 2762的规定，真菌毒素限量", "真菌毒素限量")),
        "铅(以Pb计)/(mg/kg)", ref("GB 2762"), ref("GB 5009.12"),
    )  # fmt: skip
    preservatives = edit(
        set_row(rice_noodle(), "脱氢乙酸及其钠盐(以脱氢乙酸计)/(g/kg)",
                ("脱氢乙酸及其钠盐(以脱氢乙酸计)/(g/kg)", "≤0.5", "GB 5009.121")),
        ("4.4.2　食品添加剂的使用应符合GB 2760的规定。",
         "4.4.2　食品添加剂的使用应符合GB 2760的规定，可添加山梨酸钾作为防腐剂。"),
    )  # fmt: skip
    sweetener = add_row(
        edit(baijiu(), (ref("GB 5009.266"), ref("GB 5009.97") + "\n" + ref("GB 5009.266"))),
        "铅(以Pb计)/(mg/kg)", ("甜蜜素(以环己基氨基磺酸计)/(g/kg)", "≤0.65", "GB 5009.97"),
    )  # fmt: skip
    return {
        "rice-noodle-lead-looser": edit(rice_noodle(), ("≤0.2", "≤0.5")),
        "green-tea-imidacloprid-looser": imidacloprid,
        "rice-cadmium-looser-ug": set_row(
            rice(), "镉(以Cd计)/(mg/kg)", ("镉(以Cd计)/(μg/kg)", "≤300", "GB 5009.15")
        ),
        "baijiu-lead-looser": set_row(
            baijiu(), "铅(以Pb计)/(mg/kg)", ("铅(以Pb计)/(mg/kg)", "≤1.0", "GB 5009.12")
        ),
        "cured-pork-lead-looser": edit(cured_pork(), ("≤0.3", "≤0.5")),
        "douchi-lead-looser-words": set_row(
            douchi(), "铅(以Pb计)/(mg/kg)", ("铅(以Pb计)/(mg/kg)", "不大于0.5", "GB 5009.12")
        ),
        "navel-orange-cadmium-looser": edit(navel_orange(), ("≤0.05", "≤0.1")),
        "furniture-formaldehyde-looser": edit(furniture(), ("≤0.08", "≤0.10")),
        "rice-noodle-preservatives": preservatives,
        "instant-rice-noodle-benzoic-acid": set_row(
            instant_rice_noodle(),
            "苯甲酸及其钠盐(以苯甲酸计)/(g/kg)",
            ("苯甲酸及其钠盐(以苯甲酸计)/(g/kg)", "≤1.0", "GB 5009.28"),
        ),
        "baijiu-sweetener": sweetener,
        "cured-pork-colour": edit(
            cured_pork(),
            ("应符合GB 2760的规定。", "应符合GB 2760的规定，可添加红曲红、胭脂红调色。"),
        ),
        "douchi-saccharin": add_row(
            douchi(),
            "山梨酸及其钾盐(以山梨酸计)/(g/kg)",
            ("糖精钠(以糖精计)/(g/kg)", "≤0.15", "GB 5009.28"),
        ),
        "black-tea-pesticides-missing": no_pesticides,
        "douchi-lead-missing": no_lead,
        "baijiu-alcohol-below-recommended": edit(baijiu(), ("标签标示值±1.0", "标签标示值±2.0")),
        "instant-rice-noodle-sorbic-acid": edit(
            instant_rice_noodle(),
            ("应符合GB 2760的规定。", "应符合GB 2760的规定，调料包中可添加山梨酸钾。"),
        ),
    }


# -- references: status, names, lists, regulations ----------------------------------------------


def _references() -> dict[str, Doc]:
    led_2024 = replace(LED, number="Q/JAZM 001—2024", published="2024-03-01",
                       implemented="2024-04-01")  # fmt: skip
    furniture_2024 = replace(FURNITURE, number="Q/NKJJ 0001—2024", published="2024-05-06",
                             implemented="2024-06-01")  # fmt: skip
    baijiu_2024 = replace(BAIJIU, number="Q/JXJY 0001S—2024", published="2024-06-01",
                          implemented="2024-07-01")  # fmt: skip
    douchi_2024 = replace(DOUCHI, number="Q/JXTW 0004S—2024", published="2024-06-18",
                          implemented="2024-07-18")  # fmt: skip
    order_75 = "国家质量监督检验检疫总局令第75号"  # replaced by 市场监管总局令第70号 on 2023-06-01
    pharmacopoeia = "《中华人民共和国药典》（2015年版）"
    return {
        "led-old-safety-standard": edit(
            led_panel(led_2024), (ref("GB 43472—2023"), ref("GB 7000.1—2015")),
            ("GB 43472—2023", "GB 7000.1—2015"),
        ),
        "furniture-old-editions": edit(
            furniture(furniture_2024),
            (ref("GB 18584"), ref("GB 18584—2001", "室内装饰装修材料　木家具中有害物质限量")),
            (ref("GB 28008"), ref("GB 28008—2011", "玻璃家具安全技术要求")),
        ),
        "baijiu-replaced-quality-standard": edit(
            baijiu(baijiu_2024), (ref("GB/T 10781.7—2025"), ref("GB/T 20823—2017")),
            ("GB/T 10781.7—2025", "GB/T 20823—2017"),
        ),
        "rice-noodle-gb2762-2022": edit(
            rice_noodle(), (ref("GB 2762"), ref("GB 2762—2022")),
            ("还应符合GB 2762的规定", "还应符合GB 2762—2022的规定"),
        ),
        "green-tea-gb2763-2021": edit(
            tea(GREEN_TEA), (ref("GB 2763"), ref("GB 2763—2021") + "\n" + ref("GB 2763.1—2022")),
            ("应符合GB 2763的规定", "应符合GB 2763—2021和GB 2763.1—2022的规定"),
        ),
        "cured-pork-old-method-editions": edit(
            cured_pork(), (ref("GB 5009.12"), ref("GB 5009.12—2017")),
            (ref("GB 5009.15"), ref("GB 5009.15—2014")),
        ),
        "douchi-old-additive-mycotoxin-editions": edit(
            douchi(douchi_2024), (ref("GB 2760"), ref("GB 2760—2014")),
            (ref("GB 2761"), ref("GB 2761—2011")),
        ),
        "rice-noodle-repealed-order-75": edit(
            rice_noodle(), (ref("GB 7718"), ref("GB 7718") + "\n" + ref(order_75, QUANTITY)),
            (NET_CONTENT, f"净含量应符合{order_75}《{QUANTITY}》的规定。"),
        ),
        "douchi-pharmacopoeia-2015": edit(
            douchi(), (ref("GB 7718"), ref("GB 7718") + "\n" + ref(pharmacopoeia, "一部")),
            ("黑豆、黄豆应无霉变、无虫蛀，",
             f"黑豆应符合{pharmacopoeia}一部“黑豆”项下的规定，黄豆应无霉变、无虫蛀，"),
        ),
        "rice-listed-and-cited-mismatch": edit(
            rice(), ("包装储运图示标志应符合GB/T 191的规定。", "包装储运图示标志应清晰、牢固。"),
            ("无霉变、无虫蚀，", "无霉变、无虫蚀，加工用水应符合GB 5749的规定，"),
        ),
        "rice-noodle-wrong-titles": edit(
            rice_noodle(), (ref("GB 2760"), ref("GB 2760", "食品添加剂使用卫生标准")),
            (ref("GB 2762"), ref("GB 2762", TITLES["GB 2761"])),
        ),
        "led-wrong-prefix": edit(led_panel(), ("GB/T 17743", "GB 17743")),
        "cured-pork-upcoming-label-standard": edit(
            cured_pork(), (ref("GB 7718"), ref("GB 7718—2025")),
            ("标签应符合GB 7718的规定", "标签应符合GB 7718—2025的规定"),
        ),
        "instant-rice-noodle-series-without-part": drop(
            edit(instant_rice_noodle(), (ref("GB 4789.2"), ref("GB 4789")),
                 ("GB 4789.2", "GB 4789"), ("GB 4789.3", "GB 4789")),
            ref("GB 4789", TITLES["GB 4789.3"]),
        ),
    }  # fmt: skip


# -- drafting: GB/T 1.1—2020 sentences, elements, structure, provisions --------------------------


def _drafting() -> dict[str, Doc]:
    merged = "采后处理使用的保鲜剂、被膜剂应符合GB 2760的规定。"
    one_subclause = drop(
        edit(navel_orange(), ("应符合GB 2763的规定。", "应符合GB 2763的规定，" + merged)),
        "4.4.2　" + merged,
    )  # fmt: skip
    in_words = edit(
        rice(), ("质量指标应符合表1的规定。", "质量指标应符合GB/T 1354中一级大米的规定。"),
        ("卫生指标应符合表2的规定。", "卫生指标应符合GB 2762和GB 2761的规定。"),
        (ref("GB/T 191"), ref("GB/T 191") + "\n" + ref("GB/T 1354")),
    )  # fmt: skip
    in_words = tuple(p for p in in_words if isinstance(p, str) and not p.startswith("表"))
    in_words = drop(
        in_words, ref("GB 5009.3"), ref("GB 5009.12"), ref("GB 5009.15"), ref("GB/T 5494")
    )
    no_methods = drop(
        set_row(set_row(cured_pork(), "水分/%", ("水分/%", "≤25", "")),
                "亚硝酸盐(以亚硝酸钠计)/(mg/kg)", ("亚硝酸盐(以亚硝酸钠计)/(mg/kg)", "≤30", "")),
        ref("GB 5009.3"), ref("GB 5009.33"),
    )  # fmt: skip
    scope_content = (
        "本文件规定了万年贡米的技术要求、检验规则、标志、标签和随行文件、包装、运输和贮存，"
        "描述了相应的试验方法。"
    )
    return {
        "douchi-2009-first-sentence": edit(douchi(), (FIRST_SENTENCE, OLD_FIRST_SENTENCE)),
        "cured-pork-no-first-sentence": drop(cured_pork(), FIRST_SENTENCE),
        "navel-orange-first-sentence-reworded": edit(
            navel_orange(), (FIRST_SENTENCE, "本文件依据GB/T 1.1—2020给出的规则起草。")),
        "green-tea-typo-scope": edit(tea(GREEN_TEA), ("本文件适用于以茶树", "本文件适应于以茶树")),
        "cured-pork-typo-scope": edit(cured_pork(), ("本文件适用于以鲜", "本文文件适用于以鲜")),
        "rice-noodle-typo-terms": edit(rice_noodle(), ("术语和定义适用于", "术语和定义适应于")),
        "rice-scope-without-content": drop(rice(), scope_content),
        "douchi-terms-title": edit(douchi(), ("3　术语和定义", "3　术语与定义")),
        "instant-rice-noodle-scope-title": edit(instant_rice_noodle(), ("1　范围", "1　适用范围")),
        "green-tea-no-terms-chapter": drop_chapter(tea(GREEN_TEA), 3),
        "led-methods-after-rules": move_chapter(led_panel(), 6, before=5),
        "navel-orange-one-subclause": one_subclause,
        "rice-indicators-not-disclosed": in_words,
        "cured-pork-no-test-methods": no_methods,
        "rice-noodle-provision-verbs": edit(
            rice_noodle(), ("4.4.2　食品添加剂的使用应符合", "4.4.2　食品添加剂的使用必须符合"),
            ("制成的条状或丝状米制品。", "制成的、应符合本文件要求的条状或丝状米制品。")),
    }  # fmt: skip


# -- cover, revision and dates -------------------------------------------------------------------


def _cover_and_dates() -> dict[str, Doc]:
    changes_2025 = [line.replace("2022", "2025") for line in CHANGES]
    return {
        "rice-noodle-number-without-year": rice_noodle(replace(NOODLE, number="Q/JXMM 0005S")),
        "douchi-number-without-code": douchi(replace(DOUCHI, code="", number="Q/ 0105S-2025")),
        "cured-pork-number-year": cured_pork(replace(PORK, number="Q/JXNF 0002S—2024")),
        "navel-orange-dates-reversed": navel_orange(replace(ORANGE, implemented="2025-10-01")),
        "rice-noodle-brand-in-title": rice_noodle(replace(NOODLE, title="“赣香”牌干米粉")),
        "rice-noodle-replaces-itself": rice_noodle(
            replace(NOODLE, replaces="Q/JXMM 0002S—2025"), *changes_2025),
        "rice-noodle-revision-without-changes": rice_noodle(
            REVISED, "本文件代替Q/JXMM 0002S—2022。"),
        "green-tea-validity-two-years": tea(GREEN_TEA, "本文件自实施之日起有效期为2年。"),
        "green-tea-2021-validity-until": tea(
            replace(GREEN_TEA, number="Q/JQS0106S-2021", published="2021-08-10",
                    implemented="2021-08-20"), "本文件有效期至2024-08-19。"),
        "cured-pork-not-reviewed": cured_pork(replace(PORK, number="Q/JXNF 0002S—2022",
                                                      published="2022-11-01",
                                                      implemented="2022-12-01")),
    }  # fmt: skip


# -- old standards with several defects at once, as spot checks find them -----------------------

BREAKAGE_ANNEX = (
    "附录A", "（规范性附录）", "断条率的测定", "A.1　仪器", "天平：感量0.01 g；秒表。",
    "A.2　测定步骤",
    "取长度不小于20 cm的米粉30根，在沸水中煮至无白芯，捞出后计数断条根数，断条率以断条根数"
    "占总根数的百分数表示。",
)  # fmt: skip


def _messy() -> dict[str, Doc]:
    noodle_2019 = replace(NOODLE, number="Q/JXMM 0002S-2019", published="2019-06-01",
                          implemented="2019-06-10", replaces="Q/JXMM 0002S-2016")  # fmt: skip
    changes = (
        "本文件代替Q/JXMM 0002S-2016《干米粉》，与Q/JXMM 0002S-2016相比，主要技术变化如下：",
        "——修改了水分指标；", "——增加了断条率的要求。",
    )  # fmt: skip
    noodle = edit(
        drop_chapter(rice_noodle(noodle_2019, *changes), 3), ("≤0.2", "≤0.5"),
        (ref("GB 2760"), ref("GB 2760-2014", TITLES["GB 2760"])),
        (ref("GB 2762"), ref("GB2762-2017", TITLES["GB 2762"])),
        ("还应符合GB 2762的规定", "还应符合GB 2762-2017的规定"),
        ("3.4.2　食品添加剂的使用应符合GB 2760的规定。",
         "3.4.2　食品添加剂的使用应符合GB 2760的规定，可添加山梨酸钾作为防腐剂。"),
    )  # fmt: skip
    noodle = drafted_2009(add_row(noodle, "水分/%", ("断条率/%", "≤10", "附录A"))) + BREAKAGE_ANNEX
    baijiu_2020 = replace(BAIJIU, number="Q/JXJY 0001S-2020", published="2020-09-01",
                          implemented="2020-10-01")  # fmt: skip
    spirit = edit(
        baijiu(baijiu_2020), (ref("GB/T 10781.7—2025"), ref("GB/T 20823—2017")),
        ("GB/T 10781.7—2025", "GB/T 20823—2017"), (ref("GB 2762"), ref("GB 2762—2017")),
        ("GB 2757和GB 2762的规定", "GB 2757和GB 2762—2017的规定"),
        (ref("GB 5009.266"), ref("GB 5009.97") + "\n" + ref("GB 5009.266")),
    )  # fmt: skip
    spirit = set_row(spirit, "总酯(以乙酸乙酯计)/(g/L)", ("总酯(以乙酸乙酯计)/(g/L)", "≥1.50", ""))
    spirit = add_row(spirit, "铅(以Pb计)/(mg/kg)",
                     ("甜蜜素(以环己基氨基磺酸计)/(g/kg)", "≤0.65", "GB 5009.97"))  # fmt: skip
    return {"messy-2019-rice-noodle": noodle, "messy-2020-baijiu": drafted_2009(spirit)}


GROUPS: tuple[Callable[[], dict[str, Doc]], ...] = (
    _clean, _legality, _references, _drafting, _cover_and_dates, _messy,
)  # fmt: skip


def documents() -> dict[str, Doc]:
    """Every document of the corpus by name (the stem of its .docx and sidecar)."""
    found: dict[str, Doc] = {}
    for group in GROUPS:
        for name, doc in group().items():
            if name in found:
                raise ValueError(f"two documents named {name}")
            found[name] = doc
    return found


# -- Word files ----------------------------------------------------------------------------------

FIXED_TIME = datetime(2026, 1, 1)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def docx_bytes(doc: Doc) -> bytes:
    """The document as a .docx, the same bytes on every run."""
    import docx

    word = docx.Document()
    props = word.core_properties
    props.author = props.last_modified_by = "jxdeclare test corpus"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    for part in doc:
        if isinstance(part, Grid):
            table = word.add_table(rows=len(part.rows), cols=max(map(len, part.rows)))
            table.style = "Table Grid"
            for row, texts in zip(table.rows, part.rows, strict=True):
                for cell, text in zip(row.cells, texts, strict=False):
                    cell.text = text
        else:
            for line in part.split("\n"):
                word.add_paragraph(line)
    raw = io.BytesIO()
    word.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def ensure_corpus(directory: Path = HERE) -> list[Path]:
    """Write every document whose .docx is missing or differs; the paths of all of them."""
    paths = []
    for name, doc in documents().items():
        path = directory / f"{name}.docx"
        data = docx_bytes(doc)
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the .docx files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{len(ensure_corpus(args.out))} documents in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
