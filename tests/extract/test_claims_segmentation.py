"""How text is cut into claims: author clauses beside reported speech, quoted passages, asides."""

from __future__ import annotations

import pytest

from claimgraph.extract.extraction import extraction_from
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.model import Document


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def claims_of(nlp, text: str) -> dict[str, tuple]:  # noqa: ANN001
    doc = nlp(text)
    return {c.text: (c.source, c.source_text, c.certainty, c.via_text)
            for c in extraction_from(doc, Document("d", text, "s")).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company may cut jobs, but its chief executive said profits had doubled.",
         {"The company may cut jobs": ("author", None, "possible", ()),
          "profits had doubled": (None, "its chief executive", "certain", ())}),
        ("Shares fell 4 percent after the company warned that profits would miss forecasts.",
         {"Shares fell 4 percent": ("author", None, "certain", ()),
          "profits would miss forecasts": (None, "the company", "probable", ())}),
        ("The army said the border was closed.",
         {"the border was closed": (None, "The army", "certain", ())}),
        ("While the minister is said to be ill, the cabinet met on Monday.",
         {"While the minister is said to be ill, the cabinet met on Monday.": ("author", None, "certain", ()),
          "While the minister is said to be ill": ("author", None, "reported", ())}),
        ("Prices rose sharply (emphasis added).\nConcluding remarks\nThe plan failed.",
         {"Prices rose sharply (emphasis added).": ("author", None, "certain", ()),
          "The plan failed.": ("author", None, "certain", ())}),
        # the writer's own clause survives the paragraph break after its sentence
        ("The lab attributed the network to Steppe Line, an Almaty-based firm, and said the firm was paid.\n\nIt denied it.",
         {"The lab attributed the network to Steppe Line, an Almaty-based firm": ("author", None, "certain", ()),
          "the firm was paid": (None, "The lab", "certain", ()),
          "It denied it.": ("author", None, "certain", ())}),
        # a described source tied to someone else is the writer's description; a bare one is not
        ("A spokesperson for the centre declined to comment on the attack.",
         {"A spokesperson for the centre": ("author", None, "certain", ()),
          "declined to comment on the attack.": (None, "A spokesperson for the centre", "certain", ())}),
        ("Ferrer's lawyer, Elena Garrigues, said her client ran a lawful business.",
         {"Ferrer's lawyer, Elena Garrigues": ("author", None, "certain", ()),
          "her client ran a lawful business": (None, "Ferrer's lawyer", "certain", ())}),
        ("A senior official said the talks had failed.",
         {"the talks had failed": (None, "A senior official", "certain", ())}),
    ],
)
def test_claim_units(nlp, text: str, expected: dict[str, tuple]) -> None:  # noqa: ANN001
    assert claims_of(nlp, text) == expected


def test_a_hedged_clause_inside_a_claim_is_a_claim_of_its_own(nlp) -> None:  # noqa: ANN001
    text = "What is new is the scale, and the fact that the content appears to be tailored for a foreign audience."
    claims = claims_of(nlp, text)
    assert claims[text][2] == "certain"
    assert claims["the content appears to be tailored for a foreign audience"][2] == "probable"
    plain = "The minister who signed the decree left the country on Monday."
    assert list(claims_of(nlp, plain)) == [plain]  # an unhedged clause stays inside its claim


def test_a_quoted_passage_keeps_its_speaker_across_sentences(nlp) -> None:  # noqa: ANN001
    text = ("The rebel leader said: “We have taken the town. Our fighters will hold it until the army leaves.”\n"
            "Officials did not comment.")
    claims = claims_of(nlp, text)
    assert claims["We have taken the town."][1] == "The rebel leader"
    assert claims["Our fighters will hold it until the army leaves."][1] == "The rebel leader"
    assert claims["did not comment."][1] == "Officials"  # their silence, told of them, not the rebel leader's


def test_two_claims_on_the_same_words_keep_distinct_ids(nlp) -> None:  # noqa: ANN001
    """Two sources for one quotation make two claims over the same span; storing them must not
    collide (a document was once lost whole to a duplicate claim id)."""
    text = '"We will appeal," the club and the player said in a joint statement.'
    doc = nlp(text)
    doc._.claims = doc._.claims + [dict(doc._.claims[0])]
    claims = extraction_from(doc, Document("d", text, "s")).claims
    assert len(claims) == len({c.id for c in claims}) == len(doc._.claims)
    again = extraction_from(nlp(text), Document("d", text, "s")).claims
    assert claims[0].id == again[0].id  # the first keeps the id of its span


