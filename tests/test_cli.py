"""The CLI end to end, as a user runs it: real files, a real database, the real pipeline."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select

from claimgraph.cli import main
from claimgraph.store.tables import documents, mentions

COMMANDS = ["ingest", "docs", "show", "entities", "export", "demo"]


def run(*args: str, db: str | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    full = list(args) + (["--db", db] if db else [])
    result = runner.invoke(main, full, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def export_records(db: str) -> list[dict]:
    code, out, _ = run("export", "--format", "jsonl", db=db)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_founding_article(founding_article: Path, sqlite_url: str) -> None:
    code, out, _ = run("ingest", str(founding_article), "--published", "2015-11-21", db=sqlite_url)
    assert code == 0
    assert "1 stored, 0 skipped as duplicates, 0 failed" in out

    records = export_records(sqlite_url)
    docs = [r for r in records if r["kind"] == "document"]
    assert len(docs) == 1 and docs[0]["published"] == "2015-11-21"
    text = docs[0]["text"]
    found = {(r["text"], r["type"]) for r in records if r["kind"] == "mention"}
    for expected in [("Mokhtar Belmokhtar", "Person"), ("CIA", "Organization"), ("AQIM", "Organization"),
                     ("Bamako", "Location"), ("Mali", "Location")]:
        assert expected in found
    for r in records:
        if r["kind"] in ("mention", "timex"):
            assert text[r["start"]:r["end"]] == r["text"]
    entity_ids = {r["id"] for r in records if r["kind"] == "entity"}
    assert all(r["entity"] in entity_ids for r in records if r["kind"] == "mention")
    timexes = {r["text"]: r["value"] for r in records if r["kind"] == "timex"}
    assert timexes["Five days later"] == "2015-11-21"

    code, out, _ = run("ingest", str(founding_article), "--published", "2015-11-21", db=sqlite_url)
    assert code == 0
    assert "0 stored, 1 skipped as duplicates, 0 failed" in out
    assert export_records(sqlite_url) == records


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Gunmen attacked a hotel in Bamako on Friday, officials in Mali said.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "nowhere.txt"
    code, out, err = run("ingest", str(folder), str(missing), db=sqlite_url)
    assert code == 1
    assert "1 stored, 0 skipped as duplicates, 3 failed" in out
    failed = [line for line in err.splitlines() if line.startswith("failed:")]
    assert len(failed) == 3
    assert any("empty.txt" in line for line in failed)
    assert any("binary.txt" in line for line in failed)
    assert any("nowhere.txt" in line for line in failed)
    code, out, _ = run("docs", "--json", db=sqlite_url)
    assert [d["title"] for d in json.loads(out)] != [] and len(json.loads(out)) == 1


def test_show_entities_and_json(tmp_path: Path, sqlite_url: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Storm hits coast\nOn Monday, Helen Marsh of the Red Cross said Lisbon was flooded.\n")
    assert run("ingest", str(article), "--published", "2021-03-10", db=sqlite_url)[0] == 0
    code, out, _ = run("docs", "--json", db=sqlite_url)
    doc_id = json.loads(out)[0]["id"]
    code, out, _ = run("show", doc_id[:8], db=sqlite_url)
    assert code == 0
    assert "⟦Helen Marsh|Person⟧" in out
    assert "⟦Monday|DATE 2021-03-08⟧" in out
    code, out, _ = run("show", doc_id, "--json", db=sqlite_url)
    shown = json.loads(out)
    assert shown["document"]["id"] == doc_id
    assert {"Helen Marsh", "Lisbon"} <= {m["text"] for m in shown["mentions"]}
    code, out, _ = run("entities", "--json", "--type", "Person", db=sqlite_url)
    assert [e["name"] for e in json.loads(out)] == ["Helen Marsh"]
    code, out, err = run("show", "ffffffffff", db=sqlite_url)
    assert code == 1 and "no document matches" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Usage:" in out


def test_bad_option_values_are_usage_errors(sqlite_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(tmp_path), "--published", "21/11/2015", "--db", sqlite_url])
    assert result.exit_code == 2 and "not a date like 2015-11-21" in result.output
    result = runner.invoke(main, ["ingest", str(tmp_path), "--workers", "0", "--db", sqlite_url])
    assert result.exit_code == 2


def test_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    code, out, _ = run("demo", "--db", str(db))
    assert code == 0, out
    assert "5 stored, 0 skipped as duplicates, 0 failed" in out
    assert "Mokhtar Belmokhtar" in out
    # Run again: the demo starts from a fresh database each time.
    code, out, _ = run("demo", "--db", str(db))
    assert "5 stored" in out


def _count(db_path: Path, table) -> int:  # noqa: ANN001
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()
    except Exception:  # the schema may not exist yet
        return 0
    finally:
        engine.dispose()


def test_resume_after_killed_run(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i:02}.txt").write_text(
            f"Report {i}\nOfficials in Nairobi said on Tuesday that {i + 3} people had been arrested "
            f"after protests organised by the Kenya Teachers Union. " * 20
        )
    db = tmp_path / "resume.db"
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    deadline = time.monotonic() + 180
    while _count(db, documents) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored_before = _count(db, documents)
    assert 3 <= stored_before < 40
    # Nothing half-written: every stored document has all its mentions (each text names people and places).
    assert _count(db, mentions) >= stored_before

    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{40 - stored_before} stored, {stored_before} skipped as duplicates, 0 failed" in done.stdout
    assert _count(db, documents) == 40


@pytest.fixture(scope="module")
def founding_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    article = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"
    if not article.exists():
        pytest.skip("the founding article is not beside the project")
    db = f"sqlite:///{tmp_path_factory.mktemp('founding') / 'f.db'}"
    code, out, _ = run("ingest", str(article), "--published", "2015-11-21", db=db)
    assert code == 0, out
    return db


def _claims(db: str, *options: str) -> list[dict]:
    code, out, err = run("claims", "--json", *options, db=db)
    assert code == 0, err
    return json.loads(out)


def _one(claims: list[dict], fragment: str) -> dict:
    found = [c for c in claims if fragment in c["text"]]
    assert found, f"no claim contains {fragment!r}"
    return found[0]


def test_founding_article_claims(founding_db: str) -> None:
    claims = _claims(founding_db)
    cfr = _one(claims, "Most of AQIM’s major leaders")
    assert "Council on Foreign Relations" in cfr["source_name"]
    assert cfr["cue"] == "acknowledge" and cfr["author_stance"] == "endorses"
    alleged = _one(claims, "was allegedly coordinated by Mokhtar Belmokhtar")
    assert alleged["certainty"] == "reported" and "allegedly" in alleged["hedge_cues"]
    assert _one(claims, "The story could have been planted")["certainty"] == "possible"
    described = _one(claims, "Mokhtar Belmokhtar as the one-eyed veteran")
    assert described["author_stance"] == "disputes" and "Council on Foreign Relations" in described["source_name"]
    assert _one(claims, "His death was subsequently denied")["polarity"] == "negative"
    brennan = _one(claims, "ISIL is planning additional attacks")
    assert brennan["direct_quote"] and brennan["source_name"] == "John Brennan"
    assert brennan["via_text"] == ["Daily Telegraph"]


def test_claims_filters(founding_db: str) -> None:
    reported = _claims(founding_db, "--about", "Mokhtar Belmokhtar", "--certainty", "reported")
    assert any("allegedly coordinated" in c["text"] for c in reported)
    assert all(c["certainty"] == "reported" for c in reported)
    disputed = _claims(founding_db, "--stance", "disputes")
    assert any("one-eyed veteran" in c["text"] for c in disputed)
    cfr = _claims(founding_db, "--source", "Council on Foreign Relations")
    assert cfr and all("Council on Foreign Relations" in (c["source_name"] or "") for c in cfr)
    own = _claims(founding_db, "--source", "author")
    assert own and all(c["source"] == "author" for c in own)
    prefix = _claims(founding_db)[0]["document"][:8]
    code, out, _ = run("show", prefix, "--claims", db=founding_db)
    assert code == 0 and "⟦#1 · author · uncertain" in out
    code, _, err = run("claims", "--about", "Atlantis", db=founding_db)
    assert code == 1 and "no entity is named" in err


def test_two_workers_store_what_one_does(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, city in enumerate(["Nairobi", "Lagos", "Lisbon", "Kyiv"]):
        (folder / f"a{i}.txt").write_text(
            f"Flood in {city}\nOfficials in {city} said on Monday that {i + 4} people had died. "
            f"“We need help,” Mayor Ana Costa told reporters, according to the Red Cross.\n"
        )
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    assert run("ingest", str(folder), "--published", "2021-03-10", db=one)[0] == 0
    assert run("ingest", str(folder), "--published", "2021-03-10", "--workers", "2", db=two)[0] == 0
    assert export_records(one) == export_records(two)
