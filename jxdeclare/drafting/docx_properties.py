"""Custom document properties (docProps/custom.xml) of a Word file: the product category.

python-docx reads and writes only the core properties, so the custom part is written here.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the format id Word uses for user properties
_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def custom_xml(values: dict[str, str]) -> bytes:
    props = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return f'{head}<Properties xmlns="{_NS}" xmlns:vt="{_VT}">{props}</Properties>'.encode()


def set_custom_properties(word: Any, values: dict[str, str]) -> None:
    """Attach the properties to a python-docx Document (no part is written when empty)."""
    if not values:
        return
    package = word.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, custom_xml(values),
                package)  # fmt: skip
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
