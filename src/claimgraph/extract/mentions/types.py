"""Type fixes for entity mentions, from gazetteers and from the rest of the document.

In order:
1. a Person/Organization right after a person title is a Person ("Chancellor Olaf Scholz");
   one before "-based", "-registered" or "-headquartered" is a place ("an Almaty-based firm");
2. a Person/Organization whose whole name is a country, region or well-known city is a
   Location ("Mali" tagged PERSON), unless it is a place name that is also a common given
   name with no locative word before it ("Jordan said"); a city tagged Organization must be
   a capital or follow a locative word, outside sentences about sport (companies and clubs
   carry city names: "Toyota", "Barcelona");
3. one name, one type per document: a name tagged with several types takes its most frequent
   one (ties keep each mention's own);
4. a single-word mention that is the surname of a person named in full in the document is a
   Person ("Henry Kissinger" ... "Kissinger" tagged ORG), unless it is an unambiguous place;
5. the other way round, a name of two or three capitalized words tagged Organization whose last
   word is, alone, a Person elsewhere in the document is a Person ("Lydia Ashdown" tagged ORG ...
   "Ashdown said"), unless one of its words is an organization word ("Goldman Sachs Group").

Between 1 and 3, the evidence around every mention of a name is counted (`evidence`), and a
name with more evidence for one of Person and Organization takes that type in all its mentions:
a courtesy title or office before it, an age or a role in apposition ("X, 63,", "X, a spokesman
for"), "X, who", a verb only persons do ("X testified", "X was born", "X told jurors"), or
"X said she ..." make a Person; a legal form ("X Inc."), "-based X", "X's shares" or an
organization noun in apposition ("X, a Dubai consultancy") or right before it ("the law firm X")
an Organization. A capitalized word left untagged with person evidence ("Hale, who is still
chairman") counts as a person's surname for rule 5. A one-word Person
that is the first word of such an organization ("Granitex Construction Inc." ... "Granitex") is
that organization too.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from claimgraph.extract.mentions.lexicon import Lexicon
from claimgraph.extract.mentions.spans import Candidate
from claimgraph.lexicon import lookup_key
from claimgraph.lexicon.names import name_words
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

RETYPED = (PERSON, ORGANIZATION)
PLACED_AT = frozenset({"based", "registered", "headquartered", "incorporated"})  # "a Pune-based unit"
VOTING = (PERSON, ORGANIZATION, LOCATION)
# Roles a company or a body may hold too: "The plant's owner, Granitex", "its auditor, KPMG".
BODY_ROLES = frozenset({"owner", "partner", "member", "head", "leader", "author", "manager", "consultant",
                        "adviser", "advisor", "auditor", "executive", "officer", "investigator", "specialist",
                        "expert", "resident", "defendant", "plaintiff", "witness", "employee"})


def retype(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    keys = [lookup_key(doc[c.start : c.end].text) for c in candidates]
    fixed = [_by_context(doc, c, key, lex) for c, key in zip(candidates, keys)]
    fixed = _by_evidence(doc, fixed, keys, lex)
    fixed = _one_type_per_name(fixed, keys)
    surnames = _surnames(doc, fixed)
    fixed = [
        c._replace(type=PERSON)
        if c.end - c.start == 1 and doc[c.start].text in surnames and not _sure_place(key, lex)
        else c
        for c, key in zip(fixed, keys)
    ]
    alone = {doc[c.start].text for c in fixed if c.type == PERSON and c.end - c.start == 1}
    alone |= _untagged_persons(doc, fixed, lex)
    return [c._replace(type=PERSON) if _person_by_surname(doc, c, alone, lex) else c for c in fixed]


def _person_by_surname(doc: Doc, cand: Candidate, alone: set[str], lex: Lexicon) -> bool:
    span = doc[cand.start : cand.end]
    words = [w for w in span if w.is_alpha]
    return (cand.type == ORGANIZATION and 2 <= len(span.text.split()) <= 3  # "Jean-Claude Juncker": two
            and span[-1].text in alone and all(w.is_title for w in words)
            and all(w.is_alpha or w.text == "-" for w in span)  # "Fresquet & Angelo" names a firm
            and not any({w.lower_, w.lemma_.lower()} & lex.organization_heads for w in words))


def _surnames(doc: Doc, candidates: list[Candidate]) -> set[str]:
    """Last words of the persons named with two words or more."""
    return {
        doc[c.end - 1].text
        for c in candidates
        if c.type == PERSON and c.end - c.start > 1 and doc[c.end - 1].is_title
    }


def _by_context(doc: Doc, cand: Candidate, key: str, lex: Lexicon) -> Candidate:
    if cand.type not in RETYPED:
        return cand
    if cand.start > 0 and doc[cand.start - 1].lower_ in lex.person_titles:
        return cand._replace(type=PERSON)
    if cand.type == PERSON and doc[cand.start].lower_ in name_words().organization_first_words and cand.end - cand.start > 1:
        return cand._replace(type=ORGANIZATION)  # "Constructora Pangal", "Partido Fuerza Regional"
    if cand.end + 1 < len(doc) and doc[cand.end].text == "-" and doc[cand.end + 1].lower_ in PLACED_AT:
        return cand._replace(type=LOCATION)
    if (key in lex.countries or key in lex.cities) and _is_place(doc, cand, key, lex):
        return cand._replace(type=LOCATION)
    if _known_place_in_place(doc, cand, key, lex) or _province_modifier(doc, cand, key, lex):
        return cand._replace(type=LOCATION)
    if cand.end - cand.start > 1 and doc[cand.end - 1].lower_ in lex.facility_heads and doc[cand.end - 1].is_title:
        return cand._replace(type=LOCATION)  # "the Juniper Court Hotel", "Ridge Road"
    if place_kind(doc, cand, lex) or (cand.start > 1 and doc[cand.start - 1].lower_ == "of"
                                      and doc[cand.start - 2].lower_ in lex.place_kinds):
        return cand._replace(type=LOCATION)  # "Djugu territory", "the border city of Daraa"
    return cand


def place_kind(doc: Doc, cand: Candidate, lex: Lexicon) -> bool:
    """A kind of place right after the name ("Djugu territory", "Ituri province") or as the head
    of its apposition ("Birao, the main town of Vakaga", "Mabanga, a village in Djugu")."""
    end = cand.end
    if end < len(doc) and doc[end].lower_ in lex.place_kinds and not doc[end].is_title:
        return True
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    head = None
    for token in doc[end + 2 : end + 7]:
        if token.pos_ == "NOUN":
            head = token
        elif token.pos_ not in {"ADJ", "ADV"} and token.text != "-":
            break
    return head is not None and head.lower_ in lex.place_kinds


def _is_place(doc: Doc, cand: Candidate, key: str, lex: Lexicon) -> bool:
    if key in lex.ambiguous_places and not _locative(doc, cand.start, lex):
        return cand.type == ORGANIZATION and key in lex.countries
    if key in lex.cities and cand.type == ORGANIZATION:
        # Companies and clubs are named after cities ("Toyota", "Barcelona"): only a capital
        # or a city after a locative word, and never in a sentence about sport.
        if not (key in lex.capitals or _locative(doc, cand.start, lex)):
            return False
        sentence = doc[cand.start].sent if doc.has_annotation("SENT_START") else doc[:]
        return not any(token.lower_ in lex.sports_cues for token in sentence)
    return True


LIST_MARKS = frozenset({",", "and", "or"})
PLACE_PARTICLES = frozenset({"la", "de", "da", "do", "del", "di", "du", "le", "van", "von", "-"})  # "Portage la Prairie"


def _locative(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A locative word before the name ("in Austin"), a part of a place and "of" ("the outskirts
    of Mueda"), or a person's name and "of" ("Jordan Pike of Trotwood", "Cody Lindqvist, 27, of
    Kettering")."""
    if start == 0:
        return False
    if doc[start - 1].lower_ in lex.locative_cues:
        return True
    if doc[start - 1].lower_ in LIST_MARKS:
        return _listed_after_locative(doc, start, lex)
    if doc[start - 1].lower_ != "of" or start < 2:
        return False
    if doc[start - 2].lower_ in lex.place_parts:  # "on the outskirts of Mueda"
        return True
    before = start - 2
    if start >= 5 and doc[before].text == "," and doc[before - 1].like_num and doc[before - 2].text == ",":
        before -= 3  # "X, 27, of"
    return doc[before].ent_type_ == "PERSON"


