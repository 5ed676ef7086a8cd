"""URLs and .urls lists, fetched from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import time

import pytest
from ingest_builders import (
    ARTICLE_SENTENCES,
    NAVIGATION_ONLY_HTML,
    Route,
    article_html,
    image_pdf,
    text_pdf,
)

from claimgraph.errors import InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document


def fetch(*urls: str) -> list[Document | InputError]:
    return list(read_inputs(list(urls)))


def test_html_page(server) -> None:  # noqa: ANN001
    server.routes["/news/bamako"] = Route(article_html().encode())
    url = server.url("/news/bamako")
    (doc,) = fetch(url)
    assert isinstance(doc, Document), doc
    assert doc.source == url
    assert ARTICLE_SENTENCES[0] in doc.text and "Privacy policy" not in doc.text
    assert (doc.title, doc.publisher, doc.published) == ("Gunmen attack Bamako hotel", "Example News", "2015-11-21")


def test_charset_from_the_http_header(server) -> None:  # noqa: ANN001
    page = article_html(title="Le café de Bamako").replace('<meta charset="utf-8">', "")
    server.routes["/cafe"] = Route(page.encode("cp1252"), content_type="text/html; charset=windows-1252")
    (doc,) = fetch(server.url("/cafe"))
    assert isinstance(doc, Document) and doc.title == "Le café de Bamako"


def test_pdf_and_plain_text_by_content_type(server) -> None:  # noqa: ANN001
    server.routes["/report"] = Route(text_pdf(["Text of the report."], title="Report"), content_type="application/pdf")
    server.routes["/notes"] = Route("Notes headline\nThe notes’ text.\r\n".encode(), content_type="text/plain; charset=utf-8")
    pdf, text = fetch(server.url("/report"), server.url("/notes"))
    assert isinstance(pdf, Document) and pdf.text == "Text of the report." and pdf.title == "Report"
    assert isinstance(text, Document) and text.text == "Notes headline\nThe notes’ text." and text.title == "Notes headline"


def test_redirect_is_followed(server) -> None:  # noqa: ANN001
    server.routes["/final"] = Route(article_html().encode())
    server.routes["/short"] = Route(b"", status=302, headers={"Location": "/final"})
    (doc,) = fetch(server.url("/short"))
    assert isinstance(doc, Document), doc
    assert doc.source == server.url("/short") and doc.meta["final_url"] == server.url("/final")


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (None, "HTTP error 404 Not Found"),
        (Route(b"oops", status=500, content_type="text/plain"), "HTTP error 500 Internal Server Error"),
        (Route(b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png"), "unsupported content type 'image/png'"),
        (Route(NAVIGATION_ONLY_HTML.encode()), "no article text found in the HTML page"),
        (Route(image_pdf(), content_type="application/pdf"), "PDF has no text layer"),
    ],
)
def test_bad_responses(server, route: Route | None, reason: str) -> None:  # noqa: ANN001
    if route is not None:
        server.routes["/page"] = route
    url = server.url("/page")
    (error,) = fetch(url)
    assert isinstance(error, InputError) and error.source == url
    assert error.reason.startswith(reason)


def test_slow_server_times_out(server, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "1")
    server.routes["/slow"] = Route(article_html().encode(), delay=3)
    start = time.monotonic()
    (error,) = fetch(server.url("/slow"))
    assert time.monotonic() - start < 2.5
    assert isinstance(error, InputError)
    assert error.reason == "timed out after 1 s (raise CLAIMGRAPH_FETCH_TIMEOUT to wait longer)"


def test_dripping_server_times_out_as_a_whole(server, monkeypatch) -> None:  # noqa: ANN001
    """Each chunk comes within the timeout, but the whole download does not."""
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "1")
    server.routes["/drip"] = Route(b"x" * 1000, content_type="text/plain", drip=0.3)
    start = time.monotonic()
    (error,) = fetch(server.url("/drip"))
    assert time.monotonic() - start < 2.5
    assert isinstance(error, InputError) and error.reason.startswith("timed out after 1 s")


@pytest.mark.parametrize("send_length", [True, False])
def test_download_over_the_size_cap(server, monkeypatch, send_length: bool) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MAX_BYTES", "5000")
    server.routes["/big"] = Route(b"word " * 5000, content_type="text/plain", send_length=send_length)
    server.routes["/small"] = Route(b"word " * 900, content_type="text/plain", send_length=send_length)
    big, small = fetch(server.url("/big"), server.url("/small"))
    assert isinstance(big, InputError)
    assert big.reason.startswith("download larger than 5000 bytes (raise CLAIMGRAPH_FETCH_MAX_BYTES")
    assert isinstance(small, Document)


def test_declared_size_over_the_cap_is_refused_before_downloading(server, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MAX_BYTES", "5000")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "2")
    headers = {"Content-Length": str(10**9)}
    server.routes["/huge"] = Route(b"x" * 500, content_type="text/plain", send_length=False, headers=headers, drip=1)
    start = time.monotonic()
    (error,) = fetch(server.url("/huge"))
    assert time.monotonic() - start < 1
    assert isinstance(error, InputError) and error.reason.startswith("download larger than 5000 bytes")


def test_connection_refused(allow_private: None) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (error,) = fetch(f"http://127.0.0.1:{port}/article")
    assert isinstance(error, InputError) and error.reason.startswith("could not download (ConnectError")


def test_urls_file(server, write) -> None:  # noqa: ANN001
    server.routes["/a"] = Route(article_html(title="First").encode())
    server.routes["/b"] = Route(b"Second article\nIts text.\n", content_type="text/plain")
    path = write(
        "list.urls",
        f"# articles to read\n{server.url('/a')}\n\n  {server.url('/b')}  \nnot a url\n{server.url('/gone')}\n",
    )
    results = fetch(str(path))
    assert [type(r).__name__ for r in results] == ["Document", "Document", "InputError", "InputError"]
    first, second, bad_line, gone = results
    assert first.title == "First" and second.title == "Second article"
    assert bad_line.source == f"{path.resolve()}#line=5" and "not an http:// or https:// URL" in bad_line.reason
    assert gone.source == server.url("/gone") and gone.reason.startswith("HTTP error 404")
