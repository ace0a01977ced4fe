"""The bundled default pack: signed by the shipped key, built from resources/packs/src, sourced."""

from __future__ import annotations

from datetime import date

from jxdeclare.catalog.build import read_sources
from jxdeclare.catalog.keys import trusted_keys
from jxdeclare.catalog.pack import open_pack
from jxdeclare.catalog.status import Editions, Status
from jxdeclare.paths import resources_dir

PACKS = resources_dir() / "packs"


def default_pack():  # type: ignore[no-untyped-def]
    return open_pack(PACKS / "default.jxpack", trusted_keys())


def test_it_verifies_with_the_shipped_key() -> None:
    pack = default_pack()
    assert pack.signed and pack.pack_id == "jxdeclare-default"


def test_it_holds_exactly_the_curated_sources() -> None:
    """Rebuilt from resources/packs/src, the tables are the same: nobody edited one side only."""
    assert default_pack().tables == read_sources(PACKS / "src")


def test_only_verified_limits_with_their_standard_and_source() -> None:
    pack = default_pack()
    numbers = {row["number"] for row in pack.tables["standards"]}
    for row in pack.tables["limits"]:
        assert row["verification"] in ("V", "V1")
        assert row["standard"] in numbers and row["source"].strip()


def test_the_status_facts_of_design_section_3() -> None:
    editions = Editions(default_pack().tables["standards"])
    today = date(2026, 11, 29)
    cases = {
        "GB 2762-2022": Status.REPLACED, "GB 2762-2025": Status.CURRENT,
        "GB 2760-2014": Status.REPLACED, "GB 7718-2025": Status.UPCOMING,
        "GB 7718-2011": Status.CURRENT, "GB 18584-2001": Status.REPLACED,
        "GB/T 26760-2011": Status.REPLACED, "GB 7000.1-2015": Status.REPLACED,
    }  # fmt: skip
    assert {number: editions.status(number, today).status for number in cases} == cases
    assert editions.status("GB 2762", today).edition == "GB 2762—2025"
    assert editions.status("GB 7000.1-2015", today).replaced_by == ("GB/T 7000.1—2023",)
