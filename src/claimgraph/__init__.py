"""claimgraph: news and analysis articles turned into an evidence graph."""

from claimgraph.errors import (
    ClaimgraphError,
    ConfigError,
    InputError,
    NotFoundError,
    StoreError,
)
from claimgraph.model import Document, Entity, Mention, Timex
from claimgraph.version import __version__

__all__ = [
    "ClaimgraphError",
    "ConfigError",
    "Document",
    "Entity",
    "InputError",
    "Mention",
    "NotFoundError",
    "StoreError",
    "Timex",
    "__version__",
]
