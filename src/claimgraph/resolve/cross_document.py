"""Entities of a newly stored document judged against the entities already known, and the part
of the entity graph a change touches.

The store answers what is known (`KnownEntities`); this module decides. For each new (or newly
named) entity: entities holding a partner of one of its blocking keys are its candidates (a key
held by more than `MAX_BLOCK` entities is too common to tell anything and is skipped); each
candidate is judged (`matching.judge`) and every positive match becomes a computed judgement
with its reason (`new_judgements`). Weak matches (a bare acronym or surname) count only for an
entity known by nothing better and only when all its weak candidates are one canonical entity
(`weak_target`). Canonical ids are then recomputed over `component(seeds)`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from claimgraph.model import Entity
from claimgraph.resolve.linker import COMPUTED, POSITIVE, Judgement
from claimgraph.resolve.matching import entity_keys, is_weak, judge, probe_keys

MAX_BLOCK = 50


class KnownEntities(Protocol):
    """What resolution reads of the entities already stored."""

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        """The stored entities among `ids`, by id."""

    def blocks(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """For each of these blocking keys, the ids of the entities holding it."""

    def canonical_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Each id's canonical id (an id without a link is its own)."""

    def members_of(self, canonicals: Iterable[str]) -> dict[str, list[str]]:
        """The ids linked to each canonical id."""

    def judgements(self, ids: Iterable[str]) -> list[Judgement]:
        """Every judgement on a pair with one of `ids`."""


def candidates(known: KnownEntities, entity: Entity, keys: set[str]) -> tuple[dict[str, Entity], dict[str, str]]:
    """The entities sharing a block with `entity` under `keys`, and the canonical id of each
    (and of `entity`)."""
    blocks = {key: ids for key, ids in known.blocks(probe_keys(keys)).items() if len(ids) <= MAX_BLOCK}
    pool = {c for block in blocks.values() for c in block} - {entity.id}
    return known.entities(pool), known.canonical_of(pool | {entity.id})


def weak_target(known: KnownEntities, entity: Entity) -> tuple[str, str] | None:
    """The one entity a weak entity (a bare acronym or surname) fits, with the reason."""
    others, canonical = candidates(known, entity, entity_keys(entity))
    fits: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cand, other in sorted(others.items()):
        match = judge(entity, other)
        if match is not None and match.weak and not is_weak(other):
            fits[canonical[cand]].append((cand, match.reason))
    if len(fits) != 1:
        return None
    (matches,) = fits.values()
    return matches[0]


def new_judgements(known: KnownEntities, entity: Entity, keys: set[str]) -> list[Judgement]:
    """Computed judgements between a new (or newly named) entity, under its new `keys`, and its
    candidates."""
    others, canonical = candidates(known, entity, keys)
    found = []
    weak_self = is_weak(entity)
    for cand, other in sorted(others.items()):
        if canonical.get(cand) == canonical.get(entity.id):
            continue
        match = judge(entity, other)
        if match is None:
            continue
        if not match.weak:
            found.append(Judgement(entity.id, cand, POSITIVE, COMPUTED, match.reason))
        elif not weak_self and is_weak(other) and canonical[cand] == cand:
            # a bare acronym or surname seen before: it joins if this entity is its one fit
            target = weak_target(known, other)
            if target and known.canonical_of({target[0]})[target[0]] == canonical[entity.id]:
                found.append(Judgement(cand, target[0], POSITIVE, COMPUTED, target[1]))
    if weak_self:
        target = weak_target(known, entity)
        if target and canonical.get(target[0]) != canonical.get(entity.id):
            found.append(Judgement(entity.id, target[0], POSITIVE, COMPUTED, target[1]))
    return found


def component(known: KnownEntities, seeds: Iterable[str]) -> tuple[set[str], list[Judgement]]:
    """Every id connected to `seeds` by a positive judgement or a shared canonical id, and the
    judgements among them: what a change to `seeds` can relink."""
    seeds = set(seeds)
    nodes = seeds | _mates(known, seeds)
    frontier = set(nodes)
    found: dict[tuple, Judgement] = {}
    while frontier:
        reached = set()
        for judgement in known.judgements(frontier):
            found[(judgement.a, judgement.b, judgement.source)] = judgement
            if judgement.verdict == POSITIVE:
                reached |= {judgement.a, judgement.b}
        new = reached - nodes
        frontier = (new | _mates(known, new)) - nodes
        nodes |= frontier
    return nodes, [j for j in found.values() if j.a in nodes and j.b in nodes]


def _mates(known: KnownEntities, ids: set[str]) -> set[str]:
    """Every id sharing a canonical id with one of `ids`."""
    return {i for group in known.members_of(set(known.canonical_of(ids).values())).values() for i in group}
