"""Ingest end to end under hostile input, failures and locks (issue 10).

Real files, a real database, the real pipeline and the real command in a child process:
one bad document, kill or neighbour never costs the rest of a batch.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch
from sqlalchemy import event

from claimgraph.cli import main
from claimgraph.extract.pipeline import resolve_model_name
from claimgraph.process import ingest
from claimgraph.store import dispose_all, open_engine

MARKER = "XYZZY-FAIL"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def article(i: int) -> str:
    city = ["Nairobi", "Lagos", "Lisbon", "Kyiv", "Quito"][i % 5]
    return (f"Report {i} from {city}\nOfficials in {city} said on Tuesday that {i + 3} people had been "
            f"arrested after protests organised by the teachers' union. ") * 3


# --- long documents and failing documents (issue 10, case 1) ----------------------------------


def test_long_row_is_refused_and_the_rest_of_the_batch_is_stored(tmp_path: Path) -> None:
    """41 rows, the tenth 1.2 million characters long: it used to abort every run after
    16 rows; now it alone fails, every time, with a one-line reason."""
    rows = [{"text": article(i)} for i in range(40)]
    rows.insert(9, {"text": "Officials said the talks would go on. " * 31_600})
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    db = f"sqlite:///{tmp_path / 'long.db'}"
    expected = (f"failed: {corpus}#line=10: too long (1200800 characters; the limit is 500000, "
                "set CLAIMGRAPH_MAX_CHARS)\n")

    code, out, err = run("ingest", str(corpus), "--db", db)
    assert (code, out, err) == (1, "40 stored, 0 skipped as duplicates, 1 failed\n", expected)
    code, out, err = run("ingest", str(corpus), "--db", db)
    assert (code, out, err) == (1, "0 stored, 40 skipped as duplicates, 1 failed\n", expected)


class _FailsOnMarker:
    """Fails, for its whole batch, on a document holding MARKER, as a trained component
    (tagger, parser, NER) does: spaCy then drops the batch, or stops the pipe."""

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterator[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            if any(MARKER in doc.text for doc in batch):
                raise ValueError("boom on a marked document")
            yield from batch


@Language.factory("claimgraph_test_fails_on_marker")
def _fails_on_marker(nlp: Language, name: str) -> _FailsOnMarker:
    return _FailsOnMarker()


@pytest.fixture(scope="module")
def failing_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The English model with a component that fails on marked documents, saved as a model."""
    import spacy

    nlp = spacy.load(resolve_model_name())
    nlp.add_pipe("claimgraph_test_fails_on_marker", after="ner")
    path = tmp_path_factory.mktemp("model") / "failing"
    nlp.to_disk(path)
    return str(path)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_that_fails_extraction_fails_alone(tmp_path: Path, failing_model: str, workers: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        text = article(i) + (f"\n{MARKER}\n" if i == 4 else "")
        (folder / f"a{i:02}.txt").write_text(text)
    db = f"sqlite:///{tmp_path / 'fail.db'}"
    report = ingest([str(folder)], db=db, workers=workers, model=failing_model)
    assert len(report.stored) == 19 and report.duplicates == 0
    (failure,) = report.failures
    assert failure.source == str(folder / "a04.txt")
    assert failure.reason == "extraction failed (ValueError: boom on a marked document)"
    dispose_all()


# --- the database is locked (issue 10, case 9) ------------------------------------------------


def test_locked_database_is_a_one_line_failure_saying_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    url = f"sqlite:///{path}"
    engine = open_engine(url)
    # Wait 0.1 s for the lock rather than the store's 30 s (a listener after the store's own).
    event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA busy_timeout=100"))
    engine.dispose()
    (tmp_path / "a.txt").write_text(article(1))
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN IMMEDIATE")  # another writer holds the database
        report = ingest([str(tmp_path / "a.txt")], db=url)
    finally:
        locker.close()
        dispose_all()
    (failure,) = report.failures
    assert str(failure) == (
        f"{tmp_path / 'a.txt'}: could not store: the database is locked by another program "
        "(another claimgraph ingest, or a database browser); wait for it to finish or close it, "
        "then run the same command again (stored documents are skipped)"
    )


# --- a folder of awkward files, end to end (issue 10, cases 3, 5 and 7) -----------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_folder_of_awkward_files_is_ingested_by_the_command(tmp_path: Path) -> None:
    """Names that are not UTF-8 or hold a newline, a FIFO, a link to /dev/zero: the good
    files are stored and each bad one gets one printable line, in a real child process."""
    folder = tmp_path / "in"
    folder.mkdir()
    Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt")).write_text(article(1))
    (folder / "two\nlines.txt").write_text(article(2))
    (folder / "bad\nname.txt").write_bytes(b"\x93not UTF-8\x94")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(folder), "--db", str(tmp_path / "a.db")]
    done = subprocess.run(cmd, capture_output=True, timeout=300, check=False)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert done.stdout.decode() == "2 stored, 0 skipped as duplicates, 3 failed\n"
    assert err.splitlines() == [
        f"failed: {folder}/bad\\nname.txt: not valid UTF-8: byte 0x93 at offset 0 (re-save the file as UTF-8)",
        f"failed: {folder}/pipe.txt: not a regular file but a named pipe (FIFO); skipped",
        f"failed: {folder}/zero.txt: not a regular file but a character device (a link to /dev/zero); skipped",
    ]
    code, out, _ = run("docs", "--json", "--db", str(tmp_path / "a.db"))
    assert sorted(doc["source"] for doc in json.loads(out)) == [f"{folder}/caf\\xe9.txt", f"{folder}/two\\nlines.txt"]
