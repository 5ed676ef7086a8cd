"""Canonical entities found by name: the `entity_names` index, kept with the canonical entities.

Every name and alias of a canonical entity is stored folded (`resolve.names.name_key`), so that
a name a user types ("al-Shabaab", "ISWAP", "Sévaré") finds its entity by an index lookup, not by
reading every entity. `refresh_profiles` writes the names of each canonical entity it writes;
they go with it when it is deleted (a foreign key's cascade).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

from claimgraph.model import Entity
from claimgraph.resolve.names import name_key
from claimgraph.store.db import chunks, insert_ignoring_duplicates
from claimgraph.store.resolution_tables import entity_names

KEY_LENGTH = 255  # the column's width; a longer key is cut (readers compare the whole name again)


def name_keys(name: str, aliases: Iterable[str]) -> set[str]:
    """The keys an entity with this name and these aliases is found under."""
    return {name_key(text)[:KEY_LENGTH] for text in (name, *aliases)} - {""}


def write_names(tx: Connection, written: Iterable[Entity]) -> None:
    """The names of these canonical entities, in place of the ones stored."""
    written = list(written)
    for part in chunks(entity.id for entity in written):
        tx.execute(delete(entity_names).where(entity_names.c.canonical.in_(part)))
    rows = sorted({(key, entity.id) for entity in written for key in name_keys(entity.name, entity.aliases)})
    if rows:
        tx.execute(insert_ignoring_duplicates(tx, entity_names), [{"key": k, "canonical": c} for k, c in rows])


def named(conn: Connection, name: str) -> list[str]:
    """Canonical ids (rejected ones too) of the entities with `name` as their name or an alias,
    case, accents and punctuation folded; the caller compares whole names (keys are cut)."""
    key = name_key(name)[:KEY_LENGTH]
    if not key:
        return []
    return sorted(conn.execute(select(entity_names.c.canonical).where(entity_names.c.key == key)).scalars())
