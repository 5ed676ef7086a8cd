"""Writing extraction results: one transaction per document, so a crash never leaves half of one."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, bindparam, select

from claimgraph.model import (
    PIPELINE_VERSION,
    Claim,
    Entity,
    Event,
    Extraction,
    Mention,
    Participant,
    Relation,
    record_id,
)
from claimgraph.store.db import insert_ignoring_duplicates, transaction
from claimgraph.store.linking import link_extraction
from claimgraph.store.tables import claims, documents, entities, events, mentions, relations, timexes


def document_exists(conn: Connection, document_id: str) -> bool:
    found = conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first()
    return found is not None


def save_extraction(engine: Engine, extraction: Extraction, conn: Connection | None = None) -> bool:
    """Store a document and its records atomically; False (and nothing written) if it is stored."""
    doc = extraction.document
    with transaction(engine, conn) as tx:
        if document_exists(tx, doc.id):
            return False
        tx.execute(
            documents.insert().values(
                id=doc.id,
                source=doc.source,
                title=doc.title,
                publisher=doc.publisher,
                author=doc.author,
                published=doc.published,
                text=doc.text,
                meta=doc.meta,
                pipeline_version=PIPELINE_VERSION,
                ingested_at=datetime.now(UTC),
            )
        )
        _save_entities(tx, extraction.entities)
        if extraction.mentions:
            tx.execute(
                mentions.insert(),
                [
                    {
                        "id": record_id(m.document, m.start, m.end),
                        "document": m.document,
                        "start_char": m.start,
                        "end_char": m.end,
                        "text": m.text,
                        "type": m.type,
                        "label": m.label,
                        "entity": m.entity,
                    }
                    for m in extraction.mentions
                ],
            )
            _count_mentions(tx, extraction.mentions)
        if extraction.timexes:
            tx.execute(
                timexes.insert(),
                [
                    {
                        "id": record_id(t.document, t.start, t.end, "timex"),
                        "document": t.document,
                        "start_char": t.start,
                        "end_char": t.end,
                        "text": t.text,
                        "value": t.value,
                        "type": t.type,
                    }
                    for t in extraction.timexes
                ],
            )
        if extraction.claims:
            tx.execute(claims.insert(), [_claim_row(claim) for claim in extraction.claims])
        if extraction.relations:
            tx.execute(relations.insert(), [_relation_row(r) for r in extraction.relations])
        if extraction.events:
            tx.execute(events.insert(), [_event_row(e) for e in extraction.events])
        link_extraction(tx, extraction)  # canonical ids across documents, in the same transaction
    return True


def _relation_row(relation: Relation) -> dict:
    return {
        "id": relation.id,
        "document": relation.document,
        "claim": relation.claim,
        "subject": relation.subject,
        "predicate": relation.predicate,
        "object": relation.object,
        "object_literal": relation.object_literal,
        "role": relation.role,
        "time": relation.time,
        "time_kind": relation.time_kind,
        "negated": relation.negated,
        "start_char": relation.start,
        "end_char": relation.end,
        "subject_text": relation.subject_text,
        "object_text": relation.object_text,
    }


def participants_json(people: tuple[Participant, ...]) -> list[dict]:
    return [{"role": p.role, "text": p.text, "entity": p.entity} for p in people]


def _event_row(event: Event) -> dict:
    return {
        "id": event.id,
        "document": event.document,
        "entity": event.entity,
        "type": event.type,
        "start_char": event.start,
        "end_char": event.end,
        "text": event.text,
        "claim": event.claim,
        "date": event.date,
        "date_precision": event.date_precision,
        "place": event.place,
        "place_text": event.place_text,
        "place_precision": event.place_precision,
        "numbers": event.numbers,
        "participants": participants_json(event.participants),
        "claimed_by": participants_json(event.claimed_by),
        "claim_method": event.claim_method,
        "relayed_by": participants_json(event.relayed_by),
        "perpetrator_status": event.perpetrator_status,
        "mentions": [list(span) for span in event.mentions],
        "subtypes": list(event.subtypes),
        "places": event.places,
        "details": event.details,
    }


def _claim_row(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "document": claim.document,
        "start_char": claim.start,
        "end_char": claim.end,
        "text": claim.text,
        "source": claim.source,
        "source_text": claim.source_text,
        "cue": claim.cue,
        "kind": claim.kind,
        "direct_quote": claim.direct_quote,
        "certainty": claim.certainty,
        "polarity": claim.polarity,
        "author_stance": claim.author_stance,
        "hedge_cues": list(claim.hedge_cues),
        "polarity_cues": list(claim.polarity_cues),
        "stance_cues": list(claim.stance_cues),
        "booster_cues": list(claim.booster_cues),
        "stance_target": claim.stance_target,
        "checkworthy": claim.checkworthy,
        "checkworthy_reasons": list(claim.checkworthy_reasons),
        "via": list(claim.via),
        "via_text": list(claim.via_text),
    }


def _count_mentions(tx: Connection, found: tuple[Mention, ...]) -> None:
    """Keep each entity's mention count (read by profiles, which must not count a hub anew)."""
    counts = Counter(m.entity for m in found if m.entity)
    if counts:
        tx.execute(
            entities.update()
            .where(entities.c.id == bindparam("entity_id"))
            .values(mention_count=entities.c.mention_count + bindparam("added")),
            [{"entity_id": ident, "added": n} for ident, n in sorted(counts.items())],
        )


def _save_entities(tx: Connection, found: tuple[Entity, ...]) -> None:
    """Insert new entities; add newly seen names to the aliases of known ones."""
    if not found:
        return
    ids = [entity.id for entity in found]
    known = {
        row.id: row.aliases
        for row in tx.execute(select(entities.c.id, entities.c.aliases).where(entities.c.id.in_(ids)))
    }
    fresh = [entity for entity in found if entity.id not in known]
    if fresh:
        tx.execute(
            insert_ignoring_duplicates(tx, entities),
            [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)} for e in fresh],
        )
    for entity in found:
        old = known.get(entity.id)
        if old is None:
            continue
        merged = sorted(set(old) | set(entity.aliases))
        if merged != sorted(old):
            tx.execute(entities.update().where(entities.c.id == entity.id).values(aliases=merged))
