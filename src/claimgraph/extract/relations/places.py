"""Where things are and whose they are, read from the shape of the parse around mentions.

`place_relations(doc, args)` yields, with no trigger word to look up:

- "X in/at/near Y": an organization, facility or place X (or a noun in apposition to one:
  "Granitex, a paving company based in Sudbury", or a site noun of relations.yaml owned by one:
  "Granitex's offices in Sudbury") whose noun phrase has a place Y after one of those
  prepositions, directly or through "based/located/headquartered/registered": located_in;
- "the Y-based X", "a Y-registered firm", "X, a Y firm": located_in;
- "X, Y", a place and the larger place after it ("Iten, in Kenya's Rift Valley", "BUNIA,
  Democratic Republic of Congo", "WINNIPEG, Manitoba"): located_in, when Y is a country or a
  region of the gazetteer and the pair is no list ("Paris, London and Berlin");
- "Y's X": a place of a place ("Kenya's Rift Valley") is located_in it; an organization of a
  place or of an organization ("Britain's accounting watchdog", "the ministry's contracting
  office", "MONUSCO's Ituri Brigade") is part_of it;
- nationality adjectives ("the Kenyan broadcaster NTV": located_in Kenya; "the Nigerian
  commander Ahmed Diriye": citizen_of Nigeria), when the country is named in the document;
- a state institution ("US intelligence", "French special forces") is part_of its country.

Persons are placed only by "based in": "he told reporters in Monaco" says where he spoke.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.mentions.lexicon import lexicon as mention_lexicon
from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.relations.lexicon import RelationLexicon
from claimgraph.lexicon import lookup_key
from claimgraph.lexicon.places import demonym_country, gazetteer, place_key
from claimgraph.model.vocab import EVENT, LOCATION, ORGANIZATION, PERSON

PLACE_PREPS = frozenset({"in", "at", "near"})
SITED = frozenset({"base", "locate", "headquarter", "register", "incorporate", "domicile", "situate"})
SITED_SUFFIXES = ("-based", "-registered", "-headquartered")
PLACED = frozenset({LOCATION, ORGANIZATION})
REGION_KINDS = frozenset({"district", "province", "county", "region", "state", "territory", "governorate",
                          "prefecture", "department", "valley"})  # "X, in Macomia district"
# Heads of a country's own bodies ("Britain's accounting watchdog", "Kazakhstan's foreign ministry").
STATE_BODIES = frozenset({"watchdog", "regulator", "ministry", "agency", "government", "parliament", "army",
                          "military", "police", "court", "commission", "authority", "council", "senate",
                          "embassy", "intelligence", "service", "department", "office", "bureau", "directorate",
                          "force", "guard", "security", "cabinet", "presidency", "judiciary", "directorate-general"})


def place_relations(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    countries = countries_named(doc)
    for token in doc:
        yield from _in_place(token, args, lex)
        yield from _sited_compound(token, args)
        yield from _described_place(token, args)
        yield from _part_of_place(token, args, lex)
        yield from _possessed(token, args)
        yield from _nationality(token, args, countries)
    yield from _comma_places(doc, args)
    yield from _state_institutions(doc, countries)


def _found(subject: Span | None, predicate: str, obj: Span | None, trigger: Span, clause: Token) -> Iterator[Found]:
    if subject is not None and obj is not None and (subject.start, subject.end) != (obj.start, obj.end):
        yield Found(subject, predicate, obj, trigger, clause, anchors=(trigger.start,))


def _holder(token: Token, args: Arguments, labels: frozenset[str]) -> Span | None:
    """The entity a noun stands for: its own mention, or the name it is in apposition to
    ("Granitex, a paving company based in Sudbury")."""
    found = args.entity(token)
    if found is None and token.dep_ in ("appos", "compound"):  # "the London-based lender Calder Whitmore Bank"
        found = args.entity(token.head)
    return found if found is not None and found.label_ in labels else None


def _place(token: Token, args: Arguments) -> Span | None:
    found = args.entity(token)
    return found if found is not None and found.label_ == LOCATION else None


def _place_or_its_name(token: Token, args: Arguments) -> Span | None:
    """A place, or the place a kind of place is named by ("the Cluj region", "Djugu territory")."""
    found = _place(token, args)
    if found is None and token.lower_ in gazetteer().place_kinds:
        found = next((p for c in token.children if c.dep_ == "compound" and c.i < token.i
                      for p in [_place(c, args)] if p is not None), None)
    return found


def _in_place(token: Token, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """ "a firm in Almaty", "a subsidiary based in Pune", "offices in Sudbury"."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return
    for child in token.children:
        prep, sited = child, False
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in SITED:  # "based in", "headquartered in"
            prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS), None)
            sited = True
        if prep is None or prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        places = [p for c in prep.children if c.dep_ == "pobj" for p in [_place_or_its_name(c, args)] if p is not None]
        labels = PLACED | {PERSON} if sited else PLACED | {EVENT}  # "the 2028 Olympics in Los Angeles"
        holder = _holder(token, args, frozenset(labels))
        if holder is None and token.lemma_.lower() in lex.site_nouns:  # "Granitex's offices in Sudbury"
            possessor = next((c for c in token.children if c.dep_ == "poss"), None)
            holder = _holder(possessor, args, PLACED) if possessor is not None else None
        for place in places:
            if holder is not None and holder.end <= place.start:
                yield from _found(holder, "located_in", place, token.doc[prep.i : prep.i + 1], token)


