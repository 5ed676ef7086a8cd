"""Relations stated by verbs: the verb frames of `data/relations.yaml` read off the parse.

- Active: subject = nsubj, object = dobj (or the objects of the frame's prepositions: "merged
  with Y", "worked closely with Y"); a verb without its own subject takes its head's
  ("X trained and armed Y", "X sought to overthrow Y", "X, supplying weapons to Y").
- Passive: object = nsubjpass, subject = the "by" agent, shared across conjoined verbs ("were
  trained and recruited by the army": two relations).
- Participles: on a noun ("groups financed covertly by X and Z": the noun is the object),
  fronted or trailing ("Supported covertly by Iran, the militia fought": the main subject).
- Light nouns (`via`): "claimed responsibility for Y", "changed its name to Y", "pledged
  allegiance to Y". Literal frames: "was born in 1972" gives born_on with the date.
- Giving and receiving: "supplying weapons to Y" (armed), "provided financial support to Y"
  (funded), "Y was receiving weapons from X" (armed(X, Y)).
- "X was behind the attack" (a copula with a preposition), "in conjunction with Y", "together
  with Y" (works_with between the clause's subject and Y).

perpetrated and claimed_responsibility take an incident as object: an event phrase ("the
Nairobi mall attack") or an Event mention; targeted takes an entity or an incident.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.relations.lexicon import (
    RelationLexicon,
    VerbFrame,
    relation_lexicon,
)
from claimgraph.extract.relations.time import Times
from claimgraph.model.vocab import EVENT, PERSON

__all__ = ["EVENT_PREDICATES", "verb_relations"]

EVENT_PREDICATES = frozenset({"perpetrated", "claimed_responsibility"})
SUBJECT_INHERIT = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep"})
RECIPIENT_PREPS = frozenset({"to", "for"})
FUNDED = "funded"
MODIFIERS = frozenset({"amod", "compound", "nmod"})
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})


def verb_relations(doc: Doc, args: Arguments, times: Times, lex: RelationLexicon) -> Iterator[Found]:
    for verb in doc:
        if not verb.tag_.startswith("VB") or (verb.tag_ == "VBG" and verb.dep_ in MODIFIERS):
            continue  # "kidnapping operations" names the operations, it states no kidnapping
        lemma = verb.lemma_.lower()
        frames = lex.verbs.get(lemma, ())
        if frames:
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
            phrasal = [f for f in frames if f.particle and f.particle == particle]
            for frame in phrasal or [f for f in frames if not f.particle]:
                yield from _frame(verb, frame, args, times)
        if lemma in lex.give_verbs or lemma in lex.receive_verbs:
            yield from _giving(verb, lemma in lex.receive_verbs, args, lex)
        if lemma == "be":
            yield from _copula(verb, args, lex)
    yield from _with_phrases(doc, args, lex)


def _frame(verb: Token, frame: VerbFrame, args: Arguments, times: Times) -> Iterator[Found]:
    if _intended(verb, args.lex):
        return
    passive = is_passive(verb)
    trigger = _trigger(verb)
    light = _light_noun(verb, frame, passive)
    if light is not None and light.i > verb.i:
        trigger = verb.doc[verb.i : light.i + 1]  # "claimed responsibility", "changed its name"
    if frame.literal:
        holders = _patients(verb) if passive else subjects(verb)
        date = times.literal([verb.i, *(c.i for c in verb.children if c.dep_ == "prep")])
        if date is None:
            return
        for subject in _resolve(holders, args):
            yield Found(subject, frame.predicate, None, trigger, verb, literal=date.value)
        return
    if frame.via and light is None and not frame.direct:
        return
    objects: list[Token] = []
    if frame.preps:
        holders = [verb] + ([light] if light is not None else [])
        objects += [p for h in holders for p in _prep_objects(h, frame.preps)]
    if frame.via:
        actors = _agents(verb) if passive else subjects(verb)
    elif frame.preps and not frame.direct:
        actors = subjects(verb)
    elif frame.predicate == "renamed_to":  # "X was renamed Y", "X renamed itself Y"
        actors = _patients(verb) if passive else [
            c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVE] or subjects(verb)
        objects = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "npadvmod", "ccomp")]
    elif passive:
        actors, objects = _agents(verb), objects + _patients(verb)
    else:
        actors, objects = subjects(verb), objects + _direct_objects(verb)
    if frame.direct and light is None and frame.via:
        objects += _direct_objects(verb)
    if verb.tag_ == "VBG":  # "kidnapping operations": a misparsed noun compound, no event
        objects = [o for o in objects if not (o.i == verb.i + 1 and o.lower_ in args.lex.event_nouns)]
    predicate = frame.predicate
    if frame.reverse:
        actors, objects = objects, actors
        if predicate == "part_of" and any(  # "he bought Pixar": a person controls it
                (m := args.mention(t)) is not None and m.label_ == PERSON for t in objects):
            actors, objects, predicate = objects, actors, "controls"
    event = frame.event or predicate in EVENT_PREDICATES
    for subject in _resolve(actors, args):
        for obj in _resolve(objects, args, event=event, only_events=predicate in EVENT_PREDICATES):
            if (obj.start, obj.end) != (subject.start, subject.end):
                yield Found(subject, predicate, obj, trigger, verb, role=frame.role, past=frame.ended)


def _intended(verb: Token, lex: RelationLexicon) -> bool:
    """ "attempting to take over X", "wants X to head Y": an intention, not a fact."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("xcomp", "ccomp") and node.head.lemma_.lower() in lex.intent_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _light_noun(verb: Token, frame: VerbFrame, passive: bool) -> Token | None:
    if not frame.via:
        return None
    deps = ("nsubjpass",) if passive else ("dobj",)
    return next((c for c in verb.children if c.dep_ in deps
                 and (c.lower_ in frame.via or c.lemma_.lower() in frame.via)), None)


