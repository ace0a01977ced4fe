"""Extract GB 2762—2025 (食品中污染物限量) from its official PDF into the data-pack CSVs.

Usage::

    python tools/packs/gb2762_extract.py GB_2762-2025.pdf [--src DIR] [--dump]

The PDF's text layer is read with ``pdftotext -tsv`` (poppler-utils): one word per row with its
page and box. Rows are rebuilt from the coordinates (the ``-layout`` text splits "0.2" across
two lines). Two files of ``--src`` (default: the folder above this script) are written:

* ``food_categories.gb2762.csv``: every node of 表A.1 食品类别(名称)说明, coded by position, and
  the foods of the limit tables that 表A.1 does not have;
* ``limits.csv``: one row per value cell of 表1–表12; every row of another standard is kept as
  it is.

Which nodes a category cell names is not in the text's geometry: it is the hand-made
``CELL_NODES`` table below, checked against 表A.1. A food a cell names that is not itself a node
of 表A.1 (粥类罐头, 生姜, 白酒, 畜禽内脏制品 …) is a node of its own, listed in ``NAMED`` with its
parent and coded on from the parent's code (``A04.03.04.51``); ``--dump`` prints them, and
NOTES.md lists them. The CSVs are still checked by hand after a run.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

STANDARD = "GB 2762—2025"
TREE = "gb2762"
ORIGIN = "shared data upstream jianyu"
LIMIT_COLUMNS = (
    "category", "item", "comparator", "value", "unit", "basis", "standard", "table", "clause",
    "method", "nodes", "excludes", "basis_nodes", "footnotes", "verification", "source",
)  # fmt: skip
TREE_COLUMNS = ("tree", "code", "name", "parent", "excludes", "note", "source")
# Method standards the data pack knows an edition of (standards.csv); others go to the source.
KNOWN_METHODS = frozenset(
    {"GB 5009.11", "GB 5009.12", "GB 5009.15", "GB 5009.16", "GB 5009.17", "GB 5009.33",
     "GB 5009.123"}
)  # fmt: skip


# --- words and lines -------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    page: int
    left: float
    top: float
    width: float
    height: float
    text: str

    @property
    def center(self) -> float:
        return self.top + self.height / 2

    @property
    def marker(self) -> bool:
        """A footnote letter: a lone a–e set small (superscript size) in the text layer."""
        return len(self.text) == 1 and self.text in "abcde" and self.width < 6 and self.height < 12


def read_tsv(text: str) -> list[Word]:
    words = []
    for line in text.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) == 12 and cols[0] == "5":
            page, left, top, width, height = int(cols[1]), *map(float, cols[6:10])
            words.append(Word(page, left, top, width, height, cols[11]))
    return words


def pdf_to_tsv(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-tsv", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def lines_of(words: Iterable[Word], gap: float = 4.0) -> list[list[Word]]:
    """Words grouped into lines: sorted by vertical centre, a jump of more than ``gap`` starts a
    new line; each line is sorted left to right."""
    lines: list[list[Word]] = []
    last = None
    for word in sorted(words, key=lambda w: (w.center, w.left)):
        if last is None or word.center - last > gap:
            lines.append([])
        lines[-1].append(word)
        last = word.center
    return [sorted(line, key=lambda w: w.left) for line in lines]


def joined(words: Iterable[Word]) -> str:
    """The words' text without markers and without whitespace."""
    return "".join(w.text for w in words if not w.marker)


def balance(text: str) -> int:
    return sum(text.count(c) for c in "([") - sum(text.count(c) for c in ")]")


def center(line: Sequence[Word]) -> float:
    return sum(w.center for w in line) / len(line)


# --- 表A.1: the category tree ------------------------------------------------------------------


@dataclass
class Node:
    code: str
    name: str
    parent: str
    excludes: list[str]
    note: str
    page: int
    level: int
    raw: str = ""
    source: str = ""  # a food of NAMED: the tables naming it


_LATIN_SET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,&'")


def drop_latin(text: str) -> tuple[str, bool]:
    """Remove Latin species names (and their authors) after Chinese mushroom names."""
    out, i, dropped = [], 0, False
    while i < len(text):
        if text[i].isascii() and text[i].isalpha():
            depth, j = 0, i
            while j < len(text):
                c = text[j]
                if c in _LATIN_SET:
                    j += 1
                elif c == "(":
                    depth, j = depth + 1, j + 1
                elif c == ")" and depth > 0:
                    depth, j = depth - 1, j + 1
                else:
                    break
            i, dropped = j, True
            continue
        out.append(text[i])
        i += 1
    return "".join(out), dropped


def own_excludes(name: str) -> list[str]:
    """What a node's own bracket says it does not include ("不包括X" or "(X除外)")."""
    found: list[str] = []
    for part in re.findall(r"不包括([^,)]+)", name):
        found += re.split(r"和", part) if part == "谷物种子和豆类" else [part]
    found += re.findall(r"\(([^()]+)除外\)", name)
    return found


def tree_pages(words: Sequence[Word]) -> list[int]:
    pages = []
    for page in sorted({w.page for w in words}):
        for line in lines_of(w for w in words if w.page == page):
            if joined(line).startswith("表A.1食品类别(名称)说明"):
                pages.append(page)
                break
    return pages


def parse_tree(words: Sequence[Word]) -> list[Node]:
    """Every node of 表A.1, top-level nodes first in their group, in the order of the table."""
    groups: list[tuple[str, list[tuple[int, str, int]]]] = []  # (label, [(level, raw, page)])
    for page in tree_pages(words):
        body = [w for w in words if w.page == page and 90 < w.center < 775]
        lines = lines_of(body)
        title = next(i for i, ln in enumerate(lines) if joined(ln).startswith("表A.1"))
        top = center(lines[title]) + 5
        labels = lines_of(w for w in body if w.left < 110 and w.center > top)
        entries = lines_of(w for w in body if w.left >= 110 and w.center > top)
        base = 122.0 if page % 2 else 114.0
        rows: list[tuple[float, int, str]] = []  # (centre, level, text)
        for line in entries:
            text = joined(line)
            if rows and balance(rows[-1][2]) > 0:  # a wrapped entry
                c, level, before = rows[-1]
                rows[-1] = (c, level, before + text)
                continue
            rows.append((center(line), round((line[0].left - base) / 18) + 1, text))
        # labels: lines less than 20 pt apart belong to one label
        blocks: list[list[list[Word]]] = []
        for line in labels:
            if blocks and center(line) - center(blocks[-1][-1]) < 20:
                blocks[-1].append(line)
            else:
                blocks.append([line])
        label_texts = ["".join(joined(ln) for ln in b) for b in blocks]
        label_centres = [(center(b[0]) + center(b[-1])) / 2 for b in blocks]
        # split the rows into one run per label: each run starts at a level-1 row and is
        # vertically centred on its label (the left column is centred in its cell)
        starts = [0]
        for k in range(1, len(blocks)):
            best = None
            for i in range(starts[-1] + 1, len(rows)):
                if rows[i][1] != 1:
                    continue
                prev_mid = (rows[starts[-1]][0] + rows[i - 1][0]) / 2
                score = abs(prev_mid - label_centres[k - 1])
                if best is None or score < best[0]:
                    best = (score, i)
            assert best is not None
            starts.append(best[1])
        for k, label in enumerate(label_texts):
            end = starts[k + 1] if k + 1 < len(starts) else len(rows)
            run = [(level, text, page) for _c, level, text in rows[starts[k] : end]]
            if groups and groups[-1][0] == label and k == 0:
                groups[-1][1].extend(run)  # the group goes on from the previous page
            else:
                groups.append((label, run))
    return _number(groups)


