"""Alembic environment: migrations run on the connection claimgraph hands over."""

from __future__ import annotations

from alembic import context

from claimgraph.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through claimgraph (claimgraph.store.db.open_engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