def test_a_claim_keeps_the_condition_it_depends_on(nlp) -> None:  # noqa: ANN001
    text = "Inasmuch as the two groups are intelligence assets, the agencies are behind the attacks."
    doc = nlp(text)
    (claim,) = [c for c in extraction_from(doc, Document("d", text, "s")).claims if c.start == 0]
    assert claim.condition == "the two groups are intelligence assets"
    plain = "When the minister arrived, the talks began."
    assert all(c.condition is None for c in extraction_from(nlp(plain), Document("d", plain, "s")).claims)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("“The price is too high,” said Nora Quill, an analyst at Brackley Capital in Glasgow.",
         "Nora Quill, an analyst at Brackley Capital in Glasgow"),
        ("A lawyer for Hollis, Ruth Amadi, said her client had paid for the boat by cheque.",
         "A lawyer for Hollis, Ruth Amadi"),
        ("The test was ordered by Clean Rowing Canada, the national agency, which said it was reviewing the sample.",
         "Clean Rowing Canada, the national agency"),
        ("The company may cut jobs, but its chief, Jane Roe, said the plan was sound.", "its chief, Jane Roe"),
    ],
)
def test_the_writers_description_of_a_source_is_the_writers_claim(nlp, text: str, description: str) -> None:  # noqa: ANN001
    claims = claims_of(nlp, text)
    assert claims[description][0] == "author"


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Amadi said her client had paid for the boat by cheque.",  # a name alone
        "A senior official said the border was closed.",  # an unnamed source, nothing more
    ],
)
def test_a_source_named_and_nothing_more_gives_no_claim_of_the_writer(nlp, text: str) -> None:  # noqa: ANN001
    assert all(source != "author" for source, *_ in claims_of(nlp, text).values())


def test_a_wire_dateline_is_the_writers_claim(nlp) -> None:  # noqa: ANN001
    text = "KISUMU, Kenya, May 2, 2025 (Wire) - Floods closed the main road on Friday."
    claims = claims_of(nlp, text)
    assert claims["KISUMU, Kenya, May 2, 2025 (Wire)"][0] == "author"


def test_a_dateline_the_sentence_splitter_cut_off_is_still_the_writers_claim(nlp) -> None:  # noqa: ANN001
    text = ("Drug-resistant fungus spreads at Winnipeg hospital as chief executive quits\n\nWINNIPEG, Manitoba, "
            "Nov. 6, 2024 - The number of patients infected or colonized with a drug-resistant fungus at Northgate "
            "General Hospital has more than doubled in a week, health officials said Tuesday.")
    doc = nlp(text)
    claims = claims_of(nlp, text)
    assert claims["WINNIPEG, Manitoba, Nov. 6, 2024"][0] == "author"
    placed = [r for r in doc._.relations if r["predicate"] == "located_in"]
    assert placed and all(r["claim"] is not None for r in placed)


def test_a_speaker_whose_words_report_another_keeps_a_claim_of_their_own(nlp) -> None:  # noqa: ANN001
    text = ("Analysts said the widening gap in the share price showed that investors now doubted "
            "the deal would close before the summer.")
    sources = {source_text for source, source_text, *_ in claims_of(nlp, text).values()}
    assert {"Analysts", "the widening gap in the share price"} <= sources


def test_a_source_resolved_to_a_name_elsewhere_keeps_its_description_as_the_writers_claim(nlp) -> None:  # noqa: ANN001
    text = ("Lattice Social Inc. removed the accounts. The San Francisco-based company, which runs a video app, "
            "said in a blog post that the network had broken its rules.")
    claims = claims_of(nlp, text)
    assert any(source == "author" and "San Francisco-based company" in claim for claim, (source, *_) in claims.items())


def test_a_verb_joined_with_a_modal_of_its_own_is_a_claim_of_its_own(nlp) -> None:  # noqa: ANN001
    doc = nlp("The company cut 200 jobs and could close two more plants next year.")
    certainty = {doc.text[c["start"]:c["end"]]: c["certainty"] for c in doc._.claims}
    assert certainty["could close two more plants next year"] == "possible"
    assert certainty["The company cut 200 jobs and could close two more plants next year."] == "certain"


def test_a_verb_joined_with_a_hedge_of_its_own_is_a_claim_of_its_own(nlp) -> None:  # noqa: ANN001
    doc = nlp("The unit was created in 2020 and is believed to number about 600 soldiers.")
    certainty = {doc.text[c["start"]:c["end"]]: c["certainty"] for c in doc._.claims}
    assert certainty["is believed to number about 600 soldiers"] == "reported"
    doc = nlp("The unit was created in 2020 and recruited about 600 soldiers.")
    assert [doc.text[c["start"]:c["end"]] for c in doc._.claims] == [doc.text]


def test_the_writers_clause_before_a_colon_is_a_claim_of_its_own(nlp) -> None:  # noqa: ANN001
    text = 'The regulator\'s decision supports part of her account: it says the firm "took no action" in May.'
    claims = claims_of(nlp, text)
    assert claims["The regulator's decision supports part of her account"][0] == "author"
    assert claims['the firm "took no action" in May'][0] != "author"


def test_the_writers_adverbial_clause_on_a_reporting_verb_is_a_claim(nlp) -> None:  # noqa: ANN001
    text = 'While his whereabouts are said to be known, French intelligence has dubbed Belmokhtar "the uncatchable".'
    claims = claims_of(nlp, text)
    assert claims["While his whereabouts are said to be known"][0] == "author"
    assert claims["While his whereabouts are said to be known"][2] == "reported"
