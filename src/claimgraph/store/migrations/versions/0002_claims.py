"""Claims with attribution, certainty, polarity and author stance.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", ID, primary_key=True),
        sa.Column("document", ID, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", ID),
        sa.Column("source_text", sa.Text),
        sa.Column("cue", sa.String(64)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("direct_quote", sa.Boolean, nullable=False),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("polarity", sa.String(16), nullable=False),
        sa.Column("author_stance", sa.String(16), nullable=False),
        sa.Column("hedge_cues", sa.JSON, nullable=False),
        sa.Column("polarity_cues", sa.JSON, nullable=False),
        sa.Column("stance_cues", sa.JSON, nullable=False),
        sa.Column("booster_cues", sa.JSON, nullable=False),
        sa.Column("stance_target", ID),
        sa.Column("checkworthy", sa.Float),
        sa.Column("checkworthy_reasons", sa.JSON, nullable=False),
        sa.Column("via", sa.JSON, nullable=False),
        sa.Column("via_text", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["document"], ["documents.id"], ondelete="CASCADE", name="fk_claims_document_documents"
        ),
    )
    op.create_index("ix_claims_document", "claims", ["document"])
    op.create_index("ix_claims_source", "claims", ["source"])


def downgrade() -> None:
    op.drop_table("claims")
