"""Mentions grouped into entities by normalized name and type.

This is the baseline resolver: one entity per (type, name key), with an id that is stable
across documents and re-runs. Alias, acronym and cross-document matching build on it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from claimgraph.model import Entity, Mention, record_id
from claimgraph.resolve.names import name_key


def entity_id(type: str, key: str) -> str:
    return record_id("entity", type, key)


def assign_entities(mentions: Iterable[Mention]) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Give each mention an entity id; return the mentions and the entities they name."""
    resolved: list[Mention] = []
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, str] = {}
    for mention in mentions:
        key = name_key(mention.text)
        if not key:
            resolved.append(mention)
            continue
        ident = entity_id(mention.type, key)
        surfaces[ident][mention.text] += 1
        types[ident] = mention.type
        resolved.append(replace(mention, entity=ident))
    found = tuple(
        Entity(
            id=ident,
            name=_canonical_name(counts),
            type=types[ident],
            aliases=tuple(sorted(counts)),
        )
        for ident, counts in surfaces.items()
    )
    return tuple(resolved), found


def _canonical_name(counts: Counter[str]) -> str:
    """The most used surface form; ties go to the longest, then alphabetical."""
    return min(counts, key=lambda text: (-counts[text], -len(text), text))
