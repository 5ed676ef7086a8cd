"""The evidence graph: canonical entities linked by what the stored claims say, as networkx.

`build_graph(engine)` reads the store into a `networkx.MultiDiGraph`, streamed (`yield_per`):

- **nodes**: canonical entities, not rejected ones: `name`, `type`, `aliases`. An Event
  entity also keeps `reports`, each document's statement of it (`EventReport`). An entity with
  values stated of it (born_on 1972, a number) keeps `values`: by (predicate, value as first
  written) the same record as an edge's data (evidence, strength, times...).
- **edges**, keyed by predicate: one edge per (u, v, predicate) however often it is stated,
  with every piece of `evidence` behind it (an `analyze.evidence.Evidence` per claim, denials
  included, in document order), its `strength` (`evidence.strength`), the `roles` and `times`
  stated, the `kinds` of record it comes from ("relation", "event") and `negated` when every
  claim denies it.
  - relations: subject → object (a literal object, such as a date, is no link: a node value);
  - events: participant → event entity (a perpetrator under `perpetrated`, a claimant under
    `claimed_responsibility`, any other role under its own name), event → target
    (`targeted`) and event → each place it names, facility to country (`located_in`).

The evidence for a participant (or a place) is the claim that a relation of the same document
states it with (relations are read first), else the narrowest claim mentioning the event that
names it, else the claim holding the event's trigger. A claim of responsibility is the
claimant's own statement: every report of it has that one origin (`Evidence.origin`), however
many outlets relay it.

A claim's source is its canonical entity, "author", or unnamed (a rejected entity too); a
relation outside any claim is the writer's own. SQLite and PostgreSQL give the same graph.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import networkx as nx
from sqlalchemy import Engine

from claimgraph.analyze.evidence import Evidence, strength
from claimgraph.errors import NotFoundError
from claimgraph.model import AUTHOR
from claimgraph.resolve.names import name_key
from claimgraph.store.graph_queries import event_ids
from claimgraph.store.graph_rows import (
    entity_rows,
    event_claims,
    event_rows,
    mentioning_claims,
    naming_claim,
    relation_rows,
    with_their_events,
)
from claimgraph.store.links import LinkMap

EVENT_BATCH = 500  # event rows read with the claims naming them
ROLE_PREDICATES = {"perpetrator": "perpetrated", "claimant": "claimed_responsibility"}
EVENT_TO_ROLE = {"target": "targeted"}  # edges from the event
PLACE_PREDICATE = "located_in"
RESPONSIBILITY = "claimed_responsibility"


@dataclass(frozen=True, slots=True)
class EventReport:
    """One document's statement of an event: what it says happened, when and where."""

    event: str  # the stored event row's id
    type: str
    date: str | None
    date_precision: str | None
    place: str | None  # canonical entity id
    numbers: dict[str, Any]
    claimants: tuple[str, ...]  # canonical entity ids
    claim_method: str | None
    relays: tuple[str, ...]  # names of the outlets that relayed the claim of responsibility
    perpetrator_status: str | None
    evidence: Evidence


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Building or searching a graph makes no reference cycles: the cyclic collector would only
    walk the whole graph again and again (a third of the loading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_graph(engine: Engine, *, about: Collection[str] | None = None, links_only: bool = False,
                named: Collection[str] = (), reports: Collection[str] | None = None) -> nx.MultiDiGraph:
    """The evidence graph of the store, or of what involves the entity ids in `about` (every id
    linked to an entity: see `matching_entities`), with all reports of and links to its events.
    With `links_only`, the same links (what a path needs), but the reports of only the events
    linked to another entity, and of the entities only those linked and those `named`. With
    `reports` (and `about`), the events read are these Event entity ids (every report of each),
    not every event `about` take part in: the links to the others are left out."""
    graph = nx.MultiDiGraph()
    with no_gc_pauses(), engine.connect() as conn:
        if about is None:
            ids = None
            links = LinkMap.everything(engine)
            relations, events = relation_rows(conn), event_rows(conn, linking=links_only)  # streamed
        else:  # the links of the ids these rows name, not of the whole store
            ids = with_their_events(conn, sorted(about)) if reports is None else sorted({*about, *reports})
            relations = list(relation_rows(conn, ids))
            events = list(event_rows(conn, ids if reports is None else sorted(reports), linking=links_only,
                                     own=reports is not None))
            links = LinkMap.load(conn, [*ids, *(i for row in relations for i in (row.subject, row.object)),
                                        *(i for row in events for i in event_ids(row))])
        builder = _Builder(links)
        for row in relations:
            builder.relation(row)
        batch: list = []
        for row in events:
            batch.append(row)
            if len(batch) >= EVENT_BATCH:
                builder.events(batch, mentioning_claims(conn, batch))
                batch = []
        if batch:
            builder.events(batch, mentioning_claims(conn, batch))
        extra = builder.nodes() | {c for c in (links.get(i) for i in [*(ids or ()), *named]) if c}
        for row in entity_rows(conn, None if about is None and not links_only else extra):
            if links.get(row.id) == row.id:
                graph.add_node(row.id, name=row.name, type=row.type, aliases=tuple(row.aliases or ()))
        builder.finish(graph)
    graph.graph["links"] = links
    gc.collect()  # the one full pass over the new graph now, not in the middle of a query
    return graph


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Canonical ids of the graph's entities with this name, alias or id (case, accents and
    punctuation folded); raises `NotFoundError` when there is none."""
    wanted = name.strip()
    links: LinkMap | None = graph.graph.get("links")
    canonical = links.get(wanted) if links else wanted
    if canonical in graph:
        return [canonical]
    index = graph.graph.get("name_index")
    if index is None:
        index = {}
        keys: dict[str, str] = {}  # name -> key: a store's entities share a few thousand names
        for node, data in graph.nodes(data=True):
            for text in {data.get("name") or "", *data.get("aliases", ())}:
                key = keys.get(text)
                if key is None:
                    key = keys[text] = name_key(text)
                index.setdefault(key, set()).add(node)
        graph.graph["name_index"] = index
    found = sorted(index.get(name_key(wanted), ()))
    if not found:
        raise NotFoundError(f"no entity is named {name!r}: see `claimgraph entities`")
    return found


def node_name(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("name") or node


class _Edge:
    __slots__ = ("evidence", "roles", "times", "kinds", "relation_documents")

    def __init__(self) -> None:
        self.evidence: list[Evidence] = []
        self.roles: set[str] | None = None
        self.times: set[str] | None = None
        self.kinds = 0  # 1: a relation, 2: an event
        self.relation_documents: set[str] | None = None


class _Builder:
    """Edges and event reports from the rows, strings shared."""

    def __init__(self, links: LinkMap) -> None:
        self.links = links
        self.edges: dict[tuple[str, str, str], _Edge] = {}
        self.reports: dict[str, list[EventReport]] = {}
        # (subject, predicate, folded value) -> the value as first written, the claims stating it
        self.values: dict[tuple[str, str, str], tuple[str, _Edge]] = {}
        self.documents: dict[str, tuple[str, str | None, str | None]] = {}
        self.last: tuple[Any, Evidence] | None = None
        self.strings: dict[str, str] = {}

    def shared(self, text: str | None) -> str | None:
        return None if text is None else self.strings.setdefault(text, text)

    def nodes(self) -> set[str]:
        return {n for u, v, _ in self.edges for n in (u, v)} | set(self.reports) | {u for u, _, _ in self.values}

    def evidence(self, claim: str | None, document: str, row, negated: bool) -> Evidence:  # noqa: ANN001
        """A claim (the claim columns of a `store.graph_rows` row) as evidence; relations from one
        claim share it."""
        key = (claim, document, negated)
        if self.last is not None and self.last[0] == key:
            return self.last[1]
        doc, title, publisher = self.documents.setdefault(document, (document, row.title, row.publisher))
        if claim is None:  # stated outside any claim: the writer's own text
            found = Evidence(None, doc, "", AUTHOR, AUTHOR, (), "certain", "neutral", negated, publisher, title)
        else:
            source, name = row.claim_source, row.source_text
            if source == AUTHOR:
                name = AUTHOR
            elif source is not None and not row.source_rejected:
                source, name = row.source_canonical or source, row.source_name or row.source_text
            else:
                source = None
            via = tuple(json.loads(row.via_raw)) if row.via_raw and row.via_raw != "[]" else ()
            found = Evidence(claim, doc, row.claim_text or "", source, self.shared(name), via,
                             sys.intern(row.certainty or "certain"), sys.intern(row.author_stance or "neutral"),
                             negated, publisher, title, condition=row.condition)
        self.last = (key, found)
        return found

    def link(self, u: str, v: str, predicate: str, evidence: Evidence, kind: int, *, role: str | None = None,
             time: str | None = None) -> None:
        edge = self.edges.get((u, v, predicate))
        if edge is None:
            edge = self.edges[u, v, predicate] = _Edge()
        if kind == 1:
            if edge.relation_documents is None:
                edge.relation_documents = set()
            edge.relation_documents.add(evidence.document)
        elif edge.relation_documents and evidence.document in edge.relation_documents:
            return  # a relation of this document states it, with its own claim
        if edge.evidence and edge.evidence[-1] is evidence:
            return  # the same claim again
        edge.evidence.append(evidence)
        edge.kinds |= kind
        if role:
            if edge.roles is None:
                edge.roles = set()
            edge.roles.add(role)
        if time:
            if edge.times is None:
                edge.times = set()
            edge.times.add(time)

    def relation(self, row) -> None:  # noqa: ANN001
        subject, obj = self.links.get(row.subject), self.links.get(row.object)
        if subject and obj and subject != obj:  # rejected, or a link to oneself: none
            evidence = self.evidence(row.claim, row.document, row, row.negated)
            self.link(subject, obj, sys.intern(row.predicate), evidence, 1, role=row.role, time=row.time)
        elif subject and row.object is None and row.object_literal:
            key = (subject, row.predicate, name_key(row.object_literal))
            value, edge = self.values.setdefault(key, (row.object_literal, _Edge()))
            edge.evidence.append(self.evidence(row.claim, row.document, row, row.negated))
            if row.time:
                edge.times = (edge.times or set()) | {row.time}

    def events(self, rows: list, mentioning: dict[str, Any]) -> None:
        for row in rows:
            entity = self.links.get(row.entity)
            if entity:
                self.event(row, entity, mentioning)

    def event(self, row, entity: str, mentioning: dict[str, Any]) -> None:  # noqa: ANN001
        main = self.evidence(row.claim, row.document, row, row.polarity == "negative")
        candidates = event_claims(row, mentioning)

        def evidence_for(text: str | None, role: str | None = None) -> Evidence:
            claim = naming_claim(text, candidates, speaker=role == "claimant")
            if claim is None or claim.id == row.claim:
                return main
            return self.evidence(claim.id, row.document, _Row(claim, row), claim.polarity == "negative")

        seen = set()
        for person in (*(row.participants or ()), *(row.claimed_by or ())):
            ident, role, text = self.links.get(person.get("entity")), person.get("role", ""), person.get("text", "")
            if not ident or ident == entity or (ident, role, text) in seen:
                continue
            seen.add((ident, role, text))
            if role in EVENT_TO_ROLE:
                u, v, predicate = entity, ident, EVENT_TO_ROLE[role]
            else:
                u, v, predicate = ident, entity, ROLE_PREDICATES.get(role, role)
            self.link(u, v, sys.intern(predicate), evidence_for(text, role), 2, role=sys.intern(role))
        place = self.links.get(row.place)
        places = {level: value for level, value in (row.places or {}).items() if self.links.get(value.get("entity"))}
        if not places and place:
            places = {row.place_precision or "place": {"entity": row.place, "text": row.place_text}}
        for level, value in places.items():
            ident = self.links.get(value["entity"])
            if ident != entity:
                self.link(entity, ident, PLACE_PREDICATE, evidence_for(value.get("text")), 2, role=sys.intern(level))
        self.reports.setdefault(entity, []).append(EventReport(
            event=row.id, type=row.type, date=row.date, date_precision=row.date_precision, place=place,
            numbers=dict(row.numbers or {}),
            claimants=tuple(dict.fromkeys(c for c in (self.links.get(p.get("entity")) for p in row.claimed_by or ()) if c)),
            claim_method=row.claim_method, relays=tuple(dict.fromkeys(p.get("text", "") for p in row.relayed_by or ())),
            perpetrator_status=row.perpetrator_status, evidence=main,
        ))

    def finish(self, graph: nx.MultiDiGraph) -> None:
        """Each edge's evidence once per claim, in document order; its strength."""
        while self.edges:
            (u, v, predicate), edge = self.edges.popitem()
            items = edge.evidence
            if predicate == RESPONSIBILITY:
                origin = f"{v}|{name_key(graph.nodes[u].get('name', u) if u in graph else u)}"
                items = [dataclasses.replace(item, origin=origin) for item in items]
            if len(items) > 1:
                if edge.kinds & 2:  # an event's claims may come back
                    items = list({(e.document, e.claim or e.text, e.negated): e for e in reversed(items)}.values())
                items.sort(key=_in_order)
            graph.add_edge(
                u, v, predicate, predicate=predicate, evidence=items, strength=_strength(items),
                negated=all(e.negated for e in items), roles=tuple(sorted(edge.roles or ())),
                times=tuple(sorted(edge.times or ())),
                kinds=tuple(k for bit, k in ((1, "relation"), (2, "event")) if edge.kinds & bit),
            )
        for node, reports in self.reports.items():
            graph.add_node(node)
            graph.nodes[node]["reports"] = sorted(reports, key=lambda r: (r.evidence.document, r.event))
        self.reports = {}
        for (subject, predicate, _), (value, edge) in self.values.items():
            items = sorted(edge.evidence, key=_in_order)
            graph.add_node(subject)
            graph.nodes[subject].setdefault("values", {})[predicate, value] = {
                "predicate": predicate, "evidence": items, "strength": _strength(items),
                "negated": all(e.negated for e in items), "roles": (), "times": tuple(sorted(edge.times or ())),
                "kinds": ("relation",)}
        self.values = {}


class _Row:
    """A mentioning claim with its event row's document columns."""

    def __init__(self, claim, row) -> None:  # noqa: ANN001
        self._claim, self.title, self.publisher = claim, row.title, row.publisher

    def __getattr__(self, name: str) -> Any:
        return getattr(self._claim, name)


def _in_order(e: Evidence) -> tuple:
    return e.document, e.claim or "", e.text, e.negated


def _strength(evidence: list[Evidence]) -> float:
    if len(evidence) == 1:  # the common case, without grouping origins: the same number
        only = evidence[0]
        return round(only.weight, 4) if not only.negated and only.raises_strength else 0.0
    return strength(evidence)
