"""Crash safety: SIGKILL ingest, a database's first set-up and curation at random points, many
times, on SQLite and PostgreSQL, and check the store after every kill (issue 10).

    python benchmarks/crash_safety.py [--rounds 20] [--documents 30] [--seed 1] [--pg URL]

Each kill is of the real command in a child process, at a random moment, or (the second ingest
round in every three) while it holds a document's transaction open: it is made to pause there
and is killed in the pause, the worst moment. After each kill the store must be whole (`problems`):

- no orphan row (a mention, claim, relation, event... of no document; a link, judgement, name
  or key of no entity; an index row of no event);
- no half-written document: each stored document has all the rows an uninterrupted run gives it;
- the tables kept beside others in step: every entity linked, every canonical id its own
  canonical entity with its names indexed, each event's entities indexed, mention counts right;
- the canonical ids what the stored judgements make (a curation is all or nothing).

At the end the interrupted ingest is run again to completion: every document once, and the same
store as an uninterrupted run (its JSON Lines export). PostgreSQL rounds run when --pg (or
$CLAIMGRAPH_TEST_PG) names a database that may be emptied. The test suite runs a short form
(`tests/test_crash_safety.py`).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import Connection, MetaData, create_engine, func, select, text

sys.path.insert(0, str(Path(__file__).parent))

from claimgraph.errors import StoreError
from claimgraph.export.jsonl import write_jsonl
from claimgraph.store import dispose_all, open_engine
from claimgraph.store.event_links import involved
from claimgraph.store.names import name_keys
from claimgraph.store.relink import refresh_profiles, relink
from claimgraph.store.resolution_tables import (
    canonical_entities,
    entity_keys,
    entity_links,
    entity_names,
    judgements,
    mention_evidence,
)
from claimgraph.store.tables import (
    claims,
    documents,
    entities,
    event_entities,
    events,
    mentions,
    relations,
    timexes,
)
from corpus_gen import corpus

# The real command in a child process. With `hold_at` n, it pauses inside the transaction of the
# n-th document it stores (after its claims are written), saying so on stdout; with a pause, after
# each statement that makes a table or relinks, so that a first set-up or a curation spreads over
# a moment to be killed in.
CHILD = """
import sys, time
from sqlalchemy import Engine, event
hold_at, pause = int(sys.argv[1]), float(sys.argv[2])
stored = 0

@event.listens_for(Engine, "after_cursor_execute")
def _slow(conn, cursor, statement, parameters, context, executemany):
    global stored
    head = statement.lstrip()[:40].upper()
    if hold_at and head.startswith("INSERT INTO CLAIMS"):
        stored += 1
        if stored == hold_at:
            print("holding a document's transaction", flush=True)
            time.sleep(600)
    if pause and head.startswith(("CREATE TABLE", "CREATE INDEX", "SELECT CANONICAL", "UPDATE ENTITY_LINKS")):
        time.sleep(pause)

if sys.argv[3] == "curate":
    from claimgraph.store import open_engine
    from claimgraph.store.curation import merge, split
    engine = open_engine(sys.argv[4])
    print("curating", flush=True)
    for _ in range(100_000):
        merge(engine, sys.argv[5], sys.argv[6])
        split(engine, sys.argv[5], sys.argv[7])
else:
    from claimgraph.cli import main
    sys.argv = ["claimgraph", *sys.argv[3:]]
    main()
