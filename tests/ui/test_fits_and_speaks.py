"""Every page and dialog, in both languages, on the screen the tests run on (1366×768 unless
JXDECLARE_TEST_SCREEN says otherwise): no visible text is cut, no window is larger than the
screen, and no text is in the other language unless it is the user's data, a code or a number.

With JXDECLARE_SCREENSHOTS set to a folder, a PNG of each page and dialog is written there (the
user guide's pictures: ``python tools/screenshots.py``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from jxdeclare.domain.declaration_record import DeclaredProduct
from jxdeclare.domain.document import jxstd
from jxdeclare.domain.document.numbering import Numbering
from jxdeclare.drafting.example import example_document
from jxdeclare.services import drafts
from jxdeclare.services.context import AppContext
from jxdeclare.services.declarations import records as declarations
from jxdeclare.services.declarations.samples import STANDARD, sample_credit_code, seed_queued
from jxdeclare.services.enterprises import EnterpriseInput, add_enterprise
from jxdeclare.services.filing import records as filing
from jxdeclare.services.system.register import (
    EntryInput,
    add_entry,
    add_own_standard,
    known_title,
)
from jxdeclare.services.system.tree import create_tree
from jxdeclare.ui.editor.block_forms import reference_targets
from jxdeclare.ui.editor.outline import Outline
from jxdeclare.ui.i18n import install_language
from jxdeclare.ui.main_window import MainWindow
from jxdeclare.ui.tasks import running_tasks
from tests.ui.walker import (
    cut_texts,
    outside_screen,
    texts,
    top_windows,
    untranslated,
    vocabulary,
)

ENTERPRISE = "江西示例茶业有限公司"


def seed(ctx: AppContext) -> list[str]:
    """An enterprise with a standard system, a stored standard and queued declarations; returns
    the user's own texts (shown as typed in either language)."""
    owner = add_enterprise(ctx, EnterpriseInput(name=ENTERPRISE, uscc=sample_credit_code(7)))
    create_tree(ctx, owner.id)
    document = example_document()
    draft = drafts.store_new(ctx, owner.id, document)
    add_own_standard(ctx, draft.id, None)
    # a 备案 record with its journal, so the 备案… dialog shows dates and a history row
    filing.record_public(ctx, draft.id, date(2026, 10, 1), date(2026, 10, 30))
    for number in ("GB/T 14456.1—2017", "GB 2762—2025", "GB 2762—2017", "GB 2760—2014",
                   "GB 7718—2011", "GB 14881—2013"):  # fmt: skip
        add_entry(ctx, owner.id, EntryInput(number=number), None)
    queued = seed_queued(ctx, 3)
    product = DeclaredProduct("绿茶 样品4", "4号 250g", "茶叶")
    declarations.new_for_standard(ctx, owner.id, STANDARD, [product])  # a draft to edit
    data = [ENTERPRISE, str(ctx.home), *strings_in(jxstd.to_dict(document))]
    data += [f"示例茶业{n}号" for n in range(1, 3)] + [f"绿茶 样品{n}" for n in range(1, 5)]
    data += [code for code in queued]
    # what a link points at ("表1　理化指标"), and the declared standard's title, as printed
    data += [text for _id, text in reference_targets(document, Numbering(document))]
    data.append(known_title(ctx, STANDARD))
    data += ["中文", "企业标准信息公共服务平台"]  # a language's own name; the platform's name
    return data


USER_HOME = "C:\\Users\\质检员\\AppData\\Local\\jxdeclare"


def shown_as_a_user_would(window: QWidget, home: str) -> None:
    """Pictures show the data folder a Windows user has, not the test's temporary one."""
    for widget in window.findChildren(QLabel) + window.findChildren(QLineEdit):
        if home in widget.text():
            widget.setText(widget.text().replace(home, USER_HOME).replace("/", "\\"))


def strings_in(value: object) -> list[str]:
    """Every text of a document (its titles, captions, cells): the user's own words."""
    if isinstance(value, str):
        return [value] if len(value) > 1 else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


