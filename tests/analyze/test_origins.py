"""Independent origins and strength that do not overstate, on hand-built stores in three
domains (a fraud case, a company deal, a clinic network):

- a report quoting several people is one origin, named after the report, its voices listed;
- one source (named or described: "Provincial health officials" ... "the officials") is one
  origin in a document however often it speaks;
- a claim the writer disputes, and the writer's own claim that holds only on a condition,
  raise no strength and add no origin, but are still listed, with why;
- the entity profile and `corroboration` give the same figures for every link.
"""

from __future__ import annotations

import networkx as nx
import pytest

from claimgraph.analyze import build_graph, corroborate
from claimgraph.analyze.facts import relation_groups
from claimgraph.store.profiles import entity_profile

P, O = "Person", "Organization"


def court(Article) -> list:  # noqa: ANN001, N803 - the Article class of conftest.py
    ledger = Article("The Harbor Ledger reported that prosecutors said Dana Whitfield ran the Coastline Fund. "
                     "The Harbor Ledger also quoted a court clerk who said Dana Whitfield led the Coastline Fund "
                     "until 2019.", publisher="Harbor Ledger")
    courier = Article("Dana Whitfield managed the Coastline Fund, a state auditor told the committee.",
                      publisher="Bay Courier")
    weekly = Article("A brochure says Dana Whitfield headed the Coastline Fund, a claim no record supports.",
                     publisher="Sound Weekly")
    for article in (ledger, courier, weekly):
        article.entity("Dana Whitfield", P).entity("Coastline Fund", O).entity("The Harbor Ledger", O)
    claim = ledger.claim("Dana Whitfield ran the Coastline Fund", source="prosecutors", via=("The Harbor Ledger",))
    ledger.relation(claim, "Dana Whitfield", "leader_of", "Coastline Fund")
    claim = ledger.claim("Dana Whitfield led the Coastline Fund until 2019", source="a court clerk",
                         via=("The Harbor Ledger",))
    ledger.relation(claim, "Dana Whitfield", "leader_of", "Coastline Fund")
    claim = courier.claim("Dana Whitfield managed the Coastline Fund", source="a state auditor")
    courier.relation(claim, "Dana Whitfield", "leader_of", "Coastline Fund")
    claim = weekly.claim("Dana Whitfield headed the Coastline Fund", source="A brochure", stance="disputes")
    weekly.relation(claim, "Dana Whitfield", "leader_of", "Coastline Fund")
    return [ledger, courier, weekly]


def deal(Article) -> list:  # noqa: ANN001, N803
    wire = Article("Bloomfield News reported that Acme Corp secretly funded Zeta Labs, citing two people familiar "
                   "with the deal. Bloomfield News also quoted a former engineer who said Acme Corp paid Zeta Labs "
                   "for two years. If the filings are genuine, Acme Corp controls Zeta Labs.", publisher="Market Wire")
    gazette = Article("Acme Corp funded Zeta Labs, a company spokesperson confirmed on Monday.",
                      publisher="Zeta Gazette")
    for article in (wire, gazette):
        article.entity("Acme Corp", O).entity("Zeta Labs", O).entity("Bloomfield News", O)
    claim = wire.claim("Acme Corp secretly funded Zeta Labs", source="two people familiar with the deal",
                       via=("Bloomfield News",))
    wire.relation(claim, "Acme Corp", "funded", "Zeta Labs")
    claim = wire.claim("Acme Corp paid Zeta Labs for two years", source="a former engineer", via=("Bloomfield News",))
    wire.relation(claim, "Acme Corp", "funded", "Zeta Labs")
    claim = wire.claim("If the filings are genuine, Acme Corp controls Zeta Labs.", condition="the filings are genuine")
    wire.relation(claim, "Acme Corp", "controls", "Zeta Labs")
    claim = gazette.claim("Acme Corp funded Zeta Labs", source="a company spokesperson")
    gazette.relation(claim, "Acme Corp", "funded", "Zeta Labs")
    return [wire, gazette]


