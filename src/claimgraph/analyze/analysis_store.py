"""What the contradiction checks read, loaded once: only what can take part in a contradiction.

`AnalysisStore(engine)` reads event outlines and negative claims first, chooses from them
(`analyze.candidates`), then reads in full: the events of the incidents that may conflict and the
relations the checks read (canonical ids, with the claim behind each); the claims of those
events and the denials that follow them, the claims authors dispute and their targets;
publishers; and, for the documents with disputes, their texts and the entities named there.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Row

from claimgraph.analyze.candidates import (
    Mentioned,
    asserted_events,
    checked_predicates,
    first_events,
    follows,
    held_events,
    loose_denials,
    may_conflict,
    mentioned,
    outline_ids,
    outline_views,
    sharing_entity,
)
from claimgraph.analyze.data import load_data
from claimgraph.analyze.evidence import Evidence
from claimgraph.analyze.facts import support_evidence
from claimgraph.analyze.incidents import incidents, row_evidence
from claimgraph.store.claim_queries import claims_with_sources
from claimgraph.store.contradiction_rows import (
    claim_ends,
    disputing_claim_ids,
    document_texts,
    event_claims,
    event_mentions,
    event_outlines,
    groupable_outlines,
    mixed_relation_keys,
    negative_claims,
    outlines_with_ids,
)
from claimgraph.store.graph_queries import (
    EventView,
    RelationView,
    events_with_ids,
    linked_ids,
    relation_documents,
    relations_with,
)
from claimgraph.store.graph_rows import with_their_events
from claimgraph.store.links import LinkMap
from claimgraph.store.reader import document_mentions, document_publishers


@dataclass
class Chosen:
    """The events the checks read in full (`ids`), every event's place in the order the checks
    read events (`order`), and the denials naming no event that follow each event (`following`)."""

    ids: set[str]
    order: dict[str, int]
    following: dict[str, list[str]]


class AnalysisStore:
    """Events, relations and the claims the checks need, read once from the store."""

    def __init__(self, engine: Engine, *, about: list[str] | None = None) -> None:
        """`about`: only what the checks of these stored entity ids need (`matching_entities`):
        their relations, the events naming them or their events, and every event at the places
        of those (where another report of the same incident may be)."""
        with engine.connect() as conn:
            chosen = choose_events(engine, conn, about)
            mixed = mixed_relation_keys(conn, about)
            disputing = disputing_claim_ids(conn)
        self.following = chosen.following
        self.events: list[EventView] = sorted(events_with_ids(engine, chosen.ids, voices=False),
                                              key=lambda v: chosen.order[v.event.id])
        self.relations: list[RelationView] = _checked_relations(engine, mixed, about)
        self.claims = claims_with_sources(engine, disputing | _claims_of(self.events, self.following))
        documents = {v.support.document for v in self.events} | {v.support.document for v in self.relations}
        self.publisher = document_publishers(engine, documents)
        disputed = {r.document for r in self.claims.values() if r.author_stance == "disputes"}
        with engine.connect() as conn:
            self.texts = document_texts(conn, disputed)
        self.mentions = {doc: document_mentions(engine, doc) for doc in sorted(disputed)}

    def named_in(self, row) -> list[str]:  # noqa: ANN001 - a claim row of a document with disputes
        """Canonical ids of the entities named inside claim `row`."""
        return [m.entity for m in self.mentions.get(row.document, ())
                if m.entity and row.start_char <= m.start and m.end <= row.end_char]

    def evidence(self, claim: str | None, view: EventView | RelationView, negated: bool = False) -> Evidence:
        """The claim `claim` as Evidence, else the claim that states `view`."""
        row = self.claims.get(claim) if claim else None
        if row is not None:
            return row_evidence(row, negated=negated)
        return support_evidence(view.support, self.publisher, negated=negated)


def choose_events(engine: Engine, conn: Connection, about: list[str] | None) -> Chosen:
    """The events of the incidents that may conflict (see `analyze.candidates`), among every
    event or (`about`) those that the checks of these stored ids read."""
    once = load_data("contradictions.yaml").get("once_per_participant") or {}
    documents = None if about is None else _documents_about(engine, conn, about)
    events = mentioned(_in_event_order(event_mentions(conn, documents), about))
    negatives = negative_claims(conn, documents)
    following = following_denials(conn, events, negatives)
    denied = held_events(events, negatives) | set(following)
    negative = {r.id for r in negatives}
    rows = groupable_outlines(conn, once, documents)
    shared = sharing_entity(events) - {row.id for row in rows}
    alone = event_claims(conn, denied - shared - {row.id for row in rows})  # no other event in their incident
    rows += outlines_with_ids(conn, shared | asserted_events(alone, negative))
    outlines = outline_views(rows, LinkMap.load(conn, outline_ids(rows, once)))
    order = {m.event: i for i, m in enumerate(events)}
    outlines.sort(key=lambda v: order[v.event.id])
    ids = {v.event.id for group in incidents(outlines) if may_conflict(group, denied, negative) for v in group}
    return Chosen(ids, order, following)


def _checked_relations(engine: Engine, mixed: set[tuple[str, str]], about: list[str] | None) -> list[RelationView]:
    """The relations a check reads, and those of a subject and predicate in `mixed` (stated
    both negated and not), in document order."""
    checked = checked_predicates()
    subjects = linked_ids(engine, {s for s, _ in mixed})
    return [v for v in relations_with(engine, checked, subjects=subjects, about=about)
            if v.relation.predicate in checked or (v.relation.subject, v.relation.predicate) in mixed]


def _claims_of(events: list[EventView], following: dict[str, list[str]]) -> set[str | None]:
    """The ids of the claims these events rest on (stating them, listed, stating a count) and of
    the denials that follow them."""
    ids: set[str | None] = {i for found in following.values() for i in found}
    for v in events:
        ids |= {v.support.claim, *(v.event.details.get("claims") or ())}
        ids |= {s.get("claim") for s in v.event.details.get("numbers_stated") or ()}
    return ids


def _documents_about(engine: Engine, conn: Connection, about: list[str]) -> set[str]:
    """The documents of the events naming these ids or their events, of the events at the
    places of those (where another report of the same incident may be), and of the ids'
    relations (a denial that names no event is read against the events of its own document)."""
    once = load_data("contradictions.yaml").get("once_per_participant") or {}
    rows = event_outlines(conn, with_their_events(conn, about))
    found = outline_views(rows, LinkMap.load(conn, outline_ids(rows, once)))
    places = {p for v in found for p in (v.event.place, *(x.get("entity") for x in v.event.places.values())) if p}
    documents = {v.event.document for v in found} | relation_documents(engine, about)
    if places:
        documents |= {row.document for row in event_outlines(conn, linked_ids(engine, places))}
    return documents


def _in_event_order(rows: list[Row], about: list[str] | None) -> list[Row]:
    """Rows of every event in the order the checks read events: the store's (`find_events`),
    or with `about` by date (none first), document and start."""
    return rows if about is None else sorted(rows, key=lambda r: (r.date or "", r.document, r.start_char))


def following_denials(conn: Connection, events: list[Mentioned], negatives: list[Row]) -> dict[str, list[str]]:
    """By event id: the denials naming no event that follow the claim stating it, in its
    paragraph (for the first event its claim states)."""
    loose = loose_denials(events, negatives)
    firsts = [m for m in first_events(events) if loose.get(m.document)]
    ends = claim_ends(conn, {m.claim for m in firsts if m.claim})
    texts = document_texts(conn, {m.document for m in firsts})
    following: dict[str, list[str]] = {}
    for m in firsts:
        before = ends.get(m.claim or "")
        found = [r.id for r in loose[m.document] if before is not None and before.document == r.document
                 and follows(texts.get(r.document, ""), before.end_char, r)]
        if found:
            following[m.event] = found
    return following
