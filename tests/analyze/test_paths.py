"""Evidence paths on a small hand-built store, and the search against brute force."""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import networkx as nx
import pytest
from sqlalchemy import Engine

from claimgraph.analyze import build_graph, evidence_paths, neighbourhood, paths
from claimgraph.analyze.neighbourhood import path_graph
from claimgraph.analyze.paths import best_paths
from claimgraph.errors import NotFoundError
from claimgraph.process import ingest
from claimgraph.store import open_engine

BOMBING = "bombing in Tarvo (2020-05-01)"


def articles(Article) -> list:  # noqa: ANN001, N803 - the Article class of conftest.py
    harbor = Article(
        "Orion Agency trained Karim Diallo in 2001. Karim Diallo allegedly leads the Sable Front. "
        "Police said the Sable Front carried out the bombing in Tarvo.", publisher="Harbor Post")
    for name, kind in [("Orion Agency", "Organization"), ("Karim Diallo", "Person"), ("Sable Front", "Organization"),
                       ("Tarvo", "Location")]:
        harbor.entity(name, kind)
    trained = harbor.claim("Orion Agency trained Karim Diallo in 2001.")
    leads = harbor.claim("Karim Diallo allegedly leads the Sable Front.", certainty="reported")
    bombing = harbor.claim("the Sable Front carried out the bombing in Tarvo", source="Police")
    harbor.relation(trained, "Orion Agency", "trained", "Karim Diallo")
    harbor.relation(leads, "Karim Diallo", "leader_of", "Sable Front")
    harbor.relation(bombing, "Sable Front", "perpetrated", "bombing")
    harbor.event(bombing, "bombing", type="bombing", date="2020-05-01", place="Tarvo",
                 people=(("perpetrator", "Sable Front"),))

    ledger = Article(
        "Karim Diallo leads the Sable Front, officials said. "
        "Orion Agency did not train Karim Diallo, a spokesman for Orion Agency said.", publisher="Daily Ledger")
    for name, kind in [("Orion Agency", "Organization"), ("Karim Diallo", "Person"), ("Sable Front", "Organization")]:
        ledger.entity(name, kind)
    officials = ledger.claim("Karim Diallo leads the Sable Front", source="officials")
    denial = ledger.claim("Orion Agency did not train Karim Diallo", source="Orion Agency", polarity="negative")
    ledger.relation(officials, "Karim Diallo", "leader_of", "Sable Front")
    ledger.relation(denial, "Orion Agency", "trained", "Karim Diallo", negated=True)

    coast = Article(
        "Orion Agency funded the Tarvo Relief Fund. The Tarvo Relief Fund reportedly funded Omar Sy. "
        "Omar Sy works with the Sable Front.", publisher="Coast Times")
    for name, kind in [("Orion Agency", "Organization"), ("Tarvo Relief Fund", "Organization"), ("Omar Sy", "Person"),
                       ("Sable Front", "Organization")]:
        coast.entity(name, kind)
    coast.relation(coast.claim("Orion Agency funded the Tarvo Relief Fund."), "Orion Agency", "funded",
                   "Tarvo Relief Fund")
    coast.relation(coast.claim("The Tarvo Relief Fund reportedly funded Omar Sy.", certainty="reported"),
                   "Tarvo Relief Fund", "funded", "Omar Sy")
    coast.relation(coast.claim("Omar Sy works with the Sable Front."), "Omar Sy", "works_with", "Sable Front")
    return [harbor, ledger, coast]


@pytest.fixture
def graph(db_url: str, make_store, new_article) -> nx.MultiDiGraph:  # noqa: ANN001
    return build_graph(make_store(db_url, *articles(new_article)))


def summary(paths) -> list:  # noqa: ANN001
    return [(p.names, p.strength, p.weakest, [(h.link.predicate, h.link.forward, h.strength) for h in p.hops])
            for p in paths]


def test_paths_rank_by_weakest_hop_then_length(graph: nx.MultiDiGraph) -> None:
    found = evidence_paths(graph, "Orion Agency", BOMBING)
    assert summary(found) == [
        (("Orion Agency", "Tarvo Relief Fund", "Omar Sy", "Sable Front", BOMBING), 0.4, 1,
         [("funded", True, 0.8), ("funded", True, 0.4), ("works_with", True, 0.8), ("perpetrated", True, 0.8)]),
        (("Orion Agency", "Karim Diallo", "Sable Front", BOMBING), 0.16, 0,
         [("trained", True, 0.16), ("leader_of", True, 0.88), ("perpetrated", True, 0.8)]),
    ]
    longer, shorter = found
    hedged = longer.weakest_hop
    assert hedged.hedged and hedged.author_only
    assert [e.text for e in hedged.link.support] == ["The Tarvo Relief Fund reportedly funded Omar Sy."]
    trained, leads, bombing = shorter.hops
    # The author's word against the agency's denial: support and contradiction side by side.
    assert trained.author_only and not trained.hedged
    assert [(e.source_name, e.publisher) for e in trained.link.support] == [("author", "Harbor Post")]
    assert [(e.source_name, e.negated) for e in trained.link.against] == [("Orion Agency", True)]
    # Two independent origins (the writer's hedged word, officials elsewhere): stronger than either.
    assert not leads.author_only and not leads.hedged
    assert leads.link.documents == 2 and len(leads.link.origins) == 2
    assert {o.label for o in leads.link.origins} == {"officials", "Harbor Post (its writer)"}
    # The relation and the event's participant are one claim, counted once.
    assert [(e.source_name, e.certainty) for e in bombing.link.support] == [("Police", "certain")]


