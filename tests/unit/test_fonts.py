"""Finding embeddable Chinese fonts: search order, preferred files, CFF fonts skipped, the error."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from jxdeclare.drafting import fonts
from jxdeclare.drafting.fonts import (
    FONT_DIR_ENV,
    FontNotFound,
    find_fonts,
    has_truetype_outlines,
)


@pytest.fixture(autouse=True)
def no_font_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FONT_DIR_ENV, raising=False)


def fake_font(path: Path, outlines: bytes = b"glyf", fs_type: int = 0) -> Path:
    """The table directory and the OS/2 embedding flags: all the search reads of a known font."""
    start = 16 if path.suffix == ".ttc" else 0
    os2 = start + 12 + 3 * 16  # right after the directory
    sfnt = b"\x00\x01\x00\x00" + struct.pack(">HHHH", 3, 0, 0, 0)
    sfnt += b"".join(tag + bytes(12) for tag in (b"cmap", outlines))
    sfnt += b"OS/2" + struct.pack(">III", 0, os2, 10) + bytes(8) + struct.pack(">H", fs_type)
    data = b"ttcf" + struct.pack(">HHII", 1, 0, 1, 16) + sfnt if start else sfnt
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def folder(base: Path, name: str, *files: str, outlines: bytes = b"glyf", fs_type: int = 0) -> Path:
    path = base / name
    path.mkdir(parents=True)
    for file in files:
        fake_font(path / file, outlines, fs_type)
    return path


def test_this_machine_has_a_body_and_a_heading_font() -> None:
    found = find_fonts()
    known = {human for _index, human in (fonts.BODY_FILES | fonts.HEADING_FILES).values()}
    assert found.body.name in known and found.heading.name in known
    for face in (found.body, found.heading):
        assert face.path.is_file() and has_truetype_outlines(face.path, face.subfont_index)
    assert find_fonts() is found  # cached: the folders are walked once per process


def test_preferred_files_win_within_a_folder_and_subfolders_are_searched(tmp_path: Path) -> None:
    system = folder(tmp_path, "system", "truetype/wqy/wqy-zenhei.ttc", "DroidSansFallbackFull.ttf",
                    "arphic/ukai.ttc", "arphic/uming.ttc")  # fmt: skip
    found = find_fonts(default_dirs=[system])
    assert (found.body.name, found.heading.name) == ("AR PL UMing CN", "WenQuanYi Zen Hei")
    assert found.body.path == system / "arphic" / "uming.ttc"
    assert found.body.subfont_index == 0


def test_extra_folders_then_the_environment_then_the_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = folder(tmp_path, "extra", "simhei.ttf")
    env = folder(tmp_path, "env", "simsun.ttc", "wqy-zenhei.ttc")
    system = folder(tmp_path, "system", "uming.ttc", "wqy-microhei.ttc")
    monkeypatch.setenv(FONT_DIR_ENV, str(env))
    found = find_fonts([extra], default_dirs=[system])
    assert found.heading.path == extra / "simhei.ttf"  # the settings' folder first
    assert found.body.path == env / "simsun.ttc"  # then the environment variable
    monkeypatch.delenv(FONT_DIR_ENV)
    assert find_fonts([extra], default_dirs=[system]).body.path == system / "uming.ttc"


def test_one_chinese_font_serves_both_roles(tmp_path: Path) -> None:
    only = folder(tmp_path, "only", "wqy-zenhei.ttc")
    found = find_fonts(default_dirs=[only])
    assert found.body == found.heading and found.body.name == "WenQuanYi Zen Hei"


def test_postscript_outline_fonts_are_skipped(tmp_path: Path) -> None:
    cff = folder(tmp_path, "cff", "simsun.ttc", "simhei.ttf", outlines=b"CFF ")
    ttf = folder(tmp_path, "ttf", "uming.ttc")
    assert find_fonts(default_dirs=[cff, ttf]).body.path == ttf / "uming.ttc"
    with pytest.raises(FontNotFound) as raised:
        find_fonts(default_dirs=[cff])
    assert "simsun.ttc" in str(raised.value) and "CFF" in str(raised.value)


def test_fonts_whose_licence_forbids_embedding_are_skipped(tmp_path: Path) -> None:
    restricted = folder(tmp_path, "restricted", "simsun.ttc", fs_type=0x0002)
    no_subsetting = folder(tmp_path, "no subsetting", "simhei.ttf", fs_type=0x0100)
    allowed = folder(tmp_path, "allowed", "uming.ttc", "wqy-zenhei.ttc", fs_type=0x0008)
    found = find_fonts(default_dirs=[restricted, no_subsetting, allowed])
    assert (found.body.path.parent, found.heading.path.parent) == (allowed, allowed)


def test_no_font_anywhere_says_where_it_looked_in_chinese(tmp_path: Path) -> None:
    empty, missing = folder(tmp_path, "空 文件夹"), tmp_path / "不存在"
    with pytest.raises(FontNotFound) as raised:
        find_fonts([empty], default_dirs=[missing])
    message = str(raised.value)
    assert message.startswith("找不到可嵌入 PDF 的中文字体")
    assert str(empty) in message and str(missing) in message
    assert "simsun.ttc" in message and FONT_DIR_ENV in message
    assert [path for path, _why in raised.value.places] == [empty, missing]


def test_a_chinese_font_under_another_name_in_the_settings_folder(tmp_path: Path) -> None:
    real = find_fonts().heading
    extra = tmp_path / "my fonts"
    extra.mkdir()
    shutil.copyfile(real.path, extra / f"方正黑体{real.path.suffix}")
    fake_font(extra / "latin-serif.ttf")  # no Chinese glyphs: not taken
    found = find_fonts([extra], default_dirs=[])
    assert found.heading.path == extra / f"方正黑体{real.path.suffix}"
    assert found.body == found.heading


def test_truncated_or_foreign_files_are_not_fonts(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00\x01")
    assert not has_truetype_outlines(broken)
    assert not has_truetype_outlines(tmp_path / "absent.ttf")
    assert not has_truetype_outlines(fake_font(tmp_path / "one.ttc"), index=3)
    assert has_truetype_outlines(fake_font(tmp_path / "two.ttc"), index=0)
