"""The part of the evidence graph that the paths between two entities need.

Every link of a path of at most `max_hops` links from A to B has an end within ceil(max_hops / 2)
- 1 links of A or within floor(max_hops / 2) - 1 links of B (one link, at the least: the search,
`paths.best_paths`, also counts the links of the neighbours of A and of B, to choose the end it
searches from). Which entities are linked is read through indexes, a step at a time from each
end; then every link of those entities is read with the claims behind it
(`build_graph(about=...)`), which is what costs. The paths found in that part are those of the
whole graph, link for link and claim for claim.

When those entities and their neighbours are a large part of the store (a hub, such as an
organisation every article names, is among them), the whole graph is read instead.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from sqlalchemy import Connection, Engine

from claimgraph.analyze.graph import build_graph
from claimgraph.store.claim_queries import matching_entities
from claimgraph.store.graph_rows import linked_ids
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
        return build_graph(engine, links_only=True, named=first | second)
    return build_graph(engine, about=ids, links_only=True)


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
        found = linked_ids(conn, _members(conn, frontier))
        frontier = set(LinkMap.load(conn, found).many(found)) - seen
        if len(seen) + len(frontier) > limit:
            raise _TooLarge
        if step < depth:
            seen |= frontier
    return seen


def _members(conn: Connection, canonical: Iterable[str]) -> set[str]:
    """These canonical ids and every id linked to them: stored rows keep the resolver's ids."""
    canonical = set(canonical)
    return canonical | {i for ids in members_of(conn, canonical).values() for i in ids}
