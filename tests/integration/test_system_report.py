"""The GB/T 13017 outputs of a standard system: diagram (SVG, PNG, PDF), PDF report, workbooks.

The snapshot is built by hand here; expected orders and counts are written out or counted in the
test, not taken from the code under test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from jxdeclare.domain.system.entry import DETAIL_COLUMNS, PLANNED, EntryView, Level
from jxdeclare.domain.system.snapshot import AnnualStats, SystemSnapshot
from jxdeclare.domain.system.templates import GBT_15496, LEGACY, Branch
from jxdeclare.domain.system.tree import NodeRow, SystemTree
from jxdeclare.drafting import fonts as font_search
from jxdeclare.drafting.fonts import FontNotFound, find_fonts
from jxdeclare.importing.system_xlsx import read_system_xlsx
from jxdeclare.reporting.system.boxes import text_width
from jxdeclare.reporting.system.diagram import diagram_svg
from jxdeclare.reporting.system.explanation import explanation_paragraphs
from jxdeclare.reporting.system.layout import Diagram, fit_scale, layout_snapshot
from jxdeclare.reporting.system.report import write_diagram, write_system_report_pdf
from jxdeclare.reporting.system.workbook import (
    write_annual_stats_xlsx,
    write_detail_xlsx,
    write_report_xlsx,
)

NAT, IND, LOC, GRP, ENT, UNK = (Level.NATIONAL, Level.INDUSTRY, Level.LOCAL, Level.GROUP,
                                Level.ENTERPRISE, Level.UNKNOWN)  # fmt: skip
AS_OF = date(2025, 6, 30)
PACK = "国家标准数据包 2025-06（数据日期 2025-06-15）"
# (体系编号 of the entry or "" when unplaced, number, title, level, status, extra fields),
# deliberately not in tree order.
REGISTER = [
    ("1.3-002", "GB 14881—2013", "食品安全国家标准 食品生产通用卫生规范", NAT, "现行", {}),
    ("1.1-002", "GB 2762—2017", "食品安全国家标准 食品中污染物限量", NAT, "被代替",
     {"replaced_by": ("GB 2762—2022",), "published": date(2017, 3, 17)}),
    ("", "DB36/T 1234—2020", "江西特色辣椒酱", LOC, "现行", {}),
    ("2.2-001", "GB/T 1.1—2009", "标准化工作导则 第1部分：标准的结构和编写", NAT, "被代替",
     {"replaced_by": ("GB/T 1.1—2020",)}),
    ("1.1-001", "GB 2763—2021", "食品安全国家标准 食品中农药最大残留限量", NAT, "现行", {}),
    ("1.3-001", "QB/T 1234—2000", "调味品生产工艺规程", IND, "废止", {}),
    ("1.1-004", "GB 5009.3—2025", "食品安全国家标准 食品中水分的测定", NAT, "即将实施",
     {"implemented": date(2025, 9, 1)}),
    ("1.1-005", "", "辣椒油", ENT, PLANNED, {"own": True}),
    ("1.1-003", "Q/JXGW 001—2023", "辣椒酱", ENT, "现行", {"own": True,
                                                      "review_due": date(2025, 5, 1)}),
    ("2.6-001", "GB/T 19001—2016", "质量管理体系 要求", NAT, "现行", {}),
    ("2.7-001", "T/JXSP 001—2022", "食品企业安全生产规范", GRP, "现行", {}),
    ("3.2-001", "ABC-123", "车间管理手册", UNK, "未知", {}),
]  # fmt: skip
TREE_ORDER = ["GB 2763—2021", "GB 2762—2017", "Q/JXGW 001—2023", "GB 5009.3—2025", "",
              "QB/T 1234—2000", "GB 14881—2013", "GB/T 1.1—2009", "GB/T 19001—2016",
              "T/JXSP 001—2022", "ABC-123", "DB36/T 1234—2020"]  # fmt: skip
TOPS = ["产品实现标准体系", "基础保障标准体系", "岗位标准体系", "未归入子体系"]
DEEP: tuple[Branch, ...] = (
    ("生产技术标准体系", (
        ("原辅料标准", (("原料验收", (("辣椒原料验收规程", ()), ("食用油验收规程", ()))),
                        ("包装材料", ()))),
        ("工艺标准", (("炒制工艺", (("温度控制", ()), ("时间控制", ()))), ("灌装工艺", ()))),
        ("检验标准", ()),
    )),
    ("管理标准体系", (("质量管理", (("过程检验", ()), ("不合格品控制", ()))), ("设备管理", ()))),
    ("岗位标准体系", (("操作岗位", ()), ("管理岗位", ()))),
)  # fmt: skip


def node_rows(branches: tuple[Branch, ...]) -> list[NodeRow]:
    rows: list[NodeRow] = []

    def add(children: tuple[Branch, ...], parent: int | None) -> None:
        for position, (title, below) in enumerate(children, start=1):
            rows.append(NodeRow(len(rows) + 1, parent, position, title))
            add(below, len(rows))

    add(branches, None)
    return rows


def snapshot_of(
    branches: tuple[Branch, ...], register: list, key: str = "gbt15496"
) -> SystemSnapshot:
    tree = SystemTree(node_rows(branches))
    entries = []
    for i, (code, number, title, level, status, extra) in enumerate(register, start=1):
        node = tree.by_code(code.split("-")[0]) if code else None
        path = " / ".join(row.title for row in tree.path(node))
        mandatory = "强制" if number.startswith("GB ") else "—"
        entries.append(EntryView(i, 1, number, title, node, code, path, level, mandatory, status,
                                 **extra))  # fmt: skip
    return SystemSnapshot("江西赣味食品有限公司", "JXGW", "91360100MA35XXXX0X", key, tree,
                          entries, AS_OF, PACK, 3)  # fmt: skip


@pytest.fixture(scope="module")
def snapshot() -> SystemSnapshot:
    return snapshot_of(GBT_15496.branches, REGISTER)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(flat(part), at)
        assert found >= 0, f"{part!r} missing after position {at}"
        at = found + len(flat(part))


def expected_stats() -> dict[str, tuple[Counter[Level], Counter[str]]]:
    """Counted from REGISTER: the 子体系 is the first part of the 体系编号."""
    found: dict[str, tuple[Counter[Level], Counter[str]]] = {}
    for code, _number, _title, level, status, _extra in REGISTER:
        top = TOPS[int(code[0]) - 1] if code else "未归入子体系"
        for key in (top, "合计"):
            levels, states = found.setdefault(key, (Counter(), Counter()))
            levels[level] += 1
            states["被代替/废止" if status in ("被代替", "废止") else status] += 1
    return found


def expected_row(name: str) -> list[int]:
    levels, states = expected_stats()[name]
    return [*(levels[lv] for lv in (NAT, IND, LOC, GRP, ENT, UNK)), sum(levels.values()),
            *(states[s] for s in ("现行", "即将实施", "被代替/废止", PLANNED, "未知"))]  # fmt: skip


# --- the PDF report ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report(snapshot: SystemSnapshot, tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    out = tmp_path_factory.mktemp("报告 目录") / "标准体系表.pdf"
    write_system_report_pdf(snapshot, out)
    return PdfReader(out)


def page_texts(reader: PdfReader) -> list[str]:
    return [flat(page.extract_text() or "") for page in reader.pages]


def test_the_report_has_its_parts_in_order_and_names_its_data(report: PdfReader) -> None:
    pages = page_texts(report)
    assert_in_order(pages[0], ["江西赣味食品有限公司企业标准体系", "标准体系表",
                               f"标准状态依据：{PACK}，查询日期 2025-06-30"])  # fmt: skip
    assert_in_order("".join(pages), ["标准体系结构图", "标准明细表", "标准统计表", "编制说明"])
    assert all(re.search(rf"第{n}页共{len(pages)}页", text) for n, text in enumerate(pages, 1))
    assert report.pages[0].mediabox.width > report.pages[0].mediabox.height  # landscape


def branch_count(code: str) -> int:
    """Standards of REGISTER placed in the branch or below it."""
    nodes = [entry[0].split("-")[0] for entry in REGISTER if entry[0]]
    return sum(1 for node in nodes if node == code or node.startswith(code + "."))


def test_the_diagram_page_shows_every_branch_with_its_count(
    report: PdfReader, snapshot: SystemSnapshot
) -> None:
    text = page_texts(report)[1]
    tree = snapshot.tree
    labels = [f"{tree.code(row.id)} {row.title}（{branch_count(tree.code(row.id))}）"
              for row, _depth in tree.walk()]  # fmt: skip
    assert_in_order(text, ["江西赣味食品有限公司标准体系", *labels])
    assert labels[:2] == ["1 产品实现标准体系（7）", "1.1 产品标准（5）"]


def test_the_detail_table_is_in_tree_order_and_marks_outdated_standards(
    report: PdfReader,
) -> None:
    pages = page_texts(report)
    detail = "".join(p for p in pages if "标准明细表" in p and "序号" in p)
    assert_in_order(detail, [h for _k, h in DETAIL_COLUMNS])
    assert_in_order(detail, [n or "辣椒油" for n in TREE_ORDER])
    assert_in_order(detail, ["GB2762—2017", "被代替", "被GB2762—2022代替"])
    assert_in_order(detail, ["QB/T1234—2000", "调味品生产工艺规程", "废止"])
    page = next(i for i, p in enumerate(pages) if "标准明细表" in p and "序号" in p)
    content = report.pages[page].get_contents().get_data()
    assert b".752941 0 0 rg" in content  # the red of 被代替 / 废止


def test_the_header_row_repeats_on_every_page_of_a_long_table(tmp_path: Path) -> None:
    register = [(f"1.1-{i:03d}", f"GB {1000 + i}—2020", f"某产品标准第 {i} 部分", NAT, "现行", {})
                for i in range(1, 90)]  # fmt: skip
    out = tmp_path / "long.pdf"
    write_system_report_pdf(snapshot_of(GBT_15496.branches, register), out)
    pages = [p for p in page_texts(PdfReader(out)) if re.search(r"GB10\d\d—2020", p)]
    assert len(pages) >= 3
    assert all(flat("序号体系编号子体系标准编号标准名称") in p for p in pages)
    assert_in_order("".join(pages), [f"GB {1000 + i}—2020" for i in range(1, 90)])


def test_the_stats_table_counts_by_subsystem_level_and_state(report: PdfReader) -> None:
    text = next(p for p in page_texts(report) if p.startswith("标准统计表"))
    assert_in_order(text, ["子体系", "按标准类别（项）", "合计（项）", "按标准状态（项）",
                           "国家标准", "行业标准", "地方标准", "团体标准", "企业标准", "类别不明",
                           "现行", "即将实施", "被代替/废止", "待制定", "状态不明"])  # fmt: skip
    for number, name in enumerate(TOPS, start=1):
        label = f"{number}{name}" if name != "未归入子体系" else name
        assert label + "".join(map(str, expected_row(name))) in text, name
    assert "合计" + "".join(map(str, expected_row("合计"))) in text


def test_the_explanation_names_basis_outdated_standards_and_review(report: PdfReader) -> None:
    text = "".join(page_texts(report))
    explanation = text[text.index("编制说明（草稿）一、") :]
    for part in ("GB/T 15496—2017《企业标准体系 要求及指南》", "GB/T 13017—2018",
                 "GB/T 15497—2017", "共收录标准 12 项", "国家标准 6 项", "被代替 2 项，废止 1 项",
                 "GB 2762—2017《食品安全国家标准 食品中污染物限量》已被 GB 2762—2022 代替",
                 "GB/T 1.1—2009", "已被 GB/T 1.1—2020 代替",
                 "QB/T 1234—2000《调味品生产工艺规程》已废止",
                 "GB 5009.3—2025", "（2025-09-01 实施）", "1.1-005 《辣椒油》",
                 "有 1 项尚未归入体系分支", "企业标准每 3 年复审一次", "Q/JXGW 001—2023《辣椒酱》",
                 "是编制说明的草稿"):  # fmt: skip
        assert flat(part) in explanation, part


def test_the_explanation_of_a_legacy_system_says_it_is_the_old_structure() -> None:
    texts = [p.text for p in explanation_paragraphs(snapshot_of(LEGACY.branches, [], "legacy"))]
    assert any("旧体系结构" in t and "GB/T 15497—2003" in t for t in texts)
    assert any("子体系以下未再分支" in t for t in texts)
    assert any("尚未收录标准" in t for t in texts)


def test_every_font_in_the_report_is_embedded(report: PdfReader) -> None:
    fonts = {}
    for page in report.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert {name.split("+")[1] for name in fonts} == {"UMingCN-0", "WenQuanYiZenHei-0"}
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def test_without_a_chinese_font_the_report_says_so_and_writes_nothing(
    snapshot: SystemSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(font_search.FONT_DIR_ENV, raising=False)
    monkeypatch.setattr(font_search, "system_font_dirs", lambda: [tmp_path / "无字体"])
    monkeypatch.setattr(font_search, "bundled_font_dir", lambda: None)
    out = tmp_path / "report.pdf"
    with pytest.raises(FontNotFound, match="找不到可嵌入 PDF 的中文字体"):
        write_system_report_pdf(snapshot, out)
    assert list(tmp_path.iterdir()) == []


# --- the diagram ------------------------------------------------------------------------------


def assert_legible(d: Diagram) -> None:
    """No box overlaps another, every text stays inside its box and clear of the others, and no
    connector line runs through a box."""
    for box in d.boxes:
        assert box.x >= 0 and box.y >= 0
        assert box.x + box.w <= d.width and box.y + box.h <= d.height
        rects = []
        for t in box.texts:
            half = text_width(t.text, t.size) / 2
            rect = (t.x - half, t.y - 0.88 * t.size, t.x + half, t.y + 0.12 * t.size)
            assert box.x < rect[0] and rect[2] < box.x + box.w, (box.label, t.text)
            assert box.y < rect[1] and rect[3] < box.y + box.h, (box.label, t.text)
            rects.append(rect)
        for a, b in combinations(rects, 2):
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], box.label
    for a, b in combinations(d.boxes, 2):
        apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
        assert apart, (a.label, b.label)
    for x1, y1, x2, y2 in d.lines:
        assert x1 == x2 or y1 == y2  # orthogonal
        for box in d.boxes:  # the segment's inside may touch a box's edge, never cross its inside
            left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
            crosses = (left < box.x + box.w - 0.5 and box.x + 0.5 < right if y1 == y2
                       else top < box.y + box.h - 0.5 and box.y + 0.5 < bottom)  # fmt: skip
            inside = (box.y + 0.5 < y1 < box.y + box.h - 0.5 if y1 == y2
                      else box.x + 0.5 < x1 < box.x + box.w - 0.5)  # fmt: skip
            assert not (crosses and inside), (box.label, (x1, y1, x2, y2))


@pytest.mark.parametrize(
    ("branches", "smallest_scale"),
    [(GBT_15496.branches, 1.0), (LEGACY.branches, 1.0), (DEEP, 0.8)],
    ids=["gbt15496", "legacy", "four-levels"],
)
def test_the_diagram_is_legible_and_fits_a_landscape_page(
    branches: tuple[Branch, ...], smallest_scale: float
) -> None:
    d = layout_snapshot(snapshot_of(branches, []))
    assert_legible(d)
    assert fit_scale(d) >= smallest_scale
    nodes = len(node_rows(branches))
    assert len(d.boxes) == nodes + 1
    assert len([b for b in d.boxes if b.root]) == 1


def test_the_layout_measure_is_never_narrower_than_the_real_fonts() -> None:
    """Boxes are sized with an estimate; the fonts really used must not draw wider than it."""
    from PIL import ImageFont

    found = find_fonts()
    d = layout_snapshot(snapshot_of(DEEP, []))
    for t in (t for box in d.boxes for t in box.texts):
        face = found.heading if t.heading else found.body
        font = ImageFont.truetype(str(face.path), 100, index=face.subfont_index)
        assert font.getlength(t.text) / 100 * t.size <= text_width(t.text, t.size) + 0.01, t.text


def test_the_svg_parses_and_has_a_titled_box_for_every_branch(snapshot: SystemSnapshot) -> None:
    ns = {"s": "http://www.w3.org/2000/svg"}
    svg = ET.fromstring(diagram_svg(snapshot))
    boxes = {g.findtext("s:title", namespaces=ns): g for g in svg.iterfind("s:g", ns)
             if g.find("s:title", ns) is not None}  # fmt: skip
    tree = snapshot.tree
    labels = [f"{tree.code(row.id)} {row.title}（" for row, _depth in tree.walk()]
    assert len(boxes) == 1 + len(labels) == 23
    for start in labels:
        label = next(k for k in boxes if k.startswith(start))
        shown = "".join(t.text or "" for t in boxes[label].iterfind("s:text", ns))
        assert flat(shown) == flat(label)  # every character of the title is drawn
    for label in ("1 产品实现标准体系（7）", "1.1 产品标准（5）", "1.3 生产/服务提供标准（2）",
                  "2.11 行政事务和综合标准（0）", "3.2 管理层标准（1）"):  # fmt: skip
        assert label in boxes
    root = boxes["江西赣味食品有限公司标准体系"]
    assert "SimHei" in root.find("s:text", ns).get("font-family")
    assert "SimSun" in boxes["1.1 产品标准（5）"].find("s:text", ns).get("font-family")


def test_a_name_with_markup_characters_is_escaped_in_the_svg() -> None:
    odd = snapshot_of((('<质量> & "安全"', ()),), [])
    svg = ET.fromstring(diagram_svg(odd))
    assert any("<质量>&\"安全\"" in flat(t.text or "") for t in svg.iter()
               if t.tag.endswith("text"))  # fmt: skip


def test_the_png_is_drawn_at_the_requested_scale(snapshot: SystemSnapshot, tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "结构图.png"
    write_diagram(snapshot, out)
    d = layout_snapshot(snapshot)
    with Image.open(out) as image:
        assert image.size == (round(d.width * 2), round(d.height * 2))
        assert image.size[0] > 1000 and image.size[1] > 300
        grey = image.convert("L")
        dark = sum(grey.histogram()[:100]) / (image.size[0] * image.size[1])
        assert 0.01 < dark < 0.3  # lines and text, on white


def test_write_diagram_writes_svg_and_refuses_other_formats(
    snapshot: SystemSnapshot, tmp_path: Path
) -> None:
    write_diagram(snapshot, tmp_path / "图.svg")
    assert ET.parse(tmp_path / "图.svg").getroot().tag.endswith("svg")
    with pytest.raises(ValueError, match=r"请使用 \.png 或 \.svg"):
        write_diagram(snapshot, tmp_path / "图.jpg")
    assert not (tmp_path / "图.jpg").exists()


def test_a_tree_too_wide_for_one_page_gets_a_diagram_per_subsystem(tmp_path: Path) -> None:
    wide = tuple((f"第{i}子体系", tuple((f"分支{i}.{j}名称较长的标准", ()) for j in range(1, 8)))
                 for i in range(1, 6))  # fmt: skip
    out = tmp_path / "wide.pdf"
    write_system_report_pdf(snapshot_of(wide, []), out)
    titles = [p for p in page_texts(PdfReader(out)) if p.startswith("标准体系结构图")]
    assert len(titles) == 6
    assert [t[len("标准体系结构图：") :][:5] for t in titles[1:]] == [
        f"{i}第{i}子体" for i in range(1, 6)
    ]


# --- the workbooks ----------------------------------------------------------------------------


def test_the_detail_workbook_reads_back_in_tree_order(
    snapshot: SystemSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "明细.xlsx"
    write_detail_xlsx(snapshot, out)
    sheet = openpyxl.load_workbook(out)["标准明细表"]
    rows = list(sheet.iter_rows(values_only=True))
    assert PACK in rows[0][0] and "江西赣味食品有限公司标准明细表" in rows[0][0]
    assert rows[1] == tuple(h for _k, h in DETAIL_COLUMNS)
    number = [h for _k, h in DETAIL_COLUMNS].index("标准编号")
    assert [r[number] or "" for r in rows[2:]] == TREE_ORDER
    assert [r[0] for r in rows[2:]] == list(range(1, 13))
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref == "A2:N14"
    status = [h for _k, h in DETAIL_COLUMNS].index("状态")
    marked = [r[number] for r, cells in zip(rows[2:], sheet.iter_rows(min_row=3), strict=True)
              if cells[0].fill.fgColor.rgb.endswith("FBE3E3")]  # fmt: skip
    assert marked == ["GB 2762—2017", "QB/T 1234—2000", "GB/T 1.1—2009"]
    assert rows[3][status] == "被代替" and rows[3][status + 1] == "被 GB 2762—2022 代替"


def test_our_importer_reads_the_exported_detail_table_back(
    snapshot: SystemSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "明细.xlsx"
    write_detail_xlsx(snapshot, out)
    read = read_system_xlsx(out)
    assert [row.number for row in read.rows] == [n for n in TREE_ORDER if n != "ABC-123"]
    assert [row.code for row in read.rows][:3] == ["1.1-001", "1.1-002", "1.1-003"]
    assert [row.title for row in read.rows if row.planned] == ["辣椒油"]
    assert [error.row for error in read.errors] == [2 + TREE_ORDER.index("ABC-123") + 1]


def test_the_report_workbook_has_stats_explanation_and_outline(
    snapshot: SystemSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "体系表.xlsx"
    write_report_xlsx(snapshot, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["标准明细表", "标准统计表", "编制说明", "结构"]
    stats = list(book["标准统计表"].iter_rows(min_row=4, values_only=True))
    assert [row[0] for row in stats] == ["1 产品实现标准体系", "2 基础保障标准体系",
                                         "3 岗位标准体系", "未归入子体系", "合计"]  # fmt: skip
    for row, name in zip(stats, [*TOPS, "合计"], strict=True):
        assert list(row[1:]) == expected_row(name), name
    texts = [row[0] for row in book["编制说明"].iter_rows(min_row=2, values_only=True)]
    assert texts == [p.text for p in explanation_paragraphs(snapshot)]
    outline = list(book["结构"].iter_rows(min_row=3, values_only=True))
    assert outline[0] == (None, "江西赣味食品有限公司标准体系", 11)
    assert outline[1:4] == [("1", "产品实现标准体系", 7), ("1.1", "产品标准", 5),
                            ("1.2", "设计和开发标准", 0)]  # fmt: skip
    assert len(outline) == 1 + 22


def test_the_annual_stats_sheet(tmp_path: Path) -> None:
    stats = AnnualStats("江西赣味食品有限公司", "91360100MA35XXXX0X", 2025,
                        {"国": 6, "行": 1, "地": 1, "团": 1, "企": 2},
                        own_drafted=["Q/JXGW 002—2025 辣椒油"], own_revised=[],
                        declarations=["Q/JXGW 001—2023 辣椒酱", "Q/JXGW 002—2025 辣椒油"],
                        data_label=PACK)  # fmt: skip
    out = tmp_path / "年度.xlsx"
    write_annual_stats_xlsx(stats, out)
    rows = list(openpyxl.load_workbook(out)["年度标准化统计"].iter_rows(values_only=True))
    values = {row[0]: row[1] for row in rows if row[0]}
    assert values["企业名称"] == "江西赣味食品有限公司" and values["统计年度"] == 2025
    assert values["执行国家标准（项）"] == 6 and values["执行企业标准（项）"] == 2
    assert values["执行标准合计（项）"] == 11
    assert values["当年制定企业标准（项）"] == 1 and values["当年修订企业标准（项）"] == 0
    assert values["当年自我声明公开标准（项）"] == 2 and values["数据来源"] == PACK
    listed = [row[1] for row in rows if not row[0]]
    assert listed == ["Q/JXGW 002—2025 辣椒油", "Q/JXGW 001—2023 辣椒酱", "Q/JXGW 002—2025 辣椒油"]