def _listed_after_locative(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A name in a list of names after a locative word: "hospitals in Gelderland and Overijssel",
    "sites in Selkirk, Steinbach and Portage la Prairie" (a list of at most five names)."""
    i = start - 1
    for _ in range(5):
        while i >= 0 and doc[i].lower_ in LIST_MARKS:
            i -= 1
        if i < 0 or not doc[i].is_title:
            return False
        while i >= 0 and (doc[i].is_title or doc[i].lower_ in PLACE_PARTICLES) and doc[i].lower_ not in lex.locative_cues:
            i -= 1
        if i >= 0 and doc[i].lower_ in lex.locative_cues:
            return True
        if i < 0 or doc[i].lower_ not in LIST_MARKS:
            return False
    return False


def _known_place_in_place(doc: Doc, cand: Candidate, key: str, lex: Lexicon) -> bool:
    """A "person" or "organization" the gazetteer knows as a town or a province, where a place
    is written ("held near Mueda", "on the outskirts of Mueda", "hospitals in Gelderland",
    "near Campia Turzii"); a "person" for a town, an "organization" only for a province or for
    a town after "of" (companies are named after towns: "invested in Orange"). Not after "to", which also governs
    a person ("spoke to Chelsea"), nor before a possessive."""
    if cand.type == PERSON:
        known = key in lex.towns or key in lex.regions
    else:  # a town after "of" a person or a place's part: "Cody Lindqvist, 27, of Kettering"
        known = key in lex.regions or key in lex.towns and doc[cand.start - 1].lower_ == "of"
    end = cand.end
    return (known and doc[cand.start - 1].lower_ != "to" and _locative(doc, cand.start, lex)
            and not (end < len(doc) and doc[end].tag_ == "POS"))


def _province_modifier(doc: Doc, cand: Candidate, key: str, lex: Lexicon) -> bool:
    """A province the gazetteer knows, before a common noun of its own ("the regional New South
    Wales council", "a former Ontario deputy minister"): a place, as a place before a noun is
    ("the Kenya group"); not one that is a name's first word ("the Manitoba Nurses' Alliance")."""
    end = cand.end
    return (key in lex.regions and end < len(doc) and doc[end].pos_ in ("NOUN", "ADJ") and doc[end].is_lower
            and doc[cand.end - 1].dep_ in ("compound", "nmod", "amod"))


def _gazetteer_place(key: str, lex: Lexicon) -> bool:
    """A country, a province or a town the gazetteer knows (its sets are looked up, never joined:
    the towns are tens of thousands of names)."""
    return key in lex.countries or key in lex.towns or key in lex.cities or key in lex.regions


def _sure_place(key: str, lex: Lexicon) -> bool:
    return (key in lex.countries or key in lex.cities) and key not in lex.ambiguous_places


def _one_type_per_name(candidates: list[Candidate], keys: list[str]) -> list[Candidate]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for cand, key in zip(candidates, keys):
        if cand.type in VOTING:
            votes[key][cand.type] += 1
    winners = {}
    for key, counts in votes.items():
        ranked = counts.most_common(2)
        if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            winners[key] = ranked[0][0]
    return [
        c._replace(type=winners[key]) if c.type in VOTING and key in winners else c
        for c, key in zip(candidates, keys)
    ]


def evidence(doc: Doc, cand: Candidate, lex: Lexicon) -> str | None:
    """The type (Person or Organization) that the words around one mention point to, if any."""
    start, end = cand.start, cand.end
    if start > 0 and doc[start - 1].lower_ in lex.person_titles:
        return PERSON
    last = doc[end - 1].lower_
    after = doc[end].lower_ if end < len(doc) else ""
    if start > 1 and doc[start - 1].lower_ in lex.organization_nouns and doc[start - 1].pos_ == "NOUN" \
            and not doc[start - 1].is_title:
        return ORGANIZATION  # "the law firm Kessling Rowe"
    if last in lex.legal_forms or after in lex.legal_forms:
        return ORGANIZATION  # "Granitex Construction Inc."
    if start > 1 and doc[start - 1].lower_ == "based" and doc[start - 2].text == "-":
        return ORGANIZATION  # "a Dubai-based Orrin"
    if after in lex.possessives and end + 1 < len(doc):
        following = doc[end + 1 : end + 3]
        if following[0].lower_ in lex.company_possessions or following.text.lower() in lex.company_possessions:
            return ORGANIZATION  # "Aldgate's shares"
    if after == "," and not (start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].pos_ == "PROPN"):
        found = _apposition(doc, end + 1, lex)  # "Kovacs of Danube Freight, who": Kovacs's ("the label
        # of Medikon Pharma Vertrieb, a Hamburg distributor": Medikon's)
        if found:
            return found
    return _role_before(doc, cand, lex) or _person_verb(doc, cand, lex)


def _role_before(doc: Doc, cand: Candidate, lex: Lexicon) -> str | None:
    """A name set after a person's role and a comma: "Its managing director, Pieter Haverkamp",
    "a spokeswoman for the company, Nadia Bouzid" (which the parser may hang on "company"); or
    after a kind of body: "his family's leisure company, Ferrer Ocio" (an organization)."""
    if cand.start < 2 or doc[cand.start - 1].text != ",":
        return None
    root = doc[cand.start : cand.end].root
    if root.dep_ != "appos":
        return None
    head = root.head
    if head.dep_ == "pobj" and head.ent_type_ == "" and head.head.head.lower_ in lex.person_roles:
        head = head.head.head  # "a spokeswoman for the company, X"
    role = head.lower_
    if head.i < cand.start and head.ent_type_ == "" and head.lemma_.lower() in lex.organization_nouns:
        return ORGANIZATION  # "his family's leisure company, Ferrer Ocio", "a chain of shops, Apuestas Segura"
    return PERSON if role in lex.person_roles and role not in BODY_ROLES and head.i < cand.start else None


def _apposition(doc: Doc, i: int, lex: Lexicon) -> str | None:
    """What follows "X, ": an age, "who", or a noun phrase whose head is a role or a kind of body."""
    if i >= len(doc):
        return None
    first = doc[i]
    if first.lower_ == "who":
        return PERSON
    if first.like_num and first.text.isdigit() and 15 <= int(first.text) <= 110 \
            and i + 1 < len(doc) and doc[i + 1].text == ",":
        return PERSON  # "Pellegrini, 57,"
    if first.lower_ not in {"a", "an", "the"}:
        return None
    head = None
    for token in doc[i + 1 : i + 9]:
        if token.pos_ in {"NOUN", "PROPN"}:
            head = token
        elif not (token.pos_ in {"ADJ", "CCONJ", "NUM", "ADV"} or token.tag_ == "POS" or token.text == "-"
                  or token.dep_ in {"compound", "amod"}  # "the Utrecht hosting firm"
                  or (token.lower_ in PLACED_AT and doc[token.i - 1].text == "-")):  # "the Amsterdam-based maker"
            break
    if head is None:
        return None
    word = head.lower_
    if word in lex.person_roles:
        return PERSON
    if word in lex.organization_nouns:
        return ORGANIZATION
    return None


def _person_verb(doc: Doc, cand: Candidate, lex: Lexicon) -> str | None:
    """"X testified", "X was born", "X told jurors", "X said she ...": X is a person."""
    root = doc[cand.start : cand.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = root.head
    lemma = verb.lemma_.lower()
    if lemma in lex.person_verbs and (lemma != "bear" or root.dep_ == "nsubjpass"):
        return PERSON
    if lemma == "tell" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"juror", "jury"} for c in verb.children):
        return PERSON
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"he", "she"} for c in clause.children
        ):
            return PERSON  # "Desrosiers testified that she ..."
    return None


