"""Documents an older pipeline extracted are listed as such and extracted again in place, with
the user's decisions kept; extracting again what is current changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import update

from claimgraph.cli import main
from claimgraph.store import open_engine
from claimgraph.store.tables import documents

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "claimgraph" / "samples"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def export(db: str) -> list[dict]:
    code, out = run("export", "--format", "jsonl", "--db", db)
    assert code == 0, out
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_an_older_pipeline_is_shown_and_its_documents_extracted_again(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    articles = [str(SAMPLES / "bamako_wire.html"), str(SAMPLES / "belmokhtar_profile.md")]
    assert run("ingest", *articles, "--db", db)[0] == 0
    before = export(db)
    with open_engine(db).begin() as conn:
        conn.execute(update(documents).values(pipeline_version="0.1.0"))
    code, out = run("docs", "--db", db)
    assert code == 0 and "2 document(s) extracted by an older pipeline" in out and out.count("older") >= 2
    code, out = run("reextract", "--db", db)
    assert code == 0 and "2 extracted again, 0 failed" in out
    assert "older pipeline" not in run("docs", "--db", db)[1]
    assert export(db) == before  # the same pipeline gives the same records, in the same order
    assert run("reextract", "--db", db)[1].strip() == "every document is up to date"


def test_a_merge_survives_extracting_again(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    article = tmp_path / "a.txt"
    article.write_text("Grace Okafor met Paul Brandt in Lagos on Monday. Okafor said the talks went well.\n")
    assert run("ingest", str(article), "--db", db, "--published", "2024-03-05")[0] == 0
    code, out = run("merge", "Grace Okafor", "Paul Brandt", "--db", db)
    assert code == 0, out
    merged = {e["name"] for e in export(db) if e["kind"] == "entity" and e["type"] == "Person"}
    assert run("reextract", "--all", "--db", db)[0] == 0
    assert {e["name"] for e in export(db) if e["kind"] == "entity" and e["type"] == "Person"} == merged
