"""`claimgraph contradictions`, `support`, `timeline` and the `entity` profile end to end: the
founding article and the two sample articles through the real pipeline into a real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "claimgraph" / "samples"
ATTACK = "attack in Bamako (2015-11-20)"


def run(*args: str, db: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--db", db], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _json(*args: str, db: str):  # noqa: ANN202
    code, out, err = run(*args, "--json", db=db)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def bamako_db(founding_article: Path, db_url: str) -> str:
    code, out, err = run("ingest", str(founding_article), "--published", "2015-11-21", db=db_url)
    assert code == 0, out + err
    code, out, err = run("ingest", str(SAMPLES / "bamako_wire.html"), str(SAMPLES / "belmokhtar_profile.md"), db=db_url)
    assert code == 0, out + err
    return db_url


def _documents(db: str) -> dict[str, str]:
    """Document id by a word of its title: founding, wire, profile."""
    found = {}
    for doc in _json("docs", db=db):
        title = doc["title"] or ""
        found["founding" if "Mastermind" in title else "wire" if "hostages" in title else "profile"] = doc["id"]
    return found


def _side(contradiction: dict, value: str) -> dict:
    return next(s for s in (contradiction["a"], contradiction["b"]) if s["value"] == value)


def test_contradictions_toll_and_place(bamako_db: str) -> None:
    docs = _documents(bamako_db)
    found = _json("contradictions", db=bamako_db)
    (toll,) = [c for c in found if c["kind"] == "count" and c["fact"] == f"killed in {ATTACK}"]
    assert {toll["a"]["value"], toll["b"]["value"]} == {"21", "22"}
    wire, founding = _side(toll, "22"), _side(toll, "21")
    assert wire["detail"] == "20 hostages + 2 perpetrators"
    assert {e["document"] for e in wire["evidence"]} == {docs["wire"]}
    assert any(e["source_name"] == "Malian security officials" and "killed twenty hostages" in e["text"]
               for e in wire["evidence"])
    assert [(e["document"], e["source_name"], e["certainty"]) for e in founding["evidence"]] == [
        (docs["founding"], "author", "certain")]
    assert "21 people dead" in founding["evidence"][0]["text"]

    (place,) = [c for c in found if c["kind"] == "place" and "In Amenas" in c["fact"]]
    mali, algeria = _side(place, "Mali"), _side(place, "Algeria")
    assert [e["document"] for e in mali["evidence"]] == [docs["founding"]]
    assert "In Amenas Mali kidnapping" in mali["evidence"][0]["text"]
    assert [e["document"] for e in algeria["evidence"]] == [docs["profile"]]
    assert "in eastern Algeria" in algeria["evidence"][0]["text"]

    code, out, _ = run("contradictions", db=bamako_db)
    assert code == 0
    assert f"count · killed in {ATTACK}: 22 (20 hostages + 2 perpetrators) vs 21" in out
    # The side with more statements comes first: the profile's "seized the In Amenas gas facility
    # in eastern Algeria" places both the seizure and, through the relation scorer, the facility.
    assert "place · where In Amenas is: in Algeria vs in Mali" in out
    # Only what involves an entity: the toll of the attack he is said to have led, his death
    # reported and denied; In Amenas is not about him.
    about = _json("contradictions", "--about", "Belmokhtar", db=bamako_db)
    assert any(c["kind"] == "denial" and c["fact"].startswith("death") for c in about)
    assert any(c["kind"] == "count" for c in about) and not any(c["kind"] == "place" for c in about)
    assert [c["kind"] for c in _json("contradictions", "--about", "Amenas", db=bamako_db)] == ["place"]


def test_timeline_orders_the_founding_article(bamako_db: str) -> None:
    founding = _documents(bamako_db)["founding"]
    entries = _json("timeline", "--doc", founding, db=bamako_db)
    assert [e["start"] for e in entries] == sorted(e["start"] for e in entries)
    events = [e for e in entries if e["kind"] == "event"]
    # "Belmokhtar (born in 1972)": his birth, a dated happening, comes first; then the war.
    assert events[0]["value"] == "1972" and "birth" in events[0]["what"]
    assert any(e["value"] == "1979/1989" and e["precision"] == "span" for e in events[1:4])
    assert events[-1]["value"] == "2015-11-20" and events[-1]["what"].startswith(ATTACK)
    years = [int(e["start"][:4]) for e in entries if e["precision"] != "document"]
    assert {1979, 1991, 2004, 2006, 2007, 2011, 2013, 2015} <= set(years)
    assert min(y for y in years if y >= 1979) == 1979 and max(years) == 2015
    for e in entries:
        assert e["sources"] and all(s["document"] == founding and s["source"] and s["certainty"] for s in e["sources"])
    values = [e["value"] for e in entries]
    assert "2005-11-20" not in values and "2012-05-28" not in values  # dates of citations
    hedged = next(e for e in events if e["value"] == "1979/1989")
    assert (hedged["sources"][0]["source"], hedged["sources"][0]["certainty"]) == ("Council on Foreign Relations", "reported")
    code, out, _ = run("timeline", "--about", "Belmokhtar", db=bamako_db)
    assert code == 0 and "2015-06" in out and "⟵" in out


def test_support_of_the_founding_article(bamako_db: str) -> None:
    founding = _documents(bamako_db)["founding"]
    found = _json("support", founding[:8], db=bamako_db)
    assert found["document"] == founding
    (inasmuch,) = [c for c in found["conclusions"] if "Inasmuch as" in c["text"]]
    assert "cue 'inasmuch as'" in inasmuch["reasons"]
    assert "Mokhtar Belmokhtar" in inasmuch["entities"]
    premises = {p["statement"]: p for p in inasmuch["premises"]}
    alleged = premises[f"Mokhtar Belmokhtar –perpetrated→ {ATTACK}"]
    assert alleged["author_only"] and alleged["hedged"] and alleged["corroborated"] is False
    attack = premises[ATTACK]
    assert attack["corroborated"] and attack["other_documents"] == 2
    summary = inasmuch["summary"]
    assert summary["claim"] == "Both US and French intelligence are (indirectly) behind the Bamako attacks."
    assert summary["standing"] == "stated by the writer, only on a condition"
    assert summary["condition"] == "Belmokhtar and AQIM are “intelligence assets”"
    # the weakest: a premise alleged by the writer alone ("allegedly coordinated by"; "is described
    # as ..., financed covertly by Saudi Arabia" ties with it)
    weakest = {f"Mokhtar Belmokhtar –perpetrated→ {ATTACK}", "Saudi Arabia –funded→ Al Qaeda in the Islamic Maghreb"}
    assert summary["weakest"] in weakest and set(summary["hedged"][:2]) == weakest
    assert summary["hedged"][0] == summary["weakest"] == summary["writer_alone"][0]
    assert len(summary["writer_alone"]) >= 5 and summary["premises"] >= 10
    # Every premise in one list: corroborated, the writer's alone, this document's sources, or
    # disputed and denied; the lists are complete in JSON, the most telling first.
    assert sum(len(summary[k]) for k in ("corroborated", "writer_alone", "sourced", "disputed")) == summary["premises"]
    assert "Mokhtar Belmokhtar –member_of→ Al Qaeda" in summary["disputed"]  # the Qaeda member, disputed

    # The summary first, readable at a glance; the trees of premises only with --detail.
    code, out, _ = run("support", founding[:8], db=bamako_db)
    lines = out.splitlines()
    assert code == 0 and len(lines) <= 24 and "├─" not in out
    assert lines[2].startswith("1. “Both US and French intelligence are (indirectly) behind the Bamako attacks.” — "
                               "stated by the writer, only on a condition (")
    assert lines[3] == "   only if: Belmokhtar and AQIM are “intelligence assets”"
    assert f"   weakest link: {summary['weakest']} (strength 0.40; alleged by the writer)" in out
    assert "confirmed" not in out
    assert lines[-1].startswith("--detail shows all ")
    code, detail, _ = run("support", founding[:8], "--detail", db=bamako_db)
    assert code == 0 and detail.startswith(out[: out.index("--detail shows")].rstrip())
    assert "Conclusion 1 in detail" in detail and "├─" in detail and "the writer's word alone" in detail


def test_entity_profile_groups_relations_by_predicate(bamako_db: str) -> None:
    profile = _json("entity", "Belmokhtar", db=bamako_db)
    groups = {(g["predicate"], g["direction"]): g for g in profile["relation_groups"]}
    born = groups[("born_on", "out")]
    assert (born["claims"], born["documents"]) == (2, 2)
    assert born["facts"][0]["other"] == "1972"
    trained = groups[("trained", "in")]["facts"][0]
    assert trained["other"] == "Central Intelligence Agency" and trained["support"]["strongest"]["source_name"] == "author"
    code, out, _ = run("entity", "Belmokhtar", db=bamako_db)
    assert code == 0 and "relations, by predicate:" in out and "Mokhtar Belmokhtar –born_on→ …" in out


def test_errors_are_one_line(bamako_db: str) -> None:
    for args, message in [
        (("contradictions", "--about", "Atlantis"), "no entity is named 'Atlantis'"),
        (("timeline", "--about", "Atlantis"), "no entity is named 'Atlantis'"),
        (("timeline", "--doc", "ffffff"), "no document matches 'ffffff'"),
        (("support", "ffffff"), "no document matches 'ffffff'"),
    ]:
        code, out, err = run(*args, db=bamako_db)
        assert code == 1 and err.startswith("error: ") and message in err and err.count("\n") == 1, err


@pytest.mark.parametrize("name", ["Mokhtar Belmokhtar", "Bamako", "Algeria", "Mali", "Al Qaeda in the Islamic Maghreb"])
def test_contradictions_about_one_entity_read_only_what_it_needs_and_find_the_same(bamako_db: str, name: str) -> None:
    """`contradictions --about X` loads X's relations, the events naming it, the events at their
    places and of their documents, not the whole store; what it finds is what the whole-store
    run finds involving X."""
    from claimgraph.analyze.contradictions import contradictions
    from claimgraph.store import open_engine
    from claimgraph.store.claim_queries import matching_entities

    engine = open_engine(bamako_db)
    wanted = set(matching_entities(engine, name))
    everything = [(c.kind, c.fact, c.a.value, c.b.value) for c in contradictions(engine) if wanted & set(c.entities or ())]
    assert [(c.kind, c.fact, c.a.value, c.b.value) for c in contradictions(engine, about=name)] == everything
