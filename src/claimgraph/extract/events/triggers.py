"""Event triggers: the words that name an incident ("attack", "stormed", "hostage-taking").

`find_triggers(view, lex)` yields one `Trigger` per incident mention, in text order, from
the trigger lists of `data/events.yaml`:

- several-word phrases first ("open fire", "take * hostage", "air strike"), one pass over the
  tokens with the phrases indexed by their first word (a word matches by lemma or by form);
- then single nouns and verbs by lemma; a noun that names an incident only with a modifier
  ("a terror operation") takes its type from the modifier; "a bomb attack" is a bombing;
- verbs that need an object ("stormed the hotel"), an attacker as subject ("gunmen killed"),
  or an organization as object ("bought Kestrel") are kept only with one; what a verb acts on
  may set its type ("suspended him" is a sanction, "a report released" a publication);
- a definite "the operation", "the deal" refers back to an incident already named: it is an
  anaphor (type None), which the clustering links or drops;
- not incidents: a trigger with an excluded modifier ("heart attack"), a compound modifier of
  another noun ("death squads"), an attack word in a sentence about sport, a generic use
  ("these types of attacks", "additional attacks", bare plurals with no date or owner), and
  one under a verb that makes it unreal ("planning attacks", "threatened to attack"), and a
  negated verb ("did not testify");
- last, what the text dates that no word of the lists names ("the email was restored on
  Friday", "the council's statement on March 23"): a dated happening of type `other`
  (`_dated_happenings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.extract.events.lexicon import MAX_GAP, WILDCARD, EventLexicon, Phrase
from claimgraph.extract.syntax import OBJECT_DEPS, DocView, Span

NOUNS = frozenset({"NOUN", "PROPN"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their",
                      "our", "last", "same", "latest", "saturday's", "friday's"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass"})
COUNT_DEPS = frozenset({"nummod"})


@dataclass(slots=True)
class Trigger:
    head: int  # token index of the trigger's syntactic head
    start: int  # token span of the trigger words
    end: int
    type: str | None  # None for an anaphor ("the operation")
    verbal: bool
    umbrella: bool = False
    anaphor: bool = False
    families: frozenset[str] = frozenset()  # for an anaphor: the families it may refer to
    definite: bool = False
    bare: bool = False  # definite with nothing but a determiner: "the attack", "his death"
    gaps: frozenset[int] = frozenset()  # tokens a phrase's "*" stood for ("named X as")
    distinct: bool = False  # "another attack", "a second bombing": not the one just named
    indefinite: bool = False  # "told a rally": a noun that brings in an incident, not one told already
    subtype: str | None = None  # an `other` event's own word ("restore")
    dated: bool = False  # a dated happening: an incident of its own, never joined to another


def find_triggers(view: DocView, lex: EventLexicon) -> list[Trigger]:
    covered: set[int] = set()
    found: list[Trigger] = []
    for trig in _phrase_triggers(view, lex):
        if not covered.intersection(range(trig.start, trig.end)):
            covered.update(range(trig.start, trig.end))
            found.append(trig)
    for i in range(len(view)):
        if i in covered or view.timex_at[i] >= 0:
            continue
        trig = _word_trigger(view, lex, i)
        if trig is not None and not covered.intersection(range(trig.start, trig.end)):
            covered.update(range(trig.start, trig.end))
            found.append(trig)
    sport = {view.sent[i] for i in range(len(view)) if view.lower[i] in lex.sport_words}
    kept = [t for t in found if _is_incident(view, lex, t, sport)]
    kept += [t for t in _dated_happenings(view, lex, kept) if _is_incident(view, lex, t, sport)]
    for trig in kept:
        trig.definite = _definite(view, trig.head)
        trig.bare = trig.definite and _bare(view, trig)
        trig.indefinite = not trig.verbal and any(
            view.dep[c] == "det" and view.lower[c] in ("a", "an") for c in view.children[trig.head])
        trig.distinct = trig.dated or any(view.lower[c] in lex.distinct_modifiers or view.lemma[c] in lex.distinct_modifiers
                            for c in view.children[trig.head] if view.dep[c] in ("amod", "det", "nummod", "advmod"))
    kept.sort(key=lambda t: t.start)
    return kept


# --- dated happenings ----------------------------------------------------------------------------

TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
TIME_MODIFIERS = frozenset({"npadvmod", "tmod", "obl"})
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl", "pobj", "prep", "appos"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "xcomp", "ccomp", "attr"})
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
PRESENT_TENSE = frozenset({"VBZ", "VBP"})  # "That sits uneasily with the statement on March 23"


def _dated_happenings(view: DocView, lex: EventLexicon, kept: list[Trigger]) -> list[Trigger]:
    """Verbs and nouns the text dates itself that no word of the vocabulary names: "the email
    was restored on Friday", "The files appeared there on Tuesday", "the council's statement on
    March 23" (a noun only when dated to a day, `_dated_noun`). Each is an event of type `other`
    with its lemma as subtype (or the type of `dated_types`: "founded in 2021"), one incident of
    its own (never joined to another). Not one: a verb of saying, thinking or being
    (`undated_verbs`), one in the present tense or in the words that introduce an attribution,
    one in a clause that already has a trigger (the date is that incident's), one whose
    subject, object or complement is an incident (`_governs_trigger`), a verb of an incident's
    course, doing or framing in a clause about that incident or on a claim's medium
    (`_tells_of`, `_on_medium`), and a course verb in a sentence that tells an incident."""
    clauses = {view.clause(t.head) for t in kept}
    heads = {t.head for t in kept}
    covered = {i for t in kept for i in range(t.start, t.end)}
    told = {view.sent[t.head] for t in kept}  # sentences that tell an incident
    found: list[Trigger] = []
    seen: set[int] = set()
    for span in view.timexes:
        if span.label not in ("DATE", "TIME") or span.value is None:
            continue
        root = _root(view, span.start, span.end)
        noun = _dated_noun(view, root, span)
        if noun is not None and noun not in seen and noun not in covered and noun not in heads:
            seen.add(noun)
            found.append(Trigger(noun, noun, noun + 1, "other", False, subtype=view.lemma[noun], dated=True))
            continue
        verb = _dated_verb(view, root)
        if verb is None or verb in seen:
            continue
        seen.add(verb)
        lemma = view.lemma[verb]
        if (lemma in lex.undated_verbs or view.tag[verb] in PRESENT_TENSE or view.in_frame(view.idx[verb])
                or verb in covered or view.clause(verb) in clauses
                or (lemma in lex.incident_verbs or _on_medium(view, lex, verb)) and _tells_of(view, verb, heads)
                or _governs_trigger(view, verb, heads)
                or lemma in lex.course_verbs and view.sent[verb] in told):
            continue
        kind = lex.dated_types.get(lemma)
        found.append(Trigger(verb, verb, verb + 1, kind or "other", True,
                             subtype=None if kind else lex.dated_subtypes.get(lemma, lemma), dated=True))
    return found


def _tells_of(view: DocView, verb: int, heads: set[int]) -> bool:
    """A clause about a trigger's noun, with a verb of an incident's course, doing or framing
    (`incident_verbs`), tells that incident: "the blast at a mosque that killed 46 worshippers on
    Friday", "the deal, announced on Monday"; "the ceasefire, signed on Nov. 14" is a signing."""
    j = verb
    for _ in range(5):
        if view.dep[j] not in NOUN_CLAUSE_DEPS or view.head[j] == j:
            return False
        j = view.head[j]
        if j in heads:
            return True
    return False


def _on_medium(view: DocView, lex: EventLexicon, verb: int) -> bool:
    """A participle on the medium of a claim ("in a video obtained by AFP on Monday"): how the
    claim came out, not a happening of its own."""
    return view.dep[verb] == "acl" and view.lemma[view.head[verb]] in lex.claim_methods


def _governs_trigger(view: DocView, verb: int, heads: set[int]) -> bool:
    """A verb whose subject, object or complement is an incident tells of that one: "The
    strike entered its third day on Monday", "agreed on Monday to buy Kestrel"."""
    for c in view.children[verb]:
        if view.dep[c] in ARGUMENT_DEPS and (c in heads or any(
                g in heads for g in view.children[c] if view.dep[g] in ARGUMENT_DEPS)):
            return True
    return False


def _dated_noun(view: DocView, i: int, span: Span) -> int | None:
    """A common noun a day dates: "the council's first public statement, on March 23", "the
    April 9 situation update", "Saturday's vote". Only a day: "the 2022 rules" names no happening."""
    if not DAY.match(span.value or ""):
        return None
    j = view.head[i]
    if view.dep[i] == "pobj" and view.lower[j] == "on":
        j = view.head[j]
    elif view.dep[i] not in ("compound", "nmod", "poss"):
        return None
    if (j == i or view.pos[j] != "NOUN" or view.mention_at[j] >= 0 or view.timex_at[j] >= 0
            or view.dep[j] in OBJECT_DEPS or view.in_frame(view.idx[j])
            or any(view.dep[c] == "nummod" for c in view.children[j])):
        return None  # "wounded 12 people on Thursday": the verb's date; "In a statement on Tuesday, X said"
    return j


def _dated_verb(view: DocView, i: int) -> int | None:
    """The verb a timex dates: "on Friday" and "last July" hang on it."""
    j = i
    if view.dep[j] == "pobj" and view.lower[view.head[j]] in TIME_PREPOSITIONS:
        j = view.head[j]
    elif view.dep[j] not in TIME_MODIFIERS:
        return None
    verb = view.head[j]
    return verb if verb != j and view.pos[verb] == "VERB" else None


# --- phrases -----------------------------------------------------------------------------------

def _matches(view: DocView, i: int, word: str) -> bool:
    return word == view.lemma[i] or word == view.lower[i]


def _match_phrase(view: DocView, start: int, phrase: Phrase) -> tuple[int, frozenset[int]] | None:
    """End token of `phrase` matched from `start` and the tokens its gaps took, or None."""
    i = start
    gaps: set[int] = set()
    n = len(view)
    words = phrase.words
    w = 0
    while w < len(words):
        word = words[w]
        if word == WILDCARD:
            nxt = words[w + 1]
            for gap in range(1, MAX_GAP + 1):
                if i + gap < n and _matches(view, i + gap, nxt):
                    gaps.update(range(i, i + gap))
                    i += gap
                    break
            else:
                return None
            w += 1
            continue
        if i >= n or not _matches(view, i, word):
            return None
        i += 1
        w += 1
    return i, frozenset(gaps)


def _phrase_triggers(view: DocView, lex: EventLexicon) -> Iterator[Trigger]:
    for i in range(len(view)):
        candidates = lex.phrases.get(view.lemma[i], ()) or lex.phrases.get(view.lower[i], ())
        for phrase in candidates:
            matched = _match_phrase(view, i, phrase)
            if matched is None:
                continue
            end, gaps = matched
            head = _root(view, i, end)
            yield Trigger(head, i, end, phrase.type, view.pos[head] in ("VERB", "AUX"),
                          umbrella=phrase.type in lex.umbrella, gaps=gaps)
            break


def _root(view: DocView, start: int, end: int) -> int:
    """The token of start..end-1 whose head lies outside the span (the first such)."""
    for i in range(start, end):
        h = view.head[i]
        if h == i or not start <= h < end:
            return i
    return start


# --- single words ------------------------------------------------------------------------------

def _word_trigger(view: DocView, lex: EventLexicon, i: int) -> Trigger | None:
    pos = view.pos[i]
    lemma = view.lemma[i]
    if pos == "VERB" and view.dep[i] in NOMINAL_DEPS and view.tag[i] in ("VBP", "VBZ", "NN"):
        pos = "NOUN"  # a headline noun read as a verb: "Cholera outbreak kills 45"
    if pos in NOUNS:
        return _noun_trigger(view, lex, i, _word_in(view, i, lex.noun_types, lex.modified_nouns,
                                                     lex.anaphor_nouns))
    if pos == "VERB":
        return _verb_trigger(view, lex, i, lemma)
    return None


def _word_in(view: DocView, i: int, *tables: dict) -> str:
    """The lemma, or the word's own form when only that is listed ("events")."""
    lemma = view.lemma[i]
    if any(lemma in table for table in tables):
        return lemma
    return view.lower[i]


def _noun_trigger(view: DocView, lex: EventLexicon, i: int, lemma: str) -> Trigger | None:
    mods = [c for c in view.children[i] if view.dep[c] in MODIFIER_DEPS]
    if lemma in lex.modified_nouns:
        table = lex.modified_nouns[lemma]
        parent = view.head[i]
        if view.dep[i] == "dobj" and view.tag[parent] == "VBG" and parent < i:
            mods = [*mods, parent]  # "kidnapping operations" parsed as verb + object
        for m in mods:
            kind = table.get(view.lemma[m]) or table.get(view.lower[m])
            if kind:
                start = min(m, i)
                return Trigger(i, start, i + 1, kind, False, umbrella=kind in lex.umbrella)
    if view.dep[i] in ("compound",) and view.lemma[view.head[i]] in lex.modified_nouns:
        return None  # the modifier of "kidnapping operation": the head names it
    kind = lex.noun_types.get(lemma)
    if kind is None:
        return _anaphor(view, lex, i, lemma, mods)
    if lemma in lex.needs_org_object and not _has_named_of(view, i):
        if not _definite(view, i):
            return None
        families = lex.anaphor_nouns.get(lemma) or frozenset({kind})
        return Trigger(i, i, i + 1, None, False, anaphor=True, families=families)
    if kind == "death" and not _one_named_death(view, i):
        return None
    parent = view.head[i]
    if (kind == "disaster" and view.pos[i] == "PROPN" and view.dep[i] == "compound"
            and view.pos[parent] == "PROPN" and parent > i):
        return Trigger(parent, i, parent + 1, kind, False)  # a named storm: "Hurricane Maria"
    start = i
    if lemma == "attack" or kind == "attack":
        for m in mods:
            special = lex.attack_modifiers.get(view.lemma[m])
            if special:
                return Trigger(i, min(m, i), i + 1, special, False)
    return Trigger(i, start, i + 1, kind, False, umbrella=kind in lex.umbrella)


def _anaphor(view: DocView, lex: EventLexicon, i: int, lemma: str, mods: list[int]) -> Trigger | None:
    families = lex.anaphor_nouns.get(lemma)
    if not families:
        return None
    if not _definite(view, i):
        return None
    if any(view.pos[m] == "ADJ" and view.tag[m] in ("JJS", "JJR") for m in mods):
        return None  # "the largest covert operation": a description, not a reference
    return Trigger(i, i, i + 1, None, False, anaphor=True, families=families)


def _has_named_of(view: DocView, i: int) -> bool:
    """'the acquisition of Kestrel', 'Norvale's takeover': an organization is named."""
    for c in view.children[i]:
        if view.dep[c] == "poss" and view.pos[c] == "PROPN":
            return True
        if view.dep[c] == "prep" and view.lower[c] in ("of", "by"):
            for g in view.children[c]:
                if view.pos[g] == "PROPN" or view.mention_at[g] >= 0:
                    return True
        if view.dep[c] == "compound" and view.pos[c] == "PROPN":
            return True
    return False


def _one_named_death(view: DocView, i: int) -> bool:
    """'his death', 'the death of X': one death, not a count ('31 deaths')."""
    if view.tag[i] in ("NNS", "NNPS"):
        return False
    return not any(view.dep[c] == "nummod" for c in view.children[i])


def _verb_trigger(view: DocView, lex: EventLexicon, i: int, lemma: str) -> Trigger | None:
    kids = view.children[i]
    if view.tag[i] == "VBG" and view.dep[i] in ("amod", "compound", "nmod"):
        return None  # "kidnapping operations": a modifier, read with its noun
    if view.tag[i] == "VBG" and any(view.dep[c] == "dobj" and view.lemma[c] in lex.modified_nouns
                                    for c in kids):
        return None  # misparsed "kidnapping operations": the noun is the trigger
    objects = [c for c in kids if view.dep[c] in OBJECT_DEPS]
    passive_subjects = [c for c in kids if view.dep[c] in PASSIVE_SUBJECT]
    trig = _typed_verb_trigger(view, lex, i, lemma, objects, passive_subjects)
    if trig is None and _appointed_as(view, lex, i, lemma):
        return Trigger(i, i, i + 1, "appointment", True)
    qualified = [view.head[i]] if view.dep[i] == "acl" and view.tag[i] == "VBN" else []  # "a report released"
    if not qualified and view.tag[i] == "VBN" and view.dep[i] == "advcl" and i >= 2 and view.lower[i - 1] == "," \
            and view.pos[i - 2] == "NOUN" and not objects and not passive_subjects:
        qualified = [i - 2]  # "In its report, released on Tuesday, the mission said": the parser hung it on "said"
    retyped = _retyped(view, lex, lemma, objects + passive_subjects + qualified)
    if retyped is None:
        return trig
    if trig is None:
        return Trigger(i, i, i + 1, retyped, True, umbrella=retyped in lex.umbrella)
    trig.type, trig.umbrella = retyped, retyped in lex.umbrella
    return trig


def _appointed_as(view: DocView, lex: EventLexicon, i: int, lemma: str) -> bool:
    """'named X, its medical director, as interim chief', 'was approved as ambassador':
    a verb of choosing with "as" and a post ("named as a suspect" is no appointment)."""
    if lemma not in lex.appointment_verbs:
        return False
    if lemma == "succeed":  # "will be succeeded by X", "X will succeed Y"
        takers = [g for c in view.children[i] if view.dep[c] == "agent" for g in view.children[c]]
        takers += [c for c in view.children[i] if view.dep[c] in OBJECT_DEPS]
        return any(_a_person(view, lex, t) for t in takers)
    for c in view.children[i]:
        if view.dep[c] == "oprd" and _a_post(view, lex, c):
            return True  # "was named chief executive", "elected her mayor"
        if view.dep[c] == "prep" and view.lower[c] == "as":
            for post in view.children[c]:
                if view.dep[post] == "pobj" and _a_post(view, lex, post):
                    return True
    return False


def _a_post(view: DocView, lex: EventLexicon, i: int) -> bool:
    """'chief executive', 'interim head', 'mayor': a post, in the word or its modifiers."""
    return any(view.lemma[w] in lex.posts or view.lower[w] in lex.posts
               for w in [i, *view.children[i]] if w == i or view.dep[w] in ("amod", "compound"))


def _retyped(view: DocView, lex: EventLexicon, lemma: str, objects: list[int]) -> str | None:
    """'suspended the runner' is a sanction, 'released a report' a publication: the type
    that what the verb acts on gives it (events.yaml `retyped_by_object`), or None."""
    table = lex.retyped_by_object.get(lemma)
    if not table:
        return None
    for o in objects:
        label = _label(view, o)
        if view.lower[o] in ("who", "that", "which") and view.dep[view.head[o]] == "relcl":
            o = view.head[view.head[o]]  # "the runner who was banned"
            label = label or _label(view, o)
        new = table.get(view.lemma[o]) or (table.get(label) if label else None)
        if new:
            return new
    return None


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "who", "whom"})


