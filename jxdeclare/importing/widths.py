"""Full-width letters and digits folded to ASCII, the way Chinese input methods type them.

"≤０．２", "Q/GFC ０００３—２０２０" and "２０２０年６月１日" are common in real standards. The fold
maps one character to one character, so a match found in the folded text has the same positions in
the original and the importer can keep the writer's own text around what it parsed.
"""

from __future__ import annotations

# Chinese punctuation that is text in its own right, not a wide copy of an ASCII character:
# "铅（以Pb计）" and "0.5～1.0" keep theirs.
_KEEP = "（），：；！？～"
_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP}


def halfwidth(text: str) -> str:
    """``text`` with full-width ASCII (digits, letters, ．－／％＜＞) as ASCII; same length."""
    return text.translate(_TABLE)
