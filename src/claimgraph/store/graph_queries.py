"""Finding relations and events, with the names and the claim (source, certainty) behind each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, Text, cast, or_, select
from sqlalchemy.orm import aliased

from claimgraph.errors import NotFoundError
from claimgraph.model import AUTHOR, Event, Participant, Relation
from claimgraph.store.claim_queries import matching_entities
from claimgraph.store.tables import claims, documents, entities, events, relations

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


@dataclass(frozen=True, slots=True)
class RelationView:
    relation: Relation
    subject_name: str
    object_name: str | None
    support: Support


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    name: str | None
    place_name: str | None
    support: Support


_subject = aliased(entities, name="subject_entity")
_object = aliased(entities, name="object_entity")
_source = aliased(entities, name="source_entity")


def _support(row) -> Support:  # noqa: ANN001
    source_name = AUTHOR if row.claim_source == AUTHOR else (row.source_name or row.claim_source_text)
    return Support(
        claim=row.claim_id,
        text=row.claim_text,
        source=row.claim_source,
        source_name=source_name,
        certainty=row.certainty,
        polarity=row.polarity,
        author_stance=row.author_stance,
        via=tuple(row.via_text or ()),
        document=row.document,
        document_title=row.title,
    )


def _claim_columns():  # noqa: ANN202
    return (
        claims.c.id.label("claim_id"),
        claims.c.text.label("claim_text"),
        claims.c.source.label("claim_source"),
        claims.c.source_text.label("claim_source_text"),
        _source.c.name.label("source_name"),
        claims.c.certainty,
        claims.c.polarity,
        claims.c.author_stance,
        claims.c.via_text,
        documents.c.title,
    )


def _entity_ids(engine: Engine, name: str) -> list[str]:
    ids = matching_entities(engine, name)
    if not ids:
        raise NotFoundError(f"no entity is named {name!r}: see `claimgraph entities`")
    return ids


def relation_query(*, about: list[str] | None = None, predicate: str | None = None, document: str | None = None):  # noqa: ANN201
    query = (
        select(relations, _subject.c.name.label("subject_name"), _object.c.name.label("object_name"), *_claim_columns())
        .join(_subject, _subject.c.id == relations.c.subject)
        .outerjoin(_object, _object.c.id == relations.c.object)
        .outerjoin(claims, claims.c.id == relations.c.claim)
        .outerjoin(_source, _source.c.id == claims.c.source)
        .join(documents, documents.c.id == relations.c.document)
    )
    if about is not None:
        query = query.where(or_(relations.c.subject.in_(about), relations.c.object.in_(about)))
    if predicate:
        query = query.where(relations.c.predicate == predicate)
    if document:
        query = query.where(relations.c.document == document)
    return query.order_by(relations.c.document, relations.c.start_char, relations.c.id)


def _relation(row) -> Relation:  # noqa: ANN001
    return Relation(
        id=row.id, document=row.document, claim=row.claim, subject=row.subject, predicate=row.predicate,
        object=row.object, object_literal=row.object_literal, role=row.role, time=row.time,
        time_kind=row.time_kind, negated=row.negated, start=row.start_char, end=row.end_char,
        subject_text=row.subject_text, object_text=row.object_text,
    )


def relation_view(row) -> RelationView:  # noqa: ANN001
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
    query = relation_query(about=ids, predicate=predicate, document=document)
    if limit:
        query = query.limit(limit)
    with engine.connect() as conn:
        return [relation_view(row) for row in conn.execute(query)]


def _people(items) -> tuple[Participant, ...]:  # noqa: ANN001
    return tuple(Participant(role=i.get("role", ""), text=i.get("text", ""), entity=i.get("entity")) for i in items or ())


def _event(row) -> Event:  # noqa: ANN001
    return Event(
        id=row.id, document=row.document, type=row.type, start=row.start_char, end=row.end_char,
        text=row.text, entity=row.entity, claim=row.claim, date=row.date, date_precision=row.date_precision,
        place=row.place, place_text=row.place_text, place_precision=row.place_precision,
        numbers=row.numbers or {}, participants=_people(row.participants), claimed_by=_people(row.claimed_by),
        claim_method=row.claim_method, relayed_by=_people(row.relayed_by),
        perpetrator_status=row.perpetrator_status, mentions=tuple(tuple(m) for m in row.mentions or ()),
    )


_event_entity = aliased(entities, name="event_entity")
_place = aliased(entities, name="place_entity")


def event_query(*, about: list[str] | None = None, type: str | None = None, document: str | None = None):  # noqa: ANN201
    query = (
        select(events, _event_entity.c.name.label("event_name"), _place.c.name.label("place_name"), *_claim_columns())
        .outerjoin(_event_entity, _event_entity.c.id == events.c.entity)
        .outerjoin(_place, _place.c.id == events.c.place)
        .outerjoin(claims, claims.c.id == events.c.claim)
        .outerjoin(_source, _source.c.id == claims.c.source)
        .join(documents, documents.c.id == events.c.document)
    )
    if about is not None:
        # Participants are JSON lists; entity ids are hex, so a text match on the quoted id is exact.
        matches = [events.c.entity.in_(about), events.c.place.in_(about)]
        for ident in about:
            for column in (events.c.participants, events.c.claimed_by):
                matches.append(cast(column, Text).contains(json.dumps(ident), autoescape=True))
        query = query.where(or_(*matches))
    if type:
        query = query.where(events.c.type == type)
    if document:
        query = query.where(events.c.document == document)
    return query.order_by(events.c.date, events.c.document, events.c.start_char)


def event_view(row) -> EventView:  # noqa: ANN001
    return EventView(_event(row), row.event_name, row.place_name, _support(row))


def find_events(
    engine: Engine,
    *,
    about: str | None = None,
    type: str | None = None,
    document: str | None = None,
    limit: int | None = None,
) -> list[EventView]:
    ids = _entity_ids(engine, about) if about else None
    query = event_query(about=ids, type=type, document=document)
    if limit:
        query = query.limit(limit)
    with engine.connect() as conn:
        return [event_view(row) for row in conn.execute(query)]


def iter_relations(engine: Engine) -> Iterator[Relation]:
    query = select(relations).order_by(relations.c.document, relations.c.start_char, relations.c.id)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=STREAM_CHUNK).execute(query):
            yield _relation(row)


def iter_events(engine: Engine) -> Iterator[Event]:
    query = select(events).order_by(events.c.document, events.c.start_char, events.c.id)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=STREAM_CHUNK).execute(query):
            yield _event(row)
