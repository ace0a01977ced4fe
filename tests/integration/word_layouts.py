"""Word files laid out the way enterprises actually send their standards.

The real standards are not in the repository, so each builder writes a document of its own with
the layouts found in the filed ones: covers with 备案号 and 代替 lines and numbers typed without
spaces, dates written 2021—08—10 or 2021年8月10日, a 目次 typed with leader dots or made by Word's
TOC field, headings numbered in the text with no heading style, tables split over pages, text
boxes, full-width digits, 2009-era wording (本标准, 规范性附录) and the odd typo.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.shared import Cm
from docx.table import Table as WordTable

from jxdeclare.domain.document.model import Document, IndicatorTable
from jxdeclare.domain.document.numbering import Numbering

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
Rows = Sequence[Sequence[str]]


class WordFile:
    """A python-docx document with the few layout devices the builders need."""

    def __init__(self) -> None:
        self.word = docx.Document()
        self.shapes = 0

    def lines(self, *texts: str, style: str | None = None) -> None:
        for text in texts:
            self.word.add_paragraph(text, style=style)

    def page_break(self) -> None:
        self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def dotted_toc_line(self, title: str, page: str) -> None:
        """A 目次 entry typed by hand: the title, a right tab with dot leader, the page number."""
        paragraph = self.word.add_paragraph(f"{title}\t{page}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )

    def table(self, rows: Rows, *, repeat_header: bool = False) -> WordTable:
        """A table filled row by row; ``repeat_header`` marks row 1 to repeat on each page."""
        table = self.word.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        if repeat_header:
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        return table

    def text_box(self, texts: Sequence[str], *, legacy: bool = False) -> None:
        """Text in a floating text box anchored in an empty paragraph.

        Word 2010+ writes the box twice: DrawingML in mc:Choice and a VML copy in mc:Fallback
        for older readers; Word 2003 files have the VML shape only (``legacy``).
        """
        self.shapes += 1
        content = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
        xml = _legacy_box(content) if legacy else _modern_box(content, self.shapes)
        self.word.add_paragraph()._p.append(parse_xml(xml))

    def toc_field(self, heading: str, entries: Sequence[tuple[int, str, str]]) -> None:
        """The 目次 as Word's 引用 → 目录 makes it: a content control holding a TOC field whose
        result paragraphs use the "toc N" styles, each a hyperlink with a PAGEREF field."""
        styles = {level: self._toc_style(level) for level, _, _ in entries}
        paragraphs = [f'<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>{_run(heading)}</w:p>']
        for i, (level, title, page) in enumerate(entries):
            start = _TOC_BEGIN if i == 0 else ""
            link = (
                f'<w:hyperlink w:anchor="_Toc{i}" w:history="1">{_run(title)}<w:r><w:tab/></w:r>'
                f"{_field(_pageref(i), page)}</w:hyperlink>"
            )
            paragraphs.append(
                f'<w:p><w:pPr><w:pStyle w:val="{styles[level]}"/><w:tabs><w:tab w:val="right" '
                f'w:leader="dot" w:pos="9350"/></w:tabs></w:pPr>{start}{link}</w:p>'
            )
        paragraphs.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        sdt = (
            f'<w:sdt {_NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            f"<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{''.join(paragraphs)}"
            "</w:sdtContent></w:sdt>"
        )
        body = self.word.element.body
        body.insert(len(body) - 1, parse_xml(sdt))  # before the final sectPr

    def _toc_style(self, level: int) -> str:
        name = f"toc {level}"
        if name not in [s.name for s in self.word.styles]:
            self.word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        return self.word.styles[name].style_id

    def save(self, path: Path) -> Path:
        self.word.save(str(path))
        return path


def _pageref(i: int) -> str:
    return f"PAGEREF _Toc{i} " + "\\h"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(result)}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


_TOC_BEGIN = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
)


def _modern_box(content: str, shape_id: int) -> str:
    anchor = (
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>8000000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="文本框 {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor>"
    )
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}'
        f"</w:drawing></mc:Choice><mc:Fallback>{_vml(content)}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _legacy_box(content: str) -> str:
    return f"<w:r {_NS}>{_vml(content)}</w:r>"


def _vml(content: str) -> str:
    return (
        '<w:pict><v:shape type="#_x0000_t202" style="position:absolute;width:425pt;height:39pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )


def merge_right(table: WordTable, row: int, first: int, last: int) -> None:
    """Cells ``first``..``last`` of ``row`` become one (w:gridSpan), keeping the first's text."""
    text = table.cell(row, first).text
    merged = table.cell(row, first).merge(table.cell(row, last))
    merged.text = text


def merge_down(table: WordTable, column: int, first: int, last: int) -> None:
    """Rows ``first``..``last`` of ``column`` become one cell (w:vMerge), as for an item group."""
    text = table.cell(first, column).text
    merged = table.cell(first, column).merge(table.cell(last, column))
    merged.text = text


