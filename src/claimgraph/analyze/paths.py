"""Evidence paths: the k best chains of stated links between two entities.

A path goes through relations and events, each link traversable either way (its stated
direction is reported). A hop between two neighbouring entities holds every link stated
between them; its strength is its strongest link's (`evidence.strength`: it grows with
independent corroboration and falls with hedging, the author's disputing and denials). A
path is as strong as its weakest hop; paths rank by strength, then by length, then by the
product of their hops' strengths.

The search is exact for that order: a best-first enumeration of simple paths from A, pruned
by the hop distance to B (a breadth-first search from B to half the hop limit), so it stays
near the two entities however large the graph is.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import networkx as nx

from claimgraph.analyze.corroboration import Origin, edge_origins
from claimgraph.analyze.evidence import Evidence
from claimgraph.analyze.graph import find_nodes, no_gc_pauses, node_name

EAGER = 64  # neighbours of one distance class queued at once; a larger class waits its turn
WIDER = "wider"  # graph attribute: the end whose neighbours have more links in the whole graph, on a part of it
UNCOUNTED = 0.01  # how a link stated only by disputed or conditional claims ranks paths (its strength is 0)


@dataclass(frozen=True, slots=True)
class Link:
    """One stated link between two neighbouring entities of a path."""

    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    forward: bool  # stated in the direction the path runs
    strength: float
    roles: tuple[str, ...]
    times: tuple[str, ...]
    support: tuple[Evidence, ...]
    against: tuple[Evidence, ...]  # claims denying it
    documents: int
    origins: tuple[Origin, ...]
    author_only: bool  # every claim stating it is the writer's own assertion
    hedged: bool  # every claim stating it is hedged
    disputed: bool  # the writer disputes every claim stating it


@dataclass(frozen=True, slots=True)
class Hop:
    """A step of a path: every link stated between two entities, strongest first."""

    source: str
    source_name: str
    target: str
    target_name: str
    strength: float
    links: tuple[Link, ...]
    author_only: bool  # the hop rests only on the writer's own assertions
    hedged: bool  # ... or only on hedged claims

    @property
    def link(self) -> Link:
        return self.links[0]


@dataclass(frozen=True, slots=True)
class EvidencePath:
    nodes: tuple[str, ...]
    names: tuple[str, ...]
    hops: tuple[Hop, ...]
    strength: float  # the weakest hop's
    weakest: int  # index of the weakest hop

    @property
    def weakest_hop(self) -> Hop:
        return self.hops[self.weakest]


def evidence_paths(graph: nx.MultiDiGraph, a: str, b: str, *, max_hops: int = 4, k: int = 5) -> list[EvidencePath]:
    """The `k` best paths of at most `max_hops` links between the entities named (name, alias
    or id) `a` and `b`. Raises `NotFoundError` for a name no entity has."""
    if max_hops < 1 or k < 1:
        raise ValueError("max_hops and k must be at least 1")
    sources, targets = find_nodes(graph, a), find_nodes(graph, b)
    with no_gc_pauses():
        found = best_paths(undirected_strengths(graph), sources, targets, max_hops=max_hops, k=k,
                           wider=graph.graph.get(WIDER))
        known: dict = {}
        return [describe_path(graph, nodes, known) for nodes in found]


def undirected_strengths(graph: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Each entity's neighbours, either way, with the strongest link to each (links only ever
    denied, of strength 0, are left out; a link stated only by claims that raise no strength,
    disputed or conditional, is walked as `UNCOUNTED`, weaker than any other). Built once per
    graph."""
    skeleton = graph.graph.get("skeleton")
    if skeleton is None:
        skeleton = {}
        with no_gc_pauses():
            for u, v, data in graph.edges(data=True):
                value = data.get("strength") or (UNCOUNTED if _stated(data) else 0.0)
                if value > 0:
                    for a, b in ((u, v), (v, u)):
                        near = skeleton.setdefault(a, {})
                        if value > near.get(b, 0.0):
                            near[b] = value
        graph.graph["skeleton"] = skeleton
    return skeleton


def _stated(data: dict) -> bool:
    return any(not e.negated for e in data.get("evidence", ()))


