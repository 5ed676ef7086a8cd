"""Replacing what is stored for a document with a new extraction of it (`claimgraph reextract`).

In one transaction: the document's rows go (its mentions, timexes, claims, relations and events
with it, by the foreign keys' cascades; the mention counts of its entities are taken back), then
the new extraction is stored as `save_extraction` stores any document, linked across documents
again. Entities keep their ids (an entity's id is its type and name), so the user's decisions on
them stay in force; an entity no mention names any more stays with its judgements.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Engine, bindparam, delete, select

from claimgraph.model import Document, Extraction
from claimgraph.store.db import transaction
from claimgraph.store.rows import from_row
from claimgraph.store.tables import documents, entities, mentions
from claimgraph.store.writer import save_extraction
from claimgraph.version import pipeline_version


def outdated_documents(engine: Engine, *, every: bool = False) -> list[Document]:
    """The documents extracted by another pipeline than this one (every document with `every`)."""
    query = select(documents).order_by(documents.c.ingested_at, documents.c.id)
    if not every:
        query = query.where(documents.c.pipeline_version != pipeline_version())
    with engine.connect() as conn:
        return [from_row(Document, row) for row in conn.execute(query)]


def replace_extraction(engine: Engine, extraction: Extraction) -> None:
    """Store `extraction` in place of what is stored for its document, atomically."""
    document_id = extraction.document.id
    with transaction(engine) as tx:
        named = Counter(
            row.entity for row in tx.execute(select(mentions.c.entity).where(mentions.c.document == document_id))
            if row.entity
        )
        if named:
            tx.execute(
                entities.update()
                .where(entities.c.id == bindparam("entity_id"))
                .values(mention_count=entities.c.mention_count - bindparam("taken")),
                [{"entity_id": ident, "taken": n} for ident, n in sorted(named.items())],
            )
        ingested = tx.execute(select(documents.c.ingested_at).where(documents.c.id == document_id)).scalar()
        tx.execute(delete(documents).where(documents.c.id == document_id))
        save_extraction(engine, extraction, conn=tx)
        if ingested is not None:  # it keeps its place among the documents
            tx.execute(documents.update().where(documents.c.id == document_id).values(ingested_at=ingested))
