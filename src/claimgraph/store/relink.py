"""Canonical ids and canonical entities recomputed from judgements, for the part of the
graph a change touched (`relink`), and the canonical entities readers see (`refresh_profiles`).
What is one entity, and its name and type, `resolve` decides; this module reads and writes
the rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, delete, select, update

from claimgraph.model import Entity
from claimgraph.resolve.canonical import CanonicalEntity, Decision, canonical_entity
from claimgraph.resolve.cross_document import component
from claimgraph.resolve.linker import components
from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.known_entities import KnownInStore, canonical_of, members_of
from claimgraph.store.names import write_names
from claimgraph.store.resolution_tables import canonical_entities, entity_decisions, entity_links
from claimgraph.store.rows import from_row, to_row
from claimgraph.store.tables import entities


def relink(tx: Connection, seeds: Iterable[str]) -> set[str]:
    """Recompute canonical ids around `seeds`; refresh the canonical entities; return them."""
    nodes, found = component(KnownInStore(tx), seeds)
    if not nodes:
        return set()
    mapping = components(nodes, found)
    old = canonical_of(tx, nodes)
    known = set()
    for part in chunks(nodes):
        known |= set(tx.execute(select(entity_links.c.id).where(entity_links.c.id.in_(part))).scalars())
    fresh = [{"id": i, "canonical": mapping[i]} for i in sorted(nodes - known)]
    if fresh:
        tx.execute(insert_ignoring_duplicates(tx, entity_links), fresh)
    by_target: dict[str, list[str]] = defaultdict(list)
    for node in sorted(known):
        if old[node] != mapping[node]:
            by_target[mapping[node]].append(node)
    for target, moved in sorted(by_target.items()):
        for part in chunks(moved):
            tx.execute(update(entity_links).where(entity_links.c.id.in_(part)).values(canonical=target))
    gone = set(old.values()) - set(mapping.values())
    for part in chunks(gone):
        tx.execute(delete(canonical_entities).where(canonical_entities.c.id.in_(part)))
    current = set(mapping.values())
    refresh_profiles(tx, current)
    return current


def refresh_profiles(tx: Connection, canonicals: Iterable[str]) -> None:
    """The stored canonical entity of each canonical id (`resolve.canonical`), from its parts,
    their mention counts and the user's decisions; written where it changed."""
    groups = members_of(tx, canonicals)
    for canonical in canonicals:
        groups.setdefault(canonical, [canonical])
    ids = {i for group in groups.values() for i in group}
    parts: dict[str, Entity] = {}
    # counts kept on each entity by the writer: counting a hub's mentions anew grows with the store
    counts: dict[str, int] = {}
    decisions: dict[str, list[Decision]] = defaultdict(list)
    for part in chunks(ids):
        for row in tx.execute(select(entities).where(entities.c.id.in_(part))):
            parts[row.id], counts[row.id] = from_row(Entity, row), row.mention_count
        for d in tx.execute(select(entity_decisions).where(entity_decisions.c.entity.in_(part))):
            decisions[d.entity].append(Decision(d.id, d.kind, d.value, d.created_at))
    existing: dict[str, CanonicalEntity] = {}
    for part in chunks(groups):
        for row in tx.execute(select(canonical_entities).where(canonical_entities.c.id.in_(part))):
            existing[row.id] = CanonicalEntity(from_row(Entity, row), bool(row.rejected))
    fresh: list[dict] = []
    changed: list[dict] = []
    written: list[Entity] = []
    for canonical, group in sorted(groups.items()):  # id order: see writer._save_entities
        found = [parts[i] for i in group if i in parts]
        if not found:
            continue
        chosen = canonical_entity(canonical, found, counts, (d for i in group for d in decisions.get(i, [])))
        if chosen == existing.get(canonical):  # most documents change no canonical entity: write only what did
            continue
        written.append(chosen.entity)
        values = {**to_row(chosen.entity), "rejected": chosen.rejected}
        if canonical not in existing:
            fresh.append(values)
        else:
            changed.append({"canonical_id": values.pop("id"), **values})
    if fresh:
        tx.execute(insert_ignoring_duplicates(tx, canonical_entities), fresh)
    write_names(tx, written)
    if changed:
        tx.execute(
            update(canonical_entities)
            .where(canonical_entities.c.id == bindparam("canonical_id"))
            .values({column: bindparam(column) for column in ("name", "type", "aliases", "rejected", "descriptive")}),
            changed,
        )
