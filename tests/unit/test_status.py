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


def test_a_successor_with_an_unknown_date_replaces_the_old_edition() -> None:
    result = EDITIONS.status("GB 5009.12-2017", date(2026, 11, 29))
    assert (result.status, result.replaced_by, result.replaced_since) == (
        Status.REPLACED,
        ("GB 5009.12—2023",),
        None,
    )
    assert EDITIONS.status("GB 5009.12", date(2026, 11, 29)).edition == "GB 5009.12—2023"
