"""A user's decisions on entities: merge, split, rename, retype, reject.

Each is one transaction. Merges and splits are stored as user judgements (they win over
computed ones and stay through every later ingest); rename, retype and reject as decisions on
the entity. What a merge or a split decides is `resolve.curation`'s; canonical ids are then
recomputed (`relink.relink`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from claimgraph.errors import ClaimgraphError, NotFoundError
from claimgraph.model import ENTITY_TYPES, Entity, record_id
from claimgraph.resolve.curation import (
    kept_aliases,
    lifted_by_merge,
    split_judgements,
    split_off,
)
from claimgraph.resolve.linker import NEGATIVE, POSITIVE, USER, Judgement
from claimgraph.resolve.matching import entity_keys
from claimgraph.resolve.names import name_key
from claimgraph.store.db import hex_prefix, insert_ignoring_duplicates, is_hex, transaction
from claimgraph.store.known_entities import canonical_of, load_judgements, members_of
from claimgraph.store.linking import judgement_id, judgement_row
from claimgraph.store.names import named
from claimgraph.store.refs import move_references
from claimgraph.store.relink import refresh_profiles, relink
from claimgraph.store.resolution_tables import (
    canonical_entities,
    entity_decisions,
    entity_links,
    judgements,
)
from claimgraph.store.resolution_tables import entity_keys as keys_table
from claimgraph.store.rows import from_row, to_row
from claimgraph.store.tables import entities, mentions

MIN_PREFIX = 6


class CurationError(ClaimgraphError):
    """A curation command that cannot be carried out as asked."""


def find_entity(conn: Connection, ref: str, *, rejected: bool = False) -> str:
    """The canonical id of the entity `ref` names: an id (any id linked to it, or a unique
    prefix of a canonical id), else a name or alias."""
    ref = ref.strip()
    linked = conn.execute(select(entity_links.c.canonical).where(entity_links.c.id == ref)).scalar()
    if linked:
        return linked
    visible = [] if rejected else [canonical_entities.c.rejected.is_(False)]
    if len(ref) >= MIN_PREFIX and is_hex(ref):
        ids = conn.execute(
            select(canonical_entities.c.id).where(hex_prefix(canonical_entities.c.id, ref), *visible).limit(2)
        ).scalars().all()
        if len(ids) == 1:
            return ids[0]
    wanted = name_key(ref)
    if not wanted:
        raise NotFoundError(f"no entity is named {ref!r}: see `claimgraph entities`")
    rows = list(conn.execute(select(canonical_entities).where(canonical_entities.c.id.in_(named(conn, ref)), *visible)))
    by_name = {r.id: r for r in rows if name_key(r.name) == wanted}
    by_alias = {r.id: r for r in rows if wanted in {name_key(a) for a in r.aliases or ()}}
    found = by_name or by_alias
    if not found:
        raise NotFoundError(f"no entity is named {ref!r}: see `claimgraph entities`")
    if len(found) > 1:
        listed = "; ".join(f"{r.name} ({r.type}, {r.id})" for r in sorted(found.values(), key=lambda r: r.id))
        raise CurationError(f"{ref!r} names {len(found)} entities: {listed}; give the id")
    return next(iter(found))


def _name(conn: Connection, canonical: str) -> str:
    return conn.execute(select(canonical_entities.c.name).where(canonical_entities.c.id == canonical)).scalar() or canonical


def _set_user_judgement(tx: Connection, judgement: Judgement) -> None:
    """Store a user's judgement in place of their earlier one on the pair."""
    tx.execute(delete(judgements).where(judgements.c.id == judgement_id(judgement.a, judgement.b, USER)))
    tx.execute(insert(judgements).values(**judgement_row(judgement)))


def merge(engine: Engine, first: str, second: str) -> str:
    """Make two entities one; return the canonical id."""
    with transaction(engine) as tx:
        a, b = find_entity(tx, first), find_entity(tx, second)
        if a == b:
            raise CurationError(f"{first!r} and {second!r} are already one entity ({a})")
        groups = members_of(tx, {a, b})
        side_a, side_b = set(groups[a]) | {a}, set(groups[b]) | {b}
        for judgement in lifted_by_merge(load_judgements(tx, side_a | side_b), side_a, side_b):
            tx.execute(delete(judgements).where(judgements.c.id == judgement_id(judgement.a, judgement.b, USER)))
        _set_user_judgement(tx, Judgement(a, b, POSITIVE, USER, f"merged by a user: {_name(tx, a)} / {_name(tx, b)}"))
        relink(tx, {a, b})
        return canonical_of(tx, {a})[a]


