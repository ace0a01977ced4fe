"""On Windows the PDF renderer takes 宋体/黑体 from the Windows font folders.

A temporary folder is laid out like ``C:\\Windows\\Fonts`` (and the per-user font folder) with real
TrueType CJK fonts of this machine under the Windows file names: AR PL UMing (fonts-arphic-uming)
as simsun.ttc and WenQuanYi Zen Hei (fonts-wqy-zenhei, a collection like simsun.ttc) as
simhei.ttf. ``sys.platform`` and ``WINDIR``/``LOCALAPPDATA`` make the search look there only.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from jxdeclare.drafting.example import example_document
from jxdeclare.drafting.fonts import FONT_DIR_ENV, find_fonts, system_font_dirs
from jxdeclare.drafting.pdf import render_pdf


def system_font(name: str) -> Path:
    """A font file of this (Linux) machine, found the way the renderer finds it."""
    for folder in system_font_dirs():
        for root, _dirs, files in os.walk(folder):
            if name in files:
                return Path(root) / name
    pytest.skip(f"{name} is not installed (Debian: fonts-arphic-uming, fonts-wqy-zenhei)")


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Windows: WINDIR and LOCALAPPDATA under tmp_path, with empty font folders.

    Tests list it after ``uming`` and ``zenhei``, which must search the real (Linux) folders.
    """
    windir = tmp_path / "Windows"
    local = tmp_path / "Users" / "质检 员" / "AppData" / "Local"
    for folder in (windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"):
        folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.delenv(FONT_DIR_ENV, raising=False)
    return tmp_path


@pytest.fixture
def uming() -> Path:
    return system_font("uming.ttc")


@pytest.fixture
def zenhei() -> Path:
    return system_font("wqy-zenhei.ttc")


def put_simsun_and_simhei(uming: Path, zenhei: Path, windows: Path) -> Path:
    """The two fonts under their Windows names in the system font folder, which is returned."""
    fonts_dir = windows / "Windows" / "Fonts"
    shutil.copy(uming, fonts_dir / "simsun.ttc")
    shutil.copy(zenhei, fonts_dir / "simhei.ttf")
    return fonts_dir


def test_windows_font_dirs_are_the_system_and_the_per_user_folder(windows: Path) -> None:
    assert system_font_dirs() == [
        windows / "Windows" / "Fonts",
        windows / "Users" / "质检 员" / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts",
    ]


def test_simsun_and_simhei_are_found_in_the_windows_font_folder(
    uming: Path, zenhei: Path, windows: Path
) -> None:
    fonts_dir = put_simsun_and_simhei(uming, zenhei, windows)
    found = find_fonts()
    assert (found.body.name, found.body.path) == ("SimSun", fonts_dir / "simsun.ttc")
    assert (found.heading.name, found.heading.path) == ("SimHei", fonts_dir / "simhei.ttf")


def test_a_font_installed_for_the_user_only_is_found_too(
    uming: Path, zenhei: Path, windows: Path
) -> None:
    shutil.copy(uming, windows / "Windows" / "Fonts" / "SimSun.ttc")  # Windows names vary in case
    user_fonts = windows / "Users" / "质检 员" / "AppData" / "Local" / "Microsoft" / "Windows"
    shutil.copy(zenhei, user_fonts / "Fonts" / "simhei.ttf")
    found = find_fonts()
    assert found.body.name == "SimSun"
    assert found.heading.path == user_fonts / "Fonts" / "simhei.ttf"


def test_the_pdf_embeds_the_fonts_from_the_windows_folder(
    uming: Path, zenhei: Path, windows: Path
) -> None:
    put_simsun_and_simhei(uming, zenhei, windows)
    out = windows / "输出 目录" / "标准.pdf"
    out.parent.mkdir()
    render_pdf(example_document(chapters=1, tables=1), out)
    embedded = set()
    for page in PdfReader(out).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/FontFile2" in font["/FontDescriptor"].get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    # The PostScript names of the fonts copied in as simsun.ttc and simhei.ttf.
    assert {"UMingCN-0", "WenQuanYiZenHei-0"} <= embedded
