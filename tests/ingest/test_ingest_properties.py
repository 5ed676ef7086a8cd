"""Every reader on hostile input (hypothesis): each file ends as Documents or one-line errors.

Whatever the bytes (random, mis-encoded, cut short, nested thousands deep, right-to-left,
emoji, zero-width or control characters, huge lines, broken CSV quotes and JSON), reading a
file yields only `Document`s and `InputError`s, never raises, and finishes in bounded time.
A Document's text is normalized, visible and within the length limit; an error is one
printable line that names its input. More examples: CLAIMGRAPH_EXAMPLES=2000.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from ingest_builders import encrypted_pdf, image_pdf, text_pdf

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.ingest.files import read_data
from claimgraph.ingest.normalize import normalize_text
from claimgraph.model import Document, document_id
from limits import time_limit
from strategies import (
    billion_laughs,
    csv_bytes,
    hostile_text,
    html_bytes,
    jsonl_bytes,
    markdown_bytes,
    text_bytes,
)

SOURCE = "/data/in\u202eput\nfile"  # a hostile name: bidi override and a newline
SECONDS = 20  # for one file; the slowest real case (a 120,000-character line) takes about 1 s
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(data: bytes, suffix: str) -> list[Document | InputError]:
    """Read `data` as a file of type `suffix` and check every result."""
    with time_limit(SECONDS):
        results = list(read_data(data, suffix, SOURCE))
    assert results, "a file gave neither a document nor an error"
    for item in results:
        if isinstance(item, InputError):
            message = str(item)
            assert message.isprintable() and "\n" not in message, message
            assert item.source.startswith("/data/in\\u202eput\\nfile") and item.reason
            continue
        assert isinstance(item, Document), item
        assert item.text.strip() and normalize_text(item.text) == item.text
        assert len(item.text) <= settings.max_chars()
        assert item.id == document_id(item.text)
        assert item.text.encode("utf-8")  # no lone surrogates: the store writes UTF-8
        for value in (item.title, item.author, item.publisher):
            assert value is None or ("\n" not in value and value.strip() == value and value)
        assert item.published is None or ISO.match(item.published), item.published
    return results


@given(text_bytes())
@example(b"Floods in Nairobi\n\nTwelve people died, officials said.")
@example("\u200b\u200d\ufeff".encode())
@example(b"\xff\xfe" + "שלום, 🙂 world".encode("utf-16-le"))
def test_text_files(data: bytes) -> None:
    check(data, ".txt")


@given(markdown_bytes())
@example(billion_laughs(9, 9).encode())  # 9 ** 9 items if the aliases were expanded
@example(("> " * 3000 + "quoted").encode())
@example(b"---\ntitle: [a, [b, [c]]]\nauthor: {x: 1}\ndate: 2015-11-21\n---\n# Head\n\nBody text.\n")
def test_markdown_files(data: bytes) -> None:
    check(data, ".md")


@given(html_bytes())
@example(("<div>" * 5000 + "<p>Officials said 21 people died.</p>").encode())
@example(b"<?xml version='1.0' encoding='utf-16'?><html><body><p>Text of the article here.</p></body></html>")
@example(b"<html><head><meta charset='x-no-such'></head><body><article><p>" + b"Body text. " * 30 + b"</p></article></body></html>")
@example(b"<html><head><meta charset='uu'></head><body><article><p>" + b"Body text. " * 30 + b"</p></article></body></html>")
def test_html_files(data: bytes) -> None:
    check(data, ".html")


@given(jsonl_bytes())
@example(b'{"text": "' + b"[" * 3000 + b'"}\n' + b"[" * 3000 + b"\n")
@example(b'{"text": "Body text.", "n": ' + b"1" * 5000 + b"}\n")
@example(b'{"text": "a\\ud800b"}\n{"text": "fine text"}\n')
@example(b'{"text": "Body text.", "title": ' + b"[" * 2000 + b"]" * 2000 + b"}\n")
def test_jsonl_files(data: bytes) -> None:
    check(data, ".jsonl")


@given(csv_bytes())
@example(b'text,title\n"unterminated,x\nnext row,y\n')
@example(b"title\nno text column\n")
@example(b"text\n" + b"x" * 200_000 + b"\n")
def test_csv_files(data: bytes) -> None:
    check(data, ".csv")


# -- PDF -----------------------------------------------------------------------------------------

_PDFS: list[bytes] = []


def _pdfs() -> list[bytes]:
    """Real PDFs to break: text pages, encrypted ones, a scan with no text layer."""
    if not _PDFS:
        _PDFS.extend([
            text_pdf(["Gunmen stormed the hotel in Bamako on Friday, officials said."] * 2,
                     title="Report", author="Jane Doe"),
            encrypted_pdf("Encrypted text of the article.", method="AES_128"),
            encrypted_pdf("Secret text.", method="RC4", user_password="secret"),
            image_pdf(),
        ])
    return _PDFS


@st.composite
def pdf_bytes(draw: st.DrawFn) -> bytes:
    """A real PDF, broken: bytes flipped, spans cut out, random bytes spliced in, cut short
    (with or without its %%EOF put back); or random bytes that start like a PDF."""
    base = draw(st.sampled_from(range(4)))
    data = bytearray(_pdfs()[base])
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(0, 12))):
        action, at = rng.randrange(4), rng.randrange(len(data))
        if action == 0:
            data[at] = rng.randrange(256)
        elif action == 1:
            del data[at : at + rng.randrange(1, 200)]
        elif action == 2:
            data[at:at] = rng.randbytes(rng.randrange(1, 50))
        else:
            data[at:at] = data[rng.randrange(len(data)) :][: rng.randrange(1, 500)]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))] + draw(st.sampled_from([b"", b"\n%%EOF\n"]))
    return bytes(data)


@given(st.one_of(pdf_bytes(), st.binary(max_size=300).map(lambda tail: b"%PDF-1.4\n" + tail + b"\n%%EOF")))
def test_pdf_files(data: bytes) -> None:
    check(data, ".pdf")


def test_real_pdfs_still_read() -> None:
    # the PDFs the property breaks are read whole when intact
    results = [check(data, ".pdf")[0] for data in _pdfs()]
    assert [type(r).__name__ for r in results] == ["Document", "Document", "InputError", "InputError"]


@given(st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv"]), hostile_text(max_pieces=120))
def test_any_text_in_any_format(suffix: str, text: str) -> None:
    # text written as UTF-8 under every suffix: the readers meet each other's syntax
    check(text.encode("utf-8", errors="surrogatepass"), suffix)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl", ".csv", ".pdf"])
def test_empty_and_blank_files(suffix: str) -> None:
    for data in (b"", b" \n\t ", b"\x00"):
        check(data, suffix)
