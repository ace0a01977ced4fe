"""installers/version.py: one version, from pyproject.toml, for executables and installer."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import jxdeclare

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"


@pytest.fixture(scope="module")
def version() -> Iterator[ModuleType]:
    sys.path.insert(0, str(INSTALLERS))
    try:
        import version as module
    finally:
        sys.path.remove(str(INSTALLERS))
    yield module
    sys.modules.pop("version", None)


def test_the_package_and_pyproject_name_the_same_version(version: ModuleType) -> None:
    assert version.project_version() == jxdeclare.__version__


def test_project_version_reads_the_given_pyproject(version: ModuleType, tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "2.3.1"\n', encoding="utf-8")
    assert version.project_version(pyproject) == "2.3.1"


@pytest.mark.parametrize(
    ("text", "four"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("0.2.0rc1", (0, 2, 0, 1)),
        ("1.0.post2", (1, 0, 0, 2)),
    ],
)
def test_windows_version_has_four_numbers(
    version: ModuleType, text: str, four: tuple[int, ...]
) -> None:
    assert version.windows_version(text) == four


@pytest.mark.parametrize("text", ["1.0.0+local", "v1.0", "1.70000.0", ""])
def test_windows_version_refuses_what_windows_cannot_hold(version: ModuleType, text: str) -> None:
    with pytest.raises(ValueError):
        version.windows_version(text)


def test_nsis_defines_carry_both_forms(version: ModuleType) -> None:
    assert version.nsis_defines("0.2.0rc1") == ["-DVERSION=0.2.0rc1", "-DVERSION4=0.2.0.1"]


def recorder(name: str) -> Any:
    return lambda *args, **kwargs: (name, args, kwargs)


def test_version_info_is_a_well_formed_resource(version: ModuleType) -> None:
    text = version.version_info("0.2.0rc1", name="jxdeclare-cli", description="命令行")
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]  # fmt: skip
    _, _, resource = eval(text, {name: recorder(name) for name in names})
    fixed = resource["ffi"][2]
    assert fixed["filevers"] == fixed["prodvers"] == (0, 2, 0, 1)
    table = resource["kids"][0][1][0][0]
    strings = dict(entry[1] for entry in table[1][1])
    assert strings["ProductVersion"] == "0.2.0rc1"
    assert strings["OriginalFilename"] == "jxdeclare-cli.exe"
    assert strings["FileDescription"] == "命令行"


@pytest.mark.skipif(sys.platform != "win32", reason="PyInstaller reads version files on Windows")
def test_pyinstaller_reads_the_version_info(version: ModuleType) -> None:
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    info = eval(version.version_info("1.2.3", name="jxdeclare", description="x"), vars(versioninfo))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((1 << 16) | 2, 3 << 16)
