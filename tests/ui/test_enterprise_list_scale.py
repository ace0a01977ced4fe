"""The enterprise list with many stored enterprises: the right city and readable columns, found
without re-checking every credit code or measuring every row."""

from __future__ import annotations

import pytest

from jxdeclare.domain.uscc import org_code_check_char, uscc_check_char
from jxdeclare.services import enterprises as svc
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.pages.enterprise_columns import MEASURE_ALL_UP_TO

CITY_COLUMN = 3


def code(region: str, n: int) -> str:
    org = f"MA{n:06d}"
    body = "91" + region + org + org_code_check_char(org)
    return body + uscc_check_char(body)


def store(window: MainWindow, rows: list[tuple[str, str]]) -> None:
    from jxdeclare.store.models import Enterprise

    with window.ctx.session() as session:
        session.add_all(
            Enterprise(name=name, uscc=uscc, region_code=uscc[2:8]) for name, uscc in rows
        )


def reload(qtbot, window: MainWindow) -> None:
    page = window.enterprise_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()


def test_the_city_shown_comes_from_the_stored_code_without_checking_it_again(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    beijing_mismatch = "91110000600037341A"  # saved when a wrong check character only warned
    store(
        window,
        [
            ("A 赣州企业", code("360702", 1)),
            ("B 南昌企业", code("360100", 2)),
            ("C 省级单位", code("360000", 3)),
            ("D 北京企业", beijing_mismatch),
            ("E 外省未知", code("990000", 4)),
        ],
    )
    checked: list[str] = []
    full_check = svc.validate_uscc

    def counted(text: str, **kwargs: object) -> object:
        checked.append(text)
        return full_check(text, **kwargs)

    monkeypatch.setattr(svc, "validate_uscc", counted)
    reload(qtbot, window)
    model = window.enterprise_page.model
    cities = [model.index(row, CITY_COLUMN).data() for row in range(model.rowCount())]
    assert cities == ["赣州市", "南昌市", "江西省", "北京市", ""]
    assert checked == []  # loading the list re-validated no code


def test_a_long_lists_columns_fit_its_longest_name_and_a_marked_code(
    qtbot, window: MainWindow
) -> None:
    long_name = "江西省赣州市南康区某某家具制造有限责任公司第二分公司"
    marked = "91110000600037341A"  # a stored mismatch: shown with ⚠
    rows = [(f"企业{n:04d}", code("360100", n)) for n in range(MEASURE_ALL_UP_TO + 50)]
    rows[MEASURE_ALL_UP_TO + 20] = (long_name, marked)  # far below the first screen
    store(window, rows)
    reload(qtbot, window)
    table = window.enterprise_page.table
    metrics = table.fontMetrics()
    assert table.columnWidth(0) > metrics.horizontalAdvance(long_name)
    assert table.columnWidth(1) > metrics.horizontalAdvance(f"{marked} ⚠")
