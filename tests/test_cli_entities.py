"""Entity resolution and curation through the CLI, as a user runs it: the real pipeline on the
founding article and a second article that spells names differently, a real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

SECOND = """Sahara militants regroup after hotel siege
The Algerian jihadist Moktar Belmoktar, who Western officials say commands the group Al-Murabitun, has \
not been seen in public since the siege of the Radisson Blu hotel in Bamako. Belmoktar, a veteran of \
al-Qa'ida in the Islamic Maghreb (AQIM), was the target of an American air strike in Libya in June.
Officials at the C.I.A. declined to comment. The United States and France have sent drones to the region, \
and Mali's government said on Monday that it would extend the state of emergency.
"""

CURATION = ["entity", "merge", "split", "rename", "retype", "reject"]


def run(*args: str, db: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, *(["--db", db] if db else [])], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def records(db: str) -> list[dict]:
    code, out, _ = run("export", "--format", "jsonl", db=db)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def entity_by_mention(recs: list[dict]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for r in recs:
        if r["kind"] == "mention":
            found.setdefault(r["text"], set()).add(r["entity"])
    return found


def one_entity(recs: list[dict], *names: str) -> dict:
    by_text = entity_by_mention(recs)
    ids = set().union(*(by_text[name] for name in names))
    assert len(ids) == 1, {name: by_text[name] for name in names}
    (ident,) = ids
    return next(r for r in recs if r["kind"] == "entity" and r["id"] == ident)


@pytest.fixture
def founding_db(founding_article: Path, sqlite_url: str) -> str:
    code, out, _ = run("ingest", str(founding_article), "--published", "2015-11-21", db=sqlite_url)
    assert code == 0, out
    return sqlite_url


def test_founding_article_entities(founding_db: str) -> None:
    recs = records(founding_db)
    belmokhtar = one_entity(recs, "Mokhtar Belmokhtar", "Belmokhtar", "Khaled Abu al-Abbas")
    assert belmokhtar["name"] == "Mokhtar Belmokhtar" and belmokhtar["type"] == "Person"
    assert {"Belmokhtar", "Khaled Abu al-Abbas"} <= set(belmokhtar["aliases"])
    aqim = one_entity(recs, "AQIM", "Al Qaeda in the Islamic Maghreb")
    assert aqim["type"] == "Organization"
    assert one_entity(recs, "CIA", "Central Intelligence Agency")["type"] == "Organization"
    assert one_entity(recs, "US", "U.S.", "United States")["type"] == "Location"
    assert one_entity(recs, "Mali")["type"] == "Location"
    assert one_entity(recs, "Bamako")["type"] == "Location"
    assert one_entity(recs, "Robert Stephen Ford", "Ford")["type"] == "Person"
    assert {r["type"] for r in recs if r["kind"] == "mention" and r["text"] in ("Mali", "Bamako")} == {"Location"}


def test_second_article_links_and_curation_stays_through_ingest(founding_db: str, tmp_path: Path,
                                                                founding_article: Path) -> None:
    db = founding_db
    code, out, err = run("merge", "Al Mourabitoun", "Al Qaeda in the Islamic Maghreb", db=db)
    assert code == 0 and out.startswith("merged: "), err
    code, out, err = run("split", "Mokhtar Belmokhtar", "--mention", "Khaled Abu al-Abbas", db=db)
    assert code == 0 and out.startswith("split off: Khaled Abu al-Abbas"), err
    assert run("rename", "CIA", "Central Intelligence Agency (CIA)", db=db)[0] == 0
    assert run("retype", "Al Akhbar", "Organization", db=db)[0] == 0
    assert run("reject", "Amenas Mali", db=db)[0] == 0

    second = tmp_path / "second.txt"
    second.write_text(SECOND, encoding="utf-8")
    for path in (founding_article, second):  # a re-run of the first, a new second
        code, out, _ = run("ingest", str(path), "--published", "2015-11-23", db=db)
        assert code == 0, out
    recs = records(db)
    person = one_entity(recs, "Mokhtar Belmokhtar", "Belmokhtar", "Moktar Belmoktar", "Belmoktar")
    assert "Khaled Abu al-Abbas" not in person["aliases"]
    assert one_entity(recs, "Khaled Abu al-Abbas")["id"] != person["id"]
    merged = one_entity(recs, "Al Mourabitoun", "Al-Murabitun", "AQIM", "al-Qa'ida in the Islamic Maghreb")
    assert merged["type"] == "Organization"
    assert one_entity(recs, "CIA", "C.I.A.")["name"] == "Central Intelligence Agency (CIA)"
    assert one_entity(recs, "US", "United States")["id"]
    assert one_entity(recs, "Al Akhbar")["type"] == "Organization"
    assert "Amenas Mali" not in entity_by_mention(recs)
    code, out, _ = run("entities", "--json", "--limit", "500", db=db)
    assert "Amenas Mali" not in {e["name"] for e in json.loads(out)}

    code, out, _ = run("entity", "Moktar Belmoktar", "--json", db=db)
    profile = json.loads(out)
    assert profile["id"] == person["id"] and len(profile["documents"]) == 2
    reasons = {u["name"]: u["reasons"] for u in profile["names"]}
    assert reasons["Belmokhtar"] == ["surname of Mokhtar Belmokhtar"]
    assert any(j["reason"].startswith("transliterations") for j in profile["judgements"])
    assert any("allegedly coordinated" in c["claim"]["text"] for c in profile["claims"])
    code, out, _ = run("entity", "Belmokhtar", db=db)
    assert code == 0 and out.startswith("Mokhtar Belmokhtar · Person · ") and "surname of Mokhtar Belmokhtar" in out


def test_curation_errors_are_one_line(founding_db: str) -> None:
    for args, message in [
        (("entity", "Atlantis"), "no entity is named 'Atlantis'"),
        (("merge", "CIA", "Central Intelligence Agency"), "already one entity"),
        (("split", "CIA", "--mention", "Mali"), "has no mention 'Mali'"),
        (("rename", "CIA", "  "), "the new name is empty"),
    ]:
        code, out, err = run(*args, db=founding_db)
        assert code == 1 and err.startswith("error: ") and message in err and err.count("\n") == 1, err
    code, _, err = run("retype", "CIA", "Planet", db=founding_db)
    assert code == 2 and "Planet" in err


@pytest.mark.parametrize("command", CURATION)
def test_curation_commands_have_help(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Usage:" in out and "--db" in out