def _label(view: DocView, i: int) -> str | None:
    """What `i` names, for `retyped_by_object`: a mention's label, Person for a personal or
    relative pronoun ("who"), MONEY for a sum ("received $41 million")."""
    if view.lower[i] in PERSONAL_PRONOUNS:
        return "Person"
    found = view.mention(i)
    if found is not None:
        return found.label
    return "MONEY" if view.doc[i].ent_type_ == "MONEY" else None


def _typed_verb_trigger(view: DocView, lex: EventLexicon, i: int, lemma: str, objects: list[int],
                        passive_subjects: list[int]) -> Trigger | None:
    kids = view.children[i]
    kind = lex.verb_types.get(lemma)
    if kind == "death" and not _single_subject(view, kids):
        return None  # "37 hostages died": a count, read by the numbers
    if kind is not None:
        if lemma in lex.needs_org_object and not any(
                view.pos[o] == "PROPN" or view.mention_at[o] >= 0 for o in objects + passive_subjects):
            return None
        return Trigger(i, i, i + 1, kind, True, umbrella=kind in lex.umbrella)
    kind = lex.object_verbs.get(lemma)
    placed = lex.has(kind, "doer")  # "stormed the hotel"; other types need an object of any kind ("searched the offices")
    if kind is not None and any(not placed or _seizable(view, lex, o) for o in objects + passive_subjects):
        if lemma in lex.needs_org_object and not any(
                view.pos[o] == "PROPN" for o in objects + passive_subjects):
            return None
        if lemma in lex.needs_person_object and not any(
                _a_person(view, lex, o) for o in objects + passive_subjects):
            return None
        return Trigger(i, i, i + 1, kind, True, umbrella=kind in lex.umbrella)
    kind = lex.violent_verbs.get(lemma)
    if kind is not None:
        if lemma == "kill" and _one_person_suffers(view, passive_subjects):
            return Trigger(i, i, i + 1, "death", True)
        agents = [c for c in kids if view.dep[c] in SUBJECT_DEPS]
        agents += [g for c in kids if view.dep[c] == "agent" for g in view.children[c]]
        if view.dep[i] == "relcl" and not agents:
            agents = [view.head[i]]
        agents += [c for a in agents for c in view.children[a] if view.dep[c] in ("appos", "conj")]
        if any(_attacker(view, lex, a) for a in agents):
            return Trigger(i, i, i + 1, kind, True, umbrella=kind in lex.umbrella)
        if not agents and lemma != "kill" and _one_person_suffers(view, passive_subjects):
            return Trigger(i, i, i + 1, kind, True, umbrella=kind in lex.umbrella)  # "X was shot", "she was stabbed"
    return None


