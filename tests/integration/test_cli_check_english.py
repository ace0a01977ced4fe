"""`jxdeclare-cli check --lang en`: the findings, verdict and reports in English; JSON unchanged
apart from its added English keys."""

from __future__ import annotations

import json
from pathlib import Path

from jxdeclare.checks.language import CJK
from tests.integration.test_cli_check import write

AS_OF = ("--as-of", "2026-11-29")


def test_the_text_output_in_english(tmp_path: Path, cli) -> None:
    bad = write(tmp_path / "outdated.jxstd", outdated=True)
    result = cli(tmp_path, "check", str(bad), *AS_OF, "--lang", "en")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{bad} (as of 2026-11-29, data pack ")
    assert "  [Error] R001 Chapter 2: GB 2760—2014: replaced, the edition in force is " \
           "GB 2760—2024" in lines  # fmt: skip
    assert "      Suggestion: Reference GB 2760—2024 instead (after checking the provisions " \
           "concerned)." in lines  # fmt: skip
    assert lines[-1] == "  Spot-check verdict: Fail"
    # Only the product category, data from the pack, is left in Chinese (and the file's own
    # path, whose folders may have Chinese names).
    assert [line for line in lines if CJK.search(line.replace(str(bad), ""))] == [
        line for line in lines if line.startswith("  Product category: ")]  # fmt: skip
    chinese = cli(tmp_path, "check", str(bad), *AS_OF)
    assert "  [错误] R001 第2章：GB 2760—2014：被代替，现行为 GB 2760—2024" in chinese.stdout
    assert cli(tmp_path, "check", str(bad), "--lang", "fr").returncode == 2


def test_json_keeps_its_keys_and_adds_the_english_ones(tmp_path: Path, cli) -> None:
    bad = write(tmp_path / "outdated.jxstd", outdated=True)
    english = cli(tmp_path, "check", str(bad), *AS_OF, "--json", "--lang", "en")
    chinese = cli(tmp_path, "check", str(bad), *AS_OF, "--json")
    assert english.stdout == chinese.stdout  # the JSON carries both languages whatever --lang
    checked = json.loads(english.stdout)
    assert (checked["verdict"], checked["verdict_en"]) == ("不合格", "Fail")
    (outdated,) = [f for f in checked["findings"] if f["rule"] == "R001"]
    assert outdated["message"] == "GB 2760—2014：被代替，现行为 GB 2760—2024"
    assert outdated["message_en"] == "GB 2760—2014: replaced, the edition in force is GB 2760—2024"
    assert outdated["suggestion"].startswith("改为引用 GB 2760—2024")
    assert outdated["suggestion_en"].startswith("Reference GB 2760—2024 instead")
    assert outdated["location"] == {"path": "normative_references[4]", "label": "第2章",
                                    "label_en": "Chapter 2"}  # fmt: skip
    first = checked["rectification"][0]
    assert (first["category"], first["category_en"]) == ("合法性", "Legality")
    assert first["what_en"] == outdated["message_en"] and first["change_en"].startswith("Reference")
    assert first["why_en"].startswith("The documents an enterprise standard references")


def test_reports_in_english(tmp_path: Path, cli) -> None:
    import docx
    from openpyxl import load_workbook
    from pypdf import PdfReader

    bad = write(tmp_path / "outdated.jxstd", outdated=True)
    for suffix in (".xlsx", ".pdf", ".docx"):
        out = tmp_path / f"report{suffix}"
        result = cli(tmp_path, "check", str(bad), *AS_OF, "--report", str(out), "--lang", "en")
        assert result.returncode == 1, result.stderr
    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet.title == "Check results"
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Status judged as of: 2026-11-29" in cells and "Legality" in cells
    verdict = "Spot-check verdict: Fail (to rectify: Legality 1, Completeness 0, Conformity 0)"
    assert verdict in cells
    header = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "No.")
    assert header == ("No.", "Rule", "Severity", "Category", "Location", "Finding", "Suggestion",
                      "Basis")  # fmt: skip
    pdf_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "report.pdf").pages)
    assert "Standard check report" in pdf_text and "Page 1 of 1" in pdf_text
    assert "Reference GB 2760—2024 instead" in pdf_text  # wrapped in its table cell
    word = docx.Document(str(tmp_path / "report.docx"))
    assert word.paragraphs[0].text == "Review comments"
    table = word.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["No.", "Clause", "Comment", "Basis",
                                                     "Resolution"]  # fmt: skip
    (outdated,) = [row for row in table.rows[1:] if "GB 2760—2014" in row.cells[2].text]
    assert outdated.cells[1].text == "Chapter 2"
    assert outdated.cells[2].text.startswith("GB 2760—2014: replaced, the edition in force is")
