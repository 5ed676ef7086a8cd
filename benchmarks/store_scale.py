"""A store of many articles: how long each CLI command takes, and whether ingest slows as the
store grows (issue 10, case 10).

    python benchmarks/store_scale.py [--articles 10000 | --quick] [--db URL] [--workers 2]
                                     [--keep FILE] [--reuse]

Builds a store of N articles from the project's generated news corpus (`corpus_gen.py`) with the
real `claimgraph ingest` pipeline: the first 200 articles and the last 200 in one process (their
per-document cost compared: wall time, and the part spent storing and linking), the rest in
between with `--workers` processes. Then times each CLI command a reader runs on such a store,
in this process (the interpreter and imports once, apart), three runs each, a fresh engine every
run. Prints Markdown tables. `--quick` is 1,000 articles, for trying. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

import claimgraph.process
import corpus_gen
from claimgraph.cli import main as cli
from claimgraph.process import ingest
from claimgraph.store import dispose_all, open_engine, reader
from corpus_gen import corpus

EDGE = 200  # articles timed at the start and at the end
SLICE = 1000  # articles ingested at once in between (a line of progress each)
RUNS = 3


class StoreTimer:
    """Time spent in `save_extraction` (storing a document and linking its entities): wall
    time, and the CPU time of this process (less disturbed by other work on the machine)."""

    def __init__(self) -> None:
        self.seconds = self.cpu = 0.0
        self.original = claimgraph.process.save_extraction

    def __enter__(self) -> StoreTimer:
        def timed(*args, **kwargs):
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.cpu += time.process_time() - cpu

        claimgraph.process.save_extraction = timed
        return self

    def __exit__(self, *exc: object) -> None:
        claimgraph.process.save_extraction = self.original


def write_jsonl(path: Path, articles: list[tuple[str, str]], first: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n, (text, published) in enumerate(articles, first):
            out.write(json.dumps({"text": text, "published": published, "source": f"article-{n}"}) + "\n")
    return path


class Timing(NamedTuple):
    """Milliseconds per document: wall and CPU time, and of them the storing and linking."""

    wall: float
    cpu: float
    store_wall: float
    store_cpu: float

    def line(self) -> str:
        return (f"{self.wall:.1f} ms/doc ({self.cpu:.1f} CPU), storing {self.store_wall:.1f} "
                f"({self.store_cpu:.1f} CPU)")


def ingest_timed(path: Path, db: str, workers: int) -> Timing:
    with StoreTimer() as store:
        start, cpu = time.perf_counter(), time.process_time()
        report = ingest([str(path)], db=db, workers=workers)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert report.ok, report.summary()
    n = len(report.stored)
    return Timing(1000 * wall / n, 1000 * cpu / n, 1000 * store.seconds / n, 1000 * store.cpu / n)


def build(db: str, articles: int, workers: int, tmp: Path) -> dict[str, Timing]:
    texts = corpus(articles)
    open_engine(db)
    ingest_timed(write_jsonl(tmp / "warm.jsonl", corpus(3, seed=99), -3), db, 1)  # model loaded, caches warm
    edges = {"first": ingest_timed(write_jsonl(tmp / "first.jsonl", texts[:EDGE], 0), db, 1)}
    print(f"first {EDGE}: {edges['first'].line()}", flush=True)
    for begin in range(EDGE, articles - EDGE, SLICE):
        end = min(begin + SLICE, articles - EDGE)
        timing = ingest_timed(write_jsonl(tmp / "middle.jsonl", texts[begin:end], begin), db, workers)
        print(f"articles {begin}-{end}, {workers} workers: {timing.line()}", flush=True)
    edges["last"] = ingest_timed(write_jsonl(tmp / "last.jsonl", texts[-EDGE:], articles - EDGE), db, 1)
    print(f"last {EDGE}: {edges['last'].line()}", flush=True)
    return edges


def targets(db: str) -> dict[str, str]:
    """The entities and document the commands are run on: the most mentioned of the generator's
    people, organizations, cities and countries (the most mentioned entities of the store)."""
    engine = open_engine(db)
    counted = reader.entity_counts(engine, limit=300)
    cities, countries = corpus_gen.PLACES[:10], corpus_gen.PLACES[10:]
    found = {}
    for kind, names in (("person", corpus_gen.PEOPLE), ("org", [o.removeprefix("the ") for o in corpus_gen.ORGS]),
                        ("place", cities), ("country", countries)):
        top = next(c.entity for c in counted if c.entity.name in names)
        found[kind], found[f"{kind} id"] = top.name, top.id  # a name may name several entities (types)
    found["doc"] = next(iter(reader.iter_documents(engine))).id
    dispose_all()
    return found


def commands(t: dict[str, str]) -> list[list[str]]:
    return [
        ["docs"], ["entities"], ["entities", "--type", "Location"],
        ["entity", t["person id"]], ["entity", t["country id"]],
        ["claims", "--about", t["person"]], ["claims", "--about", t["country"]], ["claims", "--source", t["person"]],
        ["claims", "--doc", t["doc"]], ["show", t["doc"], "--claims"],
        ["relations", "--about", t["org"]], ["events", "--about", t["place"]],
        ["timeline", "--about", t["person"]], ["timeline", "--about", t["country"]], ["timeline", "--doc", t["doc"]],
        ["contradictions"], ["contradictions", "--about", t["person"]],
        ["corroboration", "--about", t["org"]], ["corroboration", "--about", t["country"]],
        ["path", t["person"], t["org"]], ["support", t["doc"]],
    ]


def time_command(db: str, args: list[str]) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds of each run, and the lines printed."""
    runner = CliRunner()
    seconds, cpu, lines = [], [], 0
    for _ in range(RUNS):
        dispose_all()  # each run opens its engine, as a new process would
        start, started = time.perf_counter(), time.process_time()
        result = runner.invoke(cli, [*args, "--db", db], catch_exceptions=False)
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - started)
        assert result.exit_code == 0, (args, result.output[-500:])
        lines = result.output.count("\n")
    return seconds, cpu, lines


