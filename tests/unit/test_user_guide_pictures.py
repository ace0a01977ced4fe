"""The README's user guide shows pictures that exist, of every page, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PICTURES = ROOT / "docs" / "images" / "ui"


def test_every_picture_the_guide_shows_exists() -> None:
    shown = re.findall(r"\]\((docs/images/[^)]+\.png)\)", (ROOT / "README.md").read_text("utf-8"))
    assert shown
    assert [p for p in shown if not (ROOT / p).is_file()] == []


def test_every_page_is_pictured_in_both_languages() -> None:
    pages = {p.name.rsplit("-", 1)[0] for p in PICTURES.glob("page-*.png")}
    assert len(pages) >= 7  # 工作台, 企业, 标准体系, 标准起草, 合规检查, 自我声明, 标准库
    for page in pages:
        assert (PICTURES / f"{page}-zh.png").is_file() and (PICTURES / f"{page}-en.png").is_file()
