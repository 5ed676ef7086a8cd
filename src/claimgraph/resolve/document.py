"""Mentions of one document grouped into entities, each join with its reason.

In order, mentions are joined when they
1. share a name once case, accents, punctuation, titles, articles and possessives are folded;
2. are an acronym and the long form it is defined with in the text ("... Maghreb (AQIM)"); a
   mention cut out of that long form by the tagger ("Islamic Maghreb") joins only the acronym;
   an acronym in brackets right after a name is that name's, whatever its letters ("(MONUSCO)");
3. are two names tied by an alias cue ("X (aka Y)", "X), also known as the Y", `data/aliases.yaml`)
   or an editor's gloss in brackets ("the Ansar Front [a rebel coalition]");
4. are an anaphor and its antecedent, when the coreference component gave them;
5. name the same country (pycountry: "US", "U.S.", "United States");
6. are an undefined acronym and the one name of that type in the document with those initials;
7. are transliterations of one name ("al-Qa’ida", "Al Qaeda", "Qaeda");
8. are a person's shorter name ending a longer one ("Ag Ghaly" in "Iyad Ag Ghaly"), or a name
   opening an organization's longer one ("Granitex" in "Granitex Construction Inc."; with
   several, the one named first: "Acme" after "Acme Freight", not its unit "Acme Analytics"),
   or a place's name without the word for its kind ("the Aries" for "the Aries River");
9. are a one-word name and the surname of a person named in full ("Okafor"); with several
   such persons, the one named last before it;
10. are a one-word name, after them, and the given name of the one person named in full with
   it ("Lydia" after "Lydia Ashdown"), whatever type the tagger gave it;
11. are an organization word alone ("Police", "the Council") and the one organization of the
   document whose longer name holds it ("the Dayton Police Department").
Sources named by descriptions ("a senior official", "the officials") join only each other: the
same words, or "the <noun>" after a description with that head noun.
Each group then takes one type (`types.vote_type`) and a representative name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from claimgraph.lexicon import lookup_key
from claimgraph.lexicon.names import name_words
from claimgraph.lexicon.places import capital_countries, gazetteer, place_key
from claimgraph.model import EVENT, LOCATION, ORGANIZATION, PERSON, Mention
from claimgraph.resolve.acronyms import definitions
from claimgraph.resolve.keys import NameForm, analyse, transliterations
from claimgraph.resolve.lexicon import cue_pattern, lexicon
from claimgraph.resolve.types import vote_type

MAX_CUE_GAP = 40
# Words after a name that make the longer one another body or thing: "Islamic State in the
# Greater Sahara", "State of Iraq", "Disney+" (spelled "disney plus": a service, not the company).
QUALIFIER_WORDS = frozenset({"in", "of", "for", "on", "at", "and", "the", "de", "du", "des", "del", "la", "le", "plus"})
_QUOTES = "“\"'‘«"
_GLOSS_OPEN, _GLOSS_CLOSE = re.compile(r"\s*\[\s*"), re.compile(r"\s*\]")


@dataclass
class Group:
    """One entity of a document: its mentions (indices), type, name, other names, reasons."""

    members: list[int]
    type: str = ""
    name: str = ""
    names: list[str] = field(default_factory=list)  # every name it goes by, the name first
    reasons: dict[int, str] = field(default_factory=dict)  # mention index -> why it joined
    absorbed: set[int] = field(default_factory=set)  # mentions cut from a longer name


class _Joiner:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.reasons: dict[int, str] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, reason: str) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        self.parent[max(a, b)] = min(a, b)
        self.reasons.setdefault(j, reason)


def cluster_mentions(
    mentions: Sequence[Mention], text: str, coref: Iterable[Sequence[int]] = ()
) -> list[Group]:
    """The entities of one document's mentions (Event mentions from the tagger included)."""
    forms = [analyse(m.text) for m in mentions]
    joiner = _Joiner(len(mentions))
    extra: dict[int, list[str]] = defaultdict(list)  # mention -> long forms with no mention
    absorbed: set[int] = set()
    described = [i for i, m in enumerate(mentions) if m.descriptive and forms[i].tokens]
    usable = [i for i, f in enumerate(forms) if f.tokens and not mentions[i].descriptive]

    _descriptions(joiner, mentions, forms, described)
    _acronym_definitions(joiner, mentions, forms, text, extra, absorbed)
    free = [i for i in usable if i not in absorbed]
    # a piece the tagger cut out of a defined long form ("Islamic State" of "Islamic State
    # Organization in the Greater Sahara (ISGS)") is that long form, not every other mention of its words
    _same_name(joiner, forms, free)
    _alias_cues(joiner, mentions, text, free)
    _bracketed_acronyms(joiner, mentions, forms, text, free)
    _coreference(joiner, mentions, coref)
    _countries(joiner, forms, free)
    _speaking_capitals(joiner, mentions, forms, text, free)
    _initials(joiner, mentions, forms, free)
    _transliterations(joiner, mentions, forms, free)
    _short_forms(joiner, mentions, forms, free)
    _organization_short_forms(joiner, mentions, forms, free)
    _feature_short_forms(joiner, mentions, forms, free)
    _surnames(joiner, mentions, forms, free)
    _given_names(joiner, mentions, forms, free)
    _body_nouns(joiner, mentions, forms, free, described)

    groups: dict[int, Group] = {}
    for i in usable + described:
        groups.setdefault(joiner.find(i), Group([])).members.append(i)
    out = []
    for group in groups.values():
        group.absorbed = {i for i in group.members if i in absorbed}
        _finish(group, mentions, forms, text, joiner, extra)
        out.append(group)
    return sorted(out, key=lambda g: g.members[0])


