"""Who took part in an incident, and in what role, as each trigger's phrase states it.

`participants_of(view, lex, trigger)` reads the trigger's arguments from the parse:

- the subject of an active trigger verb, the agent of a passive one ("carried out by X"), a
  noun trigger's "by X" or possessor ("the taking of hostages by the terrorists", "NATO's
  bombing raids"); the subject or agent of a verb of doing whose object is the trigger ("X
  carried out / coordinated the operation", "the operation was coordinated by X"), of "X is
  behind / responsible for the attack", and "the authors of the attack were led by X";
  these are the perpetrator of violent incidents and the agent of other ones;
- the object of the verb, a noun's "on/against/of X" (target or victim; a person or a counted
  group is a victim, anything else a target); the renamed one and its new name; the
  appointee; the one who died.

A role's span is its entity mention when the argument lies in one (or names one in
apposition: "the group, known as Al-Shabaab"), else the argument's noun phrase up to its
head. Pronouns take their antecedent from the coreference component when it is installed.
`hedged` marks a participant stated with a hedge ("allegedly coordinated by", "alleged
mastermind", "most likely led by"); the claim's own certainty is added by the caller.

`responder_acts(view, lex)` finds security forces answering an incident ("French and Kenyan
special forces raided the hotel", "US special forces were involved"): subjects headed by a
security noun of a responder verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.extract.events.lexicon import EventLexicon
from claimgraph.extract.events.triggers import Trigger
from claimgraph.extract.syntax import OBJECT_DEPS, DocView, is_amount

SUBJECTS = frozenset({"nsubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "them", "him", "her", "who", "which",
                      "that", "i"})
PLACE_NOUNS = frozenset({"country", "nation"})
NAMING_VERBS = frozenset({"know", "call", "name", "dub"})
VICTIM_VERBS = frozenset({"kill", "shoot", "kidnap", "abduct", "stab", "behead", "execute",
                          "murder", "assassinate", "wound", "injure", "take", "hold", "seize"})


@dataclass(slots=True)
class Role:
    start: int  # character offsets
    end: int
    role: str
    head: int  # token index
    hedged: bool = False


def _doer_role(lex: EventLexicon, kind: str | None) -> str:
    return "perpetrator" if lex.has(kind, "doer") else "agent"


def participants_of(view: DocView, lex: EventLexicon, trig: Trigger) -> list[Role]:
    out: list[Role] = []
    seen: set[int] = set()
    for token, role, hedge_at in _arguments(view, lex, trig):
        for t in _expand(view, token):
            if t in seen or (trig.start <= t < trig.end and t not in trig.gaps) or view.timex_at[t] >= 0:
                continue
            seen.add(t)
            span = named_span(view, t)
            if span is None:
                continue
            hedged = _hedged(view, lex, t) or any(_hedged(view, lex, h) for h in hedge_at)
            out.append(Role(span[0], span[1], role, t, hedged))
    return out


def _expand(view: DocView, i: int) -> list[int]:
    """The argument and its conjuncts ("French and Kenyan forces" stays one phrase)."""
    out = [i]
    for c in view.children[i]:
        if view.dep[c] == "conj" and view.pos[c] in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def _arguments(view: DocView, lex: EventLexicon, trig: Trigger) -> Iterator[tuple[int, str, list[int]]]:
    h = trig.head
    kind = trig.type
    doer = _doer_role(lex, kind)
    if trig.verbal:
        yield from _verb_arguments(view, lex, trig, doer)
        return
    for c in view.children[h]:
        dep, word = view.dep[c], view.lower[c]
        objects = [g for g in view.children[c] if view.dep[g] == "pobj"]
        if dep == "prep" and word == "by":
            yield from ((g, doer, [h]) for g in objects)
        elif dep == "poss" and not (_place(view, lex, c) and lex.has(kind, "possessive_place")):
            # "Brazil's election" names a place; "Russia's invasion", its author
            yield c, lex.possessor_roles.get(kind or "", doer), [h]
        elif dep == "compound" and lex.has(kind, "agent_compound") and _country(view, lex, c):
            yield c, doer, [h]  # "a U.S. air strike"
        elif dep == "prep" and word in ("on", "against"):
            yield from ((g, "target", [h]) for g in objects)
        elif dep == "prep" and word == "into":
            yield from _probed(view, lex, kind, c, h)  # "a probe into X"
        elif dep == "prep" and word == "of" and lex.has(kind, "doer"):
            for g in objects:  # "the assassination of the governor"
                if view.lemma[g] != "hostage":
                    yield g, _patient_role(view, lex, g, "kill", kind), [h]
        elif dep == "prep" and word == "of" and kind in lex.of_roles:
            yield from ((g, lex.of_roles[kind], [h]) for g in objects)
    yield from _governor_arguments(view, lex, trig, doer)


def _place(view: DocView, lex: EventLexicon, i: int) -> bool:
    """A place's name, or a place noun ("the city's 19th homicide", "the country's election")."""
    m = view.mention(i)
    if m is not None:
        return m.label == "Location"
    return view.lemma[i] in lex.city_cues or view.lemma[i] in lex.region_cues or view.lemma[i] in PLACE_NOUNS


