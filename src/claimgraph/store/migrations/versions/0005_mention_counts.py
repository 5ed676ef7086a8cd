"""Each entity keeps how many mentions name it, so profiles need not count them again.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("mention_count", sa.Integer, nullable=False, server_default="0"))
    op.execute(
        "UPDATE entities SET mention_count = "
        "(SELECT count(*) FROM mentions WHERE mentions.entity = entities.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("mention_count")
