"""Reading through the linker: every entity id a reader sees is its canonical id, and entities
a user rejected are hidden.

Stored rows keep the ids the resolver gave; `entity_links` maps each to its canonical id.
SQL reads join it (`link_and_entity`); ids inside JSON (claim relays, event participants) and
streamed exports go through a `LinkMap`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import aliased

from claimgraph.store.db import chunks
from claimgraph.store.resolution_tables import canonical_entities, entity_links


def link_and_entity(name: str):  # noqa: ANN201 - (link alias, canonical entity alias)
    """Aliases to join an id column to its link and to its canonical entity."""
    return aliased(entity_links, name=f"{name}_link"), aliased(canonical_entities, name=f"{name}_entity")


class LinkMap:
    """Entity id -> canonical id, or None for a rejected entity; ids with no link are their own."""

    def __init__(self, links: dict[str, str] | None = None, rejected: set[str] | None = None,
                 names: dict[str, str] | None = None) -> None:
        self.links = links or {}
        self.rejected = rejected or set()
        self.names = names or {}  # canonical id -> name, for the ids loaded with `load`

    @classmethod
    def everything(cls, engine: Engine) -> LinkMap:
        """The whole map (ids linked to another id, and rejected ids), for a streamed export."""
        with engine.connect() as conn:
            links = {i: c for i, c in conn.execute(select(entity_links.c.id, entity_links.c.canonical)) if i != c}
            rejected = set(conn.execute(
                select(canonical_entities.c.id).where(canonical_entities.c.rejected.is_(True))
            ).scalars())
        return cls(links, rejected)

    @classmethod
    def load(cls, conn: Connection, ids: Iterable[str | None]) -> LinkMap:
        """The map for these ids, with the canonical names."""
        links: dict[str, str] = {}
        rejected: set[str] = set()
        names: dict[str, str] = {}
        for part in chunks(i for i in ids if i):
            query = (
                select(entity_links.c.id, entity_links.c.canonical, canonical_entities.c.name,
                       canonical_entities.c.rejected)
                .join(canonical_entities, canonical_entities.c.id == entity_links.c.canonical)
                .where(entity_links.c.id.in_(part))
            )
            for ident, canonical, name, is_rejected in conn.execute(query):
                links[ident] = canonical
                names[canonical] = name
                if is_rejected:
                    rejected.add(canonical)
        return cls(links, rejected, names)

    def get(self, ident: str | None) -> str | None:
        if ident is None:
            return None
        canonical = self.links.get(ident, ident)
        return None if canonical in self.rejected else canonical

    def many(self, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(c for c in (self.get(i) for i in ids) if c)

    def name(self, ident: str | None) -> str | None:
        canonical = self.get(ident)
        return self.names.get(canonical) if canonical else None
