"""Every source an attribution names is an entity (DESIGN.md): descriptions get descriptive
mentions, names the recognizer missed get named ones, and claims never lose their source."""

from __future__ import annotations

import pytest

from claimgraph.extract.extraction import extraction_from
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.model import Document
from claimgraph.resolve import resolve


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize(("text", "source", "label", "descriptive"), [
    ("Prosecutors say the contractor paid him off.", "Prosecutors", "Person", True),
    ("A person familiar with the case said plea talks had failed.", "A person familiar with the case", "Person", True),
    # the place and the clause that tell which one belong to it, as a reader names the source
    ("A WHO spokesperson in Geneva said outbreaks were common.", "A WHO spokesperson in Geneva", "Person", True),
    ("Britain's accounting watchdog said it had opened an investigation.", "Britain's accounting watchdog",
     "Organization", True),
    ("The firm received $41 million, according to court filings.", "court filings", "Organization", True),
    ("Analysts and traders said the deal would collapse.", "Analysts", "Person", True),
    ("Provincial authorities said the road was closed.", "Provincial authorities", "Organization", True),
    ("Residents said the road was closed.", "Residents", "Person", True),
    # a clause right after the description that tells which one it is belongs to it
    ("A Western diplomat briefed on the talks said no deal was near.", "A Western diplomat briefed on the talks",
     "Person", True),
    ("Two people who have examined the files said they included payroll records.",
     "Two people who have examined the files", "Person", True),
    # not one that only dates it, nor one after a comma
    ("An amended complaint filed last month says the firm hid the transfers.", "An amended complaint",
     "Organization", True),
    ("A nurse, who asked not to be named, said the ward was closed.", "A nurse", "Person", True),
    ("A local official who asked not to be named because he was not authorised to speak said 12 died.",
     "A local official who asked not to be named because he was not authorised to speak", "Person", True),
    ("A doctor who spoke on condition of anonymity said the ward was closed.",
     "A doctor who spoke on condition of anonymity", "Person", True),
    ("A 2023 study published in the Journal of Immunization, which examined 41 outbreaks, found that few "
     "cases were in vaccinated people.", "A 2023 study published in the Journal of Immunization", "Organization", True),
])
def test_a_described_source_is_a_descriptive_mention(nlp, text: str, source: str, label: str, descriptive: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = [(s.text, s.label_, s.kb_id_ == "descriptive") for s in doc.spans["claimgraph_sources"]]
    assert (source, label, descriptive) in found, found


def test_a_name_after_its_owners_possessive_is_the_sources_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("France’s Le Monde revealed in June that the ministry had been funding the rebels.")
    found = [s.text for group in ("claimgraph_sources", "claimgraph_mentions") for s in doc.spans[group]]
    assert "Le Monde" in found and "France" in found and not any(text.startswith("France’s") for text in found), found


def test_a_named_source_keeps_its_own_mention_and_a_pronoun_gets_none(nlp) -> None:  # noqa: ANN001
    doc = nlp("Daniel Fairweather spoke for the defence. “The story may sound tidy,” he said.")
    assert list(doc.spans["claimgraph_sources"]) == []  # "he" is Fairweather, already a mention


def test_a_source_the_tagger_missed_once_is_the_name_tagged_elsewhere(nlp) -> None:  # noqa: ANN001
    text = ("The Movement for Reform (MRNI) attacked the town. Officials accused the group of being backed by "
            "foreign advisers, an accusation the MRNI denies.")
    doc = nlp(text)
    second = text.rindex("MRNI")
    assert [(m.text, m.label_) for m in doc.spans["claimgraph_mentions"] if m.start_char == second] \
        == [("MRNI", "Organization")]
    assert all("MRNI" not in s.text for s in doc.spans["claimgraph_sources"])


def _claims(nlp, text: str):  # noqa: ANN001, ANN202
    doc = nlp(text)
    resolved = resolve(extraction_from(doc, Document("d1", text, "s")))
    names = {e.id: (e.name, e.descriptive) for e in resolved.entities}
    return {c.text: names.get(c.source, c.source) for c in resolved.claims}


def test_claims_have_their_described_source_and_the_same_source_again_joins_it(nlp) -> None:  # noqa: ANN001
    text = ("Malian security officials said 20 hostages had died. "
            "The gunmen had entered through the kitchen, the officials said.")
    claims = _claims(nlp, text)
    assert claims["20 hostages had died"] == ("Malian security officials", True)
    assert claims["The gunmen had entered through the kitchen"] == ("Malian security officials", True)


def test_two_different_described_sources_stay_apart(nlp) -> None:  # noqa: ANN001
    text = "A senior official said the talks failed. A second official said they would resume."
    claims = _claims(nlp, text)
    assert claims["the talks failed"] != claims["they would resume"]


def test_a_description_beside_a_name_is_that_name(nlp) -> None:  # noqa: ANN001
    text = ("The inquiry follows a complaint by Greyfell Research, a New York firm that said Trelawny had booked "
            "revenue from unsigned contracts.")
    claims = _claims(nlp, text)
    assert claims["Trelawny had booked revenue from unsigned contracts"] == ("Greyfell Research", False), claims


def test_a_surname_said_alone_is_the_person_named_before(nlp) -> None:  # noqa: ANN001
    text = ("Lucie Desrosiers, 52, was the Crown's central witness.\n\nDesrosiers testified that "
            "she drove C$40,000 in cash to a parking lot.")
    claims = _claims(nlp, text)
    assert claims["she drove C$40,000 in cash to a parking lot"] == ("Lucie Desrosiers", False), claims