DESCRIPTION_ENDS = frozenset({"of", "for", "with", "in", "at", "from", "to", "on", "by", "familiar", "close",
                              "who", "that", "which", "whose"})


def description_head(text: str) -> str:
    """The head noun of a description as written, singular: "A person familiar with the case"
    -> "person", "the officials" -> "official", "Britain's accounting watchdog" -> "watchdog"."""
    words = [w for w in re.split(r"[^\w'’-]+", text.lower()) if w]
    for k, word in enumerate(words):
        if k and word in DESCRIPTION_ENDS:
            words = words[:k]
            break
    head = words[-1] if words else ""
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") and len(head) > 3 else head


def _descriptions(joiner: _Joiner, mentions: Sequence[Mention], forms: list[NameForm], described: list[int]) -> None:
    """Sources named by descriptions: the same words again, or "the <noun>" after a description
    with that head noun ("Malian security officials" ... "the officials"), are one source; a
    new indefinite one ("a second official") is another. They never join a name."""
    seen: dict[str, int] = {}
    heads: dict[str, int] = {}
    for i in sorted(described, key=lambda k: mentions[k].start):
        same = " ".join(forms[i].tokens)
        head = description_head(mentions[i].text)
        if same in seen:
            joiner.join(seen[same], i, "the same description")
        elif head in heads and mentions[i].text.lower().startswith(("the ", "this ", "that ", "these ", "those ")):
            joiner.join(heads[head], i, f"the same source again ({head})")
        seen.setdefault(same, i)
        heads.setdefault(head, i)


def _same_name(joiner: _Joiner, forms: list[NameForm], usable: list[int]) -> None:
    first: dict[str, int] = {}
    for i in usable:
        key = " ".join(forms[i].tokens) if not forms[i].acronym else forms[i].key
        if key in first:
            joiner.join(first[key], i, "same name")
        else:
            first[key] = i


def _acronym_definitions(joiner, mentions, forms, text, extra, absorbed) -> None:  # noqa: ANN001
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        by_key[form.key].append(i)
    for found in definitions(text):
        short = by_span.get((found.short_start, found.short_end))
        if short is None:  # the tagger missed "(UKCS)" but not a later "UKCS said"
            short_text = text[found.short_start : found.short_end]
            short = next((i for i, m in enumerate(mentions) if m.text == short_text and m.start > found.short_end), None)
        if short is None:
            continue
        long_text = text[found.long_start : found.long_end]
        reason = f"acronym defined in the text: {long_text} ({mentions[short].text})"
        exact = by_key.get(analyse(long_text).key, [])
        for i in exact:
            if mentions[i].type != LOCATION or mentions[short].type == LOCATION:
                joiner.join(i, short, reason)
                joiner.reasons.setdefault(i, reason)
        if not exact:
            extra[short].append(long_text)
            joiner.reasons.setdefault(short, reason)
        for i, m in enumerate(mentions):
            inside = found.long_start <= m.start and m.end <= found.long_end
            partial = inside and (m.start, m.end) != (found.long_start, found.long_end)
            if partial and (m.start == found.long_start or m.end == found.long_end):
                if m.type in (mentions[short].type, PERSON) and not forms[i].country:
                    joiner.reasons[i] = f"part of the name {long_text} ({mentions[short].text})"
                    joiner.join(short, i, joiner.reasons[i])
                    absorbed.add(i)


