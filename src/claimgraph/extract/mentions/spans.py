"""Span clean-up for entity mentions: split, trim, drop junk, join split names, find more.

Every function works on token offsets (`Candidate`) so that results stay spaCy Spans; none
knows any particular name, only the word lists in `data/mentions.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Token

from claimgraph.extract.mentions.lexicon import Lexicon
from claimgraph.lexicon import lookup_key, mixed_case_acronym
from claimgraph.lexicon.names import name_words
from claimgraph.model.vocab import EVENT, LOCATION, ORGANIZATION, PERSON

SPLITTERS = frozenset("()[]{}")
# Labels that never hold a name: a country tagged DATE ("the coup in Niger") is misread.
NUMERIC = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
SENTENCE_END = frozenset(".!?:;\"“”‘'«»—–-")


class Candidate(NamedTuple):
    start: int  # token offsets, end exclusive
    end: int
    type: str


def clean(doc: Doc, start: int, end: int, kind: str, lex: Lexicon) -> Iterator[Candidate]:
    """The name(s) inside a tagged span: split at line breaks and brackets, trimmed, no junk.

    A span that ran over a line break is suspect ("Final Thoughts\nMotivated"): each of its
    pieces must hold a proper noun (when the doc has part-of-speech tags).
    """
    crossed_line = doc.has_annotation("POS") and any("\n" in t.text for t in doc[start:end])
    piece_start = start
    for i in range(start, end + 1):
        if i == end or _splits(doc[i]):
            first, last = _trim(doc, piece_start, i, lex)
            if first < last and _is_name(doc, first, last):
                if not crossed_line or any(t.pos_ == "PROPN" for t in doc[first:last]):
                    yield from _owned(doc, first, last, kind, lex)
            piece_start = i + 1


def _owned(doc: Doc, start: int, end: int, kind: str, lex: Lexicon) -> Iterator[Candidate]:
    """ "Quebec's Le Devoir" tagged as one name: the place, and the name it owns; "Ghali's Ansar
    Dine" tagged as one person: the person, and the group that is theirs."""
    mark = next((t.i for t in doc[start + 1 : end - 1] if t.text in lex.possessives), None)
    if mark is not None and kind != LOCATION and doc[mark + 1].is_title and (
            (key := lookup_key(doc[start:mark].text)) in lex.countries or key in lex.cities):
        yield Candidate(start, mark, LOCATION)
        yield Candidate(mark + 1, end, kind)
    elif mark is not None and kind == PERSON and doc[mark + 1].is_title:
        yield Candidate(start, mark, PERSON)
        yield Candidate(mark + 1, end, ORGANIZATION)
    else:
        yield Candidate(start, end, kind)


def _splits(token: Token) -> bool:
    return token.is_space or "\n" in token.text or token.text in SPLITTERS