def _trigger(verb: Token) -> Span:
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return verb.doc[verb.i : end]


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "amod", "relcl"):
        return not any(c.dep_ == "aux" for c in verb.children)
    if verb.tag_ == "VBN" and verb.dep_ == "conj":
        return is_passive(verb.head)
    return False


def subjects(verb: Token) -> list[Token]:
    """The grammatical subject, inherited through conjoined, controlled and adverbial verbs."""
    node = verb
    for _ in range(5):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
        if node.dep_ in ("acl", "amod"):
            return [node.head]  # "a group supporting X", "a group based in Y"
        if node.dep_ not in SUBJECT_INHERIT or node.head.i == node.i:
            return []
        if node.dep_ == "prep":  # "in supporting X": the prepositional clause's governor
            node = node.head
            continue
        node = node.head
        if node.pos_ not in ("VERB", "AUX") and node.dep_ != "prep":
            return []
    return []


def _patients(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not found and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        found = [c for c in verb.children if c.dep_ == "nsubj"]  # "X is 58% owned by Y", misparsed
    if found:
        return found
    if verb.dep_ == "conj":
        return _patients(verb.head)
    if verb.dep_ in ("acl", "amod", "relcl"):  # "groups financed by X", "X (born in 1957)"
        return [verb.head]
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "Supported by X, Y fought"
        return subjects(verb.head)
    return []


def _agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, shared with its conjuncts ("trained and recruited by
    the army"): its own, else a later conjunct's, else the verb it is conjoined to."""
    later = [c for c in verb.conjuncts if c.i > verb.i]
    for node in [verb, *later, *([verb.head] if verb.dep_ == "conj" else [])]:
        for child in node.children:
            if child.dep_ == "agent":
                return [c for c in child.children if c.dep_ == "pobj"]
    return _phrase_agents(verb)


def _phrase_agents(verb: Token) -> list[Token]:
    """ "under the auspices of X", "trained in X camps": who acts without a "by"."""
    lex = relation_lexicon()
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for words in lex.agent_phrases:
            end = prep.i + len(words)
            if end <= len(doc) and tuple(t.lower_ for t in doc[prep.i : end]) == words:
                return [c for c in doc[end - 1].children if c.dep_ == "pobj"]
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lex.venue_nouns):
            found = [c for c in pobj.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
            if found:
                return found
    return []


def _direct_objects(verb: Token) -> list[Token]:
    for node in [verb, *(c for c in verb.children if c.dep_ == "conj" and not subjects_of(c))]:
        found = [c for c in node.children if c.dep_ == "dobj"]
        if found:
            return found
    return []


def subjects_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _prep_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out += [c for c in child.children if c.dep_ == "pobj"]
    return out


def _resolve(tokens: list[Token], args: Arguments, *, event: bool = False,
             only_events: bool = False) -> list[Span]:
    out: list[Span] = []
    for token in tokens:
        for span in args.entities(token, event=event):
            if only_events and args.mention_of[span.start] is not None and span.label_ != EVENT:
                continue
            out.append(span)
    return out


def _giving(verb: Token, receiving: bool, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    passive = is_passive(verb)
    things = _patients(verb) if passive and not receiving else _direct_objects(verb)
    for thing in things:
        predicate = _given(thing, lex)
        if predicate is None:
            continue
        if receiving:
            givers = [p for h in (verb, thing) for p in _prep_objects(h, frozenset({"from"}))]
            takers = subjects(verb)
        else:
            givers = _agents(verb) if passive else subjects(verb)
            takers = [p for h in (verb, thing) for p in _prep_objects(h, RECIPIENT_PREPS)]
            takers += [c for c in verb.children if c.dep_ in ("iobj",) or (
                c.dep_ == "dative" and c.pos_ != "ADP")]
        trigger = verb.doc[min(verb.i, thing.i) : max(verb.i, thing.i) + 1]
        for subject in _resolve(givers, args):
            for obj in _resolve(takers, args):
                if (obj.start, obj.end) != (subject.start, subject.end):
                    yield Found(subject, predicate, obj, trigger, verb, anchors=(thing.i,))


def _given(thing: Token, lex: RelationLexicon) -> str | None:
    if thing.ent_type_ == "MONEY":  # "received $41 million from Y": a sum is funding
        return FUNDED
    for child in thing.children:
        if child.dep_ in ("amod", "compound"):
            found = lex.given.get(f"{child.lower_} {thing.lower_}")
            if found:
                return found
    return lex.given.get(thing.lower_) or lex.given.get(thing.lemma_.lower())


def _copula(verb: Token, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    for prep in verb.children:
        frame = lex.copula_preps.get(prep.lower_) if prep.dep_ == "prep" else None
        if frame is None:
            continue
        only = frame.predicate in EVENT_PREDICATES
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        for subject in _resolve(subjects(verb), args):
            for obj in _resolve(objects, args, event=frame.event or only, only_events=only):
                yield Found(subject, frame.predicate, obj, verb.doc[verb.i : prep.i + 1], verb,
                            anchors=(prep.i,))


def _with_phrases(doc: Doc, args: Arguments, lex: RelationLexicon) -> Iterator[Found]:
    """ "in conjunction with Y", "together with Y": the governor's subject works with Y;
    "with the help of Y": Y supports the governor's subject (a passive's patient)."""
    phrases: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for table, helper in ((lex.with_phrases, False), (lex.helped_by, True)):
        for words, predicate in table.items():
            phrases.setdefault(words[0], []).append((words, predicate, helper))
    for token in doc:
        for words, predicate, helper in phrases.get(token.lower_, ()):
            end = token.i + len(words)
            if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != words:
                continue
            last = doc[end - 1]
            partners = [c for c in last.children if c.dep_ == "pobj"]
            if not partners and end < len(doc):
                partners = [doc[end : end + 4].root] if any(
                    args.mention_of[i] for i in range(end, min(end + 4, len(doc)))) else []
            governor = token.head if token.dep_ != "ROOT" else token
            if governor.pos_ not in ("VERB", "AUX"):
                actors = [governor]
            elif is_passive(governor):
                actors = _patients(governor) if helper else _agents(governor)
            else:
                actors = subjects(governor)
            pairs = [(b, a) for a in actors for b in partners] if helper else [
                (a, b) for a in actors for b in partners]
            for left, right in pairs:
                for subject in _resolve([left], args):
                    for obj in _resolve([right], args):
                        if (obj.start, obj.end) != (subject.start, subject.end):
                            yield Found(subject, predicate, obj, doc[token.i : end], governor)
