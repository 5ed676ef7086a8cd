"""The database: one schema through SQLAlchemy Core, SQLite by default, PostgreSQL for teams."""

from claimgraph.store.db import dispose_all, open_engine, transaction
from claimgraph.store.writer import document_exists, save_extraction

__all__ = ["dispose_all", "document_exists", "open_engine", "save_extraction", "transaction"]
