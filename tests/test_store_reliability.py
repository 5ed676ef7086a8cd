"""The store under kills and neighbours (issue 10, cases 2 and 6), end to end: the real command
in child processes, on a real SQLite file and a real PostgreSQL database.

- the first set-up of a database is atomic: a kill or Ctrl-C in the middle of it leaves a
  database the next command sets up; processes starting together on a new database all work;
- a database made by a newer claimgraph is refused in one line;
- two ingests of the same corpus into one database store it once and report the documents the
  other stored as duplicates, not failures.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from claimgraph.store import dispose_all, open_engine
from claimgraph.store.db import _alembic_config

# The real command, with the first set-up slowed down (a pause after each CREATE TABLE, a longer
# one after the documents table, said on stdout), so that a signal or a second process surely
# lands in the middle of it. argv: the two pauses (seconds), then the command's arguments.
SLOW_SETUP = """
import sys, time
from sqlalchemy import Engine, event
pause, hold = float(sys.argv[1]), float(sys.argv[2])

@event.listens_for(Engine, "after_cursor_execute")
def _slow(conn, cursor, statement, parameters, context, executemany):
    if statement.lstrip().upper().startswith("CREATE TABLE"):
        if statement.split()[2] == "documents":
            print("documents table made", flush=True)
            time.sleep(hold)
        time.sleep(pause)

from claimgraph.cli import main
sys.argv = ["claimgraph", *sys.argv[3:]]
main()
"""


def claimgraph(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "claimgraph.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False, env=env)


def slow_setup(pause: float, hold: float, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SLOW_SETUP, str(pause), str(hold), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def revision(url: str) -> str | None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def document_sources(url: str) -> list[str]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(text("SELECT source FROM documents")).scalars())
    finally:
        engine.dispose()


def write_corpus(path: Path, first: int, count: int) -> Path:
    """`count` short news items as JSON Lines, numbered from `first` (each its own text)."""
    cities = ["Nairobi", "Lagos", "Lisbon", "Kyiv", "Quito", "Accra"]
    people = ["Helen Marsh", "Tomas Lind", "Aminata Keita", "Jonas Weber"]
    rows = []
    for i in range(first, first + count):
        city, person = cities[i % len(cities)], people[i % len(people)]
        rows.append({"text": f"Report {i} from {city}. {person} said on Tuesday that {i + 3} people had been "
                             f"arrested in {city} after protests organised by the teachers' union. Marsh denied "
                             f"it, according to the Interior Ministry.", "source": f"item-{i}"})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


# --- the first set-up, interrupted (case 2) ---------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_first_setup_interrupted_midway_leaves_a_database_the_next_command_sets_up(
    tmp_path: Path, db_url: str, signum: int
) -> None:
    """It used to leave 'table documents already exists' on every later command (SQLite ran
    each CREATE TABLE outside the migration's transaction)."""
    proc = slow_setup(0, 60, "docs", "--db", db_url)
    try:
        assert proc.stdout.readline() == "documents table made\n", proc.stderr.read()
        proc.send_signal(signum)
        proc.wait(timeout=60)
    finally:
        proc.kill()
        proc.communicate()
    assert proc.returncode != 0
    dispose_all()
    story = tmp_path / "a.txt"
    story.write_text("Officials in Nairobi said on Tuesday that 12 people had been arrested.\n")
    done = claimgraph("ingest", str(story), "--db", db_url)
    assert (done.returncode, done.stdout, done.stderr) == (0, "1 stored, 0 skipped as duplicates, 0 failed\n", "")
    assert revision(db_url) == head()


def test_tables_left_by_an_older_interrupted_setup_are_set_up_again(tmp_path: Path) -> None:
    """What older versions left after such a kill: empty tables and no revision."""
    path = tmp_path / "left.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("CREATE TABLE documents (id VARCHAR(32) PRIMARY KEY, source TEXT NOT NULL)")
    done = claimgraph("docs", "--db", str(path))
    assert (done.returncode, done.stderr) == (
        0, f"database sqlite:///{path}: removing the empty tables of an interrupted first set-up\n")
    assert revision(f"sqlite:///{path}") == head()


def test_tables_of_another_program_are_left_alone(tmp_path: Path) -> None:
    """Beside them claimgraph sets up its own; one that bears a claimgraph table's name is refused."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id TEXT)")
        conn.execute("CREATE TABLE documents (id TEXT, source TEXT)")
        conn.execute("INSERT INTO documents VALUES ('a', 'theirs')")
    done = claimgraph("docs", "--db", str(path))
    assert done.returncode == 1
    assert done.stderr == (f"error: database sqlite:///{path} has a table documents that claimgraph did not make "
                           "(and no claimgraph schema revision): use a new database for claimgraph\n")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE documents")
    done = claimgraph("docs", "--db", str(path))
    assert (done.returncode, done.stderr) == (0, "")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'notes'").fetchall() == [("notes",)]


def test_database_of_a_newer_version_is_refused_in_one_line(db_url: str) -> None:
    open_engine(db_url)
    dispose_all()
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_from_the_future'"))
    engine.dispose()
    done = claimgraph("docs", "--db", db_url)
    shown = db_url if db_url.startswith("sqlite") else db_url.replace("claimgraph:claimgraph@", "claimgraph:***@")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (f"error: database {shown.replace('postgresql://', 'postgresql+psycopg://')} was made by "
                           f"a newer version of claimgraph (schema revision 0042_from_the_future; this version "
                           f"knows up to {head()}): upgrade claimgraph to use it\n")


# --- neighbours: two ingests at once (cases 2 and 6) ------------------------------------------


def test_two_ingests_on_a_new_database_both_store_everything(tmp_path: Path, db_url: str) -> None:
    """Started together on a new database (the set-up slowed so that both are in it at once):
    one of them used to fail with 'table ... already exists' and lose its half."""
    first = write_corpus(tmp_path / "first.jsonl", 0, 12)
    second = write_corpus(tmp_path / "second.jsonl", 100, 12)
    procs = [slow_setup(0.05, 0.5, "ingest", str(corpus), "--db", db_url) for corpus in (first, second)]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert (proc.returncode, out.splitlines()[-1:], err) == (0, ["12 stored, 0 skipped as duplicates, 0 failed"], "")
    assert document_sources(db_url) == sorted(f"item-{i}" for i in [*range(12), *range(100, 112)])


def test_two_ingests_of_the_same_corpus_report_duplicates_not_failures(tmp_path: Path, db_url: str) -> None:
    """A document the other process stored between our check and our commit is a duplicate
    (it used to be a 'failed' entry with a multi-line IntegrityError, and exit code 1)."""
    open_engine(db_url)  # set up already: this is about the documents
    dispose_all()
    corpus = write_corpus(tmp_path / "same.jsonl", 0, 40)
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(corpus), "--db", db_url]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    stored = 0
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert (proc.returncode, err) == (0, "")
        words = out.split()
        assert out == f"{words[0]} stored, {words[2]} skipped as duplicates, 0 failed\n"
        assert int(words[0]) + int(words[2]) == 40
        stored += int(words[0])
    assert stored == 40
    assert document_sources(db_url) == sorted(f"item-{i}" for i in range(40))
