"""The 检查报告 PDF as a reviewer reads it: numbered pages, no blank page, one basis per finding."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from jxdeclare.checks.bases import RULE_BASES, basis
from jxdeclare.checks.registry import Category, Finding, Location, Severity, all_rules
from jxdeclare.checks.run import CheckReport
from jxdeclare.reporting.check_reports import Checked, rows, write_pdf

PAGE_LABEL = re.compile(r"第 (\d+) 页 共 (\d+) 页")


def limit_finding(i: int) -> Finding:
    """A looser-than-limit finding; messages of varying length make rows of varying height."""
    return Finding(
        "I001", Severity.ERROR, Category.LEGALITY, Location(f"rows[{i}]", f"表2 第{i + 1}行"),
        f"“项目{i + 1}”：本文件≤{i + 1}.0 mg/kg，GB 2762—2025 表1规定≤0.5 mg/kg"
        + "，另见说明" * (i % 4),
        "改为不宽于限量。",
        {"standard": "GB 2762—2025", "clause": "4.1.1", "table": "表1"},
    )  # fmt: skip


def wording_finding(i: int) -> Finding:
    return Finding(
        "W003", Severity.WARNING, Category.CONFORMITY, Location(f"w[{i}]", f"5.{i + 1}"),
        f"5.{i + 1} 使用了“必须”", "改为“应”。", {},
    )  # fmt: skip


def replaced_finding() -> Finding:
    return Finding(
        "R001", Severity.ERROR, Category.LEGALITY, Location("refs[0]", "第2章"),
        "GB 2760—2014 已被 GB 2760—2024 代替", "改为引用 GB 2760—2024。",
        {"edition": "GB 2760—2014", "replaced_by": ["GB 2760—2024"], "since": "2025-02-08"},
    )  # fmt: skip


def report(findings: list[Finding]) -> CheckReport:
    return CheckReport(findings, {}, date(2026, 12, 7), "jxdeclare-default 2026.12.07")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_page_is_numbered_of_the_total_and_each_finding_has_one_basis(
    tmp_path: Path,
) -> None:
    findings = [*map(limit_finding, range(30)), *map(wording_finding, range(12)),
                replaced_finding()]  # fmt: skip
    out = tmp_path / "检查 报告.pdf"
    second = [wording_finding(i) for i in range(20, 23)]
    write_pdf([Checked("米粉 标准.docx", report(findings)), Checked("第二份.docx", report(second))],
              out)  # fmt: skip
    texts = page_texts(out)
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, start=1):
        assert [m.groups() for m in PAGE_LABEL.finditer(text)] == [(str(number), str(total))]
        assert PAGE_LABEL.sub("", text).strip(), f"page {number} has nothing but its number"
    whole = squeeze("".join(PAGE_LABEL.sub("", t) for t in texts))
    # Each row reads in order, ending in its basis, once: the basis cell holds one basis only.
    for row in [*rows(findings), *rows(second)]:
        assert whole.count(squeeze("".join(row))) == 1, row
    bases = {f.rule: basis(f) for f in findings}
    assert bases == {"I001": "GB 2762—2025 4.1.1 表1", "W003": RULE_BASES["W003"],
                     "R001": "GB 2760—2024"}  # fmt: skip
    for rule in all_rules():  # the 规则 column has the id; its title is not repeated as a basis
        assert squeeze(rule.title) not in whole


def short_finding(i: int, lines: int = 1) -> Finding:
    """A row of ``lines`` lines (a CJK font sets 23 characters a line in the 问题 column)."""
    return Finding(
        "I001", Severity.ERROR, Category.LEGALITY, Location(f"r[{i}]", f"表2 第{i + 1}行"),
        "甲" * (23 * (lines - 1) + 5), "改为不宽于限量。",
        {"standard": "GB 2762—2025", "clause": "4.1.1", "table": "表1"},
    )  # fmt: skip


def test_no_blank_page_and_no_summary_apart_from_its_table(tmp_path: Path) -> None:
    # One-line rows move what follows the first table by a row's height, a last row of two
    # lines by a line more: together they put the second file's summary, and the end of the
    # report, within a few millimetres of every point of a page, its foot included (where a
    # trailing gap once opened a page of its own, and a summary could end a page without its
    # table).
    out = tmp_path / "r.pdf"
    second = [wording_finding(i) for i in range(3)]
    first_row = squeeze("".join(rows(second)[0]))
    for count in range(30):
        for lines in (1, 2):
            findings = [*map(short_finding, range(count)), short_finding(count, lines)]
            write_pdf([Checked("x.docx", report(findings)), Checked("第二份.docx", report(second))],
                      out)  # fmt: skip
            texts = page_texts(out)
            assert all(PAGE_LABEL.sub("", t).strip() for t in texts), (count, lines, len(texts))
            (summary_page,) = [squeeze(t) for t in texts if "检查对象：第二份.docx" in t]
            assert first_row in summary_page, (count, lines)


def test_every_rule_names_its_basis() -> None:
    assert {rule.id for rule in all_rules()} <= set(RULE_BASES)
    assert all(text.strip() for text in RULE_BASES.values())
