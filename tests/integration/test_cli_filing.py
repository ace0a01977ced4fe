"""`jxdeclare-cli filing …` as a script runs it: JSON on stdout, refusals with a Chinese reason
and exit 2, the validity end reported 60 days ahead by `filing list` and `system status`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from jxdeclare.services.context import AppContext
from tests.integration.conftest import Cli
from tests.integration.filing_fixtures import tea_draft


def seeded(home: Path, lead: str = "1.0") -> int:
    ctx = AppContext(home)
    try:
        return tea_draft(ctx, lead)
    finally:
        ctx.dispose()


def test_filing_steps_list_and_status_from_the_command_line(cli: Cli, home: Path) -> None:
    draft = str(seeded(home))
    early = cli(home, "filing", "record", draft, "--number", "A-1", "--filed", "2026-11-05")
    assert early.returncode == 2 and "尚未记录社会公示" in early.stderr

    public = cli(home, "filing", "record", draft, "--public-from", "2026-10-01",
                 "--public-to", "2026-10-30", "--json")  # fmt: skip
    assert public.returncode == 0, public.stderr
    assert json.loads(public.stdout)["state"] == "public"

    too_soon = cli(home, "filing", "record", draft, "--number", "A-1", "--filed", "2026-10-20")
    assert too_soon.returncode == 2 and "社会公示到 2026-10-30 才结束" in too_soon.stderr
    bad = cli(home, "filing", "record", draft, "--number", "A-1", "--filed", "2026-13-01")
    assert bad.returncode == 2 and "--filed 的日期“2026-13-01”应为 YYYY-MM-DD" in bad.stderr

    done = cli(home, "filing", "record", draft, "--number", "赣卫食备 2026-0042",
               "--filed", "2026-11-05", "--as-of", "2026-12-07", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert (record["number"], record["filed_on"], record["valid_until"]) == (
        "赣卫食备 2026-0042", "2026-11-05", "2029-11-05")  # fmt: skip
    assert record["validity_note"] == "有效期以卫生健康委员会答复为准"
    assert [e["step"] for e in record["events"]] == ["public", "file"]

    def due_on(day: str) -> list[dict]:
        run = cli(home, "filing", "list", "--due-within", "60", "--as-of", day, "--json")
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)["filings"]

    assert due_on("2029-09-05") == []
    (due,) = due_on("2029-09-06")  # 60 days before the validity end
    assert (due["draft_id"], due["kind"], due["due"]) == (int(draft), "validity_ends", "2029-11-05")

    status = cli(home, "system", "status", "--as-of", "2029-09-06", "--json")
    assert status.returncode == 0, status.stderr
    (shown,) = json.loads(status.stdout)["filings"]
    assert shown["standard"] == "Q/WYCY 0001S—2026 绿茶" and "届满" in shown["text"]
    text = cli(home, "system", "status", "--as-of", "2029-09-06")
    assert "食品标准备案：60 天内到期 1 项" in text.stdout
    assert "待处理 0 项" not in text.stdout  # the filing is something to do, counted at the top

    cancelled = cli(home, "filing", "record", draft, "--cancel", "2027-01-01")
    assert cancelled.returncode == 0, cancelled.stderr
    renewed = cli(home, "filing", "record", draft, "--renew", "2027-02-01")
    assert renewed.returncode == 2 and "该备案已注销，不能再延续" in renewed.stderr


def test_the_package_from_the_command_line_and_its_refusal(cli: Cli, home: Path) -> None:
    draft = str(seeded(home))
    out = home / "备案 输出"
    run = cli(home, "filing", "package", draft, "--out", str(out), "--zip", "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["stricter"] == 1 and "GB 2762—2025" in result["standards"]
    (lead,) = [r for r in result["rows"] if r["verdict"] == "stricter"]
    assert (lead["item"], lead["basis"], lead["verdict_label"]) == (
        "铅(以Pb计)", "GB 2762—2025 4.1.1 表1", "严于")  # fmt: skip
    with zipfile.ZipFile(result["path"]) as archive:
        names = sorted(archive.namelist())
    assert names == ["01 标准文本.pdf", "02 标准文本.docx", "03 编制说明.pdf", "04 编制说明.docx"]

    unknown = cli(home, "filing", "package", "999", "--out", str(out))
    assert unknown.returncode == 2 and "找不到标准草稿" in unknown.stderr


def test_a_standard_with_nothing_stricter_is_refused_with_the_reason(cli: Cli, home: Path) -> None:
    draft = str(seeded(home, lead="5.0"))
    out = home / "out"
    run = cli(home, "filing", "package", draft, "--out", str(out))
    assert run.returncode == 2
    assert "没有严于食品安全国家标准的指标" in run.stderr and "--force" in run.stderr
    forced = cli(home, "filing", "package", draft, "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (out / "Q_WYCY 0001S—2026 绿茶 备案材料" / "03 编制说明.pdf").is_file()
