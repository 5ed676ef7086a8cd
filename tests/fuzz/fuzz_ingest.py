"""Fuzz the ingest readers with atheris: any bytes end as Documents or InputErrors.

    python tests/fuzz/fuzz_ingest.py CORPUS_DIR [libFuzzer options]
    python tests/fuzz/fuzz_ingest.py CORPUS_DIR -max_total_time=600 -timeout=20
    python tests/fuzz/fuzz_ingest.py crash-1234abcd          # run one input again
    python tests/fuzz/fuzz_ingest.py --seeds CORPUS_DIR      # write the seed inputs, then stop

An input's first byte picks the reader (.txt .md .html .csv .jsonl .pdf, in that order, modulo
6) and the rest is the file's content, read in this process as `read_file` reads a file
(`claimgraph.ingest.files.read_data`). Anything but Documents and one-line InputErrors is a
crash: an exception that escapes, a reader that yields nothing, a Document whose text is not
normalized, over the length limit or not encodable as UTF-8. libFuzzer's -timeout catches hangs.
claimgraph's ingest code and the pure-Python libraries it reads with are instrumented for
coverage. tests/fuzz/test_fuzz_ingest.py runs a short bounded session in CI.
"""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import atheris

# Instrumented on import (about 20 s): the code under test and the pure-Python libraries it
# reads with, so that libFuzzer sees which branches an input reaches.
INSTRUMENTED = ["claimgraph", "markdown_it", "pypdf", "trafilatura", "yaml", "ftfy", "htmldate",
                "justext", "dateutil"]
SUFFIXES = (".txt", ".md", ".html", ".csv", ".jsonl", ".pdf")
SOURCE = "fuzz\ninput"  # a name that must come out printable on one line


class Crash(AssertionError):
    """A reader broke its promise on one input."""


def test_one_input(data: bytes) -> None:
    # imported here, after main() has imported them instrumented (a cached import is cheap)
    from claimgraph import settings
    from claimgraph.errors import InputError
    from claimgraph.ingest.files import read_data
    from claimgraph.ingest.normalize import normalize_text
    from claimgraph.model import Document

    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    results = list(read_data(data[1:], suffix, SOURCE))
    if not results:
        raise Crash(f"{suffix}: neither a document nor an error")
    for item in results:
        if isinstance(item, InputError):
            if "\n" in str(item) or not str(item).isprintable() or not item.reason:
                raise Crash(f"{suffix}: an error not on one printable line: {str(item)!r}")
        elif isinstance(item, Document):
            text = item.text
            if not text.strip() or normalize_text(text) != text or len(text) > settings.max_chars():
                raise Crash(f"{suffix}: a document whose text is empty, not normalized or too long")
            text.encode("utf-8")  # the store writes UTF-8: no lone surrogates
            for field in (item.title, item.author, item.publisher):
                if field is not None and "\n" in field:
                    raise Crash(f"{suffix}: metadata over several lines: {field!r}")
        else:
            raise Crash(f"{suffix}: yielded {type(item).__name__}, not a Document or InputError")


def write_seeds(folder: Path) -> int:
    """Seed inputs, one or more per reader: the sample articles and small files of each kind."""
    samples = Path(__file__).resolve().parents[2] / "src" / "claimgraph" / "samples"
    article = "Gunmen stormed the hotel in Bamako on Friday, officials said. “We will act,” he said.\n"
    seeds = {
        ".txt": [f"Bamako attack\n\n{article}".encode(), "שלום 🙂 \u200b text\r\n".encode("utf-16")],
        ".md": [f"---\ntitle: T\ndate: 2015-11-21\n---\n# Head\n\n> {article}\n- a\n- b\n".encode()],
        ".html": [f"<html><head><title>T</title><meta charset='utf-8'></head><body><article>"
                  f"<h1>T</h1><p>{article}</p><p>{article}</p></article></body></html>".encode()],
        ".csv": [f'text,title,date\n"{article}",T,2015-11-21\n"x ""y"" z",,\n'.encode()],
        ".jsonl": ["\n".join(json.dumps(row) for row in (
            {"text": article, "title": "T", "published": "2015-11-21"}, {"text": "x", "tags": [1]},
        )).encode()],
        ".pdf": [_pdf(article)],
    }
    for path in sorted(samples.iterdir()):
        if path.suffix in (".md", ".html", ".jsonl"):
            seeds[path.suffix].append(path.read_bytes()[:20_000])
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for suffix, contents in seeds.items():
        for number, content in enumerate(contents):
            (folder / f"seed-{suffix[1:]}-{number}").write_bytes(bytes([SUFFIXES.index(suffix)]) + content)
            count += 1
    return count


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.set_title("Report")
    pdf.add_page()
    pdf.multi_cell(0, 8, text.replace("“", '"').replace("”", '"'))
    out = io.BytesIO()
    out.write(bytes(pdf.output()))
    return out.getvalue()


def main() -> None:
    if sys.argv[1:2] == ["--seeds"]:
        print(f"{write_seeds(Path(sys.argv[2]))} seed inputs written to {sys.argv[2]}")
        return
    logging.disable(logging.CRITICAL)  # pypdf's and trafilatura's complaints about broken input
    with atheris.instrument_imports(include=INSTRUMENTED):
        import claimgraph.ingest.files  # noqa: F401  (and everything it reads with)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