def _number(groups: list[tuple[str, list[tuple[int, str, int]]]]) -> list[Node]:
    nodes: list[Node] = []
    for g, (label, run) in enumerate(groups, start=1):
        code = f"A{g:02d}"
        first_page = run[0][2]
        nodes.append(Node(code, label, "", own_excludes(label), _group_note(label), first_page, 0))
        stack = [code]
        counters: dict[str, int] = {}
        for level, raw, page in run:
            del stack[level:]
            parent = stack[-1]
            counters[parent] = counters.get(parent, 0) + 1
            child = f"{parent}.{counters[parent]:02d}"
            name, dropped = drop_latin(raw)
            note = "PDF prints the Latin name(s) after it; dropped here" if dropped else ""
            nodes.append(Node(child, name, parent, own_excludes(name), note, page, level, raw))
            stack.append(child)
    return nodes


def _group_note(label: str) -> str:
    if label.startswith("其他类"):
        return "its bracket 除上述食品以外的食品 means every food not in the groups above"
    return ""


# --- 表1–表12: the limit tables ---------------------------------------------------------------


@dataclass
class Item:
    name: str
    x: float
    markers: list[str] = field(default_factory=list)
    expressed: str = ""  # "以NaNO2计" under the item in the header


@dataclass
class Cell:
    table: int
    page: int
    text: str
    level: int
    markers: list[str]
    centres: list[float]
    values: dict[int, list[Word]] = field(default_factory=dict)
    parent: Cell | None = None


@dataclass
class Table:
    number: int
    clause: str = ""
    title_item: str = ""
    unit: str = ""
    items: list[Item] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)  # on 食品类别(名称) or 限量: every row
    cells: list[Cell] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    method_text: str = ""
    pages: list[int] = field(default_factory=list)


_TITLE = re.compile(r"^表(\d+)食品中(.+)限量指标(\(续\))?$")
_CLAUSE = re.compile(r"^4\.(\d+)\.([12])(.*)$")
_VALUE_START = re.compile(r"^(\d|—)")
HEADER_ITEMS = ("总汞", "甲基汞", "总砷", "无机砷", "亚硝酸盐", "硝酸盐")


def _is_value_start(word: Word) -> bool:
    return word.left > 300 and bool(_VALUE_START.match(word.text))


def parse_tables(words: Sequence[Word]) -> list[Table]:
    tables: dict[int, Table] = {}
    clause_of: dict[int, str] = {}
    current: Table | None = None
    state = ""
    last_cell: Cell | None = None
    last_note: str | None = None
    for page in sorted({w.page for w in words}):
        lines = lines_of(w for w in words if w.page == page and 90 < w.center < 775)
        value_lines: list[list[Word]] = []
        for line in lines:
            text = joined(line)
            clause = _CLAUSE.match(text)
            if clause and line[0].left < 80:
                number = int(clause.group(1))
                if clause.group(2) == "1":
                    clause_of[number] = f"4.{number}.1"
                elif number in tables:
                    tables[number].method_text = clause.group(3)
                    state = "method"
                    current = tables[number]
                continue
            wrapped = not text.startswith("4") and line[0].left < 80
            if state == "method" and current is not None and wrapped:
                current.method_text += text  # a wrapped method clause
                continue
            title = _TITLE.match(text)
            if title:
                number = int(title.group(1))
                if number not in tables:
                    tables[number] = Table(number, clause_of.get(number, ""), title.group(2))
                current, state = tables[number], "header"
                current.pages.append(page)
                continue
            if current is None or state in ("", "method"):
                state = ""
                continue
            first = line[0]
            if state == "header" and first.left > 150:
                _header(current, line)
                continue
            if first.marker and first.left < 100:
                state, last_note = "notes", first.text
                current.footnotes[first.text] = joined(line[1:])
                continue
            if text.startswith("注:"):
                state = "notes"
                last_note = None
                continue
            if state == "notes":
                if last_note is not None:
                    current.footnotes[last_note] += text
                continue
            state = "body"
            if _is_value_start(first):
                value_lines.append(line)
                continue
            split = next((i for i, w in enumerate(line) if _is_value_start(w)), len(line))
            category, values = line[:split], line[split:]
            if last_cell is not None and balance(last_cell.text) > 0 and last_cell.page == page:
                last_cell.text += joined(category)
                last_cell.markers += [w.text for w in category if w.marker]
                last_cell.centres.append(center(category))
                cell = last_cell
            else:
                base = 76.7 if page % 2 else 68.7
                level = round((category[0].left - base) / 18)
                cell = Cell(current.number, page, joined(category), level,
                            [w.text for w in category if w.marker], [center(category)])  # fmt: skip
                cell.parent = next((c for c in reversed(current.cells) if c.level < level), None)
                current.cells.append(cell)
                last_cell = cell
            _put_values(current, cell, values)
        for line in value_lines:  # a value set between the lines of a wrapped cell
            owners = [c for t in tables.values() for c in t.cells if c.page == page]
            c = center(line)
            owner = min(owners, key=lambda o: min(abs(c - x) for x in o.centres))
            _put_values(tables[owner.table], owner, line)
    for table in tables.values():
        if not table.items:
            table.items = [Item(table.title_item, 0.0)]
    return [tables[n] for n in sorted(tables)]


def _header(table: Table, line: list[Word]) -> None:
    for i, word in enumerate(line):
        if word.text in ("mg/kg", "μg/kg"):
            table.unit = word.text
        elif word.text in HEADER_ITEMS:  # repeated on each page of the table, at its own x
            known = [item for item in table.items if item.name == word.text]
            if known:
                known[0].x = word.left + word.width / 2
            else:
                table.items.append(Item(word.text, word.left + word.width / 2))
        elif word.marker:
            before = line[i - 1].text if i else ""
            owner = next((item for item in table.items if item.name == before), None)
            marks = owner.markers if owner is not None else table.markers
            if word.text not in marks:
                marks.append(word.text)
    if line[0].text == "(" and table.items:  # (以 NaNO2 计) under each item
        groups: dict[int, list[Word]] = {}
        for word in line:
            k = min(range(len(table.items)), key=lambda i: abs(table.items[i].x - word.left))
            groups.setdefault(k, []).append(word)
        for k, group in groups.items():
            table.items[k].expressed = joined(group).strip("()")


