"""Which GB 2762 limit rows each drafting template binds, read straight from the template files.

The checker needs only these bindings (米粉/米线 → 谷物及其制品). Reading them does not import the
drafting machinery (:mod:`jxdeclare.drafting.templates` types every template as a Document, about
50 ms): a one-shot ``check`` pays for every module it imports.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..paths import resources_dir


def templates_dir() -> Path:
    """resources/templates in a checkout, jxdeclare/resources/templates in the wheel."""
    return resources_dir() / "templates"


def bound_limits(product: str) -> frozenset[tuple[str, str]]:
    """The (limit category, item) of every indicator row bound to a limit in the templates for
    ``product``. Indicator rows are the only objects of the format with a ``limit_category``."""
    found: set[tuple[str, str]] = set()
    for path in sorted(templates_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["product"] != product:
            continue
        stack: list[Any] = [data["document"]]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if item.get("limit_category"):
                    found.add((str(item["limit_category"]), str(item.get("limit_item", ""))))
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return frozenset(found)
