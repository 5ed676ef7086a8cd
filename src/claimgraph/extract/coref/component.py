"""Coreference: pronouns and definite descriptions linked to the entity mention they refer to.

`find_links(doc)` yields `Link`s; the `claimgraph_coref` component writes them to
`doc._.coref`; `antecedent(doc, token_or_span)` reads them back. One pass in text order; a
resolved anaphor is a candidate for the next. Ranking: nearer sentence, then subjects (and
their possessors), then nearest; a name used as a modifier ("the FBI director") last.

- Pronouns: he/she → Person, it → Organization/Location, they → Organization or a plural
  name. Binding (an object pronoun is not its clause's subject, a reflexive is), cataphora
  ("After his release, Smith said"), pleonastic "it" skipped.
- Unnamed referents hold their place: a common-noun subject takes "it"/"they" by number, "a
  jihadist group" takes "the group"; then nothing is linked rather than a wrong name.
- "the (adjective) <typed head>" ("the group", "the country") → a mention of that type, same
  head word first ("the government" → "the Kenyan Government"), places checked in the
  gazetteers, persons by title ("the president"), never its clause's subject. "of", a name,
  "known as", "other" or two modifiers make a description new.
- "the latter"/"the former"; title + surname ("Mr. Smith").

Lists and windows: `data/coref.yaml`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from itertools import takewhile
from typing import NamedTuple

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.errors import ConfigError
from claimgraph.extract import extensions
from claimgraph.extract.attribution.lexicon import lexicon as attribution_lexicon
from claimgraph.extract.mentions.lexicon import lexicon as mention_lexicon
from claimgraph.extract.syntax import NOMINAL_SUBJECTS
from claimgraph.lexicon import lookup_key
from claimgraph.lexicon.names import name_words
from claimgraph.model.vocab import LOCATION, PERSON

__all__ = ["CorefResolver", "Link", "antecedent", "coref_lexicon", "find_links"]

DATA = files(__package__) / "data" / "coref.yaml"
OBJECTS = frozenset({"dobj", "dative", "iobj", "pobj", "oprd"})
ARGUMENTS = NOMINAL_SUBJECTS | OBJECTS
FRONTED = frozenset({"prep", "advcl", "npadvmod", "advmod"})
CLAUSAL = frozenset({"ccomp", "csubj", "xcomp", "pcomp"})
EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
NAMING = frozenset({"know", "call", "name", "dub", "style"})


class CorefLexicon(NamedTuple):
    pronouns: dict[str, frozenset[str]]  # pronoun -> entity types
    descriptions: dict[str, str]  # head noun -> entity type
    titles: frozenset[str]  # person titles (claimgraph.lexicon.names)
    window: dict[str, int]
    body_kinds: dict[str, str]  # head or last word of a body's name -> its kind (company, union ...)
    words: dict[str, frozenset[str]]  # every other list of coref.yaml, by its key


@cache
def coref_lexicon() -> CorefLexicon:
    """The word lists, read once per process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        return CorefLexicon(
            pronouns={word: frozenset(kinds) for word, kinds in raw.pop("pronouns").items()},
            descriptions={w.lower(): k for k, words in raw.pop("descriptions").items() for w in words},
            titles=name_words().person_titles,
            window={key: int(value) for key, value in raw.pop("window").items()},
            body_kinds={w.lower(): k for k, words in raw.pop("body_kinds").items() for w in words},
            words={key: frozenset(value) for key, value in raw.items()},
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the coreference lists {DATA}: {exc}") from None


class Link(NamedTuple):
    anaphor: Span
    antecedent: Span  # an entity mention
    rule: str  # pronoun, description, latter, former, title, cataphora


class _Candidate(NamedTuple):  # a referring expression (token offsets)
    start: int
    end: int
    type: str  # an entity type, or "_NN"/"_NNS" for a common-noun subject
    sent: int
    salient: bool
    mention: Span | None  # the entity mention it names; None for an unnamed referent
    modifier: bool = False
    embedded: int = 0  # clauses between it and its sentence's main clause


def _embedding(token: Token) -> int:
    """How many clauses down from its sentence's main clause a word stands: a subject of the
    main clause ("The forum ... said the ruling exposed ...") is more salient than one of the
    clause it reports (centering's preference for the highest subject)."""
    depth = 0
    while token.head.i != token.i:
        if token.dep_ in EMBEDDED_CLAUSES:
            depth += 1
        token = token.head
    return depth


def find_links(doc: Doc) -> Iterator[Link]:
    """The links of a parsed doc (none unparsed) with `doc.spans[MENTIONS]`."""
    if doc.has_annotation("DEP"):
        yield from CorefResolver(doc).links()


class CorefResolver:
    """Resolves in text order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = coref_lexicon()
        self.words = self.lex.words
        self.places = mention_lexicon()
        self.mentions = sorted(doc.spans.get(extensions.MENTIONS, ()), key=lambda s: (s.start, s.end))
        self.sent_of = [n for n, sent in enumerate(doc.sents) for _ in sent]
        self.mention_of: list[Span | None] = [None] * len(doc)
        for span in self.mentions:
            self.mention_of[span.start : span.end] = [span] * len(span)
        self.in_mention = [m is not None for m in self.mention_of]
        self.seen: list[_Candidate] = []
        # the kind of body an acronym stands for, from its long form: "the US Food and Drug
        # Administration (FDA)" makes "FDA" a public body, which "the company" is not
        self.acronym_kinds: dict[str, str] = {}
        for name, short in zip(self.mentions, self.mentions[1:]):
            kind = self.lex.body_kinds.get(name[-1].lower_)
            if kind is not None and _bracketed_after(doc, name, short):
                self.acronym_kinds[short.text] = kind

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
            elif found is not None:  # an unnamed referent's anaphor
                self.seen.append(found)

    def _candidate(self, start: int, end: int, kind: str, mention: Span | None) -> _Candidate:
        root = self.doc[start:end].root
        return _Candidate(start, end, kind, self.sent_of[start], self._salient(root), mention,
                          root.dep_ == "compound" and root.head.pos_ == "NOUN", _embedding(root))

    def _names(self) -> list[_Candidate]:
        """The mentions (a name the tagger missed where it repeats is one: `repeated_names`)."""
        return [self._candidate(m.start, m.end, m.label_, m) for m in self.mentions]

    def _blockers(self) -> list[_Candidate]:
        """Unnamed referents: common-noun subjects, indefinite arguments with a typed head."""
        found = []
        for token in self.doc:
            if self.in_mention[token.i] or token.pos_ != "NOUN":
                continue
            if token.dep_ in NOMINAL_SUBJECTS and token.tag_ in ("NN", "NNS"):
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
        return root.dep_ in NOMINAL_SUBJECTS

    def _recent(self, before: int, window: int) -> list[_Candidate]:
        """Candidates ending by token `before`, within `window` sentences, nearest first."""
        first = self.sent_of[before] - window
        return [c for c in takewhile(lambda c: c.sent >= first, reversed(self.seen)) if c.end <= before]

    @staticmethod
    def _most_salient(cands: list[_Candidate], sent: int) -> _Candidate | None:
        """The named candidate whose name the text dwells on (Lappin and Leass's salience:
        each mention counts, halved for every sentence back, twice as a subject), when one
        leads; on a tie None leaves the choice to `_best`."""
        scores: dict[str, float] = defaultdict(float)
        latest: dict[str, _Candidate] = {}
        for c in cands:
            if c.mention is None:
                continue
            key = c.mention.text.lower()
            scores[key] += 0.5 ** (sent - c.sent) * (2.0 if c.salient else 1.0)
            if key not in latest or c.end > latest[key].end:
                latest[key] = c
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
            return None
        return latest[ranked[0][0]]

    @staticmethod
    def _best(cands: list[_Candidate], sent: int) -> _Candidate | None:
        # an unnamed subject of a reported clause in an earlier sentence ("The forum said the
        # ruling exposed ...") yields to the main clause's ("Its executive director" is the
        # forum's); between names, and within the pronoun's own sentence, the nearest leads
        return min(cands, key=lambda c: (c.modifier, sent - c.sent, not c.salient,
                                         c.embedded if c.sent < sent and c.mention is None else 0, -c.end), default=None)

    def _resolve(self, token: Token) -> Link | _Candidate | None:
        if self.in_mention[token.i]:
            return self._title(token)
        lower = token.lower_
        if lower in self.lex.pronouns and token.tag_ in ("PRP", "PRP$"):
            return self._pronoun(token)
        if lower in ("latter", "former") and token.dep_ != "amod" and self.doc[token.i - 1].lower_ == "the":
            return self._latter(token)
        if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NN", "NNP") \
                and token.lower_ in self.lex.descriptions:
            return self._description(token)
        if token.pos_ == "NOUN" and token.tag_ == "NN":
            return self._name_word(token)
        return None

    def _name_word(self, head: Token) -> Link | None:
        """ "the hotel" after "the Juniper Court Hotel", "the county's" after "Calder County
        Health Department": a definite common noun that is a word of a name just before it
        refers to that name's organization or place."""
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in self.words["definite_determiners"] or head.dep_ == "compound":
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "prep", "appos", "acl", "relcl") for c in head.children):
            return None  # described afresh or restricted: "the new hotel", "the hotel of X"
        cands = [c for c in self._recent(det.i, self.lex.window["description"])
                 if c.mention is not None and c.type != PERSON and len(c.mention) > 1
                 and any(t.lower_ == head.lower_ for t in c.mention)]
        best = self._best(cands, self.sent_of[head.i])
        return Link(self.doc[det.i : head.i + 1], best.mention, "description") if best else None

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
        reflexive = lower in self.words["reflexives"]
        if reflexive or (token.dep_ in OBJECTS and token.tag_ == "PRP"):  # binding
            subject = self._clause_subject(token)
            at = subject.i if subject is not None else -1
            cands = [c for c in cands if (c.start <= at < c.end) == reflexive]
        best = self._best(cands, sent)
        if best is None:
            return None
        if best.mention is None or (
            lower in self.words["plural_pronouns"] and self._plural_noun_between(best.end, token.i)
        ):  # an unnamed referent holds its place
            return self._candidate(token.i, token.i + 1, best.type, None)
        return Link(span, best.mention, "pronoun")

    def _fits(self, cand: _Candidate, types: frozenset[str], lower: str) -> bool:
        if cand.type in types:
            return True
        if cand.mention is None:  # common nouns take "it"/"they" by number
            return cand.type == ("_NNS" if lower in self.words["plural_pronouns"] else "_NN") \
                and PERSON not in types
        if lower in self.words["plural_pronouns"] and cand.type != PERSON:
            return self.doc[cand.end - 1].tag_ in self.words["plural_tags"]
        return False

    def _clause_subject(self, token: Token) -> Token | None:
        verb = token.head
        if token.dep_ == "pobj" and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(4):  # up to the verb
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS and c.i != token.i), None)

    def _pleonastic(self, token: Token) -> bool:
        head = token.head
        if token.dep_ != "nsubjpass" and (
                token.dep_ != "nsubj" or head.lemma_ not in self.words["pleonastic_heads"]):
            return False
        governors = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr")]
        return any(c.dep_ in CLAUSAL and c.i > token.i for g in governors for c in g.children)

    def _cataphora(self, token: Token, types: frozenset[str]) -> Span | None:
        node = token
        while node.head.i != node.i and node.head.dep_ != "ROOT":
            node = node.head
        root = node.head
        if node.i == root.i or node.dep_ not in FRONTED or node.i > root.i:
            return None
        subject = next((c for c in root.children if c.dep_ in NOMINAL_SUBJECTS and c.i > token.i), None)
        mention = self.mention_of[subject.i] if subject is not None else None
        return mention if mention is not None and mention.label_ in types else None

    def _plural_noun_between(self, start: int, end: int) -> bool:
        return any(t.tag_ == "NNS" and not self.in_mention[t.i] and t.dep_ in ARGUMENTS
                   for t in self.doc[start:end])

    def _description(self, head: Token) -> Link | _Candidate | None:
        # "a company spokeswoman", "a ministry spokesman": the body a role is held in, unnamed
        held_in = head.dep_ == "compound" and self.lex.descriptions.get(head.head.lower_) == PERSON \
            and self.lex.descriptions[head.lower_] != PERSON and not any(True for _ in head.children)
        det = head if held_in else next((c for c in head.children if c.dep_ == "det"), None)
        if det is None or not (held_in or det.lower_ in self.words["definite_determiners"]):
            return None
        if det.lower_ == "this" and head.lower_ in self.words["self_references"]:
            return None  # "reviewed by this newspaper": the writer's own outlet
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or self.in_mention[child.i]):
                return None  # a name in the phrase: "the Wagner group"
            if child.dep_ in ("amod", "compound") and child.lower_ in self.words["non_anaphoric_modifiers"]:
                return None
            if child.dep_ == "prep" and child.lower_ == "of":
                return None  # restricted: "the group of the rebels"
            if child.dep_ == "appos" and self.in_mention[child.i] and not self._role_named(head, child):
                return None  # named right there: "the group, Al-Shabaab,"
            if child.dep_ == "acl" and child.lemma_ in NAMING:
                return None  # "the group, known as X,"
        if head.dep_ == "compound" and not held_in:
            return None
        span = self.doc[det.i : head.i + 1]
        named = self.mention_of[head.head.i] if head.dep_ == "appos" else None
        if named is not None and self.lex.descriptions[head.lower_] != PERSON:
            # in apposition to a name: "Al-Shabaab, the group behind the attack," is that name,
            # whatever type the tagger gave it
            return Link(span, named, "apposition")
        if sum(1 for c in head.children if c.dep_ in ("amod", "compound")) > 1:
            return None  # described afresh: "the Western military alliance"
        kind = self.lex.descriptions[head.lower_]
        sent = self.sent_of[head.i]
        if kind == PERSON:
            return self._role(span, head, sent)
        subject = self._clause_subject(head) if head.dep_ not in NOMINAL_SUBJECTS else None
        inside = {t.i for t in subject.subtree} if subject is not None else set()
        cands = [
            c for c in self._recent(det.i, self.lex.window["description"])
            if c.type == kind and self._place_fits(c, head.lower_) and self._same_kind(c, head.lower_)
            and c.start not in inside  # "X (and Y) serve the group": not X, not Y
        ]
        # same head word first ("a group" ~ "the group"), else the most talked-about name
        same_head = [c for c in cands if any(t.lower_ == head.lower_ for t in self.doc[c.start : c.end])]
        named_so = self._same_head_before(det.i, kind, head.lower_)  # two commissions: either, so neither
        best = self._best(same_head, sent) or (named_so[0] if len(named_so) == 1 else None) \
            or self._most_salient(cands, sent) or self._best(cands, sent)
        if best is None or best.mention is None:  # an unnamed referent holds its place
            return best and self._candidate(span.start, span.end, kind, None)
        return Link(span, best.mention, "description")

    def _role_named(self, head: Token, name: Token) -> bool:
        """A person's name the parser hung on the body after a role: in "a spokeswoman for the
        company, Nadia Bouzid," the name is the spokeswoman's and "the company" still refers back."""
        prep = head.head
        role = prep.head if head.dep_ == "pobj" and prep.dep_ == "prep" else None
        named = self.mention_of[name.i]
        return role is not None and named is not None and named.label_ == PERSON \
            and self.lex.descriptions.get(head.lower_) != PERSON \
            and role.pos_ == "NOUN" and role.lemma_.lower() in attribution_lexicon().person_nouns

    def _same_head_before(self, before: int, kind: str, head: str) -> list[_Candidate]:
        """The names of the document so far, however far back, whose last word is the
        description's head ("the commission" paragraphs after "Ghana's Minerals Commission"), the
        latest of each."""
        found = {c.mention.text.lower(): c for c in self.seen
                 if c.mention is not None and c.end <= before and c.type == kind and len(c.mention) > 1
                 and c.mention[-1].lower_ == head}
        return list(found.values())

    def _same_kind(self, cand: _Candidate, head: str) -> bool:
        """No body of another kind: "the union" is not "the Minerals Commission" (coref.yaml `body_kinds`)."""
        wanted = self.lex.body_kinds.get(head)
        if wanted is None or cand.mention is None:
            return True
        found = self.lex.body_kinds.get(cand.mention[-1].lower_) or self.acronym_kinds.get(cand.mention.text)
        # (the name, not a pronoun standing for it)
        return found is None or found == wanted

    def _place_fits(self, cand: _Candidate, head: str) -> bool:
        if cand.type != LOCATION or cand.mention is None:  # an unnamed place holds no name to check
            return True
        key = lookup_key(cand.mention.text)
        if head in self.words["country_heads"]:
            return key in self.places.countries
        if head in self.words["city_heads"]:
            return key not in self.places.countries
        return True

    def _role(self, span: Span, head: Token, sent: int) -> Link | None:
        # "the president": a person named with that title, else one just before
        role = head.lower_
        titled = [c for c in self._recent(span.start, self.lex.window["role"])
                  if c.mention is not None and c.type == PERSON and self._has_title(c.mention, role)]
        best = self._best(titled, sent)
        if best is None:
            best = self._best([c for c in self._recent(span.start, 1) if c.type == PERSON], sent)
        return Link(span, best.mention, "description") if best and best.mention else None

    def _has_title(self, mention: Span, role: str) -> bool:
        if mention.start > 0 and self.doc[mention.start - 1].lower_ == role:
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
                named.pop()  # "Name (ACR)" counts once, as the name
            named.append(cand)
        index = 0 if token.lower_ == "latter" else 1
        return Link(span, named[index].mention, token.lower_) if len(named) > index else None

    def _title(self, token: Token) -> Link | None:
        """ "Mr. Smith" (the title in the mention or just before it) → an earlier full name."""
        mention = self.mention_of[token.i]
        if mention is None or mention.label_ != PERSON or token.i != mention.end - 1:
            return None
        titled = [t for t in mention[:-1] if t.lower_ in self.lex.titles]
        if len(titled) != len(mention) - 1:
            return None
        start = mention.start if titled else token.i - 1
        if not titled and not (token.i > 0 and self.doc[token.i - 1].lower_ in self.lex.titles):
            return None
        for cand in reversed(self.seen):
            m = cand.mention
            if m is not None and m.label_ == PERSON and m.start == cand.start and len(m) > 1 \
                    and m[-1].text == token.text and m[0].lower_ not in self.lex.titles:
                return Link(self.doc[start : mention.end], m, "title")
        return None