def _put_values(table: Table, cell: Cell, words: list[Word]) -> None:
    if not words:
        return
    if len(table.items) < 2:
        cell.values.setdefault(0, []).extend(words)
        return
    bound = (table.items[0].x + table.items[1].x) / 2
    for word in words:
        cell.values.setdefault(0 if word.left < bound else 1, []).extend([word])


_VALUE = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<unit>mg/L)?(?:\((?P<paren>[^()]*)\))?$")


@dataclass(frozen=True)
class Value:
    number: str
    unit: str
    paren: str
    markers: tuple[str, ...]


def value_of(words: Sequence[Word]) -> Value | None:
    """The limit in one cell, or None for "—" (无相应限量要求)."""
    text = joined(words)
    if text == "—":
        return None
    match = _VALUE.match(text)
    if not match:
        raise ValueError(f"unreadable value cell {text!r}")
    return Value(
        match["num"], match["unit"] or "", match["paren"] or "",
        tuple(w.text for w in words if w.marker),
    )  # fmt: skip


# --- the foods the limit tables name that are not nodes of 表A.1 --------------------------------
# A limit cell often names a food that 表A.1 has no entry for (粥类罐头, 生姜, 白酒,
# 畜禽内脏制品 …). Each becomes a node of its own, under the smallest node that holds it: a
# 表A.1 node, or another food of this list (畜禽肝脏制品 under 畜禽内脏制品). Codes go on from
# the parent's, ".51", ".52" … in the order of this list, so they never meet 表A.1's own
# numbering. A note says where the parent is a reading of ours. ``also`` names a food of this
# list that the tables put the food in too when the tree holds it elsewhere (鱼类罐头 is a
# 水产品罐头 and one of the 鱼类制品): a row naming that food lists this node as well.


@dataclass(frozen=True)
class Named:
    name: str  # as the limit table prints it; "X制品" for the X of "X及其制品"
    parent: str  # a 表A.1 node (its name before the bracket) or another Named
    note: str = ""
    also: tuple[str, ...] = ()


_EXAMPLE = "表A.1 names it as an example of its parent"
_JUDGED = "judgement call: "
_SPICE = (_JUDGED + "香辛料类 is the node that certainly holds it; 香辛料及粉 is likely but not "
          "certain")  # fmt: skip
_FSMP = "a sub-row of 表1's heading 特殊医学用途配方食品(特殊医学用途婴儿配方食品涉及的品种除外)"
_AQUATIC_OIL = "表A.1 names it as an example of 动物油脂; it is a 水产动物油脂 (表11)"
_OIL = (_JUDGED + "taken as a 油脂制品, the node that holds the products of oils; an oil blend "
        "with fish oil is 植物油脂 in 表A.1")  # fmt: skip
# Fresh mushrooms whose products the tables name ("香菇及其制品", "…及以上食用菌的制品"), in
# the order the tables first name them.
_MUSHROOMS = ("双孢菇", "平菇", "香菇", "榛蘑", "牛肝菌", "松茸", "松露", "青头菌", "鸡枞",
              "鸡油菌", "多汁乳菇", "木耳", "银耳", "羊肚菌", "獐头菌", "姬松茸")  # fmt: skip
_TABLE2_MUSHROOMS = ("羊肚菌", "獐头菌", "姬松茸")
_OWN_PRODUCTS = ("香菇", "松茸", "木耳", "银耳")  # also written "X及其制品"


def _mushroom_products(names: Iterable[str]) -> list[Named]:
    return [
        Named(f"{name}制品", "食用菌制品",
              f"the products of {name}, which the tables write \"{name}…及以上食用菌的制品\""
              + (f" and \"{name}及其制品\"" if name in _OWN_PRODUCTS else "")
              + f"; a 食用菌罐头 or other product of {name} belongs here")
        for name in names
    ]  # fmt: skip


def _fish_products(names: Iterable[str]) -> list[Named]:
    return [
        Named(f"{name}制品", "肉食性鱼类制品",
              f"the products of {name}, which 表3 writes \"{name}及其制品\" and "
              "\"…及以上鱼类的制品\"")
        for name in names
    ]  # fmt: skip


