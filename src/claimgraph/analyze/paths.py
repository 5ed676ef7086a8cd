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
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from claimgraph.analyze.corroboration import Origin, origins
from claimgraph.analyze.evidence import Evidence
from claimgraph.analyze.graph import RESPONSIBILITY, find_nodes, node_name, undirected_strengths


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
    found = best_paths(undirected_strengths(graph), sources, targets, max_hops=max_hops, k=k)
    return [describe_path(graph, nodes) for nodes in found]


def best_paths(adjacency: dict[str, dict[str, float]], sources: Iterable[str], targets: Iterable[str], *,
               max_hops: int, k: int) -> list[tuple[str, ...]]:
    """Node sequences of the k best simple paths (strength, then length, then product)."""
    starts, ends = set(sources), set(targets)
    if starts & ends:
        return []
    half = max_hops // 2
    layers = _layers(adjacency, ends, half)  # layers[d]: nodes d hops from the targets
    within: list[set[str]] = []  # within[r]: nodes at most r hops from the targets
    for layer in layers:
        within.append((within[-1] if within else set()) | layer)
    distance = {node: d for d, layer in enumerate(layers) for node in layer}
    unknown = half + 1 if len(layers) > half else max_hops + 1  # a search that ran out reached all
    heap: list[tuple[float, int, float, tuple[str, ...]]] = [(-1.0, 0, 0.0, (s,)) for s in sorted(starts)]
    found: list[tuple[str, ...]] = []
    while heap and len(found) < k:
        neg_strength, hops, cost, path = heapq.heappop(heap)
        node = path[-1]
        if node in ends:
            found.append(path)
            continue
        if hops == max_hops:
            continue
        left = max_hops - hops - 1  # hops still allowed after the next one
        near = adjacency.get(node, {})
        if left < len(within) and len(within[left]) < len(near):
            candidates: Iterable[str] = (n for n in within[left] if n in near)
        else:
            candidates = near
        for nxt in candidates:
            if nxt in starts or nxt in path or distance.get(nxt, unknown) > left:
                continue
            value = near[nxt]
            heapq.heappush(heap, (max(neg_strength, -value), hops + 1, cost - math.log(value), path + (nxt,)))
    return found


def _layers(adjacency: dict[str, dict[str, float]], ends: set[str], depth: int) -> list[set[str]]:
    layers = [set(ends)]
    seen = set(ends)
    for _ in range(depth):
        layer = {n for node in layers[-1] for n in adjacency.get(node, ()) if n not in seen}
        if not layer:
            break
        seen |= layer
        layers.append(layer)
    return layers


def describe_path(graph: nx.MultiDiGraph, nodes: tuple[str, ...]) -> EvidencePath:
    hops = tuple(describe_hop(graph, u, v) for u, v in zip(nodes, nodes[1:]))
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
    statement = f"{node_name(graph, u)}'s own claim" if predicate == RESPONSIBILITY else None
    return Link(
        subject=u, subject_name=node_name(graph, u), predicate=predicate, object=v, object_name=node_name(graph, v),
        forward=forward, strength=data["strength"], roles=tuple(data.get("roles", ())),
        times=tuple(data.get("times", ())), support=support,
        against=tuple(e for e in data["evidence"] if e.negated), documents=len({e.document for e in support}),
        origins=origins(support, statement=statement),
        author_only=bool(support) and all(e.author_only for e in support),
        hedged=bool(support) and all(e.hedged for e in support),
        disputed=bool(support) and all(e.author_stance == "disputes" for e in support),
    )
