"""Canonical ids and canonical entities recomputed from judgements, for the part of the
graph a change touched (`relink`), and the canonical entities readers see (`refresh_profiles`).
What is one entity, and its name and type, `resolve` decides; this module reads and writes
the rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, delete, select, update

from claimgraph.model import Entity
from claimgraph.resolve.canonical import CanonicalEntity, canonical_of_groups
from claimgraph.resolve.cross_document import component
from claimgraph.resolve.linker import POSITIVE, components
from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.known_entities import KnownInStore, canonical_of, group_decisions, part_groups
from claimgraph.store.names import write_names
from claimgraph.store.resolution_tables import canonical_entities, entity_links
from claimgraph.store.rows import from_row, to_row


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


def attach(tx: Connection, new: set[str], made: list[dict]) -> bool:
    """Link the entities `new` to the store (each has a link to itself) that this document's
    judgement rows `made` join to one known canonical entity each, without recomputing that
    entity's component, which grows with every document naming it ("Putin" alone in each of
    a thousand documents). False, with nothing changed, when the judgements ask for `relink`:
    one between two known or two new entities, or a new entity joining two canonical entities.

    The same ids as `relink`: a new entity has no judgement but these positive ones, so joining
    it first or last changes no other join; the smallest id of the group is its canonical id."""
    partners: dict[str, set[str]] = defaultdict(set)
    for row in made:
        a, b = row["entity_a"], row["entity_b"]
        if row["verdict"] != POSITIVE or (a in new) == (b in new):
            return False
        mine, known = (a, b) if a in new else (b, a)
        partners[mine].add(known)
    canonical = canonical_of(tx, {i for known in partners.values() for i in known})
    joins: dict[str, list[str]] = defaultdict(list)
    for ident, known in partners.items():
        targets = {canonical[i] for i in known}
        if len(targets) != 1:
            return False
        joins[targets.pop()].append(ident)
    for target, moved in sorted(joins.items()):
        first = min(target, *moved)
        if first != target:  # a new id comes first: the group takes it as its canonical id
            tx.execute(update(entity_links).where(entity_links.c.canonical == target).values(canonical=first))
            tx.execute(delete(canonical_entities).where(canonical_entities.c.id == target))
        tx.execute(update(entity_links).where(entity_links.c.id.in_(sorted(moved))).values(canonical=first))
    return True


def refresh_profiles(tx: Connection, canonicals: Iterable[str]) -> None:
    """The stored canonical entity of each canonical id (`resolve.canonical`), from its parts,
    their mention counts and the user's decisions; written where it changed."""
    canonicals = sorted(set(canonicals))  # id order: see writer._save_entities
    groups = part_groups(tx, canonicals)
    decisions = group_decisions(tx, canonicals)
    existing: dict[str, CanonicalEntity] = {}
    for part in chunks(canonicals):
        for row in tx.execute(select(canonical_entities).where(canonical_entities.c.id.in_(part))):
            existing[row.id] = CanonicalEntity(from_row(Entity, row), bool(row.rejected))
    fresh: list[dict] = []
    changed: list[dict] = []
    written: list[Entity] = []
    for canonical in canonicals:
        if not groups.get(canonical):
            continue
        chosen = canonical_of_groups(canonical, groups[canonical], decisions.get(canonical, ()))
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
