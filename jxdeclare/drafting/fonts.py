"""Chinese fonts for the PDF: a 宋体-like body font and a 黑体-like heading font, both embedded.

Search order (first hit per role wins; within one place the preferred file names win):

1. ``extra_dirs`` — the font folder chosen in the settings;
2. the folder named by the environment variable ``JXDECLARE_FONT_DIR``;
3. the program's own ``resources/fonts`` (empty today: no font is shipped);
4. the operating system's font folders (:func:`system_font_dirs`).

reportlab embeds only TrueType-outline fonts (a ``glyf`` table) whose licence flags allow it:
CFF-outline fonts such as Noto CJK are skipped, and so are restricted ones. There is deliberately
no fallback to reportlab's STSong-Light, which is never embedded and shows as tofu or a substitute
font on many readers.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FONT_DIR_ENV = "JXDECLARE_FONT_DIR"

# Lower-case file name → (subfont index, human name). The order is the preference.
BODY_FILES = {
    "simsun.ttc": (0, "SimSun"),
    "simsun.ttf": (0, "SimSun"),
    "uming.ttc": (0, "AR PL UMing CN"),
    "ukai.ttc": (0, "AR PL UKai CN"),
    "simkai.ttf": (0, "KaiTi"),
}
HEADING_FILES = {
    "simhei.ttf": (0, "SimHei"),
    "wqy-zenhei.ttc": (0, "WenQuanYi Zen Hei"),
    "wqy-microhei.ttc": (0, "WenQuanYi Micro Hei"),
    "droidsansfallbackfull.ttf": (0, "Droid Sans Fallback"),
    "msyh.ttc": (0, "Microsoft YaHei"),
    "msyh.ttf": (0, "Microsoft YaHei"),
}
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# Guesses for fonts a user dropped into a font folder under another name.
_SANS_HINTS = ("hei", "黑", "sans", "gothic", "yahei")


@dataclass(frozen=True)
class FontFace:
    path: Path
    subfont_index: int
    name: str  # human name, e.g. "SimSun"


@dataclass(frozen=True)
class FontSet:
    body: FontFace  # ≈ 宋体
    heading: FontFace  # ≈ 黑体


class FontNotFound(RuntimeError):
    """No embeddable Chinese font anywhere; the message says where we looked and what to do."""

    def __init__(self, places: Sequence[tuple[Path, str]], rejected: Sequence[Path]) -> None:
        self.places = list(places)
        self.rejected = list(dict.fromkeys(rejected))
        searched = "\n".join(f"  - {path}（{why}）" for path, why in places) or "  （无）"
        skipped = "".join(
            f"\n  - {path}（PostScript/CFF 轮廓或字体许可禁止嵌入）" for path in self.rejected
        )
        super().__init__(
            "找不到可嵌入 PDF 的中文字体（需要 TrueType 轮廓的宋体和黑体）。\n"
            f"已查找以下位置：\n{searched}"
            + (f"\n已跳过：{skipped}" if rejected else "")
            + "\n解决办法：Windows 上请确认 C:\\Windows\\Fonts 中有 simsun.ttc（宋体）和 "
            "simhei.ttf（黑体）；Linux 上请安装 fonts-arphic-uming 和 fonts-wqy-zenhei；"
            "也可以把 TrueType 字体文件放进一个文件夹，在设置中指定它"
            f"或设置环境变量 {FONT_DIR_ENV}。"
        )


def system_font_dirs() -> list[Path]:
    """The operating system's font folders (no fc-list: it does not exist on Windows)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def bundled_font_dir() -> Path | None:
    from ..paths import resources_dir

    try:
        return resources_dir() / "fonts"
    except FileNotFoundError:
        return None


def find_fonts(
    extra_dirs: Sequence[Path] = (), *, default_dirs: Sequence[Path] | None = None
) -> FontSet:
    """The body and heading fonts; cached per set of places searched.

    ``default_dirs`` replaces places 3 and 4 of the search order (tests point it at empty folders).
    """
    places = [(Path(d), "设置中指定的字体文件夹") for d in extra_dirs]
    if os.environ.get(FONT_DIR_ENV):
        places.append((Path(os.environ[FONT_DIR_ENV]), f"环境变量 {FONT_DIR_ENV}"))
    explicit = len(places)
    if default_dirs is None:
        bundled = bundled_font_dir()
        places += [(bundled, "程序自带字体文件夹")] if bundled else []
        explicit = len(places)
        places += [(d, "系统字体文件夹") for d in system_font_dirs()]
    else:
        places += [(Path(d), "指定的默认字体文件夹") for d in default_dirs]
    return _search(tuple(places), explicit)


