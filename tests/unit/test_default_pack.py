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


SOURCES = read_sources(PACKS / "src")
NOTES = (PACKS / "src" / "NOTES.md").read_text(encoding="utf-8")


def test_every_edition_has_a_title_or_is_listed_as_missing_one() -> None:
    untitled = {row["number"] for row in SOURCES["standards"] if not row.get("title")}
    section = NOTES.split("### Missing titles", 1)[1].split("\n### ", 1)[0]
    assert len(untitled) <= 11
    assert not [number for number in untitled if number not in section]


def test_the_sources_resolve_undated_numbers_to_the_edition_in_force() -> None:
    """The dates of the issue "The checker on real documents", on the curated sources."""
    editions = Editions(SOURCES["standards"])
    cases = {
        ("GB 2762", "2023-06-29"): "GB 2762—2017", ("GB 2762", "2023-06-30"): "GB 2762—2022",
        ("GB 2763", "2021-09-02"): "GB 2763—2019", ("GB 2763", "2021-09-03"): "GB 2763—2021",
        ("GB 2760", "2025-02-07"): "GB 2760—2014", ("GB 2760", "2025-02-08"): "GB 2760—2024",
        ("GB 5749", "2023-03-31"): "GB 5749—2006", ("GB 5749", "2023-04-01"): "GB 5749—2022",
        ("GB 2762", "2013-05-31"): "GB 2762—2005",
    }  # fmt: skip
    found = {key: editions.status(key[0], date.fromisoformat(key[1])).edition for key in cases}
    assert found == cases
    assert editions.status("GB 5009.12-2023", date(2022, 12, 31)).status is not Status.CURRENT


def test_the_method_references_of_gb_2762_2025_are_in_the_sources_or_named_as_gaps() -> None:
    """GB 2762—2025 4.x.2 names its methods undated; each must resolve or be listed in NOTES."""
    editions = Editions(SOURCES["standards"])
    methods = ["GB 5009.11", "GB 5009.12", "GB 5009.15", "GB 5009.16", "GB 5009.17", "GB 5009.26",
               "GB 5009.27", "GB 5009.33", "GB 5009.123", "GB 5009.138", "GB 5009.190",
               "GB 5009.191", "GB 8538"]  # fmt: skip
    today = date(2026, 11, 28)
    missing = [m for m in methods if editions.status(m, today).edition is None]
    assert not [m for m in missing if m not in NOTES]
    for method in set(methods) - set(missing):
        result = editions.status(method, today)
        assert result.status is Status.CURRENT and result.title, method
