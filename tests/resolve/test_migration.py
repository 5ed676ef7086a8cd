"""A database made before entity resolution (revision 0003) upgrades with its entities linked."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, select, text

from claimgraph.store import open_engine, reader
from claimgraph.store.db import _alembic_config
from claimgraph.store.resolution_tables import canonical_entities, entity_links


def test_upgrade_from_0003_keeps_entities_visible(db_url: str) -> None:
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.execute(text("INSERT INTO entities (id, name, type, aliases) VALUES ('e-mali', 'Mali', 'Location', '[\"Mali\"]')"))
    engine.dispose()
    upgraded = open_engine(db_url)
    with upgraded.connect() as conn:
        assert conn.execute(select(entity_links.c.canonical).where(entity_links.c.id == "e-mali")).scalar() == "e-mali"
        assert conn.execute(select(canonical_entities.c.rejected)).scalar() is False
    assert [c.entity.name for c in reader.entity_counts(upgraded)] == ["Mali"]
