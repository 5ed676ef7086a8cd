"""One type per entity: the mentions' votes, corrected by gazetteers and by context.

A country name is a Location whatever the tagger said; a name ending in an organization word
("... Brigade", "... Ministry") is an Organization; a person title right before a name
("President X") votes Person, an organization noun ("the group X", "the group of the X",
"the group, known as X", "X, the group led by Y") votes Organization.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from claimgraph.extract.mentions.lexicon import lexicon as mention_lexicon
from claimgraph.extract.mentions.types import BODY_ROLES
from claimgraph.lexicon.names import name_words
from claimgraph.model import EVENT, LOCATION, ORGANIZATION, PERSON, Mention
from claimgraph.resolve.keys import analyse
from claimgraph.resolve.lexicon import lexicon

CONTEXT_VOTE = 2
_WORDS = re.compile(r"[\w.]+")
_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an)\s+((?:[a-z][\w-]*(?:['’]s)?\s*){1,4})")
_PHRASE_END = frozenset({"led", "based", "that", "which", "who", "known", "behind", "of", "in", "with",
                         "from", "for", "founded", "responsible", "linked", "loyal", "and", "at", "on", "to",
                         "by", "under", "near", "within", "over"})


def _apposition_head(text: str, end: int) -> str | None:
    """The head noun of a short apposition right after a name: ", the (militant) group led by",
    ", the party's treasurer"."""
    found = _APPOSITION.match(text, end)
    if not found:
        return None
    words = found.group(1).split()
    head = None
    for word in words:
        if word in _PHRASE_END:
            break
        if word.endswith(("'s", "’s")):  # "the party's treasurer": whose, not what
            head = None
            continue
        head = word
    return head


def _words_before(text: str, start: int, n: int = 5) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text[max(0, start - 60) : start])][-n:]


def context_type(mention: Mention, text: str) -> str | None:
    """The type that the words in and right before a mention point to, if any."""
    lex = lexicon()
    form = analyse(mention.text)
    if form.country:
        return LOCATION
    if mention.type != LOCATION and name_words().names_organization(mention.text.split()):
        return ORGANIZATION  # "... Brigade", "Partido ..."
    if _apposition_head(text, mention.end) in lex.organization_cues:
        return ORGANIZATION  # "X, the group led by Y," / "X, a jihadist movement,"
    before = _words_before(text, mention.start)
    if not before:
        return None
    if before[-1] in lex.titles or before[-1].rstrip(".") in lex.titles:
        return PERSON
    if text[: mention.start].rstrip().endswith(",") and _role_held_for(before):
        return PERSON  # "a spokeswoman for the company, Nadia Bouzid": not "the company Acme"
    if before[-1] in lex.organization_cues:
        return ORGANIZATION
    tail = " ".join(before[-4:])
    for cue in lex.organization_cues:
        if re.search(rf"\b{re.escape(cue)},? (?:of(?: the)?|known as|called|named|dubbed)$", tail):
            return ORGANIZATION
    if before[-1] in lex.location_cues and mention.type != PERSON:
        return LOCATION
    return None


def _role_held_for(words: list[str]) -> bool:
    """ "spokeswoman for the company", "lawyer of the family": a person's role and whose it is."""
    roles = mention_lexicon().person_roles - BODY_ROLES
    return any(word in roles and after in ("for", "of", "at") for word, after in zip(words, words[1:]))


def _person_named_by_country(mentions: Sequence[Mention], countries: int) -> bool:
    """A person whose given name is a country's, said alone now and then ("Jordan Pike" ...
    "Jordan did not shoot anyone"): named in full as a person, and by the country's name in
    at most half the mentions."""
    full = any(m.type == PERSON and len(m.text.split()) > 1 and not analyse(m.text).country for m in mentions)
    return full and 2 * countries <= len(mentions)


def vote_type(mentions: Sequence[Mention], text: str, extra: Iterable[str] = ()) -> str:
    """The type of a cluster of mentions (and extra names): a country is a Location (unless a
    person named in full is called by a country's name now and then: "Jordan" Pike); else
    the mentions' types plus context votes; ties go to the fullest name's type."""
    if mentions and all(m.descriptive for m in mentions):  # a source's description was typed by its head noun
        return Counter(m.type for m in mentions).most_common(1)[0][0]
    names = [m.text for m in mentions] + list(extra)
    countries = sum(1 for name in names if analyse(name).country)
    if countries and not _person_named_by_country(mentions, countries):
        return LOCATION
    votes: Counter[str] = Counter()
    for mention in mentions:
        votes[mention.type] += 1
        hint = context_type(mention, text)
        if hint:
            votes[hint] += CONTEXT_VOTE
    if not votes:
        return mentions[0].type if mentions else ORGANIZATION
    best = max(votes.values())
    tied = [m for m in mentions if votes[m.type] == best]
    if tied:  # ties: the type of the fullest name, then of the first mention
        return max(tied, key=lambda m: (len(m.text.split()), -m.start)).type
    return max(votes, key=lambda t: (votes[t], t != EVENT))
