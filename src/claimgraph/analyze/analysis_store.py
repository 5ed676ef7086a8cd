"""What the contradiction checks read, loaded once: only what can take part in a contradiction.

`AnalysisStore(engine)` reads event outlines and negative claims first, chooses from them
(`analyze.candidates`), then reads in full: the events of the incidents that may conflict and the
relations the checks read (canonical ids, with the claim behind each); the claims of those
events and the denials that follow them, the claims authors dispute and their targets;
publishers; and, for the documents with disputes, their texts and the entities named there.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, Engine, Row

from claimgraph.analyze.candidates import (
    checked_predicates,
    first_events,
    follows,
    loose_denials,
    may_conflict,
    outline_ids,
    outline_views,
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
    event_outlines,
    mixed_relation_keys,
    negative_claims,
    outlines_in,
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


class AnalysisStore:
    """Events, relations and the claims the checks need, read once from the store."""

    def __init__(self, engine: Engine, *, about: list[str] | None = None) -> None:
        """`about`: only what the checks of these stored entity ids need (`matching_entities`):
        their relations, the events naming them or their events, and every event at the places
        of those (where another report of the same incident may be)."""
        with engine.connect() as conn:
            outlines = _outlines(engine, conn, about)
            negatives = negative_claims(conn, None if about is None else {v.event.document for v in outlines})
            following = _following_denials(conn, outlines, negatives)
            mixed = mixed_relation_keys(conn, about)
        by_document: dict[str, list[Row]] = defaultdict(list)
        for r in negatives:
            by_document[r.document].append(r)
        order = {v.event.id: i for i, v in enumerate(outlines)}
        wanted = {v.event.id for group in incidents(outlines) if may_conflict(group, by_document, following)
                  for v in group}
        self.events: list[EventView] = sorted(events_with_ids(engine, wanted, voices=False),
                                              key=lambda v: order[v.event.id])
        self.following = following
        checked = checked_predicates()
        self.relations: list[RelationView] = [
            v for v in relations_with(engine, checked, subjects=linked_ids(engine, {s for s, _ in mixed}), about=about)
            if v.relation.predicate in checked or (v.relation.subject, v.relation.predicate) in mixed]
        ids = {v.support.claim for v in self.events}
        for v in self.events:
            ids |= set(v.event.details.get("claims") or ())
            ids |= {s.get("claim") for s in v.event.details.get("numbers_stated") or ()}
        with engine.connect() as conn:
            ids |= disputing_claim_ids(conn)
        ids |= {i for found in following.values() for i in found}
        self.claims = claims_with_sources(engine, ids)
        self.publisher = document_publishers(engine, {v.support.document for v in (*self.events, *self.relations)})
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


def _outlines(engine: Engine, conn: Connection, about: list[str] | None) -> list[EventView]:
    """Every event's outline; with `about`, those of the events naming these ids or their
    events, at the places of those, and in the documents of those and of the ids' relations (a
    denial that names no event is read against the events of its own document)."""
    if about is None:
        return _views(conn, event_outlines(conn))
    found = _views(conn, event_outlines(conn, with_their_events(conn, about)))
    places = {p for v in found for p in (v.event.place, *(x.get("entity") for x in v.event.places.values())) if p}
    places = set(linked_ids(engine, places))
    found += _views(conn, event_outlines(conn, sorted(places))) if places else []
    documents = {v.event.document for v in found} | relation_documents(engine, about)
    found += _views(conn, outlines_in(conn, documents))
    return sorted({v.event.id: v for v in found}.values(),
                  key=lambda v: (v.event.date or "", v.event.document, v.event.start))


def _views(conn: Connection, rows: list[Row]) -> list[EventView]:
    once = load_data("contradictions.yaml").get("once_per_participant") or {}
    return outline_views(rows, LinkMap.load(conn, outline_ids(rows, once)))


def _following_denials(conn: Connection, outlines: list[EventView], negatives: list[Row]) -> dict[str, list[str]]:
    """By event id: the denials naming no event that follow the claim stating it, in its
    paragraph (for the first event its claim states)."""
    loose = loose_denials(outlines, negatives)
    firsts = [v for v in first_events(outlines) if loose.get(v.event.document)]
    ends = claim_ends(conn, {v.support.claim for v in firsts if v.support.claim})
    texts = document_texts(conn, {v.event.document for v in firsts})
    following: dict[str, list[str]] = {}
    for v in firsts:
        before = ends.get(v.support.claim or "")
        found = [r.id for r in loose[v.event.document] if before is not None and before.document == r.document
                 and follows(texts.get(r.document, ""), before.end_char, r)]
        if found:
            following[v.event.id] = found
    return following
