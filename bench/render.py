#!/usr/bin/env python3
"""Rendering time of a ~50-page enterprise standard as PDF (and Word) against a reportlab floor.

    python bench/render.py [--runs 5] [--json] [--strict]

The document is ``example_document(chapters=20, tables=2, rows_per_table=8, paragraphs=66)``:
about 50 pages holding 40 indicator tables with 320 rows. The floor is reportlab laying out the
same text — every paragraph, heading, caption and table row — as plain Paragraphs in the same
embedded font (SimpleDocTemplate, one build), measured in the same run. Medians over the runs;
runs of the PDF, the floor and the Word file alternate so that machine noise hits all alike, and
one warm-up round (font registration, imports) is not counted. Target: PDF ≤ 2.5× the floor.
The Word figure is shown for information when ``jxdeclare.drafting.docx`` exists.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, whether or not it is installed

from jxdeclare.domain.document.model import Document  # noqa: E402
from jxdeclare.drafting.example import example_document  # noqa: E402
from jxdeclare.drafting.fonts import find_fonts  # noqa: E402
from jxdeclare.drafting.layout import (  # noqa: E402
    FormulaLine,
    Heading,
    ListItem,
    NoteLine,
    Para,
    SectionTitle,
    TableItem,
    plan,
)
from jxdeclare.drafting.pdf import render_pdf  # noqa: E402

TARGET = 2.5
SIZE = {"chapters": 20, "tables": 2, "rows_per_table": 8, "paragraphs": 66}


def floor_texts(document: Document) -> list[str]:
    """Every line of text the standard prints, one string per paragraph or table row."""
    texts = [document.cover.enterprise_name, document.cover.number, document.cover.title]
    for item in plan(document).items:
        if isinstance(item, SectionTitle):
            texts += item.lines
        elif isinstance(item, Heading):
            texts.append(item.text)
        elif isinstance(item, Para):
            texts.append(f"{item.number} {item.text}")
        elif isinstance(item, ListItem | NoteLine):
            texts.append(item.label + item.text)
        elif isinstance(item, FormulaLine):
            texts += [item.expression, *item.where]
        elif isinstance(item, TableItem):
            texts.append(item.title)
            texts += [" ".join(row) for row in (item.header, *item.rows)]
            texts += [note.label + note.text for note in item.notes]
    return [t.strip() for t in texts if t.strip()]


def floor_render(texts: list[str], out: Path) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from jxdeclare.drafting.pdf_styles import register

    font = register(find_fonts().body)
    style = ParagraphStyle("floor", fontName=font, fontSize=10.5, leading=15.75, wordWrap="CJK")
    doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=font)
    doc.build([Paragraph(escape(text), style) for text in texts])


def docx_renderer() -> Callable[[Document, Path], Any] | None:
    try:
        from jxdeclare.drafting.docx import render_docx
    except ImportError:
        return None
    return render_docx


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(runs: int) -> dict[str, Any]:
    document = example_document(**SIZE)
    texts = floor_texts(document)
    docx = docx_renderer()
    samples: dict[str, list[float]] = {"pdf": [], "floor": [], "docx": []}
    pages = 0
    with tempfile.TemporaryDirectory(prefix="jxdeclare-bench-") as tmp:
        folder = Path(tmp) / "输出 目录"
        folder.mkdir()
        actions: dict[str, Callable[[], Any]] = {
            "pdf": lambda: render_pdf(document, folder / "标准.pdf"),
            "floor": lambda: floor_render(texts, folder / "floor.pdf"),
        }
        if docx is not None:
            actions["docx"] = lambda: docx(document, folder / "标准.docx")
        kinds = list(actions)
        for run in range(runs + 1):  # round 0 registers fonts and warms imports
            for kind in kinds[run % len(kinds) :] + kinds[: run % len(kinds)]:
                seconds = timed(actions[kind])
                if run:
                    samples[kind].append(seconds)
        pages = render_pdf(document, folder / "标准.pdf").pages
    tables = [i for i in plan(document).items if isinstance(i, TableItem)]
    pdf, floor = statistics.median(samples["pdf"]), statistics.median(samples["floor"])
    return {
        "runs": runs,
        "pages": pages,
        "tables": len(tables),
        "indicator_rows": len(document.indicator_rows()),
        "pdf_s": round(pdf, 4),
        "floor_s": round(floor, 4),
        "ratio": round(pdf / floor, 2),
        "docx_s": round(statistics.median(samples["docx"]), 4) if samples["docx"] else None,
    }


def report(figures: dict[str, Any]) -> None:
    print(
        f"render: medians of {figures['runs']} runs; {figures['pages']} pages, "
        f"{figures['tables']} tables, {figures['indicator_rows']} indicator rows"
    )
    verdict = "PASS" if figures["ratio"] <= TARGET else "MISS"
    print(f"{'floor (plain Paragraphs)':26}{figures['floor_s']:>8.3f} s")
    print(
        f"{'PDF (render_pdf)':26}{figures['pdf_s']:>8.3f} s{figures['ratio']:>7.2f}× floor"
        f"   target ≤ {TARGET}×  {verdict}"
    )
    if figures["docx_s"] is None:
        print("DOCX: not available")
    else:
        print(f"{'DOCX (render_docx)':26}{figures['docx_s']:>8.3f} s")


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=positive, default=5, help="timed runs (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args()
    figures = measure(args.runs)
    if args.json:
        print(json.dumps(figures))
    else:
        report(figures)
    return 1 if args.strict and figures["ratio"] > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