def _by_evidence(doc: Doc, candidates: list[Candidate], keys: list[str], lex: Lexicon) -> list[Candidate]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for cand, key in zip(candidates, keys):
        if cand.type in RETYPED:
            found = evidence(doc, cand, lex)
            if found:
                votes[key][found] += 1
    winners = {key: PERSON if counts[PERSON] > counts[ORGANIZATION] else ORGANIZATION
               for key, counts in votes.items() if counts[PERSON] != counts[ORGANIZATION]}
    fixed = [c._replace(type=winners[key]) if c.type in RETYPED and key in winners else c
             for c, key in zip(candidates, keys)]
    firsts = {doc[c.start].text for c, key in zip(fixed, keys)
              if c.end - c.start > 1 and winners.get(key) == ORGANIZATION}
    # the name after a kind of body's word is that body too: "Turia" after "CD Turia", "Partido Azul"
    firsts |= {doc[c.end - 1].text for c in fixed if c.type == ORGANIZATION and c.end - c.start == 2
               and doc[c.start].lower_ in name_words().organization_first_words}
    surnames = _surnames(doc, fixed)
    # the first word of an organization's name, alone, is that organization: "Tessaly" after
    # "Tessaly Health, the Amsterdam-based maker of ..." (tagged a person, or a place the
    # gazetteer does not know; "Kenya" of "Kenya Airways" and "Manitoba" of "the Manitoba Nurses'
    # Alliance" stay places)
    return [
        c._replace(type=ORGANIZATION)
        if c.end - c.start == 1 and key not in winners and doc[c.start].text in firsts and (
            (c.type == PERSON and doc[c.start].text not in surnames)
            or (c.type == LOCATION and not _gazetteer_place(key, lex)))
        else c
        for c, key in zip(fixed, keys)
    ]


