"""What the store knows of entities, read for resolution: stored entities, the blocking index,
links to canonical ids and judgements (`KnownInStore` answers `resolve.cross_document`'s
`KnownEntities` on one connection)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Text, case, cast, func, or_, select

from claimgraph.model import Entity
from claimgraph.resolve.canonical import Decision, PartGroup
from claimgraph.resolve.linker import Judgement
from claimgraph.store.db import chunks
from claimgraph.store.resolution_tables import entity_decisions, entity_keys, entity_links, judgements
from claimgraph.store.rows import from_row
from claimgraph.store.tables import entities


def canonical_of(tx: Connection, ids: Iterable[str]) -> dict[str, str]:
    """id -> canonical id (ids without a link are their own)."""
    ids = set(ids)
    found: dict[str, str] = {}
    for part in chunks(ids):
        found.update(tx.execute(select(entity_links.c.id, entity_links.c.canonical).where(entity_links.c.id.in_(part))).all())
    return {i: found.get(i, i) for i in ids}


def members_of(tx: Connection, canonicals: Iterable[str]) -> dict[str, list[str]]:
    """canonical id -> the ids linked to it."""
    out: dict[str, list[str]] = defaultdict(list)
    for part in chunks(canonicals):
        rows = tx.execute(select(entity_links.c.id, entity_links.c.canonical).where(entity_links.c.canonical.in_(part)))
        for ident, canonical in rows:
            out[canonical].append(ident)
    return out


def part_groups(tx: Connection, canonicals: Iterable[str]) -> dict[str, list[PartGroup]]:
    """canonical id -> its parts grouped by name, type, aliases and descriptive flag, with their
    mention counts (kept on each entity by the writer), summed by the database: a group of
    thousands of parts named alike comes back as one row."""
    e, link = entities.c, entity_links.c
    aliases = cast(e.aliases, Text)
    key = (link.canonical, e.name, e.type, aliases, e.descriptive)
    found: dict[str, list[PartGroup]] = defaultdict(list)
    for part in chunks(canonicals):
        query = (
            select(*key, func.sum(e.mention_count), func.sum(case((e.mention_count == 0, 1), else_=0)),
                   func.max(case((e.id == link.canonical, 1), else_=0)))
            .select_from(entity_links).join(entities, e.id == link.id)
            .where(link.canonical.in_(part)).group_by(*key).order_by(*key)
        )
        for canonical, name, type, listed, descriptive, mentions, unmentioned, own in tx.execute(query):
            found[canonical].append(PartGroup(name, type, tuple(json.loads(listed) or ()), bool(descriptive),
                                              int(mentions or 0), int(unmentioned or 0), bool(own)))
    return found


def group_decisions(tx: Connection, canonicals: Iterable[str]) -> dict[str, list[Decision]]:
    """canonical id -> the user's decisions on any of its parts."""
    found: dict[str, list[Decision]] = defaultdict(list)
    for part in chunks(canonicals):
        query = (select(entity_links.c.canonical, entity_decisions)
                 .join(entity_links, entity_links.c.id == entity_decisions.c.entity)
                 .where(entity_links.c.canonical.in_(part)))
        for row in tx.execute(query):
            found[row.canonical].append(Decision(row.id, row.kind, row.value, row.created_at))
    return found


def load_judgements(tx: Connection, ids: Iterable[str]) -> list[Judgement]:
    """Every judgement on a pair with one of `ids`."""
    out = {}
    for part in chunks(ids):
        rows = tx.execute(select(judgements).where(or_(judgements.c.entity_a.in_(part), judgements.c.entity_b.in_(part))))
        for row in rows:
            out[row.id] = Judgement(row.entity_a, row.entity_b, row.verdict, row.source, row.reason, row.created_at)
    return list(out.values())


def stored_entities(tx: Connection, ids: Iterable[str]) -> dict[str, Entity]:
    """The entities (as the resolver gave them, not canonical) among `ids`, by id."""
    out = {}
    for part in chunks(ids):
        for row in tx.execute(select(entities).where(entities.c.id.in_(part))):
            out[row.id] = from_row(Entity, row)
    return out


def blocks(tx: Connection, keys: Iterable[str]) -> dict[str, set[str]]:
    """For each of these blocking keys, the ids of the entities holding it."""
    found: dict[str, set[str]] = defaultdict(set)
    for part in chunks(keys):
        for key, ident in tx.execute(select(entity_keys.c.key, entity_keys.c.entity).where(entity_keys.c.key.in_(part))):
            found[key].add(ident)
    return found


class KnownInStore:
    """The entities known to the store, as `resolve.cross_document` reads them."""

    def __init__(self, tx: Connection) -> None:
        self.tx = tx

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        return stored_entities(self.tx, ids)

    def blocks(self, keys: Iterable[str]) -> dict[str, set[str]]:
        return blocks(self.tx, keys)

    def canonical_of(self, ids: Iterable[str]) -> dict[str, str]:
        return canonical_of(self.tx, ids)

    def members_of(self, canonicals: Iterable[str]) -> dict[str, list[str]]:
        return members_of(self.tx, canonicals)

    def judgements(self, ids: Iterable[str]) -> list[Judgement]:
        return load_judgements(self.tx, ids)
