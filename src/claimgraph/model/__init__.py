"""Records and vocabularies shared by every stage; no I/O."""

from claimgraph.model.ids import document_id, record_id
from claimgraph.model.records import Document, Entity, Extraction, Mention, Timex
from claimgraph.model.vocab import ENTITY_TYPES, EVENT, LOCATION, ORGANIZATION, PERSON, TIMEX_TYPES

PIPELINE_VERSION = "0.1.0"

__all__ = [
    "Document",
    "ENTITY_TYPES",
    "EVENT",
    "Entity",
    "Extraction",
    "LOCATION",
    "Mention",
    "ORGANIZATION",
    "PERSON",
    "PIPELINE_VERSION",
    "TIMEX_TYPES",
    "Timex",
    "document_id",
    "record_id",
]