NAMED: list[Named] = [
    # 表1
    Named("粥类罐头", "其他谷物制品", _EXAMPLE),
    Named("带馅(料)面米制品", "其他谷物制品", _EXAMPLE),
    Named("生姜", "块根和块茎蔬菜", _EXAMPLE),
    Named("薯类", "块根和块茎蔬菜", _EXAMPLE),
    Named("蔓越莓", "浆果和其他小粒水果", _EXAMPLE),
    Named("醋栗", "浆果和其他小粒水果", _EXAMPLE),
    *_mushroom_products(n for n in _MUSHROOMS if n not in _TABLE2_MUSHROOMS),
    Named("豆浆", "非发酵豆制品", _EXAMPLE),
    Named("螺旋藻制品", "藻类制品"),
    Named("生咖啡豆", "生干坚果及籽类", "表A.1 says its parent includes 咖啡豆"),
    Named("烘焙咖啡豆", "坚果及籽类制品",
          _JUDGED + "the row sits under 坚果及籽类; 表A.1 also lists 研磨咖啡(烘焙咖啡) under "
          "饮料类 › 固体饮料"),
    Named("畜禽内脏制品", "肉制品", "表A.1 says its parent includes 内脏制品"),
    Named("鱼类制品", "水产制品",
          "the tree holds 鱼类罐头 under 水产品罐头, so this node is the 鱼类制品 other than "
          "鱼类罐头, 表2's 其他鱼类制品; 表A.1's 鱼糜制品, 鱼子制品 and the like stay where "
          "表A.1 puts them"),
    Named("海蜇制品", "水产制品"),
    Named("花椒", "香辛料类", _SPICE),
    Named("桂皮(肉桂)", "香辛料类", _SPICE),
    Named("多种香辛料混合的香辛料", "香辛料类", _SPICE),
    Named("含浆果及小粒水果的果蔬汁类及其饮料", "果蔬汁类及其饮料"),
    Named("葡萄汁", "果蔬汁(浆)",
          _JUDGED + "a grape juice is a 果蔬汁(浆); 表1 also prints it as the exception of "
          "含浆果及小粒水果的果蔬汁类及其饮料(葡萄汁除外)",
          also=("含浆果及小粒水果的果蔬汁类及其饮料",)),
    Named("白酒", "蒸馏酒", _EXAMPLE),
    Named("黄酒", "发酵酒", _EXAMPLE),
    Named("10岁以上人群的产品", "特殊医学用途配方食品", _FSMP),
    Named("1岁~10岁人群的产品", "特殊医学用途配方食品", _FSMP),
    Named("辅食营养补充品", "其他特殊膳食用食品", _EXAMPLE),
    Named("运动营养食品", "其他特殊膳食用食品",
          _EXAMPLE + "; a heading of 表1 and 表4 over its sub-rows 固态、半固态或粉状 and 液态"),
    Named("固态、半固态或粉状", "运动营养食品", "a sub-row of the heading 运动营养食品"),
    Named("液态", "运动营养食品", "a sub-row of the heading 运动营养食品"),
    Named("孕妇及乳母营养补充食品", "其他特殊膳食用食品", _EXAMPLE),
    Named("油菜花粉", "花粉"),
    Named("松花粉", "花粉"),
    # 表2
    Named("黄花菜", "其他新鲜蔬菜", _EXAMPLE),
    Named("芹菜", "茎类蔬菜",
          _JUDGED + "表2 writes 茎类蔬菜(芹菜除外), so the table takes 芹菜 as a 茎类蔬菜; 表A.1 "
          "does not name it"),
    *_mushroom_products(_TABLE2_MUSHROOMS),
    Named("花生", "坚果及籽类",
          _JUDGED + "the cell may mean raw or roasted peanuts, and 表A.1 has both 生干坚果及籽类 "
          "and 熟制坚果及籽类; a peanut product belongs here to take the row"),
    Named("畜禽肝脏", "畜禽内脏", _EXAMPLE + " (肝)"),
    Named("畜禽肝脏制品", "畜禽内脏制品", "the products of 畜禽肝脏 (表2 畜禽肝脏及其制品)"),
    Named("畜禽肾脏", "畜禽内脏", _EXAMPLE + " (肾)"),
    Named("畜禽肾脏制品", "畜禽内脏制品", "the products of 畜禽肾脏 (表2 畜禽肾脏及其制品)"),
    Named("海蟹", "甲壳类"),
    Named("虾蛄", "甲壳类"),
    Named("鱼类罐头", "水产品罐头",
          _JUDGED + "a fish can is a 水产品罐头, where the tree holds it, and one of the 鱼类制品 "
          "(表2 sets it beside 其他鱼类制品)",
          also=("鱼类制品",)),
    # 表3
    Named("肉食性鱼类制品", "鱼类制品", "the products of 肉食性鱼类 (表3 肉食性鱼类及其制品)"),
    Named("金枪鱼", "肉食性鱼类", _EXAMPLE),
    Named("金目鲷", "肉食性鱼类", _EXAMPLE),
    Named("枪鱼", "肉食性鱼类", _EXAMPLE),
    Named("鲨鱼", "肉食性鱼类", _EXAMPLE),
    *_fish_products(("金枪鱼", "金目鲷", "枪鱼", "鲨鱼")),
    # 表4
    Named("鱼油", "水产动物油脂", _AQUATIC_OIL),
    Named("磷虾油", "水产动物油脂", _AQUATIC_OIL),
    Named("鱼油制品", "油脂制品", _OIL),
    Named("磷虾油制品", "油脂制品", _OIL),
    Named("添加藻类的产品", "婴幼儿谷类辅助食品", "the 婴幼儿谷类辅助食品 with algae added"),
    Named("以水产及动物肝脏为原料的产品", "婴幼儿罐装辅助食品",
          "the 婴幼儿罐装辅助食品 made from aquatic products or animal liver"),
    # 表10
    Named("干制水产品", "水产制品"),
    # 表11
    Named("水产动物油脂", "动物油脂"),
    # 表12
    Named("固态调味品", "调味品",
          "solid seasonings run across the nodes of 调味品 (食用盐, 味精, 香辛料及粉, 鸡精 …)"),
]  # fmt: skip
NAMED_BY_NAME = {food.name: food for food in NAMED}
# Two spellings of the tables that name one node.
SAME_NODE = {
    # the 鱼类制品 other than the 鱼类罐头, which the tree holds under 水产品罐头
    "其他鱼类制品": "鱼类制品",
    # 表A.1 writes the same bracket on 特殊医学用途配方食品; these are the varieties of A21.01.04
    "特殊医学用途婴儿配方食品涉及的品种": "特殊医学用途婴儿配方食品",
}


# --- which nodes each category cell names -----------------------------------------------------
# Category cell (as printed, whitespace and footnote letters removed) → (nodes, excludes), as the
# names of the foods it lists: a 表A.1 node (its name before its first bracket, or the whole
# name), a food of NAMED, or a spelling of SAME_NODE. "*" is every top-level node (the cell says
# 食品). A heading without a value is here only when it names a food of NAMED (运动营养食品).


def _and_products(*foods: str) -> list[str]:
    """ "X、Y及以上食用菌的制品" or "X及其制品、Y及其制品": the foods and their products."""
    return [*foods, *(f"{food}制品" for food in foods)]