def _a_person(view: DocView, lex: EventLexicon, i: int) -> bool:
    """A person named, a personal pronoun or a post ("fired her", "sacked its manager")."""
    return _label(view, i) == "Person" or view.lemma[i] in lex.posts or view.lower[i] in lex.posts


def _single_subject(view: DocView, kids: list[int]) -> bool:
    for s in kids:
        if view.dep[s] in ("nsubj", "nsubjpass"):
            counted = any(view.dep[c] == "nummod" and view.lower[c] not in ("one", "1")
                          for c in view.children[s])  # "One patient ... died" is one death
            return not counted and view.tag[s] not in ("NNS", "NNPS", "CD")
    return False


def _seizable(view: DocView, lex: EventLexicon, i: int) -> bool:
    """What is stormed or seized is a place: a facility, a town, a named place or building
    ("stormed the hotel", "seized the town"), not "seized power" or "seized documents"."""
    lemma = view.lemma[i]
    if lemma in lex.facility_nouns or lemma in lex.city_cues or lemma in lex.region_cues:
        return True
    found = view.mention(i)
    return found is not None and found.label in ("Location", "Organization")


def _one_person_suffers(view: DocView, subjects: list[int]) -> bool:
    """One person named (or "he"/"she") as the subject: "Smith was killed", "she was shot"."""
    for s in subjects:
        found = view.mention(s)
        if found is not None and found.label == "Person":
            return True
        if view.lower[s] in ("he", "she") and not any(view.dep[c] in COUNT_DEPS for c in view.children[s]):
            return True
    return False