def test_max_hops_and_k(graph: nx.MultiDiGraph) -> None:
    assert [p.names[1] for p in evidence_paths(graph, "Orion Agency", BOMBING, max_hops=3)] == ["Karim Diallo"]
    assert len(evidence_paths(graph, "Orion Agency", BOMBING, k=1)) == 1
    assert evidence_paths(graph, "Orion Agency", BOMBING, max_hops=2) == []


def test_direction_is_reported_walking_backwards(graph: nx.MultiDiGraph) -> None:
    back = evidence_paths(graph, BOMBING, "orion agency")[1]
    assert back.names == (BOMBING, "Sable Front", "Karim Diallo", "Orion Agency")
    assert [(h.link.subject_name, h.link.predicate, h.link.forward) for h in back.hops] == [
        ("Sable Front", "perpetrated", False), ("Karim Diallo", "leader_of", False),
        ("Orion Agency", "trained", False)]
    assert back.strength == 0.16 and back.weakest == 2


def test_names_aliases_and_ids(graph: nx.MultiDiGraph) -> None:
    orion = next(n for n, d in graph.nodes(data=True) if d.get("name") == "Orion Agency")
    assert evidence_paths(graph, orion, BOMBING) == evidence_paths(graph, "ORION agency", BOMBING)
    with pytest.raises(NotFoundError, match="no entity is named 'Nobody'"):
        evidence_paths(graph, "Nobody", BOMBING)
    assert evidence_paths(graph, "Orion Agency", "Orion Agency") == []


def _graph_from(adjacency: dict[str, dict[str, float]]) -> nx.Graph:
    graph = nx.Graph()
    for u, near in adjacency.items():
        for v, value in near.items():
            graph.add_edge(u, v, strength=value)
    return graph


def _brute_force(graph: nx.Graph, a: str, b: str, max_hops: int, k: int) -> list[tuple]:
    ranked = []
    for path in nx.all_simple_paths(graph, a, b, cutoff=max_hops):
        values = [graph[u][v]["strength"] for u, v in itertools.pairwise(path)]
        ranked.append((-min(values), len(values), -sum(math.log(v) for v in values), tuple(path)))
    return [(-key[0], key[1], round(-key[2], 9)) for key in sorted(ranked)[:k]]


@pytest.mark.parametrize("eager", [64, 0])  # 0: every group of neighbours waits its turn
@pytest.mark.parametrize("seed", range(40))
def test_search_matches_brute_force(seed: int, eager: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "EAGER", eager)
    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(rng.randint(6, 14))]
    adjacency: dict[str, dict[str, float]] = {n: {} for n in nodes}
    hub = rng.choice(nodes)  # one node linked to most others, as in news
    for u, v in itertools.combinations(nodes, 2):
        if rng.random() < (0.8 if hub in (u, v) else 0.25):
            value = rng.choice([0.1, 0.3, 0.4, 0.6, 0.8, 0.8, 0.88, 0.96])
            adjacency[u][v] = adjacency[v][u] = value
    graph = _graph_from(adjacency)
    for a, b in [(nodes[0], nodes[-1]), (nodes[1], nodes[2])]:
        for max_hops, k in [(4, 5), (3, 10), (5, 3)]:
            found = best_paths(adjacency, [a], [b], max_hops=max_hops, k=k)
            got = []
            for path in found:
                values = [adjacency[u][v] for u, v in itertools.pairwise(path)]
                got.append((min(values), len(values), round(sum(math.log(v) for v in values), 9)))
            assert got == _brute_force(graph, a, b, max_hops, k) if a in graph and b in graph else got == []


SAMPLES = Path(__file__).resolve().parents[2] / "src" / "claimgraph" / "samples"


def assert_same_paths(engine: Engine, names: list[str], hops: tuple[int, ...]) -> int:
    """Every pair of `names`, at each hop limit: the paths of the part read equal the whole
    graph's; returns how many paths were compared."""
    whole = build_graph(engine)
    compared = 0
    for a, b in itertools.permutations(names, 2):
        for max_hops in hops:
            part = path_graph(engine, a, b, max_hops=max_hops)
            expected = evidence_paths(whole, a, b, max_hops=max_hops)
            assert evidence_paths(part, a, b, max_hops=max_hops) == expected, (a, b, max_hops)
            assert part.number_of_edges() <= whole.number_of_edges()
            compared += len(expected)
    return compared


