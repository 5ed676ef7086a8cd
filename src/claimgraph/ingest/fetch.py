"""URLs: downloaded with httpx under one deadline and a size cap, then read by what the
server says they are (Content-Type: HTML, PDF, plain text, Markdown).

URL ingest reaches public addresses only, unless CLAIMGRAPH_ALLOW_PRIVATE_URLS allows more:
each host (the first and every redirect's, followed here one hop at a time) is resolved, every
address it resolves to is checked, and the connection goes to a checked address, so a DNS
answer that changes between check and connect (DNS rebinding) cannot lead elsewhere.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import os
import socket
import ssl
import threading
from collections.abc import Coroutine, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.ingest.html import html_document
from claimgraph.ingest.pdf import pdf_document
from claimgraph.ingest.text import markdown_document, text_document
from claimgraph.model import Document

USER_AGENT = "claimgraph (news article ingest; python-httpx)"
MAX_REDIRECTS = 10
_REDIRECT_CODES = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", ""}
_ALLOW = "set CLAIMGRAPH_ALLOW_PRIVATE_URLS to allow it"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
T = TypeVar("T")


def is_url(value: str) -> bool:
    """True for an http:// or https:// URL (the only schemes fetched)."""
    return value[:8].lower().startswith(("http://", "https://"))


def fetch_document(url: str) -> Document:
    """Download `url` and read it as a Document, or raise InputError saying why not."""
    fetched = _fetch(url)
    kind = _kind(fetched.mime, fetched.body, fetched.final_url)
    if kind == "html":
        document = html_document(fetched.body, url, declared=fetched.charset, url=fetched.final_url)
    elif kind == "pdf":
        document = pdf_document(fetched.body, url)
    elif kind == "markdown":
        document = markdown_document(fetched.body, url, declared=fetched.charset)
    elif kind == "text":
        document = text_document(fetched.body, url, declared=fetched.charset)
    else:
        raise InputError(
            url, f"unsupported content type {fetched.mime!r} (expected HTML, PDF or plain text)"
        )
    if fetched.final_url != url:
        document.meta["final_url"] = fetched.final_url
    return document


def fetch_documents(urls: Iterable[tuple[str, str]]) -> Iterator[Document | InputError]:
    """Fetch many URLs; `urls` yields (url, where) pairs, where `where` names the input a
    malformed URL came from."""
    for url, where in urls:
        if not is_url(url):
            yield InputError(where, f"not an http:// or https:// URL: {url!r}")
            continue
        try:
            yield fetch_document(url)
        except InputError as err:
            yield err