def untagged_names(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Names outside every mention that the words around them type: of two or three
    capitalized words, a person's ("Ana Ruiz, a nurse at X", "Ana Ruiz, who works at X", "Ana
    Ruiz testified"); of one to three, a place's by its kind ("Birao, the main town of Vakaga",
    "Djugu territory"); of two to four opening with the kind of body, an organization's ("the
    Partido Fuerza Regional", "Banco Santander"). The tagger missed them."""
    inside = {i for c in candidates for i in range(c.start, c.end)}
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and _name_word(doc[end]) and end not in inside:
            end += 1
        whole = 1 <= end - i <= 3 and (i == 0 or not _name_word(doc[i - 1])) and (end == len(doc) or not _name_word(doc[end]))
        cand = Candidate(i, end, LOCATION)
        if whole and (place_kind(doc, cand, lex) or _placed(doc, cand, candidates, lex)) \
                and not _sentence_start_word(doc, i, end):
            found.append(cand)
        elif whole and end - i >= 2 and evidence(doc, Candidate(i, end, PERSON), lex) == PERSON:
            found.append(Candidate(i, end, PERSON))
        elif 2 <= end - i and (i == 0 or not _name_word(doc[i - 1])) and doc[i].lower_ in name_words().organization_first_words \
                and doc[i].is_title and not _sentence_start_word(doc, i, end):
            found.append(Candidate(i, end, ORGANIZATION))  # "the Partido Fuerza Regional"
        i = max(end, i + 1)
    return found