def clinics(Article) -> list:  # noqa: ANN001, N803
    post = Article("Provincial health officials said the Kandor Clinic is part of the Ridgeview Health Network. "
                   "The officials said the Kandor Clinic joined the Ridgeview Health Network in 2019.",
                   publisher="Valley Post")
    post.entity("Provincial health officials", O, descriptive=True).entity("The officials", O, descriptive=True)
    report = Article("The Kandor Clinic belongs to the Ridgeview Health Network, the World Health Organization said.",
                     publisher="Health Monitor")
    report.entity("World Health Organization", O)
    for article in (post, report):
        article.entity("Kandor Clinic", O).entity("Ridgeview Health Network", O)
    claim = post.claim("the Kandor Clinic is part of the Ridgeview Health Network",
                       source="Provincial health officials")
    post.relation(claim, "Kandor Clinic", "part_of", "Ridgeview Health Network")
    claim = post.claim("the Kandor Clinic joined the Ridgeview Health Network in 2019", source="The officials")
    post.relation(claim, "Kandor Clinic", "part_of", "Ridgeview Health Network")
    claim = report.claim("The Kandor Clinic belongs to the Ridgeview Health Network", source="World Health Organization")
    report.relation(claim, "Kandor Clinic", "part_of", "Ridgeview Health Network")
    return [post, report]


@pytest.fixture
def engine(db_url: str, make_store, new_article):  # noqa: ANN001, ANN201
    return make_store(db_url, *court(new_article), *deal(new_article), *clinics(new_article))


@pytest.fixture
def graph(engine) -> nx.MultiDiGraph:  # noqa: ANN001
    return build_graph(engine)


def fact(graph: nx.MultiDiGraph, subject: str, predicate: str, obj: str):  # noqa: ANN201
    (found,) = [f for f in corroborate(graph).facts if (f.subject_name, f.predicate, f.object_name) == (subject, predicate, obj)]
    return found


def test_a_report_quoting_several_people_is_one_origin_named_after_the_report(graph: nx.MultiDiGraph) -> None:
    led = fact(graph, "Dana Whitfield", "leader_of", "Coastline Fund")
    assert led.documents == 3
    assert [(o.label, o.voices) for o in led.origins] == [
        ("The Harbor Ledger", ("prosecutors", "a court clerk")), ("a state auditor", ())]
    assert [(o.label, o.discounted) for o in led.discounted] == [("A brochure", "disputed by the writer")]
    assert led.strength == pytest.approx(0.96)  # two plain origins; the disputed brochure adds nothing

    funded = fact(graph, "Acme Corp", "funded", "Zeta Labs")
    assert [(o.label, o.voices) for o in funded.origins] == [
        ("Bloomfield News", ("two people familiar with the deal", "a former engineer")),
        ("a company spokesperson", ())]


def test_a_conditional_claim_of_the_writer_is_listed_but_adds_nothing(graph: nx.MultiDiGraph) -> None:
    controls = fact(graph, "Acme Corp", "controls", "Zeta Labs")
    assert controls.origins == () and controls.strength == 0.0
    assert [(o.label, o.discounted) for o in controls.discounted] == [("Market Wire (its writer)", "only on a condition")]
    assert corroborate(graph, min_origins=1).facts and controls not in corroborate(graph, min_origins=1).facts


def test_one_described_source_is_one_origin_however_often_it_speaks(graph: nx.MultiDiGraph) -> None:
    part = fact(graph, "Kandor Clinic", "part_of", "Ridgeview Health Network")
    assert part.documents == 2
    assert [o.label for o in part.origins] == ["Provincial health officials", "World Health Organization"]
    assert part.origins[0].claims == 2


