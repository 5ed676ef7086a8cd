"""Finding relations and events, with the names and the claim (source, certainty) behind each."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, or_, select

from claimgraph.errors import NotFoundError
from claimgraph.model import AUTHOR, Event, Participant, Relation
from claimgraph.store.claim_queries import matching_entities
from claimgraph.store.db import chunks
from claimgraph.store.graph_rows import event_claims, events_involving, mentioning_claims, naming_claim
from claimgraph.store.known_entities import members_of
from claimgraph.store.links import LinkMap, link_and_entity
from claimgraph.store.rows import from_row
from claimgraph.store.tables import claims, documents, events, relations

STREAM_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class Support:
    """What a relation or event rests on: the claim stating it and who makes that claim."""

    claim: str | None
    text: str | None
    source: str | None  # entity id, "author" or None
    source_name: str | None
    certainty: str | None
    polarity: str | None
    author_stance: str | None
    via: tuple[str, ...]
    document: str
    document_title: str | None
    condition: str | None = None  # the clause the claim stands or falls with


@dataclass(frozen=True, slots=True)
class RelationView:
    relation: Relation
    subject_name: str
    object_name: str | None
    support: Support


@dataclass(frozen=True, slots=True)
class Voice:
    """Who says that one participant took part in an event, and how: the narrowest of the
    event's claims naming it (the event's own claim when none does)."""

    participant: Participant
    support: Support


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    name: str | None
    place_name: str | None
    support: Support
    voices: tuple[Voice, ...] = ()  # one for each participant and claimant, in order


# Names and ids come from the canonical entity each stored id links to.
_subject_link, _subject = link_and_entity("subject")
_object_link, _object = link_and_entity("object")
_source_link, _source = link_and_entity("source")


def _support(row) -> Support:  # noqa: ANN001
    if row.claim_id is None:
        # Stated outside any claim: in a quotation's introduction or a caption, which is the
        # writer's own text ("CIA director John Brennan warned that ...").
        return Support(None, None, AUTHOR, AUTHOR, "certain", "positive", "neutral", (), row.document, row.title)
    source_name = AUTHOR if row.claim_source == AUTHOR else (row.source_name or row.claim_source_text)
    return Support(
        claim=row.claim_id,
        text=row.claim_text,
        source=row.claim_source if row.claim_source in (None, AUTHOR) else row.source_canonical,
        source_name=source_name,
        certainty=row.certainty,
        polarity=row.polarity,
        author_stance=row.author_stance,
        via=tuple(row.via_text or ()),
        document=row.document,
        document_title=row.title,
        condition=row.condition,
    )


def _claim_columns():  # noqa: ANN202
    return (
        claims.c.id.label("claim_id"),
        claims.c.text.label("claim_text"),
        claims.c.source.label("claim_source"),
        claims.c.source_text.label("claim_source_text"),
        _source.c.name.label("source_name"),
        _source_link.c.canonical.label("source_canonical"),
        claims.c.certainty,
        claims.c.polarity,
        claims.c.author_stance,
        claims.c.via_text,
        claims.c.condition,
        documents.c.title,
    )


def _entity_ids(engine: Engine, name: str) -> list[str]:
    ids = matching_entities(engine, name)
    if not ids:
        raise NotFoundError(f"no entity is named {name!r}: see `claimgraph entities`")
    return ids


def _relation_query(*, about: list[str] | None = None, predicate: str | None = None, document: str | None = None):  # noqa: ANN201
    query = (
        select(relations, _subject.c.name.label("subject_name"), _object.c.name.label("object_name"),
               _subject.c.id.label("subject_canonical"), _object.c.id.label("object_canonical"), *_claim_columns())
        .join(_subject_link, _subject_link.c.id == relations.c.subject)
        .join(_subject, _subject.c.id == _subject_link.c.canonical)
        .outerjoin(_object_link, _object_link.c.id == relations.c.object)
        .outerjoin(_object, _object.c.id == _object_link.c.canonical)
        .outerjoin(claims, claims.c.id == relations.c.claim)
        .outerjoin(_source_link, _source_link.c.id == claims.c.source)
        .outerjoin(_source, _source.c.id == _source_link.c.canonical)
        .join(documents, documents.c.id == relations.c.document)
        .where(_subject.c.rejected.is_(False), _object.c.rejected.is_not(True))  # rejected: not in the graph
    )
    if about is not None:
        query = query.where(or_(relations.c.subject.in_(about), relations.c.object.in_(about)))
    if predicate:
        query = query.where(relations.c.predicate == predicate)
    if document:
        query = query.where(relations.c.document == document)
    return query.order_by(relations.c.document, relations.c.start_char, relations.c.id)


def _relation(row, links: LinkMap | None = None) -> Relation:  # noqa: ANN001
    subject = row.subject_canonical if links is None else links.get(row.subject)
    obj = row.object_canonical if links is None else links.get(row.object)
    return from_row(Relation, row, subject=subject, object=obj)


def _relation_view(row) -> RelationView:  # noqa: ANN001
    return RelationView(_relation(row), row.subject_name, row.object_name, _support(row))


def find_relations(
    engine: Engine,
    *,
    about: str | None = None,
    predicate: str | None = None,
    document: str | None = None,
    limit: int | None = None,
) -> list[RelationView]:
    ids = _entity_ids(engine, about) if about else None
    query = _relation_query(about=ids, predicate=predicate, document=document)
    return _relation_views(engine, query.limit(limit) if limit else query)


def relations_with(engine: Engine, predicates: Iterable[str], *, subjects: Iterable[str] = (),
                   about: list[str] | None = None) -> list[RelationView]:
    """The relations with one of `predicates`, and every relation whose subject is one of
    `subjects` (stored ids), in document order; with `about`, of those the relations of which
    one of these stored ids is an end."""
    query = _relation_query(about=about)
    found = {v.relation.id: v for v in _relation_views(engine, query.where(relations.c.predicate.in_(sorted(predicates))))}
    for part in chunks(subjects):
        found.update((v.relation.id, v) for v in _relation_views(engine, query.where(relations.c.subject.in_(part))))
    return sorted(found.values(), key=lambda v: (v.relation.document, v.relation.start, v.relation.id))


def relation_documents(engine: Engine, ids: Iterable[str]) -> set[str]:
    """The documents of the relations of which one of these stored entity ids is an end."""
    query = _relation_query(about=sorted(ids)).with_only_columns(relations.c.document).order_by(None).distinct()
    with engine.connect() as conn:
        return set(conn.execute(query).scalars())


def relations_about(engine: Engine, canonical_ids: Iterable[str]) -> list[RelationView]:
    """The relations whose subject or object is one of these canonical entities."""
    return relations_naming(engine, linked_ids(engine, canonical_ids))


def _relation_views(engine: Engine, query) -> list[RelationView]:  # noqa: ANN001
    with engine.connect() as conn:
        return [_relation_view(row) for row in conn.execute(query)]


def linked_ids(engine: Engine, canonical_ids: Iterable[str]) -> list[str]:
    """Every id linked to these canonical entities (stored rows keep the ids the resolver gave)."""
    with engine.connect() as conn:
        return sorted({i for ids in members_of(conn, canonical_ids).values() for i in ids})


def _people(items, links: LinkMap) -> tuple[Participant, ...]:  # noqa: ANN001 - a JSON list
    if not items:  # most events have no claimant or relay: a store's worth of events is read at once
        return ()
    return tuple(from_row(Participant, item, entity=links.get(item.get("entity"))) for item in items)


def event_ids(row) -> list[str | None]:  # noqa: ANN001 - an event row
    """Every entity id an event row names: event, place, participants, claimants, relays, places."""
    people = [*(row.participants or ()), *(row.claimed_by or ()), *(row.relayed_by or ())]
    places = [value.get("entity") for value in (row.places or {}).values()]
    return [row.entity, row.place, *(p.get("entity") for p in people), *places]


def _event(row, links: LinkMap) -> Event:  # noqa: ANN001
    return from_row(
        Event, row, entity=links.get(row.entity), place=links.get(row.place),
        participants=_people(row.participants, links), claimed_by=_people(row.claimed_by, links),
        relayed_by=_people(row.relayed_by, links),
        places={level: {**value, "entity": links.get(value.get("entity"))} for level, value in (row.places or {}).items()},
    )


_event_link, _event_entity = link_and_entity("event")
_place_link, _place = link_and_entity("place")


def _event_query(*, about: list[str] | None = None, type: str | None = None, document: str | None = None):  # noqa: ANN201
    query = (
        select(events, _event_entity.c.name.label("event_name"), _place.c.name.label("place_name"), *_claim_columns())
        .select_from(events_involving(about))
        .outerjoin(_event_link, _event_link.c.id == events.c.entity)
        .outerjoin(_event_entity, _event_entity.c.id == _event_link.c.canonical)
        .outerjoin(_place_link, _place_link.c.id == events.c.place)
        .outerjoin(_place, _place.c.id == _place_link.c.canonical)
        .outerjoin(claims, claims.c.id == events.c.claim)
        .outerjoin(_source_link, _source_link.c.id == claims.c.source)
        .outerjoin(_source, _source.c.id == _source_link.c.canonical)
        .join(documents, documents.c.id == events.c.document)
        .where(_event_entity.c.rejected.is_not(True))  # rejected: not in the graph
    )
    if type:
        query = query.where(events.c.type == type)
    if document:
        query = query.where(events.c.document == document)
    return query.order_by(events.c.date, events.c.document, events.c.start_char)


def _event_view(row, links: LinkMap, mentioning: dict[str, Any] | None) -> EventView:  # noqa: ANN001
    """An event row as readers see it; `links` maps its entity ids (`LinkMap.load`),
    `mentioning` holds the claims that mention it (`graph_rows.mentioning_claims`; None: no
    voices)."""
    place_name = row.place_name if links.get(row.place) else None
    event, main = _event(row, links), _support(row)
    if mentioning is None:
        return EventView(event, row.event_name, place_name, main)
    candidates = event_claims(row, mentioning)
    voices = []
    for person in {(p.role, p.text): p for p in (*event.participants, *event.claimed_by)}.values():
        claim = naming_claim(person.text, candidates, speaker=person.role == "claimant")
        voices.append(Voice(person, main if claim is None or claim.id == row.claim else _claim_support(claim, row)))
    return EventView(event, row.event_name, place_name, main, tuple(voices))


def _claim_support(claim, row) -> Support:  # noqa: ANN001 - a `mentioning_claims` row, its event row
    if claim.claim_source == AUTHOR:
        source, name = AUTHOR, AUTHOR
    elif claim.claim_source is not None and not claim.source_rejected:
        source, name = claim.source_canonical or claim.claim_source, claim.source_name or claim.source_text
    else:
        source, name = None, claim.source_text
    via = tuple(json.loads(claim.via_raw)) if claim.via_raw and claim.via_raw != "[]" else ()
    return Support(claim.id, claim.claim_text, source, name, claim.certainty, claim.polarity, claim.author_stance,
                   via, row.document, row.title, claim.condition)


def find_events(
    engine: Engine,
    *,
    about: str | None = None,
    type: str | None = None,
    document: str | None = None,
    limit: int | None = None,
    voices: bool = True,
) -> list[EventView]:
    """Events, with each participant's `voices` (the claim naming it) unless `voices` is False."""
    ids = _entity_ids(engine, about) if about else None
    query = _event_query(about=ids, type=type, document=document)
    return _event_views(engine, query.limit(limit) if limit else query, voices=voices)


