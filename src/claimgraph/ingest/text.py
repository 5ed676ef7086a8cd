"""Plain text (.txt) and Markdown (.md) documents."""

from __future__ import annotations

from claimgraph.ingest.decode import decode_bytes
from claimgraph.ingest.document import build_document, check_length, clean_field
from claimgraph.ingest.markdown import markdown_to_text
from claimgraph.ingest.normalize import normalize_text
from claimgraph.model import Document

EMPTY = "empty file (no text in it)"
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 30
_NOT_HEADLINE_ENDINGS = (".", ",", ";", ":")


def headline(text: str) -> str | None:
    """The first line of normalized `text` when it looks like a headline: short, more text
    follows, and it does not end like a sentence or a clause ("?" and "!" headlines are fine)."""
    lines = text.split("\n")
    first = lines[0].strip()
    rest = "\n".join(lines[1:]).strip()
    if not first or not rest:
        return None
    if len(first) > _HEADLINE_MAX_CHARS or len(first.split()) > _HEADLINE_MAX_WORDS:
        return None
    if first.endswith(_NOT_HEADLINE_ENDINGS):
        return None
    return first


def text_document(data: bytes, source: str, *, declared: str | None = None) -> Document:
    """A .txt file: the text stored whole; its first line is the title if it looks like one."""
    raw = decode_bytes(data, source, declared=declared)
    check_length(raw, source)
    text = normalize_text(raw)
    return build_document(
        text, source, empty=EMPTY, title=headline(text), meta={"format": "text"}, normalized=True
    )


def markdown_document(data: bytes, source: str, *, declared: str | None = None) -> Document:
    """A Markdown file as plain text; title from front matter, else the first heading."""
    raw = decode_bytes(data, source, declared=declared)
    check_length(raw, source)
    markdown = markdown_to_text(raw)
    front = markdown.front_matter
    return build_document(
        markdown.text,
        source,
        empty=EMPTY,
        title=clean_field(front.get("title")) or markdown.title,
        author=front.get("author"),
        publisher=front.get("publisher"),
        published=front.get("published") or front.get("date"),
        meta={"format": "markdown"},
    )