def _attacker(view: DocView, lex: EventLexicon, i: int) -> bool:
    if view.lemma[i] in lex.perpetrator_nouns or view.lower[i] in lex.perpetrator_nouns:
        return True
    found = view.mention(i)
    return found is not None and found.label == "Organization"


# --- filters -----------------------------------------------------------------------------------

def _definite(view: DocView, i: int) -> bool:
    for c in view.children[i]:
        if view.dep[c] in ("det", "poss") and (view.lower[c] in DEFINITE or view.dep[c] == "poss"):
            return True
    return False


BARE_DEPS = frozenset({"det", "punct", "cc", "conj", "case", "relcl", "acl", "appos"})


def _bare(view: DocView, trig: Trigger) -> bool:
    for c in view.children[trig.head]:
        if trig.start <= c < trig.end:
            continue
        if view.dep[c] == "poss" and view.pos[c] == "PRON":
            continue
        if view.dep[c] not in BARE_DEPS:
            return False
    return True


def _is_incident(view: DocView, lex: EventLexicon, trig: Trigger, sport: set[int]) -> bool:
    i = trig.head
    mods = [c for c in view.children[i] if view.dep[c] in MODIFIER_DEPS]
    if any(view.lemma[m] in lex.excluded_modifiers or view.lower[m] in lex.excluded_modifiers
           for m in mods):
        return False
    if not trig.verbal and view.dep[i] == "compound" and trig.end - trig.start == 1:
        parent = view.head[i]
        if view.lemma[parent] not in lex.noun_types and view.lemma[parent] not in lex.modified_nouns:
            return False  # "death squads", "attack helicopter"
    if trig.verbal and any(view.dep[c] == "neg" for c in view.children[i]):
        return False  # "Pellegrini did not testify"
    if trig.type in lex.sport_types and view.sent[i] in sport:
        return False  # "Liverpool's attack", "the striker's shooting"
    if _generic(view, lex, trig) or _figurative(view, lex, trig) or _crime_named(view, lex, trig):
        return False
    return not _irrealis(view, lex, trig)


