"""Mentions merged into canonical entities; claims, relations and events linked to them."""

from dataclasses import fields

from claimgraph.model import Extraction
from claimgraph.resolve.claim_sources import link_claims
from claimgraph.resolve.entities import (
    Evidence,
    ResolvedExtraction,
    assign_entities,
    entity_id,
    resolve_entities,
)
from claimgraph.resolve.graph import SpanIndex, event_entities, link_relations
from claimgraph.resolve.names import name_key

__all__ = [
    "Evidence",
    "ResolvedExtraction",
    "assign_entities",
    "entity_id",
    "link_claims",
    "name_key",
    "resolve",
    "resolve_entities",
]


def resolve(extraction: Extraction) -> ResolvedExtraction:
    """Entity ids for every mention, and the claims, relations and events that refer to them."""
    coref = getattr(extraction, "coref", None) or ()
    mentions, entities, evidence = resolve_entities(extraction.mentions, extraction.document.text, coref)
    names = {entity.id: entity.name for entity in entities}
    events, event_kinds, event_mentions = event_entities(
        extraction.events, SpanIndex(mentions, text=extraction.document.text), names, extraction.document.text
    )
    index = SpanIndex(mentions, events, text=extraction.document.text)
    base = {f.name: getattr(extraction, f.name) for f in fields(Extraction)}
    return ResolvedExtraction(
        **{
            **base,
            "mentions": mentions + event_mentions,
            "entities": entities + event_kinds,
            "claims": link_claims(extraction.claims, mentions),
            "relations": link_relations(extraction.relations, index),
            "events": events,
        },
        evidence=evidence,
    )
