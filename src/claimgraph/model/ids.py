"""Deterministic ids: the same defining fields always give the same id."""

from __future__ import annotations

import hashlib

_SEPARATOR = "\x1f"


def document_id(text: str) -> str:
    """The id of a document: a hash of its normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def record_id(*parts: object) -> str:
    """A stable id for a record from its defining fields (None is written as empty)."""
    joined = _SEPARATOR.join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