"""
ROW_TABLES = (mentions, timexes, claims, relations, events)


def child(args: list[str], *, hold_at: int = 0, pause: float = 0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(hold_at), str(pause), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate()


def reset(url: str) -> None:
    """An empty database: the SQLite file removed, or every table of the PostgreSQL one dropped."""
    dispose_all()
    if url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        return
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        meta.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def write_corpus(path: Path, size: int, seed: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n, (body, published) in enumerate(corpus(size, seed=seed)):
            out.write(json.dumps({"text": body, "published": published, "source": f"article-{n}"}) + "\n")
    return path


def per_document(url: str) -> dict[str, tuple[int, ...]]:
    """Document id -> how many rows of each extraction table it has."""
    engine = open_engine(url)
    found: dict[str, list[int]] = {}
    with engine.connect() as conn:
        for ident in conn.execute(select(documents.c.id)).scalars():
            found[ident] = [0] * len(ROW_TABLES)
        for i, table in enumerate(ROW_TABLES):
            for ident, n in conn.execute(select(table.c.document, func.count()).group_by(table.c.document)):
                found.setdefault(ident, [0] * len(ROW_TABLES))[i] = n
    return {ident: tuple(counts) for ident, counts in found.items()}


def exported(url: str) -> list[str]:
    out = io.StringIO()
    write_jsonl(open_engine(url), out)
    return sorted(out.getvalue().splitlines())


def _missing(conn, column, target) -> int:
    query = select(func.count()).where(column.is_not(None), column.not_in(select(target)))
    return conn.execute(query).scalar_one()


def problems(url: str, expected: dict[str, tuple[int, ...]] | None = None) -> list[str]:
    """What is wrong with the store (nothing, if it is whole); `expected` the rows of each
    document in an uninterrupted run."""
    found = []
    engine = open_engine(url)
    with engine.connect() as conn:
        for column, target in (
            *((t.c.document, documents.c.id) for t in (*ROW_TABLES,)),
            (relations.c.claim, claims.c.id), (events.c.claim, claims.c.id), (event_entities.c.event, events.c.id),
            (mention_evidence.c.mention, mentions.c.id), (mentions.c.entity, entities.c.id),
            (entity_links.c.id, entities.c.id), (entity_links.c.canonical, entities.c.id),
            (canonical_entities.c.id, entities.c.id), (entity_names.c.canonical, canonical_entities.c.id),
            (entity_keys.c.entity, entities.c.id), (judgements.c.entity_a, entities.c.id),
            (judgements.c.entity_b, entities.c.id),
        ):
            if n := _missing(conn, column, target):
                found.append(f"{n} orphan {column.table.name}.{column.name} (no {target.table.name})")
        if n := _missing(conn, entities.c.id, entity_links.c.id):
            found.append(f"{n} entities without a link")
        canonical = set(conn.execute(select(entity_links.c.canonical).distinct()).scalars())
        links = dict(conn.execute(select(entity_links.c.id, entity_links.c.canonical)).all())
        if bad := [c for c in canonical if links.get(c) != c]:
            found.append(f"{len(bad)} canonical ids that are not their own canonical id")
        profiles = {row.id: row for row in conn.execute(select(canonical_entities))}
        if bad := canonical - set(profiles):
            found.append(f"{len(bad)} canonical ids without a canonical entity")
        if bad := set(profiles) - canonical:
            found.append(f"{len(bad)} canonical entities of no canonical id")
        names = set(conn.execute(select(entity_names.c.key, entity_names.c.canonical)).all())
        wanted = {(key, row.id) for row in profiles.values() for key in name_keys(row.name, row.aliases or ())}
        if names != wanted:
            found.append(f"entity names out of step: {len(names - wanted)} extra, {len(wanted - names)} missing")
        indexed = set(conn.execute(select(event_entities.c.entity, event_entities.c.event)).all())
        rows = conn.execute(select(events.c.id, events.c.entity, events.c.place, events.c.participants,
                                   events.c.claimed_by)).mappings()
        if indexed != {(ident, row["id"]) for row in rows for ident in involved(row)}:
            found.append("event entities out of step with the events")
        counts = Counter(conn.execute(select(mentions.c.entity).where(mentions.c.entity.is_not(None))).scalars())
        if bad := [i for i, n in conn.execute(select(entities.c.id, entities.c.mention_count)) if n != counts[i]]:
            found.append(f"{len(bad)} entities whose mention count is not their mentions")
        sources = Counter(conn.execute(select(documents.c.source)).scalars())
        if twice := [s for s, n in sources.items() if n > 1]:
            found.append(f"{len(twice)} sources stored twice")
    if expected is not None:
        stored = per_document(url)
        if half := [d for d, counts in stored.items() if expected.get(d) != counts]:
            found.append(f"{len(half)} documents stored in part: {half[:3]}")
    with engine.connect() as conn:  # canonical ids are what the stored judgements make
        before = _links_and_profiles(conn)
        relink(conn, set(before[0]))
        refresh_profiles(conn, set(before[0].values()))
        if _links_and_profiles(conn) != before:
            found.append("canonical ids or entities are not what the judgements make")
        conn.rollback()
    return found


def _links_and_profiles(conn: Connection) -> tuple[dict, dict]:
    links = dict(conn.execute(select(entity_links.c.id, entity_links.c.canonical)).all())
    return links, {row.id: tuple(row) for row in conn.execute(select(canonical_entities))}


class Reference:
    """What an uninterrupted ingest of the corpus stores (in a SQLite file), and how long it takes."""

    def __init__(self, folder: Path, documents: int, seed: int) -> None:
        self.corpus = write_corpus(folder / "corpus.jsonl", documents, seed)
        url = f"sqlite:///{folder / 'reference.db'}"
        reset(url)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "claimgraph.cli", "ingest", str(self.corpus), "--db", url],
                              capture_output=True, text=True, check=False)
        self.seconds = time.perf_counter() - start
        assert done.returncode == 0, done.stderr
        self.rows = per_document(url)
        self.export = exported(url)
        dispose_all()


class Run:
    """Rounds of kills on one database."""

    def __init__(self, url: str, reference: Reference, seed: int) -> None:
        self.url, self.reference, self.rng = url, reference, random.Random(seed)
        self.kills: Counter[str] = Counter()
        self.failures: list[str] = []

    def check(self, what: str, expected: dict | None = None) -> None:
        dispose_all()
        found = problems(self.url, expected)
        dispose_all()
        if found:
            self.failures.append(f"{self.url.split(':')[0]} after {what}: {'; '.join(found)}")

    def first_setup(self, rounds: int) -> None:
        """Kill `claimgraph docs` on a new database at a random moment of its set-up."""
        for _ in range(rounds):
            reset(self.url)
            proc = child(["docs", "--db", self.url], pause=0.01)
            time.sleep(self.rng.uniform(0.4, 1.6))  # imports take most of a second; the set-up follows
            kill(proc)
            self.kills["first set-up"] += 1
            self.check("a kill in the first set-up", {})
            done = subprocess.run([sys.executable, "-m", "claimgraph.cli", "docs", "--db", self.url],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                self.failures.append(f"the command after a killed first set-up failed: {done.stderr.strip()}")

    def ingest(self, rounds: int) -> None:
        """Kill ingest at random moments (or inside a document's transaction), then resume."""
        reset(self.url)
        for n in range(rounds):
            args = ["ingest", str(self.reference.corpus), "--db", self.url]
            left = len(self.reference.rows) - self._stored()
            if n % 3 == 1 and left:
                proc = child(args, hold_at=self.rng.randint(1, left))
                if not proc.stdout.readline():
                    self.failures.append(f"ingest never stored its document {left}: {proc.communicate()[1][-300:]}")
                what = "a kill inside a document's transaction"
            else:
                proc = child(args)
                time.sleep(self.rng.uniform(0.5, self.reference.seconds))
                what = "a kill during ingest"
            kill(proc)
            self.kills["ingest"] += 1
            self.check(what, self.reference.rows)
        done = subprocess.run([sys.executable, "-m", "claimgraph.cli", "ingest", str(self.reference.corpus), "--db",
                               self.url], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            self.failures.append(f"resuming the ingest failed: {done.stderr.strip()}")
        self.check("the resumed ingest", self.reference.rows)
        if per_document(self.url) != self.reference.rows:
            self.failures.append("the resumed ingest did not store every document once")
        elif exported(self.url) != self.reference.export:
            self.failures.append("the resumed ingest's store differs from an uninterrupted run's")
        dispose_all()

    def _stored(self) -> int:
        try:
            engine = open_engine(self.url)
        except StoreError:  # a new database that a kill left without the set-up: none yet
            return 0
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()

    def curation(self, rounds: int) -> None:
        """Kill a loop of merges and splits at random moments (the ingested store kept)."""
        for _ in range(rounds):
            proc = child(["curate", self.url, "Helen Marsh", "Tomas Lind", "Tomas Lind"], pause=0.002)
            started = proc.stdout.readline()
            if not started:
                self.failures.append(f"curation did not start: {proc.communicate()[1].strip()[-300:]}")
                return
            time.sleep(self.rng.uniform(0.05, 1.5))
            kill(proc)
            self.kills["curation"] += 1
            self.check("a kill during merge/split")


def run_all(urls: list[str], folder: Path, *, rounds: int, documents: int, seed: int) -> list[str]:
    """Every kind of kill, `rounds` times, on each database; the problems found."""
    reference = Reference(folder, documents, seed)
    failures = []
    for url in urls:
        run = Run(url, reference, seed)
        run.first_setup(rounds)
        run.ingest(rounds)
        run.curation(rounds)
        print(f"{url.split(':')[0]}: {dict(run.kills)} kills, {len(run.failures)} problems", flush=True)
        failures += run.failures
        reset(url)
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="kills of each kind, on each database")
    parser.add_argument("--documents", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", default=os.environ.get("CLAIMGRAPH_TEST_PG"),
                        help="a PostgreSQL database that may be emptied (default: $CLAIMGRAPH_TEST_PG)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"sqlite:///{tmp}/crash.db", *([args.pg] if args.pg else [])]
        start = time.perf_counter()
        failures = run_all(urls, Path(tmp), rounds=args.rounds, documents=args.documents, seed=args.seed)
    print(f"{time.perf_counter() - start:.0f} s")
    for failure in failures:
        print("PROBLEM:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
