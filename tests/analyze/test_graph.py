"""The evidence graph read from the store: one edge per fact, every claim behind it."""

from __future__ import annotations

from claimgraph.analyze import build_graph, find_nodes
from claimgraph.store.curation import merge, reject


def articles(Article) -> list:  # noqa: ANN001, N803 - the Article class of conftest.py
    found = []
    for n in range(10):  # one fact stated in ten documents, in ten ways
        article = Article(f"Report {n}: Omar Sy works with the Sable Front, source {n} said.", publisher=f"Outlet {n}")
        article.entity("Omar Sy", "Person").entity("Sable Front", "Organization")
        claim = article.claim(f"Omar Sy works with the Sable Front, source {n} said.")
        article.relation(claim, "Omar Sy", "works_with", "Sable Front")
        found.append(article)
    event = Article("The Sable Front reportedly raided Kiffa. Kiffa lies near the border. Omar Sy denied leading the Sable Front.")
    event.entity("Sable Front", "Organization").entity("Kiffa", "Location").entity("Omar Sy", "Person")
    raid = event.claim("The Sable Front reportedly raided Kiffa.", certainty="reported")
    denial = event.claim("Omar Sy denied leading the Sable Front.", polarity="negative")
    event.event(raid, "raided", type="raid", date="2022-02-02", place="Kiffa",
                people=(("perpetrator", "Sable Front"), ("target", "Kiffa")))
    event.relation(denial, "Omar Sy", "leader_of", "Sable Front", negated=True)
    found.append(event)
    return found


def dump(graph) -> list:  # noqa: ANN001
    name = lambda n: graph.nodes[n]["name"]  # noqa: E731
    return sorted(
        (name(u), key, name(v), data["strength"], data["negated"], data["kinds"], data["roles"],
         [(e.document, e.claim, e.text, e.source_name, e.certainty, e.negated, e.publisher) for e in data["evidence"]])
        for u, v, key, data in graph.edges(keys=True, data=True)
    )


def test_one_edge_per_fact_with_every_claim(sqlite_url: str, make_store, new_article) -> None:  # noqa: ANN001
    graph = build_graph(make_store(sqlite_url, *articles(new_article)))
    edges = {(graph.nodes[u]["name"], key, graph.nodes[v]["name"]): data
             for u, v, key, data in graph.edges(keys=True, data=True)}
    works = edges["Omar Sy", "works_with", "Sable Front"]
    assert len(works["evidence"]) == 10 and works["strength"] > 0.99
    assert {e.publisher for e in works["evidence"]} == {f"Outlet {n}" for n in range(10)}
    assert [e.document for e in works["evidence"]] == sorted(e.document for e in works["evidence"])
    raid = "raid in Kiffa (2022-02-02)"
    assert set(edges) == {
        ("Omar Sy", "works_with", "Sable Front"), ("Omar Sy", "leader_of", "Sable Front"),
        ("Sable Front", "perpetrated", raid), (raid, "targeted", "Kiffa"), (raid, "located_in", "Kiffa"),
    }
    denied = edges["Omar Sy", "leader_of", "Sable Front"]
    assert denied["negated"] and denied["strength"] == 0.0
    perpetrated = edges["Sable Front", "perpetrated", raid]
    assert [(e.text, e.certainty) for e in perpetrated["evidence"]] == [("The Sable Front reportedly raided Kiffa.", "reported")]
    assert perpetrated["roles"] == ("perpetrator",) and perpetrated["kinds"] == ("event",)
    (report,) = graph.nodes[find_nodes(graph, raid)[0]]["reports"]
    assert (report.type, report.date, graph.nodes[report.place]["name"]) == ("raid", "2022-02-02", "Kiffa")
    assert graph.nodes[find_nodes(graph, "kiffa")[0]]["type"] == "Location"


def test_the_same_graph_from_sqlite_and_postgresql(sqlite_url: str, postgres_url: str, make_store,  # noqa: ANN001
                                                   new_article) -> None:
    lite = build_graph(make_store(sqlite_url, *articles(new_article)))
    postgres = build_graph(make_store(postgres_url, *articles(new_article)))
    assert dump(lite) == dump(postgres)
    assert sorted(lite.nodes(data="name")) == sorted(postgres.nodes(data="name"))


def test_curation_shapes_the_graph(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    engine = make_store(db_url, *articles(new_article))
    reject(engine, "Kiffa")
    graph = build_graph(engine)
    assert "Kiffa" not in {name for _, name in graph.nodes(data="name")}
    assert not [k for _, _, k in graph.edges(keys=True) if k in ("targeted", "located_in")]
    merge(engine, "Omar Sy", "Sable Front")  # a user's (odd) decision: one entity now
    graph = build_graph(engine)
    assert not [k for _, _, k in graph.edges(keys=True) if k == "works_with"]  # no link to itself
