"""The arguments of a relation: from a token of the parse to the entity mention(s) it stands for.

`Arguments(doc)` indexes the doc once (mentions, coreference links, sources named by a
description); `entities(token)` then gives the entity spans an argument's head token names:

- the mention the token is part of, or the antecedent `doc._.coref` gives it;
- a relative pronoun ("the Free Syrian Army, which was supported by"): the noun its clause modifies;
- a description in apposition to a name ("Al-Shabaab, a group led by X"): that name;
- a group noun named on the spot ("the group, known as X", "the group, X,"), or the group a
  person is known to lead ("Kony's group", "a group loyal to Kony", "a Kony-led
  group") once the document has named it (`learn_leader`);
- members standing for their group: "the leaders of X", "X's fighters" name X;
- a noun after "as" or a copula names its clause's subject ("it is described as one of the
  wealthiest groups, financed by Y": the participle's object is "it");
- a proper-noun phrase headed by a group word the tagger missed ("the al-Nusra Brigade");
- conjuncts and members named by "including"/"such as", and a list after a colon ("all three
  groups: X, Y and Z").

`event_phrase(token)` gives the noun phrase of an event ("the Nairobi mall attack") for
the predicates whose object may be an incident rather than an entity.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.mentions.lexicon import lexicon as mention_lexicon
from claimgraph.extract.relations.lexicon import RelationLexicon
from claimgraph.extract.syntax import NOMINAL_SUBJECTS
from claimgraph.model.vocab import EVENT, LOCATION, ORGANIZATION

__all__ = ["Arguments", "Found", "name_key"]

RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
NP_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case",
                     "punct", "advmod", "npadvmod"})
PREDICATIVE_VERBS = frozenset({"describe", "know", "consider", "see", "regard", "present",
                               "portray", "call", "label", "designate", "list", "brand", "be"})


def name_key(span: Span) -> str:
    """A person's or group's key across its mentions: its last word ("Joseph Kony" and "Kony"
    share "kony")."""
    words = [t.lower_ for t in span if t.is_alpha]
    return words[-1] if words else span.text.lower()


class Arguments:
    def __init__(self, doc: Doc, lex: RelationLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.org_heads = mention_lexicon().organization_heads | lex.name_heads
        n = len(doc)
        self.mention_of: list[Span | None] = [None] * n
        for span in doc.spans.get(extensions.MENTIONS, ()):
            self.mention_of[span.start : span.end] = [span] * len(span)
        self.coref: dict[int, Span] = {}
        by_chars = {(m.start_char, m.end_char): m for m in doc.spans.get(extensions.MENTIONS, ())}
        for a_start, a_end, m_start, m_end in doc._.coref or []:
            anaphor = doc.char_span(a_start, a_end, alignment_mode="expand")
            target = by_chars.get((m_start, m_end)) or doc.char_span(m_start, m_end, alignment_mode="expand")
            if anaphor is not None and target is not None:
                for i in range(anaphor.start, anaphor.end):
                    self.coref.setdefault(i, target)
        self.by_text = {span.text.lower(): span for span in doc.spans.get(extensions.MENTIONS, ())}
        # sources named by a description ("a WHO spokesperson"), by their head noun
        self.described = {span.root.i: span for group in (extensions.DESCRIBED, extensions.SOURCES)
                          for span in doc.spans.get(group, ())}
        self.leaders: dict[str, Span] = {}  # person key -> the named group they lead

    # -- single tokens ------------------------------------------------------------------
    def mention(self, token: Token) -> Span | None:
        """The mention or antecedent at `token`, nothing more; a country coordinated with an
        institution stands for its own ("both US and French intelligence": US intelligence,
        when the document names it)."""
        found = self.mention_of[token.i] or self.coref.get(token.i)
        if found is not None and found.label_ == LOCATION:
            return self._shared_head(token, found) or found
        return found

    def _shared_head(self, token: Token, country: Span) -> Span | None:
        for other in token.conjuncts:
            institution = self.mention_of[other.i]
            if institution is not None and institution.label_ == ORGANIZATION and institution.root.i == other.i:
                wanted = f"{country.text} {institution[1:].text}".lower() if len(institution) > 1 else None
                return self.by_text.get(wanted) if wanted else None
        return None

    def entity(self, token: Token, depth: int = 0) -> Span | None:
        """The one entity `token` names (see the module docstring), or None."""
        found = self.mention(token)
        if found is not None or depth > 3:
            return found
        lower = token.lower_
        if lower in RELATIVE and token.head.dep_ in ("relcl", "acl") and token.head.head.i != token.i:
            return self.entity(token.head.head, depth + 1)
        if token.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            return None
        named = self._named_here(token)
        if named is not None:
            return named
        if lower in self.lex.group_nouns:
            leader = self._leader_of_group(token)
            if leader is not None and name_key(leader) in self.leaders:
                return self.leaders[name_key(leader)]
        if lower in self.lex.member_nouns:
            for child in token.children:
                if child.dep_ in ("poss", "compound") or (child.dep_ == "prep" and child.lower_ in ("of", "in", "from")):
                    inner = _pobj(child) if child.dep_ == "prep" else child
                    found = self.entity(inner, depth + 1) if inner is not None else None
                    if found is not None and not (child.lower_ in ("in", "from") and found.label_ == LOCATION):
                        return found  # "our brothers in X", "investigators from X" are X; "fighters in Chechnya" not
        if lower in self.org_heads and (token.pos_ == "PROPN" or any(
                c.dep_ == "compound" and (c.pos_ == "PROPN" or self.mention_of[c.i]) for c in token.children)):
            return self._name_phrase(token)  # "the al-Nusra Brigade", "the Haqqani network"
        if token.dep_ == "appos" and token.pos_ == "NOUN" and self.mention(token.head) is not None:
            return self.mention(token.head)  # "Al-Shabaab, a group led by X": the group is Al-Shabaab
        predicative = self._predicative_subject(token)
        if predicative is not None:
            return self.entity(predicative, depth + 1)
        return None

    def body_word(self, token: Token) -> Span | None:
        """A capitalized organization word standing for the one organization of the document
        whose name holds it: "Federation president X" after "the Federation of Port Workers"."""
        word = token.lower_
        if not token.text[:1].isupper() or word not in self.org_heads or self.mention_of[token.i] is not None:
            return None
        holders = {m.text: m for m in self.doc.spans.get(extensions.MENTIONS, ())
                   if m.label_ == ORGANIZATION and len(m) > 1 and any(t.lower_ == word for t in m)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _named_here(self, token: Token) -> Span | None:
        """A noun named in place: its appositive name, or "known as X" after it."""
        for child in token.children:
            if child.dep_ == "appos":
                found = self.mention(child)
                if found is not None:
                    return found
            if child.dep_ == "acl" and child.lemma_ in self.lex.naming_verbs:
                for prep in child.children:
                    if prep.lower_ == "as" and _pobj(prep) is not None:
                        found = self.mention(_pobj(prep))
                        if found is not None:
                            return found
        return None

    def _leader_of_group(self, token: Token) -> Span | None:
        """The person a group noun belongs to: "X's group", "a group loyal to X", "X-led"."""
        for child in token.children:
            if child.dep_ == "poss" and self.mention(child) is not None:
                return self.mention(child)
            if child.dep_ == "amod" and child.lower_ == "loyal":
                for prep in child.children:
                    if prep.lower_ == "to" and _pobj(prep) is not None:
                        return self.mention(_pobj(prep))
        for i in range(token.left_edge.i, token.i):
            word = self.doc[i]
            if self.lex.compound_participles.get(word.lower_) == "leader_of" and i >= 2 \
                    and self.doc[i - 1].text in "-–":
                return self.mention(self.doc[i - 2])
        return None

    def _name_phrase(self, head: Token) -> Span:
        start = head.i
        for child in head.lefts:
            if child.dep_ in ("det", "poss", "case"):
                continue
            if child.dep_ in NP_LEFT and (child.text[:1].isupper() or child.dep_ == "punct"
                                          or self.mention_of[child.i] is not None):
                start = min(start, child.left_edge.i)
        doc = self.doc
        while start < head.i and not doc[start].text[:1].isalnum():
            start += 1
        # A demonym or creed before a name describes the group, it is not its name: "the Syrian
        # al-Nusra Front", "the Islamist al-Shifa Brigade" (a tagged nationality only, not
        # one inside a tagged name: "the Free Syrian Army"; a name of one word keeps it: "the
        # Nigerian Army").
        while (start < head.i - 1 and doc[start].ent_type_ == "NORP" and doc[start + 1].ent_iob_ != "I"
               and doc[start + 1].text[:1].isalpha() and doc[start + 1].pos_ == "PROPN"):
            start += 1
        return Span(doc, start, head.i + 1, label=ORGANIZATION)

    def _predicative_subject(self, token: Token) -> Token | None:
        """ "it is described as one of the groups" / "X is a group": the noun names X."""
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "one":
            node = node.head.head
        while node.dep_ == "appos":  # "a proxy state, a territory controlled by Y"
            node = node.head
        verb = None
        if node.dep_ == "pobj" and node.head.lower_ == "as":
            verb = node.head.head
        elif node.dep_ == "attr":
            verb = node.head
        if verb is None or verb.lemma_ not in PREDICATIVE_VERBS:
            return None
        return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS), None)

    # -- arguments with their conjuncts -------------------------------------------------
    def entities(self, token: Token, *, event: bool = False) -> list[Span]:
        """Every entity the argument headed by `token` names: itself, its conjuncts, the
        members it includes ("the leaders of X including Y": X and Y), a list after a colon."""
        out: list[Span] = []
        for head in [token, *token.conjuncts]:
            found = self.entity(head)
            if found is None and event:
                found = self.event_phrase(head)
            if found is not None:
                out.append(found)
            if self.mention(head) is None:  # "three groups: X, Y and Z" parsed as appositions
                for child in (c for c in head.children if c.dep_ == "appos"):
                    out += self._listed(child)[1:]
            for member in self._included(head):
                out.extend(self.entities(member))
        if not out:
            out = self._colon_list(token)
        seen: set[tuple[int, int]] = set()
        return [s for s in out if not ((s.start, s.end) in seen or seen.add((s.start, s.end)))]

    def _listed(self, token: Token) -> list[Span]:
        """The names of a list hung as appositions and conjuncts: "X, Y and Z"."""
        out: list[Span] = []
        todo = [token]
        while todo:
            node = todo.pop(0)
            mention = self.mention(node)
            if mention is None or any(m.start == mention.start for m in out):
                continue
            out.append(mention)
            todo += [c for c in node.children if c.dep_ in ("appos", "conj")]
        return out

    def _included(self, token: Token) -> list[Token]:
        found = []
        for child in token.children:
            word = child.lower_
            if child.dep_ == "prep" and (word in self.lex.including or (
                    word == "as" and any(c.lower_ == "such" for c in child.children))):
                if _pobj(child) is not None:
                    found.append(_pobj(child))
        return found

    def _colon_list(self, token: Token) -> list[Span]:
        """ "provided support to all three groups: X, Y and Z" -> X, Y, Z."""
        if not (token.tag_ in ("NNS", "CD") or any(t.tag_ == "NNS" for t in token.subtree)):
            return []
        sent = token.sent
        end = max(t.i for t in token.subtree) + 1
        colon = next((t.i for t in self.doc[end : min(end + 2, sent.end)] if t.text == ":"), None)
        if colon is None:
            return []
        items: list[Span] = []
        i = colon + 1
        while i < sent.end:
            mention = self.mention_of[i]
            if mention is not None and mention.start == i and self._list_item(mention):
                items.append(self._acronym_after(mention) or mention)
                i = mention.end
                continue
            i += 1
        return items

    def _list_item(self, mention: Span) -> bool:
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        return before is None or before.lower_ not in ("in", "of", "(", "for", "from")

    def _acronym_after(self, mention: Span) -> Span | None:
        """ "the Islamic State in Iraq and Syria (ISIS)": the bracketed acronym, whole name."""
        doc = self.doc
        i = mention.end
        while i < len(doc) and i < mention.end + 6 and doc[i].text != "(":
            if doc[i].text in ",;:" or doc[i].lower_ == "and":
                return None
            i += 1
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            inner = self.mention_of[i + 1]
            if inner is not None and inner.text.isupper() and len(inner) == 1:
                return inner
        return None

    # -- events -------------------------------------------------------------------------
    def event_phrase(self, token: Token) -> Span | None:
        """The noun phrase of an incident: "the Nairobi mall attack"."""
        mention = self.mention_of[token.i]
        if mention is not None and mention.label_ == EVENT:
            return mention
        if token.pos_ != "NOUN" or token.lower_ not in self.lex.event_nouns:
            return None
        start = token.i
        for child in token.lefts:
            if child.dep_ in NP_LEFT:
                start = min(start, child.left_edge.i)
        return self.doc[start : token.i + 1]

    def learn_leader(self, person: Span, group: Span) -> None:
        """`person` leads the named `group`: "X's group" names it from now on."""
        self.leaders.setdefault(name_key(person), group)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


class Found(NamedTuple):
    """A relation as an extractor finds it, before its claim, polarity and time are read."""

    subject: Span
    predicate: str
    object: Span | None
    trigger: Span
    clause: Token  # the predicate whose polarity and timexes count
    anchors: tuple[int, ...] = ()  # more tokens a timex may attach to
    literal: str | None = None
    role: str | None = None
    past: bool = False  # "the former chief executive": a role that is over
