"""Corroboration: how many documents state a fact, and how many independent origins stand behind them.

Documents are not witnesses: five outlets relaying one wire story, one monitoring firm's
report or a group's audio message are one origin (`evidence.independent_origins`). For each
link of the graph (subject, predicate, object) and for each event (by its Event entity) this
counts both, and lists the origins with the outlets that carry each.

Only claims that raise strength make an origin count (`evidence.counted_origins`): what the
writer disputes, or asserts only on a condition, is listed apart (`discounted`), with why.

A claim of responsibility is the claimant's own statement: however many documents report that
a group claimed an attack, they relay that one claim (`Evidence.origin`). An event lists its
claims of responsibility by origin: competing claimants are separate origins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

import networkx as nx

from claimgraph.analyze.evidence import Evidence, counted_origins, independent_origins, standing
from claimgraph.analyze.graph import (
    EVENT_TO_ROLE,
    PLACE_PREDICATE,
    RESPONSIBILITY,
    ROLE_PREDICATES,
    EventReport,
    find_nodes,
    no_gc_pauses,
    node_name,
)
from claimgraph.model import AUTHOR, EVENT

ROLE_OF = {predicate: role for role, predicate in (*ROLE_PREDICATES.items(), *EVENT_TO_ROLE.items())}


@dataclass(frozen=True, slots=True)
class Origin:
    """Claims that repeat one statement, wherever they were published."""

    label: str  # who it comes from: the relay at the root of a chain, a named source, else the outlet
    documents: tuple[str, ...]  # ids of the documents carrying it
    outlets: tuple[str, ...]  # those documents as readers know them: publisher, else title
    via: tuple[str, ...]  # relays named in the claims ("quoted in ...", "according to ...")
    claims: int
    voices: tuple[str, ...] = ()  # the other sources it gives (the people a quoted report quotes)
    discounted: str | None = None  # why it raises no strength: "disputed by the writer", ...


@dataclass(frozen=True, slots=True)
class FactCorroboration:
    """One link of the graph with who states it; or one value stated of an entity (born_on
    1972), whose `object` and `object_name` are the value as written."""

    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    roles: tuple[str, ...]
    times: tuple[str, ...]
    documents: int  # documents stating it
    origins: tuple[Origin, ...]  # independent origins behind those documents
    denials: tuple[Origin, ...]  # origins of the claims denying it
    strength: float
    evidence: tuple[Evidence, ...]
    discounted: tuple[Origin, ...] = ()  # claims that raise no strength, by origin


@dataclass(frozen=True, slots=True)
class ResponsibilityClaim:
    """One claim of responsibility for an event, however many documents relay it."""

    claimants: tuple[str, ...]  # canonical entity ids
    claimant_names: tuple[str, ...]
    documents: int
    methods: tuple[str, ...]  # audio, statement, online...
    relays: tuple[str, ...]  # outlets said to have broadcast or received it
    origin: Origin
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class EventCorroboration:
    """An event (its Event entity) with the documents stating it and their origins."""

    event: str
    name: str
    types: tuple[str, ...]  # as stated, most often first
    dates: tuple[str, ...]
    places: tuple[str, ...]
    documents: int
    origins: tuple[Origin, ...]
    responsibility: tuple[ResponsibilityClaim, ...]
    evidence: tuple[Evidence, ...]
    discounted: tuple[Origin, ...] = ()
    participants: tuple[Participation, ...] = ()  # each participant's own support, never merged


@dataclass(frozen=True, slots=True)
class Participation:
    """One participant of an event in one role, with who states it across the documents."""

    role: str
    entity: str
    name: str
    fact: FactCorroboration  # the link between participant and event, with its origins
    standing: str  # "corroborated by N independent origins", else how its best claim holds it


@dataclass(frozen=True, slots=True)
class Corroboration:
    facts: tuple[FactCorroboration, ...]
    events: tuple[EventCorroboration, ...]


def origins(evidence: Iterable[Evidence], *, statement: str | None = None) -> tuple[Origin, ...]:
    """The independent origins of the claims that raise strength, most documents first.
    `statement` names the origin of evidence that reports a known statement (`Evidence.origin`)."""
    return _sorted(_origin(group, statement) for group in counted_origins(list(evidence)))


def discounted_origins(evidence: Iterable[Evidence], *, statement: str | None = None) -> tuple[Origin, ...]:
    """The claims that raise no strength (disputed by the writer, conditional), by origin, each
    with why."""
    found = []
    for group in independent_origins([e for e in evidence if not e.raises_strength]):
        why = "disputed by the writer" if any(e.author_stance == "disputes" for e in group) else "only on a condition"
        found.append(replace(_origin(group, statement), discounted=why))
    return _sorted(found)


def _sorted(found: Iterable[Origin]) -> tuple[Origin, ...]:
    return tuple(sorted(found, key=lambda o: (-len(o.documents), -o.claims, o.label, o.documents)))


def outlet(item: Evidence) -> str:
    """The document as a reader knows it: its publisher, else its title, else its id."""
    return item.publisher or item.document_title or item.document


def corroborate(graph: nx.MultiDiGraph, *, about: str | None = None, min_origins: int = 0) -> Corroboration:
    """Every link and event of the graph (or those involving the entity named `about`) stated
    by at least `min_origins` independent origins, best corroborated first."""
    with no_gc_pauses():
        return _corroborate(graph, set(find_nodes(graph, about)) if about else None, min_origins)


def _corroborate(graph: nx.MultiDiGraph, wanted: set[str] | None, min_origins: int) -> Corroboration:
    if wanted is None:
        edges = list(graph.edges(keys=True))
    else:  # only the entity's own links: no walk over the whole graph
        edges = list(dict.fromkeys([*graph.out_edges(wanted, keys=True), *graph.in_edges(wanted, keys=True)]))
    facts = [fact_corroboration(graph, u, v, predicate) for u, v, predicate in edges]
    for node in graph.nodes if wanted is None else wanted:
        for (predicate, value), data in graph.nodes[node].get("values", {}).items():
            facts.append(_fact(node, value, value, predicate, data, node_name(graph, node), _origins_of(data, None)))
    facts = [fact for fact in facts if len(fact.origins) >= min_origins]
    events = []
    for node in _events_about(graph, wanted):
        event = event_corroboration(graph, node)
        if len(event.origins) >= min_origins:
            events.append(event)
    facts.sort(key=lambda f: (-len(f.origins), -f.documents, f.subject_name, f.predicate, f.object_name, f.subject, f.object))
    events.sort(key=lambda e: (-len(e.origins), -e.documents, e.name, e.event))
    return Corroboration(tuple(facts), tuple(events))


class EdgeOrigins(NamedTuple):
    stated: tuple[Origin, ...]  # the origins that count for the link
    denied: tuple[Origin, ...]
    discounted: tuple[Origin, ...]  # stating it, but raising no strength


def edge_origins(graph: nx.MultiDiGraph, u: str, v: str, predicate: str) -> EdgeOrigins:
    """The origins of the claims stating a link, of those denying it and of those that state it
    without counting, kept on the edge (`origins`) once worked out: a fact stated thousands of
    times is grouped once."""
    statement = f"{node_name(graph, u)}'s own claim" if predicate == RESPONSIBILITY else None
    return _origins_of(graph.edges[u, v, predicate], statement)


def _origins_of(data: dict, statement: str | None) -> EdgeOrigins:
    if "origins" not in data:
        pro = [e for e in data["evidence"] if not e.negated]
        data["origins"] = EdgeOrigins(origins(pro, statement=statement),
                                      origins([e for e in data["evidence"] if e.negated], statement=statement),
                                      discounted_origins(pro, statement=statement))
    return data["origins"]


def fact_corroboration(graph: nx.MultiDiGraph, u: str, v: str, predicate: str) -> FactCorroboration:
    return _fact(u, v, node_name(graph, v), predicate, graph.edges[u, v, predicate], node_name(graph, u),
                 edge_origins(graph, u, v, predicate))


def _fact(u: str, v: str, v_name: str, predicate: str, data: dict, u_name: str,
          found: EdgeOrigins) -> FactCorroboration:
    """A link (or a value: `v` and `v_name` are the value) with its origins."""
    evidence = data["evidence"]
    stated, denied, discounted = found
    return FactCorroboration(
        subject=u, subject_name=u_name, predicate=predicate, object=v, object_name=v_name,
        roles=tuple(data.get("roles", ())), times=tuple(data.get("times", ())),
        documents=len({e.document for e in evidence if not e.negated}), origins=stated, denials=denied,
        strength=data.get("strength", 0.0), evidence=tuple(evidence), discounted=discounted,
    )


def event_corroboration(graph: nx.MultiDiGraph, node: str) -> EventCorroboration:
    reports: list[EventReport] = graph.nodes[node].get("reports", [])
    statements = [r.evidence for r in reports if not r.evidence.negated]
    return EventCorroboration(
        event=node, name=node_name(graph, node),
        types=_most_common(r.type for r in reports),
        dates=_most_common(r.date for r in reports if r.date),
        places=_most_common(node_name(graph, r.place) for r in reports if r.place),
        documents=len({e.document for e in statements}), origins=origins(statements),
        responsibility=_responsibility(graph, node, reports), evidence=tuple(r.evidence for r in reports),
        discounted=discounted_origins(statements), participants=_participants(graph, node),
    )


def _participants(graph: nx.MultiDiGraph, node: str) -> tuple[Participation, ...]:
    """The event's participants (its links with a role, the place and the claims of
    responsibility apart), each with its own origins and standing."""
    found = []
    links = [(u, node, key, u) for u, _, key in graph.in_edges(node, keys=True)]
    links += [(node, v, key, v) for _, v, key in graph.out_edges(node, keys=True)]
    for u, v, predicate, other in links:
        if predicate in (RESPONSIBILITY, PLACE_PREDICATE):
            continue
        fact = fact_corroboration(graph, u, v, predicate)
        for role in fact.roles or (ROLE_OF.get(predicate, predicate),):
            found.append(Participation(role, other, node_name(graph, other), fact, _standing(fact, other)))
    return tuple(sorted(found, key=lambda p: (p.role, -len(p.fact.origins), p.name)))


def _standing(fact: FactCorroboration, participant: str) -> str:
    if len(fact.origins) > 1:
        return f"corroborated by {len(fact.origins)} independent origins"
    stated = [e for e in fact.evidence if not e.negated] or list(fact.evidence)
    best = max(stated, key=lambda e: (e.raises_strength, e.weight))
    return standing(source=best.source, source_name=best.source_name, certainty=best.certainty,
                    negative=best.negated, author_stance=best.author_stance, condition=best.condition,
                    own=best.source == participant)


def _responsibility(graph: nx.MultiDiGraph, node: str, reports: list[EventReport]) -> tuple[ResponsibilityClaim, ...]:
    claimant_of: dict[int, str] = {}
    evidence: list[Evidence] = []
    for claimant, _, data in graph.in_edges(node, data=True, keys=False):
        if data.get("predicate") != RESPONSIBILITY:
            continue
        for item in data["evidence"]:
            if not item.negated:
                claimant_of[len(evidence)] = claimant
                evidence.append(item)
    if not evidence:
        return ()
    position = {id(item): i for i, item in enumerate(evidence)}
    found = []
    for group in independent_origins(evidence):
        claimants = tuple(dict.fromkeys(claimant_of[position[id(item)]] for item in group))
        names = tuple(dict.fromkeys(node_name(graph, c) for c in claimants))
        documents = {item.document for item in group}
        said = [r for r in reports if r.evidence.document in documents and set(r.claimants) & set(claimants)]
        found.append(ResponsibilityClaim(
            claimants=claimants, claimant_names=names, documents=len(documents),
            methods=_most_common(r.claim_method for r in said if r.claim_method),
            relays=tuple(dict.fromkeys(relay for r in said for relay in r.relays)),
            origin=_origin(group, f"{names[0]}'s own claim"), evidence=tuple(group),
        ))
    return tuple(sorted(found, key=lambda c: (-c.documents, c.claimant_names)))


def _events_about(graph: nx.MultiDiGraph, wanted: set[str] | None) -> list[str]:
    if wanted is None:
        return [n for n, data in graph.nodes(data=True) if data.get("reports") or data.get("type") == EVENT]
    found = set()
    for node in wanted:
        if graph.nodes[node].get("type") == EVENT or graph.nodes[node].get("reports"):
            found.add(node)
        for neighbour in (*graph.successors(node), *graph.predecessors(node)):
            if graph.nodes[neighbour].get("reports"):
                found.add(neighbour)
    return sorted(found)


def _origin(group: list[Evidence], statement: str | None) -> Origin:
    documents = tuple(sorted({e.document for e in group}))
    outlets = tuple(sorted({outlet(e) for e in group}))
    label = _label(group, statement)
    via = tuple(name for name in dict.fromkeys(name for e in group for name in e.via) if name != label)
    voices = tuple(dict.fromkeys(e.source_name for e in group
                                 if e.source != AUTHOR and e.source_name and e.source_name != label))
    return Origin(label, documents, outlets, via, len(group), voices)


def origin_label(group: list[Evidence]) -> str:
    """Who one origin (a group of `independent_origins`) comes from, with the voices it gives:
    "The Harbor Ledger (quoting prosecutors, a court clerk)"."""
    origin = _origin(group, None)
    return origin.label + (f" (quoting {', '.join(origin.voices)})" if origin.voices else "")


def _label(group: list[Evidence], statement: str | None) -> str:
    if statement and any(e.origin for e in group):
        return statement
    named = Counter(e.source_name for e in group if e.source != AUTHOR and e.source_name)
    roots = Counter(e.via[-1] for e in group if e.via)  # the relay the writer had it from
    if roots and len(named) > 1:  # a report quoting several: the report is the origin
        return min(roots, key=lambda name: (-roots[name], name))
    if named:
        return min(named, key=lambda name: (-named[name], name))
    first = min(group, key=lambda e: (e.document, e.claim or ""))
    if first.publisher:
        return f"{first.publisher} (its writer)"
    return f"the writer of “{first.document_title}”" if first.document_title else f"the writer of document {first.document}"


def _most_common(values: Iterable[str | None]) -> tuple[str, ...]:
    counts = Counter(v for v in values if v)
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))
