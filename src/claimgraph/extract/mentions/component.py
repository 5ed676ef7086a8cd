"""Entity mentions (Person, Organization, Location, Event) from spaCy's entities, improved.

`find_mentions(doc)` yields one Span per mention, labelled with a claimgraph entity type;
the `claimgraph_mentions` component (added after `ner`) stores them in
`doc.spans[extensions.MENTIONS]`. Starting from `doc.ents`, it

- keeps PERSON, ORG, GPE/LOC/FAC and EVENT (as Person, Organization, Location, Event);
- cleans each span: split at line breaks and brackets ("the Arabian Peninsula (AQAP" gives
  the name and the acronym, both of the same type), trim punctuation, quotes, URLs, a
  trailing possessive, a swallowed date and a leading "the", drop spans with no capital;
- joins an organization name the tagger cut in two ("<Org> in the <Name>"), and splits a person
  named with their body that it took for one ("Sophie Lindqvist of Northline Sports");
- adds the other occurrences of a name it found once but the tagger missed elsewhere, and the
  short forms opening an organization's name ("Northgate General" of "Northgate General
  Hospital"): one name, one type, throughout a document;
- adds names of people and places the tagger missed where the words around them say so ("Ana
  Ruiz, a nurse at X", "Birao, the main town of Vakaga"), country names the tagger left
  untagged (or tagged as a date or number), and the places of wire datelines ("WINNIPEG,
  Manitoba, Nov. 6 -");
- fixes types from place gazetteers and from the document (see `mentions.types`).

The word lists are data (`data/mentions.yaml`), loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract import extensions
from claimgraph.extract.datelines import dateline_places, datelines
from claimgraph.extract.mentions.lexicon import Lexicon, lexicon
from claimgraph.extract.mentions.spans import (
    NUMERIC,
    Candidate,
    acronyms_of_names,
    bracketed_acronyms,
    clean,
    join_branches,
    legal_forms_joined,
    missed_countries,
    names_spelled_by_acronyms,
    repeated_names,
)
from claimgraph.extract.mentions.types import evidence, named_groups, retype, untagged_names
from claimgraph.lexicon import lookup_key
from claimgraph.lexicon.names import name_words
from claimgraph.lexicon.places import demonym_country
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

__all__ = ["MentionFinder", "find_mentions"]



def find_mentions(doc: Doc) -> Iterator[Span]:
    """The entity mentions of a doc that has been through a named-entity recognizer."""
    lex = lexicon()
    candidates: list[Candidate] = []
    for ent in doc.ents:
        kind = lex.labels.get(ent.label_) or (_product_name(doc, ent, lex) if ent.label_ == "PRODUCT" else None)
        if kind is not None:
            candidates.extend(clean(doc, ent.start, ent.end, kind, lex))
    candidates = _club_prefixed(doc, _whole_names(doc, legal_forms_joined(doc, sorted(candidates), lex), lex))
    candidates = _people_of(doc, join_branches(doc, retype(doc, candidates, lex), lex), lex)
    candidates += untagged_names(doc, candidates, lex)
    taken = {
        i for ent in doc.ents if not _misread_country(ent, lex) for i in range(ent.start, ent.end)
    }
    candidates += missed_countries(doc, taken, lex)
    candidates = _institutions(doc, candidates, lex)
    candidates = names_spelled_by_acronyms(doc, candidates)
    candidates = acronyms_of_names(doc, candidates + bracketed_acronyms(doc, candidates))
    candidates = named_groups(doc, candidates, lex)
    places = _dateline_places(doc)
    candidates = [c._replace(type=LOCATION) if (c.start, c.end) in places else c for c in candidates]
    covered = {i for c in candidates for i in range(c.start, c.end)}
    candidates += [Candidate(a, b, LOCATION) for a, b in places if not any(i in covered for i in range(a, b))]
    kept = [c for c in candidates if not _not_a_name(doc, c, lex)]
    for cand in sorted(kept + repeated_names(doc, kept)):
        yield Span(doc, cand.start, cand.end, label=cand.type)


def _product_name(doc: Doc, ent: Span, lex: Lexicon) -> str | None:
    """The type of a name the small model calls a product when the words say what it is: a
    known place ("the Montevideo club"), a person after a role ("the defender Rubén Talens"), or
    what its apposition or neighbours show (`types.evidence`); else no mention."""
    if not all(t.is_title or not t.is_alpha for t in ent):
        return None  # "iPhone", "the Boeing 737 MAX": products are named otherwise
    key = lookup_key(ent.text)
    if key in lex.countries or key in lex.cities:
        return LOCATION
    if ent.start > 0 and doc[ent.start - 1].lower_ in lex.person_roles | lex.person_titles:
        return PERSON
    return evidence(doc, Candidate(ent.start, ent.end, PERSON), lex)


def _whole_names(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A name the tagger cut short before the proper noun its last word modifies ("Marta"
    tagged a place in "Marta Ruiz, a spokeswoman for ...", "Jean-Yves Le" a person): a person's
    mention runs on to that noun when the words between are untagged capitalized proper nouns
    and not titles; a place's only when the words around the whole name say it is a person."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    out = []
    for cand in candidates:
        last = doc[cand.end - 1]
        head = last.head
        rest = doc[cand.end : head.i + 1]
        whole = Candidate(cand.start, head.i + 1, cand.type)
        if last.dep_ != "compound" or not 0 < len(rest) <= 2 or any(
                t.i in taken or t.pos_ != "PROPN" or not t.is_title or t.ent_type_
                or t.lower_ in lex.organization_heads | lex.person_titles | lex.portfolio_titles
                for t in rest) or any(t.dep_ != "compound" for t in rest[:-1]) or not (
                cand.type == PERSON or (cand.type == LOCATION and evidence(doc, whole, lex) == PERSON)):
            out.append(cand)
            continue
        out.append(whole._replace(type=PERSON))
    return out


def _club_prefixed(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A name after a club's abbreviated form in capitals that the tagger left out ("CD Turia",
    "FC Porto" tagged a place) is the club: the form joins the name, an organization."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    out = []
    for cand in candidates:
        before = doc[cand.start - 1] if cand.start > 0 else None
        if before is not None and before.i not in taken and before.is_upper and len(before.text) <= 4 \
                and before.text.lower() in name_words().organization_first_words:
            cand = Candidate(before.i, cand.end, ORGANIZATION)
        out.append(cand)
    return out


def _not_a_name(doc: Doc, cand: Candidate, lex: Lexicon) -> bool:
    if (cand.type == PERSON and _heading(doc, cand)) or _label(doc, cand, lex):
        return True
    if cand.type == ORGANIZATION and cand.end - cand.start == 1 and cand.end < len(doc) \
            and doc[cand.end].lower_ in lex.portfolio_titles and doc[cand.end].text[:1].isupper():
        return True  # a portfolio: "Labour Minister Ximena Carrasco"
    after = [t.lower_ for t in doc[cand.end : cand.end + 2]]
    if after[:1] and after[0] in lex.possessives:
        after = after[1:]  # "Legionnaires' disease", "Parkinson's disease"
    if after[:1] and after[0] in lex.eponym_illnesses:
        return True  # an illness named after someone: "Legionnaires' disease", "Down syndrome"
    word = doc[cand.start].text
    # a nationality the tagger took for a name: "the Ugandan-born commander"
    return cand.type != LOCATION and cand.end - cand.start == 1 and bool(demonym_country(word)) \
        and lookup_key(word) not in lex.countries


def _people_of(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A person named with the body they belong to, joined into one organization from two
    tagged names ("Sophie Lindqvist" and "Northline Sports Management"), is a person and an
    organization: the words before "of" are two or three proper nouns, none an organization word,
    and the words after it hold a proper noun. A name the tagger gave whole stays whole
    ("Baseball Hall of Fame", "Carnegie Institution of Washington")."""
    out = []
    for cand in candidates:
        words = doc[cand.start : cand.end]
        at = next((t.i for t in words if t.lower_ == "of"), None)
        tagged_whole = any(e.start <= cand.start and cand.end <= e.end for e in doc.ents)  # "Baseball Hall of Fame"
        if cand.type != ORGANIZATION or at is None or not 2 <= at - cand.start <= 3 or at + 1 >= cand.end \
                or tagged_whole:
            out.append(cand)
            continue
        person, body = doc[cand.start : at], doc[at + 1 : cand.end]
        if all(t.pos_ == "PROPN" and t.tag_ != "NNPS" and t.is_title
               and not {t.lower_, t.lemma_.lower()} & lex.organization_heads for t in person) \
                and any(t.pos_ == "PROPN" for t in body):
            body_start = at + 2 if doc[at + 1].lower_ == "the" and at + 2 < cand.end else at + 1
            out += [Candidate(cand.start, at, PERSON), Candidate(body_start, cand.end, ORGANIZATION)]
        else:
            out.append(cand)
    return out