def best_paths(adjacency: dict[str, dict[str, float]], sources: Iterable[str], targets: Iterable[str], *,
               max_hops: int, k: int, wider: Collection[str] | None = None) -> list[tuple[str, ...]]:
    """Node sequences of the k best simple paths (strength, then length, then product). `wider`:
    the end whose neighbours have more links, when `adjacency` is only the part of a graph that
    its paths need (`neighbourhood.path_graph`); else it is counted here (`_reach`)."""
    starts, ends = set(sources), set(targets)
    if starts & ends:
        return []
    ends_wider = _reach(adjacency, ends) > _reach(adjacency, starts) if wider is None else ends == set(wider)
    if ends_wider:  # bound from the side cheaper to explore
        return [tuple(reversed(p)) for p in _search(adjacency, ends, starts, max_hops, k)]
    return _search(adjacency, starts, ends, max_hops, k)


def _reach(adjacency: dict[str, dict[str, float]], nodes: set[str]) -> int:
    return sum(len(adjacency.get(n, ())) for node in nodes for n in adjacency.get(node, ()))


def _search(adjacency: dict[str, dict[str, float]], starts: set[str], ends: set[str], max_hops: int,
            k: int) -> list[tuple[str, ...]]:
    """Best-first over simple paths from `starts`, each keyed by what its best completion could
    reach (strength, length, cost): an upper bound from the targets' side makes the order exact
    and leaves hopeless branches unexpanded. A node's neighbours are taken by their distance to
    the targets; a large group of them waits in the queue, under the best key any of them could
    have, until that key comes up (a hub's thousands of neighbours are rarely needed)."""
    half = max_hops // 2
    bounds, steps, others = _bounds(adjacency, ends, half)  # bounds[r][x]: best way to a target in ≤ r hops
    layers = [bounds[0].keys()] + [bounds[d].keys() - bounds[d - 1].keys() for d in range(1, half + 1)]
    closed = any(not layer for layer in layers[1:])  # nothing lies further than the last layer
    top = [max((v for n, v in bound.items() if n not in ends), default=0.0) for bound in bounds]
    best_end = max((v for e in ends for v in adjacency.get(e, {}).values()), default=0.0)
    heap: list[tuple] = [(-1.0, 0, 0.0, (s,), 1.0, 0.0, -1) for s in sorted(starts)]

    def ceiling(left: int, d: int) -> float:  # the most a node d hops from the targets could reach
        return 1.0 if d == 0 else top[left] if left <= half else best_end

    def expand(path: tuple[str, ...], strength: float, cost: float, d: int) -> None:
        """Queue the neighbours of the path's end that lie d hops from the targets."""
        near, hops = adjacency.get(path[-1], {}), len(path)
        left = max_hops - hops
        if d <= half:
            layer = layers[d]
            pool: Iterable[str] = (n for n in layer if n in near) if len(layer) < len(near) else (
                n for n in near if n in layer)
        else:
            pool = (n for n in near if n not in bounds[half])
        for nxt in pool:
            if nxt in starts or nxt in path:
                continue
            value = near[nxt]
            weakest, total = min(strength, value), cost - math.log(value)
            if d == 0:
                bound = 1.0
            elif left > half:
                bound = best_end
            elif steps[left][nxt] in path:  # its best way out goes back through the path
                bound = others[left].get(nxt, 0.0)
                if not bound:
                    continue
            else:
                bound = bounds[left][nxt]
            key = (-min(weakest, bound), hops + d, total - math.log(bound) if 0 < bound < 1 else total)
            heapq.heappush(heap, (*key, path + (nxt,), weakest, total, -1))

    found: list[tuple[str, ...]] = []
    while heap and len(found) < k:
        *_, path, strength, cost, waiting = heapq.heappop(heap)
        if waiting >= 0:
            expand(path, strength, cost, waiting)
            continue
        if path[-1] in ends:
            found.append(path)
            continue
        left = max_hops - len(path)  # hops left once the next one is taken
        near = adjacency.get(path[-1], {})
        classes = list(range(min(left, half) + 1)) + ([half + 1] if left > half and not closed else [])
        for d in classes:
            size = min(len(near), len(layers[d])) if d <= half else len(near)
            if size <= EAGER:
                expand(path, strength, cost, d)
                continue
            bound = ceiling(left, d)
            if bound > 0:
                heapq.heappush(heap, (-min(strength, bound), len(path) + d,
                                      cost - math.log(bound) if bound < 1 else cost, path, strength, cost, d))
    return found


