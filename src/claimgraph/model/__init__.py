"""Records and vocabularies shared by every stage; no I/O."""

from claimgraph.model.ids import document_id, record_id
from claimgraph.model.records import (
    Claim,
    Document,
    Entity,
    Event,
    Extraction,
    Mention,
    Participant,
    Relation,
    Timex,
)
from claimgraph.model.vocab import (
    AUTHOR,
    CERTAINTIES,
    ENTITY_TYPES,
    EVENT,
    EVENT_TYPES,
    LOCATION,
    ORGANIZATION,
    PERSON,
    POLARITIES,
    PREDICATES,
    STANCES,
    TIMEX_TYPES,
)

__all__ = [
    "AUTHOR",
    "Claim",
    "CERTAINTIES",
    "Document",
    "POLARITIES",
    "Participant",
    "PREDICATES",
    "STANCES",
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "Event",
    "EVENT",
    "Entity",
    "Extraction",
    "LOCATION",
    "Mention",
    "ORGANIZATION",
    "PERSON",
    "Relation",
    "TIMEX_TYPES",
    "Timex",
    "document_id",
    "record_id",
]
