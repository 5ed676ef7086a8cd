"""Every query a command runs is served by an index (issue 10, case 10).

The commands run on a store of real articles; every statement they send is explained by the
database itself (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN` on PostgreSQL with sequential scans,
hash and merge joins priced out, so that the plan shows whether an index *can* serve each table
on a store too small for the planner to bother). A full scan of a table that grows with the store fails the test:

- a command about one thing (an entity, a document) reads no large table whole;
- a command about the whole store (listing every document, comparing every incident, building
  the whole evidence graph for a path) may read a large table once, as the outer loop of a
  statement, but never inside a loop (one scan per row of another table: the store squared).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import Connection, Engine, event

from claimgraph.cli import main
from claimgraph.process import ingest
from claimgraph.store import dispose_all, open_engine, reader

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "claimgraph" / "samples"
# Tables that stay small whatever the store holds: the schema revision, the user's decisions.
SMALL = {"alembic_version", "entity_decisions"}
ALIAS = re.compile(r"\b(\w+) AS (\w+)\b")


@dataclass
class Statement:
    sql: str
    parameters: object
    command: str
    whole_store: bool


@dataclass
class Recorder:
    """The statements the commands send, with the command each comes from."""

    command: str | None = None  # None: not recorded
    whole_store: bool = False
    seen: list[Statement] = field(default_factory=list)

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if self.command is None or executemany or not statement.lstrip().upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE")):
            return
        self.seen.append(Statement(statement, parameters, self.command, self.whole_store))


@contextmanager
def recording() -> Iterator[Recorder]:
    recorder = Recorder()
    event.listen(Engine, "before_cursor_execute", recorder)
    try:
        yield recorder
    finally:
        event.remove(Engine, "before_cursor_execute", recorder)


def run(recorder: Recorder, db: str, *args: str, whole_store: bool = False) -> None:
    recorder.command, recorder.whole_store = " ".join(args), whole_store
    dispose_all()
    result = CliRunner().invoke(main, [*args, "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)


def large_tables(conn: Connection) -> set[str]:
    from claimgraph.store.tables import metadata

    return set(metadata.tables) - SMALL


def tables_named(sql: str, large: set[str]) -> dict[str, str]:
    """Name in a plan -> table: each large table, and each alias of one ('subject_link')."""
    names = {table: table for table in large}
    names.update({alias: table for table, alias in ALIAS.findall(sql) if table in large})
    return names


def sqlite_full_scans(conn: Connection, statement: Statement, large: set[str]) -> list[str]:
    plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement.sql, statement.parameters).all()
    names = tables_named(statement.sql, large)
    details = {row[0]: (row[1], row[3]) for row in plan}
    found = []
    for ident, parent, _, detail in plan:
        if "AUTOMATIC" in detail:
            found.append(detail)  # an index built for this one query: the table read whole, every time
            continue
        words = detail.split()
        if words[0] != "SCAN" or names.get(words[1]) not in large:
            continue
        looped = any(
            p_parent == parent and p_ident < ident and p_detail.split()[0] in ("SCAN", "SEARCH")
            for p_ident, (p_parent, p_detail) in details.items()
        )  # an earlier loop of the same join: this scan runs once for each of its rows
        while parent and not looped:
            looped = details[parent][1].startswith("CORRELATED")
            parent = details[parent][0]
        if looped or not statement.whole_store:
            found.append(detail)
    return found


def postgres_full_scans(conn: Connection, statement: Statement, large: set[str]) -> list[str]:
    for method in ("seqscan", "hashjoin", "mergejoin"):  # each table reached by an index, if one can
        conn.exec_driver_sql(f"SET enable_{method} = off")
    (plan,) = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement.sql, statement.parameters).one()
    plan = plan if isinstance(plan, list) else json.loads(plan)
    found: list[str] = []

    def walk(node: dict, looped: bool) -> None:
        table = node.get("Relation Name")
        # Only a sequential scan: with them priced out, PostgreSQL still picks one only where no
        # index can serve. A whole-index walk is not counted here: on tables this small the
        # planner may prefer it to an index look-up depending on when autovacuum last ran its
        # statistics (the SQLite check, with its deterministic planner, counts those).
        full = node["Node Type"] == "Seq Scan"
        if table in large and full and (looped or not statement.whole_store):
            found.append(f"{node['Node Type']} on {table}" + (f" ({node['Index Name']})" if "Index Name" in node else ""))
        for position, child in enumerate(node.get("Plans", ())):
            inner = node["Node Type"] == "Nested Loop" and position == 1
            correlated = child.get("Parent Relationship") == "SubPlan" and not child.get("Subplan Name", "").startswith("hashed")
            walk(child, looped or inner or correlated)

    walk(plan[0]["Plan"], looped=False)
    return found


def test_every_query_of_every_command_uses_an_index(tmp_path: Path, db_url: str, founding_article: Path) -> None:
    inputs = [str(founding_article), *(str(p) for p in sorted(SAMPLES.iterdir()) if p.name != "README.md")]
    open_engine(db_url)  # the first set-up (migrations) is not what is measured
    with recording() as recorder:
        recorder.command = "ingest"
        report = ingest(inputs, db=db_url)
        assert report.ok and len(report.stored) == 6, report.summary()
        recorder.command = None  # the test's own look-up
        wire = reader.find_document(open_engine(db_url), str(SAMPLES / "bamako_wire.html")).id
        late = tmp_path / "late.txt"
        late.write_text("Mokhtar Belmokhtar was seen in Mali, officials said on Tuesday. Belmokhtar denied it.\n")
        run(recorder, db_url, "ingest", str(late))  # a document stored into a store that holds some
        for args in (["entity", "Belmokhtar"], ["claims", "--about", "Mali"], ["claims", "--doc", wire],
                     ["show", wire, "--claims"], ["show", str(SAMPLES / "bamako_wire.html")],
                     ["relations", "--about", "Mali"], ["events", "--about", "Bamako"],
                     ["timeline", "--about", "Mokhtar Belmokhtar"], ["timeline", "--doc", wire],
                     ["corroboration", "--about", "Mali"], ["support", wire[:8]],
                     ["rename", "Al Qaeda in the Islamic Maghreb", "AQIM"], ["retype", "Mali", "Location"],
                     ["merge", "Libya Islamic Fighting Group", "Armed Islamic Group"],
                     ["split", "Mokhtar Belmokhtar", "--mention", "Belmokhtar"],
                     ["reject", "Qatar"]):
            run(recorder, db_url, *args)
        for args in (["docs"], ["entities"], ["entities", "--type", "Location"], ["contradictions"],
                     ["contradictions", "--about", "Mali"], ["corroboration"], ["path", "Belmokhtar", "Mali"],
                     ["claims", "--source", "Reuters"], ["export"]):
            run(recorder, db_url, *args, whole_store=True)
    statements = recorder.seen
    assert len({s.command for s in statements}) == 27  # every command above sent some
    engine = open_engine(db_url)
    violations = []
    with engine.connect() as conn:
        large = large_tables(conn)
        explain = sqlite_full_scans if conn.dialect.name == "sqlite" else postgres_full_scans
        for statement in statements:
            for scan in explain(conn, statement, large):
                violations.append(f"{statement.command}: {scan} in {' '.join(statement.sql.split())[:300]}")
        conn.rollback()
    assert violations == [], "\n".join(dict.fromkeys(violations))
