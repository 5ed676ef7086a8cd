"""Tables of entity resolution (migration 0004): judgements, links, canonical entities.

- `judgements`: a decision on a pair of entity ids (`entity_a` < `entity_b`): `positive`,
  `negative` or `unsure`, made by `computed` matching or by a `user`, with its reason and time.
  One row per pair and source; a user's judgement wins over a computed one on the same pair.
- `entity_links`: every entity id (as the resolver gave it) -> its canonical id. Reads show
  canonical ids only; nothing else is rewritten, so a merge or split changes links alone.
- `canonical_entities`: what readers see of each canonical entity: name, type, every alias,
  and whether a user rejected it (not an entity: hidden from lists and the graph).
- `entity_keys`: the blocking index: match keys of each entity id ("n:al qaeda", "t:kada"...),
  so a new name is compared with the few entities sharing a key, never with all of them.
- `entity_decisions`: a user's rename, retype or reject of an entity, applied to its canonical
  entity whatever id that has later.
- `mention_evidence`: why a mention joined its entity inside its document.
- `entity_names`: the folded names and aliases of each canonical entity, to find it by name.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    false,
)

from claimgraph.store.tables import ID, metadata

judgements = Table(
    "judgements",
    metadata,
    Column("id", ID, primary_key=True),
    Column("entity_a", ID, ForeignKey("entities.id"), nullable=False),
    Column("entity_b", ID, ForeignKey("entities.id"), nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("source", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_judgements_entity_a", "entity_a"),
    Index("ix_judgements_entity_b", "entity_b"),
)

entity_links = Table(
    "entity_links",
    metadata,
    Column("id", ID, ForeignKey("entities.id"), primary_key=True),
    Column("canonical", ID, ForeignKey("entities.id"), nullable=False),
    Index("ix_entity_links_canonical", "canonical"),
)

canonical_entities = Table(
    "canonical_entities",
    metadata,
    Column("id", ID, ForeignKey("entities.id"), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("rejected", Boolean, nullable=False, default=False),
    Column("descriptive", Boolean, nullable=False, server_default=false()),
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("entity", ID, ForeignKey("entities.id"), primary_key=True),
    Index("ix_entity_keys_entity", "entity"),
)

entity_decisions = Table(
    "entity_decisions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("entity", ID, ForeignKey("entities.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # rename | retype | reject
    Column("value", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_entity_decisions_entity", "entity"),
)

mention_evidence = Table(
    "mention_evidence",
    metadata,
    Column("mention", ID, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("entity", ID, nullable=False),
    Column("reason", Text, nullable=False),
    Index("ix_mention_evidence_entity", "entity"),
)

# The names of each canonical entity, as `resolve.names.name_key` folds them: its name and every
# alias, cut to 255 characters. A name or alias given by a user finds its entity through this
# index (`store.names`); it is rewritten with the canonical entity. A change to `name_key` needs
# a migration that rebuilds it (`store.names.rebuild_entity_names`).
entity_names = Table(
    "entity_names",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("canonical", ID, ForeignKey("canonical_entities.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entity_names_canonical", "canonical"),
)
