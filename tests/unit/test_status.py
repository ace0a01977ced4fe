"""Status on a date, with editions and dates from the supersession tables (None: not in the
sources; GB/T 99999 is fictional, for withdrawal)."""

from __future__ import annotations

from datetime import date

import pytest

from jxdeclare.catalog.status import Editions, Status


def row(
    number: str,
    implemented: str | None,
    replaced_by: list[str] | None = None,
    withdrawn: str | None = None,
) -> dict[str, object]:
    return {
        "number": number,
        "title": "",
        "kind": "national",
        "implemented": implemented,
        "withdrawn": withdrawn,
        "replaced_by": replaced_by or [],
        "source": "test",
    }


EDITIONS = Editions([
    row("GB 2762—2017", None, ["GB 2762—2022"]),
    row("GB 2762—2022", "2023-06-30", ["GB 2762—2025"]),
    row("GB 2762—2025", "2026-09-02"),
    row("GB 7718—2011", None, ["GB 7718—2025"]),
    row("GB 7718—2025", "2027-03-16"),
    row("GB 7000.1—2015", "2017-01-01", ["GB/T 7000.1—2023"]),
    row("GB/T 7000.1—2023", "2026-01-01"),
    row("GB/T 26760—2011", None, ["GB/T 10781.4—2024"]),
    row("GB/T 10781.4—2024", "2025-06-01"),
    row("GB/T 99999—2000", "2000-06-01", withdrawn="2020-01-01"),  # fictional: withdrawal
    row("GB 5009.12—2017", None, ["GB 5009.12—2023"]),
    row("GB 5009.12—2023", None),  # the sources give no implementation date
])  # fmt: skip


@pytest.mark.parametrize(
    ("number", "as_of", "status", "replaced_by"),
    [
        ("GB 2762-2022", "2026-09-01", Status.CURRENT, ()),
        ("GB 2762-2022", "2026-09-02", Status.REPLACED, ("GB 2762—2025",)),
        ("GB 2762—2025", "2026-09-01", Status.UPCOMING, ()),
        ("GB 2762—2025", "2026-11-29", Status.CURRENT, ()),
        ("GB 7718-2025", "2026-11-29", Status.UPCOMING, ()),
        ("GB 7718-2025", "2027-03-16", Status.CURRENT, ()),
        ("GB 7718-2011", "2027-03-16", Status.REPLACED, ("GB 7718—2025",)),
        ("GB/T 26760-2011", "2026-11-29", Status.REPLACED, ("GB/T 10781.4—2024",)),
        ("GB/T 99999-2000", "2019-12-31", Status.CURRENT, ()),
        ("GB/T 99999-2000", "2020-01-01", Status.WITHDRAWN, ()),
        ("GB 2762-2099", "2026-11-29", Status.UNKNOWN, ()),
        ("不是标准号", "2026-11-29", Status.UNKNOWN, ()),
    ],
)
def test_status_of_an_edition_on_a_date(
    number: str, as_of: str, status: Status, replaced_by: tuple[str, ...]
) -> None:
    result = EDITIONS.status(number, date.fromisoformat(as_of))
    assert (result.status, result.replaced_by) == (status, replaced_by)


def test_replaced_since_is_the_day_the_successor_came_into_force() -> None:
    result = EDITIONS.status("GB 2762-2022", date(2026, 11, 29))
    assert result.replaced_since == date(2026, 9, 2)


def test_the_chain_leads_to_the_edition_in_force() -> None:
    result = EDITIONS.status("GB 2762-2017", date(2026, 11, 29))
    assert result.chain == ("GB 2762—2017", "GB 2762—2022", "GB 2762—2025")
    before = EDITIONS.status("GB 2762-2017", date(2026, 9, 1))
    assert before.chain == ("GB 2762—2017", "GB 2762—2022")


def test_an_undated_reference_means_the_edition_in_force_on_the_date() -> None:
    assert EDITIONS.status("GB 7718", date(2026, 11, 29)).edition == "GB 7718—2011"
    assert EDITIONS.status("GB 7718", date(2027, 3, 16)).edition == "GB 7718—2025"
    result = EDITIONS.status("GB 2762", date(2026, 11, 29))
    assert (result.edition, result.status) == ("GB 2762—2025", Status.CURRENT)