def startup(db: str) -> float:
    """Seconds for `claimgraph docs --help` in a new process: the interpreter and imports."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claimgraph.cli", "docs", "--help"], check=True, capture_output=True)
    return time.perf_counter() - start


def report_commands(db: str, counts: Callable[[], str]) -> None:
    found = targets(db)
    print(f"\nstore: {counts()}\ntargets: {found}\n")
    print("| command | median s | slowest s | median CPU s | lines printed |\n|---|---|---|---|---|")
    for args in commands(found):
        seconds, cpu, lines = time_command(db, args)
        shown = " ".join(a if len(a) < 16 else a[:8] + "…" for a in args)
        print(f"| `{shown}` | {statistics.median(seconds):.3f} | {max(seconds):.3f} | {statistics.median(cpu):.3f} "
              f"| {lines} |", flush=True)
    print(f"\nnew process, interpreter and imports (`claimgraph docs --help`): {startup(db):.2f} s")


def store_counts(db: str) -> str:
    from sqlalchemy import func, select

    from claimgraph.store.resolution_tables import canonical_entities
    from claimgraph.store.tables import (
        claims,
        documents,
        entities,
        events,
        mentions,
        relations,
    )

    engine = open_engine(db)
    with engine.connect() as conn:
        parts = [f"{conn.execute(select(func.count()).select_from(t)).scalar_one():,} {t.name}"
                 for t in (documents, claims, mentions, relations, events, entities, canonical_entities)]
    dispose_all()
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="1,000 articles")
    parser.add_argument("--db", help="database URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--keep", metavar="FILE", help="SQLite file to build (and keep) instead of a temporary one")
    parser.add_argument("--reuse", action="store_true", help="time the commands on --keep/--db as it is")
    parser.add_argument("--workers", type=int, default=2, help="processes for the articles in between")
    args = parser.parse_args()
    articles = 1000 if args.quick else args.articles
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = args.db or f"sqlite:///{args.keep or tmp / 'scale.db'}"
        if not args.reuse:
            start = time.perf_counter()
            edges = build(db, articles, args.workers, tmp)
            print(f"\nbuilt {articles:,} articles in {time.perf_counter() - start:.0f} s")
            first, last = edges["first"], edges["last"]
            print("\n| ingest, 1 process, ms per document | wall | CPU | storing and linking, wall | CPU |")
            print("|---|---|---|---|---|")
            for label, t in ((f"first {EDGE} articles", first), (f"last {EDGE} articles", last)):
                print(f"| {label} | {t.wall:.1f} | {t.cpu:.1f} | {t.store_wall:.1f} | {t.store_cpu:.1f} |")
            print("| last / first | " + " | ".join(f"{b / a:.2f}" for a, b in zip(first, last, strict=True)) + " |")
        report_commands(db, lambda: store_counts(db))


if __name__ == "__main__":
    main()
