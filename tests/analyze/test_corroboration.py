"""Corroboration on small hand-built stores: documents are not origins."""

from __future__ import annotations

import networkx as nx
import pytest

from claimgraph.analyze import build_graph, corroborate
from claimgraph.errors import NotFoundError

ATTACK = "attack in Tarvo (2021-03-01)"
WIRE = "Gunmen of the Sable Front attacked a market in Tarvo, killing nine"


def articles(Article) -> list:  # noqa: ANN001, N803 - the Article class of conftest.py
    found = []
    for publisher, headline in [("Wire One", "Market attack in Tarvo."), ("Wire Two", "Nine dead in Tarvo."),
                                ("Wire Three", "Tarvo market hit.")]:
        text = f"{headline} {WIRE}, police said."
        if publisher == "Wire One":
            text += " The Sable Front claimed responsibility for the attack in an audio message broadcast by Radio Kora."
        wire = Article(text, publisher=publisher)
        for name, kind in [("Sable Front", "Organization"), ("Tarvo", "Location"), ("Radio Kora", "Organization")]:
            wire.entity(name, kind)
        police = wire.claim(WIRE, source="police")
        wire.relation(police, "Sable Front", "perpetrated", "attacked")
        if publisher == "Wire One":
            claimed = wire.claim("The Sable Front claimed responsibility for the attack in an audio message "
                                 "broadcast by Radio Kora.")
            wire.relation(claimed, "Sable Front", "claimed_responsibility", "the attack")
            wire.event(police, "attacked", date="2021-03-01", place="Tarvo", people=(("perpetrator", "Sable Front"),),
                       claimed_by=("Sable Front",), method="audio", relays=("Radio Kora",),
                       refs=((claimed, "the attack"),))
        else:
            wire.event(police, "attacked", date="2021-03-01", place="Tarvo", people=(("perpetrator", "Sable Front"),))
        found.append(wire)

    local = Article("Witnesses saw the Sable Front attack the market in Tarvo. "
                    "In a statement, the Sable Front said it carried out the attack.", publisher="Tarvo Times")
    local.entity("Sable Front", "Organization").entity("Tarvo", "Location")
    seen = local.claim("the Sable Front attack the market in Tarvo", source="Witnesses")
    itself = local.claim("it carried out the attack", source="Sable Front")
    local.relation(seen, "Sable Front", "perpetrated", "attack")
    local.event(seen, "attack", date="2021-03-01", place="Tarvo", people=(("perpetrator", "Sable Front"),),
                claimed_by=("Sable Front",), also=(itself,))
    found.append(local)

    review = Article("Analysts say the Sable Front claimed the attack in Tarvo. The Iron Brigade also claimed the attack.",
                     publisher="Sahel Review")
    for name, kind in [("Sable Front", "Organization"), ("Tarvo", "Location"), ("Iron Brigade", "Organization")]:
        review.entity(name, kind)
    analysts = review.claim("the Sable Front claimed the attack in Tarvo", source="Analysts")
    rival = review.claim("The Iron Brigade also claimed the attack.")
    review.event(analysts, "attack", date="2021-03-01", place="Tarvo", claimed_by=("Sable Front", "Iron Brigade"),
                 also=(rival,))
    found.append(review)

    # "according to X, quoted by Y" and "X said" elsewhere: one origin, X.
    quoted = Article("According to the Interior Ministry, quoted by Radio Kora, the Iron Brigade is led by Amadou Sow.",
                     publisher="Paper F")
    said = Article("Amadou Sow heads the Iron Brigade, the Interior Ministry said.", publisher="Paper G")
    for article in (quoted, said):
        for name, kind in [("Interior Ministry", "Organization"), ("Radio Kora", "Organization"),
                           ("Iron Brigade", "Organization"), ("Amadou Sow", "Person")]:
            article.entity(name, kind)
    claim = quoted.claim("the Iron Brigade is led by Amadou Sow", source="Interior Ministry", via=("Radio Kora",))
    quoted.relation(claim, "Amadou Sow", "leader_of", "Iron Brigade")
    claim = said.claim("Amadou Sow heads the Iron Brigade", source="Interior Ministry")
    said.relation(claim, "Amadou Sow", "leader_of", "Iron Brigade")
    return [*found, quoted, said]