CELL_NODES: dict[str, tuple[list[str], list[str]]] = {
    # 表1 铅
    "谷物及其制品[麦片、面筋、粥类罐头、带馅(料)面米制品除外]": (
        ["谷物及其制品"], ["麦片", "面筋", "粥类罐头", "带馅(料)面米制品"]),
    "麦片、面筋、粥类罐头、带馅(料)面米制品": (
        ["麦片", "面筋", "粥类罐头", "带馅(料)面米制品"], []),
    "新鲜蔬菜(芸薹类蔬菜、叶菜蔬菜、豆类蔬菜、生姜、薯类除外)": (
        ["新鲜蔬菜"], ["芸薹类蔬菜", "叶菜蔬菜", "豆类蔬菜", "生姜", "薯类"]),
    "叶菜蔬菜": (["叶菜蔬菜"], []),
    "芸薹类蔬菜、豆类蔬菜、生姜、薯类": (["芸薹类蔬菜", "豆类蔬菜", "生姜", "薯类"], []),
    "蔬菜制品(酱腌菜、干制蔬菜除外)": (["蔬菜制品"], ["酱腌菜", "干制蔬菜"]),
    "酱腌菜": (["酱腌菜"], []),
    "干制蔬菜": (["干制蔬菜"], []),
    "新鲜水果(蔓越莓、醋栗除外)": (["新鲜水果"], ["蔓越莓", "醋栗"]),
    "蔓越莓、醋栗": (["蔓越莓", "醋栗"], []),
    "水果制品[果酱(泥)、蜜饯、水果干类除外]": (["水果制品"], ["果酱(泥)", "蜜饯", "水果干类"]),
    "果酱(泥)": (["果酱(泥)"], []),
    "蜜饯": (["蜜饯"], []),
    "水果干类": (["水果干类"], []),
    "食用菌及其制品(双孢菇、平菇、香菇、榛蘑、牛肝菌、松茸、松露、青头菌、鸡枞、鸡油菌、多汁乳菇、"
    "木耳、银耳及以上食用菌的制品除外)": (
        ["食用菌及其制品"],
        _and_products("双孢菇", "平菇", "香菇", "榛蘑", "牛肝菌", "松茸", "松露", "青头菌", "鸡枞",
                      "鸡油菌", "多汁乳菇", "木耳", "银耳")),
    "双孢菇、平菇、香菇、榛蘑及以上食用菌的制品": (
        _and_products("双孢菇", "平菇", "香菇", "榛蘑"), []),
    "牛肝菌、松茸、松露、青头菌、鸡枞、鸡油菌、多汁乳菇及以上食用菌的制品": (
        _and_products("牛肝菌", "松茸", "松露", "青头菌", "鸡枞", "鸡油菌", "多汁乳菇"), []),
    "木耳及其制品、银耳及其制品": (_and_products("木耳", "银耳"), []),
    "豆类": (["豆类"], []),
    "豆类制品(豆浆除外)": (["豆类制品"], ["豆浆"]),
    "豆浆": (["豆浆"], []),
    "新鲜藻类(螺旋藻除外)": (["新鲜藻类"], ["螺旋藻"]),
    "螺旋藻": (["螺旋藻"], []),
    "藻类制品(螺旋藻制品除外)": (["藻类制品"], ["螺旋藻制品"]),
    "螺旋藻制品": (["螺旋藻制品"], []),
    "坚果及籽类(生咖啡豆及烘焙咖啡豆除外)": (["坚果及籽类"], ["生咖啡豆", "烘焙咖啡豆"]),
    "生咖啡豆及烘焙咖啡豆": (["生咖啡豆", "烘焙咖啡豆"], []),
    "肉类(畜禽内脏除外)": (["肉类"], ["畜禽内脏"]),
    "畜禽内脏": (["畜禽内脏"], []),
    "肉制品(畜禽内脏制品除外)": (["肉制品"], ["畜禽内脏制品"]),
    "畜禽内脏制品": (["畜禽内脏制品"], []),
    "鲜、冻水产动物(鱼类、甲壳类、双壳贝类除外)": (
        ["鲜、冻水产动物"], ["鱼类", "甲壳类", "双壳贝类"]),
    "鱼类、甲壳类": (["鱼类", "甲壳类"], []),
    "双壳贝类": (["双壳贝类"], []),
    "水产制品(鱼类制品、海蜇制品除外)": (["水产制品"], ["鱼类制品", "海蜇制品"]),
    "鱼类制品": (["鱼类制品"], []),
    "海蜇制品": (["海蜇制品"], []),
    "乳及乳制品(生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳除外)": (
        ["乳及乳制品"], ["生乳", "巴氏杀菌乳", "灭菌乳", "调制乳", "发酵乳"]),
    "生乳、巴氏杀菌乳、灭菌乳": (["生乳", "巴氏杀菌乳", "灭菌乳"], []),
    "调制乳、发酵乳": (["调制乳", "发酵乳"], []),
    "蛋及蛋制品": (["蛋及蛋制品"], []),
    "油脂及其制品": (["油脂及其制品"], []),
    "调味品(香辛料类除外)": (["调味品"], ["香辛料类"]),
    "香辛料类[花椒、桂皮(肉桂)、多种香辛料混合的香辛料除外]": (
        ["香辛料类"], ["花椒", "桂皮(肉桂)", "多种香辛料混合的香辛料"]),
    "花椒、桂皮(肉桂)、多种香辛料混合的香辛料": (
        ["花椒", "桂皮(肉桂)", "多种香辛料混合的香辛料"], []),
    "食糖及淀粉糖": (["食糖及淀粉糖"], []),
    "食用淀粉": (["食用淀粉"], []),
    "淀粉制品": (["淀粉制品"], []),
    "焙烤食品": (["焙烤食品"], []),
    "饮料类(包装饮用水、含乳饮料、果蔬汁类及其饮料、固体饮料除外)": (
        ["饮料类"], ["包装饮用水", "含乳饮料", "果蔬汁类及其饮料", "固体饮料"]),
    "包装饮用水": (["包装饮用水"], []),
    "含乳饮料": (["含乳饮料"], []),
    "果蔬汁类及其饮料[含浆果及小粒水果的果蔬汁类及其饮料、浓缩果蔬汁(浆)除外]": (
        ["果蔬汁类及其饮料"], ["含浆果及小粒水果的果蔬汁类及其饮料", "浓缩果蔬汁(浆)"]),
    "含浆果及小粒水果的果蔬汁类及其饮料(葡萄汁除外)": (
        ["含浆果及小粒水果的果蔬汁类及其饮料"], ["葡萄汁"]),
    "葡萄汁": (["葡萄汁"], []),
    "浓缩果蔬汁(浆)": (["浓缩果蔬汁(浆)"], []),
    "固体饮料": (["固体饮料"], []),
    "酒类(白酒、黄酒除外)": (["酒类"], ["白酒", "黄酒"]),
    "白酒、黄酒": (["白酒", "黄酒"], []),
    "可可制品、巧克力和巧克力制品以及糖果": (["可可制品、巧克力和巧克力制品以及糖果"], []),
    "冷冻饮品": (["冷冻饮品"], []),
    "婴幼儿配方食品": (["婴幼儿配方食品"], []),
    "婴幼儿辅助食品": (["婴幼儿辅助食品"], []),
    "10岁以上人群的产品": (["10岁以上人群的产品"], []),
    "1岁~10岁人群的产品": (["1岁~10岁人群的产品"], []),
    "辅食营养补充品": (["辅食营养补充品"], []),
    "运动营养食品": (["运动营养食品"], []),  # a heading (表1, 表4)
    "固态、半固态或粉状": (["固态、半固态或粉状"], []),
    "液态": (["液态"], []),
    "孕妇及乳母营养补充食品": (["孕妇及乳母营养补充食品"], []),
    "果冻": (["果冻"], []),
    "膨化食品": (["膨化食品"], []),
    "茶叶": (["茶叶"], []),
    "干菊花": (["干菊花"], []),
    "苦丁茶": (["苦丁茶"], []),
    "蜂蜜": (["蜂蜜"], []),
    "花粉(油菜花粉、松花粉除外)": (["花粉"], ["油菜花粉", "松花粉"]),
    "油菜花粉": (["油菜花粉"], []),
    "松花粉": (["松花粉"], []),
    # 表2 镉
    "谷物(稻谷除外)": (["谷物"], ["稻谷"]),
    "谷物碾磨加工品[糙米、大米(粉)除外]": (["谷物碾磨加工品"], ["糙米", "大米(粉)"]),
    "稻谷、糙米、大米(粉)": (["稻谷", "糙米", "大米(粉)"], []),
    "新鲜蔬菜(叶菜蔬菜、豆类蔬菜、块根和块茎蔬菜、茎类蔬菜、黄花菜除外)": (
        ["新鲜蔬菜"], ["叶菜蔬菜", "豆类蔬菜", "块根和块茎蔬菜", "茎类蔬菜", "黄花菜"]),
    "豆类蔬菜、块根和块茎蔬菜、茎类蔬菜(芹菜除外)": (
        ["豆类蔬菜", "块根和块茎蔬菜", "茎类蔬菜"], ["芹菜"]),
    "芹菜、黄花菜": (["芹菜", "黄花菜"], []),
    "新鲜水果": (["新鲜水果"], []),
    "食用菌及其制品(香菇、羊肚菌、獐头菌、青头菌、鸡油菌、榛蘑、松茸、牛肝菌、鸡枞、多汁乳菇、松露、"
    "姬松茸、木耳、银耳及以上食用菌的制品除外)": (
        ["食用菌及其制品"],
        _and_products("香菇", "羊肚菌", "獐头菌", "青头菌", "鸡油菌", "榛蘑", "松茸", "牛肝菌",
                      "鸡枞", "多汁乳菇", "松露", "姬松茸", "木耳", "银耳")),
    "香菇及其制品": (_and_products("香菇"), []),
    "羊肚菌、獐头菌、青头菌、鸡油菌、榛蘑及以上食用菌的制品": (
        _and_products("羊肚菌", "獐头菌", "青头菌", "鸡油菌", "榛蘑"), []),
    "松茸、牛肝菌、鸡枞、多汁乳菇及以上食用菌的制品": (
        _and_products("松茸", "牛肝菌", "鸡枞", "多汁乳菇"), []),
    "松露、姬松茸及以上食用菌的制品": (_and_products("松露", "姬松茸"), []),
    "花生": (["花生"], []),
    "肉及肉制品(畜禽内脏及其制品除外)": (["肉及肉制品"], _and_products("畜禽内脏")),
    "畜禽肝脏及其制品": (_and_products("畜禽肝脏"), []),
    "畜禽肾脏及其制品": (_and_products("畜禽肾脏"), []),
    "鱼类": (["鱼类"], []),
    "甲壳类(海蟹、虾蛄除外)": (["甲壳类"], ["海蟹", "虾蛄"]),
    "海蟹、虾蛄": (["海蟹", "虾蛄"], []),
    "双壳贝类、腹足类、头足类、棘皮类": (["双壳贝类", "腹足类", "头足类", "棘皮类"], []),
    "鱼类罐头": (["鱼类罐头"], []),
    "其他鱼类制品": (["其他鱼类制品"], []),
    "食用盐": (["食用盐"], []),
    "鱼类调味品": (["鱼类调味品"], []),
    "包装饮用水(饮用天然矿泉水除外)": (["包装饮用水"], ["饮用天然矿泉水"]),
    "饮用天然矿泉水": (["饮用天然矿泉水"], []),
    "婴幼儿谷类辅助食品": (["婴幼儿谷类辅助食品"], []),
    # 表3 汞
    "水产动物及其制品(肉食性鱼类及其制品除外)": (
        ["水产动物及其制品"], _and_products("肉食性鱼类")),
    "肉食性鱼类及其制品(金枪鱼、金目鲷、枪鱼、鲨鱼及以上鱼类的制品除外)": (
        _and_products("肉食性鱼类"), _and_products("金枪鱼", "金目鲷", "枪鱼", "鲨鱼")),
    "金枪鱼及其制品": (_and_products("金枪鱼"), []),
    "金目鲷及其制品": (_and_products("金目鲷"), []),
    "枪鱼及其制品": (_and_products("枪鱼"), []),
    "鲨鱼及其制品": (_and_products("鲨鱼"), []),
    "稻谷、糙米、大米(粉)、玉米、玉米粉、玉米糁(渣)、小麦、小麦粉": (
        ["稻谷", "糙米", "大米(粉)", "玉米", "玉米粉、玉米糁(渣)", "小麦", "小麦粉"], []),
    "新鲜蔬菜": (["新鲜蔬菜"], []),
    "食用菌及其制品(木耳及其制品、银耳及其制品除外)": (
        ["食用菌及其制品"], _and_products("木耳", "银耳")),
    "肉类": (["肉类"], []),
    "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳": (
        ["生乳", "巴氏杀菌乳", "灭菌乳", "调制乳", "发酵乳"], []),
    "鲜蛋": (["鲜蛋"], []),
    "婴幼儿罐装辅助食品": (["婴幼儿罐装辅助食品"], []),
    # 表4 砷
    "稻谷": (["稻谷"], []),
    "糙米": (["糙米"], []),
    "大米(粉)": (["大米(粉)"], []),
    "水产动物及其制品(鱼类及其制品除外)": (["水产动物及其制品"], _and_products("鱼类")),
    "鱼类及其制品": (_and_products("鱼类"), []),
    "食用菌及其制品(松茸及其制品、木耳及其制品、银耳及其制品除外)": (
        ["食用菌及其制品"], _and_products("松茸", "木耳", "银耳")),
    "松茸及其制品": (_and_products("松茸"), []),
    "肉及肉制品": (["肉及肉制品"], []),
    "乳粉和调制乳粉": (["乳粉和调制乳粉"], []),
    "油脂及其制品(鱼油及其制品、磷虾油及其制品除外)": (
        ["油脂及其制品"], _and_products("鱼油", "磷虾油")),
    "鱼油及其制品、磷虾油及其制品": (_and_products("鱼油", "磷虾油"), []),
    "调味品(水产调味品、复合调味料和香辛料类除外)": (
        ["调味品"], ["水产调味品", "复合调味料", "香辛料类"]),
    "水产调味品(鱼类调味品除外)": (["水产调味品"], ["鱼类调味品"]),
    "复合调味料": (["复合调味料"], []),
    "可可制品、巧克力和巧克力制品": (["可可制品、巧克力和巧克力制品"], []),
    "婴幼儿谷类辅助食品(添加藻类的产品除外)": (["婴幼儿谷类辅助食品"], ["添加藻类的产品"]),
    "添加藻类的产品": (["添加藻类的产品"], []),
    "婴幼儿罐装辅助食品(以水产及动物肝脏为原料的产品除外)": (
        ["婴幼儿罐装辅助食品"], ["以水产及动物肝脏为原料的产品"]),
    "以水产及动物肝脏为原料的产品": (["以水产及动物肝脏为原料的产品"], []),
    # 表5 锡
    "食品(饮料类、婴幼儿配方食品、婴幼儿辅助食品除外)": (
        ["*"], ["饮料类", "婴幼儿配方食品", "婴幼儿辅助食品"]),
    "饮料类": (["饮料类"], []),
    "婴幼儿配方食品、婴幼儿辅助食品": (["婴幼儿配方食品", "婴幼儿辅助食品"], []),
    # 表6 镍
    "氢化植物油、含氢化和(或)部分氢化油脂的油脂制品": (
        ["氢化植物油", "含氢化和(或)部分氢化油脂的油脂制品"], []),
    # 表7 铬
    "谷物": (["谷物"], []),
    "谷物碾磨加工品": (["谷物碾磨加工品"], []),
    "水产动物及其制品": (["水产动物及其制品"], []),
    # 表8 亚硝酸盐、硝酸盐
    "生乳": (["生乳"], []),
    "婴儿配方食品、较大婴儿配方食品、幼儿配方食品": (
        ["婴儿配方食品", "较大婴儿配方食品", "幼儿配方食品"], []),
    "特殊医学用途婴儿配方食品": (["特殊医学用途婴儿配方食品"], []),
    "特殊医学用途配方食品(特殊医学用途婴儿配方食品涉及的品种除外)": (
        ["特殊医学用途配方食品"], ["特殊医学用途婴儿配方食品涉及的品种"]),
    "食用燕窝": (["食用燕窝"], []),
    # 表9 苯并[a]芘
    "稻谷、糙米、大米(粉)、小麦、小麦粉、玉米、玉米粉、玉米糁(渣)": (
        ["稻谷", "糙米", "大米(粉)", "小麦", "小麦粉", "玉米", "玉米粉、玉米糁(渣)"], []),
    "熏、烧、烤肉类": (["熏、烧、烤肉类"], []),
    "熏、烤水产品": (["熏、烤水产品"], []),
    "稀奶油、奶油、无水奶油": (["稀奶油、奶油、无水奶油"], []),
    # 表10 N-二甲基亚硝胺
    "肉制品(肉类罐头除外)": (["肉制品"], ["肉类罐头"]),
    "水产制品(水产品罐头除外)": (["水产制品"], ["水产品罐头"]),
    "干制水产品": (["干制水产品"], []),
    # 表11 多氯联苯
    "水产动物油脂": (["水产动物油脂"], []),
    # 表12 3-氯-1,2-丙二醇
    "调味品(固态调味品除外)": (["调味品"], ["固态调味品"]),
    "固态调味品": (["固态调味品"], []),
}  # fmt: skip