def _crime_named(view: DocView, lex: EventLexicon, trig: Trigger) -> bool:
    """ "charged with murder", "convicted of manslaughter": a bare noun that names the crime
    of a charge, not an incident ("charged with the murder of X" tells the incident)."""
    i = trig.head
    if any(view.dep[c] in ("det", "poss", "dobj", "nsubj", "nsubjpass") or (view.dep[c] == "prep" and view.lower[c] == "of")
           for c in view.children[i]):
        return False
    if view.dep[i] == "pobj" and not trig.verbal:
        governor = view.head[view.head[i]]
    elif view.dep[i] in ("acl", "xcomp", "pcomp", "advcl"):  # "complicity to murder"
        governor = view.head[i]
    else:
        return False
    return view.lemma[governor] in lex.crime_governors or view.lower[governor] in lex.crime_governors


def _figurative(view: DocView, lex: EventLexicon, trig: Trigger) -> bool:
    """'a fierce attack on the budget', 'a war on the middle class': not incidents."""
    if trig.type not in lex.figurative_types:
        return False
    for c in view.children[trig.head]:
        if view.dep[c] == "dobj" and trig.verbal and _figurative_target(view, lex, c):
            return True  # "the defence attacked the Crown's case"
        if view.dep[c] == "prep" and view.lower[c] in ("on", "against"):
            for g in view.children[c]:
                if view.dep[g] == "pobj" and _figurative_target(view, lex, g):
                    return True
    return False