def test_the_part_read_gives_the_paths_of_the_whole_graph(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    engine = make_store(db_url, *articles(new_article))
    names = ["Orion Agency", "Karim Diallo", "Tarvo", "Omar Sy", BOMBING]
    assert assert_same_paths(engine, names, (1, 2, 4)) > 30
    part = path_graph(engine, "Tarvo", BOMBING, max_hops=1)
    assert part.number_of_nodes() < build_graph(engine).number_of_nodes()  # only a part was read


def test_a_neighbourhood_too_large_reads_the_whole_graph(db_url: str, make_store, new_article,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_store(db_url, *articles(new_article))
    monkeypatch.setattr(neighbourhood, "MAX_ENTITIES", 2)
    part = path_graph(engine, "Orion Agency", BOMBING, max_hops=4)
    assert part.number_of_edges() == build_graph(engine).number_of_edges()
    assert assert_same_paths(engine, ["Orion Agency", "Omar Sy", BOMBING], (2, 4)) > 5


def hub_articles(Article) -> list:  # noqa: ANN001, N803 - the Article class of conftest.py
    """A store shaped like news: the Hub Council is named with nearly everyone, the others in a
    few chains and events (a denial and a disputed claim among them)."""
    people = ["Ana Ruiz", "Ben Okafor", "Cleo Marsh", "Dev Patel", "Eli Stone", "Fay Lund", "Gus Kern", "Hal Voss"]
    found = []
    for number, (person, partner) in enumerate(itertools.pairwise([*people, people[0]])):
        group = f"Group {'ABCDEFGH'[number]}"
        article = Article(f"{person} advises the Hub Council. {person} leads {group}. {partner} funded {group}. "
                          f"{group} bombed Port {number}. Port {number} is in Ostland.", publisher=f"Paper {number % 3}")
        for name, kind in [(person, "Person"), (partner, "Person"), ("Hub Council", "Organization"),
                           (group, "Organization"), (f"Port {number}", "Location")]:
            article.entity(name, kind)
        advises = article.claim(f"{person} advises the Hub Council.", certainty="reported" if number % 2 else "certain")
        leads = article.claim(f"{person} leads {group}.", stance="disputes" if number == 3 else "neutral")
        funded = article.claim(f"{partner} funded {group}.", polarity="negative" if number == 5 else "positive")
        bombed = article.claim(f"{group} bombed Port {number}.", source="Hub Council" if number % 4 == 1 else "author")
        article.relation(advises, person, "advises", "Hub Council")
        article.relation(leads, person, "leader_of", group)
        article.relation(funded, partner, "funded", group, negated=number == 5)
        article.event(bombed, "bombed", type="bombing", date=f"2020-0{1 + number % 9}-01", place=f"Port {number}",
                      people=(("perpetrator", group),))
        if number == 2:  # a country only its places list: no index leads from it to the event
            article.entity("Ostland", "Location").placed(0, city=f"Port {number}", country="Ostland")
        found.append(article)
    alone = Article("Ida Frost spoke in Port 9.")  # linked to nothing: no path to anyone
    found.append(alone.entity("Ida Frost", "Person").entity("Port 9", "Location"))
    return found


def test_a_hub_end_reads_only_what_leads_to_it(db_url: str, make_store, new_article,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_store(db_url, *hub_articles(new_article))
    monkeypatch.setattr(neighbourhood, "MAX_ENTITIES", 7)  # fewer than the Hub Council's neighbours
    whole = build_graph(engine)
    names = ["Hub Council", "Ana Ruiz", "Dev Patel", "Group C", "Port 4", "Hal Voss", "Ida Frost", "Ostland"]
    assert assert_same_paths(engine, names, (1, 3, 4)) > 40
    around_hub = {(a, b) for a, b in itertools.permutations(names, 2)
                  if paths.WIDER in path_graph(engine, a, b, max_hops=3).graph}
    assert {("Hub Council", "Ana Ruiz"), ("Ana Ruiz", "Hub Council"), ("Ida Frost", "Hub Council"),
            ("Ostland", "Hub Council")} <= around_hub
    assert evidence_paths(path_graph(engine, "Ostland", "Hub Council", max_hops=4), "Ostland", "Hub Council",
                          max_hops=4)  # through the event that lists Ostland
    assert path_graph(engine, "Ana Ruiz", "Hub Council", max_hops=3).number_of_edges() < whole.number_of_edges()


def test_unknown_names_and_one_entity(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    engine = make_store(db_url, *articles(new_article))
    for a, b in (("Nobody", "Omar Sy"), ("Omar Sy", "Nobody")):
        with pytest.raises(NotFoundError, match="Nobody"):
            evidence_paths(path_graph(engine, a, b, max_hops=4), a, b)
    assert evidence_paths(path_graph(engine, "Omar Sy", "omar sy", max_hops=4), "Omar Sy", "omar sy") == []


def test_real_articles(founding_article: Path, db_url: str) -> None:
    report = ingest([str(founding_article), str(SAMPLES / "bamako_wire.html"), str(SAMPLES / "belmokhtar_profile.md")],
                    db=db_url)
    assert report.ok, report.summary()
    engine = open_engine(db_url)
    whole = build_graph(engine)
    linked = sorted({n for edge in whole.edges for n in edge[:2]}, key=lambda n: (-whole.degree(n), n))
    assert assert_same_paths(engine, linked[:6], (2, 4)) > 30