@pytest.mark.parametrize("name", ["Dana Whitfield", "Acme Corp", "Kandor Clinic"])
def test_the_profile_and_corroboration_agree_on_every_link(engine, graph: nx.MultiDiGraph, name: str) -> None:  # noqa: ANN001
    profile = entity_profile(engine, name)
    in_profile = {(group.predicate, fact.other): (fact.support.claims, fact.support.origins, round(fact.support.strength, 4))
                  for group in relation_groups(engine, profile.id, profile.relations) for fact in group.facts}
    in_corroboration = {(f.predicate, f.object_name): (len(f.evidence), len(f.origins), round(f.strength, 4))
                        for f in corroborate(graph, about=name).facts}
    assert in_profile and in_profile == in_corroboration


def warehouse_fire(Article) -> list:  # noqa: ANN001, N803
    """A fire in two documents: one perpetrator stated by two independent origins, one only
    alleged by the writer, one on the writer's condition; the claimant's own claim."""
    daily = Article("Police said the Red Ember Cell set fire to the Dockside warehouse in Kessel. "
                    "The fire was allegedly ordered by Tomas Varga. If the messages are real, the Harbor Union "
                    "paid for the fire. The Red Ember Cell claimed responsibility for the fire.", publisher="Kessel Daily")
    daily.entity("Tomas Varga", P).entity("Harbor Union", O).entity("Red Ember Cell", O).entity("Kessel", "Location")
    police = daily.claim("the Red Ember Cell set fire to the Dockside warehouse in Kessel", source="Police")
    alleged = daily.claim("The fire was allegedly ordered by Tomas Varga.", certainty="reported")
    conditional = daily.claim("If the messages are real, the Harbor Union paid for the fire.",
                              condition="the messages are real")
    own = daily.claim("the fire", source="Red Ember Cell")
    daily.event(police, "set fire", type="arson", date="2024-05-06", place="Kessel",
                people=(("perpetrator", "Red Ember Cell"), ("perpetrator", "Tomas Varga"),
                        ("perpetrator", "Harbor Union")),
                claimed_by=("Red Ember Cell",), also=(alleged, conditional, own))
    radio = Article("The Red Ember Cell burned the warehouse in Kessel, fire officials said.", publisher="Kessel Radio")
    radio.entity("Red Ember Cell", O).entity("Kessel", "Location")
    officials = radio.claim("The Red Ember Cell burned the warehouse in Kessel", source="fire officials")
    radio.event(officials, "burned", type="arson", date="2024-05-06", place="Kessel",
                people=(("perpetrator", "Red Ember Cell"),))
    return [daily, radio]


def test_each_participant_of_an_event_has_its_own_standing(db_url: str, make_store, new_article) -> None:  # noqa: ANN001
    from claimgraph.render import voice_standing
    from claimgraph.store.graph_queries import find_events

    engine = make_store(db_url, *warehouse_fire(new_article))
    (event,) = corroborate(build_graph(engine)).events
    standings = {(p.role, p.name): p.standing for p in event.participants}
    assert standings == {
        ("perpetrator", "Red Ember Cell"): "corroborated by 2 independent origins",
        ("perpetrator", "Tomas Varga"): "alleged by the writer",
        ("perpetrator", "Harbor Union"): "stated by the writer, only on a condition",
    }
    views = find_events(engine, about="Red Ember Cell")
    voices = {(view.support.document == views[0].support.document, v.participant.role, v.participant.text):
              voice_standing(v) for view in views for v in view.voices}
    daily = views[0].support.document == warehouse_daily_id(engine)
    assert voices == {
        (daily, "perpetrator", "Red Ember Cell"): "said by Police",
        (daily, "perpetrator", "Tomas Varga"): "alleged by the writer",
        (daily, "perpetrator", "Harbor Union"): "stated by the writer, only on a condition",
        (daily, "claimant", "Red Ember Cell"): "claimed by itself",
        (not daily, "perpetrator", "Red Ember Cell"): "said by fire officials",
    }
    assert not any("confirmed" in s for s in [*standings.values(), *voices.values()])


def warehouse_daily_id(engine) -> str:  # noqa: ANN001
    from claimgraph.store import reader

    (daily,) = [d.id for d in reader.list_documents(engine) if "Police said" in reader.find_document(engine, d.id).text]
    return daily
