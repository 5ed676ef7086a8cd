"""Builders for real input files (PDFs, HTML pages) and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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
    send_length: bool = True
    headers: dict[str, str] = field(default_factory=dict)


class Server:
    """A real HTTP server in a background thread; tests add routes to `routes`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
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
                    self.end_headers()
                    if route.drip:
                        for start in range(0, len(route.body), 100):
                            self.wfile.write(route.body[start : start + 100])
                            self.wfile.flush()
                            time.sleep(route.drip)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as the timeout tests want it to

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"
