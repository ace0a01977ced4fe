"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from jxdeclare.services.context import AppContext

if TYPE_CHECKING:
    from jxdeclare.ui.pages.enterprises import EnterprisePage


class MainWindow(QMainWindow):
    """Paints its frame first; the pages (and their imports) are built right after.

    Building the pages costs about as much as Qt's own start-up, so they come after the first
    paint; touching ``enterprise_page`` builds them at once (tests, scripts).
    """

    ready = Signal()  # the first data load finished: the app is usable
    failed = Signal(object)  # the first data load failed (database unreachable, too new…)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._enterprise_page: EnterprisePage | None = None
        self.setWindowTitle(self.tr("江西企业标准化助手"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(150)
        self.pages = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.navigation.addItems(title for title, _purpose in self._sections())
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._restore_geometry()
        self.statusBar().addPermanentWidget(QLabel(self.tr("数据库：") + ctx.display_location))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._enterprise_page is None:
            QTimer.singleShot(0, self._build_pages)
        return super().event(event)

    @property
    def enterprise_page(self) -> EnterprisePage:
        self._build_pages()
        assert self._enterprise_page is not None
        return self._enterprise_page

    def _build_pages(self) -> None:
        if self._enterprise_page is not None:
            return
        from jxdeclare.ui.pages.checking import CheckPage
        from jxdeclare.ui.pages.declarations import DeclarationPage
        from jxdeclare.ui.pages.drafting import DraftingPage
        from jxdeclare.ui.pages.enterprises import EnterprisePage
        from jxdeclare.ui.pages.home import HomePage
        from jxdeclare.ui.pages.library import LibraryPage
        from jxdeclare.ui.pages.system import SystemPage

        page = self._enterprise_page = EnterprisePage(self.ctx)
        page.loaded.connect(self.ready)
        page.load_failed.connect(self.failed)
        page.loaded.connect(self._show_count)
        page.load_first()  # the quick read makes the app ready, though 工作台 is shown first
        # The first list is read without the ORM; load that now, before the first edit.
        self.ready.connect(self.ctx.warm_up)
        self.home_page = HomePage(self.ctx)
        self.home_page.open_target.connect(self.open_target)
        self.home_page.start_step.connect(self.start_step)
        # Its list needs the ORM and the pack: read once the enterprise list is up.
        self.ready.connect(self.home_page.start)
        self.pages.addWidget(self.home_page)
        self.pages.addWidget(page)
        self.system_page = SystemPage(self.ctx)
        self.pages.addWidget(self.system_page)
        self.drafting_page = DraftingPage(self.ctx)
        self.pages.addWidget(self.drafting_page)
        # Unsaved edits of an editor that died (crash, power cut) are offered back.
        self.ready.connect(self.drafting_page.offer_recovery)
        self.check_page = CheckPage(self.ctx)
        self.pages.addWidget(self.check_page)
        self.declaration_page = DeclarationPage(self.ctx)
        self.pages.addWidget(self.declaration_page)
        library = LibraryPage(self.ctx)
        self.pages.addWidget(library)
        # Verify and index the data pack once the first screen is usable, not when first opened.
        self.ready.connect(library.preload)
        self.navigation.setCurrentRow(0)
        self._add_menu()  # its shortcuts' enums alone take ~20 ms to create

    def _show_count(self) -> None:
        count = self.enterprise_page.model.rowCount()
        self.statusBar().showMessage(self.tr("共 %n 家企业", "", count))

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def open_target(self, target: Any) -> None:
        """Show the page where a 工作台 step is done, with its record selected."""
        from jxdeclare.services.workbench import Page

        if target.page is Page.SYSTEM:
            self.system_page.open_entry(target.enterprise_id, next(iter(target.records), None))
        elif target.page is Page.DRAFTING:
            self.drafting_page.select_draft(target.records[0])
        elif target.page is Page.DECLARATIONS:
            self.declaration_page.select_declarations(target.records)
        self.show_page(self._page_of(target.page))

    def _page_of(self, page: str) -> QWidget:
        from jxdeclare.services.workbench import Page

        return {
            Page.ENTERPRISES: self.enterprise_page, Page.SYSTEM: self.system_page,
            Page.DRAFTING: self.drafting_page, Page.CHECKING: self.check_page,
            Page.DECLARATIONS: self.declaration_page,
        }[Page(page)]  # fmt: skip

    def start_step(self, step: str) -> None:
        """A step of the walk-through: its page, and the dialog that begins it if there is one."""
        from jxdeclare.services.workbench import Page, Step

        pages = {Step.ENTERPRISE: Page.ENTERPRISES, Step.SYSTEM: Page.SYSTEM,
                 Step.DRAFT: Page.DRAFTING, Step.CHECK: Page.CHECKING,
                 Step.DECLARE: Page.DECLARATIONS}  # fmt: skip
        self.show_page(self._page_of(pages[Step(step)]))
        if step == Step.ENTERPRISE:
            self.enterprise_page.add()
        elif step == Step.DRAFT:
            self.drafting_page.new_draft()

    def _sections(self) -> list[tuple[str, str]]:
        return [
            (self.tr("工作台"), self.tr("下一步要做的事；第一次使用时的五步引导。")),
            (self.tr("企业"), ""),
            (self.tr("标准体系"), self.tr("建立和维护企业标准体系、标准明细表与统计表。")),
            (
                self.tr("标准起草"),
                self.tr("按 GB/T 1.1—2020 从模板起草企业标准并输出 PDF 和 Word。"),
            ),
            (self.tr("合规检查"), self.tr("离线检查标准文本是否符合强制性标准和编写规则。")),
            (self.tr("自我声明"), self.tr("企业产品和服务标准自我声明公开及批量提交。")),
            (self.tr("标准库"), self.tr("离线标准目录与数据包管理。")),
        ]

    def _add_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件"))
        settings = QAction(self.tr("设置…"), self, objectName="settingsAction")
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addActions([settings, quit_action])

    def open_settings(self) -> None:
        from jxdeclare.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def _restore_geometry(self) -> None:
        from jxdeclare.ui.screen_fit import restore_size

        restore_size(self, self.ctx.settings, "window_geometry", 1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        from jxdeclare.ui.screen_fit import remember_size

        remember_size(self, self.ctx.settings, "window_geometry")
        super().closeEvent(event)
