"""The part of the evidence graph that the paths between two entities need.

Every link of a path of at most `max_hops` links from A to B has an end within ceil(max_hops / 2)
- 1 links of A or within floor(max_hops / 2) - 1 links of B (one link, at the least: the search,
`paths.best_paths`, also counts the links of the neighbours of A and of B, to choose the end it
searches from). Which entities are linked is read through indexes, a step at a time from each
end; then every link of those entities is read with the claims behind it
(`build_graph(about=...)`), which is what costs. The paths found in that part are those of the
whole graph, link for link and claim for claim.

When those entities and their neighbours are a large part of the store because one end is a hub
(an organisation every article names), only the other end is explored: a step at a time, never
through the hub, as far as a path can still reach the hub (`_toward_hub`); the hub's own links are
read as bare ids, and their claims only through the other entities read, of which only the
events that a path can pass through are read. The search then needs
to know which end has the more distant reach in the whole graph (`paths.best_paths`): it is
bounded from what was read (`_hub_is_wider`), and needs no settling when no path joins the ends.
When it is not settled, or both ends are large, the whole graph is read instead. The links of the
hub to the entities near the other end are read with all their claims (their strengths rank the
paths): where each holds hundreds of claims, as around the United Nations of the generated store,
that is still most of the cost.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from sqlalchemy import Connection, Engine

from claimgraph.analyze.graph import build_graph
from claimgraph.analyze.paths import WIDER, best_paths, undirected_strengths
from claimgraph.store.claim_queries import matching_entities
from claimgraph.store.graph_rows import linked_ids, placing_events, with_their_events
from claimgraph.store.known_entities import members_of
from claimgraph.store.links import LinkMap

MAX_ENTITIES = 2000  # entities of a neighbourhood read in part; more, and the whole graph is read


class _TooLarge(Exception):
    """The neighbourhood holds more than `MAX_ENTITIES` entities."""


def path_graph(engine: Engine, a: str, b: str, *, max_hops: int) -> nx.MultiDiGraph:
    """The evidence graph in which `evidence_paths(graph, a, b, max_hops=max_hops)` finds what it
    finds in the whole graph: every link of the entities near A (name, alias or id) and B."""
    first, second = (_canonical_ids(engine, name) for name in (a, b))
    try:
        with engine.connect() as conn:
            near = first | second
            if first and second and not first & second:  # else no path: the names are all it needs
                near = _within(conn, first, max(1, (max_hops - 1) // 2))
                near |= _within(conn, second, max(1, (max_hops - 2) // 2), MAX_ENTITIES - len(near))
            ids = _members(conn, near)
    except _TooLarge:
        around_hub = _hub_graph(engine, first, second, max_hops=max_hops)
        return around_hub if around_hub is not None else build_graph(engine, links_only=True, named=first | second)
    return build_graph(engine, about=ids, links_only=True)


def _hub_graph(engine: Engine, first: set[str], second: set[str], *, max_hops: int) -> nx.MultiDiGraph | None:
    """The paths' graph when one end is a single hub entity: every link of the other end and its
    neighbours, and the links among the entities a path to the hub can pass through (their
    relations, and the events among them); None when the ends are not so shaped, that part is too
    large, or which end is wider is not settled by it."""
    with engine.connect() as conn:
        placing = placing_events(conn)  # searching from one end only, a place must lead to its events
        linked = {side: _linked(conn, set(side), placing) for side in map(frozenset, (first, second))}
        hub_side, other = sorted(linked, key=lambda side: -len(linked[side]))
        if len(hub_side) != 1 or len(linked[hub_side]) <= MAX_ENTITIES or len(linked[other]) > MAX_ENTITIES:
            return None
        (hub,) = hub_side
        try:
            read = _toward_hub(conn, set(other), hub, linked[hub_side], max_hops, placing)
        except _TooLarge:
            return None
        ids = _members(conn, read)
        # Every event of the other end and its neighbours (each of their links counts in which end
        # is wider); of the rest, only the events among them (a path can pass through no other)
        # and the hub's, should it be one.
        whole = with_their_events(conn, sorted(_members(conn, other | (linked[other] - hub_side))))
        reports = {*whole, *ids, *_members(conn, hub_side)}
    part = build_graph(engine, about=ids, links_only=True, named={hub}, reports=reports)
    adjacency = undirected_strengths(part)
    # Which end is wider decides how ties are broken: it does not matter when there is no path
    if not (_hub_is_wider(adjacency, hub, other, read, len(linked[hub_side]))
            or not best_paths(adjacency, other, hub_side, max_hops=max_hops, k=1, wider=hub_side)):
        return None
    part.graph[WIDER] = hub_side
    return part


def _toward_hub(conn: Connection, start: set[str], hub: str, around: set[str], max_hops: int,
                placing: dict[str, set[str]]) -> set[str]:
    """`start`, its neighbours, and every entity a path of at most `max_hops` links from `start` to
    `hub` can pass through: found breadth-first from `start`, never through the hub, each kept while
    its distance from `start` and the least it can be from the hub (1 in `around`, the hub's bare
    neighbours, else 2) leave room. Raises `_TooLarge` past `MAX_ENTITIES`."""
    seen, frontier = set(start), set(start)
    for step in range(1, max(2, max_hops)):
        if not frontier:
            break
        found = _linked(conn, frontier, placing) - seen - {hub}
        if step == 1:
            seen |= found  # the neighbours of `start`: their links count in which end is wider
        frontier = {n for n in found if step + (1 if n in around else 2) <= max_hops}
        seen |= frontier
        if len(seen) > MAX_ENTITIES:
            raise _TooLarge
    return seen


def _hub_is_wider(adjacency: dict[str, dict[str, float]], hub: str, other: frozenset[str], read: set[str],
                  hub_links: int) -> bool:
    """Whether, in the whole graph, the hub's neighbours have more links than the neighbours of
    `other` (`paths._reach`), as far as the part proves it: it holds every link of `other` and of
    its neighbours, and of the rest of `read` at least those to the hub. With c the ends of `other` linked to the hub and deg the
    number of neighbours: reach(hub) - reach(other) = (1 - c) deg(hub) + sum over the hub's
    neighbours m of (deg(m) - 1) - sum over the other neighbours m of each end of deg(m). The last
    sum is exact here; the middle one is at least its terms for the neighbours read; deg(hub) is
    at least its links here and at most `hub_links`, its bare neighbours."""

    def degree(node: str) -> int:
        return len(adjacency.get(node, ()))

    linked = sum(hub in adjacency.get(end, ()) for end in other)
    theirs = sum(degree(m) for end in other for m in adjacency.get(end, ()) if m != hub)
    least = sum(degree(m) - 1 for m in adjacency.get(hub, ()) if m in read)
    own = degree(hub) if linked == 0 else (1 - linked) * hub_links
    return own + least - theirs > 0


def _canonical_ids(engine: Engine, name: str) -> set[str]:
    """The canonical ids of the entities with this name, alias or id (rejected ones left out)."""
    ids = matching_entities(engine, name)
    with engine.connect() as conn:
        return set(LinkMap.load(conn, ids).many(ids))


def _within(conn: Connection, start: set[str], depth: int, limit: int = MAX_ENTITIES) -> set[str]:
    """The canonical entities at most `depth` links from `start` (breadth-first, one query a step);
    raises `_TooLarge` when they and their neighbours (whose links are read with theirs) pass
    `limit`."""
    seen, frontier = set(start), set(start)
    for step in range(depth + 1):
        if not frontier:
            break
        frontier = _linked(conn, frontier) - seen
        if len(seen) + len(frontier) > limit:
            raise _TooLarge
        if step < depth:
            seen |= frontier
    return seen


def _linked(conn: Connection, canonical: set[str], placing: dict[str, set[str]] | None = None) -> set[str]:
    """The canonical entities a relation or an event links to one of these (`linked_ids`), and
    the events that list one among their places (`placing`: `placing_events`), when given."""
    members = _members(conn, canonical)
    found = linked_ids(conn, members) | {e for i in members for e in (placing or {}).get(i, ())}
    return set(LinkMap.load(conn, found).many(found)) - canonical


def _members(conn: Connection, canonical: Iterable[str]) -> set[str]:
    """These canonical ids and every id linked to them: stored rows keep the resolver's ids."""
    canonical = set(canonical)
    return canonical | {i for ids in members_of(conn, canonical).values() for i in ids}
