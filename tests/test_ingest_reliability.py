"""Ingest end to end under hostile input, failures, signals and locks (issue 10).

Real files, a real database, the real pipeline and the real command in a child process:
one bad document, kill or neighbour never costs the rest of a batch.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
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


# --- signals with worker processes (issue 10, case 5) -----------------------------------------


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(child) for child in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; only its parent (or init) has not reaped it


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # the schema may not exist yet
        return 0


def _wait_for(condition, what: str, seconds: float = 180) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds  # a safety limit, not a measurement
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.1)


@pytest.fixture
def busy_ingest(tmp_path: Path) -> Iterator[tuple[subprocess.Popen, set[int], Path]]:
    """`claimgraph ingest --workers 2` in its own process group, once it has stored a document:
    (process, its worker pids, database)."""
    if not Path("/proc/self/task").is_dir():
        pytest.skip("needs /proc to find the worker processes")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(80):
        (folder / f"a{i:02}.txt").write_text(article(i) * 3)
    db = tmp_path / "busy.db"
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(folder), "--workers", "2", "--db", str(db)]
    env = {**os.environ, "CLAIMGRAPH_BATCH_SIZE": "4"}  # the first document is stored sooner
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    workers: set[int] = set()
    try:
        _wait_for(lambda: len(_children(proc.pid)) >= 2 or proc.poll() is not None, "the workers")
        workers = _children(proc.pid)
        _wait_for(lambda: _stored(db) >= 1 or proc.poll() is not None, "a stored document")
        assert proc.poll() is None, proc.communicate()
        yield proc, workers, db
    finally:
        for pid in [proc.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        proc.communicate()


def _assert_gone(workers: set[int]) -> None:
    _wait_for(lambda: not any(_alive(pid) for pid in workers), "the workers to exit", seconds=30)


def test_ctrl_c_with_workers_exits_at_once_and_keeps_what_was_stored(busy_ingest) -> None:  # noqa: ANN001
    proc, workers, db = busy_ingest
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends Ctrl-C: to the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    text = err.decode()
    assert "Traceback" not in text and "Aborted!" not in text
    (last,) = [line for line in text.splitlines() if line.startswith("interrupted: ")]
    stored = int(last.split()[1])
    assert last == (f"interrupted: {stored} stored, 0 skipped as duplicates, 0 failed; "
                    "run the same command again to go on (stored documents are skipped)")
    assert _stored(db) == stored
    _assert_gone(workers)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_killed_parent_leaves_no_worker_behind(busy_ingest, signum: int) -> None:  # noqa: ANN001
    """The signal goes to the parent alone (kill PID); even SIGKILL, which it cannot see."""
    proc, workers, _ = busy_ingest
    os.kill(proc.pid, signum)
    proc.wait(timeout=60)
    assert proc.returncode == -signum
    _assert_gone(workers)