@cache
def _search(places: tuple[tuple[Path, str], ...], explicit: int) -> FontSet:
    rejected: list[Path] = []
    found: dict[str, FontFace] = {}
    for number, (folder, _why) in enumerate(places):
        files = list(_font_files(folder))
        for role, known in (("body", BODY_FILES), ("heading", HEADING_FILES)):
            if role not in found:
                face = _known_face(files, known, rejected)
                if face is None and number < explicit:
                    face = _other_face(files, role, rejected)
                if face is not None:
                    found[role] = face
        if len(found) == 2:
            break
    if not found:
        raise FontNotFound(places, rejected)
    # One Chinese font is better than none: it serves both roles.
    body = found.get("body") or found["heading"]
    return FontSet(body=body, heading=found.get("heading") or body)


def _font_files(folder: Path) -> Iterable[Path]:
    """Font files in the folder and below it (Linux keeps them in sub-folders)."""
    for root, _dirs, names in os.walk(folder):
        for name in names:
            if name.lower().endswith(_FONT_SUFFIXES):
                yield Path(root) / name


def _known_face(
    files: list[Path], known: dict[str, tuple[int, str]], rejected: list[Path]
) -> FontFace | None:
    by_name = {path.name.lower(): path for path in files}
    for file_name, (index, human) in known.items():
        path = by_name.get(file_name)
        if path is not None:
            if embeddable(path, index):
                return FontFace(path, index, human)
            rejected.append(path)
    return None


def _other_face(files: list[Path], role: str, rejected: list[Path]) -> FontFace | None:
    """A font the user put into an explicit folder under a name we do not know."""
    others = [p for p in files if p.name.lower() not in BODY_FILES | HEADING_FILES]
    sans = [p for p in others if any(h in p.name.lower() for h in _SANS_HINTS)]
    ranked = sans + [p for p in others if p not in sans]
    if role == "body":
        ranked.reverse()  # serif-looking names first for the body
    for path in ranked:
        if not embeddable(path, 0):
            rejected.append(path)
        elif covers_chinese(path):
            return FontFace(path, 0, path.stem)
    return None


def has_truetype_outlines(path: Path, index: int = 0) -> bool:
    """Whether the (sub)font has a ``glyf`` table; CFF-outline fonts cannot be embedded."""
    tables = _tables(path, index)
    return b"glyf" in tables and b"CFF " not in tables


def embeddable(path: Path, index: int = 0) -> bool:
    """TrueType outlines and a licence that allows embedding subsets (reportlab refuses others)."""
    if not has_truetype_outlines(path, index):
        return False
    os2 = _tables(path, index).get(b"OS/2")
    if os2 is None:
        return True
    try:
        with path.open("rb") as stream:
            stream.seek(os2 + 8)
            (fs_type,) = struct.unpack(">H", stream.read(2))
    except (OSError, struct.error):
        return False
    return fs_type != 0x0002 and not fs_type & 0x0300  # restricted; bitmap only; no subsetting


def _tables(path: Path, index: int) -> dict[bytes, int]:
    """The (sub)font's table directory, tag → offset; empty when the file is not a font."""
    try:
        with path.open("rb") as stream:
            offset = 0
            head = stream.read(12)
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                if index >= count:
                    return {}
                stream.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", stream.read(4))
            stream.seek(offset)
            (count,) = struct.unpack(">H", stream.read(12)[4:6])
            directory = stream.read(16 * count)
    except (OSError, struct.error):
        return {}
    records = (directory[i : i + 16] for i in range(0, len(directory) - 15, 16))
    return {record[:4]: struct.unpack(">I", record[8:12])[0] for record in records}


def covers_chinese(path: Path, index: int = 0) -> bool:
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        face = TTFontFile(str(path), subfontIndex=index)
    except Exception:  # any damaged or odd file a user dropped in must not stop the search
        return False
    return all(ord(char) in face.charToGlyph for char in "中文标准")