def _base(name: str) -> str:
    return re.split(r"[(\[]", name, maxsplit=1)[0]


class Tree:
    """表A.1's nodes and, once ``add_named`` has run, the foods of NAMED."""

    def __init__(self, nodes: Sequence[Node]) -> None:
        self.nodes = list(nodes)
        self.by_code = {n.code: n for n in nodes}
        self.named: dict[str, str] = {}  # name of a NAMED food → its code

    def find(self, ref: str) -> Node:
        """A node of 表A.1 by its full name or its name before the bracket."""
        own = [n for n in self.nodes if n.code not in self.named.values()]
        hits = [n for n in own if ref == n.name] or [n for n in own if ref == _base(n.name)]
        if len(hits) != 1:
            raise KeyError(f"表A.1 has {len(hits)} nodes named {ref!r}")
        return hits[0]

    def code_of(self, ref: str) -> str:
        """The node of a food as the cells name it: a food of NAMED, or a 表A.1 node."""
        ref = SAME_NODE.get(ref, ref)
        return self.named[ref] if ref in self.named else self.find(ref).code

    def within(self, code: str, ancestor: str) -> bool:
        return code == ancestor or code.startswith(ancestor + ".")

    def tops(self) -> list[str]:
        return [n.code for n in self.nodes if not n.parent]


