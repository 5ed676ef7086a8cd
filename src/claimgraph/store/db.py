"""Engines, transactions and dialect differences in one place.

SQLite and PostgreSQL run the same code: `open_engine(url)` gives a cached engine whose schema
is migrated to the newest revision, `transaction(engine)` one all-or-nothing unit of work, and
`insert_ignoring_duplicates(table)` the per-dialect "insert unless the key exists", and
`chunks(ids)` lists of ids short enough for any dialect's `IN (...)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import (
    ArgumentError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.sql.dml import Insert

from claimgraph.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
CHUNK = 500  # ids in one `IN (...)`


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI hook
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    try:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            parent = Path(database).parent
            if not parent.is_dir():
                raise StoreError(f"cannot create database {database}: folder {parent} does not exist")
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (a no-op when it is already there)."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


_engines: dict[str, Engine] = {}


def open_engine(url: str) -> Engine:
    """A cached engine for `url`, with the schema migrated to the newest revision."""
    if url in _engines:
        return _engines[url]
    engine = _make_engine(url)
    try:
        migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {engine.url!r}: {exc.orig}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot migrate database {engine.url!r}: {exc}") from None
    _engines[url] = engine
    return engine


def dispose_all() -> None:
    """Close every cached engine (tests, and processes that switch databases)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


@contextmanager
def transaction(engine: Engine, conn: Connection | None = None) -> Iterator[Connection]:
    """Use `conn` as it is, or open one transaction that commits on success, rolls back on error."""
    if conn is not None:
        yield conn
        return
    with engine.begin() as new_conn:
        yield new_conn


def insert_ignoring_duplicates(conn: Connection, table: Table) -> Insert:
    """An INSERT that skips rows whose primary key already exists, in the connection's dialect."""
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    raise StoreError(f"database dialect {name!r} is not supported (use SQLite or PostgreSQL)")


def chunks(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    """The distinct `items`, sorted, in lists of at most `size`."""
    items = sorted(set(items))
    for i in range(0, len(items), size):
        yield items[i : i + size]