# -- 1. a 2009-era food standard: plain paragraphs, typed numbers, dotted 目次 ------------------

RICE_COVER = (
    "ICS 67.060",
    "X 11",
    "备案号：361234-2021",
    "Q/JQS",
    "江 西 金 桥 食 品 有 限 公 司 企 业 标 准",
    "Q/JQS0106S-2021",
    "代替Q/JQS0106S-2018",
    "鲜湿米粉",
    "Fresh wet rice noodles",
    "2021—08—10发布\t\t\t\t2021年9月10日实施",
    "江西金桥食品有限公司　　发　布",
)
RICE_TOC = (
    ("前言", "Ⅰ"),
    ("1　范围", "1"),
    ("2　规范性引用文件", "1"),
    ("3　术语和定义", "1"),
    ("4　技术要求", "1"),
    ("5　试验方法", "3"),
    ("6　检验规则", "3"),
    ("7　标志、标签、包装、运输和贮存", "4"),
)
RICE_FOREWORD = (
    "前　言",
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "本标准代替Q/JQS0106S-2018《鲜湿米粉》。",
    "本标准与Q/JQS0106S-2018相比，主要技术变化如下：",
    "——修改了水分指标；",
    "——增加了断条率指标。",
    "本标准由江西金桥食品有限公司提出。",
    "本标准起草单位：江西金桥食品有限公司。",
    "本标准主要起草人：王五、赵六。",
)
RICE_FRONT = (
    "鲜湿米粉",  # the title again at the top of page 1
    "1　范围",
    "本标准规定了鲜湿米粉的技术要求、试验方法、检验规则和标志、包装、运输、贮存。",
    "本标准适用于以大米为原料，经浸泡、磨浆、蒸粉、挤丝（或切条）等工艺制成的鲜湿米粉。",
    "2　规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。"
    "凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。",
    "GB 2760　食品安全国家标准　食品添加剂使用标准",
    "GB2762-2017　食品安全国家标准　食品中污染物限量",
    "GB 5009.3　食品安全国家标准　食品中水分的测定",
    "GB/T 191　包装储运图示标志",
    "3　术语和定义",
    "下列术语和定义适用于本文件。",
    "3.1",
    "鲜湿米粉　fresh wet rice noodles",
    "以大米为主要原料，经浸泡、磨浆、蒸粉、挤丝（或切条）等工艺制成的水分含量较高的米粉。",
    "4　技术要求",
    "4.1　原辅料要求",
    "4.1.1　大米：应符合GB 1354的规定。",
    "4.1.2　生产用水：应符合GB 5749的规定。",
    "4.2感官要求",  # no space after the number
    "感官要求应符合表1的规定。",
    "表1　感官要求",
)
RICE_SENSORY = (
    ("项　目", "要　求", "检验方法"),
    ("色泽", "呈白色或乳白色，有光泽", "5.1"),
    ("滋味、气味", "具有米粉特有的滋味和气味，无异味", "5.1"),
)
RICE_PHYSICAL = (
    ("项　目", "指　标", "检验方法"),
    ("水分/(g/100g)", "≤７０．０", "GB 5009.3"),
    ("酸度/(°T)", "≤４．０", "GB 5009.239"),
    ("断条率/%", "≤１０", "附录A"),
)
RICE_PHYSICAL_MORE = (
    ("项　目", "指　标", "检验方法"),  # Word users repeat the header by hand on the new page
    ("铅（以Pb计）/（mg/kg）", "≤０．２", "GB 5009.12"),
    ("二氧化硫残留量/(g/kg)", "不得检出", "GB 5009.34"),
)
RICE_BACK = (
    "注：水分以鲜湿米粉计。",
    "4.4　污染物限量",
    "应符合GB 2762的规定。",
    "5　试验方法",
    "5.1　感官",
    "取适量试样置于白色瓷盘中，在自然光下观察色泽和组织状态，嗅其气味，品尝滋味。",
    "5.2　水分",
    "按GB 5009.3规定的方法测定。",
    "5.4　断条率",  # a typo: 5.3 was never written
    "按附录A规定的方法测定。",
    "6　检验规则",
    "6.1　组批",
    "同一班次、同一生产线生产的同一品种产品为一批。",
    "6.2　出厂检验",
    "6.2.1　每批产品应经检验合格后方可出厂。",
    "6.2.2　出厂检验项目：感官、水分、净含量。",
    "7　标志、标签、包装、运输和贮存",
    "产品标签应符合GB 7718的规定。",
    "附录A",
    "（规范性附录）",
    "断条率的测定",
    "A.1　仪器",
    "天平：感量0.1 g。",
    "A.2　测定步骤",
    "随机抽取鲜湿米粉100根，数出其中长度不足10 cm的根数。",
    "附录B",
    "（资料性附录）",
    "生产工艺流程",
    "大米→浸泡→磨浆→蒸粉→挤丝→冷却→包装。",
)


