"""The 备案 package: a folder (or a .zip with the same members) named after the standard, with
the standard's text as PDF and Word and the 编制说明 as PDF and Word.

Built in a temporary folder beside the target and swapped in only when complete, so an earlier
package survives any failure; names are safe on Windows whatever the standard is called.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from jxdeclare.reporting.atomic import atomic_write, safe_file_name, swap_in_folder, zip_files
from jxdeclare.reporting.filing.docx import write_explanation_docx
from jxdeclare.reporting.filing.explanation import Explanation
from jxdeclare.reporting.filing.pdf import write_explanation_pdf

STANDARD_PDF = "01 标准文本.pdf"
STANDARD_DOCX = "02 标准文本.docx"
EXPLANATION_PDF = "03 编制说明.pdf"
EXPLANATION_DOCX = "04 编制说明.docx"
MEMBERS = (STANDARD_PDF, STANDARD_DOCX, EXPLANATION_PDF, EXPLANATION_DOCX)


WriteStandard = Callable[[Path, Path], None]  # (pdf, docx) → both written
Progress = Callable[[int, int, str], None]


def package_name(number: str, title: str) -> str:
    """ "Q_JXCY 0001S—2026 绿茶 备案材料": safe as a Windows file name."""
    return safe_file_name(f"{number} {title} 备案材料", "filing")


def write_filing_package(
    name: str, write_standard: WriteStandard, text: Explanation, out: Path, *,
    as_zip: bool = False, progress: Progress | None = None,
) -> Path:  # fmt: skip
    """Write the package into the folder ``out``; returns its path (folder or .zip)."""
    tell = progress or (lambda done, total, what: None)
    out.mkdir(parents=True, exist_ok=True)
    target = out / (f"{name}.zip" if as_zip else name)
    staging = out / f".{name}.{secrets.token_hex(4)}.tmp"
    staging.mkdir()
    try:
        tell(0, 3, "标准文本（PDF 和 Word）")
        write_standard(staging / STANDARD_PDF, staging / STANDARD_DOCX)
        tell(1, 3, "编制说明（PDF 和 Word）")
        write_explanation_pdf(text, staging / EXPLANATION_PDF)
        write_explanation_docx(text, staging / EXPLANATION_DOCX)
        tell(2, 3, "写入备案材料")
        if as_zip:
            atomic_write(target, lambda tmp: zip_files([staging / m for m in MEMBERS], tmp))
        else:
            swap_in_folder(staging, target)
        tell(3, 3, "完成")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target