def events_naming(engine: Engine, ids: Iterable[str], *, voices: bool = True) -> list[EventView]:
    """The events in which one of these stored entity ids (every id linked to an entity, as
    `matching_entities` gives) is the event, its place, a participant or a claimant."""
    return _event_views(engine, _event_query(about=sorted(ids)), voices=voices)


def events_with_ids(engine: Engine, ids: Iterable[str], *, voices: bool = True) -> list[EventView]:
    """The events with these ids (in no particular order)."""
    found: list[EventView] = []
    for part in chunks(ids):
        found += _event_views(engine, _event_query().where(events.c.id.in_(part)), voices=voices)
    return found


def relations_naming(engine: Engine, ids: Iterable[str]) -> list[RelationView]:
    """The relations whose subject or object is one of these stored entity ids."""
    return _relation_views(engine, _relation_query(about=sorted(ids)))


def events_about(engine: Engine, canonical_ids: Iterable[str]) -> list[EventView]:
    """The events in which one of these canonical entities is the event, its place, a
    participant or a claimant."""
    return events_naming(engine, linked_ids(engine, canonical_ids))


def _event_views(engine: Engine, query, *, voices: bool = True) -> list[EventView]:  # noqa: ANN001
    with engine.connect() as conn:
        rows = conn.execute(query).all()
        links = LinkMap.load(conn, [i for row in rows for i in event_ids(row)])
        mentioning = mentioning_claims(conn, rows) if voices else None
    return [_event_view(row, links, mentioning) for row in rows]


def iter_relations(engine: Engine) -> Iterator[Relation]:
    query = select(relations).order_by(relations.c.document, relations.c.start_char, relations.c.id)
    links = LinkMap.everything(engine)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=STREAM_CHUNK).execute(query):
            relation = _relation(row, links)
            if relation.subject and (relation.object or row.object is None):  # rejected: left out
                yield relation


def iter_events(engine: Engine) -> Iterator[Event]:
    query = select(events).order_by(events.c.document, events.c.start_char, events.c.id)
    links = LinkMap.everything(engine)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=STREAM_CHUNK).execute(query):
            if row.entity is None or links.get(row.entity):  # rejected: left out
                yield _event(row, links)
