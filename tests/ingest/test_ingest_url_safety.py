"""What URL ingest may reach (SSRF), and how long it may take: real servers on this machine.

Without CLAIMGRAPH_ALLOW_PRIVATE_URLS only public addresses are fetched; each host is checked
after resolving it and again on every redirect, and nothing is sent to a refused address.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_builders import (
    ARTICLE_SENTENCES,
    Route,
    Server,
    article_html,
    self_signed_certificate,
)

from claimgraph.errors import ConfigError, InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document

ALLOW = "CLAIMGRAPH_ALLOW_PRIVATE_URLS"


def fetch(*urls: str) -> list[Document | InputError]:
    return list(read_inputs(list(urls)))


@pytest.fixture
def local() -> Iterator[Server]:
    """A server on 127.0.0.1 with an article, and no permission to reach private addresses."""
    running = Server().start()
    running.routes["/article"] = Route(article_html().encode())
    yield running
    running.stop()


@pytest.fixture
def public_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW, raising=False)


@pytest.mark.parametrize(
    ("host", "refused"),
    [
        ("127.0.0.1", "127.0.0.1: a loopback address"),
        ("localhost", "localhost (127.0.0.1): a loopback address"),
        ("[::1]", "::1: a loopback address"),
        ("2130706433", "2130706433 (127.0.0.1): a loopback address"),  # 127.0.0.1 as one number
        ("127.1", "127.1 (127.0.0.1): a loopback address"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1: a loopback address"),
    ],
)
def test_loopback_targets_are_refused_before_any_request(
    local: Server, public_only: None, host: str, refused: str
) -> None:
    url = local.url("/article", host=host)
    (error,) = fetch(url)
    assert isinstance(error, InputError) and error.source == url
    assert error.reason.startswith(f"refused to fetch {refused}") or (
        host == "localhost" and error.reason.startswith("refused to fetch localhost (::1)")
    ), error.reason
    assert error.reason.endswith(f"(set {ALLOW} to allow it)")
    assert local.requests == []  # nothing reached the server


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254: a link-local address"),
        ("http://10.0.0.1/admin", "10.0.0.1: a private address"),
        ("http://192.168.1.1/", "192.168.1.1: a private address"),
        ("http://167772161/", "167772161 (10.0.0.1): a private address"),
        ("http://0.0.0.0/", "0.0.0.0: an unspecified address"),
        ("http://224.0.0.1/", "224.0.0.1: a multicast address"),
        ("http://[fe80::1]/", "fe80::1: a link-local address"),
        ("http://[fd00::1]/", "fd00::1: a private address"),
    ],
)
def test_private_link_local_and_reserved_targets_are_refused(public_only: None, url: str, kind: str) -> None:
    (error,) = fetch(url)
    assert isinstance(error, InputError)
    assert error.reason.startswith(f"refused to fetch {kind}"), error.reason


def test_allowing_private_addresses_reaches_the_local_server(local: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ALLOW, "1")
    (doc,) = fetch(local.url("/article"))
    assert isinstance(doc, Document) and ARTICLE_SENTENCES[0] in doc.text
    assert local.requests == ["/article"]


def test_allowed_networks_are_checked_on_every_redirect(local: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 is allowed, so the first hop is fetched; its redirects to another local
    address and to the cloud metadata address are refused, and never requested."""
    monkeypatch.setenv(ALLOW, "127.0.0.1/32")
    other = Server(host="127.0.0.2").start()
    try:
        other.routes["/secret"] = Route(b"internal data", content_type="text/plain")
        local.routes["/to-other"] = Route(b"", status=302, headers={"Location": other.url("/secret")})
        local.routes["/to-metadata"] = Route(b"", status=301, headers={"Location": "http://169.254.169.254/latest/"})
        local.routes["/to-home"] = Route(b"", status=307, headers={"Location": "/article"})
        to_other, to_metadata, to_home = fetch(
            local.url("/to-other"), local.url("/to-metadata"), local.url("/to-home")
        )
        assert isinstance(to_other, InputError) and to_other.reason.startswith(
            f"redirected to {other.url('/secret')}: refused to fetch 127.0.0.2: a loopback address"
        )
        assert isinstance(to_metadata, InputError) and to_metadata.reason.startswith(
            "redirected to http://169.254.169.254/latest/: refused to fetch 169.254.169.254: a link-local address"
        )
        assert isinstance(to_home, Document) and to_home.meta["final_url"] == local.url("/article")
        assert other.requests == []
    finally:
        other.stop()


def test_redirects_are_capped_and_stay_on_http(server: Server) -> None:  # noqa: ANN001
    server.routes["/loop"] = Route(b"", status=302, headers={"Location": "/loop"})
    server.routes["/file"] = Route(b"", status=302, headers={"Location": "file:///etc/passwd"})
    loop, to_file = fetch(server.url("/loop"), server.url("/file"))
    assert isinstance(loop, InputError) and loop.reason == "too many redirects (more than 10)"
    assert server.requests.count("/loop") == 11
    assert isinstance(to_file, InputError)
    assert to_file.reason == "redirected to 'file:///etc/passwd': only http:// and https:// are fetched"


def test_a_bad_allow_setting_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ALLOW, "10.0.0.0/8,intranet")
    with pytest.raises(ConfigError, match="'intranet' is not an address or network"):
        fetch("http://example.invalid/")


def test_https_is_verified_against_the_host_name_while_connecting_to_its_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection goes to the checked address, but TLS still checks the certificate
    against the name in the URL (SNI), so a certificate for `localhost` only is accepted
    for https://localhost/ and refused when the same server is asked for by address."""
    cert, key = self_signed_certificate(tmp_path, "localhost")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setenv(ALLOW, "1")
    secure = Server(tls=context).start()
    try:
        secure.routes["/article"] = Route(article_html().encode())
        by_name, by_address = fetch(secure.url("/article", host="localhost"), secure.url("/article"))
        assert isinstance(by_name, Document), by_name
        assert ARTICLE_SENTENCES[0] in by_name.text
        assert isinstance(by_address, InputError) and "CERTIFICATE_VERIFY_FAILED" in by_address.reason
    finally:
        secure.stop()


def test_server_dripping_its_headers_times_out(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Each header line comes well within the timeout, the 40 of them in 10 s: the fetch
    gives up at its deadline, so the server sees its client hang up while it still drips."""
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "1")
    server.routes["/drip"] = Route(article_html().encode(), drip_headers=0.25)
    (error,) = fetch(server.url("/drip"))
    assert isinstance(error, InputError)
    assert error.reason == "timed out after 1 s (raise CLAIMGRAPH_FETCH_TIMEOUT to wait longer)"
    deadline = time.monotonic() + 30  # a safety limit for the server thread, not a measurement
    while not server.dropped and time.monotonic() < deadline:
        time.sleep(0.1)
    assert server.dropped == ["/drip"]