def _heading(doc: Doc, cand: Candidate) -> bool:
    """A "person" that is a whole line of its own ("Concluding Remarks", "Background"): a
    section heading, which the tagger reads as a name."""
    first, last = cand.start, cand.end
    before = doc[first - 1] if first > 0 else None
    after = doc[last] if last < len(doc) else None
    alone = (before is None or (before.is_space and "\n" in before.text)) and (
        after is None or (after.is_space and "\n" in after.text))
    return alone and last - first <= 4


def _label(doc: Doc, cand: Candidate, lex: Lexicon) -> bool:
    """A label opening a sentence before a colon ("THE VERDICT:", "UPDATE:"), which the tagger
    reads as a name (`line_labels`; "NATO: ..." stays a name)."""
    words = doc[cand.start : cand.end]
    first = doc[cand.start - 1] if cand.start > 0 and doc[cand.start - 1].lower_ == "the" else words[0]
    return (cand.end < len(doc) and doc[cand.end].text == ":" and first.is_sent_start
            and words.text.lower() in lex.line_labels)


def _institutions(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A country's institution named by its name or nationality and an institution noun ("US
    intelligence", "French special forces", "the Malian army") is an organization of its own:
    its mention takes the place of the country's (the relation component links the two)."""
    by_start = {c.start: c for c in candidates}
    out = [c for c in candidates]
    for token in doc:
        country = by_start.get(token.i)
        if country is not None and (country.type != LOCATION or lookup_key(doc[country.start:country.end].text) not in lex.countries):
            continue
        if country is None and not (token.ent_type_ == "NORP" and demonym_country(token.text)):
            continue
        end = country.end if country is not None else token.i + 1
        for size in (2, 1):
            words = doc[end : end + size]
            if len(words) == size and lookup_key(words.text) in lex.institution_nouns and not any(
                    w.i in by_start or w.ent_type_ in ("ORG", "PERSON", "GPE") for w in words) \
                    and words[-1].dep_ != "compound":  # "a French intelligence report" names a report
                if country is not None:
                    out.remove(country)
                start = _coordinated_start(doc, token.i, by_start, lex)
                out = [c for c in out if not (start <= c.start and c.end <= token.i)]
                out.append(Candidate(start, end + size, ORGANIZATION))
                break
    return out


def _coordinated_start(doc: Doc, i: int, by_start: dict[int, Candidate], lex: Lexicon) -> int:
    """Where "French and Malian special forces" starts: the nationalities and countries joined
    before the one that heads the institution share it (one joint force)."""
    start = i
    while start >= 2 and doc[start - 1].lower_ in ("and", "or", ","):
        before = doc[start - 2]
        if not (before.is_title and demonym_country(before.text)) and not (
                before.i in by_start and lookup_key(before.text) in lex.countries):
            break
        start = before.i
    return start


def _dateline_places(doc: Doc) -> set[tuple[int, int]]:
    """The places of wire datelines ("WINNIPEG, Manitoba, Nov. 6 -") as token spans: a dateline
    names the place a story was filed from, which the tagger often misses or mistypes in capitals."""
    text = doc.text
    found: set[tuple[int, int]] = set()
    for start, _ in datelines(text):
        for first, last in dateline_places(text, start):
            span = doc.char_span(first, last, alignment_mode="expand")
            if span is not None:
                found.add((span.start, span.end))
    return found


def _misread_country(ent: Span, lex: Lexicon) -> bool:
    return ent.label_ in NUMERIC and lookup_key(ent.text) in lex.countries


class MentionFinder:
    """The spaCy component: writes `find_mentions(doc)` to `doc.spans[MENTIONS]`."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[extensions.MENTIONS] = list(find_mentions(doc))
        return doc


@Language.factory(
    "claimgraph_mentions",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.tag"],
)
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    lexicon()  # read the lists when the pipeline is built, not on the first document
    return MentionFinder()
