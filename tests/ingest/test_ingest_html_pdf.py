"""HTML pages (trafilatura) and PDFs (pypdf), real files written to tmp_path."""

from __future__ import annotations

import pytest
from ingest_builders import (
    ARTICLE_SENTENCES,
    NAVIGATION_ONLY_HTML,
    article_html,
    encrypted_pdf,
    image_pdf,
    text_pdf,
)

from claimgraph.errors import InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document


def read_one(path: object, **options: object) -> Document | InputError:
    results = list(read_inputs([str(path)], **options))
    assert len(results) == 1, results
    return results[0]


def test_html_article_keeps_text_and_metadata_and_drops_boilerplate(write) -> None:  # noqa: ANN001
    doc = read_one(write("bamako.html", article_html()))
    assert isinstance(doc, Document), doc
    for sentence in ARTICLE_SENTENCES:
        assert sentence in doc.text
    for boilerplate in ("World", "Sport", "Weather forecast", "Copyright", "Privacy policy", "Cookie settings"):
        assert boilerplate not in doc.text, boilerplate
    assert doc.title == "Gunmen attack Bamako hotel"
    assert doc.author == "Jane Reporter"
    assert doc.publisher == "Example News"
    assert doc.published == "2015-11-21"


def test_htm_suffix_and_declared_latin1_charset(write) -> None:  # noqa: ANN001
    page = article_html(title="Le café de Bamako", charset="iso-8859-1")
    doc = read_one(write("cafe.htm", page.encode("cp1252")))
    assert isinstance(doc, Document), doc
    assert doc.title == "Le café de Bamako"


def test_html_invalid_metadata_date_is_ignored(write) -> None:  # noqa: ANN001
    doc = read_one(write("nodate.html", article_html(published="sometime last week")))
    assert isinstance(doc, Document), doc
    assert doc.published is None and doc.title == "Gunmen attack Bamako hotel"


def test_published_argument_overrides_html_metadata(write) -> None:  # noqa: ANN001
    doc = read_one(write("bamako.html", article_html()), published="2015-11-20")
    assert doc.published == "2015-11-20"


@pytest.mark.parametrize(
    "page",
    [
        NAVIGATION_ONLY_HTML,
        "<html><head><title>Loading…</title></head><body><div id='root'></div><script>boot()</script></body></html>",
    ],
)
def test_html_without_article_text(write, page: str) -> None:  # noqa: ANN001
    error = read_one(write("index.html", page))
    assert isinstance(error, InputError)
    assert error.reason.startswith("no article text found in the HTML page")


def test_html_empty_file(write) -> None:  # noqa: ANN001
    error = read_one(write("empty.html", "\n  \n"))
    assert isinstance(error, InputError) and error.reason.startswith("empty file")


PDF_PAGES = [
    "Gunmen attacked the Radisson Blu hotel in Bamako on 20 November 2015.",
    "Malian and French special forces raided the building.",
]


def test_pdf_text_layer_title_and_author(write) -> None:  # noqa: ANN001
    doc = read_one(write("report.pdf", text_pdf(PDF_PAGES, title="Attack in Bamako", author="Jane Reporter")))
    assert isinstance(doc, Document), doc
    assert doc.text == "\n\n".join(PDF_PAGES)
    assert doc.title == "Attack in Bamako" and doc.author == "Jane Reporter"
    assert doc.meta["pages"] == 2


def test_pdf_title_written_by_the_producer_is_not_a_title(write) -> None:  # noqa: ANN001
    doc = read_one(write("r.pdf", text_pdf(PDF_PAGES, title="Microsoft Word - draft3.docx")))
    assert isinstance(doc, Document) and doc.title is None


def test_truncated_pdf(write) -> None:  # noqa: ANN001
    data = text_pdf(PDF_PAGES * 20)
    for cut in (len(data) // 2, len(data) - 10):
        error = read_one(write(f"cut{cut}.pdf", data[:cut]))
        assert isinstance(error, InputError), cut
        assert error.reason.startswith("truncated PDF")


def test_corrupt_pdf(write) -> None:  # noqa: ANN001
    error = read_one(write("garbage.pdf", b"%PDF-1.7\n" + b"\x00garbage\xff" * 300 + b"\n%%EOF\n"))
    assert isinstance(error, InputError) and error.reason.startswith("corrupt PDF")


def test_not_a_pdf(write) -> None:  # noqa: ANN001
    error = read_one(write("page.pdf", "<html><body>An HTML page saved as .pdf</body></html>"))
    assert isinstance(error, InputError) and error.reason.startswith("not a PDF file")


def test_image_only_pdf_asks_for_ocr(write) -> None:  # noqa: ANN001
    error = read_one(write("scan.pdf", image_pdf()))
    assert isinstance(error, InputError)
    assert "no text layer" in error.reason and "OCR" in error.reason


def test_empty_pdf_file(write) -> None:  # noqa: ANN001
    error = read_one(write("empty.pdf", b""))
    assert isinstance(error, InputError) and error.reason.startswith("empty file")


# --- encrypted PDFs (issue 10, case 8) --------------------------------------------------------


@pytest.mark.parametrize("method", ["AES_128", "AES_256", "RC4"])
def test_pdf_with_only_an_owner_password_is_read(write, method: str) -> None:  # noqa: ANN001
    doc = read_one(write(f"{method}.pdf", encrypted_pdf("Text of the restricted report.", method=method)))
    assert isinstance(doc, Document), doc
    assert doc.text == "Text of the restricted report."


@pytest.mark.parametrize("method", ["AES_128", "AES_256"])
def test_pdf_that_needs_a_password_is_a_clear_error(write, method: str) -> None:  # noqa: ANN001
    data = encrypted_pdf("Secret text.", method=method, user_password="open-sesame")
    error = read_one(write("locked.pdf", data))
    assert isinstance(error, InputError)
    assert error.reason == (
        "encrypted PDF: it needs a password to open; decrypt it first "
        "(qpdf --password=PASSWORD --decrypt in.pdf out.pdf)"
    )