def _argument(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") or (
        token.dep_ == "pobj" and token.head.dep_ == "agent")


def _bracketed_after(doc: Doc, cand: _Candidate | Span, later: _Candidate | Span) -> bool:  # "Name (ACR)"
    return doc[cand.end : later.start].text.strip() == "(" and later.end < len(doc) \
        and doc[later.end].text == ")"


def antecedent(doc: Doc, token_or_span: Token | Span) -> Span | None:
    """The mention `token_or_span` (its root first) refers to through `doc._.coref`."""
    if isinstance(token_or_span, Token):
        chars = [token_or_span.idx]
    else:
        root = token_or_span.root
        chars = [root.idx] + [t.idx for t in token_or_span if t.i != root.i]
    links = doc._.coref or []
    for at in chars:
        for a_start, a_end, m_start, m_end in links:
            if a_start <= at < a_end:
                mentions = doc.spans.get(extensions.MENTIONS, ())
                same = [m for m in mentions if (m.start_char, m.end_char) == (m_start, m_end)]
                return same[0] if same else doc.char_span(m_start, m_end, alignment_mode="expand")
    return None


class CorefComponent:
    """Writes `find_links(doc)` to `doc._.coref`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.coref = [
            [link.anaphor.start_char, link.anaphor.end_char,
             link.antecedent.start_char, link.antecedent.end_char]
            for link in find_links(doc)
        ]
        return doc


@Language.factory(
    "claimgraph_coref",
    assigns=["doc._.coref"],
    requires=["doc.spans", "token.dep", "token.tag"],
)
def make_coref(nlp: Language, name: str) -> CorefComponent:
    extensions.register()
    coref_lexicon()  # read the lists when the pipeline is built
    return CorefComponent()
