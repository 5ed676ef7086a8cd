"""Entity resolution: judgements, links to canonical ids, canonical entities, blocking keys,
user decisions, and the evidence behind each mention's entity.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = sa.String(32)


def _entity_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["entities.id"], name=f"fk_{table}_{column}_entities")


def upgrade() -> None:
    op.create_table(
        "judgements",
        sa.Column("id", ID, nullable=False),
        sa.Column("entity_a", ID, nullable=False),
        sa.Column("entity_b", ID, nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_judgements"),
        _entity_fk("judgements", "entity_a"),
        _entity_fk("judgements", "entity_b"),
    )
    op.create_index("ix_judgements_entity_a", "judgements", ["entity_a"])
    op.create_index("ix_judgements_entity_b", "judgements", ["entity_b"])
    op.create_table(
        "entity_links",
        sa.Column("id", ID, nullable=False),
        sa.Column("canonical", ID, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entity_links"),
        _entity_fk("entity_links", "id"),
        _entity_fk("entity_links", "canonical"),
    )
    op.create_index("ix_entity_links_canonical", "entity_links", ["canonical"])
    op.create_table(
        "canonical_entities",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("rejected", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_canonical_entities"),
        _entity_fk("canonical_entities", "id"),
    )
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("entity", ID, nullable=False),
        sa.PrimaryKeyConstraint("key", "entity", name="pk_entity_keys"),
        _entity_fk("entity_keys", "entity"),
    )
    op.create_index("ix_entity_keys_entity", "entity_keys", ["entity"])
    op.create_table(
        "entity_decisions",
        sa.Column("id", ID, nullable=False),
        sa.Column("entity", ID, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entity_decisions"),
        _entity_fk("entity_decisions", "entity"),
    )
    op.create_index("ix_entity_decisions_entity", "entity_decisions", ["entity"])
    op.create_table(
        "mention_evidence",
        sa.Column("mention", ID, nullable=False),
        sa.Column("entity", ID, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mention", name="pk_mention_evidence"),
        sa.ForeignKeyConstraint(
            ["mention"], ["mentions.id"], ondelete="CASCADE", name="fk_mention_evidence_mention_mentions"
        ),
    )
    op.create_index("ix_mention_evidence_entity", "mention_evidence", ["entity"])
    # Entities stored before this revision are their own canonical entities.
    op.execute("INSERT INTO entity_links (id, canonical) SELECT id, id FROM entities")
    op.execute(
        sa.text(
            "INSERT INTO canonical_entities (id, name, type, aliases, rejected) "
            "SELECT id, name, type, aliases, :no FROM entities"
        ).bindparams(no=False)
    )


def downgrade() -> None:
    for table in ("mention_evidence", "entity_decisions", "entity_keys", "canonical_entities", "entity_links", "judgements"):
        op.drop_table(table)
