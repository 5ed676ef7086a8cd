"""Indexes for every query a command runs: claims by the span of a document they hold, documents
by source, the entities each event involves (`event_entities`, read from its JSON lists) and the
folded names of each canonical entity (`entity_names`).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from claimgraph.store.event_links import involved
from claimgraph.store.names import name_keys

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = sa.String(32)
CHUNK = 1000
SOURCE_PREFIX = 500


def upgrade() -> None:
    op.drop_index("ix_claims_document", "claims")
    op.create_index("ix_claims_document", "claims", ["document", "start_char"])
    op.create_index("ix_documents_source", "documents", [sa.func.substr(sa.column("source"), 1, SOURCE_PREFIX)])
    op.create_table(
        "event_entities",
        sa.Column("entity", ID, nullable=False),
        sa.Column("event", ID, nullable=False),
        sa.PrimaryKeyConstraint("entity", "event", name="pk_event_entities"),
        sa.ForeignKeyConstraint(["event"], ["events.id"], ondelete="CASCADE", name="fk_event_entities_event_events"),
    )
    op.create_index("ix_event_entities_event", "event_entities", ["event"])
    op.create_table(
        "entity_names",
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("canonical", ID, nullable=False),
        sa.PrimaryKeyConstraint("key", "canonical", name="pk_entity_names"),
        sa.ForeignKeyConstraint(
            ["canonical"], ["canonical_entities.id"], ondelete="CASCADE",
            name="fk_entity_names_canonical_canonical_entities",
        ),
    )
    op.create_index("ix_entity_names_canonical", "entity_names", ["canonical"])
    conn = op.get_bind()
    events = sa.table("events", sa.column("id"), sa.column("entity"), sa.column("place"),
                      sa.column("participants", sa.JSON), sa.column("claimed_by", sa.JSON))
    _fill(conn, events, sa.table("event_entities", sa.column("entity"), sa.column("event")),
          lambda row: [{"entity": ident, "event": row.id} for ident in sorted(involved(row._mapping))])
    canonical = sa.table("canonical_entities", sa.column("id"), sa.column("name"), sa.column("aliases", sa.JSON))
    _fill(conn, canonical, sa.table("entity_names", sa.column("key"), sa.column("canonical")),
          lambda row: [{"key": key, "canonical": row.id} for key in sorted(name_keys(row.name, row.aliases or ()))])


def _fill(conn, source, target, rows_of) -> None:  # noqa: ANN001
    """Rows of `target` made from every row of `source`, read in id order a chunk at a time."""
    last = ""
    while True:
        found = conn.execute(sa.select(source).where(source.c.id > last).order_by(source.c.id).limit(CHUNK)).all()
        if not found:
            return
        rows = [made for row in found for made in rows_of(row)]
        if rows:
            conn.execute(target.insert(), rows)
        last = found[-1].id


def downgrade() -> None:
    op.drop_table("entity_names")
    op.drop_table("event_entities")
    op.drop_index("ix_documents_source", "documents")
    op.drop_index("ix_claims_document", "claims")
    op.create_index("ix_claims_document", "claims", ["document"])
