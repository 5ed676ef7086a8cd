"""Sources (files, folders, corpora, URLs) turned into Documents.

    >>> for item in read_inputs(["articles/", "feed.jsonl", "https://example.org/a.html"]):
    ...     if isinstance(item, InputError):
    ...         print("skipped", item)        # "<source>: <reason>"
    ...     else:
    ...         store(item)

Supported inputs: .txt, .md, .html/.htm, .pdf, .jsonl and .csv corpora (one article per
line/row), .urls files (one URL per line, ``#`` comments), folders (recursively) and
http(s):// URLs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from claimgraph.errors import ConfigError, InputError
from claimgraph.ingest.dates import iso_date
from claimgraph.ingest.fetch import fetch_document, is_url
from claimgraph.ingest.files import SUFFIXES, read_path
from claimgraph.ingest.normalize import normalize_text
from claimgraph.model import Document

__all__ = ["SUFFIXES", "normalize_text", "read_inputs"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+)://")


def read_inputs(
    inputs: Iterable[str], *, published: str | None = None
) -> Iterator[Document | InputError]:
    """Yield one Document per article found in `inputs`, in order.

    Each input is a path (file or folder) or an http(s) URL; a single string is one input.
    An input, file, URL or corpus row that cannot be read is yielded as an
    ``InputError(source, reason)`` instance, not raised, so one bad input never stops a batch.

    `published`, when given, is the publication date of every document read: it overrides
    any date found in the documents' metadata (HTML meta tags, corpus columns, Markdown
    front matter). It is normalized to ISO ("21 Nov 2015" -> "2015-11-21"); a value that
    is not a date raises ConfigError at once.

    Titles: an HTML page's or PDF's metadata title; a Markdown file's front-matter `title`,
    else its first heading; a .txt file's first line when it looks like a headline (short,
    more text follows, no final period); a corpus row's `title`.

    `Document.source` is the absolute path for files, ``file.jsonl#line=N`` or
    ``file.csv#row=N`` for corpus rows without their own `source`/`url` column, and the URL
    as given for URLs. `Document.id` is the hash of the normalized text, so the same text
    gets the same id whatever format it came in.
    """
    override = None
    if published is not None:
        override = iso_date(published)
        if override is None:
            raise ConfigError(f"published={published!r} is not a date (use YYYY-MM-DD)")
    if isinstance(inputs, str):
        inputs = [inputs]
    return _read(inputs, override)


def _read(inputs: Iterable[str], published: str | None) -> Iterator[Document | InputError]:
    for given in inputs:
        for item in _read_one(given):
            if published is not None and isinstance(item, Document):
                item = dataclasses.replace(item, published=published)
            yield item


def _read_one(given: str) -> Iterator[Document | InputError]:
    if is_url(given):
        try:
            yield fetch_document(given)
        except InputError as err:
            yield err
    elif scheme := _SCHEME.match(given):
        yield InputError(
            given, f"unsupported URL scheme {scheme[1]!r}: only http:// and https:// are fetched"
        )
    else:
        yield from read_path(given)
