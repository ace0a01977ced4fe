"""Desktop entry point: ``jxdeclare [--home DIR] [--db-url URL] [--lang en] [--smoke]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

STARTED = time.time()
TRACE_ENV = "JXDECLARE_TRACE_STARTUP"  # benchmarks read the printed milestones
SMOKE_LIMIT_MS = 120_000  # a frozen build on a slow CI machine is ready in seconds


def _trace(milestone: str) -> None:
    if os.environ.get(TRACE_ENV):
        print(f"{milestone} {time.time():.6f}", flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jxdeclare", description="江西企业标准化助手")
    parser.add_argument("--home", help="数据目录（也可用 JXDECLARE_HOME）")
    parser.add_argument("--db-url", help="PostgreSQL 地址（也可用 JXDECLARE_DB_URL）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言")
    parser.add_argument(
        "--smoke", action="store_true", help="打开主窗口，等待加载完成后退出（自检用）"
    )
    # Windows passes the file when a .jxstd is opened from Explorer (the installer's association).
    parser.add_argument("file", nargs="?", help="要导入并打开的标准草稿 .jxstd")
    return parser.parse_args(argv)


def _open_file(window, path: str) -> None:  # type: ignore[no-untyped-def]
    """A .jxstd given on the command line: import it as a draft and open it on the 标准起草 page."""
    from pathlib import Path

    page = window.drafting_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    page.import_path(Path(path))


def _setup_logging(home: os.PathLike[str]) -> None:
    import logging
    from logging.handlers import RotatingFileHandler
    from pathlib import Path

    log_dir = Path(home) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        log_dir / "jxdeclare.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


class _FirstPaint:
    """Reports the main window's first paint (a startup benchmark milestone)."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    _trace("first-paint")
                    obj.removeEventFilter(self)
                return False

        self.filter = Filter(window)
        window.installEventFilter(self.filter)


def _once(action):  # type: ignore[no-untyped-def]
    done: list[bool] = []

    def run(*args) -> None:  # type: ignore[no-untyped-def]
        if not done:
            done.append(True)
            action(*args)

    return run


def install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An exception escaping a slot is logged and shown, not just printed to a hidden console."""

    def hook(kind, error, tb) -> None:  # type: ignore[no-untyped-def]
        import traceback

        from jxdeclare.ui.errors import show_error

        error.__traceback_text__ = "".join(traceback.format_exception(kind, error, tb))
        show_error(window, error)

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jxdeclare.services.context import AppContext
    from jxdeclare.ui.i18n import install_language
    from jxdeclare.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("jxdeclare")
    from jxdeclare.ui.collector import collect_on_this_thread

    collect_on_this_thread(app)  # cyclic garbage (Qt objects too) is freed on this thread only
    ctx = AppContext(args.home, args.db_url)
    language = args.lang or ctx.settings.get("language")
    install_language(language)
    window = MainWindow(ctx)
    paint_probe = _FirstPaint(window) if os.environ.get(TRACE_ENV) else None
    window.ready.connect(lambda: _trace("ready"))
    # Logging (its handlers import socket and pickle) waits until the first screen is up; it is
    # connected first so that the smoke report below reaches the log too.
    log_once = _once(lambda *_: _setup_logging(ctx.home))
    window.ready.connect(log_once)
    window.failed.connect(log_once)
    if args.file and not args.smoke:
        window.ready.connect(_once(lambda: _open_file(window, args.file)))
    if args.smoke:
        from jxdeclare.ui.smoke import run_smoke, smoke_failed

        # Check and quit once the data has loaded and the event queue has drained.
        window.ready.connect(lambda: QTimer.singleShot(0, lambda: run_smoke(app, window, language)))
        window.failed.connect(lambda error: smoke_failed(app, error))
        # A page that fails to build never says "ready" (and an error box waits for a click):
        # the self-test fails instead of waiting for ever.
        watchdog = TimeoutError("主窗口在限定时间内没有加载完成 / the window never became ready")
        QTimer.singleShot(SMOKE_LIMIT_MS, lambda: smoke_failed(app, watchdog))
    window.show()
    install_excepthook(window)
    try:
        return app.exec()
    finally:
        del paint_probe
        ctx.dispose()


if __name__ == "__main__":
    sys.exit(main())
