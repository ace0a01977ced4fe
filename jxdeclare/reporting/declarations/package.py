"""A declaration package: everything a person needs to type one record into the platform.

A folder (or a .zip with the same members) named after the standard: the data sheet, the
standard's PDF, the product rows and the record itself. It is built in a temporary place beside
the target and swapped in only when complete, so an earlier package survives any failure.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
from pathlib import Path

from jxdeclare.domain.declaration_record import DeclarationRecord
from jxdeclare.reporting.atomic import atomic_write, safe_file_name, swap_in_folder, zip_files
from jxdeclare.reporting.declarations.fields import TEXT_PDF_MEMBER
from jxdeclare.reporting.declarations.sheet import write_data_sheet, write_products_xlsx

DATA_SHEET = "01 数据表.pdf"
TEXT_PDF = TEXT_PDF_MEMBER
PRODUCTS = "03 产品.xlsx"
RECORD_JSON = "declaration.json"
MEMBERS = (DATA_SHEET, TEXT_PDF, PRODUCTS, RECORD_JSON)



def package_name(record: DeclarationRecord) -> str:
    """ "Q_JXSL 0001—2026 干米粉": the standard, safe as a Windows file name."""
    return safe_file_name(f"{record.standard_number} {record.standard_name}", "declaration")


def write_package(
    record: DeclarationRecord, pdf_bytes: bytes | None, out: Path, *, as_zip: bool = False
) -> Path:
    """Write the package into the folder ``out`` and return its path (folder or .zip)."""
    if pdf_bytes is not None:
        _check_pdf(record, pdf_bytes)
    out.mkdir(parents=True, exist_ok=True)
    name = package_name(record)
    target = out / (f"{name}.zip" if as_zip else name)
    staging = out / f".{name}.{secrets.token_hex(4)}.tmp"
    staging.mkdir()
    try:
        members = _write_members(record, pdf_bytes, staging)
        if as_zip:
            atomic_write(target, lambda tmp: zip_files(members, tmp))
        else:
            swap_in_folder(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _check_pdf(record: DeclarationRecord, pdf_bytes: bytes) -> None:
    actual = hashlib.sha256(pdf_bytes).hexdigest()
    if actual != record.pdf_sha256.lower():
        raise ValueError(
            f"标准文本 PDF 的 SHA-256（{actual}）与申报记录中的（{record.pdf_sha256 or '无'}）"
            "不一致，拒绝打包 / the PDF's SHA-256 does not match the record's; package refused"
        )


def _write_members(record: DeclarationRecord, pdf_bytes: bytes | None, folder: Path) -> list[Path]:
    write_data_sheet(record, folder / DATA_SHEET)
    if pdf_bytes is not None:
        (folder / TEXT_PDF).write_bytes(pdf_bytes)
    write_products_xlsx(record, folder / PRODUCTS)
    data = {**record.to_json(), "content_hash": record.content_hash()}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    (folder / RECORD_JSON).write_text(text, encoding="utf-8")
    return [folder / m for m in MEMBERS if (folder / m).exists()]

