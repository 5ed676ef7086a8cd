"""One exception hierarchy for everything claimgraph raises on purpose.

User-facing errors say what was wrong with which input and what to do; the CLI turns them
into a one-line message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class of every error claimgraph raises deliberately."""


class InputError(ClaimgraphError):
    """One input (file, URL, row) could not be read or holds no usable text."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(ClaimgraphError):
    """The database could not be opened, migrated, read or written."""


class ConfigError(ClaimgraphError):
    """A setting (environment variable or option) has a value claimgraph cannot use."""


class NotFoundError(StoreError):
    """A document, entity or record named by the user is not in the database."""
