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


def template_rows(
    product: str | None = None, directory: Path | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(product, the (limit category, item) of each indicator row) of every template, or only of
    the templates for ``product``.

    Indicator rows are the only objects of the format with a ``limit_category``."""
    found = []
    for path in sorted((directory or templates_dir()).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if product is not None and data["product"] != product:
            continue
        pairs: list[tuple[str, str]] = []
        stack: list[Any] = [data["document"]]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if "limit_category" in item:
                    pairs.append((str(item["limit_category"]), str(item.get("limit_item", ""))))
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
        found.append((str(data["product"]), pairs))
    return found
