"""Who speaks: the source of a reporting verb, as a span, and pronoun resolution.

- `speaker_of(verb)` follows the parse: the verb's subject; in the passive, the "by" agent;
  a verb without a subject borrows it from the verb it hangs on ("refused to confirm",
  "is quoted as saying"); "cite/quote X as saying" makes the object X the speaker and the
  subject a relay.
- `relays_in(head)` and `verb_relays(verb)`: relays named by a participle ("cited by Y",
  "quoted in Y") in the source's phrase or in the reporting verb's "in" phrase.
- `source_of(head)` turns the head noun into a source span: the entity mention that contains
  the head ("coach Jane Doe" -> "Jane Doe"), the outlet named inside a document
  noun ("The Washington Post report" -> "The Washington Post"), the name given in apposition
  ("the group, known as Red Dawn"), else the noun phrase without its relative clauses
  and appositions. Pronouns, "the group"-style nouns and "the report" refer back and are
  resolved by `anaphora.resolve_anaphors` once every attribution of the doc is known.
- First-person speakers outside a quotation are the author: no attribution; so are negative
  speakers ("nobody", "no official"): nobody is said to speak.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from claimgraph.extract import extensions
from claimgraph.extract.attribution.index import CharRange, DocIndex, token_chars
from claimgraph.extract.attribution.lexicon import AttributionLexicon

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
PHRASE_STOPS = frozenset({",", "(", "—", "–", ";", ":"})
RIGHT_KEEP = frozenset({"prep", "compound", "nummod", "flat", "case", "pobj", "cc", "conj", "amod"})  # amod: "a person familiar with the case"
NAMED_POS = frozenset({"PROPN"})
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp"})
RELAY_FRAMES = frozenset({"in", "during"})  # "said in an interview published by Y"
SPEAKER_TYPES = frozenset({"Person", "Organization", "Location"})
DATE_ENTITIES = frozenset({"DATE", "TIME"})
# A definite description with a noun of no listed type ("the authority", "the former
# employee") refers back only to a name or an earlier source with that noun at its head.
SAME_HEAD = "same head"


@dataclass(slots=True)
class Speaker:
    head: Token | None
    via: Token | None = None  # the relaying subject of "cite X as saying"
    passive: bool = False  # passive verb without an agent: nobody named
    top: Token | None = None  # the highest verb of the reporting frame


@dataclass(slots=True)
class SourceInfo:
    range: CharRange
    text: str
    anaphor: tuple[str, ...] | None = None
    unnamed: bool = False  # "sources said", "according to reports"
    author: bool = False  # "I", "we": the writer; "nobody", "no official": nobody speaks


def _relative_antecedent(noun: Token) -> Token:
    """The noun a relative clause is about: past a date the parser hung it on ("the council's
    statement, on March 23, which said": the statement, however the parser hung "on")."""
    doc = noun.doc
    dated = noun.ent_type_ in DATE_ENTITIES or any(
        span.start <= noun.i < span.end for span in doc.spans.get(extensions.TIMEXES, ()))
    if not dated or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    prep = noun.head
    if prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    if prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].pos_ in ("NOUN", "PROPN"):
        return doc[prep.i - 2]
    return noun


def _misread_relative(subject: Token) -> bool:
    """A relative clause's own verb the parser took for its subject: "a firm that bets against
    shares and disclosed a position", where "that" hangs as a marker and "bets" as a bare noun."""
    doc = subject.doc
    before = doc[subject.i - 1] if subject.i > 0 else None
    return (before is not None and before.lower_ in RELATIVE and before.dep_ == "mark"
            and subject.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in subject.children))


