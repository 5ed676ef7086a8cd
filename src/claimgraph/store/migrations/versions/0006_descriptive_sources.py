"""Sources named by a description ("a senior police official") are entities, marked descriptive
on their mentions, their entities and the canonical entity.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("mentions", "entities", "canonical_entities")


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: SQLite need not rebuild tables others refer to.
    for table in TABLES:
        op.add_column(table, sa.Column("descriptive", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("descriptive")