def named_places(tables: Sequence[Table]) -> dict[str, list[tuple[int, int]]]:
    """Each food of NAMED → the (table, PDF page) of the cells naming it (under this name or a
    spelling of SAME_NODE), the first one per table."""
    found: dict[str, list[tuple[int, int]]] = {}
    for table in tables:
        for cell in table.cells:
            node_refs, exclude_refs = CELL_NODES.get(cell.text, ([], []))
            for ref in [SAME_NODE.get(r, r) for r in [*node_refs, *exclude_refs]]:
                places = found.setdefault(ref, []) if ref in NAMED_BY_NAME else []
                if ref in NAMED_BY_NAME and all(t != table.number for t, _p in places):
                    places.append((table.number, cell.page))
    return found


def add_named(tree: Tree, tables: Sequence[Table]) -> Tree:
    """表A.1 and the foods of NAMED, every node in code order (a parent before its children)."""
    places = named_places(tables)
    missing = [food.name for food in NAMED if food.name not in places]
    if missing:
        raise ValueError(f"no cell names {missing}")
    children: dict[str, list[Named]] = {}
    for food in NAMED:
        children.setdefault(food.parent, []).append(food)
    codes: dict[str, str] = {}

    def code(food: Named) -> str:
        if food.name not in codes:
            parent = NAMED_BY_NAME.get(food.parent)
            base = code(parent) if parent else tree.find(food.parent).code
            codes[food.name] = f"{base}.{51 + children[food.parent].index(food):02d}"
        return codes[food.name]

    added = []
    for food in NAMED:
        tables_ = "、".join(f"表{t}" for t, _p in places[food.name])
        note = f"named in {STANDARD} {tables_} (not a node of 表A.1)"
        if food.note:
            note += f"; {food.note}"
        if food.also:
            note += f"; also one of the {'、'.join(food.also)}: a row naming them lists it too"
        source = f"{STANDARD} " + "; ".join(f"表{t}, PDF p.{p}" for t, p in places[food.name])
        parent = NAMED_BY_NAME.get(food.parent)
        added.append(Node(code(food), food.name, codes[parent.name] if parent else
                          tree.find(food.parent).code, [], note, places[food.name][0][1],
                          code(food).count("."), source=source))  # fmt: skip
    out = Tree(sorted([*tree.nodes, *added], key=lambda n: n.code))
    out.named = dict(codes)
    return out


@dataclass
class Mapped:
    nodes: list[str]
    excludes: list[str]
    added: list[str]  # "粥类罐头 A04.03.04.51": the nodes of NAMED among them


def map_cell(tree: Tree, category: str) -> Mapped:
    """The nodes of the foods a cell lists, and those of the foods its bracket excludes. A food
    of NAMED with ``also`` is listed with the foods it also belongs to, unless the row excludes
    it."""
    node_refs, exclude_refs = CELL_NODES[category]

    def also(ref: str) -> list[str]:
        return [tree.named[f.name] for f in NAMED if ref in f.also]

    if node_refs == ["*"]:  # 食品: every top-level node; the bracket takes some of them out
        nodes = tree.tops()
        excluded = [tree.code_of(ref) for ref in exclude_refs]
    else:
        excluded = [c for ref in exclude_refs for c in [tree.code_of(ref), *also(ref)]]
        nodes = [tree.code_of(ref) for ref in node_refs]
        nodes += [c for ref in node_refs for c in also(ref) if c not in excluded]
        for code in excluded:
            if any(tree.within(n, code) for n in nodes):
                raise ValueError(f"{category}: excluding {code} would drop the row")
    nodes, excluded = list(dict.fromkeys(nodes)), list(dict.fromkeys(excluded))
    named = set(tree.named.values())
    added = [f"{tree.by_code[c].name} {c}" for c in dict.fromkeys([*nodes, *excluded])
             if c in named]  # fmt: skip
    return Mapped(nodes, excluded, added)