def speaker_of(verb: Token, lex: AttributionLexicon, depth: int = 0) -> Speaker:
    """The token heading the speaker of a reporting verb (see module doc)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return Speaker(grandchild, top=verb)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        if verb.dep_ == "relcl" and (subject.lower_ in RELATIVE or _misread_relative(subject)):
            return Speaker(_relative_antecedent(verb.head), top=verb)
        if subject.dep_ == "nsubjpass":
            return Speaker(None, passive=True, top=verb)
        return Speaker(subject, top=verb)
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return Speaker(inverted, top=verb)
    if any(c.dep_ == "expl" for c in verb.children):
        return Speaker(None, passive=any(c.dep_ == "auxpass" for c in verb.children))
    if depth >= 3 or verb.head.i == verb.i:
        return Speaker(None, passive=_is_passive(verb))
    head = verb.head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head  # "quoted as saying", "cites X as indicating"
    elif verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "ccomp" and lex.lemma_of(head.head) in lex.verbs:
        head = head.head  # "X said Q, adding/noting that ...": the participle is X's
    elif verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return Speaker(head, top=verb)  # "a statement saying that ..."
    elif verb.dep_ not in CLIMB_DEPS:
        return Speaker(None, passive=_is_passive(verb))
    if head.lemma_.lower() in lex.object_control and verb.dep_ != "conj":  # "described X as Y and said": the subject's
        obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and obj.dep_ == "nsubjpass":  # "X is quoted as saying"
            return Speaker(obj, top=head)
        if obj is not None:  # "Y cites X as saying": X speaks, Y relays
            outer = speaker_of(head, lex, depth + 1)
            return Speaker(obj, via=outer.head, top=outer.top or head)
    return speaker_of(head, lex, depth + 1)


def relays_in(head: Token, index: DocIndex, lex: AttributionLexicon) -> list[CharRange]:
    """Relays named in a source's phrase: "X, cited by Y and quoted in Z" -> [Y, Z]."""
    relays: list[CharRange] = []
    for token in head.subtree:
        if token.lower_ not in lex.relay_participles or token.i == head.i:
            continue
        preps = ("by",) if token.lower_ in lex.relay_by_only else ("in", "by")
        for child in token.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in preps):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in DATE_ENTITIES:  # "published in July 2024"
                    relays.append(source_of(pobj, index, lex).range)
    return relays


def verb_relays(verb: Token, index: DocIndex, lex: AttributionLexicon) -> list[CharRange]:
    """Relays named in a reporting verb's "in" phrase: "said in an interview quoted by Y",
    "told X, in comments reported by Y" -> [Y]."""
    relays: list[CharRange] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in RELAY_FRAMES:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    relays.extend(relays_in(pobj, index, lex))
    return relays


