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


@dataclass(frozen=True, slots=True)
class PartGroup:
    """Parts of a canonical entity that share their name, type, aliases and descriptive flag,
    taken together: a person named by one word in a thousand documents is one group, so the
    work of choosing grows with the names, not with the parts."""

    name: str
    type: str
    aliases: tuple[str, ...]
    descriptive: bool
    mentions: int  # how many mentions name its parts
    unmentioned: int = 0  # how many of its parts no mention names (each counts one for the type)
    own: bool = False  # the canonical id is one of its parts


def canonical_entity(
    canonical: str, parts: Sequence[Entity], counts: Mapping[str, int], decisions: Iterable[Decision]
) -> CanonicalEntity:
    """The canonical entity `canonical` of `parts` (not empty), given each part's mention
    count and the user's decisions on any of them."""
    groups = [PartGroup(p.name, p.type, tuple(p.aliases), p.descriptive, counts.get(p.id, 0),
                        0 if counts.get(p.id, 0) else 1, p.id == canonical) for p in parts]
    return canonical_of_groups(canonical, groups, decisions)


def canonical_of_groups(canonical: str, groups: Sequence[PartGroup], decisions: Iterable[Decision]) -> CanonicalEntity:
    """The canonical entity `canonical` of its parts grouped (`groups`, not empty, in a stable
    order), and the user's decisions on any of them."""
    latest = {d.kind: d.value for d in sorted(decisions, key=lambda d: (d.created_at, d.id))}
    types: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for group in groups:
        types[group.type] += group.mentions + group.unmentioned
        names[group.name] += group.mentions
    own = next((group.type for group in groups if group.own), groups[0].type)
    type = latest.get("retype") or max(types, key=lambda t: (types[t], t == own, t))
    name = latest.get("rename") or min(names, key=lambda n: _rank(n, type, names[n]))
    aliases = tuple(sorted({a for group in groups for a in group.aliases} | {name}))
    descriptive = all(group.descriptive for group in groups)  # one name among its parts makes it named
    return CanonicalEntity(Entity(canonical, name, type, aliases, descriptive), latest.get("reject") == "true")


def _rank(name: str, type: str, count: int) -> tuple:
    form = analyse(name)
    full = bool(form.tokens) and not form.acronym and not (type == PERSON and len(form.tokens) < 2)
    return (not full, -count, name)
