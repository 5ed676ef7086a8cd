"""Builders for real input files (PDFs, HTML pages) and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import datetime
import io
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from PIL import Image

ARTICLE_SENTENCES = (
    "Gunmen stormed the Radisson Blu hotel in Bamako, the capital of Mali, on Friday "
    "morning and took about 170 people hostage, officials said.",
    "Malian and French special forces raided the building hours later. At least 21 people "
    "were killed, according to the United Nations.",
    "The group al-Mourabitoun claimed responsibility for the attack in an audio statement "
    "relayed by Al Jazeera.",
)


def article_html(
    *,
    title: str = "Gunmen attack Bamako hotel",
    published: str = "2015-11-21T08:00:00+00:00",
    charset: str = "utf-8",
) -> str:
    """A news page: navigation, the article, a related-links box and a footer."""
    paragraphs = "\n".join(f"<p>{sentence}</p>" for sentence in ARTICLE_SENTENCES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="{published}">
</head><body>
<header><a href="/">Example News</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather forecast</a></li></ul></nav>
<main><article><h1>{title}</h1>
{paragraphs}
</article></main>
<footer><p>Copyright 2015 Example News. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>"""


NAVIGATION_ONLY_HTML = """<!DOCTYPE html><html><head><title>Sections | Example News</title></head>
<body><nav><ul><li><a href="/world">World news</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li></ul></nav><div id="app"></div><script>render()</script>
<footer><a href="/privacy">Privacy policy</a></footer></body></html>"""


def text_pdf(
    pages: list[str], *, title: str | None = None, author: str | None = None
) -> bytes:
    """A real PDF with a text layer, one string per page."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for page in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, page)
    return bytes(pdf.output())


def encrypted_pdf(text: str, *, method: str, user_password: str = "") -> bytes:
    """A PDF encrypted with `method` (AES_128, AES_256, RC4) and an owner password; with an
    empty `user_password` anyone may open it (the owner password only restricts copying)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, text)
    pdf.set_encryption(
        owner_password="owner-secret",
        user_password=user_password,
        encryption_method=EncryptionMethod[method],
    )
    return bytes(pdf.output())


def image_pdf() -> bytes:
    """A PDF whose only page is a picture, as a scanner makes: no text layer."""
    picture = Image.new("RGB", (200, 100), "white")
    for x in range(20, 180):
        picture.putpixel((x, 50), (0, 0, 0))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=150)
    return bytes(pdf.output())


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds before the response starts
    drip: float = 0.0  # seconds between 100-byte chunks of the body
    drip_headers: float = 0.0  # seconds between header lines (40 filler headers are sent)
    send_length: bool = True
    headers: dict[str, str] = field(default_factory=dict)


class Server:
    """A real HTTP server in a background thread; tests add routes to `routes`; `requests`
    lists the paths it was asked for, `dropped` those whose client hung up mid-response."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.dropped: list[str] = []
        routes, requests, dropped = self.routes, self.requests, self.dropped

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                requests.append(self.path)
                route = routes.get(self.path)
                if route is None:
                    route = Route(b"<html><body><h1>Not Found</h1></body></html>", status=404)
                try:
                    time.sleep(route.delay)
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    if route.send_length:
                        self.send_header("Content-Length", str(len(route.body)))
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.drip_headers:
                        self.flush_headers()
                        for number in range(40):
                            self.wfile.write(f"X-Filler-{number}: {number}\r\n".encode())
                            self.wfile.flush()
                            time.sleep(route.drip_headers)
                    self.end_headers()
                    if route.drip:
                        for start in range(0, len(route.body), 100):
                            self.wfile.write(route.body[start : start + 100])
                            self.wfile.flush()
                            time.sleep(route.drip)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    dropped.append(self.path)  # the client gave up, as the timeout tests want it to

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.scheme = "https" if tls else "http"
        if tls:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str, *, host: str | None = None) -> str:
        address, port = self.httpd.server_address[:2]
        return f"{self.scheme}://{host or address}:{port}{path}"

    def start(self) -> Server:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def self_signed_certificate(folder: Path, hostname: str) -> tuple[Path, Path]:
    """(certificate, key) PEM files of a self-signed certificate for `hostname` only."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path