def _inverted_speaker(verb: Token) -> Token | None:
    """The speaker of "“Q?” asked the mayor", which the parser reads as the verb's object:
    a noun after a verb that has no subject and whose content stands before it."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def phrase_bounds(head: Token) -> tuple[Token, Token]:
    """First and last token of the noun phrase headed by `head`, without relative clauses,
    appositions and anything after a comma or bracket."""
    left = [c for c in head.lefts if not c.is_punct]
    first = left[0].left_edge if left else head
    last = head
    for child in head.rights:
        if child.dep_ not in RIGHT_KEEP or child.is_punct:
            break
        if child.dep_ == "conj" and child.pos_ not in ("PROPN", "NOUN"):
            break
        last = child.right_edge
    cut = next((t for t in head.doc[head.i + 1 : last.i + 1] if t.text in PHRASE_STOPS), None)
    if cut is not None:  # "Analysts at Goldman Sachs, the bank": the phrase ends at the comma
        last = head.doc[cut.i - 1]
    while last.i > head.i and (last.is_punct or last.is_space or last.dep_ == "cc"):
        last = last.doc[last.i - 1]
    while first.i < head.i and first.is_punct:
        first = first.doc[first.i + 1]
    return first, last


def source_of(head: Token, index: DocIndex, lex: AttributionLexicon) -> SourceInfo:
    """The source span for a speaker's head token (see module doc)."""
    lower = head.lower_
    if lower in lex.pronouns or lower in FIRST_PERSON:
        rng = token_chars(head, head)
        if lower in FIRST_PERSON:
            return SourceInfo(rng, head.text, author=not index.in_quote(head))
        return SourceInfo(rng, head.text, anaphor=lex.pronouns[lower])
    first, last = phrase_bounds(head)
    phrase = token_chars(first, last)
    if lower in lex.negative_sources or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        # "Nobody has claimed that Q", "No official confirmed Q": the writer's own (negative) claim
        return SourceInfo(phrase, index.text[phrase[0] : phrase[1]], author=True)
    opening = index.text.rfind("(", phrase[0], phrase[1])
    if opening > head.idx and index.text.find(")", opening, phrase[1]) < 0:
        phrase = index.strip(phrase[0], opening)  # "a spokesman for X (ACRONYM" -> "a spokesman for X"
    phrase_text = index.text[phrase[0] : phrase[1]]
    mention = index.mention_at(head)
    if mention is not None and mention.label in SPEAKER_TYPES:
        return SourceInfo((mention.start, mention.end), index.text[mention.start : mention.end])
    named = _named_inside(head, index, lex) or _named_beside(head, index)
    if named is not None:
        return SourceInfo(named, index.text[named[0] : named[1]])
    author = document_author(head, index, lex)
    if author is not None:
        return author
    tokens = head.doc[first.i : last.i + 1]
    has_name = any(t.pos_ in NAMED_POS and not _place_modifier(t, head, index) for t in tokens)
    definite = any(t.lower_ in ("the", "this", "that") and t.dep_ == "det" for t in head.lefts)
    lemma = head.lemma_.lower()
    if definite and not has_name:
        bare = last.i - first.i == 1 and head.tag_ != "NNS"  # "the group", not "the militant group(s)"
        if bare and (lemma in lex.nominal_anaphors or lower in lex.nominal_anaphors):
            return SourceInfo(phrase, phrase_text, anaphor=lex.nominal_anaphors.get(lemma) or lex.nominal_anaphors[lower])
        if lemma in lex.document_anaphors:
            return SourceInfo(phrase, phrase_text, anaphor=("document",))
        if head.pos_ == "NOUN":  # "the authority", "the former employee", "the San Francisco-based company"
            return SourceInfo(phrase, phrase_text, anaphor=(SAME_HEAD,))
    if not has_name and lower in lex.unnamed_sources and not _told_apart(head):
        return SourceInfo(phrase, phrase_text, unnamed=True)
    return SourceInfo(phrase, phrase_text)


VAGUE_MODIFIERS = frozenset({"many", "most", "some", "other", "few", "numerous", "countless", "unnamed",
                             "anonymous", "unidentified", "unconfirmed", "unverified"})
HEARSAY_HEADS = frozenset({"report", "reports", "rumor", "rumors", "rumour", "rumours"})


def _told_apart(head: Token) -> bool:
    """Whether words tell an unnamed speaker apart from hearsay: "two people", "people familiar
    with the matter", "diplomatic sources", "sources who have seen the file" are sources (DESIGN:
    unnamed sources are entities); "sources said", "many people say", "unnamed sources",
    "unconfirmed reports" are no one in particular."""
    return head.lower_ not in HEARSAY_HEADS and any(
        c.dep_ in ("nummod", "amod", "compound", "prep", "acl", "relcl") and c.lower_ not in VAGUE_MODIFIERS
        for c in head.children)


def _place_modifier(token: Token, head: Token, index: DocIndex) -> bool:
    """A place named only to describe the head ("the San Francisco-based company", "the
    Kenyan broadcaster"): no name of the source itself."""
    mention = index.mention_at(token)
    return token.i != head.i and mention is not None and mention.label == "Location"


def _named_inside(head: Token, index: DocIndex, lex: AttributionLexicon) -> CharRange | None:
    """The outlet or person named before a document noun ("The Washington Post report")."""
    if not _given_out(head, lex):
        return None
    for child in head.lefts:
        if child.dep_ in ("compound", "poss", "nmod"):
            mention = index.mention_at(child)
            if mention is not None and mention.label in ("Organization", "Person"):
                return mention.start, mention.end
            if child.pos_ == "PROPN":
                first, _ = phrase_bounds(child)
                return token_chars(first, child)
    return None


