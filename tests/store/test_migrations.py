"""The Alembic migrations build exactly the schema `store/tables.py` declares, on both dialects."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from claimgraph.store import open_engine
from claimgraph.store.tables import metadata


# SQLite cannot reflect an index on an expression (documents by the start of their source): it is
# compared on PostgreSQL only.
@pytest.mark.filterwarnings("ignore:.*expression-based index '?ix_documents_source")
def test_migration_head_matches_the_declared_tables(db_url: str) -> None:
    engine = open_engine(db_url)  # a fresh database, migrated to the head revision
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == [], "a change to store/tables.py needs a migration (or the other way round)"


def test_upgrade_to_0008_indexes_what_is_stored(db_url: str) -> None:
    """A store made before revision 0008 finds, once upgraded, the same events of an entity
    (now through `event_entities`) and the same entities by name (through `entity_names`)."""
    from alembic import command

    from claimgraph.process import ingest
    from claimgraph.store import dispose_all
    from claimgraph.store.claim_queries import matching_entities
    from claimgraph.store.db import _alembic_config
    from claimgraph.store.graph_queries import find_events

    samples = Path(__file__).resolve().parents[2] / "src" / "claimgraph" / "samples"
    assert ingest([str(samples / "bamako_wire.html"), str(samples / "articles.jsonl")], db=db_url).ok

    def read() -> tuple:
        engine = open_engine(db_url)
        return ([v.event.id for v in find_events(engine, about="Bamako")],
                matching_entities(engine, "al-Mourabitoun"), matching_entities(engine, "MALI"))

    before = read()
    assert before[0] and before[1] and before[2]
    with open_engine(db_url).begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    dispose_all()
    assert read() == before