def _country(view: DocView, lex: EventLexicon, i: int) -> bool:
    m = view.mention(i)
    if m is None:
        return False
    name = " ".join(view.text[m.start_char:m.end_char].lower().split())
    return m.label == "Location" and name in lex.countries


def _verb_arguments(view: DocView, lex: EventLexicon, trig: Trigger, doer: str) -> Iterator[tuple[int, str, list[int]]]:
    h = trig.head
    kind = trig.type
    kids = view.children[h]
    subjects = [c for c in kids if view.dep[c] in SUBJECTS]
    if not subjects and view.dep[h] == "relcl":
        subjects = [view.head[h]]  # "Gunmen who stormed the hotel"
    if not subjects and view.dep[h] in ("xcomp", "conj"):
        parent = view.head[h]
        subjects = [c for c in view.children[parent] if view.dep[c] in SUBJECTS]
    passives = [c for c in kids if view.dep[c] in PASSIVE_SUBJECTS]
    agents = [g for c in kids if view.dep[c] == "agent" for g in view.children[c] if view.dep[g] == "pobj"]
    objects = [c for c in kids if view.dep[c] in OBJECT_DEPS]
    datives = [c for c in kids if view.dep[c] == "dative" and view.pos[c] in ("NOUN", "PROPN", "PRON")]
    if lex.has(kind, "funds"):  # "paid X $5,000", "paid $5,000 to X", "donated to X": who gets it
        recipients = datives + [g for c in kids if view.dep[c] in ("dative", "prep") and view.lower[c] == "to"
                                for g in view.children[c] if view.dep[g] == "pobj"]
        named = [o for o in objects if (m := view.mention(o)) is not None and m.label in ("Person", "Organization")]
        yield from ((r, "recipient", [h]) for r in recipients + named)  # "paid Raymond Achterberg $400,000"
        objects = [o for o in objects if o not in named]
        datives = []
    if datives:  # "fined the company 400,000 cedis": the one fined, not the sum
        objects = datives + [o for o in objects if not is_amount(view.doc[o])]
    if kind == "death":
        for s in subjects + passives + objects:
            yield s, "victim", [h]
        return
    if kind == "renaming":
        for s in subjects:
            yield (view.head[h] if view.lower[s] in ("which", "that", "who") else s), "target", [h]
        for c in kids:
            if view.dep[c] == "prep" and view.lower[c] in ("to", "as"):
                yield from ((g, "new_name", [h]) for g in view.children[c] if view.dep[g] == "pobj")
            elif view.dep[c] in ("oprd", "attr", "dobj") and view.lemma[c] != "name" and view.pos[c] == "PROPN":
                yield c, "new_name", [h]
        return
    if kind == "appointment":
        for s in subjects:
            yield s, "agent", [h]
        for s in objects + passives:
            yield s, "appointee", [h]
        return
    for s in subjects:
        if view.lower[s] in ("who", "which", "that") and view.dep[h] == "relcl":
            s = view.head[h]
        yield s, doer, [h]
    for a in agents:
        yield a, doer, [h]
    for o in objects + passives:
        if kind in ("merger",):
            yield o, "agent", [h]
        else:
            yield o, _patient_role(view, lex, o, view.lemma[h], kind), [h]
    for c in kids:
        if view.dep[c] == "prep" and view.lower[c] == "with" and kind == "merger":
            yield from ((g, "agent", [h]) for g in view.children[c] if view.dep[g] == "pobj")
        elif view.dep[c] == "prep" and view.lower[c] == "against":
            yield from ((g, "target", [h]) for g in view.children[c] if view.dep[g] == "pobj")


