"""The name of an indicator item as a key: how one item is recognised however it was written.

The checker matches a document's row with a limit by this key (``item_key``); the 对标 comparison
uses the same key and, on top of it, the spellings enterprises use for the same item
(``match_key``: "Pb" for 铅, "可溶性固形物含量" for 可溶性固形物).
"""

from __future__ import annotations

import re
import unicodedata


def item_key(name: str) -> str:
    """ "铅(以Pb计)" → "铅"; width, spaces and the basis in brackets do not matter."""
    folded = unicodedata.normalize("NFKC", name)
    return re.sub(r"\s+|\(以[^)]*\)|/.*$", "", folded)


# Element symbols written alone for the contaminant, and the contaminant as GB 2762 names it.
# 汞 and 砷 alone mean the total (GB 2762 names 甲基汞 and 无机砷 explicitly when it means them).
_SYMBOLS = {"pb": "铅", "cd": "镉", "hg": "总汞", "as": "总砷", "cr": "铬", "sn": "锡", "ni": "镍"}
_SAME = {"汞": "总汞", "砷": "总砷", "总铬": "铬"}
# Words that add nothing to the item: "可溶性固形物含量" is 可溶性固形物.
_TRAILING = ("含量", "的含量")


def match_key(name: str) -> str:
    """``item_key`` with every bracketed note removed ("(20℃,折光计)", "(Pb)") and the
    spellings of one item brought together: 铅 / 铅（以Pb计）/ Pb, 可溶性固形物 / …含量."""
    key = item_key(name)
    key = re.sub(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】", "", key)
    for word in _TRAILING:
        if key.endswith(word) and len(key) > len(word):
            key = key[: -len(word)]
    key = _SYMBOLS.get(key.casefold(), key)
    return _SAME.get(key, key).casefold()
