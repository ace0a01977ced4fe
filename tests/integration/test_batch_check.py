"""An agency's batch check of stored standards: worker processes, progress, cancel, summary."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest

from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.batch_check import BatchSummary, check_stored
from jxdeclare.services.context import AppContext
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise

AS_OF = date(2026, 11, 29)


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """Two clients: 示例米业 with five standards (one number used twice), 赣茶 with two."""
    # A number used twice, as in a database from before numbers were reserved at creation.
    monkeypatch.setattr(drafts, "_reserve_number", lambda *_args: None)
    ctx = AppContext(tmp_path / "机构 数据")
    ctx.ensure_schema()
    rice = add_enterprise(ctx, EnterpriseInput(name="示例米业", uscc="91110000600037341L"))
    tea = add_enterprise(ctx, EnterpriseInput(name="赣茶", uscc="91360100158300003X"))
    for owner, numbers in (
        (rice, ["Q/JXSL 0001—2026", "Q/JXSL 0002—2026", "Q/JXSL 0003—2026", "Q/JXSL 0003—2026",
                "Q/JXSL 0005—2026"]),
        (tea, ["Q/GC 0001—2026", "Q/GC 0002—2026"]),
    ):  # fmt: skip
        for number in numbers:
            document = example_document()
            document.cover.number = number
            drafts.store_new(ctx, owner.id, document)
    yield ctx
    ctx.dispose()


def _findings(results: list) -> list[tuple[str, list[tuple[str, str]]]]:  # type: ignore[type-arg]
    return [(r.number, [(f.rule, f.location.path) for f in r.report.findings]) for r in results]


def test_worker_processes_find_exactly_what_one_process_finds(agency: AppContext) -> None:
    seen: list[int] = []
    serial = check_stored(agency, as_of=AS_OF, workers=1)
    parallel = check_stored(
        agency, as_of=AS_OF, workers=2, progress=lambda done, total, _text: seen.append(done)
    )
    assert len(parallel) == 7
    assert _findings(parallel) == _findings(serial)
    assert seen == list(range(1, 8))  # one progress step per standard, ending at the total
    duplicated = [r for r in parallel if r.number == "Q/JXSL 0003—2026"]
    assert all("N003" in {f.rule for f in r.report.findings} for r in duplicated)
    assert not any(f.rule == "N003" for r in parallel if r.number != "Q/JXSL 0003—2026"
                   for f in r.report.findings)  # fmt: skip


def test_one_enterprise_only_and_the_summary_by_enterprise(agency: AppContext) -> None:
    tea = next(e for e in _enterprises(agency) if e.name == "赣茶")
    results = check_stored(agency, tea.id, as_of=AS_OF, workers=2)
    assert {r.number for r in results} == {"Q/GC 0001—2026", "Q/GC 0002—2026"}
    summary = BatchSummary.of(check_stored(agency, as_of=AS_OF))
    assert {name: t.checked for name, t in summary.by_enterprise.items()} == {
        "示例米业": 5,
        "赣茶": 2,
    }
    assert summary.by_enterprise["示例米业"].errors >= 2  # at least the two N003 findings
    assert summary.by_rule["N003"] == 2


def test_cancel_stops_handing_out_work_and_keeps_what_was_checked(agency: AppContext) -> None:
    cancel = threading.Event()

    def progress(done: int, _total: int, _text: str) -> None:
        if done == 1:
            cancel.set()

    for workers in (1, 2):
        cancel.clear()
        results = check_stored(agency, as_of=AS_OF, workers=workers, progress=progress,
                               cancel=cancel)  # fmt: skip
        assert 1 <= len(results) < 7
        assert all(r.report.as_of == AS_OF for r in results)


def test_cli_checks_stored_standards_of_one_enterprise(agency: AppContext, cli) -> None:  # type: ignore[no-untyped-def]
    run = cli(agency.home, "check", "--stored", "--enterprise", "91110000600037341L",
              "--as-of", "2026-11-29", "--workers", "2", "--json")  # fmt: skip
    assert run.returncode == 1, run.stderr  # the duplicated number is an error
    findings = json.loads(run.stdout)
    assert {f["enterprise"] for f in findings} == {"示例米业"}
    assert {f["standard"] for f in findings if f["rule"] == "N003"} == {"Q/JXSL 0003—2026"}
    assert {"rule", "severity", "category", "location", "message", "suggestion",
            "evidence"} <= set(findings[0])  # fmt: skip

    text = cli(agency.home, "check", "--stored", "--as-of", "2026-11-29")
    assert "共检查 7 项标准。" in text.stdout
    assert "赣茶：2 项" in text.stdout


def test_cli_without_files_or_stored_is_unusable_input(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    run = cli(tmp_path, "check")
    assert run.returncode == 2
    assert "--stored" in run.stderr


def _enterprises(ctx: AppContext) -> list:  # type: ignore[type-arg]
    from jxdeclare.services.enterprises import list_enterprises

    return list_enterprises(ctx)
