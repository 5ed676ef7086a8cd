"""The narrow rows from which `analyze.candidates` chooses what the contradiction checks read in
full: a store's worth of them is read at once, so each reads only the columns it needs, with
JSON as text (decoded only where read).

- `event_mentions`: where every event is mentioned, with its claim and Event entity, in the
  order `find_events` reads events;
- `groupable_outlines`, `outlines_with_ids`, `event_outlines`: events as the grouping into
  incidents reads them (canonical event and place ids, the place's name, the support claim).
- `negative_claims`: the negative claims of some documents (or of all), with spans and cues.
- `claim_ends`, `document_texts`: where claims end, and the texts denials are read in.
- `mixed_relation_keys`: subject and predicate of the relations stated both negated and not.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Row, Select, Text, cast, func, or_, select

from claimgraph.store.db import chunks
from claimgraph.store.links import link_and_entity
from claimgraph.store.tables import claims, documents, event_entities, events, relations

OUTLINE_JSON = ("numbers", "participants", "places", "details")
LOCAL_LEVELS = ("facility", "city")
NO_COUNTS = '"numbers_stated": []'  # as the store writes the details of an event that states no count
EVENT_ORDER = (events.c.date, events.c.document, events.c.start_char)

_event_link, _event_entity = link_and_entity("event")
_place_link, _place = link_and_entity("place")
_subject_link, _subject = link_and_entity("subject")


def outline_query() -> Select:
    """Event outlines (see the module's docstring)."""
    e = events.c
    return (
        select(e.id, e.document, e.type, e.start_char, e.end_char, e.claim, e.date, e.place_text,
               e.place_precision, _event_canonical().label("entity"),
               e.place.label("stored_place"), _place_link.c.canonical.label("place_canonical"),
               _place.c.name.label("place_name"), _place.c.rejected.label("place_rejected"),
               *(cast(e[name], Text).label(name) for name in OUTLINE_JSON))
        .select_from(events)
        .outerjoin(_event_link, _event_link.c.id == e.entity)
        .outerjoin(_event_entity, _event_entity.c.id == _event_link.c.canonical)
        .outerjoin(_place_link, _place_link.c.id == e.place)
        .outerjoin(_place, _place.c.id == _place_link.c.canonical)
        .where(_event_entity.c.rejected.is_not(True))  # rejected: not in the graph
    )


def _event_canonical():  # noqa: ANN202 - a column expression
    return func.coalesce(_event_link.c.canonical, events.c.entity)


def groupable_outlines(conn: Connection, once: Iterable[str], documents: Iterable[str] | None = None) -> list[Row]:
    """The outlines of the events that may share an incident by place or participant (at a
    facility or city, or of a type in `once`) or that state counts: of every document, or of
    these."""
    e = events.c
    places = cast(e.places, Text)
    query = outline_query().where(or_(
        e.place_precision.in_(LOCAL_LEVELS), *(places.contains(f'"{level}"') for level in LOCAL_LEVELS),
        e.type.in_(sorted(once)), ~cast(e.details, Text).contains(NO_COUNTS, autoescape=True)))
    if documents is None:
        return list(conn.execute(query))
    found: list[Row] = []
    for part in chunks(documents):
        found += conn.execute(query.where(e.document.in_(part)))
    return found


def outlines_with_ids(conn: Connection, ids: Iterable[str]) -> list[Row]:
    """The outlines of the events with these ids."""
    found: list[Row] = []
    for part in chunks(ids):
        found += conn.execute(outline_query().where(events.c.id.in_(part)))
    return found


def event_claims(conn: Connection, ids: Iterable[str]) -> list[Row]:
    """Id, claim and details (JSON text, which lists its other claims) of these events."""
    found: list[Row] = []
    for part in chunks(ids):
        found += conn.execute(select(events.c.id, events.c.claim, cast(events.c.details, Text).label("details"))
                              .where(events.c.id.in_(part)))
    return found


def event_outlines(conn: Connection, about: list[str]) -> list[Row]:
    """The outlines of the events naming these stored ids (as event, place, participant or
    claimant)."""
    found = select(event_entities.c.event).where(event_entities.c.entity.in_(about)).distinct()
    return list(conn.execute(outline_query().where(events.c.id.in_(found)).order_by(*EVENT_ORDER)))


def event_mentions(conn: Connection, documents: Iterable[str] | None = None) -> list[Row]:
    """Id, document, trigger, claim, canonical Event entity and mentions (JSON text) of every
    event not rejected, in event order (as `find_events`): of every document, or of these (document chunk by chunk)."""
    e = events.c
    query = (select(e.id, e.document, e.start_char, e.end_char, e.claim, e.date, _event_canonical().label("entity"),
                    cast(e.mentions, Text).label("mentions"))
             .outerjoin(_event_link, _event_link.c.id == e.entity)
             .outerjoin(_event_entity, _event_entity.c.id == _event_link.c.canonical)
             .where(_event_entity.c.rejected.is_not(True)).order_by(*EVENT_ORDER))
    if documents is None:
        return list(conn.execute(query))
    found: list[Row] = []
    for part in chunks(documents):
        found += conn.execute(query.where(e.document.in_(part)))
    return found


def negative_claims(conn: Connection, documents: Iterable[str] | None = None) -> list[Row]:
    """Id, document, span and polarity cues (JSON text) of the negative claims, by id: of
    every document, or of these."""
    query = (select(claims.c.id, claims.c.document, claims.c.start_char, claims.c.end_char,
                    cast(claims.c.polarity_cues, Text).label("polarity_cues"))
             .where(claims.c.polarity == "negative"))
    parts = [query] if documents is None else [query.where(claims.c.document.in_(part)) for part in chunks(documents)]
    # Sorted here, not by the database: ordered by id, SQLite walks the claims in key order, a
    # page read for nearly every row (3 times the time of reading the table through).
    return sorted((row for part in parts for row in conn.execute(part)), key=lambda row: row.id)


def claim_ends(conn: Connection, ids: Iterable[str]) -> dict[str, Row]:
    """Document and end of each claim among `ids`, by id."""
    found: dict[str, Row] = {}
    for part in chunks(ids):
        query = select(claims.c.id, claims.c.document, claims.c.end_char).where(claims.c.id.in_(part))
        found.update((row.id, row) for row in conn.execute(query))
    return found


def document_texts(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The text of each document among `ids`, by id."""
    found: dict[str, str] = {}
    for part in chunks(ids):
        found.update(conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id.in_(part))).all())
    return found


def disputing_claim_ids(conn: Connection) -> set[str]:
    """Ids of the claims an author disputes, and of the claims they target."""
    rows = conn.execute(select(claims.c.id, claims.c.stance_target).where(claims.c.author_stance == "disputes"))
    return {i for row in rows for i in row if i}


def mixed_relation_keys(conn: Connection, about: list[str] | None = None) -> set[tuple[str, str]]:
    """(canonical subject, predicate) of the relations stated both negated and not; with
    `about`, among the relations of which one of these stored ids is an end."""
    subject = func.coalesce(_subject_link.c.canonical, relations.c.subject)
    query = (select(subject, relations.c.predicate).select_from(relations)
             .outerjoin(_subject_link, _subject_link.c.id == relations.c.subject)
             .group_by(subject, relations.c.predicate)
             .having(func.count(relations.c.negated.distinct()) > 1))
    if about is not None:
        query = query.where(or_(relations.c.subject.in_(about), relations.c.object.in_(about)))
    return {(s, p) for s, p in conn.execute(query)}
