"""Coreference: pronouns and definite descriptions linked to the entity mention they refer to.

`find_links(doc)` yields `Link` records; the `claimgraph_coref` component (after
`claimgraph_mentions`) writes them to `doc._.coref` as [anaphor_start, anaphor_end,
antecedent_start, antecedent_end] character spans. `antecedent(doc, token_or_span)` reads them
back for other components. Rules, in the order the text is read (each resolved anaphor is a
candidate for the next one, so "He ... his ... He" chains back to the name):

- personal and possessive pronouns: he/his/him/she/her → the nearest compatible Person,
  it/its → Organization or Location, they/their → Organization or a plural name. Candidates
  lie in the anaphor's sentence (before it) and the sentences before it (`window`); nearer
  sentences first, then subjects (and possessors of subjects) before other mentions, then the
  nearest. A non-possessive object pronoun is not its own clause's subject ("Ford met him"),
  a reflexive is ("the group calls itself"). A possessive in a fronted phrase refers forward
  to its main clause's subject ("After his release, Smith said ..."). "they" is left alone
  when a plural common noun is nearer than any candidate ("the rebels said they ..."), and
  "it" when pleonastic ("It is clear that ...", "it was reported that ...");
- definite descriptions: "the (adjectives) <head>" with a head noun from the type lexicon
  ("the group", "the company", "the country") → the nearest mention of that type in the
  window; country/city heads check the place gazetteers; person heads ("the president")
  prefer a person named with that title. A restricting "of" phrase ("the group of X"), a name
  in the phrase ("the Wagner group"), or a contrastive adjective ("the other group") makes a
  description new, not anaphoric;
- "the latter" / "the former": the last / the one before the last named entity (a name and
  its bracketed acronym count once) in the current and previous sentence;
- title + surname ("Mr. Smith", "President Macron") → the nearest earlier person named in
  full with that surname.

Word lists and windows are data (`data/coref.yaml`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import NamedTuple

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.errors import ConfigError
from claimgraph.extract import extensions
from claimgraph.extract.mentions_lexicon import lexicon as mention_lexicon
from claimgraph.extract.mentions_lexicon import lookup_key
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

__all__ = ["CorefIndex", "CorefResolver", "Link", "antecedent", "coref_lexicon", "find_links"]

DATA = files("claimgraph.extract") / "data" / "coref.yaml"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative", "iobj", "pobj", "oprd"})
FRONTED = frozenset({"prep", "advcl", "npadvmod", "advmod"})
CLAUSAL = frozenset({"ccomp", "csubj", "xcomp", "pcomp"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
NAMING = frozenset({"know", "call", "name", "dub", "style"})
PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


@dataclass(frozen=True, slots=True)
class CorefLexicon:
    pronouns: dict[str, frozenset[str]]
    plural_pronouns: frozenset[str]
    reflexives: frozenset[str]
    plural_tags: frozenset[str]
    descriptions: dict[str, str]  # head noun -> entity type
    country_heads: frozenset[str]
    city_heads: frozenset[str]
    non_anaphoric: frozenset[str]
    determiners: frozenset[str]
    titles: frozenset[str]
    pleonastic_heads: frozenset[str]
    window: dict[str, int]


@cache
def coref_lexicon() -> CorefLexicon:
    """The word lists, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        heads = {word.lower(): kind for kind, words in raw["descriptions"].items() for word in words}
        return CorefLexicon(
            pronouns={word: frozenset(kinds) for word, kinds in raw["pronouns"].items()},
            plural_pronouns=frozenset(raw["plural_pronouns"]),
            reflexives=frozenset(raw["reflexives"]),
            plural_tags=frozenset(raw["plural_tags"]),
            descriptions=heads,
            country_heads=frozenset(raw["country_heads"]),
            city_heads=frozenset(raw["city_heads"]),
            non_anaphoric=frozenset(raw["non_anaphoric_modifiers"]),
            determiners=frozenset(raw["definite_determiners"]),
            titles=frozenset(raw["titles"]) | mention_lexicon().person_titles,
            pleonastic_heads=frozenset(raw["pleonastic_heads"]),
            window={key: int(value) for key, value in raw["window"].items()},
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the coreference lists {DATA}: {exc}") from None


class Link(NamedTuple):
    anaphor: Span
    antecedent: Span  # an entity mention
    rule: str  # "pronoun", "description", "latter", "former", "title", "cataphora"


class _Candidate(NamedTuple):
    start: int  # token offsets of the referring expression
    end: int
    type: str  # an entity type, or "_NN"/"_NNS" for a common-noun subject
    sent: int
    salient: bool  # a subject, or a subject's possessor
    mention: Span | None  # the entity mention it names; None for an unnamed referent
    modifier: bool = False  # a name used as a noun modifier ("the CIA director")


def find_links(doc: Doc) -> Iterator[Link]:
    """The coreference links of a parsed doc whose mentions are in `doc.spans[MENTIONS]`."""
    yield from CorefResolver(doc).links()


class CorefResolver:
    """Reads the doc once: sentence of each token, mentions; then resolves in text order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = coref_lexicon()
        self.places = mention_lexicon()
        self.mentions = sorted(doc.spans.get(extensions.MENTIONS, ()), key=lambda s: (s.start, s.end))
        self.sent_of = [0] * len(doc)
        self.sent_starts: list[int] = []
        for n, sent in enumerate(doc.sents):
            self.sent_starts.append(sent.start)
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
        self.mention_of: list[Span | None] = [None] * len(doc)
        for span in self.mentions:
            for i in range(span.start, span.end):
                self.mention_of[i] = span
        self.in_mention = [m is not None for m in self.mention_of]
        self.seen: list[_Candidate] = []

    def links(self) -> Iterator[Link]:
        pending = sorted(self._names() + self._blockers(), key=lambda c: (c.end, c.start))
        k = 0
        for token in self.doc:
            while k < len(pending) and pending[k].end <= token.i:
                self.seen.append(pending[k])
                k += 1
            found = self._resolve(token)
            if isinstance(found, Link):
                yield found
                self.seen.append(self._candidate(
                    found.anaphor.start, found.anaphor.end, found.antecedent.label_, found.antecedent))
            elif found is not None:  # an anaphor of an unnamed referent still holds its place
                self.seen.append(found)

    # -- candidates ---------------------------------------------------------------------
    def _candidate(self, start: int, end: int, kind: str, mention: Span | None) -> _Candidate:
        root = self.doc[start:end].root
        return _Candidate(start, end, kind, self.sent_of[start], self._salient(root), mention,
                          root.dep_ == "compound" and root.head.pos_ == "NOUN")

    def _names(self) -> list[_Candidate]:
        """The mentions, and untagged repeats of a mention's exact name ("AQIM’s" untagged
        after "AQIM" was tagged), which stand for the first mention of that name."""
        found = [self._candidate(m.start, m.end, m.label_, m) for m in self.mentions]
        first: dict[str, list[Span]] = {}
        for m in self.mentions:
            names = first.setdefault(m[0].text, [])
            if all(other.text != m.text for other in names):
                names.append(m)
        doc = self.doc
        for token in doc:
            if self.in_mention[token.i] or not token.text[:1].isupper() or token.text not in first:
                continue
            for m in first[token.text]:
                end = token.i + len(m)
                if end <= len(doc) and not any(self.in_mention[token.i:end]) \
                        and doc[token.i:end].text == m.text and not self._longer_name(token.i, end):
                    found.append(self._candidate(token.i, end, m.label_, m))
                    break
        return found

    def _longer_name(self, start: int, end: int) -> bool:
        """The words start a longer name: "Al Qaeda" in "Al Qaeda in the Islamic Maghreb"."""
        root = self.doc[start:end].root
        return any(self.in_mention[t.i] or (t.i >= end and t.pos_ == "PROPN") for t in root.subtree)

    def _blockers(self) -> list[_Candidate]:
        """Unnamed referents a pronoun or description may take instead of a name: common-noun
        subjects ("The appointment ... It coincided"), and indefinite arguments headed by a
        description noun ("carried out by a jihadist group ... the group")."""
        found = []
        for token in self.doc:
            if self.in_mention[token.i] or token.pos_ != "NOUN":
                continue
            if token.dep_ in SUBJECTS and token.tag_ in ("NN", "NNS"):
                found.append(self._candidate(token.i, token.i + 1, "_" + token.tag_, None))
            kind = self.lex.descriptions.get(token.lower_)
            if kind is not None and token.tag_ == "NN" and _argument(token) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                found.append(self._candidate(token.i, token.i + 1, kind, None))
        return found

    @staticmethod
    def _salient(root: Token) -> bool:
        while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
            root = root.head
        if root.dep_ == "poss":
            root = root.head
        return root.dep_ in SUBJECTS

    def _recent(self, before: int, window: int) -> list[_Candidate]:
        """Candidates ending at or before token `before`, within `window` sentences."""
        first_sent = self.sent_of[before] - window
        out = []
        for cand in reversed(self.seen):
            if cand.sent < first_sent:
                break
            if cand.end <= before:
                out.append(cand)
        return out

    def _best(self, cands: list[_Candidate], sent: int) -> _Candidate | None:
        if not cands:
            return None
        return min(cands, key=lambda c: (c.modifier, sent - c.sent, not c.salient, -c.end))

    # -- anaphors -----------------------------------------------------------------------
    def _resolve(self, token: Token) -> Link | _Candidate | None:
        if self.in_mention[token.i]:
            return self._title(token)
        lower = token.lower_
        if lower in self.lex.pronouns and token.tag_ in ("PRP", "PRP$"):
            return self._pronoun(token)
        if lower in ("latter", "former") and token.dep_ != "amod" and token.i > 0 \
                and token.nbor(-1).lower_ == "the":
            return self._latter(token)
        if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NN", "NNP") \
                and token.lower_ in self.lex.descriptions:
            return self._description(token)
        return None

    def _pronoun(self, token: Token) -> Link | _Candidate | None:
        lower = token.lower_
        types = self.lex.pronouns[lower]
        if lower in ("it", "its") and self._pleonastic(token):
            return None
        span = self.doc[token.i : token.i + 1]
        if lower in POSSESSIVE_PRONOUNS or token.tag_ == "PRP$":
            forward = self._cataphora(token, types)
            if forward is not None:
                return Link(span, forward, "cataphora")
        sent = self.sent_of[token.i]
        cands = [c for c in self._recent(token.i, self.lex.window["pronoun"]) if self._fits(c, types, lower)]
        if lower in self.lex.reflexives:
            subject = self._clause_subject(token)
            cands = [c for c in cands if subject is not None and c.start <= subject.i < c.end]
        elif token.dep_ in OBJECTS and token.tag_ == "PRP":
            subject = self._clause_subject(token)
            if subject is not None:
                cands = [c for c in cands if not c.start <= subject.i < c.end]
        best = self._best(cands, sent)
        if best is None:
            return None
        if best.mention is None or (
            lower in self.lex.plural_pronouns and self._plural_noun_between(best.end, token.i)
        ):  # an unnamed referent: holds its place for the next pronoun
            return self._candidate(token.i, token.i + 1, best.type, None)
        return Link(span, best.mention, "pronoun")

    def _fits(self, cand: _Candidate, types: frozenset[str], lower: str) -> bool:
        if cand.type in types:
            return True
        if cand.mention is None:  # common-noun subjects take "it" / "they" by number
            return cand.type == ("_NNS" if lower in self.lex.plural_pronouns else "_NN") \
                and lower not in PERSONAL
        if lower in self.lex.plural_pronouns and cand.type != PERSON:
            return self.doc[cand.end - 1].tag_ in self.lex.plural_tags
        return False

    def _clause_subject(self, token: Token) -> Token | None:
        verb = token.head
        if token.dep_ == "pobj" and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(4):  # up to the clause's verb
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return next((c for c in verb.children if c.dep_ in SUBJECTS and c.i != token.i), None)

    def _pleonastic(self, token: Token) -> bool:
        if token.dep_ not in SUBJECTS:
            return False
        head = token.head
        if token.dep_ == "nsubj" and head.lemma_ not in self.lex.pleonastic_heads:
            return False
        governors = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr")]
        return any(c.dep_ in CLAUSAL and c.i > token.i for g in governors for c in g.children)

    def _cataphora(self, token: Token, types: frozenset[str]) -> Span | None:
        """A possessive in a fronted phrase names the main clause's subject: "After his
        release, Smith said"."""
        node = token
        while node.head.i != node.i and node.head.dep_ != "ROOT":
            node = node.head
        root = node.head
        if node.i == root.i or node.dep_ not in FRONTED or node.i > root.i:
            return None
        subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.i > token.i), None)
        if subject is None:
            return None
        mention = self._mention_at(subject.i)
        return mention if mention is not None and mention.label_ in types else None

    def _plural_noun_between(self, start: int, end: int) -> bool:
        return any(
            t.tag_ == "NNS" and not self.in_mention[t.i] and t.dep_ in SUBJECTS | OBJECTS
            for t in self.doc[start:end]
        )

    def _description(self, head: Token) -> Link | _Candidate | None:
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in self.lex.determiners:
            return None
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or self.in_mention[child.i]):
                return None  # a name in the phrase: "the Wagner group"
            if child.dep_ in ("amod", "compound") and child.lower_ in self.lex.non_anaphoric:
                return None
            if child.dep_ == "prep" and child.lower_ == "of":
                return None  # restricted: "the group of the Mourabitoun"
            if child.dep_ == "appos" and self.in_mention[child.i]:
                return None  # named right there: "the group, Al-Shabaab,"
            if child.dep_ == "acl" and child.lemma_ in NAMING:
                return None  # "the group, known as X,"
        if head.dep_ == "compound":
            return None
        if sum(1 for c in head.children if c.dep_ in ("amod", "compound")) > 1:
            return None  # described afresh: "the Western military alliance"
        span = self.doc[det.i : head.i + 1]
        kind = self.lex.descriptions[head.lower_]
        sent = self.sent_of[head.i]
        if kind == PERSON:
            return self._role(span, head, sent)
        subject = self._clause_subject(head) if head.dep_ not in SUBJECTS else None
        inside = {t.i for t in subject.subtree} if subject is not None else set()
        cands = [
            c for c in self._recent(det.i, self.lex.window["description"])
            if c.type == kind and self._place_fits(c, head.lower_)
            and c.start not in inside  # "X (and Y) serve the group": not X, not Y
        ]
        # same head word first: "the government" ~ "the Algerian Government", "a group" ~ "the group"
        same_head = [c for c in cands if any(t.lower_ == head.lower_ for t in self.doc[c.start : c.end])]
        best = self._best(same_head, sent) or self._best(cands, sent)
        if best is None:
            return None
        if best.mention is None:
            return self._candidate(span.start, span.end, kind, None)
        return Link(span, best.mention, "description")

    def _place_fits(self, cand: _Candidate, head: str) -> bool:
        if cand.type != LOCATION:
            return True
        key = lookup_key(cand.mention.text)
        if head in self.lex.country_heads:
            return key in self.places.countries
        if head in self.lex.city_heads:
            return key not in self.places.countries
        return True

    def _role(self, span: Span, head: Token, sent: int) -> Link | None:
        """ "the president": a person named with that title, else one just before."""
        role = head.lower_
        titled = [c for c in self._recent(span.start, self.lex.window["role"])
                  if c.type == PERSON and c.mention is not None and self._has_title(c.mention, role)]
        best = self._best(titled, sent)
        if best is None:
            near = [c for c in self._recent(span.start, 1) if c.type == PERSON]
            best = self._best(near, sent)
        return Link(span, best.mention, "description") if best is not None else None

    def _has_title(self, mention: Span, role: str) -> bool:
        doc = self.doc
        if mention.start > 0 and doc[mention.start - 1].lower_ == role:
            return True
        root = mention.root
        near = list(root.children) + ([root.head] if root.dep_ == "appos" else [])
        return any(t.lower_ == role for t in near)

    def _latter(self, token: Token) -> Link | None:
        span = self.doc[token.i - 1 : token.i + 1]
        named: list[_Candidate] = []
        for cand in self._recent(span.start, self.lex.window["latter_former"]):
            if cand.mention is None or cand.mention.start != cand.start:
                continue  # an anaphor, not a name
            if named and _bracketed_after(self.doc, cand, named[-1]):
                named[-1] = cand  # "Name (ACR)" counts once, as the name
                continue
            named.append(cand)
        index = 0 if token.lower_ == "latter" else 1
        if len(named) <= index:
            return None
        return Link(span, named[index].mention, token.lower_)

    def _is_title(self, i: int) -> bool:
        return self.doc[i].lower_ in self.lex.titles

    def _title(self, token: Token) -> Link | None:
        """Title + surname ("Mr. Smith", the title in the mention or just before it) → the
        person named in full earlier with that surname."""
        mention = self._mention_at(token.i)
        if mention is None or mention.label_ != PERSON or token.i != mention.end - 1:
            return None
        titled = [t for t in mention[:-1] if t.lower_ in self.lex.titles]
        if len(titled) != len(mention) - 1:
            return None
        start = mention.start if titled else token.i - 1
        if not titled and not (token.i > 0 and self._is_title(token.i - 1)):
            return None
        for cand in reversed(self.seen):
            m = cand.mention
            if m is not None and m.label_ == PERSON and m.start == cand.start and len(m) > 1 \
                    and m[-1].text == token.text and m[0].lower_ not in self.lex.titles:
                return Link(self.doc[start : mention.end], m, "title")
        return None

    def _mention_at(self, i: int) -> Span | None:
        return self.mention_of[i]


