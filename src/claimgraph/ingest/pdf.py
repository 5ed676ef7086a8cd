"""PDF documents: the text layer via pypdf; title and author from the PDF's metadata."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError

from claimgraph.errors import InputError
from claimgraph.ingest.document import build_document
from claimgraph.model import Document

NO_TEXT_LAYER = "PDF has no text layer (scanned? run OCR first, e.g. with ocrmypdf)"
ENCRYPTED = (
    "encrypted PDF: it needs a password to open; decrypt it first "
    "(qpdf --password=PASSWORD --decrypt in.pdf out.pdf)"
)
TRUNCATED = "truncated PDF (its end marker %%EOF is missing); download or export it again"
# Titles that PDF producers write for you, which say nothing about the document.
_JUNK_TITLE = re.compile(
    r"(?i)^(untitled\b.*|microsoft word\b.*|.*\.(docx?|odt|rtf|pdf|txt|indd|pages))$"
)


def pdf_document(data: bytes, source: str) -> Document:
    """The text of every page, pages separated by a blank line."""
    if not data.strip():
        raise InputError(source, "empty file (no PDF in it)")
    if not data.lstrip().startswith(b"%PDF-"):
        raise InputError(source, "not a PDF file (it does not start with %PDF-)")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(source, TRUNCATED)
    try:
        reader = PdfReader(io.BytesIO(data))
        # A PDF with only an owner password (print/copy restrictions) opens with the empty
        # user password; one with a user password cannot be read without it.
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(source, ENCRYPTED)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = info.title if info else None
        author = info.author if info else None
    except InputError:
        raise
    except DependencyError as err:  # AES needs the `cryptography` package, a dependency
        raise InputError(source, f"cannot decrypt this PDF ({err}): pip install cryptography") from None
    except Exception as err:  # pypdf raises many types on broken files
        raise InputError(source, f"corrupt PDF ({type(err).__name__}: {err})") from None
    if title and _JUNK_TITLE.match(str(title).strip()):
        title = None
    return build_document(
        "\n\n".join(pages),
        source,
        empty=NO_TEXT_LAYER if pages else "PDF has no pages",
        title=title,
        author=author,
        meta={"format": "pdf", "pages": len(pages)},
    )
