"""The canonical entity of a group of linked ids, as readers see it: its name, type, aliases,
and whether a user rejected it.

Chosen from its parts (the entities linked to it), their mention counts and the user's
decisions (rename, retype, reject; the latest of each kind wins): the type most mentioned (the
canonical id's own type first on a tie); the name a full name before an acronym or a lone
surname, then the most mentioned, then the first in alphabetical order; every name of every
part as an alias; descriptive only when every part is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from claimgraph.model import PERSON, Entity
from claimgraph.resolve.keys import analyse


@dataclass(frozen=True, slots=True)
class Decision:
    """A user's rename, retype or reject (`value` "true" or "false") of an entity."""

    id: str
    kind: str
    value: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CanonicalEntity:
    entity: Entity  # the canonical id, and the chosen name, type and aliases
    rejected: bool = False  # a user said it is not an entity: hidden from lists and the graph


def canonical_entity(
    canonical: str, parts: Sequence[Entity], counts: Mapping[str, int], decisions: Iterable[Decision]
) -> CanonicalEntity:
    """The canonical entity `canonical` of `parts` (not empty), given each part's mention
    count and the user's decisions on any of them."""
    latest = {d.kind: d.value for d in sorted(decisions, key=lambda d: (d.created_at, d.id))}
    types: Counter[str] = Counter()
    for part in parts:
        types[part.type] += counts.get(part.id, 0) or 1
    own = next((part.type for part in parts if part.id == canonical), parts[0].type)
    type = latest.get("retype") or max(types, key=lambda t: (types[t], t == own, t))
    name = latest.get("rename") or min(
        (part.name for part in parts),
        key=lambda n: _rank(n, type, sum(counts.get(p.id, 0) for p in parts if p.name == n)),
    )
    aliases = tuple(sorted({a for part in parts for a in part.aliases} | {name}))
    descriptive = all(part.descriptive for part in parts)  # one name among its parts makes it named
    return CanonicalEntity(Entity(canonical, name, type, aliases, descriptive), latest.get("reject") == "true")


def _rank(name: str, type: str, count: int) -> tuple:
    form = analyse(name)
    full = bool(form.tokens) and not form.acronym and not (type == PERSON and len(form.tokens) < 2)
    return (not full, -count, name)
