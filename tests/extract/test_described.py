"""Unnamed participants of an incident are entities, and an incident's roles state relations:
who perpetrated it, whom its doer targeted (sentences written for these tests)."""

from __future__ import annotations

import pytest

from claimgraph.extract.extensions import DESCRIBED
from claimgraph.extract.extraction import extraction_from
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.model import Document
from claimgraph.resolve import resolve


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def described(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span.text: span.label_ for span in doc.spans[DESCRIBED]}


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(text[r["subject"][0]:r["subject"][1]], r["predicate"],
             text[r["object"][0]:r["object"][1]] if r["object"] else "-")
            for r in doc._.relations if not r["negated"]}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Suspected militants attacked a village and a nearby army post late on Sunday.",
     {"Suspected militants": "Person", "a village": "Location", "a nearby army post": "Location"}),
    ("Detectives arrested a 24-year-old man at an apartment on Monday.",
     {"Detectives": "Person", "a 24-year-old man": "Person"}),
    # what is counted names the people; where a thing is goes with it
    ("Soldiers detained hundreds of people in the north last year.", {"Soldiers": "Person", "hundreds of people": "Person"}),
    ("Gunmen stormed a hospital in Hamilton on Friday.", {"Gunmen": "Person", "a hospital in Hamilton": "Location"}),
    # a body acts, a building is acted on
    ("A militia attacked the embassy on Friday.", {"A militia": "Organization", "the embassy": "Location"}),
])
def test_unnamed_participants_get_mentions(nlp, text: str, wanted: dict[str, str]) -> None:
    found = described(nlp, text)
    for name, label in wanted.items():
        assert found.get(name) == label, found


@pytest.mark.parametrize(("text", "unwanted"), [
    ("The central bank fined the unit 1.2 million euros that year.", "1.2 million euros"),  # an amount
    ("Both men were arrested in November.", "Both men"),  # people named before
    ("Investigators from the Ontario Provincial Police searched Granitex's offices.", "Granitex's offices"),
    ("Investigators from the Ontario Provincial Police searched Granitex's offices.", "Investigators"),
    ("The company's chief executive resigned on Monday.", "The company's chief executive"),  # no one acted on
    ("The ministry announced the merger of two banks.", "two banks"),
])
def test_no_mention_for_what_names_no_one(nlp, text: str, unwanted: str) -> None:
    assert unwanted not in described(nlp, text)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Suspected militants attacked a village and a nearby army post late on Sunday.",
     {("Suspected militants", "perpetrated", "attacked"), ("Suspected militants", "targeted", "a village"),
      ("Suspected militants", "targeted", "a nearby army post")}),
    ("Detectives arrested John Walker at his home in Dayton late on Sunday.", {("Detectives", "targeted", "John Walker")}),
    ("The Dutch Data Protection Authority has fined Northwind Health Inc. 4.2 million euros.",
     {("Dutch Data Protection Authority", "targeted", "Northwind Health Inc.")}),
    ("Investigators from the Ontario Provincial Police searched Granitex's offices in 2022.",
     {("Ontario Provincial Police", "targeted", "Granitex")}),
    # a payer funds whoever is paid
    ("Constructora Pangal paid 300 million pesos to Asesorías Quillay SpA in 2024.",
     {("Constructora Pangal", "funded", "Asesorías Quillay SpA")}),
    ("Prosecutors say Marco Pellegrini paid Raymond Achterberg $400,000 in cash.",
     {("Marco Pellegrini", "funded", "Raymond Achterberg")}),
    # the one fined, not the sum; a participant named before by a description of its kind
    ("Okyerema Gold Mining Company runs the mine. In 2024 the Minerals Commission fined the company 400,000 cedis.",
     {("Minerals Commission", "targeted", "Okyerema Gold Mining Company")}),
])
def test_an_incident_states_who_did_it_to_whom(nlp, text: str, wanted: set) -> None:
    found = relations(nlp, text)
    assert wanted <= found, found


@pytest.mark.parametrize(("text", "unwanted"), [
    # an amount is no target
    ("The central bank fined the unit 1.2 million euros that year.", ("central bank", "targeted", "1.2 million euros")),
    # a doer and a target told in different sentences are not paired
    ("Gunmen attacked the town on Sunday. Soldiers later found the bodies of four men.",
     ("Gunmen", "targeted", "four men")),
    # a place that owns a count is not its perpetrator
    ("The killing is the city's 19th homicide this year.", ("the city", "perpetrated", "killing")),
    # a sum paid for a thing funds no one
    ("Kenya paid $5 million for the drones in May.", ("Kenya", "funded", "$5 million")),
    # no one is acted on in a merger
    ("Harbor Bank completed its merger with Crestline Financial on Monday.",
     ("Harbor Bank", "targeted", "Crestline Financial")),
])
def test_no_incident_relation_a_reader_would_not_draw(nlp, text: str, unwanted: tuple) -> None:
    assert unwanted not in relations(nlp, text)


def test_described_participants_are_entities_of_their_document(nlp) -> None:
    text = "Suspected militants attacked a village on Sunday. The attackers burned the market."
    document = Document(id="d1", source="test", text=text)
    resolved = resolve(extraction_from(nlp(text), document))
    militants = next(e for e in resolved.entities if e.name == "Suspected militants")
    assert militants.descriptive and militants.type == "Person"
    event = next(e for e in resolved.events if e.type == "attack")
    assert any(p.entity == militants.id and p.role == "perpetrator" for p in event.participants)
    assert any(r.subject == militants.id and r.predicate == "perpetrated" and r.object == event.entity
               for r in resolved.relations)


def test_an_incident_is_also_named_by_its_whole_phrase(nlp) -> None:
    text = "The assault on Mabanga, a farming village, began shortly after 10 p.m. on Sunday, June 8, 2025."
    document = Document(id="d2", source="test", text=text, published="2025-06-10")
    resolved = resolve(extraction_from(nlp(text), document))
    names = {alias for e in resolved.entities if e.type == "Event" for alias in e.aliases}
    assert "The assault on Mabanga" in names
    assert not any("farming village" in name for name in names)