POSSESSIVES = {"its": "it", "his": "he", "her": "she", "their": "they"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def document_author(head: Token, index: DocIndex, lex: AttributionLexicon) -> SourceInfo | None:
    """The author of a document noun: "a report by X", "the report, prepared by X", "its
    report" (the possessive's antecedent), "the council's statement"."""
    if not _given_out(head, lex):
        return None
    for child in head.children:
        agent = None
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = child
        elif child.dep_ == "prep" and child.lower_ == "from" and not any(
                c.dep_ == "pobj" and _a_place(c) for c in child.children):
            agent = child  # "data from the central bank", not "a report from Paris"
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in lex.authoring_participles:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            return source_of(pobj, index, lex)
        if child.dep_ == "poss" and child.lower_ in POSSESSIVES and POSSESSIVES[child.lower_] in lex.pronouns:
            return SourceInfo(token_chars(child, child), child.text, anaphor=lex.pronouns[POSSESSIVES[child.lower_]])
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):  # "the council's statement", "Greyfell's report"
            first, last = phrase_bounds(head)  # the written words stay: "The ministry's statement"
            start, end = token_chars(first, last)
            return replace(_without_possessive(source_of(child, index, lex), index), text=index.text[start:end])
    return None


def _given_out(head: Token, lex: AttributionLexicon) -> bool:
    """Whether a noun is a document its author gave out: "the Pentagon's statement", not "a
    leaked Pentagon memo" (the memo itself is the source)."""
    if head.lemma_.lower() not in lex.document_heads and head.lower_ not in lex.document_heads:
        return False
    return not any(c.dep_ == "amod" and c.lemma_.lower() in lex.undisclosed_documents for c in head.children)


def _a_place(token: Token) -> bool:
    """Whether a token is in a place's name (as tagged, or as the mention finder typed it)."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    return any(m.start <= token.i < m.end and m.label_ == "Location"
               for m in token.doc.spans.get(extensions.MENTIONS, ()))


def _without_possessive(info: SourceInfo, index: DocIndex) -> SourceInfo:
    """ "the council's" -> "the council"."""
    start, end = info.range
    for mark in ("'s", "’s", "'", "’"):
        if index.text.endswith(mark, start, end):
            end = index.strip(start, end - len(mark))[1]
            return replace(info, range=(start, end), text=index.text[start:end])
    return info


def _named_beside(head: Token, index: DocIndex) -> CharRange | None:
    """A name given in apposition: "its leader, Ali Musa", "the group, known as X", "a
    lawyer for X, Jane Doe" or "a spokeswoman for the company, Jane Doe", where the parser hangs
    the name on X (or the company) though a name needs none, and
    the name a description stands beside ("Greyfell Research, a New York firm that …")."""
    if head.pos_ == "PROPN":
        return None
    if head.dep_ == "appos":  # "Greyfell Research, a New York firm that …": the description of a name
        name = index.mention_at(head.head)
        if name is not None and name.label in SPEAKER_TYPES:
            return name.start, name.end
    rights = list(head.rights)
    for prep in (c for c in rights if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")):
            # "a lawyer for X, Jane Doe"; "a spokeswoman for the company, Jane Doe" (the company's
            # own name would stand there too: only a person's)
            rights += [a for a in pobj.rights if a.dep_ == "appos" and a.pos_ == "PROPN"
                       and ((m := index.mention_at(a)) is None and pobj.pos_ == "PROPN"
                            or m is not None and m.label == "Person")]
    for child in rights:
        target = None
        if child.dep_ == "appos":
            target = child
        elif child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name"):
            for grandchild in child.children:
                if grandchild.dep_ in ("prep", "oprd", "attr"):
                    target = next((g for g in grandchild.children if g.dep_ == "pobj"), grandchild)
        if target is None or target.pos_ != "PROPN":
            continue
        mention = index.mention_at(target)
        if mention is not None:
            return mention.start, mention.end
        first, last = phrase_bounds(target)
        return token_chars(first, last)
    return None
