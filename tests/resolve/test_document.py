"""Entities within one document: (text, its mentions, the groups of names expected)."""

from __future__ import annotations

import re

import pytest

from claimgraph.model import PERSON, Mention
from claimgraph.resolve import resolve_entities

DOC = "d1"


def mentions_in(text: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of each name (longest first, no overlaps), with the tagger's type."""
    taken: set[int] = set()
    found = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if taken.isdisjoint(range(match.start(), match.end())):
                taken.update(range(match.start(), match.end()))
                found.append(Mention(DOC, match.start(), match.end(), name, names[name]))
    return sorted(found, key=lambda m: m.start)


def groups(text: str, names: dict[str, str]) -> set[frozenset[str]]:
    resolved, _, _ = resolve_entities(mentions_in(text, names), text)
    by_entity: dict[str, set[str]] = {}
    for mention in resolved:
        by_entity.setdefault(mention.entity, set()).add(mention.text)
    return {frozenset(names) for names in by_entity.values()}


P, O, L = "Person", "Organization", "Location"

CASES = [
    (  # a place named for its kind is the place, not short for a body named after it
        "The Calder County Health Department said the outbreak was over. Calder County has 80,000 residents.",
        {"Calder County Health Department": O, "Calder County": L},
        [{"Calder County Health Department"}, {"Calder County"}],
    ),
    (  # a province the gazetteer knows is no short form of a body named after it
        "WINNIPEG, Manitoba - Nurses struck. The Manitoba Nurses' Alliance said pay was too low.",
        {"WINNIPEG": L, "Manitoba": L, "Manitoba Nurses' Alliance": O},
        [{"WINNIPEG"}, {"Manitoba"}, {"Manitoba Nurses' Alliance"}],
    ),
    (  # an acronym the tagger called a body joins the place whose initials it is
        "Floods hit New South Wales. NSW officials said roads were closed.",
        {"New South Wales": L, "NSW": O},
        [{"New South Wales", "NSW"}],
    ),
    (  # a name that opens with the kind of body it is, without that word
        "Servel fined the Partido Fuerza Regional. Fuerza Regional said it would appeal.",
        {"Servel": O, "Partido Fuerza Regional": O, "Fuerza Regional": P},
        [{"Servel"}, {"Partido Fuerza Regional", "Fuerza Regional"}],
    ),
    (  # a place's name without the word for its kind, unless it names a country
        "Chromium leaked into the Aries River. Fish died along the Aries. Boats left the Congo River for Congo.",
        {"Aries River": L, "Aries": L, "Congo River": L, "Congo": L},
        [{"Aries River", "Aries"}, {"Congo River"}, {"Congo"}],
    ),
    (  # a name opening an organization's longer name, whatever the tagger typed it
        "Granitex Construction Inc. won the contract. Granitex denied wrongdoing. The John Smith Foundation "
        "paid John Smith.",
        {"Granitex Construction Inc.": O, "Granitex": P, "John Smith Foundation": O, "John Smith": P},
        [{"Granitex Construction Inc.", "Granitex"}, {"John Smith Foundation"}, {"John Smith"}],
    ),
    (  # a two-word short form the tagger called a person is the company's, unless the person is
        # named alone as well ("Lee said")
        "Steppe Line Media Group denied it. Steppe Line posted a statement. Rowan Lee Consulting hired "
        "Rowan Lee. Lee said so.",
        {"Steppe Line Media Group": O, "Steppe Line": P, "Rowan Lee Consulting": O, "Rowan Lee": P, "Lee": P},
        [{"Steppe Line Media Group", "Steppe Line"}, {"Rowan Lee Consulting"}, {"Rowan Lee", "Lee"}],
    ),
    (  # a name the tagger took with its titles is one with a bare "Leah Conroy" and "Conroy"
        "Assistant Prosecutor Leah Conroy asked for a high bond. Conroy said so.",
        {"Assistant Prosecutor Leah Conroy": P, "Conroy": P},
        [{"Assistant Prosecutor Leah Conroy", "Conroy"}],
    ),
    (  # a country's name the tagger took for a person, beside a full name it opens: the given name
        "Police arrested Jordan Pike on Sunday. Pike denied it. \"Jordan is innocent,\" his lawyer said.",
        {"Jordan Pike": P, "Pike": P, "Jordan": P},
        [{"Jordan Pike", "Pike", "Jordan"}],
    ),
    (  # a longer name going on with a preposition is another body: an affiliate, a branch
        "Al Qaeda in the Islamic Maghreb is an affiliate of Al Qaeda. Bank of America lent to the Bank. "
        "The Al-Qaeda Organization in the Islamic Maghreb grew.",
        {"Al Qaeda in the Islamic Maghreb": O, "Al Qaeda": O, "Bank of America": O, "Bank": O,
         "Al-Qaeda Organization in the Islamic Maghreb": O},
        [{"Al Qaeda in the Islamic Maghreb"}, {"Al Qaeda"}, {"Bank of America"}, {"Bank"},
         {"Al-Qaeda Organization in the Islamic Maghreb"}],
    ),
    (  # an acronym in brackets after a name is that name's, whatever language its letters are from
        "The Ituri Observatory for Human Rights (OIDH) counted the dead. OIDH said more had died. Acme (BETA) "
        "and Zeta Corp (XYZ) filed.",
        {"Ituri Observatory for Human Rights": O, "OIDH": O, "Acme": O, "BETA": P, "Zeta Corp": O, "XYZ": O},
        [{"Ituri Observatory for Human Rights", "OIDH"}, {"Acme"}, {"BETA"}, {"Zeta Corp", "XYZ"}],
    ),
    (  # ... written in mixed case too ("BfArM"); a surname in brackets is no acronym
        "The Federal Institute for Drugs and Medical Devices (BfArM) found the impurity. Rhona Kell (McDonald) "
        "testified.",
        {"Federal Institute for Drugs and Medical Devices": O, "BfArM": O, "Rhona Kell": P, "McDonald": P},
        [{"Federal Institute for Drugs and Medical Devices", "BfArM"}, {"Rhona Kell"}, {"McDonald"}],
    ),
    (  # an organization word alone is the one organization whose name holds it; with two, none
        "The Dayton Police Department made an arrest. Police said more would follow. Northgate Health Council "
        "and Kirkby Shire Council met; the Council agreed.",
        {"Dayton Police Department": O, "Police": O, "Northgate Health Council": O, "Kirkby Shire Council": O,
         "Council": O},
        [{"Dayton Police Department", "Police"}, {"Northgate Health Council"}, {"Kirkby Shire Council"}, {"Council"}],
    ),
    (  # a service named with a plus sign is not its company; two senates stay two
        "Disney+ added two million subscribers, Disney said. The US Senate passed the bill; the Nigerian "
        "Senate rejected it.",
        {"Disney+": O, "Disney": O, "US Senate": O, "Nigerian Senate": O},
        [{"Disney+"}, {"Disney"}, {"US Senate"}, {"Nigerian Senate"}],
    ),
    (
        "Mokhtar Belmokhtar (aka Khaled Abu al-Abbas) leads a brigade. Belmokhtar was born in 1972.",
        {"Mokhtar Belmokhtar": P, "Khaled Abu al-Abbas": P, "Belmokhtar": O},
        [{"Mokhtar Belmokhtar", "Khaled Abu al-Abbas", "Belmokhtar"}],
    ),
    (  # an editor's gloss in square brackets names the same thing; brackets elsewhere do not
        "We, the group of the Mourabitoun [Arabic Rebel Group], claim it. The Front denied it [Reuters].",
        {"Mourabitoun": P, "Arabic Rebel Group": O, "Front": O, "Reuters": O},
        [{"Mourabitoun", "Arabic Rebel Group"}, {"Front"}, {"Reuters"}],
    ),
    (
        "Abdelmalek Droukdel, also known as Abou Mossab Abdelwadoud, is the emir.",
        {"Abdelmalek Droukdel": P, "Abou Mossab Abdelwadoud": P},
        [{"Abdelmalek Droukdel", "Abou Mossab Abdelwadoud"}],
    ),
    (
        "Al Qaeda in the Islamic Maghreb (AQIM) grew. AQIM later split.",
        {"Al Qaeda in the Islamic Maghreb": O, "AQIM": O},
        [{"Al Qaeda in the Islamic Maghreb", "AQIM"}],
    ),
    (
        "The Central Intelligence Agency said so. The CIA's director agreed.",
        {"Central Intelligence Agency": O, "CIA": O},
        [{"Central Intelligence Agency", "CIA"}],
    ),
    (
        "US forces landed. The U.S. embassy and the United States agreed.",
        {"US": L, "U.S.": L, "United States": L},
        [{"US", "U.S.", "United States"}],
    ),
    (
        "al-Qaeda grew. Al Qaeda's leaders and Al-Qa'ida fighters met. The Qaeda member spoke.",
        {"al-Qaeda": O, "Al Qaeda": O, "Al-Qa'ida": O, "Qaeda": O},
        [{"al-Qaeda", "Al Qaeda", "Al-Qa'ida", "Qaeda"}],
    ),
    (  # same surname, two people: each "Ford" goes to the Ford named last before it
        "Gerald Ford met Robert Stephen Ford. Later Ford said Harrison was right.",
        {"Gerald Ford": P, "Robert Stephen Ford": P, "Ford": P},
        [{"Gerald Ford"}, {"Robert Stephen Ford", "Ford"}],
    ),
    (  # an acronym's long form cut by the tagger: the part joins the acronym only
        "funding al-Qa'ida in the Islamic Maghreb (AQIM). Separately, al-Qaeda grew.",
        {"al-Qa'ida": P, "Islamic Maghreb": O, "AQIM": O, "al-Qaeda": O},
        [{"al-Qa'ida", "Islamic Maghreb", "AQIM"}, {"al-Qaeda"}],
    ),
    (  # a surname alone with nobody of that name in full stays on its own
        "Smith said the plan failed. Jones agreed.",
        {"Smith": P, "Jones": P},
        [{"Smith"}, {"Jones"}],
    ),
    (  # a shorter name ending a longer one, then the surname
        "Iyad Ag Ghaly founded it. Ag Ghaly negotiated. Ghaly left.",
        {"Iyad Ag Ghaly": P, "Ag Ghaly": P, "Ghaly": P},
        [{"Iyad Ag Ghaly", "Ag Ghaly", "Ghaly"}],
    ),
    (  # a cue right after an acronym's bracket, and before "the"
        "Médecins Sans Frontières (MSF), also known as Doctors Without Borders, said. "
        "The Labour Party, formerly known as the Labour Representation Committee, split.",
        {"Médecins Sans Frontières": O, "MSF": O, "Doctors Without Borders": O, "Labour Party": O,
         "Labour Representation Committee": O},
        [{"Médecins Sans Frontières", "MSF", "Doctors Without Borders"}, {"Labour Party", "Labour Representation Committee"}],
    ),
    (  # a capital that speaks stands for its country; one where talks took place does not
        "The United States sanctioned the firm. Washington said at the time that it armed Russia. "
        "The mediator of talks in Doha announced a truce. Qatar hosted them.",
        {"United States": L, "Washington": L, "Doha": L, "Qatar": L},
        [{"United States", "Washington"}, {"Doha"}, {"Qatar"}],
    ),
    (  # "or" is an alias cue only in brackets or before a quoted name
        "Mali or Niger will host it. The Masked Brigade (or Mulathameen) struck.",
        {"Mali": L, "Niger": L, "Masked Brigade": O, "Mulathameen": O},
        [{"Mali"}, {"Niger"}, {"Masked Brigade", "Mulathameen"}],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_groups(text: str, names: dict[str, str], expected: list[set[str]]) -> None:
    assert groups(text, names) == {frozenset(g) for g in expected}


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        ("In Mali, Mali said no.", {"Mali": P}, "Mali", L),  # a country is a place whatever the tagger said
        ("the group, known as Al Mourabitoun, said", {"Al Mourabitoun": P}, "Al Mourabitoun", O),
        ("the group of the Mourabitoun said", {"Mourabitoun": P}, "Mourabitoun", O),
        ("President Hollande spoke", {"Hollande": O}, "Hollande", P),
        ("the Masked Brigade struck", {"Masked Brigade": P}, "Masked Brigade", O),
        ("Ford met Gerald Ford", {"Ford": O, "Gerald Ford": P}, "Ford", P),  # one type per entity
        # a person called by a country's name now and then stays a person; a country stays a place
        ("Jordan Pike was charged. Pike denied it. Pike's lawyer said Jordan was at home.",
         {"Jordan Pike": P, "Pike": P, "Jordan": L}, "Jordan Pike", P),
        ("Jordan closed its border. Jordan said so. Jordan Pike left.", {"Jordan": L, "Jordan Pike": P}, "Jordan", L),
    ],
)
def test_types(text: str, names: dict[str, str], name: str, expected: str) -> None:
    resolved, entities, _ = resolve_entities(mentions_in(text, names), text)
    assert {m.type for m in resolved if m.text == name} == {expected}
    assert {e.type for e in entities if name in e.aliases} == {expected}


def test_ids_are_stable_and_a_lone_surname_is_kept_to_its_document() -> None:
    text = "Mokhtar Belmokhtar spoke. Belmokhtar left. Smith stayed."
    names = {"Mokhtar Belmokhtar": P, "Belmokhtar": P, "Smith": P}
    first, _, _ = resolve_entities(mentions_in(text, names), text)
    again, _, _ = resolve_entities(mentions_in(text, names), text)
    assert [m.entity for m in first] == [m.entity for m in again]
    other = [Mention("d2", m.start, m.end, m.text, m.type) for m in mentions_in(text, names)]
    moved, _, _ = resolve_entities(other, text)
    same = {m.text: (a.entity == m.entity) for a, m in zip(first, moved)}
    assert same == {"Mokhtar Belmokhtar": True, "Belmokhtar": True, "Smith": False}


def test_a_description_is_also_named_without_its_place_or_clause() -> None:
    text = "A WHO spokesperson in Geneva said so. A doctor who spoke on condition of anonymity agreed."
    doc_mentions = [
        Mention("d", 0, 28, "A WHO spokesperson in Geneva", PERSON, descriptive=True),
        Mention("d", 38, 83, "A doctor who spoke on condition of anonymity", PERSON, descriptive=True),
    ]
    _, entities, _ = resolve_entities(doc_mentions, text)
    names = {e.name: set(e.aliases) for e in entities}
    assert names["A WHO spokesperson in Geneva"] >= {"A WHO spokesperson"}
    assert names["A doctor who spoke on condition of anonymity"] >= {"A doctor"}


def test_every_join_keeps_its_reason() -> None:
    text = "Al Qaeda in the Islamic Maghreb (AQIM) and Mokhtar Belmokhtar (aka Khaled Abu al-Abbas). Belmokhtar left."
    names = {"Al Qaeda in the Islamic Maghreb": O, "AQIM": O, "Mokhtar Belmokhtar": P,
             "Khaled Abu al-Abbas": P, "Belmokhtar": P}
    _, _, evidence = resolve_entities(mentions_in(text, names), text)
    reasons = {text[e.start:e.end]: e.reason for e in evidence}
    assert reasons["AQIM"].startswith("acronym defined in the text")
    assert reasons["Khaled Abu al-Abbas"].startswith("alias cue 'aka'")
    assert reasons["Belmokhtar"] == "surname of Mokhtar Belmokhtar"


def test_an_acronym_defined_where_the_tagger_missed_it_still_joins_its_later_uses() -> None:
    text = "The test was ordered by UK Clean Sport (UKCS), the agency. Later UKCS said it would not comment."
    found = [m for m in mentions_in(text, {"UK Clean Sport": O, "UKCS": O}) if m.start != text.index("UKCS")]
    resolved, _, _ = resolve_entities(found, text)
    assert len({m.entity for m in resolved}) == 1


def test_a_short_name_opening_several_joins_the_body_named_first() -> None:
    text = ("Acme Freight Technologies agreed to a sale. Acme Analytics, its unit in Pune, booked the revenue. "
            "Acme said the report was wrong.")
    names = {"Acme Freight Technologies": O, "Acme Analytics": O, "Acme": O}
    assert groups(text, names) == {frozenset({"Acme Freight Technologies", "Acme"}), frozenset({"Acme Analytics"})}
    # named before any of them: left alone
    text = "Acme said the report was wrong. Acme Freight Technologies and Acme Analytics declined to comment."
    assert frozenset({"Acme"}) in groups(text, names)


def test_a_given_name_alone_after_the_full_name_is_that_person() -> None:
    text = "Lydia Ashdown was suspended. Her club said it was standing by Lydia. Tom Reed and Tom Hale ran. Tom won."
    names = {"Lydia Ashdown": P, "Lydia": O, "Tom Reed": P, "Tom Hale": P, "Tom": P}
    found = groups(text, names)
    assert frozenset({"Lydia Ashdown", "Lydia"}) in found
    assert frozenset({"Tom"}) in found  # two persons named Tom: left alone


@pytest.mark.parametrize(("text", "names", "titled"), [
    ("The board named Dr. Helen Marchetti as chief. Marchetti accepted.", {"Helen Marchetti": P, "Marchetti": P},
     {"Dr. Helen Marchetti"}),
    ("Mr. Orlovtsev left. President Nathan Mwansa and Prime Minister Jane Doe met.",
     {"Orlovtsev": P, "Nathan Mwansa": P, "Jane Doe": P},
     {"Mr. Orlovtsev", "President Nathan Mwansa", "Prime Minister Jane Doe"}),
    # at the start of a quotation or a bracket
    ('Lucie Desrosiers testified. "Ms. Desrosiers came with a deal," he said. (Dr. Okafor agreed.)',
     {"Lucie Desrosiers": P, "Desrosiers": P, "Okafor": P}, {"Ms. Desrosiers", "Dr. Okafor"}),
    # a capitalised word that is no title, a title before no person, a sentence's first word
    ("Named Helen Marchetti. Judge Court said so. Acme Dr. Corp paid.", {"Helen Marchetti": P, "Acme Dr. Corp": O}, set()),
])
def test_a_persons_name_written_with_a_title_is_an_alias(text: str, names: dict[str, str], titled: set[str]) -> None:
    _, entities, _ = resolve_entities(mentions_in(text, names), text)
    aliases = {alias for entity in entities for alias in entity.aliases}
    assert aliases - set(names) == titled


def test_a_name_tagged_with_its_titles_is_named_without_them() -> None:
    text = "Assistant Prosecutor Leah Conroy asked for a high bond."
    _, entities, _ = resolve_entities(mentions_in(text, {"Assistant Prosecutor Leah Conroy": P}), text)
    assert entities[0].name == "Leah Conroy"
    assert set(entities[0].aliases) >= {"Leah Conroy", "Assistant Prosecutor Leah Conroy"}


def test_an_incident_named_with_a_place_keeps_the_whole_name_as_an_alias() -> None:
    from claimgraph.extract.extraction import extraction_from
    from claimgraph.model import Document
    from claimgraph.process import shared_pipeline
    from claimgraph.resolve import resolve

    text = "The Kabul terror attack killed 12 people on Monday. Kenya's election was held in August."
    resolved = resolve(extraction_from(shared_pipeline(None)(text), Document("d1", text, "s")))
    aliases = {alias for e in resolved.entities if e.type == "Event" for alias in e.aliases}
    assert {"The Kabul terror attack", "Kenya's election"} <= aliases
    named = {m.text for m in resolved.mentions if m.type == "Event"}
    assert {"terror attack", "election"} <= named  # beside the places' own mentions, never over them
    assert {"Kabul", "Kenya"} <= {m.text for m in resolved.mentions if m.type == "Location"}
