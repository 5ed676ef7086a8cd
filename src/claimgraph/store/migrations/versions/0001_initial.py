"""Documents, entities, mentions, timexes.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", ID, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_table(
        "entities",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
    )
    op.create_table(
        "mentions",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document", ID, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("entity", ID, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        sa.ForeignKeyConstraint(
            ["document"], ["documents.id"], ondelete="CASCADE",
            name="fk_mentions_document_documents",
        ),
        sa.ForeignKeyConstraint(["entity"], ["entities.id"], name="fk_mentions_entity_entities"),
    )
    op.create_index("ix_mentions_document", "mentions", ["document"])
    op.create_index("ix_mentions_entity", "mentions", ["entity"])
    op.create_table(
        "timexes",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document", ID, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.String(64)),
        sa.Column("type", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_timexes"),
        sa.ForeignKeyConstraint(
            ["document"], ["documents.id"], ondelete="CASCADE",
            name="fk_timexes_document_documents",
        ),
    )
    op.create_index("ix_timexes_document", "timexes", ["document"])


def downgrade() -> None:
    op.drop_table("timexes")
    op.drop_table("mentions")
    op.drop_table("entities")
    op.drop_table("documents")