class Walk:
    def __init__(self, qtbot, language: str, data: list[str]) -> None:
        self.qtbot = qtbot
        self.language = language
        self.data = data
        self.vocabulary = vocabulary()
        self.problems: list[str] = []
        self.seen: list[str] = []
        self.shot: set[str] = set()
        folder = os.environ.get("JXDECLARE_SCREENSHOTS")
        self.shots = Path(folder) if folder else None

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)
        QApplication.processEvents()

    def inspect(self, widget: QWidget, name: str) -> None:
        self.seen.append(name)
        shown = list(texts(widget))
        self.problems += [f"[{name}] cut: {p}" for p in cut_texts(widget)]
        self.problems += [f"[{name}] language: {p}" for p in untranslated(
            shown, self.language, self.data, self.vocabulary)]  # fmt: skip
        window = widget.window()
        if (too_big := outside_screen(window)) is not None:
            self.problems.append(f"[{name}] {too_big}")
        if self.shots is not None and name not in self.shot and not name.startswith("editor-"):
            self.shot.add(name)
            shown_as_a_user_would(window, self.data[1])
            self.shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(self.shots / f"{name}-{self.language[:2]}.png"))

    def window_from(self, name: str, click: Callable[[], None],
                    inside: Callable[[QWidget], None] | None = None) -> None:  # fmt: skip
        """Click, inspect the window that opens (modal or not), close it."""
        before = set(top_windows())
        done: list[QWidget] = []

        def poll() -> None:
            new = [w for w in top_windows() if w not in before]
            if not new or running_tasks():
                QTimer.singleShot(50, poll)
                return
            window = new[-1]
            QApplication.processEvents()
            try:
                self.inspect(window, name)
                if inside is not None:
                    inside(window)
            except Exception as error:  # recorded, and the window still closes: no hang
                self.problems.append(f"[{name}] {type(error).__name__}: {error}")
            finally:
                if isinstance(window, QDialog):
                    window.reject()
                window.close()
                done.append(window)

        QTimer.singleShot(0, poll)
        click()
        self.qtbot.waitUntil(lambda: bool(done), timeout=20_000)
        self.settle()


def click(qtbot, parent: QWidget, cls: type, name: str) -> Callable[[], None]:
    widget = parent.findChild(cls, name)
    assert widget is not None, f"{name} not found"
    assert widget.isEnabled(), f"{name} is disabled"
    if isinstance(widget, QAction):
        return widget.trigger
    return lambda: qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select_row(view: QAbstractItemView, row: int = 0) -> None:
    view.setFocus()
    view.selectRow(row) if hasattr(view, "selectRow") else view.setCurrentIndex(
        view.model().index(row, 0))  # fmt: skip
    QApplication.processEvents()


def select_row_enabling(view: QAbstractItemView, button: QAbstractButton) -> None:
    """The first row for which ``button`` can be used (e.g. 编辑 needs an editable record)."""
    for row in range(view.model().rowCount()):
        select_row(view, row)
        if button.isEnabled():
            return
    raise AssertionError(f"no row enables {button.objectName()}")


