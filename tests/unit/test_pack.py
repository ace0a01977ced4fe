"""Data packs: a good pack loads; every kind of bad pack is refused with a message saying why."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from jxdeclare.catalog.pack import MANIFEST, SIGNATURE, PackError, open_pack, write_pack

META = {
    "pack_id": "test",
    "version": "1",
    "as_of": "2026-11-28",
    "created": "2026-11-29T00:00:00+00:00",
    "publisher": "测试",
}
TABLES = {
    "standards": [
        {
            "number": "GB 2762—2025",
            "title": "食品安全国家标准 食品中污染物限量",
            "kind": "national",
            "mandatory": True,
            "published": "2025-09-02",
            "implemented": "2026-09-02",
            "replaces": ["GB 2762—2022"],
            "source": "GB 2762-2025 正文前言",
        }
    ],
    "limits": [
        {
            "category": "谷物及其制品",
            "item": "铅",
            "comparator": "≤",
            "value": 0.2,
            "unit": "mg/kg",
            "standard": "GB 2762—2025",
            "clause": "表1",
            "method": "GB 5009.12",
            "verification": "V",
            "source": "GB 2762-2025 表1",
        }
    ],
}


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()  # a throwaway key: tests never see a release key


def public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@pytest.fixture
def good(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    path = tmp_path / "数据 包.jxpack"
    write_pack(path, META, TABLES, key)
    return path


def rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """Copy a pack member by member, letting ``change`` alter the dict of name -> bytes."""
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    change(files)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def resign(files: dict[str, bytes], key: Ed25519PrivateKey, **manifest_changes: object) -> None:
    manifest = json.loads(files[MANIFEST]) | manifest_changes
    files[MANIFEST] = json.dumps(manifest).encode()
    files[SIGNATURE] = key.sign(files[MANIFEST])


def test_a_signed_pack_loads(good: Path, key: Ed25519PrivateKey) -> None:
    pack = open_pack(good, [public(key)])
    assert pack.signed and pack.pack_id == "test"
    assert pack.tables["limits"][0]["value"] == 0.2
    assert pack.tables["additives"] == []


def test_writing_is_reproducible(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    first, second = tmp_path / "a.jxpack", tmp_path / "b.jxpack"
    write_pack(first, META, TABLES, key)
    write_pack(second, META, TABLES, key)
    assert (
        hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    )


def test_corrupt_zip(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    bad = tmp_path / "坏.jxpack"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(PackError, match="zip"):
        open_pack(bad, [public(key)])


def test_untrusted_signature(good: Path) -> None:
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(PackError, match="签名无效"):
        open_pack(good, [public(stranger)])


def test_unsigned_needs_an_explicit_override(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = tmp_path / "agency.jxpack"
    write_pack(path, META, TABLES, None)
    with pytest.raises(PackError, match="未签名"):
        open_pack(path, [public(key)])
    assert open_pack(path, [public(key)], allow_unsigned=True).signed is False


def test_tampered_member(good: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    def loosen(files: dict[str, bytes]) -> None:
        files["tables/limits.json"] = files["tables/limits.json"].replace(b"0.2", b"9.9")

    with pytest.raises(PackError, match="校验值不符"):
        open_pack(rewrite(good, tmp_path / "t.jxpack", loosen), [public(key)])


def test_tampered_manifest_breaks_the_signature(
    good: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    def bump(files: dict[str, bytes]) -> None:
        files[MANIFEST] = files[MANIFEST].replace(b'"version": "1"', b'"version": "2"')

    with pytest.raises(PackError, match="签名无效"):
        open_pack(rewrite(good, tmp_path / "m.jxpack", bump), [public(key)])


def test_path_traversal(good: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    def escape(files: dict[str, bytes]) -> None:
        files["../../evil.json"] = b"[]"

    with pytest.raises(PackError, match="路径穿越"):
        open_pack(rewrite(good, tmp_path / "p.jxpack", escape), [public(key)])


def test_member_larger_than_declared(good: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    def understate(files: dict[str, bytes]) -> None:
        manifest = json.loads(files[MANIFEST])
        manifest["members"]["tables/limits.json"]["size"] = 10
        resign(files, key, members=manifest["members"])

    with pytest.raises(PackError, match="比声明的大"):
        open_pack(rewrite(good, tmp_path / "s.jxpack", understate), [public(key)])


def test_zip_bomb(good: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    def inflate(files: dict[str, bytes]) -> None:
        files["tables/limits.json"] = b"\x00" * (65 * 1024 * 1024)  # compresses to ~64 KB

    bomb = rewrite(good, tmp_path / "b.jxpack", inflate)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(PackError, match="过大"):
        open_pack(bomb, [public(key)])


def test_unknown_schema_version(good: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    with pytest.raises(PackError, match="格式版本 99"):
        open_pack(
            rewrite(good, tmp_path / "v.jxpack", lambda f: resign(f, key, schema=99)), [public(key)]
        )


def test_member_not_in_the_manifest(good: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    def smuggle(files: dict[str, bytes]) -> None:
        files["tables/extra.json"] = b"[]"

    with pytest.raises(PackError, match="清单之外"):
        open_pack(rewrite(good, tmp_path / "x.jxpack", smuggle), [public(key)])


def test_a_bad_row_names_table_row_and_field(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    rows = [*TABLES["limits"], {**TABLES["limits"][0], "value": "0.2"}]
    path = tmp_path / "r.jxpack"
    write_pack(path, META, {**TABLES, "limits": rows}, key)
    with pytest.raises(PackError, match="表“limits”第2行字段“value”"):
        open_pack(path, [public(key)])


def test_a_table_nested_past_the_limit_is_unreadable_and_a_shallow_bad_row_is_a_row_error(
    tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    """Tables are not walked for depth when every row is valid (a valid row is three deep at
    most); a bad row still tells nesting past the limit (unusable input) from a wrong field."""
    deep: list = ["GB 2762—2025"]
    for _ in range(100):
        deep = [deep]
    for replaces, unreadable in ((deep, True), ([["GB 2762—2022"]], False)):
        path = tmp_path / f"{unreadable}.jxpack"
        standard = {**TABLES["standards"][0], "replaces": replaces}
        write_pack(path, META, {**TABLES, "standards": [standard]}, key)
        with pytest.raises(PackError) as raised:
            open_pack(path, [public(key)])
        assert raised.value.unreadable is unreadable
        expected = "嵌套层数过多" if unreadable else "表“standards”第1行字段“replaces”"
        assert expected in str(raised.value)