def _bounds(adjacency: dict[str, dict[str, float]], ends: set[str], depth: int) -> list[dict[str, float]]:
    """For r = 0..depth: each node within r hops of a target, with the strongest weakest link
    of a walk of at most r hops from it to a target; and that walk's first step, with the best
    a walk starting by another step could do (a walk through a hub the path already holds is
    no way out: the next best is)."""
    bounds: list[dict] = [dict.fromkeys(ends, 1.0)]
    steps: list[dict] = [dict.fromkeys(ends)]
    others: list[dict] = [{}]
    for _ in range(depth):
        best, step, other = dict(bounds[-1]), dict(steps[-1]), dict(others[-1])
        for node, value in bounds[-1].items():
            for nxt, strength in adjacency.get(node, {}).items():
                reach = strength if strength < value else value
                held = best.get(nxt, 0.0)
                if reach > held:
                    if step.get(nxt) != node:
                        other[nxt] = held
                    best[nxt], step[nxt] = reach, node
                elif reach > other.get(nxt, 0.0) and step.get(nxt) != node:
                    other[nxt] = reach
        bounds.append(best)
        steps.append(step)
        others.append(other)
    return [bounds, steps, others]


def describe_path(graph: nx.MultiDiGraph, nodes: tuple[str, ...], known: dict | None = None) -> EvidencePath:
    """A path with every hop described (`known`: hops already described, by their two ends)."""
    known = {} if known is None else known
    hops = tuple(known.get((u, v)) or known.setdefault((u, v), describe_hop(graph, u, v))
                 for u, v in zip(nodes, nodes[1:]))
    # On a tie the weakest is the hop resting only on the writer's word, else only on hedges.
    weakest = min(range(len(hops)), key=lambda i: (hops[i].strength, not hops[i].author_only, not hops[i].hedged, i))
    return EvidencePath(nodes=tuple(nodes), names=tuple(node_name(graph, n) for n in nodes), hops=hops,
                        strength=hops[weakest].strength, weakest=weakest)


def describe_hop(graph: nx.MultiDiGraph, u: str, v: str) -> Hop:
    """Every link stated between u and v, either way, strongest first."""
    links = [_link(graph, s, o, predicate, forward=s == u)
             for s, o in ((u, v), (v, u)) for predicate in (graph.get_edge_data(s, o) or {})]
    links.sort(key=lambda link: (-link.strength, not link.forward, link.predicate))
    support = [e for link in links for e in link.support]
    return Hop(source=u, source_name=node_name(graph, u), target=v, target_name=node_name(graph, v),
               strength=links[0].strength if links else 0.0, links=tuple(links),
               author_only=bool(support) and all(e.author_only for e in support),
               hedged=bool(support) and all(e.hedged for e in support))


def _link(graph: nx.MultiDiGraph, u: str, v: str, predicate: str, *, forward: bool) -> Link:
    data = graph.edges[u, v, predicate]
    support = tuple(sorted((e for e in data["evidence"] if not e.negated), key=lambda e: -e.weight))  # stable
    return Link(
        subject=u, subject_name=node_name(graph, u), predicate=predicate, object=v, object_name=node_name(graph, v),
        forward=forward, strength=data["strength"], roles=tuple(data.get("roles", ())),
        times=tuple(data.get("times", ())), support=support,
        against=tuple(e for e in data["evidence"] if e.negated), documents=len({e.document for e in support}),
        origins=edge_origins(graph, u, v, predicate)[0],
        author_only=bool(support) and all(e.author_only for e in support),
        hedged=bool(support) and all(e.hedged for e in support),
        disputed=bool(support) and all(e.author_stance == "disputes" for e in support),
    )
