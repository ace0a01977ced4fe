"""Extract GB 2760—2024 (食品添加剂使用标准) from its official PDF into the data-pack CSVs.

Usage::

    python tools/packs/gb2760_extract.py GB_2760-2024.pdf [--src DIR]
        [--check-a1 tableA1_rows.json] [--check-e1 tableE1.json] [--check-a2 reference_tables.json]

The PDF's text layer is read with ``pdftotext -tsv`` (poppler-utils): one word per row with its
page and box. Rows are rebuilt from the coordinates, because the ``-layout`` text breaks codes and
numbers across lines ("0.\\n3") and prints the cell text of a tall row above and below its code.
Two files of ``--src`` (default: the folder above this script) are written:

* ``food_categories.gb2760.csv``: the 369 nodes of 表E.1 食品分类系统 (PDF pp.244–254);
* ``additives.csv``: every row of 表A.1 (PDF pp.8–148) and of 表A.2 (pp.149–150).

How a cell is found: the code line of a row is the line with a food-category code (or "—") in
the first column; the other lines of a column are split into one contiguous run per row, each run
centred on its row's code line (the table centres its cells vertically) and never reaching past
another row's code line. Hand fixes are the ``FIX_…`` tables below; each is listed in NOTES.md.
The ``--check-…`` options compare the result with a separately made extraction of the same PDF
and print every difference, for a person to settle against the page.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STANDARD = "GB 2760—2024"
TREE = "gb2760"
ORIGIN = "shared data upstream gb2760-2024"
A1_PAGES = (8, 148)
A2_PAGES = (149, 150)
E1_PAGES = (244, 254)
ADDITIVE_COLUMNS = (
    "category", "food_category_code", "additive", "permitted", "max_level", "unit", "standard",
    "table", "function", "cns", "ins", "note", "page", "source",
)  # fmt: skip
TREE_COLUMNS = ("tree", "code", "name", "parent", "excludes", "note", "source")
GMP = "按生产需要适量使用"
A2_ADDITIVE = "表A.1中使用范围为“各类食品”的食品添加剂"

# Column edges (points, even-page coordinates; odd pages are printed 8 pt further left).
CODE_RIGHT = 145.0  # 食品分类号 | 食品名称
NAME_RIGHT = 305.0  # 食品名称 | 最大使用量
MAX_RIGHT = 398.0  # 最大使用量 | 备注
ENGLISH_LEFT = 262.0  # an additive's heading: Chinese name | English name
A2_NAME_LEFT = 265.0  # 表A.2: 食品分类号 | 食品名称
E1_NAME_LEFT = 140.0  # 表E.1: 食品分类号 | 食品类别/名称
ODD_PAGE_SHIFT = 8.0
LATIN_RAISE = 2.4  # Latin glyph boxes are taller: their centre sits this much below the line's
SAME_LINE = 5.0

# Hand fixes, each checked against the rendered page (NOTES.md lists them).
FIX_ADDITIVE_NAMES = {
    # "DA-" ends the first line of the heading and "TEM" begins the second: a line-break hyphen.
    "双乙酰酒石酸单双甘油酯(简称“DA-TEM”)": "双乙酰酒石酸单双甘油酯(简称“DATEM”)",
}
# One 表A.1 row whose 最大使用量 and 备注 cells are split in two (PDF p.48): (additive, code) →
# the two (max, note) pairs, top first.
FIX_SPLIT_ROWS = {
    ("海藻酸钠(又名褐藻酸钠)", "13.03"): (
        ("1.0", "适用于13月龄~36月龄幼儿的产品"),
        (GMP, "适用于37月龄~10岁人群的产品"),
    ),
}
# 表E.1 exclusions that are not a plain list: code → the items, as printed.
FIX_EXCLUDES = {"01.07": ("冰淇淋", "风味发酵乳")}
TEXT_FIXES = (("PO43-", "PO₄³⁻"), ("FeSO4", "FeSO₄"))  # the text layer flattens sub-/superscripts


# --- words and lines -------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    page: int
    x: float
    top: float
    height: float
    text: str

    @property
    def latin(self) -> bool:
        return self.height >= 14

    @property
    def y(self) -> float:
        """The vertical centre of the word, corrected for the taller boxes of Latin glyphs."""
        return self.top + self.height / 2 - (LATIN_RAISE if self.latin else 0.0)

    @property
    def key(self) -> float:
        """A position that orders words across pages."""
        return self.page * 10000 + self.y


@dataclass
class Line:
    page: int
    words: list[Word]

    @property
    def text(self) -> str:
        return join(self.words)

    @property
    def key(self) -> float:
        return centre(self.words)


def join(words: Iterable[Word]) -> str:
    return "".join(w.text for w in words)


def centre(words: Sequence[Word]) -> float:
    chinese = [w.key for w in words if not w.latin] or [w.key for w in words]
    return sum(chinese) / len(chinese)


def read_words(pdf: Path, first: int, last: int) -> dict[int, list[Word]]:
    tsv = subprocess.run(
        ["pdftotext", "-tsv", "-f", str(first), "-l", str(last), str(pdf), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout  # fmt: skip
    pages: dict[int, list[Word]] = defaultdict(list)
    rows = csv.reader(tsv.splitlines()[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        if row[0] != "5":
            continue
        page = int(row[1])
        x = float(row[6]) + (ODD_PAGE_SHIFT if page % 2 else 0.0)
        pages[page].append(Word(page, x, float(row[7]), float(row[9]), row[11]))
    return pages


def lines_of(words: Iterable[Word]) -> list[Line]:
    lines: list[Line] = []
    first = 0.0
    for word in sorted(words, key=lambda w: w.key):
        if lines and word.key - first <= SAME_LINE:
            lines[-1].words.append(word)
        else:
            lines.append(Line(word.page, [word]))
            first = word.key
    for line in lines:
        line.words.sort(key=lambda w: w.x)
    return lines


def partition(centres: Sequence[float], positions: Sequence[float], allow_empty: bool
              ) -> list[tuple[int, int]]:  # fmt: skip
    """Split sorted line positions into one contiguous run per row, each centred on its row.

    A run may not reach another row's centre (cells do not overlap); among the splits left, the
    one with the smallest sum of squared offsets (run middle − row centre) wins.
    """
    rows, count = len(centres), len(positions)
    inf = float("inf")
    best = [[inf] * (count + 1) for _ in range(rows + 1)]
    back = [[0] * (count + 1) for _ in range(rows + 1)]
    best[0][0] = 0.0
    for i in range(1, rows + 1):
        others = [c for j, c in enumerate(centres) if j != i - 1]
        for end in range(count + 1):
            for start in range(end + 1):
                if best[i - 1][start] == inf:
                    continue
                if start == end:
                    if not allow_empty:
                        continue
                    cost = 0.0
                else:
                    low, high = positions[start] - 3, positions[end - 1] + 3
                    if any(low < c < high for c in others):
                        continue
                    cost = ((positions[start] + positions[end - 1]) / 2 - centres[i - 1]) ** 2
                if best[i - 1][start] + cost < best[i][end]:
                    best[i][end] = best[i - 1][start] + cost
                    back[i][end] = start
    if best[rows][count] == inf:
        raise ValueError(f"no way to split lines {positions} among rows {centres}")
    runs, end = [], count
    for i in range(rows, 0, -1):
        runs.append((back[i][end], end))
        end = back[i][end]
    return runs[::-1]


def cells(rows: Sequence[Line], lines: Iterable[Line], edges: Sequence[tuple[str, float, float]],
          optional: Iterable[str] = ()) -> list[dict[str, str]]:  # fmt: skip
    """The text of each column (name, left, right) for each row (its code line)."""
    runs: dict[str, list[tuple[float, list[Word]]]] = defaultdict(list)
    for line in lines:
        for name, left, right in edges:
            words = [w for w in line.words if left <= w.x < right]
            if words:
                runs[name].append((centre(words), words))
    out: list[dict[str, str]] = [{} for _ in rows]
    for name, _left, _right in edges:
        segments = sorted(runs[name], key=lambda s: s[0])
        split = partition([r.key for r in rows], [s[0] for s in segments], name in optional)
        for cell, (start, end) in zip(out, split, strict=True):
            cell[name] = "".join(join(words) for _key, words in segments[start:end])
    return out


# --- Table A.1 ---------------------------------------------------------------------------------


@dataclass
class Heading:
    name: str
    cns: str = ""
    ins: str = ""
    function: str = ""
    unit: str = ""  # the unit of the 最大使用量 column header, when it has one


@dataclass
class A1Row:
    heading: Heading
    code: str
    category: str
    max_text: str
    note: str
    page: int
    unit: str = field(default="")


FOOTNOTE = re.compile(r"^(\d)\)$")
CODE_WORD = re.compile(r"^\d\d\.")


def is_code(word: Word) -> bool:
    return word.x < CODE_RIGHT and bool(CODE_WORD.match(word.text) or word.text.startswith("—"))


def body(pages: dict[int, list[Word]], footnotes: dict[str, str]) -> list[Line]:
    """The lines of 表A.1 without running heads, page numbers, titles and footnotes."""
    stream: list[Line] = []
    for page in sorted(pages):
        note = ""
        for line in lines_of(pages[page]):
            top, text, first = line.key - page * 10000, line.text, line.words[0]
            if (top < 90 and "2760" in text) or (top > 765 and text.isdigit()):
                continue
            if top < 125 and "A." in text and ("表" in text or "续" in text):
                continue
            if (match := FOOTNOTE.match(first.text)) and first.x < 95 and top > 600:
                note = match.group(1)
                footnotes[note] = join(line.words[1:])
                continue
            if note:
                footnotes[note] += text
                continue
            stream.append(line)
    return stream


def table_a1(pages: dict[int, list[Word]]) -> tuple[list[A1Row], dict[str, str]]:
    footnotes: dict[str, str] = {}
    rows: list[A1Row] = []
    heading = Heading("")  # none yet
    state, pending = "start", list[Line]()
    for line in body(pages, footnotes):
        first = line.words[0]
        if state == "cns":  # the CNS/INS lines go on until 功能
            if first.text == "功能":
                heading.function = join(line.words[1:])
                state = "function"
            else:
                heading.cns += join(w for w in line.words if w.x < ENGLISH_LEFT)
                heading.ins += join(w for w in line.words if w.x >= ENGLISH_LEFT)
            continue
        if first.text == "CNS" and first.x < 100:
            # The heading starts at the first pending line that begins left of the name column
            # without a code; the lines before it end the previous table.
            start = next(
                (
                    i
                    for i, p in enumerate(pending)
                    if p.words[0].x < CODE_RIGHT and not is_code(p.words[0])
                ),
                len(pending),
            )
            rows += a1_rows(heading, pending[:start])
            name = "".join(join(w for w in p.words if w.x < ENGLISH_LEFT) for p in pending[start:])
            at = next(i for i, w in enumerate(line.words) if w.text == "INS")
            heading = Heading(
                name,
                join(w for w in line.words[:at] if w.text not in ("CNS", "号")),
                join(w for w in line.words[at:] if w.text not in ("INS", "号")),
            )
            pending, state = [], "cns"
            continue
        if first.text == "食品分类号" and first.x < 100:
            if state == "function":
                heading.function += "".join(p.text for p in pending)
            else:  # the table goes on over a page: the rows so far are complete
                rows += a1_rows(heading, pending)
            pending = []
            unit = re.search(r"最大使用量/?\(?([a-zA-Z/]+)\)?", line.text)
            heading.unit = unit.group(1) if unit else ""
            state = "data"
            continue
        pending.append(line)
    rows += a1_rows(heading, pending)
    return rows, footnotes


def a1_rows(heading: Heading, lines: list[Line]) -> list[A1Row]:
    if not lines:
        return []
    if not heading.name:
        raise ValueError(f"表A.1 rows before the first heading: {[x.text for x in lines]}")
    codes = [x for x in lines if any(is_code(w) for w in x.words)]
    edges = (("category", CODE_RIGHT, NAME_RIGHT), ("max", NAME_RIGHT, MAX_RIGHT),
             ("note", MAX_RIGHT, 1000.0))  # fmt: skip
    found = cells(codes, lines, edges, optional=("note",))
    return [
        A1Row(heading, join(w for w in line.words if w.x < CODE_RIGHT), cell["category"],
              cell["max"], cell["note"], line.page, heading.unit)
        for line, cell in zip(codes, found, strict=True)
    ]  # fmt: skip


# --- Table A.2 and Table E.1 ---------------------------------------------------------------------


def simple_table(pages: dict[int, list[Word]], header: str, number_right: float, name_left: float
                 ) -> list[dict[str, Any]]:  # fmt: skip
    """Rows of a two-column table (code, name), optionally led by a number column."""
    out: list[dict[str, Any]] = []
    for page in sorted(pages):
        lines = lines_of(pages[page])
        start = next(i for i, x in enumerate(lines) if x.words[0].text == header)
        rows: list[Line] = []
        for line in lines[start + 1 :]:
            top = line.key - page * 10000
            if (top > 765 and line.text.isdigit()) or "附" in line.text:
                break
            rows.append(line)
        if number_right:
            codes = [x for x in rows if re.fullmatch(r"\d+\.", x.words[0].text)]
        else:
            codes = [x for x in rows if any(CODE_WORD.match(w.text) and w.x < name_left
                                            for w in x.words)]  # fmt: skip
        found = cells(codes, rows, (("name", name_left, 1000.0),))
        for line, cell in zip(codes, found, strict=True):
            words = [w for w in line.words if number_right <= w.x < name_left]
            number = line.words[0].text.rstrip(".") if number_right else ""
            out.append({"number": number, "code": join(words), "name": cell["name"],
                        "page": page})  # fmt: skip
    return out


def parent_of(code: str) -> str:
    """06.02.02 → 06.02 → 06.0 → (none)."""
    parts = code.split(".")
    if len(parts) == 2:
        return "" if parts[1] == "0" else f"{parts[0]}.0"
    return ".".join(parts[:-1])


EXCLUDED = (re.compile(r"\(([^()]*)除外\)$"), re.compile(r"\(不包括([^()]*)\)$"),
            re.compile(r",([^,()]*)除外$"))  # fmt: skip


def excludes_of(code: str, name: str) -> tuple[str, ...]:
    if code in FIX_EXCLUDES:
        return FIX_EXCLUDES[code]
    for pattern in EXCLUDED:
        if match := pattern.search(name):
            return tuple(split_list(match.group(1)))
    return ()


def split_list(text: str) -> list[str]:
    """Split at "、" outside brackets."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "(["
        depth -= char in ")]"
        if char == "、" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def tree_rows(nodes: list[dict[str, Any]]) -> list[dict[str, str]]:
    codes = {n["code"] for n in nodes}
    out = []
    for node in nodes:
        code, name = node["code"], node["name"]
        parent = parent_of(code)
        if parent and parent not in codes:
            raise ValueError(f"表E.1 {code}: parent {parent} is not in the table")
        notes = []
        if name == "—":
            notes.append("名称栏印为“—”")
        if code in FIX_EXCLUDES:
            notes.append("excludes 由“不包括" + "和".join(FIX_EXCLUDES[code]) + "”按“和”手工拆分")
        out.append({
            "tree": TREE, "code": code, "name": name, "parent": parent,
            "excludes": ";".join(excludes_of(code, name)), "note": "；".join(notes),
            "source": f"{STANDARD} 附录E 表E.1, PDF p.{node['page']}",
        })  # fmt: skip
    return out


# --- the additives table -----------------------------------------------------------------------

NUMBER = re.compile(r"^(\d+(?:\.\d+)?)\s*([a-zA-Z/]*)$")


def split_alias(name: str) -> tuple[str, str]:
    """ "阿斯巴甜(又名天门冬酰苯丙氨酸甲酯)" → ("阿斯巴甜", "天门冬酰苯丙氨酸甲酯").

    Only an alias of the whole heading is split off; a heading naming several substances keeps
    its aliases.
    """
    if not name.endswith(")"):
        return name, ""
    depth = 0
    for at in range(len(name) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(name[at], 0)
        if depth == 0:
            inner, base = name[at + 1 : -1], name[:at]
            # "硫酸铝钾(又名钾明矾),硫酸铝铵(又名铵明矾)": the last alias is not the heading's
            whole = at and "又名" not in base and "," not in base
            return (base, inner[2:]) if inner.startswith("又名") and whole else (name, "")
    return name, ""


def clean(text: str) -> str:
    for old, new in TEXT_FIXES:
        text = text.replace(old, new)
    return text


def additive_rows(rows: list[A1Row], footnotes: dict[str, str], a2: list[dict[str, Any]]
                  ) -> list[dict[str, str]]:  # fmt: skip
    out = []
    for row in rows:
        raw = FIX_ADDITIVE_NAMES.get(row.heading.name, row.heading.name)
        code = row.code.replace("2)", "")  # footnote 2) marks the "—" of 各类食品
        split = FIX_SPLIT_ROWS.get((raw, code))
        pairs = split or ((row.max_text, row.note),)
        for max_text, note in pairs:
            out.append(a1_record(row, raw, code, max_text, note, footnotes))
    for entry in a2:
        out.append({
            "category": entry["name"], "food_category_code": entry["code"],
            "additive": A2_ADDITIVE, "permitted": "false", "max_level": "", "unit": "",
            "standard": STANDARD, "table": "A.2", "function": "", "cns": "", "ins": "",
            "note": f"表A.2 例外食品类别编号 {entry['number']}：表A.1中“各类食品”行所注例外编号"
                    f"包括 {entry['number']} 的，该行不适用于本类别",
            "page": str(entry["page"]),
            "source": f"{STANDARD} official text, 表A.2, PDF p.{entry['page']} ({ORIGIN})",
        })  # fmt: skip
    return out


def a1_record(row: A1Row, raw: str, code: str, max_text: str, note: str,
              footnotes: dict[str, str]) -> dict[str, str]:  # fmt: skip
    name, marks = raw, []
    for mark in re.findall(r"(?<=[\u4e00-\u9fff)\]])(\d)\)", raw):
        if mark in footnotes and mark not in ("1", "2"):
            name = name.replace(f"{mark})", "", 1)
            marks.append(mark)
    parts = [clean(note)] if note else []
    if max_text == GMP:
        level, unit = "", ""
        parts.append(GMP)
    else:
        match = NUMBER.match(max_text)
        if not match:
            raise ValueError(f"表A.1 p.{row.page} {name} {code}: 最大使用量 {max_text!r}")
        level, unit = match.group(1), match.group(2) or row.unit
        if not unit:
            raise ValueError(f"表A.1 p.{row.page} {name} {code}: no unit")
    name, alias = split_alias(name)
    if alias:
        parts.append(f"又名{alias}")
    parts += [f"表A.1注{m}): {clean(footnotes[m])}" for m in marks]
    return {
        "category": row.category, "food_category_code": "" if code == "—" else code,
        "additive": name, "permitted": "true", "max_level": level, "unit": unit,
        "standard": STANDARD, "table": "A.1", "function": row.heading.function,
        "cns": row.heading.cns, "ins": row.heading.ins, "note": "；".join(parts),
        "page": str(row.page),
        "source": f"{STANDARD} official text, 表A.1, PDF p.{row.page} ({ORIGIN})",
    }  # fmt: skip


def write(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# --- comparison with another extraction --------------------------------------------------------


def compare_a1(rows: list[A1Row], path: Path) -> None:
    other = json.loads(path.read_text(encoding="utf-8"))["rows"]
    print(f"表A.1: {len(rows)} rows here, {len(other)} in {path.name}")

    def same(a: str, b: str) -> bool:
        return re.sub(r"\s", "", a).replace("，", ",") == re.sub(r"\s", "", b).replace("，", ",")

    seen: set[tuple[str, str, str]] = set()  # a heading's difference is printed once
    for mine, theirs in zip(rows, other, strict=False):
        pairs = {
            "code": (mine.code.replace("2)", ""), theirs["foodCategoryCode"]),
            "category": (mine.category, theirs["foodCategoryName"]),
            "max": (mine.max_text + (mine.unit if mine.max_text[-1:].isdigit() else ""),
                    theirs["maxUseLevel"] + theirs["unit"]),
            "note": (mine.note, theirs["note"]),
            "additive": (mine.heading.name, theirs["additiveNameCn"]),
            "cns": (mine.heading.cns, theirs["cnsNumber"]),
            "ins": (mine.heading.ins, theirs["insNumber"]),
            "function": (mine.heading.function, theirs["functionText"]),
            "page": (str(mine.page), str(theirs["pdfPage"])),
        }  # fmt: skip
        for name, (a, b) in pairs.items():
            heading = name in ("additive", "cns", "ins", "function")
            if same(a, b) or (heading and (name, a, b) in seen):
                continue
            seen.add((name, a, b))
            print(f"  p.{mine.page} {mine.code} {name}: here {a!r} / there {b!r}")


def compare_simple(mine: list[dict[str, Any]], other: list[dict[str, Any]], label: str) -> None:
    print(f"{label}: {len(mine)} rows here, {len(other)} there")
    for a, b in zip(mine, other, strict=False):
        if (a["code"], a["name"], a["page"]) != (b["foodCategoryCode"], b["foodCategoryName"],
                                                 b["pdfPage"]):  # fmt: skip
            print(f"  {a} / {b}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument(
        "--src",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "resources" / "packs" / "src",
    )
    parser.add_argument("--check-a1", type=Path, help="tableA1 rows JSON to compare with")
    parser.add_argument("--check-e1", type=Path, help="表E.1 rows JSON to compare with")
    parser.add_argument("--check-a2", type=Path, help="reference tables JSON (表A.2) to compare")
    args = parser.parse_args(argv)
    a1, footnotes = table_a1(read_words(args.pdf, *A1_PAGES))
    a2 = simple_table(read_words(args.pdf, *A2_PAGES), "例外食品类别编号", 100.0, A2_NAME_LEFT)
    e1 = simple_table(read_words(args.pdf, *E1_PAGES), "食品分类号", 0.0, E1_NAME_LEFT)
    if args.check_a1:
        compare_a1(a1, args.check_a1)
    if args.check_e1:
        compare_simple(e1, json.loads(args.check_e1.read_text(encoding="utf-8")), "表E.1")
    if args.check_a2:
        tables = json.loads(args.check_a2.read_text(encoding="utf-8"))
        compare_simple(a2, tables["gb2760OfficialA2ExceptionFoodCategories"], "表A.2")
    known = {n["code"] for n in e1}
    for row in a1:
        code = row.code.replace("2)", "")
        if code != "—" and code not in known:
            print(f"表A.1 p.{row.page}: code {code} is not in 表E.1", file=sys.stderr)
    write(args.src / "food_categories.gb2760.csv", TREE_COLUMNS, tree_rows(e1))
    records = additive_rows(a1, footnotes, a2)
    write(args.src / "additives.csv", ADDITIVE_COLUMNS, records)
    print(f"wrote {len(e1)} 表E.1 nodes, {len(records)} additive rows "
          f"({len(records) - len(a2)} 表A.1, {len(a2)} 表A.2)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
