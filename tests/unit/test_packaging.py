"""The wheel's package list in pyproject.toml must name every package in the source tree."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "jxdeclare").rglob("__init__.py")
    }
    resources = {
        ".".join(("jxdeclare", "resources", *folder.relative_to(ROOT / "resources").parts))
        for folder in [ROOT / "resources", *(ROOT / "resources").rglob("*")]
        if folder.is_dir() and "__pycache__" not in folder.parts
    }
    assert set(config["packages"]) == on_disk | resources


def test_resources_are_found_from_the_checkout() -> None:
    from jxdeclare.paths import resources_dir

    assert (resources_dir() / "i18n" / "jxdeclare_en.qm").is_file()