def named_groups(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The candidates, with a name before a kind of group in lower case an organization's: "the
    Islamic State group", "the Haqqani network", "the Sinaloa cartel" (the tagger misses such a
    name, reads its first word as a nationality or creed, or calls it a person's). Not a place's
    name: "the Kenya group"."""
    by_end = {c.end: c for c in candidates}
    inside = {i for c in candidates for i in range(c.start, c.end)}
    out = list(candidates)
    for token in doc:
        if token.lower_ not in lex.group_kinds or not token.is_lower or token.pos_ != "NOUN":
            continue
        named = by_end.get(token.i)
        if named is not None:
            if named.type == PERSON:  # "the Haqqani network"
                out[out.index(named)] = named._replace(type=ORGANIZATION)
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and start - 1 not in inside and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and doc[start - 1].pos_ in ("PROPN", "ADJ"):
            start -= 1
        name = doc[start : token.i]
        key = lookup_key(name.text)
        if any(t.pos_ == "PROPN" for t in name) and not (key in lex.countries or key in lex.towns):
            out.append(Candidate(start, token.i, ORGANIZATION))
    return out


def _placed(doc: Doc, cand: Candidate, candidates: list[Candidate], lex: Lexicon) -> bool:
    """A name where a place is written (after a locative word, "moved to Leicester", or after a
    person's name and "of", "Jordan Pike of Trotwood") that is a city the gazetteer knows or
    that an apposition sets in a known place ("in Iten, in Kenya's Rift Valley", "in Eldoret, in
    western Kenya"). A month is no place ("in March")."""
    start, end = cand.start, cand.end
    key = lookup_key(doc[start:end].text)
    if key in lex.months or doc[start].ent_type_ == "DATE" or not _locative(doc, start, lex):
        return False
    if key in lex.towns:
        return True
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in":
        return False
    places = {i for c in candidates if c.type == LOCATION for i in range(c.start, c.end)}
    for token in doc[end + 2 : end + 6]:
        if token.i in places or lookup_key(token.text) in lex.countries:
            return True
        if not (token.lower_ in lex.articles or token.lower_ in lex.compass_words or token.tag_ == "POS"):
            return False
    return False


def _sentence_start_word(doc: Doc, start: int, end: int) -> bool:
    """One capitalized word opening a sentence may be any word ("Villages territory …"), unless
    an apposition describes it ("Mabanga, a village in …")."""
    return end - start == 1 and (start == 0 or bool(doc[start].is_sent_start)) and not (
        end < len(doc) and doc[end].text == ",")


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _untagged_persons(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> set[str]:
    """Capitalized words outside every mention that the words around them make a person's
    ("Hale, who is still chairman", "Mr. Hale" left untagged)."""
    inside = {i for c in candidates for i in range(c.start, c.end)}
    return {
        token.text for token in doc
        if token.i not in inside and _name_word(token)
        and evidence(doc, Candidate(token.i, token.i + 1, PERSON), lex) == PERSON
    }