def _bracketed_acronyms(joiner, mentions, forms, text, free) -> None:  # noqa: ANN001
    """ "the U.N. Organization Stabilization Mission in the Democratic Republic of the Congo
    (MONUSCO)": an acronym in brackets right after a name is that name's, whatever language its
    letters come from (rule 2 takes those whose letters it can follow)."""
    ordered = sorted(free, key=lambda i: mentions[i].start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        first, second = mentions[a], mentions[b]
        if first.type != second.type or not forms[b].acronym or joiner.find(a) == joiner.find(b):
            continue
        if text[first.end : second.start].strip() == "(" and text[second.end : second.end + 1] == ")":
            joiner.join(a, b, f"acronym in brackets after the name: {first.text} ({second.text})")


def _alias_cues(joiner, mentions, text, free) -> None:  # noqa: ANN001
    lex = lexicon()
    cues = cue_pattern(lex.alias_cues)
    bracketed = cue_pattern(tuple(lex.bracketed_cues))
    ordered = sorted(free, key=lambda i: mentions[i].start)
    for a, b in zip(ordered, ordered[1:]):
        first, second = mentions[a], mentions[b]
        gap = text[first.end : second.start]
        if len(gap) > MAX_CUE_GAP or EVENT in (first.type, second.type):
            continue
        if (first.type == LOCATION) != (second.type == LOCATION):
            continue
        found = _cue_in_gap(gap, cues, bracketed)
        if found:
            joiner.join(a, b, f"alias cue '{found}': {first.text} / {second.text}")
        elif _GLOSS_OPEN.fullmatch(gap) and _GLOSS_CLOSE.match(text, second.end):
            # an editor's gloss of the name just before it: "the Ansar Front [a rebel coalition]"
            joiner.join(a, b, f"gloss in brackets: {first.text} [{second.text}]")


def _cue_in_gap(gap: str, cues: re.Pattern[str], bracketed: re.Pattern[str]) -> str | None:
    lead = r"^[\s,;:()\[\]–—-]*"
    tail = rf"[\s:,]*(?:\bthe\s+)?[{_QUOTES}]?\s*$"
    match = re.match(lead + r"(" + cues.pattern + r")" + tail, gap, re.IGNORECASE)
    if match:
        return match.group(1).lower()
    match = re.match(r"^\s*[(\[]\s*(" + bracketed.pattern + r")" + tail, gap, re.IGNORECASE)
    match = match or re.match(r"^\s*,?\s*(" + bracketed.pattern + rf")\s*[{_QUOTES}]\s*$", gap, re.IGNORECASE)
    return match.group(1).lower() if match else None


def _coreference(joiner, mentions, coref) -> None:  # noqa: ANN001
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    for link in coref or ():
        anaphor, antecedent = (link[0], link[1]), (link[2], link[3])
        if anaphor in by_span and antecedent in by_span:
            i, j = by_span[antecedent], by_span[anaphor]
            joiner.join(i, j, f"coreference with {mentions[i].text}")


def _countries(joiner, forms, free) -> None:  # noqa: ANN001
    first: dict[str, int] = {}
    for i in free:
        code = forms[i].country
        if code:
            if code in first:
                joiner.join(first[code], i, f"same country ({code})")
            else:
                first[code] = i


SPEAKING = re.compile(r"\s+(?:has |had |have |also |later |then )?(?:said|says|say|accused|accuses|announced|"
                      r"announces|denied|denies|warned|warns|insisted|insists|claimed|claims|argued|"
                      r"stated|responded|rejected|rejects|maintained|maintains|blamed|blames|called|calls)\b")


PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "of", "near", "into", "for", "with", "by", "on", "via",
                                "across", "outside", "inside", "around"})


def _speaking_capitals(joiner, mentions, forms, text, free) -> None:  # noqa: ANN001
    """A national capital that speaks ("Washington said at the time ...", "according to
    Moscow") stands for its country's government: it joins the country, when the document
    names that country."""
    capitals = capital_countries()
    country_at = {forms[i].country: i for i in free if forms[i].country}
    for i in free:
        code = capitals.get(lookup_key(mentions[i].text))
        if code is None or code not in country_at or forms[i].country:
            continue
        m = mentions[i]
        before = text[max(0, m.start - 14) : m.start].lower()
        placed = (before.split() or [""])[-1] in PLACE_PREPOSITIONS  # "talks in Doha announced": the talks spoke
        if (SPEAKING.match(text, m.end) and not placed) or before.endswith("according to "):
            joiner.join(country_at[code], i, f"{m.text} speaks for {mentions[country_at[code]].text}")


