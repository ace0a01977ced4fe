"""工作台 page: the five-step walk-through on an empty database, what is next once there is data,
and a click on a line that opens the page where it is done with the record selected."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QWidget,
)

from jxdeclare.domain.declaration import DeclarationState
from jxdeclare.domain.document.text import placeholder
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations.records import move
from jxdeclare.services.declarations.samples import sample_credit_code, seed_queued
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.system.tree import create_tree
from jxdeclare.services.workbench import Step
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.pages.system import EMPTY
from jxdeclare.ui.tasks import running_tasks

STEPS = ["添加企业", "建立标准体系", "起草标准", "合规检查", "自我声明"]


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)


def loaded_home(qtbot, window: MainWindow):
    page = window.home_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    settle(qtbot)
    return page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def go_home(qtbot, window: MainWindow) -> None:
    """A click on 工作台 in the navigation (on 刷新 when it is shown), then wait for the list."""
    nav = window.findChild(QListWidget, "navigation")
    page = window.home_page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        if window.pages.currentWidget() is page:
            click(qtbot, page.findChild(QPushButton, "refreshWorkbench"))
        else:
            rect = nav.visualItemRect(nav.item(0))
            qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def click_line(qtbot, window: MainWindow, words: str) -> None:
    tree = window.home_page.findChild(QTreeWidget, "workbenchItems")
    lines = [tree.topLevelItem(g).child(i) for g in range(tree.topLevelItemCount())
             for i in range(tree.topLevelItem(g).childCount())]  # fmt: skip
    (line,) = [line for line in lines if words in line.text(0)]
    tree.scrollToItem(line)
    rect = tree.visualItemRect(line)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def group_titles(window: MainWindow) -> list[str]:
    tree = window.home_page.findChild(QTreeWidget, "workbenchItems")
    return [tree.topLevelItem(g).text(0) for g in range(tree.topLevelItemCount())]


def test_the_workbench_comes_first_and_an_empty_database_gets_five_steps(
    qtbot, window: MainWindow, on_modal
) -> None:
    nav = window.findChild(QListWidget, "navigation")
    assert nav.item(0).text() == "工作台" and window.pages.currentWidget() is window.home_page
    page = loaded_home(qtbot, window)
    guide = page.findChild(QWidget, "firstSteps")
    assert guide.isVisible()
    states = [page.findChild(QLabel, f"{step}StepState").text() for step in Step]
    assert states == ["未完成"] * 5
    labels = [label.text() for label in guide.findChildren(QLabel)]
    assert [text for text in labels if text[:1].isdigit()] == [
        f"{n}. {title}" for n, title in enumerate(STEPS, 1)
    ]
    assert page.findChild(QLabel, "workbenchStatus").text() == "目前没有待办事项。"
    seen: list[str] = []

    def answer(dialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    on_modal(answer)
    click(qtbot, page.findChild(QPushButton, "enterpriseStepButton"))
    assert seen == ["新增企业"]
    assert window.pages.currentWidget() is window.enterprise_page


def test_dismissing_the_walk_through_is_remembered(qtbot, ctx: AppContext) -> None:
    install_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    page = loaded_home(qtbot, window)
    click(qtbot, page.findChild(QPushButton, "dismissGuideButton"))
    guide = page.findChild(QWidget, "firstSteps")
    reopen = page.findChild(QPushButton, "showGuideButton")
    assert not guide.isVisible() and reopen.isVisible()
    window.close()
    again = MainWindow(AppContext(ctx.home))
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.ready, timeout=20_000):
        again.show()
    page = loaded_home(qtbot, again)
    assert not page.findChild(QWidget, "firstSteps").isVisible()
    click(qtbot, page.findChild(QPushButton, "showGuideButton"))
    assert page.findChild(QWidget, "firstSteps").isVisible()


def seed(ctx: AppContext) -> dict[str, object]:
    """An enterprise without a system, one with a system and a draft with unfilled parts, and
    queued declarations of a third, one of which the portal refused."""
    from jxdeclare.store.models import Declaration

    bare = add_enterprise(ctx, EnterpriseInput(name="甲 无体系茶业", uscc="91110000600037341L"))
    owner = add_enterprise(ctx, EnterpriseInput(name="乙 示例米业", uscc=sample_credit_code(5)))
    create_tree(ctx, owner.id)
    document = example_document()
    document.cover.title = placeholder("产品名称")
    draft = drafts.store_new(ctx, owner.id, document)
    queued = next(iter(seed_queued(ctx, 3).values()))
    with ctx.session() as session:
        row = session.get(Declaration, queued[0])
        move(ctx, session, row, DeclarationState.SUBMITTING)
        move(ctx, session, row, DeclarationState.FAILED_NEEDS_EDIT)
        row.last_error = {"message": "产品名称与执照不符"}
    return {"bare": bare.id, "draft": draft.id, "failed": queued[0], "queued": queued[1:]}


def test_next_steps_are_listed_and_a_click_opens_the_record(
    qtbot, ctx: AppContext, window: MainWindow
) -> None:
    seeded = seed(ctx)
    go_home(qtbot, window)
    titles = group_titles(window)
    for title in ("建立标准体系（2）", "填写标准草稿（1）", "处理提交失败的声明（1）",
                  "提交已排队的声明（1）"):  # fmt: skip
        assert title in titles
    states = [window.home_page.findChild(QLabel, f"{s}StepState").text() for s in Step]
    assert states == ["✓ 已完成"] * 3 + ["未完成", "✓ 已完成"]  # no standard passes the check yet

    click_line(qtbot, window, "甲 无体系茶业：尚未建立标准体系")
    system = window.system_page
    assert window.pages.currentWidget() is system
    qtbot.waitUntil(lambda: system.stack.currentIndex() == EMPTY, timeout=20_000)
    assert system.enterprise.currentData() == seeded["bare"]

    go_home(qtbot, window)
    click_line(qtbot, window, "1 处尚未填写")
    assert window.pages.currentWidget() is window.drafting_page
    qtbot.waitUntil(lambda: window.drafting_page.selected() is not None, timeout=20_000)
    assert window.drafting_page.selected().id == seeded["draft"]

    go_home(qtbot, window)
    click_line(qtbot, window, "产品名称与执照不符")
    page = window.declaration_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.selected_ids() == [seeded["failed"]], timeout=20_000)

    go_home(qtbot, window)
    click_line(qtbot, window, "2 份声明已排队")
    qtbot.waitUntil(lambda: sorted(page.selected_ids()) == seeded["queued"], timeout=20_000)
    assert page.findChild(QPushButton, "submitDeclarationButton").isEnabled()


def test_the_list_follows_the_enterprise_filter(qtbot, ctx: AppContext, window: MainWindow) -> None:
    seed(ctx)
    go_home(qtbot, window)
    combo = window.home_page.enterprise
    with qtbot.waitSignal(window.home_page.loaded, timeout=20_000):
        combo.setCurrentIndex(combo.findText("乙 示例米业"))
    settle(qtbot)
    assert group_titles(window) == ["填写标准草稿（1）", "改正检查发现的错误（1）"]
    tree = window.home_page.findChild(QTreeWidget, "workbenchItems")
    lines = [tree.topLevelItem(g).child(0).text(0) for g in range(2)]
    assert lines[0] == "Q/JXSL 0002—2026 {{产品名称}}：1 处尚未填写"  # no enterprise name: one
    assert lines[1].startswith("Q/JXSL 0002—2026") and "检查发现 1 个错误" in lines[1]


def test_the_main_window_fits_a_small_screen_even_after_a_large_one(qtbot, ctx: AppContext) -> None:
    room = QApplication.primaryScreen().availableGeometry()  # 1366×768 less the taskbar
    big = MainWindow(ctx)
    qtbot.addWidget(big)
    big.resize(1900, 1040)  # as left on a large monitor
    big.close()
    window = MainWindow(AppContext(ctx.home))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    loaded_home(qtbot, window)
    assert window.width() + 16 <= room.width() and window.height() + 31 <= room.height()
    window.resize(1000, 600)
    window.close()
    again = MainWindow(AppContext(ctx.home))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (1000, 600)  # a size that fits is kept


def test_every_line_is_in_english_in_the_english_interface(
    qtbot, ctx: AppContext, english_window: MainWindow
) -> None:
    """Only the user's data (enterprise names, standard numbers and titles) stays Chinese: the
    lines are said from what the service found, not from its Chinese text."""
    from datetime import date, timedelta

    from jxdeclare.services.filing.records import record_public
    from tests.integration.filing_fixtures import tea_draft

    seed(ctx)
    filed = tea_draft(ctx)
    record_public(ctx, filed, date.today() - timedelta(days=20), date.today() + timedelta(days=10))
    go_home(qtbot, english_window)
    tree = english_window.home_page.findChild(QTreeWidget, "workbenchItems")
    groups = [tree.topLevelItem(g) for g in range(tree.topLevelItemCount())]
    lines = [g.child(i).text(0) for g in groups for i in range(g.childCount())]
    items = english_window.home_page.result.items
    data = [item.enterprise for item in items] + [item.subject for item in items]
    data += [item.why for item in items]  # the portal's own words
    assert "Build the standard system (3)" in [g.text(0) for g in groups]
    said = []
    for line in lines:
        for datum in sorted(filter(None, data), key=len, reverse=True):
            line = line.replace(datum, "")
        said.append(line)
    assert len(said) == 9, lines
    assert not [line for line in said if re.search(r"[\u3400-\u9fff（），：；]", line)], lines
    shown = "\n".join(lines)
    assert ": 1 part left to fill in" in shown
    assert ": 2 declarations queued, waiting for batch submission" in shown
    # 10 days, or 9 should the date change while the test runs
    assert re.search(r"ends on \S+ \(in (10|9) days\); file the standard after it", shown)
    assert ": Failed (needs editing) — reason: 产品名称与执照不符" in shown
