"""GB 2762—2025 in the data pack, re-read from the official text.

``tests/data/official/`` holds the official PDF and ``GB_2762-2025.tsv``, its ``pdftotext -tsv``
extraction (one word per row, with page and box). This test has its own small parser over that
extraction and does not read the pack's generator.

How the official value cells are counted. A limit table runs from its title line "表N 食品中…限量
指标" (and "(续)" on the next pages) to its footnotes ("a …", "注: …") or the method clause
"4.x.2". Words are grouped into lines by their vertical centres. On a body line, the first word
right of x=300 that starts with a digit or "—" begins the value part; the words left of it are
the food-category cell (a cell whose brackets are still open goes on over the next line, and a
value printed between two such lines belongs to that cell). The value part is split into one cell
per item column: one column, or two in 表3 (总汞, 甲基汞), 表4 (总砷, 无机砷) and 表8 (亚硝酸盐,
硝酸盐), split halfway between the two column headings. A value cell counts when it holds a
number; "—" (无相应限量要求) does not, nor does a category line without any value (a group
heading such as 蔬菜及其制品). So the number of GB 2762—2025 rows in limits.csv must equal the
number of (table, category cell, item column) cells that hold a limit.

表A.1 is counted the same way: one node per entry of its right-hand column (a wrapped entry, like
牛肝菌[…], is one node) plus one per food group of its left-hand column (a group that goes on
over a page break and is printed again there is one node).

The tree also holds the foods the limit tables name that 表A.1 has no node for (粥类罐头, 生姜,
白酒, 畜禽内脏制品 …), each under the node that holds it, so that every row names exactly the
nodes of its foods. Each such name is read in the category cells of the official tables (headings
included): as printed, or for "X制品" as "X及其制品" or "X…及以上…的制品".
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from jxdeclare.catalog.build import read_sources, read_table
from jxdeclare.catalog.foods import FoodTree, applicable_limits

ROOT = Path(__file__).resolve().parents[2]
OFFICIAL = ROOT / "tests" / "data" / "official"
SRC = ROOT / "resources" / "packs" / "src"
STANDARD = "GB 2762—2025"
TWO_COLUMN_ITEMS = {"总汞", "甲基汞", "总砷", "无机砷", "亚硝酸盐", "硝酸盐"}


@dataclass(frozen=True)
class W:
    page: int
    x: float
    y: float  # vertical centre
    w: float
    h: float
    text: str

    @property
    def note_mark(self) -> bool:  # a superscript footnote letter
        return self.text in ("a", "b", "c", "d", "e") and self.w < 6 and self.h < 12


def _words() -> list[W]:
    words = []
    with (OFFICIAL / "GB_2762-2025.tsv").open(encoding="utf-8") as handle:
        for row in list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]:
            if row[0] == "5":
                left, top, width, height = (float(v) for v in row[6:10])
                words.append(W(int(row[1]), left, top + height / 2, width, height, row[11]))
    return words


WORDS = _words()


def _lines(words: list[W]) -> list[list[W]]:
    out: list[list[W]] = []
    for word in sorted(words, key=lambda w: (w.y, w.x)):
        if out and word.y - out[-1][-1].y <= 4:
            out[-1].append(word)
        else:
            out.append([word])
    return [sorted(line, key=lambda w: w.x) for line in out]


def _text(words: list[W]) -> str:
    return "".join(w.text for w in words if not w.note_mark)


def _open(text: str) -> bool:
    return text.count("(") + text.count("[") > text.count(")") + text.count("]")


def _mean(line: list[W]) -> float:
    return sum(w.y for w in line) / len(line)


# --- the limit tables ---------------------------------------------------------------------------


@dataclass
class OfficialCell:
    table: str
    page: int
    category: str
    ys: list[float]
    values: dict[int, list[W]] = field(default_factory=dict)


def _official_cells() -> list[tuple[str, str, str, str, str]]:
    """(table, category, item, value, unit) of every value cell of 表1–表12."""
    cells: list[OfficialCell] = []
    items: dict[str, list[tuple[str, float, str]]] = {}  # table → [(item, x, 以…计)]
    units: dict[str, str] = {}
    table, mode = "", ""
    for page in sorted({w.page for w in WORDS}):
        loose: list[list[W]] = []
        for line in _lines([w for w in WORDS if w.page == page and 90 < w.y < 775]):
            text = _text(line)
            title = re.match(r"表(\d+)食品中(.+)限量指标", text)
            if title:
                table, mode = f"表{title[1]}", "head"
                cols = items.setdefault(table, [])
                if not any(name in TWO_COLUMN_ITEMS for name, _x, _e in cols):
                    cols[:] = [(title[2], 0.0, "")]
                continue
            clause = line[0].x < 80 and re.match(r"4\.\d", text)
            if clause or line[0].note_mark or text.startswith("注:"):
                mode = ""
                continue
            if not mode:
                continue
            if mode == "head" and line[0].x > 150:
                _read_head(line, items[table], units, table)
                continue
            mode = "body"
            cut = next(
                (i for i, w in enumerate(line) if w.x > 300 and re.match(r"[\d—]", w.text)),
                len(line),
            )
            if cut == 0:
                loose.append(line)
                continue
            last = cells[-1] if cells else None
            if last and last.page == page and _open(last.category):
                last.category += _text(line[:cut])
                last.ys.append(_mean(line[:cut]))
                cell = last
            else:
                cell = OfficialCell(table, page, _text(line[:cut]), [_mean(line[:cut])])
                cells.append(cell)
            _split(cell, line[cut:], items[table])
        for line in loose:
            here = [c for c in cells if c.page == page]
            owner = min(here, key=lambda c: min(abs(_mean(line) - y) for y in c.ys))
            _split(owner, line, items[owner.table])
    found = []
    for cell in cells:
        CATEGORY_TEXTS.setdefault(cell.table, []).append(cell.category)
        for k, words in sorted(cell.values.items()):
            value = _text(words)
            if value == "—":
                continue
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(mg/L)?(?:\(([^()]*)\))?", value)
            assert m, f"{cell.table} {cell.category}: unreadable value {value!r}"
            name, _x, expressed = items[cell.table][k]
            if m[3] and re.search(r"[A-Za-z]", m[3]):  # 以NO2-计: the cell's own 以…计
                expressed = m[3]
            item = f"{name}({expressed})" if expressed else name
            found.append((cell.table, cell.category, item, m[1], m[2] or units[cell.table]))
            PARENS[found[-1]] = m[3] or ""
    return found


def _read_head(
    line: list[W], cols: list[tuple[str, float, str]], units: dict[str, str], table: str
) -> None:
    for word in line:
        if word.text in ("mg/kg", "μg/kg"):
            units[table] = word.text
    heads = [(w.text, w.x + w.w / 2) for w in line if w.text in TWO_COLUMN_ITEMS]
    if heads:  # the column headings, again on each page at the page's own x
        cols[:] = [(name, x, "") for name, x in heads]
    if line[0].text == "(" and len(cols) == 2:  # (以 NaNO2 计) under each heading
        middle = (cols[0][1] + cols[1][1]) / 2
        for k in (0, 1):
            part = [w for w in line if (w.x < middle) == (k == 0)]
            cols[k] = (cols[k][0], cols[k][1], _text(part).strip("()"))


def _split(cell: OfficialCell, words: list[W], cols: list[tuple[str, float, str]]) -> None:
    middle = (cols[0][1] + cols[1][1]) / 2 if len(cols) == 2 else 0.0
    for word in words:
        k = 1 if len(cols) == 2 and word.x >= middle else 0
        cell.values.setdefault(k, []).append(word)


PARENS: dict[tuple[str, ...], str] = {}  # the bracket printed after a value: (干重计) …
CATEGORY_TEXTS: dict[str, list[str]] = {}  # table → every category cell, headings included
OFFICIAL_CELLS = _official_cells()


# --- 表A.1 ------------------------------------------------------------------------------------


def _latin_free(text: str) -> str:
    return re.sub(r"[A-Za-z](?:[A-Za-z.,&']|\([^()]*\))*", "", text)


def _appendix() -> tuple[list[tuple[int, int, str, float]], list[tuple[int, str, float]]]:
    """Right-hand entries (page, level, name, y) and left-hand group labels (page, name, y)."""
    entries: list[tuple[int, int, str, float]] = []
    labels: list[tuple[int, str, float]] = []
    for page in sorted({w.page for w in WORDS}):
        lines = _lines([w for w in WORDS if w.page == page and 90 < w.y < 775])
        heads = [i for i, ln in enumerate(lines) if _text(ln).startswith("表A.1食品类别(名称)说明")]
        if not heads:
            continue
        below = _mean(lines[heads[0]]) + 5
        body = [w for ln in lines for w in ln if w.y > below]
        indent = 122.0 if page % 2 else 114.0
        for line in _lines([w for w in body if w.x >= 110]):
            text = _text(line)
            if entries and entries[-1][0] == page and _open(entries[-1][2]):
                p, level, before, y = entries[-1]
                entries[-1] = (p, level, before + text, y)
            else:
                entries.append((page, round((line[0].x - indent) / 18) + 1, text, _mean(line)))
        block: list[list[W]] = []
        for line in [*_lines([w for w in body if w.x < 110]), None]:
            if line is not None and block and _mean(line) - _mean(block[-1]) < 20:
                block.append(line)
                continue
            if block:
                y = (_mean(block[0]) + _mean(block[-1])) / 2
                labels.append((page, "".join(_text(ln) for ln in block), y))
            block = [line] if line is not None else []
    return [(p, lv, _latin_free(t), y) for p, lv, t, y in entries], labels


ENTRIES, LABELS = _appendix()


def _groups() -> list[str]:
    names: list[str] = []
    for i, (page, name, _y) in enumerate(LABELS):
        continued = i > 0 and LABELS[i - 1][0] == page - 1 and names[-1] == name
        first_on_page = not any(p == page for p, _n, _y in LABELS[:i])
        if not (continued and first_on_page):
            names.append(name)
    return names


# --- the CSVs -----------------------------------------------------------------------------------


def _csv(name: str) -> list[dict[str, str]]:
    with (SRC / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


LIMITS = [row for row in _csv("limits.csv") if row["standard"] == STANDARD]
TREE = _csv("food_categories.gb2762.csv")
CODES = {row["code"]: row for row in TREE}
A1 = [row for row in TREE if row["source"].startswith("GB 2762—2025 附录A 表A.1")]
ADDED = [row for row in TREE if row not in A1]  # foods the limit tables name, 表A.1 does not


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _code_of(name: str) -> str:
    hits = [row["code"] for row in TREE if row["name"] == name]
    assert len(hits) == 1, name
    return hits[0]


def _within(code: str, other: str) -> bool:
    return code == other or code.startswith(other + ".")


def _covering(code: str, table: str, item: str) -> list[dict[str, str]]:
    """The rows of a table and item whose nodes hold the node and whose excludes do not."""
    return [
        row
        for row in LIMITS
        if row["table"] == table
        and row["item"] == item
        and any(_within(code, n) for n in _codes(row["nodes"]))
        and not any(_within(code, n) for n in _codes(row["excludes"]))
    ]


# --- tests --------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_committed_extraction_is_the_pdfs_text() -> None:
    pdf = OFFICIAL / "GB_2762-2025.pdf"
    done = subprocess.run(
        ["pdftotext", "-tsv", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    assert done.stdout == (OFFICIAL / "GB_2762-2025.tsv").read_text(encoding="utf-8")


def test_the_parser_reads_all_twelve_tables() -> None:
    assert sorted({t for t, *_ in OFFICIAL_CELLS}, key=lambda t: int(t[1:])) == [
        f"表{n}" for n in range(1, 13)
    ]
    assert ("表1", "茶叶", "铅", "5.0", "mg/kg") in OFFICIAL_CELLS
    assert ("表8", "饮用天然矿泉水", "硝酸盐(以NO3-计)", "45", "mg/L") in OFFICIAL_CELLS


def test_one_row_per_official_value_cell() -> None:
    assert len(LIMITS) == len(OFFICIAL_CELLS) == 201
    rows = Counter((r["table"], r["category"], r["item"], r["value"], r["unit"]) for r in LIMITS)
    assert rows == Counter(OFFICIAL_CELLS)


def test_the_basis_printed_in_a_cell_is_the_rows_basis() -> None:
    bases = {"干重计": "以干重计", "去除内脏": "去除内脏", "以固态产品计": "以固态产品计"}
    for row in LIMITS:
        paren = PARENS[(row["table"], row["category"], row["item"], row["value"], row["unit"])]
        if paren in bases:
            assert (row["basis"], row["basis_nodes"]) == (bases[paren], ""), row["category"]
        else:
            assert row["basis"] in ("", "以糙米计"), row["category"]
            if row["basis"]:  # 稻谷以糙米计: for the 稻谷 node, or the whole row when it is 稻谷
                paddy = [_code_of("稻谷")]
                assert _codes(row["basis_nodes"]) == (
                    [] if _codes(row["nodes"]) == paddy else paddy
                )
    rice = [r["category"] for r in LIMITS if r["basis"] == "以糙米计"]
    assert all("稻谷" in c or c == "谷物" or c.startswith("谷物及其制品") for c in rice)
    assert len(rice) == 6  # 表1, 表2, 表3, 表4, 表7 and 表9


def test_every_row_is_sourced_verified_and_a_maximum() -> None:
    numbers = {row["number"].split("—")[0] for row in _csv("standards.csv")}
    for row in LIMITS:
        assert row["source"].strip() and "PDF p." in row["source"]
        assert row["verification"] == "V" and row["comparator"] == "≤"
        assert row["clause"] == f"4.{row['table'][1:]}.1"
        assert not row["method"] or row["method"] in numbers


def test_every_node_code_is_in_the_tree() -> None:
    for row in _csv("limits.csv"):
        for column in ("nodes", "excludes", "basis_nodes"):
            for code in _codes(row.get(column) or ""):
                assert code in CODES, (row["category"], column, code)
        assert set(_codes(row.get("basis_nodes") or "")) <= {
            c for c in CODES if any(_within(c, n) for n in _codes(row.get("nodes") or ""))
        }


def test_the_tree_has_every_node_of_table_a1() -> None:
    groups = _groups()
    assert len(A1) == len(ENTRIES) + len(groups) == 254
    assert [row["name"] for row in A1 if not row["parent"]] == groups
    children = [row for row in A1 if row["parent"]]
    assert [row["name"] for row in children] == [name for _p, _lv, name, _y in ENTRIES]
    for row, (_page, level, _name, _y) in zip(children, ENTRIES, strict=True):
        assert row["code"].count(".") == level and row["parent"] == row["code"].rsplit(".", 1)[0]
    for row in TREE:
        assert row["tree"] == "gb2762"


_ITEM = r"(?:^|(?<=[、(\[及]))"  # a food of a cell starts it or follows 、 ( [ 及


def _names_in(name: str, text: str) -> bool:
    """A cell names the food: as printed, or "X制品" as "X及其制品" / "X…及以上…的制品"."""
    food = re.escape(name.removesuffix("制品"))
    if re.search(_ITEM + re.escape(name), text):
        return True
    return name.endswith("制品") and bool(
        re.search(_ITEM + food + "及其制品", text)
        or (re.search(_ITEM + food + "[、及]", text) and re.search(r"及以上.+的制品", text))
    )


def test_the_tree_adds_the_foods_the_limit_tables_name() -> None:
    assert len(TREE) == 254 + 73 and len(ADDED) == 73
    a1_codes = {row["code"] for row in A1}
    added_codes = {row["code"] for row in ADDED}
    assert len({row["name"] for row in TREE}) == len(TREE)  # every name names one node
    for row in ADDED:
        parent, _dot, number = row["code"].rpartition(".")
        assert parent == row["parent"] and row["parent"] in a1_codes | added_codes, row["name"]
        assert len(number) == 2 and int(number) >= 51, row["code"]
        assert row["name"] not in {a["name"] for a in A1}
        note = re.match(r"named in GB 2762—2025 ((?:表\d+、)*表\d+) \(not a node of 表A\.1\)",
                        row["note"])  # fmt: skip
        assert note, row["name"]
        tables = note[1].split("、")
        naming = [t for t, texts in CATEGORY_TEXTS.items()
                  if any(_names_in(row["name"], text) for text in texts)]  # fmt: skip
        if row["name"] == "鱼类制品":  # 表2 names it 其他鱼类制品 (the 鱼类制品 but 鱼类罐头)
            naming.append("表2")
        assert sorted(naming, key=lambda t: int(t[1:])) == tables, row["name"]
        pages = re.findall(r"(表\d+), PDF p\.(\d+)", row["source"])
        assert [t for t, _p in pages] == tables, row["name"]
        assert row["source"] == "GB 2762—2025 " + "; ".join(f"{t}, PDF p.{p}" for t, p in pages)


def test_every_row_names_exactly_its_foods() -> None:
    """No row names a node wider than its food, so no bracket has to be left out."""
    for row in LIMITS:
        nodes, excludes = _codes(row["nodes"]), _codes(row["excludes"])
        assert bool(excludes) == ("除外" in row["category"]), row["category"]
        if row["category"].startswith("食品("):  # 表5: every top-level node, some taken out
            assert nodes == [r["code"] for r in A1 if not r["parent"]]
            continue
        for code in excludes:
            assert not any(_within(n, code) for n in nodes), (row["category"], code)
        assert "approximate" not in row["source"] and "left out of excludes" not in row["source"]
    rows = {(r["table"], r["category"]): r for r in LIMITS}
    assert _codes(rows["表1", "肉制品(畜禽内脏制品除外)"]["excludes"]) == [_code_of("畜禽内脏制品")]
    assert _codes(rows["表1", "畜禽内脏制品"]["nodes"]) == [_code_of("畜禽内脏制品")]
    offal = ["A08.01.02", _code_of("畜禽内脏制品")]  # 畜禽内脏 and its products
    assert _codes(rows["表2", "肉及肉制品(畜禽内脏及其制品除外)"]["excludes"]) == offal
    assert _codes(rows["表1", "白酒、黄酒"]["nodes"]) == [_code_of("白酒"), _code_of("黄酒")]
    assert CODES[_code_of("白酒")]["parent"] == "A15.01"  # 蒸馏酒


def test_each_group_label_is_centred_on_its_entries() -> None:
    """The left column's label sits in the middle of its group's rows, page by page."""
    children = [row for row in A1 if row["parent"]]
    for page, name, y in LABELS:
        top = next(row["code"] for row in A1 if not row["parent"] and row["name"] == name)
        ys = [
            e_y
            for row, (e_page, _lv, _n, e_y) in zip(children, ENTRIES, strict=True)
            if e_page == page and _within(row["code"], top)
        ]
        assert ys and abs((min(ys) + max(ys)) / 2 - y) < 6, (page, name)


def test_the_tree_schema_and_the_pack_sources_validate() -> None:
    tables = read_sources(SRC)
    assert len([r for r in tables["food_categories"] if r["tree"] == "gb2762"]) == len(TREE)
    assert len([r for r in tables["limits"] if r["standard"] == STANDARD]) == len(LIMITS)


def test_cereals_lead_is_on_brown_rice_only_for_paddy() -> None:
    rice, paddy = _code_of("大米(粉)"), _code_of("稻谷")
    row = next(
        r
        for r in LIMITS
        if r["category"] == "谷物及其制品[麦片、面筋、粥类罐头、带馅(料)面米制品除外]"
        and r["item"] == "铅"
    )
    assert (row["value"], row["unit"], row["basis"]) == ("0.2", "mg/kg", "以糙米计")
    assert _codes(row["basis_nodes"]) == [paddy] and rice not in _codes(row["basis_nodes"])
    assert CODES[paddy]["parent"] == _code_of("谷物")
    assert row["method"] == "GB 5009.12" and "稻谷以糙米计" in row["footnotes"]


def test_rice_has_its_rows_in_each_table() -> None:
    rice = _code_of("大米(粉)")
    expected = {
        ("表1", "铅"): "0.2", ("表2", "镉"): "0.2", ("表3", "总汞"): "0.02",
        ("表4", "无机砷"): "0.2", ("表7", "铬"): "1.0",
    }  # fmt: skip
    for (table, item), value in expected.items():
        rows = _covering(rice, table, item)
        assert [r["value"] for r in rows] == [value], (table, item)
        assert rice not in _codes(rows[0]["basis_nodes"])
    assert _covering(rice, "表4", "总砷") == []  # 谷物碾磨加工品[糙米、大米(粉)除外]


def test_rice_noodles_take_the_cereal_lead_row_and_no_cadmium_row() -> None:
    noodles = _code_of("大米制品(例如米粉、米线等)")
    [lead] = _covering(noodles, "表1", "铅")
    assert lead["category"].startswith("谷物及其制品[") and lead["value"] == "0.2"
    assert _covering(noodles, "表2", "镉") == [] and _covering(noodles, "表4", "无机砷") == []


def test_tea_and_infant_formula_facts() -> None:
    [tea] = _covering(_code_of("茶叶"), "表1", "铅")
    assert (tea["category"], tea["value"]) == ("茶叶", "5.0")
    formula = [r for r in LIMITS if r["category"] == "婴儿配方食品、较大婴儿配方食品、幼儿配方食品"]
    assert {(r["item"], r["value"], r["basis"]) for r in formula} == {
        ("亚硝酸盐(以NaNO2计)", "2.0", "以固态产品计"),
        ("硝酸盐(以NaNO3计)", "100", "以固态产品计"),
    }
    assert all(
        "仅适用于乳基产品" in r["footnotes"] or "不适用于" in r["footnotes"] for r in formula
    )


# --- what the checker finds for a node (GB 2762—2025 3.3, jxdeclare.catalog.foods.limits) --------

FOODS = FoodTree("gb2762", read_table(SRC / "food_categories.gb2762.csv", "food_categories"))
ROWS = [r for r in read_table(SRC / "limits.csv", "limits") if r["standard"] == STANDARD]


def _found(code: str) -> dict[tuple[str, str], dict]:
    """(table, item) → the row that holds for the node."""
    assert FOODS.get(code) is not None, code
    return {(r["table"], r["item"]): r for r in applicable_limits(FOODS, code, ROWS)}


def _value(code: str, table: str, item: str) -> tuple[float, str]:
    row = _found(code)[table, item]
    return row["value"], row["category"]


def test_cured_meat_takes_the_meat_product_rows_not_the_offal_ones() -> None:
    cured = "A08.02.01.02"  # 腊肉 … in the products table
    assert FOODS.get(cured).name.startswith("腌腊肉制品类(例如:咸肉、腊肉")
    assert _value(cured, "表1", "铅") == (0.3, "肉制品(畜禽内脏制品除外)")
    assert _value(cured, "表2", "镉") == (0.1, "肉及肉制品(畜禽内脏及其制品除外)")


def test_offal_products_take_their_own_rows() -> None:
    offal, liver = _code_of("畜禽内脏制品"), _code_of("畜禽肝脏制品")
    assert FOODS.lineage(liver)[:3] == [liver, offal, "A08.02"]
    assert _value(offal, "表1", "铅") == (0.5, "畜禽内脏制品")
    assert ("表2", "镉") not in _found(offal)  # 表2 has 镉 only for liver and kidney products
    assert _value(liver, "表1", "铅") == (0.5, "畜禽内脏制品")
    assert _value(liver, "表2", "镉") == (0.5, "畜禽肝脏及其制品")
    assert _value(_code_of("畜禽肾脏制品"), "表2", "镉") == (1.0, "畜禽肾脏及其制品")


def test_rice_noodles_and_rice_through_the_checker() -> None:
    noodles = _found("A04.03.01")  # 大米制品(例如米粉、米线等)
    assert noodles["表1", "铅"]["value"] == 0.2 and noodles["表1", "铅"].get("basis", "") == ""
    assert noodles["表1", "铅"]["category"].startswith("谷物及其制品[")
    rice = _found(_code_of("大米(粉)"))
    expected = {("表1", "铅"): 0.2, ("表2", "镉"): 0.2, ("表3", "总汞"): 0.02,
                ("表4", "无机砷"): 0.2, ("表7", "铬"): 1.0}  # fmt: skip
    for key, value in expected.items():
        assert rice[key]["value"] == value and rice[key].get("basis", "") == "", key


def test_ginger_and_other_roots_take_their_own_lead_rows() -> None:
    assert _value(_code_of("生姜"), "表1", "铅") == (0.2, "芸薹类蔬菜、豆类蔬菜、生姜、薯类")
    assert _value(_code_of("薯类"), "表1", "铅")[0] == 0.2
    roots = "A02.01.04"  # 块根和块茎蔬菜: a carrot is neither 生姜 nor 薯类
    assert _value(roots, "表1", "铅")[0] == 0.1
    assert _value(_code_of("生姜"), "表2", "镉")[0] == 0.1  # 块根和块茎蔬菜 in 表2


def test_canned_congee_and_other_named_foods() -> None:
    congee = _code_of("粥类罐头")  # 八宝粥 …
    assert _value(congee, "表1", "铅") == (0.5, "麦片、面筋、粥类罐头、带馅(料)面米制品")
    assert _value("A04.03.04", "表1", "铅")[0] == 0.2  # 其他谷物制品 that is neither
    assert _value(_code_of("白酒"), "表1", "铅") == (0.5, "白酒、黄酒")
    assert _value("A15.01", "表1", "铅") == (0.2, "酒类(白酒、黄酒除外)")  # 白兰地 …
    assert _value(_code_of("液态"), "表1", "铅")[0] == 0.05  # 运动营养食品, liquid
    assert _value(_code_of("固态、半固态或粉状"), "表1", "铅")[0] == 0.5
    assert _value("A07.01", "表1", "铅")[0] == 0.2  # raw nuts: only the coffee beans are out
    assert _value(_code_of("生咖啡豆"), "表1", "铅")[0] == 0.5


def test_fish_cans_are_fish_products_and_aquatic_cans() -> None:
    cans = _found(_code_of("鱼类罐头"))
    assert CODES[_code_of("鱼类罐头")]["parent"] == "A09.02.01"  # 水产品罐头
    assert (cans["表1", "铅"]["category"], cans["表2", "镉"]["value"]) == ("鱼类制品", 0.2)
    assert cans["表4", "无机砷"]["category"] == "鱼类及其制品"
    assert ("表10", "N-二甲基亚硝胺") not in cans  # 水产制品(水产品罐头除外)
    tuna = _found(_code_of("金枪鱼制品"))
    assert (tuna["表3", "甲基汞"]["value"], tuna["表2", "镉"]["category"]) == (1.2, "其他鱼类制品")