def every_form(qtbot, walk: Walk, editor: QWidget) -> None:
    """Each outline item's form, and each table's grid (the 项目 column must stay readable)."""
    outline = editor.findChild(Outline)
    items = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    items += [item.child(c) for item in items for c in range(item.childCount())]
    for item in items:
        outline.scrollToItem(item)
        rect = outline.visualItemRect(item)
        qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        blocks = editor.findChild(QListWidget, "blockList")
        tables = [r for r in range(blocks.count()) if blocks.item(r).text()[:1] in "表T"] if (
            blocks is not None and blocks.isVisible()) else []  # fmt: skip
        name = f"editor-{item.text(0).split()[0]}"
        if not tables:
            walk.inspect(editor, name)
        for row in tables:
            rect = blocks.visualItemRect(blocks.item(row))
            qtbot.mouseClick(blocks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            walk.inspect(editor, f"{name}-table{row}")


def page(window: MainWindow, walk: Walk, row: int) -> QWidget:
    window.navigation.setCurrentRow(row)
    walk.settle()
    return window.pages.currentWidget()


def pages_of(window: MainWindow) -> Iterator[tuple[int, str, QWidget]]:
    for row in range(window.navigation.count()):
        yield row, type(window.pages.widget(row)).__name__, window.pages.widget(row)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data directory deep in folders, as in a Windows profile: every path a page or dialog
    shows is long whatever the machine's temporary folder is."""
    path = tmp_path / "江西省某某米业食品有限公司 标准化资料" / "2026年 企业标准声明" / "数据 目录"
    path.mkdir(parents=True)
    return path


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param
    install_language("zh_CN")


def test_every_page_and_dialog_fits_the_screen_and_speaks_one_language(
    qtbot, ctx: AppContext, language: str, type_text
) -> None:
    from jxdeclare.ui.pages.checking import CheckPage
    from jxdeclare.ui.pages.declarations import DeclarationPage
    from jxdeclare.ui.pages.drafting import DraftingPage
    from jxdeclare.ui.pages.enterprises import EnterprisePage
    from jxdeclare.ui.pages.library import LibraryPage
    from jxdeclare.ui.pages.system import SystemPage

    data = seed(ctx)
    assert install_language(language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    walk = Walk(qtbot, language, data)
    walk.settle()
    rows = {name: row for row, name, _page in pages_of(window)}

    for row, name, _widget in pages_of(window):
        walk.inspect(page(window, walk, row), f"page-{row}-{name}")

    enterprises = page(window, walk, rows[EnterprisePage.__name__])
    walk.window_from("enterprise-new", click(qtbot, enterprises, QAbstractButton, "addButton"))

    system = page(window, walk, rows[SystemPage.__name__])
    combo = system.findChild(QComboBox, "systemEnterprise")
    combo.setCurrentIndex(max(combo.findText(ENTERPRISE), 0))
    walk.settle()
    walk.inspect(system, f"page-{rows[SystemPage.__name__]}-SystemPage-tree")
    walk.window_from("system-add-standard", click(qtbot, system, QAction, "addEntryAction"))

    checking = page(window, walk, rows[CheckPage.__name__])
    qtbot.mouseClick(
        checking.findChild(QAbstractButton, "storedCheckButton"), Qt.MouseButton.LeftButton
    )
    walk.settle()
    category = checking.results[0].report.category
    walk.data.append(category["label"])  # the pack's names of the product's category
    walk.inspect(checking, f"page-{rows[CheckPage.__name__]}-CheckPage-results")
    walk.window_from("category", click(qtbot, checking, QAbstractButton, "recheckCategory"))

    drafting = page(window, walk, rows[DraftingPage.__name__])
    walk.window_from("draft-new", click(qtbot, drafting, QAbstractButton, "newDraftButton"))
    select_row(drafting.findChild(QAbstractItemView, "draftTable"))
    walk.window_from("editor", click(qtbot, drafting, QAbstractButton, "openDraftButton"),
                     partial(every_form, qtbot, walk))  # fmt: skip
    select_row(drafting.findChild(QAbstractItemView, "draftTable"))
    walk.window_from("filing", click(qtbot, drafting, QAbstractButton, "filingDraftButton"))

    declarations = page(window, walk, rows[DeclarationPage.__name__])
    walk.window_from(
        "declaration-new", click(qtbot, declarations, QAbstractButton, "newDeclarationButton")
    )
    table = declarations.findChild(QAbstractItemView, "declarationTable")
    for name, button in (("declaration-edit", "editDeclarationButton"),
                         ("guided-entry", "guidedDeclarationButton")):  # fmt: skip
        select_row_enabling(table, declarations.findChild(QAbstractButton, button))
        walk.window_from(name, click(qtbot, declarations, QAbstractButton, button))
    select_row(table)

    def accounts(dialog: QWidget) -> None:
        walk.window_from(
            "portal-account", click(qtbot, dialog, QAbstractButton, "accountSubmitButton")
        )

    walk.window_from(
        "submit", click(qtbot, declarations, QAbstractButton, "submitDeclarationButton"), accounts
    )

    library = page(window, walk, rows[LibraryPage.__name__])
    qtbot.mouseClick(library.findChild(QAbstractButton, "exampleEmptyButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    results = library.findChild(QAbstractItemView, "libraryResults")
    qtbot.waitUntil(lambda: results.model().rowCount() > 0, timeout=10_000)
    select_row(results)
    walk.settle()
    walk.inspect(library, f"page-{rows[LibraryPage.__name__]}-LibraryPage-search")
    walk.window_from("packs", click(qtbot, library, QAbstractButton, "managePacks"))

    def long_folder(dialog: QWidget) -> None:
        # A data directory deep in a Windows profile: the dialog may widen for it, not past the
        # screen (the walk's own folder is as long as the machine's temporary folder makes it).
        folder = dialog.findChild(QLineEdit, "home")
        qtbot.keyClick(folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace it
        type_text(folder, LONG_FOLDER)
        assert folder.text() == LONG_FOLDER
        walk.settle()
        walk.inspect(dialog, "settings-long-folder")

    settings = next(a for a in window.findChildren(QAction) if a.objectName() == "settingsAction")
    walk.window_from("settings", settings.trigger, long_folder)

    assert not walk.problems, f"{len(walk.problems)} problems:\n" + "\n".join(walk.problems)


LONG_FOLDER = (
    r"C:\Users\质量管理部 张三\AppData\Local\江西省某某米业食品有限公司 标准化资料"
    r"\2026年 企业标准自我声明\jxdeclare 数据目录"
)
OTHER_SCREENS = {  # logical pixels, less the taskbar
    "1366x768 at 125 %": "1093x576@1.25",
    "1920x1080 at 100 %": "1920x1040@1",
    "1920x1080 at 125 %": "1536x824@1.25",
}


@pytest.mark.skipif("JXDECLARE_TEST_SCREEN" in os.environ, reason="already on a chosen screen")
@pytest.mark.parametrize("screen", OTHER_SCREENS)
def test_the_same_walk_fits_on_other_screens(screen: str) -> None:
    """Qt's screen is fixed once the application starts: the walk runs again in a process of
    its own on each other screen."""
    import subprocess
    import sys

    env = {**os.environ, "JXDECLARE_TEST_SCREEN": OTHER_SCREENS[screen]}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__]
    run = subprocess.run([*command, "-k", "every_page"], env=env, capture_output=True, text=True,
                         timeout=600)  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
