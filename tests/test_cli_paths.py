"""`claimgraph path` and `claimgraph corroboration` end to end: the founding article and the two
sample articles through the real pipeline into a real database."""

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


def _chain(path: dict) -> list[tuple[str, str, bool]]:
    return [(hop["source_name"], hop["links"][0]["predicate"], hop["links"][0]["forward"]) for hop in path["hops"]]


def test_the_chain_the_founding_article_argues(bamako_db: str) -> None:
    # state institutions are entities now, with more chains through them: look at the 8 best
    paths = _json("path", "CIA", ATTACK, "-k", "8", db=bamako_db)
    assert 1 <= len(paths) <= 8
    for path in paths:
        assert path["names"][0] == "Central Intelligence Agency" and path["names"][-1] == ATTACK
        assert len(path["hops"]) <= 4
        assert path["strength"] == min(hop["strength"] for hop in path["hops"])
        assert path["weakest_hop"]["index"] == path["weakest"]
        for hop in path["hops"]:
            for item in hop["links"][0]["support"]:
                assert {"document", "text", "source_name", "certainty", "weight"} <= item.keys()
    strengths = [p["strength"] for p in paths]
    assert strengths == sorted(strengths, reverse=True)
    # CIA → Belmokhtar → perpetrated the attack: the article's own "allegedly", the writer's word only.
    direct = next(p for p in paths if p["names"] == ["Central Intelligence Agency", "Mokhtar Belmokhtar", ATTACK])
    recruited, perpetrated = direct["hops"]
    assert recruited["author_only"]
    assert perpetrated["links"][0]["predicate"] == "perpetrated"
    assert any("allegedly coordinated" in e["text"] for e in perpetrated["links"][0]["support"])
    assert direct["weakest_hop"]["source_name"] in ("Central Intelligence Agency", "Mokhtar Belmokhtar")
    # ... and through Belmokhtar's group to its claim of responsibility.
    claimed = [p for p in paths if "Mokhtar Belmokhtar" in p["names"] and "Al Mourabitoun" in p["names"]]
    assert claimed and claimed[0]["hops"][-1]["links"][0]["predicate"] == "claimed_responsibility"


def test_path_to_the_hotel_in_text(bamako_db: str) -> None:
    code, out, err = run("path", "CIA", "Radisson Blu", db=bamako_db)
    assert code == 0, err
    first, *others = out.split("\n\n")[1:]
    # the chain the founding article argues: CIA → Belmokhtar → his group → its claim → the attack
    assert first.splitlines()[0] == (
        "1. Central Intelligence Agency –recruited→ Mokhtar Belmokhtar –leader_of→ Al Mourabitoun "
        "–claimed_responsibility→ attack in Bamako (2015-11-20) –located_in→ Radisson Blu"
    )
    assert "weakest hop:" in first and "WEAKEST" in first
    assert "author's assertion only" in first and "independent origin" in first
    # the shorter chain rests on the writer's "allegedly": weaker, ranked below, its claim quoted
    (alleged,) = [p for p in others if p.splitlines()[0].endswith(
        "Mokhtar Belmokhtar –perpetrated→ attack in Bamako (2015-11-20) –located_in→ Radisson Blu")]
    assert "allegedly coordinated" in alleged and "hedged" in alleged


def test_the_claim_of_responsibility_is_one_origin(bamako_db: str) -> None:
    result = _json("corroboration", db=bamako_db)
    (attack,) = [e for e in result["events"] if e["name"] == ATTACK]
    assert attack["documents"] == 3
    (mourabitoun,) = [c for c in attack["responsibility"] if "Al Mourabitoun" in c["claimant_names"]]
    assert mourabitoun["documents"] >= 2  # relayed by several outlets ...
    assert mourabitoun["origin"]["label"] == "Al Mourabitoun's own claim"  # ... one origin
    assert len(mourabitoun["origin"]["outlets"]) == mourabitoun["documents"]
    assert "audio" in mourabitoun["methods"] and "Al Jazeera" in mourabitoun["relays"]
    code, out, _ = run("corroboration", "--about", ATTACK, db=bamako_db)
    assert code == 0
    assert "claim of responsibility: Al Mourabitoun (audio), relayed by Al Jazeera" in out
    assert f"{mourabitoun['documents']} documents · 1 origin: Al Mourabitoun's own claim" in out


def test_filters_and_errors(bamako_db: str) -> None:
    about = _json("corroboration", "--about", "Belmokhtar", db=bamako_db)
    assert about["facts"] and all("Mokhtar Belmokhtar" in (f["subject_name"], f["object_name"]) for f in about["facts"])
    strong = _json("corroboration", "--min-origins", "2", db=bamako_db)
    assert all(len(f["origins"]) >= 2 for f in strong["facts"])
    assert all(len(e["origins"]) >= 2 for e in strong["events"])
    for args in (("path", "CIA", "Nobody"), ("corroboration", "--about", "Nobody")):
        code, out, err = run(*args, db=bamako_db)
        assert code == 1 and out == ""
        assert err == "error: no entity is named 'Nobody': see `claimgraph entities`\n"
    code, out, _ = run("path", "CIA", "Central Intelligence Agency", db=bamako_db)
    assert code == 0 and "are the same entity" in out


@pytest.mark.parametrize("command", ["path", "corroboration"])
def test_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "--db" in result.output and "--json" in result.output


def test_a_link_that_rests_on_a_condition_says_so(bamako_db: str) -> None:
    """The founding article's conclusion ("Inasmuch as Belmokhtar and AQIM are intelligence
    assets, both US and French intelligence are behind the attacks"): the intelligence services,
    not their countries, with the condition shown; a link the writer states only on a condition
    counts no origin and gives its path no strength, so it comes after the paths that do."""
    code, out, err = run("path", "US and French intelligence", ATTACK, "-k", "10", db=bamako_db)
    assert code == 0, err
    paths = out.split("\n\n")[1:]
    conditional = next(p for p in paths if p.split("\n")[0].endswith(f"US and French intelligence –perpetrated→ {ATTACK}"))
    assert "strength 0.00 · 1 hop" in conditional and "0 independent origins" in conditional, conditional
    assert "on a condition" in conditional and "only if: “Belmokhtar and AQIM are" in conditional, conditional
    assert paths.index(conditional) == len([p for p in paths if "strength 0.00" not in p.split("\n")[1]])
    code, out, err = run("path", "CIA", ATTACK, "-k", "8", db=bamako_db)
    assert "United States –perpetrated→" not in out
