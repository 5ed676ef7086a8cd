"""URLs: downloaded with httpx under a time limit and a size cap, then read by what the
server says they are (Content-Type: HTML, PDF, plain text, Markdown)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

import httpx

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.ingest.html import html_document
from claimgraph.ingest.pdf import pdf_document
from claimgraph.ingest.text import markdown_document, text_document
from claimgraph.model import Document

USER_AGENT = "claimgraph (news article ingest; python-httpx)"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", ""}


def is_url(value: str) -> bool:
    """True for an http:// or https:// URL (the only schemes fetched)."""
    return value[:8].lower().startswith(("http://", "https://"))


def new_client() -> httpx.Client:
    """An HTTP client with claimgraph's timeout (CLAIMGRAPH_FETCH_TIMEOUT) and user agent."""
    return httpx.Client(
        timeout=settings.fetch_timeout(), follow_redirects=True, headers={"User-Agent": USER_AGENT}
    )


def fetch_document(url: str, *, client: httpx.Client | None = None) -> Document:
    """Download `url` and read it as a Document, or raise InputError saying why not."""
    body, content_type, charset, final_url = _download(url, client)
    meta = {"final_url": final_url} if final_url != url else {}
    kind = _kind(content_type, body, final_url)
    if kind == "html":
        document = html_document(body, url, declared=charset, url=final_url)
    elif kind == "pdf":
        document = pdf_document(body, url)
    elif kind == "markdown":
        document = markdown_document(body, url, declared=charset)
    elif kind == "text":
        document = text_document(body, url, declared=charset)
    else:
        raise InputError(
            url, f"unsupported content type {content_type!r} (expected HTML, PDF or plain text)"
        )
    if meta:
        document.meta.update(meta)
    return document


def _download(url: str, client: httpx.Client | None) -> tuple[bytes, str, str | None, str]:
    timeout = settings.fetch_timeout()
    limit = settings.fetch_max_bytes()
    own = client is None
    if client is None:
        client = new_client()
    deadline = time.monotonic() + timeout  # httpx times each read; this bounds the whole download
    too_slow = f"timed out after {timeout} s (raise CLAIMGRAPH_FETCH_TIMEOUT to wait longer)"
    too_big = (
        f"download larger than {limit} bytes "
        "(raise CLAIMGRAPH_FETCH_MAX_BYTES, or download it and ingest the file)"
    )
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                phrase = response.reason_phrase or ""
                raise InputError(url, f"HTTP error {response.status_code} {phrase}".rstrip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise InputError(url, too_big)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputError(url, too_big)
                if time.monotonic() > deadline:
                    raise InputError(url, too_slow)
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            mime = content_type.split(";")[0].strip().lower()
            return b"".join(chunks), mime, response.charset_encoding, str(response.url)
    except httpx.TimeoutException:
        raise InputError(url, too_slow) from None
    except httpx.InvalidURL as err:
        raise InputError(url, f"not a valid URL ({err})") from None
    except httpx.HTTPError as err:
        raise InputError(url, f"could not download ({type(err).__name__}: {err})") from None
    finally:
        if own:
            client.close()


def _kind(mime: str, body: bytes, url: str) -> str | None:
    if body.lstrip()[:5] == b"%PDF-" or mime == "application/pdf":
        return "pdf"
    if mime in _HTML_TYPES:
        return "html"
    if mime == "text/markdown":
        return "markdown"
    if mime in _TEXT_TYPES or mime == "application/octet-stream":
        head = body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
        path = urlsplit(url).path.lower()
        if path.endswith((".md", ".markdown")):
            return "markdown"
        if path.endswith((".html", ".htm")):
            return "html"
        if mime in _TEXT_TYPES or path.endswith(".txt"):
            return "text"
    return None


def fetch_documents(urls: Iterable[tuple[str, str]]) -> Iterator[Document | InputError]:
    """Fetch many URLs over one connection pool; `urls` yields (url, where) pairs, where
    `where` names the input a malformed URL came from."""
    with new_client() as client:
        for url, where in urls:
            if not is_url(url):
                yield InputError(where, f"not an http:// or https:// URL: {url!r}")
                continue
            try:
                yield fetch_document(url, client=client)
            except InputError as err:
                yield err
