"""Mentions merged into canonical entities; claims, relations and events linked to them."""

from dataclasses import replace

from claimgraph.model import Extraction
from claimgraph.resolve.claims import link_claims
from claimgraph.resolve.entities import assign_entities, entity_id
from claimgraph.resolve.graph import SpanIndex, event_entities, link_relations
from claimgraph.resolve.names import name_key

__all__ = ["assign_entities", "entity_id", "link_claims", "name_key", "resolve"]


def resolve(extraction: Extraction) -> Extraction:
    """Entity ids for every mention, and the claims, relations and events that refer to them."""
    mentions, entities = assign_entities(extraction.mentions)
    names = {entity.id: entity.name for entity in entities}
    events, event_kinds, event_mentions = event_entities(
        extraction.events, SpanIndex(mentions), names, extraction.document.text
    )
    index = SpanIndex(mentions, events)
    return replace(
        extraction,
        mentions=mentions + event_mentions,
        entities=entities + event_kinds,
        claims=link_claims(extraction.claims, mentions),
        relations=link_relations(extraction.relations, index),
        events=events,
    )
