"""A streamed count of what a workbook's sheets hold, before a reader loads one whole.

openpyxl's full load (needed where merged cells matter) keeps every stored cell, and every cell
of every merged range, as an object: a 2.8 MB file can claim millions of them. This pass reads
each sheet's XML as a stream, keeping nothing, and stops at the first bound passed, so a hostile
file costs a fraction of a second and a damaged one is named as damaged.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse

from jxdeclare.domain.limits import too_many_rows

from .file_checks import Refuse

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL, _ROW, _DATA, _MERGE, _DIMENSION = (
    f"{_MAIN}{t}" for t in ("c", "row", "sheetData", "mergeCell", "dimension")
)
_VALUES = (f"{_MAIN}v", f"{_MAIN}is")


def check_sheets(path: Path, refuse: Refuse, *, max_rows: int, max_cells: int) -> None:
    """Refuse a workbook any of whose sheets has more than ``max_rows`` rows with values, or
    more than ``max_cells`` stored or merged cells; and one whose sheet XML is broken."""
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as member:
                        _scan(member, path, refuse, max_rows, max_cells)
    except (ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise refuse(path, f"文件已损坏（工作表无法读取：{type(exc).__name__}）") from exc


def _scan(stream: object, path: Path, refuse: Refuse, max_rows: int, max_cells: int) -> None:
    rows = cells = 0
    data = None
    declared = 0  # rows the sheet's <dimension> claims: the figure in the message, if larger
    for event, element in iterparse(stream, events=("start", "end")):  # type: ignore[arg-type]
        tag = element.tag
        if event == "start":
            if tag == _DATA:
                data = element
            continue
        if tag == _CELL:
            cells += 1
        elif tag == _DIMENSION:
            declared = _rows(element.get("ref", ""))
        elif tag == _ROW:
            if any(cell.find(_VALUES[0]) is not None or cell.find(_VALUES[1]) is not None
                   for cell in element):  # fmt: skip
                rows += 1
                if rows > max_rows:
                    raise refuse(path, too_many_rows(declared if declared > rows else None,
                                                     max_rows))  # fmt: skip
            if data is not None:
                data.clear()  # the rows read so far: memory stays flat however long the sheet
        elif tag == _MERGE:
            cells += _area(element.get("ref", ""))
        if cells > max_cells:
            raise refuse(path, f"文件过大：单元格（含合并的）超过上限 {max_cells} 个")


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    from openpyxl.utils.cell import range_boundaries

    try:
        found = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    return None if None in found else found  # type: ignore[return-value]


def _area(ref: str) -> int:
    """Cells in a range such as "A1:C4" (a malformed one counts as one)."""
    if (found := _bounds(ref)) is None:
        return 1
    min_col, min_row, max_col, max_row = found
    return (max_col - min_col + 1) * (max_row - min_row + 1)


def _rows(ref: str) -> int:
    found = _bounds(ref)
    return found[3] if found else 0