@pytest.fixture
def graph(db_url: str, make_store, new_article) -> nx.MultiDiGraph:  # noqa: ANN001
    return build_graph(make_store(db_url, *articles(new_article)))


def fact(result, subject: str, predicate: str, obj: str):  # noqa: ANN001, ANN201
    (found,) = [f for f in result.facts if (f.subject_name, f.predicate, f.object_name) == (subject, predicate, obj)]
    return found


def test_a_wire_story_in_three_outlets_is_one_origin(graph: nx.MultiDiGraph) -> None:
    result = corroborate(graph)
    perpetrated = fact(result, "Sable Front", "perpetrated", ATTACK)
    assert perpetrated.documents == 4
    assert [(o.label, o.outlets) for o in perpetrated.origins] == [
        ("police", ("Wire One", "Wire Three", "Wire Two")),
        ("Witnesses", ("Tarvo Times",)),
    ]
    (event,) = result.events
    assert (event.name, event.types, event.dates, event.places) == (ATTACK, ("attack",), ("2021-03-01",), ("Tarvo",))
    assert event.documents == 5
    assert [o.label for o in event.origins] == ["police", "Analysts", "Witnesses"]


def test_a_claim_of_responsibility_relayed_by_several_outlets_is_one_origin(graph: nx.MultiDiGraph) -> None:
    (event,) = corroborate(graph).events
    sable, rival = event.responsibility
    assert sable.claimant_names == ("Sable Front",) and sable.documents == 3
    assert sable.origin.label == "Sable Front's own claim"
    assert sable.origin.outlets == ("Sahel Review", "Tarvo Times", "Wire One")
    assert (sable.methods, sable.relays) == (("audio",), ("Radio Kora",))
    # The writer, the group itself and analysts all report the group's one claim.
    assert sorted(e.source_name for e in sable.evidence) == ["Analysts", "Sable Front", "author"]
    # A competing claim is an origin of its own.
    assert rival.claimant_names == ("Iron Brigade",) and rival.documents == 1
    claimed = fact(corroborate(graph), "Sable Front", "claimed_responsibility", ATTACK)
    assert claimed.documents == 3 and len(claimed.origins) == 1


def test_according_to_chains_lead_to_their_source(graph: nx.MultiDiGraph) -> None:
    leads = fact(corroborate(graph), "Amadou Sow", "leader_of", "Iron Brigade")
    assert leads.documents == 2
    (origin,) = leads.origins
    assert (origin.label, origin.via, origin.outlets) == ("Interior Ministry", ("Radio Kora",), ("Paper F", "Paper G"))


def test_about_and_min_origins(graph: nx.MultiDiGraph) -> None:
    about = corroborate(graph, about="amadou sow")
    assert [(f.subject_name, f.predicate) for f in about.facts] == [("Amadou Sow", "leader_of")]
    assert about.events == ()
    strong = corroborate(graph, min_origins=2)
    assert [(f.subject_name, f.predicate, f.object_name, len(f.origins)) for f in strong.facts] == [
        (ATTACK, "located_in", "Tarvo", 3), ("Sable Front", "perpetrated", ATTACK, 2)]
    assert [e.name for e in strong.events] == [ATTACK]
    with pytest.raises(NotFoundError):
        corroborate(graph, about="Nobody")


def test_a_graph_of_one_entity_gives_the_same_answers(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    from claimgraph.store.claim_queries import matching_entities

    engine = make_store(db_url, *articles(new_article))
    whole = corroborate(build_graph(engine), about="Iron Brigade")
    part = corroborate(build_graph(engine, about=matching_entities(engine, "Iron Brigade")), about="Iron Brigade")
    assert part == whole
    assert [f.predicate for f in part.facts] == ["leader_of", "claimed_responsibility"]
    assert [e.name for e in part.events] == [ATTACK]
