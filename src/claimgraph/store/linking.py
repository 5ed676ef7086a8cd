"""Entities of a newly stored document linked to the entities already known, in the same
transaction as the document.

The document's entities get their links and their blocking keys in `entity_keys`;
`resolve.cross_document` judges each against the entities sharing a block, and its computed
judgements are stored with their reasons. Then the canonical ids around the touched entities
are recomputed (`relink`), or, when the judgements only join new entities to known ones, the
new ones are linked where they join (`attach`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from claimgraph.model import Entity, Extraction, record_id
from claimgraph.resolve.cross_document import new_judgements
from claimgraph.resolve.linker import Judgement
from claimgraph.resolve.matching import entity_keys
from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.known_entities import KnownInStore, canonical_of, stored_entities
from claimgraph.store.relink import attach, refresh_profiles, relink
from claimgraph.store.resolution_tables import entity_keys as keys_table
from claimgraph.store.resolution_tables import (
    entity_links,
    judgements,
    mention_evidence,
)


def judgement_id(a: str, b: str, source: str) -> str:
    low, high = sorted((a, b))
    return record_id("judgement", low, high, source)


def judgement_row(judgement: Judgement) -> dict:
    """The row of a judgement made now (its pair in id order)."""
    low, high = judgement.pair
    return {
        "id": judgement_id(low, high, judgement.source),
        "entity_a": low,
        "entity_b": high,
        "verdict": judgement.verdict,
        "source": judgement.source,
        "reason": judgement.reason,
        "created_at": datetime.now(UTC),
    }


def _fresh_keys(tx: Connection, found: dict[str, Entity]) -> dict[str, set[str]]:
    """Keys of each entity not yet in the index (they are added to it)."""
    stored: dict[str, set[str]] = defaultdict(set)
    for part in chunks(found):
        for key, ident in tx.execute(select(keys_table.c.key, keys_table.c.entity).where(keys_table.c.entity.in_(part))):
            stored[ident].add(key)
    fresh = {ident: entity_keys(entity) - stored[ident] for ident, entity in found.items()}
    rows = [{"key": key, "entity": ident} for ident, keys in fresh.items() for key in sorted(keys)]
    if rows:
        tx.execute(insert_ignoring_duplicates(tx, keys_table), rows)
    return {ident: keys for ident, keys in fresh.items() if keys}


def link_extraction(tx: Connection, extraction: Extraction) -> None:
    """Link the document's entities to known ones (call after its rows are written)."""
    ids = {entity.id for entity in extraction.entities}
    if not ids:
        return
    _save_evidence(tx, extraction)
    known = set()
    for part in chunks(ids):
        known |= set(tx.execute(select(entity_links.c.id).where(entity_links.c.id.in_(part))).scalars())
    if ids - known:
        tx.execute(insert_ignoring_duplicates(tx, entity_links), [{"id": i, "canonical": i} for i in sorted(ids - known)])
    found = stored_entities(tx, ids)
    fresh = _fresh_keys(tx, found)
    known_entities = KnownInStore(tx)
    rows = [
        judgement_row(judgement)
        for ident, keys in sorted(fresh.items())
        for judgement in new_judgements(known_entities, found[ident], keys)
    ]
    rows = sorted({row["id"]: row for row in rows}.values(), key=lambda row: row["id"])
    if rows:
        tx.execute(insert_ignoring_duplicates(tx, judgements), rows)
    done: set[str] = set()
    if not attach(tx, ids - known, rows):
        seeds = {r["entity_a"] for r in rows} | {r["entity_b"] for r in rows} | (ids - known)
        done = relink(tx, seeds) if seeds else set()
    refresh_profiles(tx, set(canonical_of(tx, ids).values()) - done)


def _save_evidence(tx: Connection, extraction: Extraction) -> None:
    evidence = getattr(extraction, "evidence", ())
    if evidence:
        rows = [
            {"mention": record_id(e.document, e.start, e.end), "entity": e.entity, "reason": e.reason}
            for e in evidence
        ]
        tx.execute(insert_ignoring_duplicates(tx, mention_evidence), list({r["mention"]: r for r in rows}.values()))
