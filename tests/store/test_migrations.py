"""The Alembic migrations build exactly the schema `store/tables.py` declares, on both dialects."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from claimgraph.store import open_engine
from claimgraph.store.tables import metadata


def test_migration_head_matches_the_declared_tables(db_url: str) -> None:
    engine = open_engine(db_url)  # a fresh database, migrated to the head revision
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == [], "a change to store/tables.py needs a migration (or the other way round)"
