"""Engine creation for the embedded SQLite file and for a shared PostgreSQL server."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000


_BACKENDS = ("postgresql", "sqlite")
_HOW = (
    "应写成 postgresql://用户名@服务器:端口/数据库名；密码中的特殊字符（@ : / # ? %）要写成 %XX"
    "（如 @ 写成 %40），最好不写进地址，改用 PostgreSQL 的密码文件（PGPASSFILE，见 README）。"
)


class DatabaseUrlError(ValueError):
    """A database address that cannot be used. The message never repeats the address's password
    (a password with an unencoded ``@`` would otherwise show up as part of a host name)."""


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use the psycopg 3 driver we ship; refuse an address
    that cannot be right before any driver sees (and echoes) it."""
    _scheme, sep, rest = url.strip().partition("://")
    if not sep:
        raise DatabaseUrlError(f"数据库地址缺少“postgresql://”开头。{_HOW} / Not a database URL.")
    authority = rest.split("/", 1)[0]
    if authority.count("@") > 1:
        raise DatabaseUrlError(
            f"数据库地址中的用户名或密码含有未转写的“@”。{_HOW}"
            " / The user or password in the database URL contains an unencoded '@'."
        )
    try:
        parsed = make_url(url.strip())
    except Exception as exc:  # ArgumentError, ValueError (a port that is not a number)
        user_part = "用户名、密码或" if "@" in authority else ""
        raise DatabaseUrlError(
            f"数据库地址无法识别（{user_part}端口写法不对）。{_HOW}"
            " / The database URL is malformed."
        ) from exc
    backend = parsed.get_backend_name()
    backend = "postgresql" if backend == "postgres" else backend
    if backend not in _BACKENDS:
        raise DatabaseUrlError(
            f"只支持 PostgreSQL 数据库（postgresql://…），不支持“{parsed.get_backend_name()}”。"
            " / Only PostgreSQL (or the built-in SQLite file) is supported."
        )
    if backend == "postgresql" and not parsed.database:
        raise DatabaseUrlError(
            f"数据库地址缺少数据库名。{_HOW} / The database URL names no database."
        )
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets the UI read while a background task writes; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
