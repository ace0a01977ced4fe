"""Importing, activating and rolling back packs; a refused pack never touches the active one."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from jxdeclare.catalog.diff import diff_packs
from jxdeclare.catalog.pack import PackError, open_pack, write_pack
from jxdeclare.catalog.store import PackStore

KEY = Ed25519PrivateKey.generate()  # throwaway test key
PUBLIC = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
META = {
    "pack_id": "jx",
    "as_of": "2026-11-28",
    "created": "2026-11-29T00:00:00+00:00",
    "publisher": "测试",
}
TABLES = {
    "standards": [
        {
            "number": "GB 2762—2025",
            "kind": "national",
            "implemented": "2026-09-02",
            "source": "test",
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
            "verification": "V",
            "source": "test",
        }
    ],
}


def make(tmp_path: Path, version: str, tables=TABLES, key=KEY) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / f"包 {version}.jxpack"
    write_pack(path, {**META, "version": version}, tables, key)
    return path


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "数据 目录", [PUBLIC])


def test_import_activate_and_roll_back(store: PackStore, tmp_path: Path) -> None:
    first = store.import_pack(make(tmp_path, "1"))
    second = store.import_pack(make(tmp_path, "2"))
    assert store.active_file() is None
    store.activate(first.file)
    store.activate(second.file)
    assert store.active_file() == second.file
    assert store.rollback().file == first.file
    assert store.active_file() == first.file
    with pytest.raises(PackError, match="没有可回退"):
        store.rollback()
    assert {p.version for p in store.list_packs()} == {"1", "2"}


def test_a_refused_import_leaves_the_active_pack_alone(store: PackStore, tmp_path: Path) -> None:
    good = store.import_pack(make(tmp_path, "1"))
    store.activate(good.file)
    stranger = make(tmp_path, "evil", key=Ed25519PrivateKey.generate())
    with pytest.raises(PackError):
        store.import_pack(stranger)
    assert store.active_file() == good.file
    assert [p.version for p in store.list_packs()] == ["1"]


def test_a_pack_changed_on_disk_after_import_is_refused(store: PackStore, tmp_path: Path) -> None:
    stored = store.import_pack(make(tmp_path, "1"))
    path = store.folder / stored.file
    path.write_bytes(path.read_bytes()[:-40] + b"\x00" * 40)
    with pytest.raises(PackError):
        store.activate(stored.file)
    assert store.active_file() is None


def test_unsigned_packs_need_the_override_once(store: PackStore, tmp_path: Path) -> None:
    unsigned = make(tmp_path, "agency", key=None)
    with pytest.raises(PackError, match="未签名"):
        store.import_pack(unsigned)
    stored = store.import_pack(unsigned, allow_unsigned=True)
    assert store.activate(stored.file).signed is False


def test_an_unsigned_pack_may_not_take_a_signed_packs_id_and_version(
    store: PackStore, tmp_path: Path
) -> None:
    store.import_pack(make(tmp_path, "1"))
    (tmp_path / "别处").mkdir()
    copycat = make(tmp_path / "别处", "1", key=None)  # same id "jx", same version
    with pytest.raises(PackError, match="不能沿用已签名数据包的标识和版本（jx 1）"):
        store.import_pack(copycat, allow_unsigned=True)
    assert [p.signed for p in store.list_packs()] == [True]  # nothing was copied in
    own = store.import_pack(make(tmp_path, "1-机构", key=None), allow_unsigned=True)
    assert own.signed is False  # its own version: accepted
    bundled = PackStore(store.folder.parent, [PUBLIC], signed_elsewhere=lambda: [("jx", "7")])
    with pytest.raises(PackError, match="（jx 7）"):
        bundled.import_pack(make(tmp_path, "7", key=None), allow_unsigned=True)


def test_diff_shows_status_and_limit_changes(tmp_path: Path) -> None:
    newer = copy.deepcopy(TABLES)
    newer["standards"][0]["implemented"] = "2026-10-01"
    newer["standards"].append({"number": "GB 7718—2025", "kind": "national", "source": "t"})
    newer["limits"][0]["value"] = 0.1
    old = open_pack(make(tmp_path, "1"), [PUBLIC])
    new = open_pack(make(tmp_path, "2", newer), [PUBLIC])
    change = diff_packs(old, new)
    assert change.standards_added == ["GB 7718—2025"]
    assert change.standards_changed == {
        "GB 2762—2025": {"implemented": ["2026-09-02", "2026-10-01"]}
    }
    assert change.limits_changed == [
        {
            "key": ["谷物及其制品", "铅", ""],
            "old": "≤0.2mg/kg (GB 2762—2025)",
            "new": "≤0.1mg/kg (GB 2762—2025)",
        }
    ]
    assert diff_packs(old, old).empty
