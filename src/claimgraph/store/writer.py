"""Writing extraction results: one transaction per document, so a crash never leaves half of one."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, bindparam, select

from claimgraph.model import Entity, Extraction, Mention, record_id
from claimgraph.store.db import insert_ignoring_duplicates, transaction
from claimgraph.store.event_links import add_event_entities
from claimgraph.store.linking import link_extraction
from claimgraph.store.rows import to_row
from claimgraph.store.tables import (
    claims,
    documents,
    entities,
    events,
    mentions,
    relations,
    timexes,
)
from claimgraph.version import pipeline_version


def document_exists(conn: Connection, document_id: str) -> bool:
    found = conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first()
    return found is not None


def save_extraction(engine: Engine, extraction: Extraction, conn: Connection | None = None) -> bool:
    """Store a document and its records atomically; False (and nothing written) if it is stored."""
    doc = extraction.document
    with transaction(engine, conn) as tx:
        # Insert-unless-stored, not a check then an insert: another process storing the same
        # document at the same moment makes this one a duplicate, not an integrity error.
        added = tx.execute(
            insert_ignoring_duplicates(tx, documents).values(
                **to_row(doc), pipeline_version=pipeline_version(), ingested_at=datetime.now(UTC)
            ),
            execution_options={"preserve_rowcount": True},
        )
        if added.rowcount == 0:
            return False
        _save_entities(tx, extraction.entities)
        if extraction.mentions:
            rows = [{"id": record_id(m.document, m.start, m.end), **to_row(m)} for m in extraction.mentions]
            tx.execute(mentions.insert(), rows)
            _count_mentions(tx, extraction.mentions)
        if extraction.timexes:
            rows = [{"id": record_id(t.document, t.start, t.end, "timex"), **to_row(t)} for t in extraction.timexes]
            tx.execute(timexes.insert(), rows)
        for table, records in ((claims, extraction.claims), (relations, extraction.relations)):
            if records:
                tx.execute(table.insert(), [to_row(record) for record in records])
        if extraction.events:
            rows = [to_row(event) for event in extraction.events]
            tx.execute(events.insert(), rows)
            add_event_entities(tx, rows)
        link_extraction(tx, extraction)  # canonical ids across documents, in the same transaction
    return True


def _count_mentions(tx: Connection, found: tuple[Mention, ...]) -> None:
    """Keep each entity's mention count (read by profiles, which must not count a hub anew)."""
    counts = Counter(m.entity for m in found if m.entity)
    if counts:
        tx.execute(
            entities.update()
            .where(entities.c.id == bindparam("entity_id"))
            .values(mention_count=entities.c.mention_count + bindparam("added")),
            [{"entity_id": ident, "added": n} for ident, n in sorted(counts.items())],
        )


def _save_entities(tx: Connection, found: tuple[Entity, ...]) -> None:
    """Insert new entities; add newly seen names to the aliases of known ones."""
    if not found:
        return
    ids = [entity.id for entity in found]
    known = {
        row.id: row.aliases
        for row in tx.execute(select(entities.c.id, entities.c.aliases).where(entities.c.id.in_(ids)))
    }
    # Rows in id order, in every transaction: two processes storing at once lock the same
    # entities in the same order, so neither waits for the other in a cycle (a deadlock).
    fresh = sorted((entity for entity in found if entity.id not in known), key=lambda entity: entity.id)
    if fresh:
        tx.execute(
            insert_ignoring_duplicates(tx, entities),
            [to_row(entity) for entity in fresh],
        )
    for entity in sorted(found, key=lambda entity: entity.id):
        old = known.get(entity.id)
        if old is None:
            continue
        merged = sorted(set(old) | set(entity.aliases))
        if merged != sorted(old):
            tx.execute(entities.update().where(entities.c.id == entity.id).values(aliases=merged))
