"""The one way every reader turns extracted text and metadata into a Document."""

from __future__ import annotations

import re
from typing import Any

from claimgraph.errors import InputError
from claimgraph.ingest.dates import iso_date
from claimgraph.ingest.normalize import normalize_text
from claimgraph.model import Document, document_id

_SPACES = re.compile(r"\s+")


def clean_field(value: object) -> str | None:
    """A metadata value (title, author, publisher) on one line, or None when empty."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(item) for item in value if item is not None)
    text = _SPACES.sub(" ", normalize_text(str(value))).strip()
    return text or None


def build_document(
    text: str,
    source: str,
    *,
    empty: str = "no text",
    title: object = None,
    author: object = None,
    publisher: object = None,
    published: object = None,
    meta: dict[str, Any] | None = None,
    normalized: bool = False,
) -> Document:
    """Normalize `text` (unless the caller did: `normalized`) and make the Document; raise
    InputError(`source`, `empty`) if no text is left. A metadata date that cannot be read
    is dropped, not fatal."""
    normalized_text = text if normalized else normalize_text(text)
    if not normalized_text.strip():
        raise InputError(source, empty)
    return Document(
        id=document_id(normalized_text),
        text=normalized_text,
        source=source,
        title=clean_field(title),
        publisher=clean_field(publisher),
        author=clean_field(author),
        published=iso_date(published),
        meta=dict(meta or {}),
    )
