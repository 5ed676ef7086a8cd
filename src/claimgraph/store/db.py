"""Engines, transactions and dialect differences in one place.

SQLite and PostgreSQL run the same code: `open_engine(url)` gives a cached engine whose schema
is migrated to the newest revision, `transaction(engine)` one all-or-nothing unit of work, and
`insert_ignoring_duplicates(table)` the per-dialect "insert unless the key exists",
`chunks(ids)` lists of ids short enough for any dialect's `IN (...)`, and `hex_prefix` an id
prefix as an indexed range.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import ColumnElement, Connection, Engine, Table, and_, create_engine, event, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import (
    ArgumentError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.sql.dml import Insert

from claimgraph.errors import StoreError, one_line

MIGRATIONS = Path(__file__).parent / "migrations"
CHUNK = 500  # ids in one `IN (...)`
HEX = frozenset("0123456789abcdef")
SCHEMA_LOCK = 0x636C6169  # PostgreSQL advisory lock key held while migrating ("clai")
log = logging.getLogger(__name__)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI hook
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL waits for other writers too
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 32 MiB of pages (SQLite's default is 2 MiB): the indexes a look-up walks stay in memory as
    # the store grows (a list of the entities of 10,000 articles: 1.2 s -> 0.35 s).
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def read_json(text: str | bytes) -> Any:
    """A stored JSON value, read without `json.loads` for the empty list or object that most
    JSON columns hold (a whole-store analysis reads millions of them)."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return json.loads(text)


def _make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    try:
        engine = create_engine(url, future=True, pool_pre_ping=True, json_deserializer=read_json)
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
    """Bring the schema to the newest revision (a no-op when it is already there).

    The whole upgrade is one transaction that first takes the database's schema lock (SQLite's
    write lock, a PostgreSQL advisory lock), then reads the revision again: a kill or Ctrl-C
    leaves the database as it was, and of processes starting together on a new database one
    migrates while the others wait and find it done. A revision this code does not know (a
    database made by a newer claimgraph) is refused with a `StoreError`."""
    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = _revision(conn, script)
    if current == head:
        return
    with engine.connect() as conn, _schema_lock(conn):
        current = _revision(conn, script)
        if current == head:
            return
        if current is None:
            _clear_interrupted_setup(conn)
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _revision(conn: Connection, script: ScriptDirectory) -> str | None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        url = conn.engine.url.render_as_string(hide_password=True)
        raise StoreError(
            f"database {url} was made by a newer version of claimgraph (schema revision {current}; "
            f"this version knows up to {script.get_current_head()}): upgrade claimgraph to use it"
        )
    return current


@contextmanager
def _schema_lock(conn: Connection) -> Iterator[None]:
    """One transaction on `conn` holding the lock that migrations take; commits on success."""
    if conn.dialect.name == "sqlite":
        # pysqlite runs DDL outside any transaction unless one is begun explicitly; IMMEDIATE
        # takes the write lock now (waiting up to busy_timeout), not at the first write.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _clear_interrupted_setup(conn: Connection) -> None:
    """Drop the empty tables that an interrupted first set-up by an older claimgraph left
    behind (its SQLite DDL was not transactional), so the set-up can run again. Tables of other
    programs are left alone; one with a claimgraph table's name but other columns, or with
    rows, is refused (it is not what a set-up left)."""
    from claimgraph.store import resolution_tables  # noqa: F401 - its tables join `metadata`
    from claimgraph.store.tables import metadata  # (the schema modules import this one)

    inspector = inspect(conn)
    left = sorted(set(inspector.get_table_names()) & (set(metadata.tables) | {"alembic_version"}))
    if not left:
        return
    url = conn.engine.url.render_as_string(hide_password=True)
    for name in left:
        columns = {column["name"] for column in inspector.get_columns(name)}
        declared = {"version_num"} if name == "alembic_version" else set(metadata.tables[name].columns.keys())
        if not columns <= declared or conn.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first():
            raise StoreError(
                f"database {url} has a table {name} that claimgraph did not make (and no claimgraph "
                "schema revision): use a new database for claimgraph"
            )
    log.warning("database %s: removing the empty tables of an interrupted first set-up", url)
    for table in reversed(metadata.sorted_tables):
        if table.name in left:
            table.drop(conn)
    if "alembic_version" in left:
        conn.exec_driver_sql("DROP TABLE alembic_version")


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
        raise StoreError(f"cannot open database {engine.url!r}: {one_line(str(exc.orig))}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot migrate database {engine.url!r}: {one_line(str(getattr(exc, 'orig', None) or exc))}") from None
    except StoreError:
        engine.dispose()
        raise
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


def is_hex(text: str) -> bool:
    """Could `text` be (the start of) a record id: lower-case hex digits."""
    return bool(text) and set(text) <= HEX


def hex_prefix(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """`column` starts with the hex digits `prefix`, as a range of values, which an index on it
    serves (a `LIKE 'ab%'` with a bound prefix is served by none, on either dialect)."""
    head = prefix.rstrip("f")
    if not head:
        return column >= prefix
    upper = head[:-1] + "0123456789abcdef"[int(head[-1], 16) + 1]
    return and_(column >= prefix, column < upper)


def chunks(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    """The distinct `items`, sorted, in lists of at most `size`."""
    items = sorted(set(items))
    for i in range(0, len(items), size):
        yield items[i : i + size]