def _initials(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    """An acronym joins the one longer name of its type with its initials ("AQIM"); one the tagger
    called an organization joins a place's name when no organization's fits ("NSW")."""
    long_names: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)  # -> {root: mention}
    for i in free:
        if forms[i].initials and not forms[i].acronym:
            long_names[(mentions[i].type, forms[i].initials)].setdefault(joiner.find(i), i)
    for i in free:
        letters = forms[i].acronym
        if not letters:
            continue
        found = long_names.get((mentions[i].type, letters), {})
        if not found and mentions[i].type == ORGANIZATION:  # "NSW" tagged a body: "New South Wales"
            found = long_names.get((LOCATION, letters), {})
        if len(found) == 1:
            j = next(iter(found.values()))
            joiner.join(j, i, f"initials of {mentions[j].text}")


def _transliterations(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    by_fold: dict[str, list[int]] = defaultdict(list)
    for i in free:
        if not forms[i].acronym:
            by_fold[forms[i].fold].append(i)
    for members in by_fold.values():
        for i in members[1:]:
            j = members[0]
            compatible = (mentions[i].type == LOCATION) == (mentions[j].type == LOCATION)
            if compatible and transliterations(forms[j], forms[i]):
                joiner.join(j, i, f"transliteration of {mentions[j].text}")


def _short_forms(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    """A person's name of two words or more that ends another person's longer name ("Ag
    Ghaly" in "Iyad Ag Ghaly", "bin Laden" in "Osama bin Laden") joins it when only one fits."""
    people = [i for i in free if mentions[i].type == PERSON and len(forms[i].tokens) > 1 and not forms[i].acronym]
    for i in people:
        short = forms[i].tokens
        longer = {joiner.find(j): j for j in people if len(forms[j].tokens) > len(short)
                  and forms[j].tokens[-len(short):] == short}
        if len(longer) == 1:
            j = next(iter(longer.values()))
            joiner.join(j, i, f"short form of {mentions[j].text}")


def _feature_short_forms(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    """A place's name without the word for its kind ("the Aries" for "the Aries River") joins the
    one such longer name, unless it names a country itself ("Congo" is no short form of "the
    Congo River")."""
    heads = lexicon().feature_heads
    features = [j for j in free if mentions[j].type == LOCATION and len(forms[j].tokens) > 1
                and forms[j].tokens[-1] in heads]
    for i in free:
        if mentions[i].type != LOCATION or forms[i].country or forms[i].acronym or not forms[i].tokens:
            continue
        longer = {joiner.find(j): j for j in features if forms[j].tokens[:-1] == forms[i].tokens}
        if len(longer) == 1 and joiner.find(i) not in longer:
            j = next(iter(longer.values()))
            joiner.join(j, i, f"short form of {mentions[j].text}")


def _organization_short_forms(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    """A name that opens an organization's longer name ("Granitex" for "Granitex Construction
    Inc.", "Steppe Line" for "Steppe Line Media Group") joins it, whatever type the tagger gave
    the short one (it often calls it a person), unless a person's name opens a name of a body
    named after a person ("the John Smith Foundation") or its last word names a person alone as
    well ("Smith said"); when several organizations' names open so, the
    one named first, if named before it (a company before its units).
    A longer name that goes on with a preposition names another body: "Islamic State in the Greater
    Sahara" and "Islamic State Organization in the Greater Sahara" are an affiliate of Islamic
    State, not Islamic State; "Disney+" is a service of Disney, not Disney. A name that opens
    with the kind of body it is opens after it ("Fuerza Regional" for "Partido Fuerza Regional",
    "Quillay" for "Asesorías Quillay SpA")."""
    organizations = [i for i in free if mentions[i].type == ORGANIZATION and len(forms[i].tokens) > 1
                     and not forms[i].acronym]
    surnames = {forms[i].tokens for i in free if mentions[i].type == PERSON and len(forms[i].tokens) == 1}
    first_words = _kind_first_words()
    for i in free:
        short = forms[i].tokens
        if forms[i].acronym or forms[i].country or mentions[i].type == EVENT or not short:
            continue
        if mentions[i].type == LOCATION and (short[-1] in lexicon().place_kinds or _known_region(mentions[i].text)):
            continue  # "Calder County" is the county, not the "Calder County Health Department";
            # "Manitoba" the province, not "the Manitoba Nurses' Alliance"
        longer: dict[int, int] = {}  # each group's first mention of a longer name opening so
        for j in organizations:
            tokens = forms[j].tokens
            if tokens[0] in first_words:  # "Partido Fuerza Regional" opens with its kind: "Fuerza Regional"
                tokens = tokens[1:]
            if len(tokens) > len(short) and tokens[: len(short)] == short \
                    and QUALIFIER_WORDS.isdisjoint(tokens[len(short):]) or tokens == short != forms[j].tokens:
                root = joiner.find(j)
                if root not in longer or mentions[j].start < mentions[longer[root]].start:
                    longer[root] = j
        if len(longer) > 1:  # the body named first ("Acme Freight" before its unit "Acme Analytics")
            first = min(longer.values(), key=lambda j: mentions[j].start)
            longer = {joiner.find(first): first} if mentions[first].start < mentions[i].start else {}
        if len(longer) == 1 and joiner.find(i) not in longer:
            j = next(iter(longer.values()))
            if mentions[i].type == PERSON and len(short) > 1 and (
                    (short[-1],) in surnames or forms[j].tokens[-1] in lexicon().eponym_heads):
                continue  # "John Smith" is no short form of "the John Smith Foundation"
            joiner.join(j, i, f"short form of {mentions[j].text}")


@cache
def _kind_first_words() -> frozenset[str]:
    """The words a name may open with to say what kind of body it is ("Partido", "Banco"), in
    the form `analyse` gives a name's tokens."""
    return frozenset(tokens[0] for word in name_words().organization_first_words if (tokens := analyse(word).tokens))


def _known_region(name: str) -> bool:
    """A province, state or region the gazetteer knows ("Manitoba", "New South Wales")."""
    places = gazetteer()
    key = place_key(name)
    return key in places.subdivisions or key in places.us_states or key in places.regions


def _named_in_full(mentions, forms, free, word: int) -> dict[str, list[int]]:  # noqa: ANN001
    """The persons named with two words or more, by the folded word at `word` (0: the given
    name, -1: the surname), in text order."""
    from claimgraph.resolve.keys import fold_token

    full: dict[str, list[int]] = defaultdict(list)
    for i in free:
        if mentions[i].type == PERSON and len(forms[i].tokens) > 1 and not forms[i].acronym:
            full[fold_token(forms[i].tokens[word])].append(i)
    return full


def _one_word_names(mentions, forms, free) -> Iterator[tuple[int, str]]:  # noqa: ANN001
    """The one-word names that may stand for a person named in full, with their folded word (a
    country's name too where the tagger took it for a person: "Jordan" beside "Jordan Pike")."""
    from claimgraph.resolve.keys import fold_token

    for i in free:
        form = forms[i]
        if len(form.tokens) == 1 and not form.acronym and mentions[i].type != LOCATION \
                and not (form.country and mentions[i].type != PERSON):
            yield i, fold_token(form.tokens[0])


def _surnames(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    full = _named_in_full(mentions, forms, free, -1)
    for i, word in _one_word_names(mentions, forms, free):
        candidates = full.get(word, [])
        roots = {joiner.find(j) for j in candidates}
        if not roots:
            continue
        if len(roots) == 1:
            target = candidates[0]
        else:
            before = [j for j in candidates if mentions[j].start < mentions[i].start]
            if not before:
                continue
            target = max(before, key=lambda j: mentions[j].start)
        joiner.join(target, i, f"surname of {mentions[target].text}")


def _given_names(joiner, mentions, forms, free) -> None:  # noqa: ANN001
    full = _named_in_full(mentions, forms, free, 0)
    roots = {word: {joiner.find(j) for j in people} for word, people in full.items()}
    for i, word in _one_word_names(mentions, forms, free):
        people = full.get(word, [])
        if mentions[i].type != EVENT and len(roots.get(word, ())) == 1 \
                and mentions[people[0]].start < mentions[i].start and joiner.find(i) not in roots[word]:
            joiner.join(people[0], i, f"given name of {mentions[people[0]].text}")


def _body_nouns(joiner, mentions, forms, free, described) -> None:  # noqa: ANN001
    """ "Police" alone, after "the Dayton Police Department"; "the Council" after "Tarrawong
    Shire Council"; a source described as "police": an organization word standing alone names
    the one organization of the document whose longer name holds it (with two or more, none)."""
    heads = lexicon().organization_heads
    for i in free + described:
        words = forms[i].tokens
        if len(words) != 1 or words[0] not in heads or mentions[i].type == PERSON:
            continue
        holders = {joiner.find(j) for j in free if j != i and mentions[j].type == ORGANIZATION
                   and _holds(forms[j].tokens, words[0])}
        if len(holders) == 1:
            target = next(j for j in free if joiner.find(j) in holders)
            joiner.join(target, i, f"the {words[0]} of {mentions[target].text}")


def _holds(tokens: tuple[str, ...], word: str) -> bool:
    """A longer name holds the word, not as the head of a phrase going on ("Bank of America" is
    no bank of the document's: see QUALIFIER_WORDS)."""
    return len(tokens) > 1 and any(t == word and (k + 1 == len(tokens) or tokens[k + 1] not in QUALIFIER_WORDS)
                                   for k, t in enumerate(tokens))


def _without_titles(name: str) -> str:
    """A person's name without the titles written before it ("Assistant Prosecutor Leah
    Conroy" -> "Leah Conroy"); the name itself when it has none."""
    words = name.split()
    titles = lexicon().titles
    k = 0
    while k < len(words) - 1 and words[k].lower().rstrip(".") in titles | {w.rstrip(".") for w in titles}:
        k += 1
    return " ".join(words[k:]) if k else name


DESCRIPTION_TAIL = re.compile(r"\s+(?:who|whom|which|that|in|at|near|from|based)\s")


def _short_description(text: str) -> str | None:
    """A description without the place or clause that ends it ("A senior security official in
    Pemba" -> "A senior security official", "A local official who asked not to be named" -> "A
    local official"), when two words or more are left."""
    cut = DESCRIPTION_TAIL.search(text)
    head = text[: cut.start()] if cut else ""
    return head if len(head.split()) >= 2 else None


def _finish(group: Group, mentions, forms, text, joiner, extra) -> None:  # noqa: ANN001
    members = [mentions[i] for i in group.members]
    long_forms = [name for i in group.members for name in extra.get(i, [])]
    group.type = vote_type(members, text, long_forms)
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    for i in group.members:
        if i not in group.absorbed:
            counts[mentions[i].text] += 1
            first.setdefault(mentions[i].text, mentions[i].start)
    for i in group.members:
        for name in extra.get(i, []):
            counts.setdefault(name, 0)
            first.setdefault(name, mentions[i].start)
    if members and all(m.descriptive for m in members):  # "A WHO spokesperson in Geneva" is also "A WHO spokesperson"
        for i in group.members:
            short = _short_description(mentions[i].text)
            if short:
                counts.setdefault(short, 0)
                first.setdefault(short, mentions[i].start)
    if group.type == PERSON:  # "Assistant Prosecutor Leah Conroy" is also "Leah Conroy"
        for name in list(counts):
            bare = _without_titles(name)
            if bare != name and len(bare.split()) > 1:
                counts.setdefault(bare, 0)
                first.setdefault(bare, first[name])
    if not counts:  # only parts of a longer name: keep the longest part
        longest = max(group.members, key=lambda i: len(mentions[i].text))
        counts[mentions[longest].text] = 1
        first[mentions[longest].text] = mentions[longest].start

    def rank(name: str) -> tuple:
        form = analyse(name)
        full = not form.acronym and not (group.type == PERSON and len(form.tokens) < 2)
        titled = group.type == PERSON and _without_titles(name) != name
        return (not full, titled, -counts[name], first[name], name)

    ordered = sorted(counts, key=rank)
    group.name = ordered[0]
    group.names = ordered
    rep_key = analyse(group.name).key
    by_name: dict[str, str] = {}
    for i in group.members:
        reason = joiner.reasons.get(i)
        if reason and reason != "same name" and i not in group.absorbed:
            by_name.setdefault(analyse(mentions[i].text).key, reason)
    for i in group.members:
        key = analyse(mentions[i].text).key
        if i in group.absorbed:
            group.reasons[i] = joiner.reasons.get(i, "part of a longer name")
        elif key != rep_key and key in by_name:
            group.reasons[i] = by_name[key]