def _described_place(token: Token, args: Arguments) -> Iterator[Found]:
    """ "Greyfell Research, a New York firm", "Orrin Advisory, a Dubai consultancy", "X is
    presented as a Washington think tank", "Hassan Warsame, a Mombasa businessman": a place named
    before the noun that describes an organization or a person."""
    if token.pos_ != "NOUN":
        return
    if token.dep_ == "appos":
        holder = args.mention(token.head)
    elif token.dep_ == "pobj" and token.head.lower_ == "as":  # "X is presented as a Washington think tank"
        verb = token.head.head
        holder = next((args.mention(c) for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    else:
        return
    if holder is None or holder.label_ not in (ORGANIZATION, PERSON):
        return  # "Hassan Warsame, a Mombasa businessman": where a person is from
    for child in token.children:
        if child.dep_ in ("compound", "nmod") and child.i < token.i:
            place = _place(child, args)
            if place is not None:
                yield from _found(holder, "located_in", place, token.doc[child.i : child.i + 1], token)


def _part_of_place(token: Token, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """ "Birao, the main town of Vakaga", "Ndele, the capital of Bamingui-Bangoran": a place
    described as a kind of place of a larger one."""
    if token.dep_ != "appos" or token.lemma_.lower() not in lex.place_heads | {"capital"}:
        return
    holder = _place(token.head, args)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    yield from _found(holder, "located_in", _place(pobj, args), token.doc[prep.i : prep.i + 1], token)


def _sited_compound(token: Token, args: Arguments) -> Iterator[Found]:
    """ "the San Francisco-based company", "a Panama-registered firm", "the Washington based
    Council on Foreign Relations" (the hyphen left out: the place modifies the participle)."""
    sited = token.lower_ in {"based", "registered", "headquartered"} and token.i > 0
    if not token.lower_.endswith(SITED_SUFFIXES) and not (sited and token.doc[token.i - 1].text == "-") and not (
        sited and token.dep_ == "amod" and token.doc[token.i - 1].is_title
        and (token.doc[token.i - 1].head.i == token.i or token.doc[token.i - 1].ent_type_ in ("GPE", "LOC"))
    ):
        return
    noun = token.head if token.dep_ in ("amod", "compound") else None
    if noun is None:
        return
    place = None
    for i in range(token.i - 1, max(-1, token.i - 6), -1):
        place = _place(token.doc[i], args)
        if place is not None:
            break
    holder = _holder(noun, args, PLACED | {PERSON})
    yield from _found(holder, "located_in", place, token.doc[token.i : token.i + 1], noun)


def _possessed(token: Token, args: Arguments) -> Iterator[Found]:
    """ "Kenya's Rift Valley" (located_in); "Britain's accounting watchdog", "the ministry's
    office" (part_of)."""
    if token.dep_ != "poss" or token.pos_ not in ("NOUN", "PROPN"):
        return
    owner = args.entity(token)
    owned = _holder(token.head, args, PLACED)
    if owner is None or owned is None or owned.start <= owner.start < owned.end:
        return
    trigger = token.doc[token.i : token.i + 1]
    if owned.label_ == LOCATION and owner.label_ == LOCATION:
        yield from _found(owned, "located_in", owner, trigger, token.head)
    elif owned.label_ == ORGANIZATION and owner.label_ == ORGANIZATION:
        yield from _found(owned, "part_of", owner, trigger, token.head)
    elif owned.label_ == ORGANIZATION and owner.label_ == LOCATION:
        # a state body is part of its country ("Britain's accounting watchdog"); a school or a
        # company is only there ("Cuba's Latin American School of Medicine")
        institution = any(lookup_key(owned[k:].text) in mention_lexicon().institution_nouns
                          for k in range(len(owned))) or token.head.lemma_.lower() in STATE_BODIES
        yield from _found(owned, "part_of" if institution else "located_in", owner, trigger, token.head)


def _nationality(token: Token, args: Arguments, countries: dict[str, Span]) -> Iterator[Found]:
    """ "the Kenyan broadcaster NTV", "the Nigerian commander Ahmed Diriye"; a person's
    nationality noun in apposition: "Marc Delorme, a Frenchman"."""
    if token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper():
        code = demonym_country(token.text)
        person = args.mention(token.head)
        if code in countries and person is not None and person.label_ == PERSON and args.mention_of[token.i] is None:
            yield from _found(person, "citizen_of", countries[code], token.doc[token.i : token.i + 1], token.head)
        return
    if token.dep_ not in ("amod", "compound") or token.ent_type_ != "NORP":
        return
    code = demonym_country(token.text)
    country = countries.get(code) if code else None
    head = token.head  # "the Nigerian commander Ahmed Diriye": the name the noun heads or stands beside
    holder = args.mention(head) or next((m for c in head.children if c.dep_ == "appos" and (m := args.mention(c))), None)
    if holder is None and head.dep_ == "attr" and head.head.lemma_ == "be":  # "X is a German skeleton racer"
        holder = next((m for c in head.head.children if c.dep_ == "nsubj" and (m := args.mention(c))), None)
    if holder is None and head.dep_ == "appos":  # "Lydia Ashdown, the British runner"
        holder = args.mention(head.head)
    if country is None or holder is None or holder.start <= token.i < holder.end:
        return
    predicate = {PERSON: "citizen_of", ORGANIZATION: "located_in"}.get(holder.label_)
    if predicate is not None:
        yield from _found(holder, predicate, country, token.doc[token.i : token.i + 1], token.head)


def _comma_places(doc: Doc, args: Arguments) -> Iterator[Found]:
    """ "Iten, in Kenya's Rift Valley", "WINNIPEG, Manitoba": a place and the larger one after it."""
    places = gazetteer()
    mentions = [m for m in doc.spans.get(extensions.MENTIONS, ()) if m.label_ == LOCATION]
    for first, second in zip(mentions, mentions[1:], strict=False):
        gap = doc[first.end : second.start]
        words = [t.lower_ for t in gap]
        if not words or words[0] != "," or any(w not in {",", "in", "near", "'s", "’s"} and doc[first.end + i].pos_ not in ("ADJ", "DET")
                                               for i, w in enumerate(words)):
            continue
        after = doc[second.end] if second.end < len(doc) else None
        if after is not None and (after.lower_ in {"and", "or"} or (after.text == "," and second.end + 1 < len(doc)
                                                                      and doc[second.end + 1].lower_ in {"and", "or"})):
            continue  # a list of places
        owned = next((m for m in mentions if after is not None and after.tag_ == "POS" and m.start == second.end + 1), None)
        second = owned or second  # "Iten, in Kenya's Rift Valley": in the Rift Valley (itself in Kenya)
        larger = place_key(second.text)
        kind = larger.split()[-1] if larger else ""
        smaller = place_key(first.text).split()
        while smaller and smaller[0] in places.compass_words:
            smaller = smaller[1:]  # "Northern Mali" is a part of a country, not a place inside another
        if (larger in places.countries or larger in places.regions or larger in places.subdivisions
                or larger in places.us_states or owned is not None or kind in REGION_KINDS):  # "Nkonga, in Macomia district"
            if " ".join(smaller) not in places.countries and " ".join(smaller) not in places.regions:
                yield from _found(first, "located_in", second, doc[first.end : first.end + 1], first.root)


def _state_institutions(doc: Doc, countries: dict[str, Span]) -> Iterator[Found]:
    """ "US intelligence", "French special forces", "the Malian army": an organization named by a
    country (or its nationality) and an institution is part_of that country."""
    places = gazetteer()
    institutions = mention_lexicon().institution_nouns
    for mention in doc.spans.get(extensions.MENTIONS, ()):
        if mention.label_ != ORGANIZATION or len(mention) < 2:
            continue
        if not any(lookup_key(mention[k:].text) in institutions for k in range(1, len(mention))):
            continue  # "Libya Islamic Fighting Group" is no institution of Libya
        codes = {demonym_country(t.text) for t in mention if t.ent_type_ == "NORP" or t.is_title} - {None}
        for size in range(len(mention) - 1, 0, -1):  # "US intelligence", "Democratic Republic of Congo army"
            code = places.country_code(mention[:size].text)
            if code:
                codes.add(code)
                break
        for code in sorted(codes):  # "French and Malian special forces": part of both
            country = countries.get(code)
            if country is not None:
                yield from _found(mention, "part_of", country, mention[:1], mention.root)


def countries_named(doc: Doc) -> dict[str, Span]:
    """The first mention of each country the document names, by ISO code."""
    found: dict[str, Span] = {}
    places = gazetteer()
    for mention in doc.spans.get(extensions.MENTIONS, ()):
        if mention.label_ == LOCATION:
            code = places.country_code(mention.text)
            if code is not None:
                found.setdefault(code, mention)
    return found
