"""What a user's merge or split decides (the store keeps the decisions, then relinks).

- a merge lifts the user's own negative judgements between the two entities' parts
  (`lifted_by_merge`) and adds a positive one;
- a split gives the mentions taken out of a stored entity an entity of their own
  (`split_off`), leaves the old one the names still written by its mentions (`kept_aliases`),
  and stores the user judgements that keep the two sides apart, each side one entity
  (`split_judgements`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimgraph.model import Entity, record_id
from claimgraph.resolve.keys import analyse
from claimgraph.resolve.linker import (
    NEGATIVE,
    POSITIVE,
    USER,
    Judgement,
    components,
    effective,
)


def lifted_by_merge(judgements: Iterable[Judgement], side_a: set[str], side_b: set[str]) -> list[Judgement]:
    """The user's negative judgements between a part of `side_a` and a part of `side_b`."""
    both = side_a | side_b
    return [
        j for j in judgements
        if {j.a, j.b} <= both and (j.a in side_a) != (j.b in side_a) and j.verdict == NEGATIVE and j.source == USER
    ]


def split_off(raw: Entity, mention_ids: Iterable[str], texts: Sequence[str]) -> Entity:
    """A new entity for some mentions of `raw` (their ids, and their texts, one a mention): its
    id made from theirs, its name the text most of them (then the longest) write, its aliases
    every text."""
    surfaces = sorted(set(texts))
    name = max(surfaces, key=lambda s: (texts.count(s), len(s)))
    ident = record_id("entity", raw.type, "split", raw.id, *sorted(mention_ids))
    return Entity(ident, name, raw.type, tuple(surfaces))


def kept_aliases(raw: Entity, split: Entity, left: set[str]) -> list[str]:
    """The aliases `raw` keeps once `split` is taken out of it: its name, the names its
    remaining mentions write (`left`), and those unlike every name split off."""
    gone = {analyse(name).key for name in split.aliases}
    kept = [a for a in raw.aliases if a in left or analyse(a).key not in gone]
    return sorted(set(kept) | {raw.name})


def split_judgements(judgements: Iterable[Judgement], moved: set[str], rest: set[str], mention: str) -> list[Judgement]:
    """The user judgements, in order, that keep `moved` apart from `rest`, each side one entity,
    given the judgements on their parts."""
    judgements = list(judgements)
    apart = f"split by a user: {mention}"
    out = [
        Judgement(a, b, NEGATIVE, USER, apart)
        for (a, b), judgement in effective(judgements).items()
        if judgement.verdict == POSITIVE and ({a, b} & moved) and ({a, b} & rest)
    ]
    out.append(Judgement(min(moved), min(rest), NEGATIVE, USER, apart))
    for side in (moved, rest):
        inside = [j for j in judgements if j.a in side and j.b in side]
        roots = sorted(set(components(side, inside).values()))
        out += [Judgement(a, b, POSITIVE, USER, f"kept together by a user's split: {mention}")
                for a, b in zip(roots, roots[1:])]
    return out