# --- the rows ---------------------------------------------------------------------------------

_RICE_NOTE = "稻谷以糙米计。"
_METHOD = re.compile(r"(?:([^,:按]+)按)?GB\s*(\d+(?:\.\d+)?)")


def methods_of(text: str) -> list[tuple[str, str]]:
    """(scope, method) pairs of a 4.x.2 clause; scope "" or "其他食品" is the default."""
    return [(scope or "", f"GB {number}") for scope, number in _METHOD.findall(text)]


def _basis(paren: str) -> str:
    if paren in ("干重计", "以干重计"):
        return "以干重计"
    if paren in ("去除内脏", "以固态产品计"):
        return paren
    return ""


def _chemical(paren: str) -> bool:
    return paren.startswith("以") and paren.endswith("计") and bool(re.search(r"[A-Za-z]", paren))


def _ancestors(cell: Cell) -> list[Cell]:
    chain = []
    parent = cell.parent
    while parent is not None:
        chain.append(parent)
        parent = parent.parent
    return chain


def limit_rows(
    tables: Sequence[Table], tree: Tree, known_methods: set[str]
) -> list[dict[str, str]]:
    rice = tree.find("稻谷").code
    rows = []
    for table in tables:
        scoped = methods_of(table.method_text)
        for cell in table.cells:
            for k, words in sorted(cell.values.items()):
                value = value_of(words)
                if value is None:
                    continue
                rows.append(_row(table, cell, table.items[k], value, tree, rice, scoped,
                                 known_methods))  # fmt: skip
    return rows


def _row(
    table: Table, cell: Cell, item: Item, value: Value, tree: Tree, rice: str,
    scoped: list[tuple[str, str]], known_methods: set[str],
) -> dict[str, str]:  # fmt: skip
    mapped = map_cell(tree, cell.text)
    letters = [*table.markers, *item.markers, *value.markers, *cell.markers]
    for parent in _ancestors(cell):
        letters += parent.markers
    letters = sorted(set(letters))
    notes = [f"{letter} {table.footnotes[letter]}" for letter in letters]
    basis, basis_nodes = _basis(value.paren), []
    if any(table.footnotes[letter] == _RICE_NOTE for letter in letters):
        covered = any(tree.within(rice, n) for n in mapped.nodes)
        excluded = any(tree.within(rice, n) for n in mapped.excludes)
        if covered and not excluded:
            if basis:
                raise ValueError(f"two bases for {cell.text}")
            basis = "以糙米计"
            basis_nodes = [] if mapped.nodes == [rice] else [rice]
    name = item.name
    expressed = value.paren if _chemical(value.paren) else item.expressed
    if expressed:
        name = f"{name}({expressed})"
    method = _method_for(mapped.nodes, scoped, tree)
    clause_2 = table.clause[:-1] + "2"
    source = [f"{STANDARD} official text, 表{table.number}, PDF p.{cell.page} ({ORIGIN})"]
    chain = [c.text for c in reversed(_ancestors(cell))]
    if chain:
        source.append("under " + " › ".join(chain))
    if method in known_methods:
        source.append(f"method clause {clause_2}")
    else:
        source.append(
            f"method clause {clause_2} names {method}, left out of the method column because "
            "standards.csv has no edition of it"
        )
    if mapped.added:
        source.append("nodes for foods 表A.1 does not have: " + ", ".join(mapped.added))
    return {
        "category": cell.text, "item": name, "comparator": "≤", "value": value.number,
        "unit": value.unit or table.unit, "basis": basis, "standard": STANDARD,
        "table": f"表{table.number}", "clause": table.clause,
        "method": method if method in known_methods else "",
        "nodes": ";".join(mapped.nodes), "excludes": ";".join(mapped.excludes),
        "basis_nodes": ";".join(basis_nodes), "footnotes": " / ".join(notes),
        "verification": "V", "source": "; ".join(source),
    }  # fmt: skip


def _method_for(nodes: list[str], scoped: list[tuple[str, str]], tree: Tree) -> str:
    default = next(m for scope, m in scoped if scope in ("", "其他食品"))
    for scope, method in scoped:
        if scope in ("", "其他食品"):
            continue
        code = tree.find(scope).code
        if nodes and all(tree.within(n, code) for n in nodes):
            return method
    return default


def tree_rows(tree: Tree) -> list[dict[str, str]]:
    return [
        {"tree": TREE, "code": n.code, "name": n.name, "parent": n.parent,
         "excludes": ";".join(n.excludes), "note": n.note,
         "source": n.source or f"{STANDARD} 附录A 表A.1, PDF p.{n.page}"}
        for n in tree.nodes
    ]  # fmt: skip


# --- files ------------------------------------------------------------------------------------


def _csv(rows: Sequence[dict[str, str]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def known_methods(src: Path) -> set[str]:
    with (src / "standards.csv").open(encoding="utf-8", newline="") as handle:
        return {row["number"].split("—")[0] for row in csv.DictReader(handle)}


def other_limits(src: Path) -> list[dict[str, str]]:
    """The rows of limits.csv that are not GB 2762—2025, with the new columns as they are."""
    with (src / "limits.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["standard"] != STANDARD]
    return [{column: row.get(column) or "" for column in LIMIT_COLUMNS} for row in rows]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdf", type=Path, help="the official GB 2762—2025 PDF")
    parser.add_argument(
        "--src",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "resources" / "packs" / "src",
    )
    parser.add_argument("--dump", action="store_true", help="print the rows, write nothing")
    args = parser.parse_args(argv)
    words = read_tsv(pdf_to_tsv(args.pdf))
    tables = parse_tables(words)
    tree = add_named(Tree(parse_tree(words)), tables)
    rows = limit_rows(tables, tree, known_methods(args.src))
    if args.dump:
        keys = ("table", "category", "item", "value", "unit", "basis", "nodes", "excludes",
                "basis_nodes")  # fmt: skip
        for row in rows:
            print(" | ".join(row[key] for key in keys))
        for code in tree.named.values():
            node = tree.by_code[code]
            print(f"added: {code} {node.name} < {node.parent} | {node.source}")
        print(f"{len(tree.nodes)} nodes, {len(rows)} rows", file=sys.stderr)
        return 0
    (args.src / "food_categories.gb2762.csv").write_text(
        _csv(tree_rows(tree), TREE_COLUMNS), encoding="utf-8"
    )
    (args.src / "limits.csv").write_text(
        _csv([*rows, *other_limits(args.src)], LIMIT_COLUMNS), encoding="utf-8"
    )
    print(f"{len(tree.nodes)} nodes, {len(rows)} {STANDARD} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