def test_a_mandatory_standard_that_became_recommended() -> None:
    result = EDITIONS.status("GB 7000.1", date(2026, 11, 29))
    assert result.status is Status.REPLACED
    assert result.replaced_by == ("GB/T 7000.1—2023",)


def test_json_form_has_the_keys_scripts_use() -> None:
    data = EDITIONS.status("GB 7718-2025", date(2026, 11, 29)).as_dict()
    assert {"number", "status", "replaced_by", "in_force_from", "as_of"} <= set(data)
    assert (data["status"], data["in_force_from"]) == ("即将实施", "2027-03-16")


def test_a_successor_without_a_date_leaves_the_old_edition_unknown_not_current() -> None:
    """GB 5009.12—2023 with no implementation date: from 2023 on nobody can say whether it is in
    force yet, so neither edition is 现行 and the old one names the pending replacement."""
    result = EDITIONS.status("GB 5009.12-2017", date(2026, 11, 29))
    assert (result.status, result.replaced_by, result.pending) == (
        Status.UNKNOWN,
        (),
        ("GB 5009.12—2023",),
    )
    assert result.edition == "GB 5009.12—2017"  # the pack knows it: 未知 is about the date only
    assert EDITIONS.status("GB 5009.12-2023", date(2026, 11, 29)).status is Status.UNKNOWN
    assert EDITIONS.status("GB 5009.12", date(2026, 11, 29)).edition == "GB 5009.12—2023"


def test_an_edition_without_a_date_is_not_in_force_before_its_year() -> None:
    new = EDITIONS.status("GB 5009.12-2023", date(2022, 12, 31))
    assert new.status is not Status.CURRENT
    old = EDITIONS.status("GB 5009.12-2017", date(2022, 12, 31))
    assert (old.status, old.pending) == (Status.UNKNOWN, ())  # the 2017 edition has no date either
    assert EDITIONS.status("GB 5009.12", date(2022, 12, 31)).edition == "GB 5009.12—2017"


def test_a_published_date_bounds_a_successor_without_implementation_date() -> None:
    editions = Editions([
        row("GB 1—2010", "2011-01-01", ["GB 1—2020"]),
        {**row("GB 1—2020", None), "published": "2020-05-01"},
    ])  # fmt: skip
    assert editions.status("GB 1-2010", date(2020, 4, 30)).status is Status.CURRENT
    after = editions.status("GB 1-2010", date(2020, 5, 1))
    assert (after.status, after.pending) == (Status.UNKNOWN, ("GB 1—2020",))
    assert editions.status("GB 1", date(2020, 4, 30)).edition == "GB 1—2010"


CHAIN = Editions([
    row("GB 2762—2012", "2013-06-01", ["GB 2762—2017"]),
    row("GB 2762—2017", "2017-09-17", ["GB 2762—2022"]),
    row("GB 2762—2022", "2023-06-30", ["GB 2762—2025"]),
    row("GB 2762—2025", "2026-09-02"),
    row("GB 2763—2019", "2020-02-15", ["GB 2763—2021"]),
    row("GB 2763—2016", "2017-06-18"),  # no link to 2019 here: both in force, the newer wins
    row("GB 2763—2021", "2021-09-03"),
])  # fmt: skip


@pytest.mark.parametrize(
    ("number", "as_of", "edition"),
    [
        ("GB 2762", "2023-06-29", "GB 2762—2017"),
        ("GB 2762", "2023-06-30", "GB 2762—2022"),
        ("GB 2762", "2017-09-16", "GB 2762—2012"),
        ("GB 2762", "2013-05-31", "GB 2762—2012"),  # before anything: the first to come
        ("GB 2763", "2021-09-02", "GB 2763—2019"),
        ("GB 2763", "2021-09-03", "GB 2763—2021"),
    ],
)
def test_an_undated_number_is_the_newest_edition_in_force(
    number: str, as_of: str, edition: str
) -> None:
    assert CHAIN.status(number, date.fromisoformat(as_of)).edition == edition


def test_the_json_form_names_pending_replacements() -> None:
    data = EDITIONS.status("GB 5009.12-2017", date(2026, 11, 29)).as_dict()
    assert (data["status"], data["pending"]) == ("未知", ["GB 5009.12—2023"])
