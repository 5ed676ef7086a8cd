"""Relations and events, each tied to the claim that states it.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(32)


def _document_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["document"], ["documents.id"], ondelete="CASCADE", name=f"fk_{table}_document_documents"
    )


def _claim_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["claim"], ["claims.id"], ondelete="CASCADE", name=f"fk_{table}_claim_claims")


def upgrade() -> None:
    op.create_table(
        "relations",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document", ID, nullable=False),
        sa.Column("claim", ID),
        sa.Column("subject", ID, nullable=False),
        sa.Column("predicate", sa.String(32), nullable=False),
        sa.Column("object", ID),
        sa.Column("object_literal", sa.Text),
        sa.Column("role", sa.String(64)),
        sa.Column("time", sa.String(64)),
        sa.Column("time_kind", sa.String(16)),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("subject_text", sa.Text, nullable=False),
        sa.Column("object_text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_relations"),
        _document_fk("relations"),
        _claim_fk("relations"),
        sa.ForeignKeyConstraint(["subject"], ["entities.id"], name="fk_relations_subject_entities"),
        sa.ForeignKeyConstraint(["object"], ["entities.id"], name="fk_relations_object_entities"),
    )
    for column in ("document", "subject", "object", "predicate"):
        op.create_index(f"ix_relations_{column}", "relations", [column])
    op.create_table(
        "events",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document", ID, nullable=False),
        sa.Column("entity", ID),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("claim", ID),
        sa.Column("date", sa.String(64)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("place", ID),
        sa.Column("place_text", sa.Text),
        sa.Column("place_precision", sa.String(16)),
        sa.Column("numbers", sa.JSON, nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("claimed_by", sa.JSON, nullable=False),
        sa.Column("claim_method", sa.String(32)),
        sa.Column("relayed_by", sa.JSON, nullable=False),
        sa.Column("perpetrator_status", sa.String(16)),
        sa.Column("mentions", sa.JSON, nullable=False),
        sa.Column("subtypes", sa.JSON, nullable=False),
        sa.Column("places", sa.JSON, nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        _document_fk("events"),
        _claim_fk("events"),
        sa.ForeignKeyConstraint(["entity"], ["entities.id"], name="fk_events_entity_entities"),
        sa.ForeignKeyConstraint(["place"], ["entities.id"], name="fk_events_place_entities"),
    )
    for column in ("document", "entity", "date"):
        op.create_index(f"ix_events_{column}", "events", [column])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("relations")
