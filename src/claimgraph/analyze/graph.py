"""The evidence graph: canonical entities linked by what the stored claims say, as networkx.

`build_graph(engine)` reads the store (streamed: rows come `yield_per` at a time) into a
`networkx.MultiDiGraph`:

- **nodes**: canonical entities, not rejected ones: `name`, `type`, `aliases`. An Event
  entity also keeps `reports`, each document's statement of it (`EventReport`).
- **edges**, keyed by predicate: one edge per (u, v, predicate) however often it is stated,
  with every piece of `evidence` behind it (an `analyze.evidence.Evidence` per claim, denials
  included, in document order), its `strength` (`evidence.strength`), the `roles` and `times`
  stated, the `kinds` of record it comes from ("relation", "event") and `negated` when every
  claim denies it.
  - relations: subject → object (a literal object, such as a date, is no link);
  - events: participant → event entity (a perpetrator under `perpetrated`, a claimant under
    `claimed_responsibility`, any other role under its own name), event → target
    (`targeted`) and event → each place it names, facility to country (`located_in`).

The evidence for a participant (or a place) is the claim that a relation of the same document
states it with (relations are read first), else the narrowest claim mentioning the event that
names it, else the claim holding the event's trigger. A claim of responsibility
is the claimant's own statement: every report of it has that one origin (`Evidence.origin`),
however many outlets relay it.

Entity ids are canonical (`entity_links`); the same store gives the same graph on SQLite and
PostgreSQL (evidence is sorted, not left in row order).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx
from sqlalchemy import Engine, select

from claimgraph.analyze.evidence import Evidence, strength
from claimgraph.errors import NotFoundError
from claimgraph.model import AUTHOR, Event
from claimgraph.resolve.names import name_key
from claimgraph.store.canonical import CHUNK, LinkMap, link_and_entity
from claimgraph.store.graph_queries import Support, event_query, event_view, relation_query, relation_view
from claimgraph.store.resolution_tables import canonical_entities, entity_links
from claimgraph.store.tables import claims, documents, events

STREAM_CHUNK = 2000
DOCUMENT_BATCH = 200  # documents whose events are read together with their claims
ROLE_PREDICATES = {"perpetrator": "perpetrated", "claimant": "claimed_responsibility"}
EVENT_TO_ROLE = {"target": "targeted"}  # roles whose edge runs from the event
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
    place_name: str | None
    numbers: dict[str, Any]
    claimants: tuple[str, ...]  # canonical entity ids
    claim_method: str | None
    relays: tuple[str, ...]  # names of the outlets that relayed the claim of responsibility
    perpetrator_status: str | None
    evidence: Evidence


def build_graph(engine: Engine, *, about: Collection[str] | None = None) -> nx.MultiDiGraph:
    """The evidence graph of the whole store, or only of the relations and events that involve
    the entity ids in `about` (any ids linked to an entity: see `matching_entities`), with every
    document's report of those events and every link to them."""
    graph = nx.MultiDiGraph()
    links = LinkMap.everything(engine)
    ids = sorted(about) if about is not None else None
    with engine.connect() as conn:
        if ids is not None:
            ids = _with_their_events(conn, ids)
        for row in _stream(conn, relation_query(about=ids).add_columns(documents.c.publisher)):
            _add_relation(graph, row)
        for rows, doc_claims in _event_batches(conn, ids):
            for row in rows:
                _add_event(graph, row, links, doc_claims.get(row.document, []))
        _add_nodes(graph, conn, links, everything=about is None, extra=ids or ())
    _finish(graph)
    graph.graph["links"] = links
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
        for node, data in graph.nodes(data=True):
            for text in {data.get("name") or "", *data.get("aliases", ())}:
                index.setdefault(name_key(text), set()).add(node)
        graph.graph["name_index"] = index
    found = sorted(index.get(name_key(wanted), ()))
    if not found:
        raise NotFoundError(f"no entity is named {name!r}: see `claimgraph entities`")
    return found