def rice_noodles_2009(path: Path) -> Path:
    """A food enterprise standard written to GB/T 1.1—2009, typed without heading styles.

    Cover with 备案号 and 代替 lines, the number without a space, dates with em dashes and in
    年月日; a 目次 typed by hand with leader dots (one annex entry wrapped over two paragraphs);
    clauses numbered in the text; 表2 split over two pages as two Word tables with "表2（续）"
    and the header typed again; full-width digits in the indicator values; clause 5.3 skipped.
    """
    f = WordFile()
    f.lines(*RICE_COVER)
    f.page_break()
    f.lines("目　　次")
    for title, page in RICE_TOC:
        f.dotted_toc_line(title, page)
    f.lines("附录A（规范性附录）　断条率的测定……………………………………………5")
    f.lines("附录B（资料性附录）")  # a long entry wrapped: its first half has no page number
    f.lines("　　　　生产工艺流程………………………………………………………………6")
    f.page_break()
    f.lines(*RICE_FOREWORD)
    f.page_break()
    f.lines(*RICE_FRONT)
    f.table(RICE_SENSORY)
    f.lines("4.3　理化指标", "理化指标应符合表2的规定。", "表2　理化指标")
    f.table(RICE_PHYSICAL, repeat_header=True)
    f.page_break()
    f.lines("表2（续）")
    f.table(RICE_PHYSICAL_MORE)
    f.lines(*RICE_BACK)
    return f.save(path)


# -- 2. a tea standard whose cover is made of text boxes, with Word's own 目次 ---------------------

TEA_TOC = (
    (1, "前言", "Ⅰ"),
    (1, "1　范围", "1"),
    (1, "2　规范性引用文件", "1"),
    (1, "3　术语和定义", "1"),
    (1, "4　要求", "1"),
    (2, "4.1　感官品质", "1"),
    (2, "4.2　理化指标", "2"),
    (1, "附录A（规范性）　茶多酚的测定", "4"),
)
TEA_FOREWORD = (
    "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
    "本文件由江西赣峰茶业有限公司提出。",
    "本文件起草单位：江西赣峰茶业有限公司。",
    "本文件主要起草人：陈七。",
)


def tea_text_boxes(path: Path) -> Path:
    """A green-tea standard whose cover puts the enterprise line and the dates in text boxes.

    One box is DrawingML with its VML fallback (read once, not twice), one is a Word 2003 VML
    box; the code line carries the 备案号 after tabs; the number has full-width digits and the
    title is letter-spaced. The 目次 is a Word TOC field in a content control. Chapters use the
    Heading 1 style with typed numbers, clauses are typed numbers in body text (4.1 in
    full-width digits), and a flow-chart label in chapter 4 sits in a text box.
    """
    f = WordFile()
    f.lines("ICS 67.140.10", "Q/GFC\t\t\t\t\t备案号：360000-2020")
    f.text_box(["江西赣峰茶业有限公司企业标准"])
    f.lines("Q/GFC ０００３—２０２０", "绿　　茶")
    f.text_box(["２０２０年６月１日发布"], legacy=True)
    f.text_box(["2020年7月1日实施"])
    f.lines("江西赣峰茶业有限公司　发布")
    f.page_break()
    f.toc_field("目　　次", TEA_TOC)
    f.page_break()
    f.lines("前　　言", *TEA_FOREWORD)
    f.page_break()
    f.lines("1　范围", style="Heading 1")
    f.lines("本文件规定了绿茶的要求、试验方法和检验规则。")
    f.lines("2　规范性引用文件", style="Heading 1")
    f.lines(
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
        "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）"
        "适用于本文件。",
        "GB/T 8305　茶　水浸出物测定",
    )
    f.lines("3　术语和定义", style="Heading 1")
    f.lines("本文件没有需要界定的术语和定义。")
    f.lines("4　要求", style="Heading 1")
    f.lines("４．１　感官品质", "外形紧结，色泽绿润，汤色嫩绿明亮。")  # typed in full-width mode
    f.text_box(["工艺流程：鲜叶→摊放→杀青→揉捻→干燥"])
    f.lines("4.2　理化指标", "表1　理化指标")
    f.table((("项目", "指标"), ("水分/%", "≤７．０"), ("水浸出物/%", "≥３４．０")))
    f.lines("附录A", "（规范性）", "茶多酚的测定", "按GB/T 8313规定的方法测定。")
    return f.save(path)


# -- 3. an aquatic-products standard: tables over pages, caption in the table, no 前言 ---------

