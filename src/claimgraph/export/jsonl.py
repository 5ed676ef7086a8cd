"""The JSON Lines interchange format (DESIGN.md): one object a line, each with a `kind`.

A stable contract: fields may be added, never renamed or dropped. Records stream from the
store, so the export of a large database runs in flat memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import Engine

from claimgraph.store import reader
from claimgraph.store.claim_queries import iter_claims
from claimgraph.store.graph_queries import iter_events, iter_relations
from claimgraph.store.writer import participants_json


def records(engine: Engine) -> Iterator[dict[str, Any]]:
    """Every record of the store as interchange dicts: documents, entities, mentions, timexes,
    claims, relations, events."""
    for doc in reader.iter_documents(engine):
        yield {
            "kind": "document",
            "id": doc.id,
            "source": doc.source,
            "title": doc.title,
            "published": doc.published,
            "publisher": doc.publisher,
            "author": doc.author,
            "text": doc.text,
        }
    for entity in reader.iter_entities(engine):
        yield {
            "kind": "entity",
            "id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "aliases": list(entity.aliases),
        }
    for mention in reader.iter_mentions(engine):
        yield {
            "kind": "mention",
            "document": mention.document,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "entity": mention.entity,
            "type": mention.type,
        }
    for timex in reader.iter_timexes(engine):
        yield {
            "kind": "timex",
            "document": timex.document,
            "start": timex.start,
            "end": timex.end,
            "text": timex.text,
            "value": timex.value,
            "type": timex.type,
        }
    for claim in iter_claims(engine):
        yield {
            "kind": "claim",
            "id": claim.id,
            "document": claim.document,
            "start": claim.start,
            "end": claim.end,
            "text": claim.text,
            "source": claim.source,
            "source_text": claim.source_text,
            "cue": claim.cue,
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
            "attribution_kind": claim.kind,
        }
    for relation in iter_relations(engine):
        yield {
            "kind": "relation",
            "id": relation.id,
            "claim": relation.claim,
            "subject": relation.subject,
            "predicate": relation.predicate,
            "object": relation.object,
            "object_literal": relation.object_literal,
            "role": relation.role,
            "time": relation.time,
            "time_kind": relation.time_kind,
            "negated": relation.negated,
            "document": relation.document,
            "start": relation.start,
            "end": relation.end,
            "subject_text": relation.subject_text,
            "object_text": relation.object_text,
        }
    for event in iter_events(engine):
        yield {
            "kind": "event",
            "id": event.id,
            "entity": event.entity,
            "type": event.type,
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
            "subtypes": list(event.subtypes),
            "places": {level: {"text": v.get("text"), "entity": v.get("entity")} for level, v in event.places.items()},
            "details": event.details,
            "claim": event.claim,
            "document": event.document,
            "start": event.start,
            "end": event.end,
            "text": event.text,
        }


def write_jsonl(engine: Engine, out: TextIO) -> int:
    """Write every record to `out`, one JSON object per line; return how many were written."""
    count = 0
    for record in records(engine):
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