def _trim(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Cut punctuation, quotes, URLs and a possessive from the ends, and a leading article."""
    while start < end:
        token = doc[start]
        if _is_junk(token) or (token.lower_ in lex.articles and not _title_article(doc, start)):
            start += 1
        else:
            break
    while end > start:
        token = doc[end - 1]
        if _is_junk(token) or (token.text in lex.possessives and not _name_ends_in_s(doc, end)):
            end -= 1
        elif (cut := _date_tail(doc, start, end, lex)) < end:
            end = cut
        else:
            break
    return start, end


def _date_tail(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a trailing date starts ("Le Monde March 3, 2021": at "March"), else `end`."""
    i = end
    while i > start and (doc[i - 1].like_num or doc[i - 1].text == ","):
        i -= 1
    if start < i - 1 < end - 1 and doc[i - 1].lower_ in lex.months:
        return i - 1
    return end


def _name_ends_in_s(doc: Doc, end: int) -> bool:
    """A verb right after the span ("Moody's downgraded") makes its "'s" part of the name."""
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX")


def _is_junk(token: Token) -> bool:
    return not any(ch.isalnum() for ch in token.text) or token.like_url or token.like_email


def _title_article(doc: Doc, i: int) -> bool:
    """A capitalized "The" inside a sentence belongs to the name: "said The Independent"."""
    return doc[i].text == "The" and not _sentence_initial(doc, i)


def _sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    return before.is_space or "\n" in before.text or before.text in SENTENCE_END


def _capitalised_noun(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()


def _named_body(words: tuple[str, ...], names: dict[tuple[str, ...], set[str]]) -> set[str]:
    """A found name and an organization's head word after it, which the tagger missed: "Calder
    Whitmore Bank" where "Calder Whitmore" was tagged (for a person, as taggers often do)."""
    if len(words) > 1 and words[:-1] in names and words[-1].lower() in name_words().organization_heads:
        return {ORGANIZATION}
    return set()


def _full_name(doc: Doc, start: int, end: int, names: dict[tuple[str, ...], set[str]]) -> set[str]:
    """A person's full name the tagger missed, ending in a name it found alone for a person and
    opening with words it found for nothing else: "Jordan Pike" where "Pike" was tagged (the
    given name is no title: "Judge Pike" is the title's)."""
    words = [t.text for t in doc[start:end]]
    if len(words) < 2 or names.get((words[-1],)) != {PERSON}:
        return set()
    titles = name_words().person_titles
    if any(w.lower().rstrip(".") in titles or names.get((w,), {PERSON}) != {PERSON} for w in words[:-1]):
        return set()
    return {PERSON}


def _line_or_sentence_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """A name has a capital letter somewhere ("al-Shabaab", "iPhone")."""
    return any(ch.isupper() for token in doc[start:end] for ch in token.text)


def join_branches(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Join "<Org> in the <Name>" when the tagger cut one organization's name in two.

    Both halves must be Organization, directly adjacent over one branch word (and "the"),
    and the second half must not end in an organization head ("... in the Senate"); or the
    name was cut before "and <Word>" (`_conjoined_object`).
    """
    out: list[Candidate] = []
    for cand in sorted(candidates):
        if out and (_branch(doc, out[-1], cand, lex) or _conjoined_object(doc, out[-1], cand)):
            out[-1] = Candidate(out[-1].start, cand.end, ORGANIZATION)
        else:
            out.append(cand)
    return out


def _conjoined_object(doc: Doc, left: Candidate, right: Candidate) -> bool:
    """ "Salafist Group for Preaching" + "and" + "Combat": an organization's name that ends in
    "for/of <Word>", cut before "and <Word>", where the tagger took the one capitalized word after
    "and" for a person (a body of its own, "... of England and Barclays", is tagged so)."""
    if left.type != ORGANIZATION or right.type != PERSON or right.end - right.start != 1:
        return False
    if [t.lower_ for t in doc[left.end : right.start]] != ["and"] or not doc[right.start].is_title:
        return False
    words = [t.lower_ for t in doc[left.start : left.end]]
    return len(words) >= 3 and words[-2] in ("for", "of") and doc[left.end - 1].is_title


def _branch(doc: Doc, left: Candidate, right: Candidate, lex: Lexicon) -> bool:
    """Two organization halves; or an organization and the place its name goes on to, when an
    acronym in brackets follows ("the U.N. Mission in the Democratic Republic of the Congo
    (MONUSCO)", "Al Qaeda in the Islamic Maghreb (AQIM)"): the acronym names the whole."""
    if left.type != ORGANIZATION or right.type not in (ORGANIZATION, LOCATION):
        return False
    between = [token.lower_ for token in doc[left.end : right.start]]
    if not between or between[0] not in lex.branch_words or between[1:] not in ([], ["the"]):
        return False
    if right.type == LOCATION and _acronym_after(doc, right.end) is None:
        return False
    return doc[right.start].is_title and doc[right.end - 1].lower_ not in lex.organization_heads


def _acronym_after(doc: Doc, end: int) -> int | None:
    """The token index of an acronym in brackets right after `end` ("(MONUSCO)"), else None."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _acronym(doc[end + 1].text):
        return end + 1
    return None


def _acronym(word: str) -> bool:
    letters = word.replace("-", "").replace("&", "")
    return (2 <= len(letters) <= 10 and letters.isalnum() and letters.isupper() and not letters.isdigit()) \
        or mixed_case_acronym(letters)


def bracketed_acronyms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """An acronym in brackets right after a name the tagger left untagged ("... the Congo
    (MONUSCO)"): a mention of the name's type."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    found = []
    for cand in candidates:
        at = _acronym_after(doc, cand.end)
        if at is not None and at not in taken and cand.type in (ORGANIZATION, PERSON, EVENT, LOCATION):
            found.append(Candidate(at, at + 1, cand.type))
    return found


NAME_JOINERS = frozenset({"and", "of", "for", "the", "&", "'s", "’s", "'", "’", "de", "du", "des", "la", "el", "y"})


def names_spelled_by_acronyms(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A name the tagger cut in two that the acronym after it spells whole: "the Mine and Quarry
    Workers' Union (MQWU)" is one name, not "Mine" and "Quarry Workers' Union"; the candidates
    inside the whole name give way to it, of the type of the last."""
    out = list(candidates)
    for cand in candidates:
        at = _acronym_after(doc, cand.end)
        if at is None or cand not in out:
            continue
        letters = doc[at].text.replace("-", "").replace("&", "").lower()
        start, initials = cand.end, ""
        for i in range(cand.end - 1, max(cand.end - 12, -1), -1):
            word = doc[i]
            if word.is_title or word.is_upper and word.is_alpha:
                initials = word.text[0].lower() + initials
            elif word.lower_ not in NAME_JOINERS:
                break
            if initials == letters and (word.is_title or word.is_upper):
                start = i
                break
            if not letters.endswith(initials):
                break
        if start < cand.start:
            out = [c for c in out if not (start <= c.start and c.end <= cand.end)]
            out.append(Candidate(start, cand.end, cand.type))
    return sorted(out)


def legal_forms_joined(doc: Doc, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A legal form the tagger cut off as a name of its own joins the name before it: "Chrysler"
    + "LLC" is "Chrysler LLC", an organization."""
    by_end = {c.end: c for c in candidates}
    joined: list[Candidate] = []
    for cand in candidates:
        name = by_end.get(cand.start)
        if name is not None and name in joined and doc[cand.start : cand.end].text.lower() in lex.legal_forms:
            joined[joined.index(name)] = Candidate(name.start, cand.end, ORGANIZATION)
            continue
        joined.append(cand)
    return joined


def acronyms_of_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """An acronym in brackets right after a name is that name's, of its type, whatever the
    tagger called it: "the Northern Special Operations Group (GOEN)" (GOEN tagged a person)."""
    by_end = {c.end: c for c in candidates}
    out = []
    for cand in candidates:
        name = by_end.get(cand.start - 1)
        if name is not None and name.type != cand.type and _acronym_after(doc, name.end) == cand.start:
            cand = cand._replace(type=name.type)
        out.append(cand)
    return out


def missed_countries(doc: Doc, taken: set[int], lex: Lexicon) -> Iterator[Candidate]:
    """Capitalized country names the tagger left untagged, standing on their own
    (not part of a longer proper name such as "China Eastern")."""
    i = 0
    while i < len(doc):
        found = 0
        if _may_start_country(doc[i], lex):
            for n in range(min(lex.longest_country, len(doc) - i), 0, -1):
                if _country_at(doc, i, i + n, taken, lex):
                    found = n
                    break
        i += found or 1
        if found:
            yield Candidate(i - found, i, LOCATION)


def _may_start_country(token: Token, lex: Lexicon) -> bool:
    return (token.is_title or (token.is_upper and token.pos_ == "PROPN")) and (
        token.lower_ in lex.country_first_words
    )


def _country_at(doc: Doc, start: int, end: int, taken: set[int], lex: Lexicon) -> bool:
    if any(i in taken for i in range(start, end)):
        return False
    key = lookup_key(doc[start:end].text)
    if key not in lex.countries or key in lex.ambiguous_places:
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and _proper(before) and not _sentence_initial(doc, start - 1):
        return False
    return after is None or not _proper(after)


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def repeated_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Occurrences the tagger missed (or gave a label of no mention, "WORK_OF_ART") of names it
    found elsewhere in the document: a run of capitalised nouns, outside every other mention and
    number, that is a found name or opens a found organization's or event's name ("Northgate
    General" after "Northgate General Hospital") or is the surname of a person named in full, with
    that name's type, a found name with an organization's head word after it ("Calder Whitmore
    Bank" after "Calder Whitmore"), or the initials of a found organization's or event's name in capitals
    ("MRNI" after "the Movement for the Resistance of Northern Ituri, known by its initials MRNI");
    a run that names of several types share, or one word opening a sentence or a line (unless
    the tagger reads it as a proper noun and it is a whole name found or such a surname:
    "Granitex, which still holds contracts, said", "Quiroga, a crane operator, said"; not
    "Federation president X" after "the Federation of Port Workers"), is left alone."""
    names: dict[tuple[str, ...], set[str]] = {}
    surnames: set[str] = set()
    whole = {tuple(t.text for t in doc[c.start : c.end]) for c in candidates}
    for cand in candidates:
        words = tuple(t.text for t in doc[cand.start : cand.end])
        names.setdefault(words, set()).add(cand.type)
        if cand.type in (ORGANIZATION, EVENT):
            for size in range(1, len(words)):
                names.setdefault(words[:size], set()).add(cand.type)
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if len(initials) >= 3:
                names.setdefault((initials,), set()).add(cand.type)
        elif cand.type == PERSON and len(words) > 1 and words[-1][:1].isupper():
            surnames.add(words[-1])
    for surname in surnames:
        names.setdefault((surname,), set()).add(PERSON)
    taken = {i for c in candidates for i in range(c.start, c.end)}
    taken |= {i for ent in doc.ents if ent.label_ in NUMERIC for i in range(ent.start, ent.end)}
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end not in taken and _capitalised_noun(doc[end]):
            end += 1
        if end > i:
            words = tuple(t.text for t in doc[i:end])
            types = names.get(words, set()) or _full_name(doc, i, end, names) or _named_body(words, names)
            if len(types) == 1 and not (end - i == 1 and _line_or_sentence_start(doc, i) and not (
                    doc[i].pos_ == "PROPN" and (words in whole or doc[i].text in surnames))):
                found.append(Candidate(i, end, next(iter(types))))
        i = max(end, i + 1)
    return found
