"""The schema: SQLAlchemy Core tables, one definition for SQLite and PostgreSQL.

Every row that comes from extraction carries its provenance: the document, character offsets
(`start_char`/`end_char`, end exclusive) and, on the document, the pipeline version.
Changes to this file need a migration in `migrations/versions/`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
    func,
    literal_column,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(32)
SOURCE_PREFIX = 500  # characters of a document's source in its index

documents = Table(
    "documents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("publisher", Text),
    Column("author", Text),
    Column("published", String(32)),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False, default=dict),
    Column("pipeline_version", String(32), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
# A document named by its source (`show PATH`): the index holds the first characters, so that a
# long URL still fits a PostgreSQL index entry. Queries compare the same expression (constants
# written out: a bound parameter would not match the index's expression).
source_prefix = func.substr(documents.c.source, literal_column("1"), literal_column(str(SOURCE_PREFIX)))
Index("ix_documents_source", source_prefix)

entities = Table(
    "entities",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("aliases", JSON, nullable=False, default=list),
    Column("mention_count", Integer, nullable=False, server_default="0"),  # kept by the writer
    Column("descriptive", Boolean, nullable=False, server_default=false()),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("document", ID, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("label", String(32), nullable=False, default=""),
    Column("entity", ID, ForeignKey("entities.id"), nullable=True),
    Column("descriptive", Boolean, nullable=False, server_default=false()),
    Index("ix_mentions_document", "document"),
    Index("ix_mentions_entity", "entity"),
)

timexes = Table(
    "timexes",
    metadata,
    Column("id", ID, primary_key=True),
    Column("document", ID, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(64)),
    Column("type", String(16), nullable=False),
    Index("ix_timexes_document", "document"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", ID, primary_key=True),
    Column("document", ID, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("source", ID),  # an entity id, "author", or NULL for an unnamed source
    Column("source_text", Text),
    Column("cue", String(64)),
    Column("kind", String(32), nullable=False),
    Column("direct_quote", Boolean, nullable=False),
    Column("certainty", String(16), nullable=False),
    Column("polarity", String(16), nullable=False),
    Column("author_stance", String(16), nullable=False),
    Column("hedge_cues", JSON, nullable=False),
    Column("polarity_cues", JSON, nullable=False),
    Column("stance_cues", JSON, nullable=False),
    Column("booster_cues", JSON, nullable=False),
    Column("stance_target", ID),
    Column("condition", Text),
    Column("checkworthy", Float),
    Column("checkworthy_reasons", JSON, nullable=False),
    Column("via", JSON, nullable=False),
    Column("via_text", JSON, nullable=False),
    Index("ix_claims_document", "document", "start_char"),  # the claims holding a span of a document
    Index("ix_claims_source", "source"),
)

relations = Table(
    "relations",
    metadata,
    Column("id", ID, primary_key=True),
    Column("document", ID, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("claim", ID, ForeignKey("claims.id", ondelete="CASCADE")),
    Column("subject", ID, ForeignKey("entities.id"), nullable=False),
    Column("predicate", String(32), nullable=False),
    Column("object", ID, ForeignKey("entities.id")),
    Column("object_literal", Text),
    Column("role", String(64)),
    Column("time", String(64)),
    Column("time_kind", String(16)),
    Column("negated", Boolean, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("subject_text", Text, nullable=False),
    Column("object_text", Text, nullable=False),
    Index("ix_relations_document", "document"),
    Index("ix_relations_subject", "subject"),
    Index("ix_relations_object", "object"),
    Index("ix_relations_predicate", "predicate"),
)

events = Table(
    "events",
    metadata,
    Column("id", ID, primary_key=True),
    Column("document", ID, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("entity", ID, ForeignKey("entities.id")),
    Column("type", String(32), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("claim", ID, ForeignKey("claims.id", ondelete="CASCADE")),
    Column("date", String(64)),
    Column("date_precision", String(16)),
    Column("place", ID, ForeignKey("entities.id")),
    Column("place_text", Text),
    Column("place_precision", String(16)),
    Column("numbers", JSON, nullable=False),
    Column("participants", JSON, nullable=False),
    Column("claimed_by", JSON, nullable=False),
    Column("claim_method", String(32)),
    Column("relayed_by", JSON, nullable=False),
    Column("perpetrator_status", String(16)),
    Column("mentions", JSON, nullable=False),
    Column("subtypes", JSON, nullable=False),
    Column("places", JSON, nullable=False),
    Column("details", JSON, nullable=False),
    Index("ix_events_document", "document"),
    Index("ix_events_entity", "entity"),
    Index("ix_events_date", "date"),
)

# Every entity id an event row involves (its event entity, place, participants and claimants),
# so that the events of an entity are found through an index rather than in JSON. Kept by the
# writer and by curation with the event row (`store.event_links`).
event_entities = Table(
    "event_entities",
    metadata,
    Column("entity", ID, primary_key=True),
    Column("event", ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_event_entities_event", "event"),
)
