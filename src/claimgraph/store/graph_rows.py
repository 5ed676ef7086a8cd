"""The rows the evidence graph is built from (`analyze.graph.build_graph`), streamed.

Relations with an entity or a value (a year, a number) as object, and events with an Event entity, each with the claim
behind it: its text, source (as stored, its canonical id and name, and whether a user rejected
it), certainty, polarity, stance and relays (`via_raw`, the JSON text, parsed only when used);
and the document's title and publisher. Then the claims that mention a batch of events, and the
canonical entities that become the graph's nodes. Ids are as stored: the builder maps them to
canonical ids with a `LinkMap`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, FromClause, Row, Text, cast, or_, select

from claimgraph.store.db import chunks, read_json
from claimgraph.store.links import link_and_entity
from claimgraph.store.resolution_tables import canonical_entities, entity_links
from claimgraph.store.tables import claims, documents, event_entities, events, relations

STREAM_CHUNK = 2000

_source_link, _source = link_and_entity("source")


def events_involving(ids: list[str] | None) -> FromClause:
    """The events table, or with `ids` the event rows whose event, place, a participant or a
    claimant is one of these entity ids: a join from `event_entities` (which indexes the JSON
    lists), so that the database starts from the entities' events, not from every event."""
    if ids is None:
        return events
    found = select(event_entities.c.event).where(event_entities.c.entity.in_(ids)).distinct().subquery("involving")
    return found.join(events, events.c.id == found.c.event)


def _claim_columns() -> tuple:
    return (claims.c.text.label("claim_text"), claims.c.source.label("claim_source"), claims.c.source_text,
            claims.c.certainty, claims.c.polarity, claims.c.author_stance, claims.c.condition,
            cast(claims.c.via_text, Text).label("via_raw"), _source_link.c.canonical.label("source_canonical"),
            _source.c.name.label("source_name"), _source.c.rejected.label("source_rejected"))


def _with_sources(query):  # noqa: ANN001, ANN202
    return (query.outerjoin(_source_link, _source_link.c.id == claims.c.source)
            .outerjoin(_source, _source.c.id == _source_link.c.canonical))


def _relation_query(ids: list[str] | None):  # noqa: ANN202
    r = relations.c
    query = _with_sources(
        select(r.document, r.claim, r.subject, r.predicate, r.object, r.object_literal, r.role, r.time, r.negated,
               *_claim_columns(), documents.c.title, documents.c.publisher)
        .select_from(relations).outerjoin(claims, claims.c.id == r.claim),
    ).join(documents, documents.c.id == r.document).where(or_(r.object.is_not(None), r.object_literal.is_not(None)))
    if ids is not None:
        query = query.where(or_(r.subject.in_(ids), r.object.in_(ids)))
    return query


def _links_something():  # noqa: ANN202
    """An event row that names an entity besides its event (a participant, claimant or place)."""
    e, involved = events.c, event_entities.alias("involved")
    other = select(involved.c.event).where(involved.c.event == e.id, involved.c.entity != e.entity)
    return or_(other.exists(), cast(e.places, Text) != "{}")


def _event_query(ids: list[str] | None, linking: bool, own: bool):  # noqa: ANN202
    e = events.c
    query = _with_sources(
        select(e.id, e.document, e.entity, e.type, e.claim, e.start_char, e.end_char, e.date, e.date_precision,
               e.place, e.place_text, e.place_precision, e.numbers, e.participants, e.claimed_by, e.claim_method,
               e.relayed_by, e.perpetrator_status, e.mentions, e.places, e.details, *_claim_columns(),
               documents.c.title, documents.c.publisher)
        .select_from(events if own else events_involving(ids)).outerjoin(claims, claims.c.id == e.claim),
    ).join(documents, documents.c.id == e.document).where(e.entity.in_(ids) if own else e.entity.is_not(None))
    return query.where(_links_something()) if linking else query


def _stream(conn: Connection, query) -> Iterator[Row]:  # noqa: ANN001
    yield from conn.execution_options(yield_per=STREAM_CHUNK).execute(query)


def relation_rows(conn: Connection, ids: list[str] | None = None) -> Iterator[Row]:
    """Relations to an entity or a value, each with its claim; with `ids`, those of which one is
    an end."""
    return _stream(conn, _relation_query(ids))


def event_rows(conn: Connection, ids: list[str] | None = None, *, linking: bool = False,
               own: bool = False) -> Iterator[Row]:
    """Events with an Event entity, each with its claim; with `ids`, those in which one is the
    event, its place, a participant or a claimant, or (`own`) only those of which one is the
    event; when `linking`, only those naming an entity besides their event."""
    return _stream(conn, _event_query(ids, linking, own and ids is not None))


