"""One version for the frozen build and the installer, read from pyproject.toml.

The spec turns it into the Windows version resource of both executables, and build.py passes it
to makensis; nothing else in the release names a version.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = "江西企业标准化助手"
COMPANY = "jxdeclare"

# PEP 440 release numbers and the pre/post/dev parts a release might carry.
_VERSION = re.compile(r"^(\d+(?:\.\d+){0,3})(?:(a|b|rc|\.post|\.dev)(\d+))?$")


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def windows_version(version: str) -> tuple[int, int, int, int]:
    """Four 16-bit numbers for VS_FIXEDFILEINFO and NSIS VIProductVersion.

    Pre-releases keep the release's first three numbers and put the pre-release number last, so
    0.2.0rc1 is 0.2.0.1; a final release has 0 there.
    """
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"not a release version: {version!r}")
    parts = [int(p) for p in match.group(1).split(".")]
    if match.group(2) and len(parts) < 4:
        parts = [*[*parts, 0, 0][:3], int(match.group(3))]
    numbers = [*parts, 0, 0, 0][:4]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version part too large for Windows: {version!r}")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info(version: str, *, name: str, description: str) -> str:
    """A PyInstaller version file (the VSVersionInfo repr) for one executable."""
    four = windows_version(version)
    dotted = ".".join(map(str, four))
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": name,
        "OriginalFilename": f"{name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
        "LegalCopyright": COMPANY,
    }
    string_structs = ",\n".join(f"      StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0804 = Simplified Chinese, 1200 = Unicode: Explorer's Details tab shows the Chinese name.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
{string_structs}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
# {dotted}
"""


def nsis_defines(version: str) -> list[str]:
    """makensis command-line defines that stamp the installer."""
    dotted = ".".join(map(str, windows_version(version)))
    return [f"-DVERSION={version}", f"-DVERSION4={dotted}"]  # "-" works on every platform