def _argument(token: Token) -> bool:
    if token.dep_ in SUBJECTS or token.dep_ in ("dobj", "attr"):
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _bracketed_after(doc: Doc, cand: _Candidate, later: _Candidate) -> bool:
    """`later` is `cand`'s acronym in brackets: "Name (ACR)"."""
    between = doc[cand.end : later.start].text.strip()
    return between == "(" and later.end < len(doc) and doc[later.end].text == ")"


class CorefIndex:
    """Token → antecedent mention lookups over `doc._.coref` (build once per doc)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        by_start = {(m.start_char, m.end_char): m for m in doc.spans.get(extensions.MENTIONS, ())}
        self.by_token: dict[int, Span] = {}
        for a_start, a_end, m_start, m_end in doc._.coref or []:
            target = by_start.get((m_start, m_end)) or doc.char_span(m_start, m_end, alignment_mode="expand")
            anaphor = doc.char_span(a_start, a_end, alignment_mode="expand")
            if target is None or anaphor is None:
                continue
            for i in range(anaphor.start, anaphor.end):
                self.by_token[i] = target

    def antecedent(self, item: Token | Span) -> Span | None:
        if isinstance(item, Token):
            return self.by_token.get(item.i)
        found = self.by_token.get(item.root.i)
        if found is None:
            found = next((self.by_token[i] for i in range(item.start, item.end) if i in self.by_token), None)
        return found


def antecedent(doc: Doc, token_or_span: Token | Span) -> Span | None:
    """The entity mention `token_or_span` refers to through `doc._.coref`, or None."""
    return CorefIndex(doc).antecedent(token_or_span)


class CorefComponent:
    """The spaCy component: writes `find_links(doc)` to `doc._.coref`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.coref = [
            [link.anaphor.start_char, link.anaphor.end_char,
             link.antecedent.start_char, link.antecedent.end_char]
            for link in find_links(doc)
        ]
        return doc


@Language.factory("claimgraph_coref")
def make_coref(nlp: Language, name: str) -> CorefComponent:
    extensions.register()
    coref_lexicon()  # read the lists when the pipeline is built
    return CorefComponent()