def blocked_kind(address: Address) -> str | None:
    """What kind of non-public address `address` is ("loopback", "private"...), or None
    for a public one. Addresses carried inside IPv6 ones (::ffff:10.0.0.1, 6to4) count."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = [address.ipv4_mapped, address.sixtofour, *(address.teredo or ())]
        for embedded in filter(None, inner):
            kind = blocked_kind(embedded)
            if kind:
                return kind
    for kind, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("non-public", not address.is_global),
    ):
        if flag:
            return kind
    return None


# -- download ----------------------------------------------------------------------------------


@dataclass
class _Fetched:
    body: bytes
    mime: str
    charset: str | None
    final_url: str


def _fetch(url: str) -> _Fetched:
    """The response to `url` (redirects followed) within CLAIMGRAPH_FETCH_TIMEOUT seconds in
    all: name lookups, connecting, a server dripping its headers or body, every redirect."""
    timeout = settings.fetch_timeout()
    limit = settings.fetch_max_bytes()
    allowed = settings.private_networks_allowed()

    async def bounded() -> _Fetched:
        async with asyncio.timeout(timeout):
            return await _download(url, timeout, limit, allowed)

    try:
        return _run(bounded())
    except (TimeoutError, httpx.TimeoutException):
        reason = f"timed out after {timeout} s (raise CLAIMGRAPH_FETCH_TIMEOUT to wait longer)"
        raise InputError(url, reason) from None
    except httpx.InvalidURL as err:
        raise InputError(url, f"not a valid URL ({err})") from None
    except httpx.HTTPError as err:
        raise InputError(url, f"could not download ({type(err).__name__}: {err})") from None


async def _download(url: str, timeout: int, limit: int, allowed: settings.Networks) -> _Fetched:
    too_big = (
        f"download larger than {limit} bytes "
        "(raise CLAIMGRAPH_FETCH_MAX_BYTES, or download it and ingest the file)"
    )
    client = httpx.AsyncClient(
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
        verify=_ssl_context(),
        # No connection is reused: each one is made to an address checked for its own host.
        limits=httpx.Limits(max_keepalive_connections=0),
    )
    async with client:
        current = httpx.URL(url)
        for hop in range(MAX_REDIRECTS + 1):
            redirected = f"redirected to {current}: " if hop else ""
            response = await _get(client, current, url, redirected, allowed)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECT_CODES and location:
                    current = _redirect(url, current, location)
                    continue
                if response.status_code >= 400:
                    phrase = response.reason_phrase or ""
                    raise InputError(url, f"HTTP error {response.status_code} {phrase}".rstrip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise InputError(url, too_big)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise InputError(url, too_big)
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "")
                mime = content_type.split(";")[0].strip().lower()
                return _Fetched(b"".join(chunks), mime, response.charset_encoding, str(current))
            finally:
                await response.aclose()
    raise InputError(url, f"too many redirects (more than {MAX_REDIRECTS})")


def _redirect(url: str, current: httpx.URL, location: str) -> httpx.URL:
    try:
        target = current.join(location)
    except httpx.InvalidURL as err:
        raise InputError(url, f"redirected to an invalid URL {location!r} ({err})") from None
    if target.scheme not in ("http", "https"):
        raise InputError(url, f"redirected to {location!r}: only http:// and https:// are fetched")
    return target


async def _get(
    client: httpx.AsyncClient,
    target: httpx.URL,
    url: str,
    redirected: str,
    allowed: settings.Networks,
) -> httpx.Response:
    """GET `target` from one of the addresses its host resolves to, all of them checked."""
    host = target.raw_host.decode("ascii")
    port = target.port or (443 if target.scheme == "https" else 80)
    addresses = await _resolve(host, port, url, redirected)
    literal = _is_ip(host)
    for address in addresses:
        kind = blocked_kind(address)
        if kind and not any(address in network for network in allowed):
            shown = host if literal else f"{host} ({address})"
            article = "an" if kind[0] in "aeiou" else "a"
            reason = f"{redirected}refused to fetch {shown}: {article} {kind} address ({_ALLOW})"
            raise InputError(url, reason)
    extensions = {} if literal or target.scheme != "https" else {"sni_hostname": host}
    error: httpx.HTTPError | None = None
    for address in addresses:  # in the resolver's order of preference, as a browser does
        request = client.build_request(
            "GET",
            target.copy_with(host=str(address)),
            headers={"Host": target.netloc.decode("ascii")},
            extensions=extensions,
        )
        try:
            return await client.send(request, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout) as err:
            error = err
    assert error is not None  # _resolve returns at least one address
    raise error


async def _resolve(host: str, port: int, url: str, redirected: str) -> list[Address]:
    """The addresses `host` resolves to, in order, without duplicates.

    The lookup runs in a daemon thread: the deadline can give up on a resolver that hangs
    without the process waiting for it at exit."""
    if _is_ip(host):
        return [ipaddress.ip_address(host)]
    future: concurrent.futures.Future[list[Any]] = concurrent.futures.Future()

    def look_up() -> None:
        if not future.set_running_or_notify_cancel():
            return  # the deadline passed before the thread started
        try:
            future.set_result(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as err:  # noqa: BLE001 - handed to the caller
            future.set_exception(err)

    threading.Thread(target=look_up, name="claimgraph-resolve", daemon=True).start()
    try:
        infos = await asyncio.wrap_future(future)
    except socket.gaierror as err:
        reason = f"{redirected}could not download (cannot resolve {host}: {err.strerror})"
        raise InputError(url, reason) from None
    addresses: list[Address] = []
    for family, _, _, _, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6):
            address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
            if address not in addresses:
                addresses.append(address)
    if not addresses:
        raise InputError(url, f"{redirected}could not download (no address for {host})")
    return addresses


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _ssl_context() -> ssl.SSLContext:
    """httpx's default context (certifi, or SSL_CERT_FILE / SSL_CERT_DIR), made once."""
    return _ssl_context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@lru_cache(maxsize=4)
def _ssl_context_for(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    # httpx reads the two variables itself; they are the arguments only to key the cache.
    return httpx.create_ssl_context()


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run `coroutine` to its end from synchronous code, also when the caller is itself
    running an event loop (a notebook, an async server): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


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
