"""Building a pack from curated CSV files: typed, validated, reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from jxdeclare.catalog.build import build
from jxdeclare.catalog.pack import PackError, open_pack

META = {"pack_id": "jx-default", "version": "2026.11", "as_of": "2026-11-28", "publisher": "测试"}
STANDARDS = (
    "number,title,kind,mandatory,published,implemented,withdrawn,replaces,replaced_by,source\n"
    "GB 7718—2025,食品安全国家标准 预包装食品标签通则,national,true,2025-03-16,2027-03-16,,"
    "GB 7718—2011,,supersessions row 11\n"
    "GB 7718—2011,食品安全国家标准 预包装食品标签通则,national,true,,,,,GB 7718—2025,"
    "supersessions row 11\n"
)
LIMITS = (
    "category,item,comparator,value,unit,basis,standard,clause,method,verification,source\n"
    "茶叶,铅,≤,5.0,mg/kg,,GB 2762—2025,表1,GB 5009.12,V,GB 2762-2025 表1\n"
)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "standards.csv").write_text(STANDARDS, encoding="utf-8")
    (folder / "limits.csv").write_text(LIMITS, encoding="utf-8")
    return folder


def test_build_types_the_cells_and_verifies(sources: Path, tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    out = tmp_path / "default.jxpack"
    build(sources, out, META, key)
    pack = open_pack(out, [key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)])
    standards = {row["number"]: row for row in pack.tables["standards"]}
    assert standards["GB 7718—2025"]["mandatory"] is True
    assert standards["GB 7718—2011"]["replaced_by"] == ["GB 7718—2025"]
    assert pack.tables["limits"][0]["value"] == 5.0
    assert pack.manifest["created"] == "2026-11-28T00:00:00+00:00"


def test_build_is_reproducible(sources: Path, tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    build(sources, tmp_path / "a.jxpack", META, key)
    build(sources, tmp_path / "b.jxpack", META, key)
    assert (tmp_path / "a.jxpack").read_bytes() == (tmp_path / "b.jxpack").read_bytes()


def test_a_bad_cell_names_file_row_and_field(sources: Path, tmp_path: Path) -> None:
    (sources / "limits.csv").write_text(LIMITS.replace(",5.0,", ",五,"), encoding="utf-8")
    with pytest.raises(PackError, match=r"limits\.csv 第2行“value”"):
        build(sources, tmp_path / "x.jxpack", META, None)


@pytest.mark.parametrize("part", ["limits.csv", "food_categories.gb2762.csv"])
def test_a_row_without_a_source_is_refused(sources: Path, tmp_path: Path, part: str) -> None:
    """Facts carry sources: a limit or category row that names none never enters a pack."""
    rows = {
        "limits.csv": LIMITS.replace(",V,GB 2762-2025 表1", ",V,"),
        "food_categories.gb2762.csv": "tree,code,name,parent,excludes,note,source\n"
        "gb2762,A22.05,茶叶,A22,,,\n",
    }
    (sources / part).write_text(rows[part], encoding="utf-8")
    with pytest.raises(PackError, match=f"{part} 第2行“source”"):
        build(sources, tmp_path / "p.jxpack", META, None)