def _selected(tx: Connection, members: list[str], mention: str) -> list:
    rows = list(tx.execute(select(mentions).where(mentions.c.id == mention.strip(), mentions.c.entity.in_(members))))
    if rows:
        return rows
    wanted = name_key(mention)
    candidates = tx.execute(select(mentions).where(mentions.c.entity.in_(members))).all()
    return [row for row in candidates if name_key(row.text) == wanted]


def _carve(tx: Connection, raw: str, chosen: list) -> str:
    """A new entity id for some of the mentions of `raw`; references in their documents move."""
    old = _entity(tx, raw)
    ids = sorted(m.id for m in chosen)
    made = split_off(old, ids, [m.text for m in chosen])
    new = made.id
    tx.execute(insert_ignoring_duplicates(tx, entities), [to_row(made)])
    tx.execute(insert_ignoring_duplicates(tx, entity_links), [{"id": new, "canonical": new}])
    move_references(tx, raw, new, chosen)
    tx.execute(update(mentions).where(mentions.c.id.in_(ids)).values(entity=new))
    moved = len(ids)
    tx.execute(update(entities).where(entities.c.id == new).values(mention_count=entities.c.mention_count + moved))
    tx.execute(update(entities).where(entities.c.id == raw).values(mention_count=entities.c.mention_count - moved))
    left = set(tx.execute(select(mentions.c.text).where(mentions.c.entity == raw)).scalars())
    tx.execute(update(entities).where(entities.c.id == raw).values(aliases=kept_aliases(old, made, left)))
    keys = entity_keys(_entity(tx, new))
    if keys:
        tx.execute(insert_ignoring_duplicates(tx, keys_table), [{"key": k, "entity": new} for k in sorted(keys)])
    reason = f"split by a user: {made.name} is not {old.name}"
    _set_user_judgement(tx, Judgement(new, raw, NEGATIVE, USER, reason))
    return new


def _entity(tx: Connection, ident: str) -> Entity:
    return from_row(Entity, tx.execute(select(entities).where(entities.c.id == ident)).one())


def split(engine: Engine, ref: str, mention: str) -> str:
    """Take the mentions `mention` (a mention id, or a name as written) out of the entity
    `ref` into an entity of their own; return the new canonical id."""
    with transaction(engine) as tx:
        canonical = find_entity(tx, ref)
        members = sorted(set(members_of(tx, {canonical})[canonical]) | {canonical})
        chosen = _selected(tx, members, mention)
        if not chosen:
            raise NotFoundError(f"entity {ref!r} has no mention {mention!r}: see `claimgraph entity {ref} --json`")
        counts = dict(tx.execute(
            select(mentions.c.entity, func.count()).where(mentions.c.entity.in_(members)).group_by(mentions.c.entity)
        ).all())
        by_raw: dict[str, list] = defaultdict(list)
        for row in chosen:
            by_raw[row.entity].append(row)
        moved = set()
        for raw, rows in sorted(by_raw.items()):
            moved.add(raw if len(rows) == counts.get(raw, 0) else _carve(tx, raw, rows))
        rest = set(members) - moved
        if not rest:
            raise CurationError(f"every mention of {ref!r} is {mention!r}: nothing is left to split from")
        _separate(tx, moved, rest, mention)
        relink(tx, set(members) | moved)
        return canonical_of(tx, moved)[min(moved)]


def _separate(tx: Connection, moved: set[str], rest: set[str], mention: str) -> None:
    """User judgements that keep `moved` one entity, apart from `rest` (kept one entity)."""
    for judgement in split_judgements(load_judgements(tx, moved | rest), moved, rest, mention):
        _set_user_judgement(tx, judgement)


def _decide(engine: Engine, ref: str, kind: str, value: str, *, rejected: bool = False) -> str:
    with transaction(engine) as tx:
        canonical = find_entity(tx, ref, rejected=rejected)
        now = datetime.now(UTC)
        tx.execute(insert(entity_decisions).values(
            id=record_id("decision", canonical, kind, value, now.isoformat()),
            entity=canonical, kind=kind, value=value, created_at=now,
        ))
        refresh_profiles(tx, {canonical})
        return canonical


def rename(engine: Engine, ref: str, name: str) -> str:
    if not name.strip():
        raise CurationError("the new name is empty")
    return _decide(engine, ref, "rename", " ".join(name.split()))


def retype(engine: Engine, ref: str, type: str) -> str:
    if type not in ENTITY_TYPES:
        raise CurationError(f"{type!r} is not a type: use one of {', '.join(ENTITY_TYPES)}")
    return _decide(engine, ref, "retype", type)


def reject(engine: Engine, ref: str, *, undo: bool = False) -> str:
    return _decide(engine, ref, "reject", "false" if undo else "true", rejected=True)
