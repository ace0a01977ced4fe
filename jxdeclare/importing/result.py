"""What an import returns, and the error for files that cannot be imported."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.document.model import Document


@dataclass(frozen=True)
class ImportNote:
    """Something the importer could not place or had to guess; reported later as an info finding."""

    where: str  # "第12段", "表3", "附录A"
    text: str  # Chinese, short


@dataclass
class ImportResult:
    document: Document
    notes: list[ImportNote] = field(default_factory=list)


class DocumentImportError(ValueError):
    """A file that cannot be imported; the message names the file and says why (Chinese)."""