def _figurative_target(view: DocView, lex: EventLexicon, i: int) -> bool:
    return view.lemma[i] in lex.figurative_targets or view.lower[i] in lex.figurative_targets


def _generic(view: DocView, lex: EventLexicon, trig: Trigger) -> bool:
    if trig.verbal:
        return False
    i = trig.head
    kids = view.children[i]
    if any(view.lemma[c] in lex.generic_modifiers for c in kids if view.dep[c] in ("amod", "det")):
        return True
    parent = view.head[i]
    if view.dep[i] == "pobj" and view.lemma[view.head[parent]] in lex.generic_heads:
        return True  # "these types of attacks"
    if view.tag[i] in ("NNS", "NNPS") and view.lemma[i] not in lex.participant_nouns:
        owned = any(view.dep[c] in ("det", "poss", "nummod") for c in kids)
        dated = any(view.timex_at[j] >= 0 for j in view.subtree(i))
        told = view.dep[i] == "nsubj" and view.tag[view.head[i]] == "VBD"  # "Air strikes killed 12"
        framed = view.dep[i] == "pobj" and view.lower[view.head[i]] in lex.framing_prepositions
        if not owned and not dated and not told and not framed:
            return True  # bare plural: a habit or a kind ("kidnapping operations of foreigners")
    return False


def _irrealis(view: DocView, lex: EventLexicon, trig: Trigger) -> bool:
    """A plan, threat, fear or condition, not an incident: "threatened to attack", "if
    convicted, they face …", "unless the talks resume"."""
    i = trig.head
    if _conditional(view, i):
        return True
    j = i
    for _ in range(3):
        parent = view.head[j]
        if parent == j:
            return False
        if view.dep[j] in ("dobj", "xcomp", "pobj", "prep", "aux") and view.lemma[parent] in lex.irrealis_governors:
            return True
        if view.dep[j] not in ("xcomp", "dobj", "prep", "pobj", "aux"):
            return False
        j = parent
    return False


CONDITIONAL_MARKS = frozenset({"if", "unless"})


def _conditional(view: DocView, i: int) -> bool:
    """Whether the trigger's clause (or the verb it hangs on) is an if/unless clause."""
    j = i
    for _ in range(3):
        if any(view.dep[c] == "mark" and view.lower[c] in CONDITIONAL_MARKS for c in view.children[j]):
            return True
        if view.dep[j] in ("ROOT", "ccomp", "relcl", "parataxis") or view.head[j] == j:
            return False
        j = view.head[j]
    return False