FISH_COVER = (
    "Q/HXS",
    "江西鸿鑫水产有限公司企业标准",
    "Q/HXS 0002S—2022",
    "备案号：36xxxx-2021",
    "冷冻鄱阳湖银鱼",
    "（本稿完成日期：2022-02-15）",
)
FISH_SENSORY = (
    ("表1　感官要求", "", ""),  # the caption typed into a merged first row
    ("项目", "要求", "检验方法"),
    ("色泽", "银白色，有光泽", "GB 2733"),
    ("气味", "具有银鱼固有气味，无异味", "GB 2733"),
)
FISH_CHEMICAL = (
    ("项目", "", "指标", "检验方法"),
    ("污染物", "铅（以Pb计），mg/kg", "≤0.5", "GB 5009.12"),
    ("", "镉（以Cd计），mg/kg", "≤0.1", "GB 5009.15"),
    ("挥发性盐基氮/(mg/100g)", "", "≤15", "GB 5009.228"),
)
FISH_CHEMICAL_MORE = (  # the continuation has no header row at all
    ("兽药残留", "氯霉素/(μg/kg)", "不得检出", "GB/T 22338"),
    ("", "孔雀石绿/(μg/kg)", "不得检出", "GB/T 19857"),
)
FISH_MICRO = (
    ("项目", "指标", "检验方法"),
    ("菌落总数/(CFU/g)", "≤5×10⁵", "GB 4789.2"),
    ("项目", "指标", "检验方法"),  # the header copied again where the page turned
    ("大肠菌群/(MPN/g)", "≤100", "GB 4789.3"),
)
FISH_MICRO_MORE = (
    ("项目", "指标", "检验方法"),
    ("沙门氏菌", "不得检出", "GB 4789.4"),
)


def silver_fish_tables(path: Path) -> Path:
    """A frozen-fish standard with every way a table continues onto the next page.

    表1 has its caption in a merged first row; 表2 has 项目 spanning two columns with the item
    group merged downwards and continues under "续表2" with no header; 表3 repeats its header
    inside the table and continues under "表3　微生物指标（续）". The cover dates sit in a
    four-cell table ("2022-03-01" | "发布" …) and a draft-date line the importer cannot place;
    the 目次 (ASCII leader dots) is followed directly by chapter 1: there is no 前言, and
    chapter 2's title has a typo (规范性应用文件).
    """
    f = WordFile()
    f.lines(*FISH_COVER)
    f.table((("2022-03-01", "发布", "2022-04-01", "实施"),))
    f.lines("江西鸿鑫水产有限公司　发布")
    f.page_break()
    f.lines("目 次", "1 范围 ........................................ 1")
    f.lines("2 规范性引用文件 .............................. 1", "4 技术要求 .......... 2")
    f.page_break()
    f.lines("冷冻鄱阳湖银鱼", "1 范围", "本文件适用于以鄱阳湖银鱼为原料的冷冻银鱼。")
    f.lines("2 规范性应用文件", "GB 2733　食品安全国家标准　鲜、冻动物性水产品")  # sic
    f.lines("3 术语和定义", "本文件没有需要界定的术语和定义。", "4 技术要求", "4.1 感官要求")
    merge_right(f.table(FISH_SENSORY), 0, 0, 2)
    f.lines("4.2 理化指标", "表2　理化指标")
    chemical = f.table(FISH_CHEMICAL, repeat_header=True)
    merge_right(chemical, 0, 0, 1)
    merge_down(chemical, 0, 1, 2)
    merge_right(chemical, 3, 0, 1)
    f.page_break()
    f.lines("续表2")
    merge_down(f.table(FISH_CHEMICAL_MORE), 0, 0, 1)
    f.lines("4.3 微生物指标", "表3　微生物指标")
    f.table(FISH_MICRO)
    f.page_break()
    f.lines("表3　微生物指标（续）")
    f.table(FISH_MICRO_MORE)
    f.lines("5 检验规则", "每批产品应经检验合格后方可出厂。")
    return f.save(path)


# -- 4. cover variants: just a cover and chapter 1 ---------------------------------------------


def cover_then_scope(path: Path, cover: Sequence[str]) -> Path:
    """The given cover paragraphs, then "1　范围" and its sentence: a cover-only case."""
    f = WordFile()
    f.lines(*cover)
    f.page_break()
    f.lines("1　范围", "本标准规定了产品的要求。")
    return f.save(path)


def clause_numbers(document: Document) -> list[tuple[str, str]]:
    """(number, title) of every clause, as the importer's tree numbers them."""
    numbering = Numbering(document)
    return [(numbering[c.id].number, c.title) for c in document.all_clauses()]


def indicator_tables(document: Document) -> list[IndicatorTable]:
    return [b for b in document.all_blocks() if isinstance(b, IndicatorTable)]
