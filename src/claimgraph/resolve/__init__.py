"""Mentions merged into canonical entities."""

from claimgraph.resolve.claims import link_claims
from claimgraph.resolve.entities import assign_entities, entity_id
from claimgraph.resolve.names import name_key

__all__ = ["assign_entities", "entity_id", "link_claims", "name_key"]
