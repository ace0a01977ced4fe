"""Checking a standard: from a .jxstd or Word file, or a stored draft, against the active pack."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jxdeclare.domain.document.model import Document
from jxdeclare.services.errors import InputFileError

if TYPE_CHECKING:
    from jxdeclare.checks.run import CheckReport
    from jxdeclare.services.context import AppContext

SUPPORTED = (".jxstd", ".docx", ".pdf")


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    document: Document
    notes: list[Any]  # what an importer could not place


def load_for_check(path: Path) -> LoadedFile:
    """The document in a file the checker accepts; a clear error names the file otherwise."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise InputFileError(f"“{path}”是文件夹，不是文件 / a folder, not a file")
    if not path.is_file():
        raise InputFileError(f"找不到文件：{path} / file not found")
    if suffix == ".jxstd":
        from jxdeclare.domain.document import jxstd

        return LoadedFile(path, jxstd.load(path), [])
    if suffix == ".docx":
        from jxdeclare.importing.docx_import import import_docx

        result = import_docx(path)
        return LoadedFile(path, result.document, list(result.notes))
    if suffix == ".pdf":
        from jxdeclare.importing.pdf_import import import_pdf

        result = import_pdf(path)
        return LoadedFile(path, result.document, list(result.notes))
    raise InputFileError(
        f"无法检查 {path.name}：只支持 {'、'.join(SUPPORTED)} 文件"
        f" / {path.name}: only {', '.join(SUPPORTED)} files can be checked"
    )


def check_loaded(
    ctx: AppContext, loaded: LoadedFile, as_of: date | None = None, category: str = ""
) -> CheckReport:
    from jxdeclare.checks.run import check_document
    from jxdeclare.services.catalog import active_catalogue

    pack = active_catalogue(ctx).pack
    if category:
        choose_category(loaded.document, pack, category)
    return check_document(loaded.document, as_of=as_of, pack=pack, import_notes=loaded.notes)


def choose_category(document: Document, pack: Any, text: str) -> None:
    """Bind the document to a product, or to a node of either tree, named or coded."""
    from jxdeclare.services.food_categories import UnknownCategory, resolve_in

    try:
        chosen = resolve_in(pack, text)
    except UnknownCategory as exc:
        raise InputFileError(str(exc)) from None
    document.product_category = chosen.product
    document.category_gb2762 = chosen.gb2762
    document.category_gb2760 = chosen.gb2760
