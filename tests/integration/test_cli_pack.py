"""`jxdeclare-cli pack …` and `catalog status` as scripts use them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jxdeclare.catalog.pack import write_pack

META = {
    "pack_id": "agency",
    "as_of": "2026-11-28",
    "created": "2026-11-29T00:00:00+00:00",
    "publisher": "某标准化服务机构",
}
STANDARDS = [
    {
        "number": "GB 7718—2011",
        "kind": "national",
        "replaced_by": ["GB 7718—2025"],
        "source": "supersessions",
    },
    {
        "number": "GB 7718—2025",
        "kind": "national",
        "implemented": "2027-03-16",
        "replaces": ["GB 7718—2011"],
        "source": "supersessions",
    },
]


def test_unsigned_agency_pack_import_activate_and_status(tmp_path: Path, cli) -> None:
    home, pack = tmp_path / "数据", tmp_path / "机构 目录.jxpack"
    write_pack(pack, {**META, "version": "1"}, {"standards": STANDARDS}, None)
    refused = cli(home, "pack", "import", str(pack))
    assert refused.returncode == 1 and "未签名" in refused.stderr
    assert cli(home, "pack", "verify", str(pack), "--allow-unsigned").returncode == 0
    imported = json.loads(
        cli(home, "pack", "import", str(pack), "--allow-unsigned", "--json").stdout
    )
    assert cli(home, "pack", "activate", imported["file"]).returncode == 0
    listed = json.loads(cli(home, "pack", "list", "--json").stdout)
    assert [(p["builtin"], p["active"], p["signed"]) for p in listed] == [
        (True, False, True),  # the bundled pack, no longer in use
        (False, True, False),
    ]
    assert listed[1]["publisher"] == "某标准化服务机构"
    assert cli(home, "pack", "activate", "default.jxpack").returncode == 1  # said, not done
    status = cli(home, "catalog", "status", "GB 7718-2025", "--as-of", "2026-11-29", "--json")
    data = json.loads(status.stdout)
    assert (data["status"], data["in_force_from"], data["as_of"]) == (
        "即将实施",
        "2027-03-16",
        "2026-11-29",
    )
    old = json.loads(
        cli(home, "catalog", "status", "GB 7718-2011", "--as-of", "2027-03-16", "--json").stdout
    )
    assert (old["status"], old["replaced_by"]) == ("被代替", ["GB 7718—2025"])


def test_untrusted_signature_is_refused_and_nothing_changes(tmp_path: Path, cli) -> None:
    home, pack = tmp_path / "数据", tmp_path / "p.jxpack"
    write_pack(
        pack, {**META, "version": "2"}, {"standards": STANDARDS}, Ed25519PrivateKey.generate()
    )
    result = cli(home, "pack", "import", str(pack))
    assert result.returncode == 1 and "签名" in result.stderr and "Traceback" not in result.stderr
    assert [p["builtin"] for p in json.loads(cli(home, "pack", "list", "--json").stdout)] == [True]
    assert cli(home, "pack", "rollback").returncode == 1
    # With nothing imported, the bundled default pack answers.
    status = cli(home, "catalog", "status", "GB 7718-2025", "--as-of", "2026-11-29", "--json")
    assert json.loads(status.stdout)["status"] == "即将实施"


def test_a_fresh_install_lists_the_bundled_pack_in_use(tmp_path: Path, cli) -> None:
    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack
    from jxdeclare.services.catalog import default_pack_path

    bundled = open_pack(default_pack_path(), trusted_keys())
    home = tmp_path / "数据"
    listed = cli(home, "pack", "list")
    assert listed.returncode == 0, listed.stderr
    (line,) = listed.stdout.splitlines()
    assert line.startswith("* default.jxpack\t")
    for shown in (bundled.pack_id, bundled.version, bundled.manifest["as_of"],
                  bundled.manifest["publisher"], "内置", "当前使用"):  # fmt: skip
        assert shown in line
    (row,) = json.loads(cli(home, "pack", "list", "--json").stdout)
    assert row == {
        "file": "default.jxpack", "pack_id": bundled.pack_id, "version": bundled.version,
        "as_of": bundled.manifest["as_of"], "signed": True,
        "publisher": bundled.manifest["publisher"], "builtin": True, "active": True,
    }  # fmt: skip
    activated = cli(home, "pack", "activate", "default.jxpack")
    assert activated.returncode == 1 and "内置数据包已在使用" in activated.stderr


def test_bad_date_is_unusable_input(tmp_path: Path, cli) -> None:
    home, pack = tmp_path / "数据", tmp_path / "p.jxpack"
    write_pack(pack, {**META, "version": "1"}, {"standards": STANDARDS}, None)
    file = json.loads(cli(home, "pack", "import", str(pack), "--allow-unsigned", "--json").stdout)[
        "file"
    ]
    cli(home, "pack", "activate", file)
    assert cli(home, "catalog", "status", "GB 7718", "--as-of", "2026/11/29").returncode == 2


def test_build_signs_with_a_new_key_and_verifies_once_trusted(tmp_path: Path, cli) -> None:
    from jxdeclare.catalog.keys import trusted_keys
    from jxdeclare.catalog.pack import open_pack

    source = tmp_path / "src"
    source.mkdir()
    (source / "standards.csv").write_text(
        "number,kind,implemented,source\nGB 2762—2025,national,2026-09-02,GB 2762-2025 前言\n",
        encoding="utf-8",
    )
    keys, out = tmp_path / "keys", tmp_path / "default.jxpack"
    keys.mkdir()
    built = cli(
        tmp_path / "h",
        "pack",
        "build",
        "--source",
        str(source),
        "--out",
        str(out),
        "--key",
        str(tmp_path / "secret" / "release.pem"),
        "--public-key",
        str(keys / "release.pub"),
        "--version",
        "1",
        "--as-of",
        "2026-11-28",
        "--json",
    )
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout)["new_key"] is True
    if os.name != "nt":  # Windows has no such permission bits; the file is in the user profile
        assert (tmp_path / "secret" / "release.pem").stat().st_mode & 0o077 == 0
    pack = open_pack(out, trusted_keys(keys))
    assert pack.signed and pack.tables["standards"][0]["number"] == "GB 2762—2025"


def test_catalog_search_with_status(tmp_path: Path, cli) -> None:
    home, pack = tmp_path / "数据", tmp_path / "p.jxpack"
    rows = [{**row, "title": "食品安全国家标准 预包装食品标签通则"} for row in STANDARDS]
    write_pack(pack, {**META, "version": "1"}, {"standards": rows}, None)
    file = json.loads(cli(home, "pack", "import", str(pack), "--allow-unsigned", "--json").stdout)[
        "file"
    ]
    cli(home, "pack", "activate", file)
    found = json.loads(
        cli(home, "catalog", "search", "标签通则", "--as-of", "2026-11-29", "--json").stdout
    )
    assert {(f["number"], f["status"]) for f in found} == {
        ("GB 7718—2011", "现行"),
        ("GB 7718—2025", "即将实施"),
    }
    assert (
        json.loads(cli(home, "catalog", "search", "gb 7718-2025", "--json").stdout)[0]["number"]
        == "GB 7718—2025"
    )


def test_an_unsigned_pack_cannot_pass_for_the_bundled_one_and_the_list_says_signed(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "数据"
    (bundled,) = json.loads(cli(home, "pack", "list", "--json").stdout)
    copycat = tmp_path / "冒充.jxpack"
    write_pack(copycat, {**META, "pack_id": bundled["pack_id"], "version": bundled["version"]},
               {"standards": STANDARDS}, None)  # fmt: skip
    refused = cli(home, "pack", "import", str(copycat), "--allow-unsigned")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "不能沿用已签名数据包的标识和版本" in refused.stderr
    assert f"{bundled['pack_id']} {bundled['version']}" in refused.stderr
    own = tmp_path / "机构.jxpack"
    write_pack(own, {**META, "version": "1"}, {"standards": STANDARDS}, None)
    assert cli(home, "pack", "import", str(own), "--allow-unsigned").returncode == 0
    lines = cli(home, "pack", "list").stdout.splitlines()
    assert len(lines) == 2
    assert "\t已签名 signed" in lines[0] and "未签名" not in lines[0]
    assert "\t未签名 unsigned" in lines[1] and "agency 1" in lines[1]