def node_name(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("name") or node


def undirected_strengths(graph: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Each entity's neighbours, either way, with the strongest link to each (links only ever
    denied, of strength 0, are left out). Built once per graph."""
    skeleton = graph.graph.get("skeleton")
    if skeleton is None:
        skeleton = {}
        for u, v, value in graph.edges(data="strength"):
            if value and value > 0:
                for a, b in ((u, v), (v, u)):
                    near = skeleton.setdefault(a, {})
                    if value > near.get(b, 0.0):
                        near[b] = value
        graph.graph["skeleton"] = skeleton
    return skeleton


def evidence_of(support: Support, *, negated: bool, publisher: str | None) -> Evidence:
    """A stored claim (as `graph_queries.Support`) as a piece of evidence."""
    return Evidence(
        claim=support.claim, document=support.document, text=support.text or "", source=support.source,
        source_name=support.source_name, via=tuple(support.via), certainty=support.certainty or "certain",
        author_stance=support.author_stance or "neutral", negated=negated, publisher=publisher,
        document_title=support.document_title,
    )


def _stream(conn, query) -> Iterator[Any]:  # noqa: ANN001
    yield from conn.execution_options(yield_per=STREAM_CHUNK).execute(query)


def _with_their_events(conn, ids: list[str]) -> list[str]:  # noqa: ANN001
    """These ids and those of the events they take part in (every id linked to each event)."""
    events_of = select(events.c.entity).where(events.c.id.in_(
        select(event_query(about=ids).subquery().c.id)), events.c.entity.is_not(None))
    canonical = select(entity_links.c.canonical).where(entity_links.c.id.in_(events_of))
    members = select(entity_links.c.id).where(entity_links.c.canonical.in_(canonical))
    return sorted(set(ids) | set(conn.execute(members).scalars()) | set(conn.execute(events_of).scalars()))


def _add_relation(graph: nx.MultiDiGraph, row) -> None:  # noqa: ANN001
    view = relation_view(row)
    relation = view.relation
    if relation.object is None or relation.subject == relation.object:
        return
    evidence = evidence_of(view.support, negated=relation.negated, publisher=row.publisher)
    _link(graph, relation.subject, relation.object, relation.predicate, evidence, "relation",
          role=relation.role, time=relation.time)


def _link(graph: nx.MultiDiGraph, u: str, v: str, predicate: str, evidence: Evidence, kind: str, *,
          role: str | None = None, time: str | None = None) -> None:
    if not graph.has_edge(u, v, predicate):
        graph.add_edge(u, v, predicate, predicate=predicate, evidence=[], roles=set(), times=set(), kinds=set(),
                       relation_documents=set())
    data = graph.edges[u, v, predicate]
    if kind == "relation":
        data["relation_documents"].add(evidence.document)
    elif evidence.document in data["relation_documents"]:
        return  # a relation of this document states it, with the claim that says so
    data["evidence"].append(evidence)
    data["kinds"].add(kind)
    if role:
        data["roles"].add(role)
    if time:
        data["times"].add(time)


def _event_batches(conn, ids: list[str] | None) -> Iterator[tuple[list, dict[str, list]]]:  # noqa: ANN001
    """Event rows in document order, a few documents at a time, with those documents' claims."""
    query = (event_query(about=ids).add_columns(documents.c.publisher).order_by(None)
             .order_by(events.c.document, events.c.start_char, events.c.id))
    rows: list = []
    batch: set[str] = set()
    for row in _stream(conn, query):
        if row.document not in batch and len(batch) >= DOCUMENT_BATCH:
            yield rows, _claims_of(conn, batch)
            rows, batch = [], set()
        rows.append(row)
        batch.add(row.document)
    if rows:
        yield rows, _claims_of(conn, batch)


_claim_source_link, _claim_source = link_and_entity("claim_source")


def _claims_of(conn, document_ids: Iterable[str]) -> dict[str, list]:  # noqa: ANN001
    """The claims of these documents (with their source's canonical name), by document."""
    found: dict[str, list] = {}
    wanted = sorted(document_ids)
    for start in range(0, len(wanted), CHUNK):
        query = (
            select(claims.c.id, claims.c.document, claims.c.start_char, claims.c.end_char, claims.c.text,
                   claims.c.source, claims.c.source_text, claims.c.certainty, claims.c.polarity,
                   claims.c.author_stance, claims.c.via_text, _claim_source.c.id.label("source_canonical"),
                   _claim_source.c.name.label("source_name"), _claim_source.c.rejected.label("source_rejected"))
            .outerjoin(_claim_source_link, _claim_source_link.c.id == claims.c.source)
            .outerjoin(_claim_source, _claim_source.c.id == _claim_source_link.c.canonical)
            .where(claims.c.document.in_(wanted[start : start + CHUNK]))
        )
        for row in conn.execute(query):
            found.setdefault(row.document, []).append(row)
    return found


def _claim_support(row, title: str | None) -> Support:  # noqa: ANN001
    if row.source in (None, AUTHOR) or row.source_rejected:
        source, source_name = (row.source, AUTHOR) if row.source == AUTHOR else (None, row.source_text)
    else:
        source, source_name = row.source_canonical or row.source, row.source_name or row.source_text
    return Support(row.id, row.text, source, source_name, row.certainty, row.polarity, row.author_stance,
                   tuple(row.via_text or ()), row.document, title)


def _event_claims(event: Event, doc_claims: list) -> list:  # noqa: ANN001
    """The claims that mention the event: as extraction listed them, else those holding a mention."""
    listed = set(event.details.get("claims") or ())
    if listed:
        return [claim for claim in doc_claims if claim.id in listed]
    spans = [tuple(span) for span in event.mentions] or [(event.start, event.end)]
    return [claim for claim in doc_claims
            if any(claim.start_char <= start and end <= claim.end_char for start, end in spans)]


def _naming_claim(text: str | None, candidates: list) -> Any | None:  # noqa: ANN001
    """The narrowest of the event's claims naming `text` (in what it says or as its source)."""
    wanted = (text or "").casefold()
    if not wanted:
        return None
    best = None
    for claim in candidates:
        if wanted in claim.text.casefold() or wanted in (claim.source_text or "").casefold():
            rank = (claim.end_char - claim.start_char, claim.start_char, claim.id)
            if best is None or rank < best[0]:
                best = (rank, claim)
    return best[1] if best else None


def _add_event(graph: nx.MultiDiGraph, row, links: LinkMap, doc_claims: list) -> None:  # noqa: ANN001
    view = event_view(row, links)
    event = view.event
    if event.entity is None:
        return
    negated = view.support.polarity == "negative"
    main = evidence_of(view.support, negated=negated, publisher=row.publisher)
    candidates = _event_claims(event, doc_claims)

    def evidence_for(text: str | None) -> Evidence:
        claim = _naming_claim(text, candidates)
        if claim is None or claim.id == main.claim:
            return main
        support = _claim_support(claim, view.support.document_title)
        return evidence_of(support, negated=support.polarity == "negative", publisher=row.publisher)

    seen: set[tuple[str, str, str]] = set()
    for person in (*event.participants, *event.claimed_by):
        if not person.entity or person.entity == event.entity or (person.entity, person.role, person.text) in seen:
            continue
        seen.add((person.entity, person.role, person.text))
        if person.role in EVENT_TO_ROLE:
            u, v, predicate = event.entity, person.entity, EVENT_TO_ROLE[person.role]
        else:
            u, v, predicate = person.entity, event.entity, ROLE_PREDICATES.get(person.role, person.role)
        _link(graph, u, v, predicate, evidence_for(person.text), "event", role=person.role)
    places = {level: value for level, value in event.places.items() if value.get("entity")}
    if not places and event.place:
        places = {event.place_precision or "place": {"entity": event.place, "text": event.place_text}}
    for level, place in places.items():
        if place["entity"] != event.entity:
            _link(graph, event.entity, place["entity"], PLACE_PREDICATE, evidence_for(place.get("text")), "event",
                  role=level)
    graph.add_node(event.entity)
    graph.nodes[event.entity].setdefault("reports", []).append(EventReport(
        event=event.id, type=event.type, date=event.date, date_precision=event.date_precision,
        place=event.place, place_name=view.place_name, numbers=dict(event.numbers),
        claimants=tuple(dict.fromkeys(p.entity for p in event.claimed_by if p.entity)),
        claim_method=event.claim_method, relays=tuple(dict.fromkeys(p.text for p in event.relayed_by)),
        perpetrator_status=event.perpetrator_status, evidence=main,
    ))


def _add_nodes(graph: nx.MultiDiGraph, conn, links: LinkMap, *, everything: bool,  # noqa: ANN001
               extra: Iterable[str] = ()) -> None:
    columns = (canonical_entities.c.id, canonical_entities.c.name, canonical_entities.c.type,
               canonical_entities.c.aliases)
    if everything:
        batches: Iterable = [_stream(conn, select(*columns).where(canonical_entities.c.rejected.is_(False)))]
    else:
        wanted = sorted(set(graph.nodes) | {c for c in (links.get(i) for i in extra) if c})
        batches = (conn.execute(select(*columns).where(canonical_entities.c.id.in_(wanted[i : i + CHUNK])))
                   for i in range(0, len(wanted), CHUNK))
    for batch in batches:
        for row in batch:
            if links.get(row.id) == row.id:
                graph.add_node(row.id, name=row.name, type=row.type, aliases=tuple(row.aliases or ()))


def _finish(graph: nx.MultiDiGraph) -> None:
    """Each edge's evidence once per claim, in document order, and its strength."""
    for u, v, predicate, data in graph.edges(keys=True, data=True):
        items = data["evidence"]
        if predicate == RESPONSIBILITY:
            origin = f"{v}|{name_key(node_name(graph, u))}"
            items = [dataclasses.replace(item, origin=origin) for item in items]
        unique: dict[tuple, Evidence] = {}
        for item in items:
            unique.setdefault((item.document, item.claim or item.text, item.negated), item)
        evidence = sorted(unique.values(), key=lambda e: (e.document, e.claim or "", e.text, e.negated))
        data["evidence"] = evidence
        data["strength"] = strength(evidence)
        data["negated"] = all(e.negated for e in evidence)
        data["roles"] = tuple(sorted(data["roles"]))
        data["times"] = tuple(sorted(data["times"]))
        data["kinds"] = tuple(sorted(data["kinds"]))
        del data["relation_documents"]
    for node in graph.nodes:
        reports = graph.nodes[node].get("reports")
        if reports:
            reports.sort(key=lambda r: (r.evidence.document, r.event))