def with_their_events(conn: Connection, ids: list[str]) -> list[str]:
    """These ids and those of the events they take part in (every id linked to each event)."""
    events_of = select(events.c.entity).select_from(events_involving(ids)).where(events.c.entity.is_not(None))
    canonical = select(entity_links.c.canonical).where(entity_links.c.id.in_(events_of))
    members = select(entity_links.c.id).where(entity_links.c.canonical.in_(canonical))
    return sorted(set(ids) | set(conn.execute(members).scalars()) | set(conn.execute(events_of).scalars()))


def linked_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    """The entity ids (as stored) that a relation or an event row links to one of these ids: a
    relation's other end; for an event entity, what its rows involve (`event_entities`) and the
    places they list; for a participant, claimant or place, the event entity. Read through indexes."""
    wanted = set(ids)
    found: set[str] = set()
    r, e = relations.c, events.c
    for part in chunks(wanted):
        pairs = select(r.subject, r.object).where(or_(r.subject.in_(part), r.object.in_(part))).distinct()
        for subject, obj in conn.execute(pairs):
            found.update((subject, obj) if obj is not None else ())
        rows = conn.execute(select(e.id, e.entity, e.places).select_from(events_involving(part))).all()
        found.update(row.entity for row in rows if row.entity is not None)
        own = [row for row in rows if row.entity in wanted]  # the rows of these events
        found.update(value.get("entity") for row in own for value in (row.places or {}).values())
        for events_part in chunks(row.id for row in own):
            found.update(conn.execute(select(event_entities.c.entity).where(event_entities.c.event.in_(events_part)))
                         .scalars())
    return {ident for ident in found if ident} - wanted


def placing_events(conn: Connection) -> dict[str, set[str]]:
    """By entity id (as stored), the Event entities whose rows list it among their places (JSON):
    links that `event_entities` does not index, such as a country given beside the city an
    event is at. One read of the events with places."""
    places = cast(events.c.places, Text)
    found: dict[str, set[str]] = {}
    for entity, listed in conn.execute(select(events.c.entity, places).where(places != "{}", events.c.entity.is_not(None))):
        for value in read_json(listed).values():
            if value.get("entity"):
                found.setdefault(value["entity"], set()).add(entity)
    return found


def mentioning_claims(conn: Connection, rows: list[Row]) -> dict[str, Row]:
    """By id, the claims that mention these event rows (those an event lists, else all of its
    document), with their offsets and the columns of an event row's claim."""
    listed = {c for row in rows for c in (row.details or {}).get("claims") or ()}
    unlisted = {row.document for row in rows if not (row.details or {}).get("claims")}
    found: dict[str, Row] = {}
    for column, wanted in ((claims.c.id, listed), (claims.c.document, unlisted)):
        for part in chunks(wanted):
            query = _with_sources(select(claims.c.id, claims.c.document, claims.c.start_char, claims.c.end_char,
                                         *_claim_columns()))
            for row in conn.execute(query.where(column.in_(part))):
                found[row.id] = row
    return found


def entity_rows(conn: Connection, ids: Iterable[str] | None = None) -> Iterator[Row]:
    """Canonical entities (id, name, type, aliases): every one not rejected, streamed, or those
    with these ids."""
    columns = (canonical_entities.c.id, canonical_entities.c.name, canonical_entities.c.type,
               canonical_entities.c.aliases)
    if ids is None:
        yield from _stream(conn, select(*columns).where(canonical_entities.c.rejected.is_(False)))
        return
    for part in chunks(ids):
        yield from conn.execute(select(*columns).where(canonical_entities.c.id.in_(part)))


def event_claims(row, mentioning: dict[str, Row]) -> list[Row]:  # noqa: ANN001 - an event row
    """The claims of `mentioning` (`mentioning_claims`) that mention this event: those it
    lists, else those of its document holding one of its mentions."""
    listed = (row.details or {}).get("claims")
    if listed:
        return [mentioning[c] for c in listed if c in mentioning]
    spans = [tuple(s) for s in row.mentions or ()] or [(row.start_char, row.end_char)]
    return [c for c in mentioning.values() if c.document == row.document
            and any(c.start_char <= a and b <= c.end_char for a, b in spans)]


def naming_claim(text: str | None, candidates: list, *, speaker: bool = False) -> Any | None:  # noqa: ANN001
    """The narrowest of an event's claims naming `text` in what it says, else as its source;
    as its source first when `speaker` (a claimant: the claim is its own)."""
    wanted = (text or "").casefold()
    best = None
    for claim in candidates if wanted else ():
        said = wanted in (claim.claim_text or "").casefold()
        sourced = wanted in (claim.source_text or "").casefold()
        if said or sourced:
            rank = (not (sourced if speaker else said), claim.end_char - claim.start_char, claim.start_char, claim.id)
            if best is None or rank < best[0]:
                best = (rank, claim)
    return best[1] if best else None
