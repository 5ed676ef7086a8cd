"""Entities of a newly stored document linked to the entities already known, in the same
transaction as the document.

For each entity of the document: its blocking keys are added to `entity_keys`; entities
holding a partner key are its candidates (a key shared by more than `MAX_BLOCK` entities is
too common to tell anything and is skipped); each candidate is judged
(`resolve.matching.judge`) and every positive match is stored as a computed judgement with its
reason. Weak matches (a bare acronym or surname) count only for an entity known by nothing
better and only when all its weak candidates are one canonical entity. Then the canonical ids
around the touched entities are recomputed (`relink`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from claimgraph.model import Entity, Extraction, record_id
from claimgraph.resolve.linker import COMPUTED, POSITIVE
from claimgraph.resolve.matching import entity_keys, is_weak, judge, probe_keys
from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.relink import canonical_of, refresh_profiles, relink
from claimgraph.store.rows import from_row
from claimgraph.store.resolution_tables import entity_keys as keys_table
from claimgraph.store.resolution_tables import entity_links, judgements, mention_evidence
from claimgraph.store.tables import entities

MAX_BLOCK = 50


def judgement_id(a: str, b: str, source: str) -> str:
    low, high = sorted((a, b))
    return record_id("judgement", low, high, source)


def judgement_row(a: str, b: str, verdict: str, source: str, reason: str) -> dict:
    low, high = sorted((a, b))
    return {
        "id": judgement_id(low, high, source),
        "entity_a": low,
        "entity_b": high,
        "verdict": verdict,
        "source": source,
        "reason": reason,
        "created_at": datetime.now(UTC),
    }


def _stored_entities(tx: Connection, ids: set[str]) -> dict[str, Entity]:
    out = {}
    for part in chunks(ids):
        for row in tx.execute(select(entities).where(entities.c.id.in_(part))):
            out[row.id] = from_row(Entity, row)
    return out


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


def _blocks(tx: Connection, probes: set[str]) -> dict[str, set[str]]:
    blocks: dict[str, set[str]] = defaultdict(set)
    for part in chunks(probes):
        for key, ident in tx.execute(select(keys_table.c.key, keys_table.c.entity).where(keys_table.c.key.in_(part))):
            blocks[key].add(ident)
    return {key: ids for key, ids in blocks.items() if len(ids) <= MAX_BLOCK}


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
    found = _stored_entities(tx, ids)
    fresh = _fresh_keys(tx, found)
    rows = []
    for ident, keys in sorted(fresh.items()):
        rows += _judge_new(tx, found[ident], keys)
    rows = list({row["id"]: row for row in rows}.values())
    if rows:
        tx.execute(insert_ignoring_duplicates(tx, judgements), rows)
    seeds = {r["entity_a"] for r in rows} | {r["entity_b"] for r in rows} | (ids - known)
    done = relink(tx, seeds) if seeds else set()
    refresh_profiles(tx, set(canonical_of(tx, ids).values()) - done)


def _candidates(tx: Connection, entity: Entity, keys: set[str]) -> tuple[dict[str, Entity], dict[str, str]]:
    blocks = _blocks(tx, probe_keys(keys))
    pool = {c for block in blocks.values() for c in block} - {entity.id}
    return _stored_entities(tx, pool), canonical_of(tx, pool | {entity.id})


def _weak_target(tx: Connection, entity: Entity) -> tuple[str, str] | None:
    """The one entity a weak entity (a bare acronym or surname) fits, with the reason."""
    others, canonical = _candidates(tx, entity, entity_keys(entity))
    fits: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cand, other in sorted(others.items()):
        match = judge(entity, other)
        if match is not None and match.weak and not is_weak(other):
            fits[canonical[cand]].append((cand, match.reason))
    if len(fits) != 1:
        return None
    (matches,) = fits.values()
    return matches[0]


def _judge_new(tx: Connection, entity: Entity, keys: set[str]) -> list[dict]:
    """Computed judgements between a new (or newly named) entity and its candidates."""
    others, canonical = _candidates(tx, entity, keys)
    rows = []
    weak_self = is_weak(entity)
    for cand, other in sorted(others.items()):
        if canonical.get(cand) == canonical.get(entity.id):
            continue
        match = judge(entity, other)
        if match is None:
            continue
        if not match.weak:
            rows.append(judgement_row(entity.id, cand, POSITIVE, COMPUTED, match.reason))
        elif not weak_self and is_weak(other) and canonical[cand] == cand:
            # a bare acronym or surname seen before: it joins if this entity is its one fit
            target = _weak_target(tx, other)
            if target and canonical_of(tx, {target[0]})[target[0]] == canonical[entity.id]:
                rows.append(judgement_row(cand, target[0], POSITIVE, COMPUTED, target[1]))
    if weak_self:
        target = _weak_target(tx, entity)
        if target and canonical.get(target[0]) != canonical.get(entity.id):
            rows.append(judgement_row(entity.id, target[0], POSITIVE, COMPUTED, target[1]))
    return rows


def _save_evidence(tx: Connection, extraction: Extraction) -> None:
    evidence = getattr(extraction, "evidence", ())
    if evidence:
        rows = [
            {"mention": record_id(e.document, e.start, e.end), "entity": e.entity, "reason": e.reason}
            for e in evidence
        ]
        tx.execute(insert_ignoring_duplicates(tx, mention_evidence), list({r["mention"]: r for r in rows}.values()))
