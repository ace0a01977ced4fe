"""The dashboard's explanations follow the interface language (the domain's text is Chinese)."""

from __future__ import annotations

from datetime import date

from jxdeclare.domain.system.entry import EntryView, Level
from jxdeclare.domain.system.review import dashboard
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.system.actions import action_detail

TODAY = date(2026, 12, 20)


def entries() -> list[EntryView]:
    base = {"enterprise_id": 1, "title": "t", "node_id": None, "code": "", "subsystem": "",
            "level": Level.NATIONAL, "mandatory": "强制", "status": "现行"}  # fmt: skip
    return [
        EntryView(
            id=1,
            number="GB 2762—2022",
            **base | {"status": "被代替", "replaced_by": ("GB 2762—2025",)},
        ),
        EntryView(
            id=2,
            number="GB 7718—2011",
            successor="GB 7718—2025",
            successor_from=date(2027, 3, 16),
            **base,
        ),
        EntryView(id=3, number="Q/A 1—2021", own=True, review_due=date(2024, 3, 1), **base),
    ]


def details(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    return [action_detail(action, TODAY) for action in dashboard(entries(), TODAY)]


def test_details_in_chinese_and_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert details(qtbot) == [
        "已被 GB 2762—2025 代替",
        "GB 7718—2025 将于 2027-03-16 实施并代替本标准（86 天后）",
        "应于 2024-03-01 复审",
    ]
    assert install_language("en")
    try:
        assert details(qtbot) == [
            "Replaced by GB 2762—2025",
            "GB 7718—2025 comes into force on 2027-03-16 and replaces this standard (in 86 days)",
            "Review was due on 2024-03-01",
        ]
    finally:
        install_language("zh_CN")
