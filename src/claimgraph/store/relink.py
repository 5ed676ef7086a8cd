"""Canonical ids and canonical entities recomputed from judgements, for the part of the
graph a change touched (`relink`), and the profile readers see (`refresh_profiles`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, delete, or_, select, update

from claimgraph.model import PERSON
from claimgraph.resolve.keys import analyse
from claimgraph.resolve.linker import Judgement, components
from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.resolution_tables import (
    POSITIVE,
    canonical_entities,
    entity_decisions,
    entity_links,
    judgements,
)
from claimgraph.store.tables import entities

def canonical_of(tx: Connection, ids: Iterable[str]) -> dict[str, str]:
    """id -> canonical id (ids without a link are their own)."""
    ids = set(ids)
    found: dict[str, str] = {}
    for part in chunks(ids):
        found.update(tx.execute(select(entity_links.c.id, entity_links.c.canonical).where(entity_links.c.id.in_(part))).all())
    return {i: found.get(i, i) for i in ids}


def members_of(tx: Connection, canonicals: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for part in chunks(canonicals):
        rows = tx.execute(select(entity_links.c.id, entity_links.c.canonical).where(entity_links.c.canonical.in_(part)))
        for ident, canonical in rows:
            out[canonical].append(ident)
    return out


def load_judgements(tx: Connection, ids: Iterable[str]) -> list[Judgement]:
    out = {}
    for part in chunks(ids):
        rows = tx.execute(select(judgements).where(or_(judgements.c.entity_a.in_(part), judgements.c.entity_b.in_(part))))
        for row in rows:
            out[row.id] = Judgement(row.entity_a, row.entity_b, row.verdict, row.source, row.reason, row.created_at)
    return list(out.values())


def component(tx: Connection, seeds: Iterable[str]) -> tuple[set[str], list[Judgement]]:
    """Every id connected to `seeds` by a positive judgement or a shared canonical id, and
    the judgements among them."""
    seeds = set(seeds)
    nodes = set(seeds) | {i for ids in members_of(tx, set(canonical_of(tx, seeds).values())).values() for i in ids}
    frontier = set(nodes)
    found: dict[tuple, Judgement] = {}
    while frontier:
        reached = set()
        for judgement in load_judgements(tx, frontier):
            found[(judgement.a, judgement.b, judgement.source)] = judgement
            if judgement.verdict == POSITIVE:
                reached |= {judgement.a, judgement.b}
        new = reached - nodes
        mates = {i for ids in members_of(tx, set(canonical_of(tx, new).values())).values() for i in ids}
        frontier = (new | mates) - nodes
        nodes |= frontier
    return nodes, [j for j in found.values() if j.a in nodes and j.b in nodes]


def relink(tx: Connection, seeds: Iterable[str]) -> set[str]:
    """Recompute canonical ids around `seeds`; refresh the canonical entities; return them."""
    nodes, found = component(tx, seeds)
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
    for target, moved in by_target.items():
        for part in chunks(moved):
            tx.execute(update(entity_links).where(entity_links.c.id.in_(part)).values(canonical=target))
    gone = set(old.values()) - set(mapping.values())
    for part in chunks(gone):
        tx.execute(delete(canonical_entities).where(canonical_entities.c.id.in_(part)))
    current = set(mapping.values())
    refresh_profiles(tx, current)
    return current


def _rank(name: str, type: str, count: int) -> tuple:
    form = analyse(name)
    full = bool(form.tokens) and not form.acronym and not (type == PERSON and len(form.tokens) < 2)
    return (not full, -count, name)


def refresh_profiles(tx: Connection, canonicals: Iterable[str]) -> None:
    """Name, type, aliases and rejection of each canonical entity, from its parts and the
    user's decisions (the latest of each kind wins)."""
    groups = members_of(tx, canonicals)
    for canonical in canonicals:
        groups.setdefault(canonical, [canonical])
    ids = {i for group in groups.values() for i in group}
    rows = {}
    decisions: dict[str, list] = defaultdict(list)
    for part in chunks(ids):
        rows.update({r.id: r for r in tx.execute(select(entities).where(entities.c.id.in_(part)))})
        for d in tx.execute(select(entity_decisions).where(entity_decisions.c.entity.in_(part))):
            decisions[d.entity].append(d)
    # counts kept on each entity by the writer: counting a hub's mentions anew grows with the store
    counts: Counter[str] = Counter({i: row.mention_count for i, row in rows.items()})
    existing: dict[str, dict] = {}
    for part in chunks(groups):
        for row in tx.execute(select(canonical_entities).where(canonical_entities.c.id.in_(part))):
            existing[row.id] = {"name": row.name, "type": row.type, "aliases": list(row.aliases or []),
                                "rejected": bool(row.rejected)}
    fresh, changed = [], []
    for canonical, group in groups.items():
        parts = [rows[i] for i in group if i in rows]
        if not parts:
            continue
        made = sorted((d for i in group for d in decisions.get(i, [])), key=lambda d: (d.created_at, d.id))
        latest = {d.kind: d.value for d in made}
        types: Counter[str] = Counter()
        for row in parts:
            types[row.type] += counts[row.id] or 1
        type = latest.get("retype") or max(types, key=lambda t: (types[t], t == rows.get(canonical, parts[0]).type, t))
        name = latest.get("rename") or min(
            (row.name for row in parts), key=lambda n: _rank(n, type, sum(counts[r.id] for r in parts if r.name == n))
        )
        aliases = sorted({a for row in parts for a in (row.aliases or [])} | {name})
        values = {"name": name, "type": type, "aliases": aliases, "rejected": latest.get("reject") == "true"}
        if canonical not in existing:
            fresh.append({"id": canonical, **values})
        elif existing[canonical] != values:  # most documents change no profile: write only what did
            changed.append({"canonical_id": canonical, **values})
    if fresh:
        tx.execute(insert_ignoring_duplicates(tx, canonical_entities), fresh)
    if changed:
        tx.execute(
            update(canonical_entities)
            .where(canonical_entities.c.id == bindparam("canonical_id"))
            .values({column: bindparam(column) for column in ("name", "type", "aliases", "rejected")}),
            changed,
        )