def _patient_role(view: DocView, lex: EventLexicon, i: int, verb: str, kind: str | None) -> str:
    if not lex.has(kind, "doer") and kind != "death":
        return "target"
    m = view.mention(i)
    if m is not None and m.label == "Person":
        return "victim"
    if verb in VICTIM_VERBS and view.lemma[i] not in lex.facility_nouns:
        return "victim"
    return "target"


def _probed(view: DocView, lex: EventLexicon, kind: str | None, into: int, anchor: int) -> Iterator[tuple[int, str, list[int]]]:
    """The target an "into" phrase names for a type that probes ("an investigation into
    Corvane"): a name only ("into the donations" is what, not whom)."""
    if lex.has(kind, "probes"):
        yield from ((g, "target", [anchor]) for g in view.children[into]
                    if view.dep[g] == "pobj" and named_span(view, g) is not None)


def _governor_arguments(view: DocView, lex: EventLexicon, trig: Trigger, doer: str) -> Iterator[tuple[int, str, list[int]]]:
    """Arguments of the verb or noun that governs a noun trigger."""
    h = trig.head
    parent = view.head[h]
    dep = view.dep[h]
    if parent == h:
        return
    plemma = view.lemma[parent]
    if dep in ("dobj", "nsubjpass") and (plemma in lex.perpetrator_verbs or (
            doer == "agent" and plemma in lex.agent_verbs)):
        for c in view.children[parent]:
            if view.dep[c] in SUBJECTS and dep == "dobj":
                s = view.head[parent] if view.lower[c] in ("who", "which", "that") and view.dep[parent] == "relcl" else c
                yield s, doer, [parent]
            elif view.dep[c] == "agent":
                yield from ((g, doer, [parent]) for g in view.children[c] if view.dep[g] == "pobj")
            elif view.dep[c] == "prep" and view.lower[c] == "into":
                yield from _probed(view, lex, trig.type, c, parent)  # the phrase hung on the verb
        return
    if dep == "pobj":
        prep = parent
        governor = view.head[prep]
        word = view.lower[prep]
        if word in lex.behind_words or (word == "for" and view.lemma[governor] in lex.behind_words):
            verb = governor if word in lex.behind_words else view.head[governor]
            for c in view.children[verb]:
                if view.dep[c] in SUBJECTS:
                    yield c, doer, [verb]
        elif word == "of" and (view.lemma[governor] in lex.perpetrator_nouns or view.lemma[governor] in ("author", "mastermind", "organizer", "architect")):
            named_by = 0
            verb = view.head[governor]
            if view.dep[governor] in ("nsubjpass", "nsubj"):
                # "the authors of the attack were (most likely) led by X" / "were X"
                near = [verb] + [c for c in view.children[verb] if view.dep[c] in ("acomp", "xcomp")]
                near += [g for c in near[1:] for g in view.children[c] if view.dep[g] == "xcomp"]
                for v in near:
                    for c in view.children[v]:
                        if view.dep[c] == "agent":
                            for g in view.children[c]:
                                if view.dep[g] == "pobj":
                                    named_by += 1
                                    yield g, doer, [v, verb]
                        elif view.dep[c] == "attr" and v == verb:
                            named_by += 1
                            yield c, doer, [verb]
            if not named_by:  # "the authors of the attack" themselves, when nothing names them
                yield governor, doer, [governor]
    if dep in ("nsubj",) and lex.has(trig.type, "doer") and view.pos[parent] == "VERB" and plemma in VICTIM_VERBS:
        for c in view.children[parent]:  # "an air strike killed a senior commander"
            if view.dep[c] == "dobj" and not any(view.dep[g] == "nummod" for g in view.children[c]):
                yield c, _patient_role(view, lex, c, plemma, trig.type), [parent]
    if dep == "dobj" and plemma in ("win",):
        for c in view.children[parent]:
            if view.dep[c] in SUBJECTS:
                yield c, "winner", [parent]


