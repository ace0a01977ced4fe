"""The application context: data directory, settings and database, created lazily.

SQLAlchemy is imported only when the database is first needed, so the window can paint first.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from jxdeclare.paths import DB_URL_ENV, resolve_home, sqlite_url
from jxdeclare.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


SCHEMA_WAIT_SECONDS = 300.0  # a large SQLite upgrade with its backup can take minutes


class AppContext:
    def __init__(self, home: str | os.PathLike[str] | None = None, db_url: str | None = None):
        self.home = resolve_home(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.settings = Settings(self.home)
        self.db_url = db_url or os.environ.get(DB_URL_ENV) or self._db_url_from_settings()
        self._migrated = False
        self._engine: Engine | None = None
        self._warming: threading.Thread | None = None
        self._lock = threading.RLock()  # engine creation and migration happen once per process

    def _db_url_from_settings(self) -> str:
        saved = self.settings.get("db_url")
        if not saved:
            return sqlite_url(self.home)
        from jxdeclare.services.db_credentials import with_password

        return with_password(saved)

    @cached_property
    def user(self) -> str:
        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no login name (service accounts, odd Windows set-ups)
            return "unknown"

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from jxdeclare.store.engine import make_engine

                self._engine = make_engine(self.db_url)
            return self._engine

    def ensure_schema(self) -> Path | None:
        """Migrate once per process; returns the backup file made before migrating, if any."""
        with self._lock:
            if self._migrated:
                return None
            from jxdeclare.store.locks import database_lock
            from jxdeclare.store.migrate import upgrade

            # Two first starts at once: the second waits, then finds the schema up to date.
            with database_lock(self.engine, "schema", wait_seconds=SCHEMA_WAIT_SECONDS):
                backup = upgrade(self.engine)
            self._migrated = True
            return backup

    def warm_up(self) -> None:
        """Import the database stack and check the schema in the background, once.

        The app's first screen is read without SQLAlchemy (about 0.3 s to import); this loads
        it while the user looks at that screen. Errors are left for the first real use to report.
        """
        if self._warming is not None:
            return

        def warm() -> None:
            with contextlib.suppress(Exception):
                import jxdeclare.store.models  # noqa: F401

                self.ensure_schema()

        self._warming = threading.Thread(target=warm, name="db-warm-up", daemon=True)
        self._warming.start()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short-lived session in one transaction: committed on success, rolled back on error."""
        from sqlalchemy.orm import Session

        from jxdeclare.services.concurrency import races_as_messages

        self.ensure_schema()
        # Someone else's write that the database refused ours for becomes a message.
        races = races_as_messages()
        with races, Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()

    @property
    def display_db(self) -> str:
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.db_url).render_as_string(hide_password=True)
        except Exception:  # malformed: shown without any part that may hold the password
            return self.db_url.partition("://")[0] + "://（地址无法识别 / malformed）"

    @property
    def display_location(self) -> str:
        """Where the data is, for the status bar, without importing SQLAlchemy at start-up."""
        if self.db_url.startswith("sqlite:///"):
            return self.db_url.removeprefix("sqlite:///")
        scheme, _, rest = self.db_url.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}"  # never show the password
