"""The one way every reader turns extracted text and metadata into a Document."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.ingest.dates import iso_date
from claimgraph.ingest.normalize import normalize_text
from claimgraph.model import Document, document_id

_SPACES = re.compile(r"\s+")
# Characters that show nothing on their own: format marks (zero-width space and joiners, bidi
# marks, word joiner, BOM, tags), controls, unassigned code points, combining marks without a
# base, and the fillers that render blank (Hangul fillers, the blank Braille pattern).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Cs", "Mn", "Me", "Zl", "Zp", "Zs"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Normalizing a huge text takes long, so a raw text over twice the limit is refused before it:
# normalization only drops the CR of CRLF, control characters and blank lines, rarely half.
_SHRINK = 2
INVISIBLE = "only invisible characters (zero-width spaces, format marks)"


def has_visible_text(text: str) -> bool:
    """True when `text` has at least one character that shows on screen."""
    return any(
        unicodedata.category(char) not in _INVISIBLE_CATEGORIES and char not in _BLANK_LETTERS
        for char in text
    )


def too_long(length: int, limit: int) -> str:
    return f"too long ({length} characters; the limit is {limit}, set CLAIMGRAPH_MAX_CHARS)"


def check_length(text: str, source: str, *, normalized: bool = False) -> None:
    """Raise InputError when `text` is over CLAIMGRAPH_MAX_CHARS (a raw text only when it is
    so long that normalizing it could not bring it under)."""
    limit = settings.max_chars()
    if len(text) > (limit if normalized else _SHRINK * limit):
        raise InputError(source, too_long(len(text), limit))


_SCALARS = (str, int, float)


def clean_field(value: object) -> str | None:
    """A metadata value (title, author, publisher) on one line, or None when empty.

    A list gives its items that are text or numbers, joined by "; " ("Jane Doe; Joe Bloggs");
    any other structure (a mapping, a list of lists) gives None: its text is not a name, and
    YAML aliases can make a small file's structure print as billions of items."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(item) for item in value if isinstance(item, _SCALARS))
    elif not isinstance(value, _SCALARS):
        return None
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
    """Normalize `text` (unless the caller did: `normalized`) and make the Document.

    Raise InputError(`source`, `empty`) if no text is left, or nothing visible (only
    zero-width and other invisible characters), and InputError(`source`, "too long (...)")
    for a text over CLAIMGRAPH_MAX_CHARS. A metadata date that cannot be read is dropped,
    not fatal."""
    if not normalized:
        check_length(text, source)
    normalized_text = text if normalized else normalize_text(text)
    if not normalized_text.strip():
        raise InputError(source, empty)
    if not has_visible_text(normalized_text):
        raise InputError(source, f"{empty}: {INVISIBLE}")
    check_length(normalized_text, source, normalized=True)
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