def named_span(view: DocView, i: int) -> tuple[int, int] | None:
    """Character span of the argument at token `i`: a mention, a name in apposition, its NP."""
    if view.lower[i] in PRONOUNS and view.pos[i] == "PRON":
        found = antecedent_span(view, i)
        return found
    m = view.mention(i)
    if m is not None:
        return m.start_char, m.end_char
    for c in view.children[i]:
        if view.dep[c] == "appos":
            m = view.mention(c)
            if m is not None and m.label != "Location":
                return m.start_char, m.end_char
        elif view.dep[c] == "acl" and view.lemma[c] in NAMING_VERBS:
            for p in view.children[c]:
                if view.dep[p] == "prep" and view.lower[p] == "as":
                    for g in view.children[p]:
                        m = view.mention(g)
                        if m is not None:
                            return m.start_char, m.end_char
    if view.pos[i] not in ("NOUN", "PROPN"):
        return None
    start = i
    for c in view.children[i]:
        if c < i and view.dep[c] not in ("punct", "cc", "prep", "relcl", "acl", "appos"):
            start = min(start, view.span_bounds(c)[0])
    while start < i and view.pos[start] == "PUNCT":
        start += 1
    return view.idx[start], view.ends[i]


def antecedent_span(view: DocView, i: int) -> tuple[int, int] | None:
    """The antecedent of a pronoun or a definite description ("the group"), from the
    coreference component's links (`doc._.coref`) when it ran; else None."""
    return view.antecedent(i)


def _hedged(view: DocView, lex: EventLexicon, i: int) -> bool:
    for c in view.children[i]:
        if view.lower[c] in lex.suspect_cues or view.lemma[c] in lex.suspect_cues:
            if view.dep[c] in ("amod", "advmod", "aux", "compound", "acomp", "nmod", "dep"):
                return True
            for g in view.children[c]:
                if view.lower[g] in lex.suspect_cues:
                    return True
    return False


PASSIVE_RESPONSE = frozenset({"involve", "deploy", "mobilize", "mobilise", "send", "dispatch"})


@dataclass(slots=True)
class ResponderAct:
    verb: int  # token of the responder verb
    roles: list[Role]


def responder_acts(view: DocView, lex: EventLexicon) -> list[ResponderAct]:
    out = []
    for i in range(len(view)):
        if view.pos[i] != "VERB" or (view.lemma[i] not in lex.responder_verbs
                                     and view.lower[i] not in lex.responder_verbs):
            continue
        subjects = [c for c in view.children[i] if view.dep[c] == "nsubj"
                    or (view.dep[c] == "nsubjpass" and view.lemma[i] in PASSIVE_RESPONSE)]
        roles = []
        for s in subjects:
            if view.lemma[s] in lex.security_nouns or view.lower[s] in lex.security_nouns:
                span = named_span(view, s)
                if span is not None:
                    roles.append(Role(span[0], span[1], "responder", s))
        if roles:
            out.append(ResponderAct(i, roles))
    return out
