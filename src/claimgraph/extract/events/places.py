"""Where an incident happened, as each trigger's phrase states it.

`places_of(view, lex, trigger)` returns the parts of the place it finds, by level:
facility ("the Serena hotel", "the In Salah gas facility"), city, region, country.
It starts from the words attached to the trigger (nominal modifiers: "the Kabul attack";
prepositions in/at/on/near: "an attack on a hotel in Niamey, Niger"; the object of a verb:
"stormed the hotel"; the verb a noun trigger is subject of: "a drone strike killed four in
X"; the frame verb of a claim: "denied responsibility for the blast at a mosque in X"; the
subject of "was the object/target of an attack"), and reads each place phrase with
`events.place_names.PlaceCollector`. When nothing is found: a named place after in/at in the
trigger's clause, and (`sentence_places`, for the only trigger of a sentence) in its sentence,
in the same voice.
"""

from __future__ import annotations

from claimgraph.extract.events.lexicon import EventLexicon
from claimgraph.extract.events.place_names import (
    LEVELS,
    NAME_POS,
    PlaceCollector,
    PlacePart,
)
from claimgraph.extract.events.triggers import Trigger
from claimgraph.extract.syntax import DocView

__all__ = ["LEVELS", "PlacePart", "places_of", "sentence_places"]

TARGET_PREPS = frozenset({"on", "against"})
FROM = frozenset({"from"})
IN = frozenset({"in"})
OF = frozenset({"of"})
CLAUSE_PLACE_PREPS = frozenset({"in", "at"})
COPULA_NOUNS = frozenset({"object", "target", "scene", "site", "victim", "setting"})


def places_of(view: DocView, lex: EventLexicon, trig: Trigger) -> dict[str, PlacePart]:
    """The place parts one trigger's phrase states, by level."""
    col = PlaceCollector(view, lex)
    h = trig.head
    col.seen.update(range(trig.start, trig.end))
    for i in _seeds(view, lex, trig):
        col.explore(i, None, 0)
    if not trig.verbal:
        col.follow(h, 0)
        if view.mention(h) is None:  # not inside a name ("the Cold War")
            _modifier_names(col, trig)
    if not col.parts and _copular_target(view, trig):
        _sentence_places(col, trig)
    if not col.parts:
        _clause_places(col, trig)
    return col.parts


def _clause_places(col: PlaceCollector, trig: Trigger) -> None:
    """A named place after in/at anywhere in the trigger's clause ("Voters in Ghana go to the
    polls in a presidential election")."""
    v = col.view
    clause = v.clause(trig.head)
    clauses = {clause}
    while v.dep[clause] == "xcomp" and v.head[clause] != clause:  # "Voters in X chose to leave ..."
        clause = v.clause(v.head[clause])
        clauses.add(clause)
    s = v.sent[trig.head]
    first = v.sent_starts[s]
    last = v.sent_starts[s + 1] if s + 1 < len(v.sent_starts) else len(v)
    for i in range(first, last):
        m = v.mention(i)
        if not (m is not None and m.label == "Location" and i == m.end - 1 and v.dep[i] == "pobj"
                and v.lower[v.head[i]] in CLAUSE_PLACE_PREPS):
            continue
        holder = v.head[v.head[i]]  # the verb, or its subject ("Voters in Ghana go ...")
        if (holder in clauses or (v.dep[holder] in ("nsubj", "nsubjpass", "dobj") and v.head[holder] in clauses)
                or (v.lemma[holder] in col.lex.facility_nouns and v.clause(holder) in clauses)):
            col.explore(i, None, 1)
            return


def sentence_places(view: DocView, lex: EventLexicon, trig: Trigger) -> dict[str, PlacePart]:
    """Last resort for the only trigger of its sentence: a named place after in/at/near
    anywhere in the sentence, outside the words that introduce an attribution ("George Floyd
    died after an officer knelt on his neck in Minneapolis")."""
    col = PlaceCollector(view, lex)
    s = view.sent[trig.head]
    first = view.sent_starts[s]
    last = view.sent_starts[s + 1] if s + 1 < len(view.sent_starts) else len(view)
    for i in range(first, last):
        m = view.mention(i)
        if (m is not None and m.label == "Location" and i == m.end - 1 and view.dep[i] == "pobj"
                and view.lower[view.head[i]] in lex.place_prepositions
                and not view.in_frame(view.idx[i]) and _same_voice(view, i, trig.head)):
            col.explore(i, None, 1)
            break
    return col.parts


def _same_voice(view: DocView, i: int, j: int) -> bool:
    """Tokens in claims of the same source (the author's clauses, or one attribution's)."""
    claims = view.doc._.claims or []
    a, b = view.claim_at[i], view.claim_at[j]
    if a == b:
        return True
    if a < 0 or b < 0:
        return False
    return claims[a].get("attribution") == claims[b].get("attribution")


def _copular_target(view: DocView, trig: Trigger) -> bool:
    """'X was the object/target/scene of an attack'."""
    h = trig.head
    of = view.head[h]
    return view.dep[h] == "pobj" and view.lower[of] == "of" and view.lemma[view.head[of]] in COPULA_NOUNS


def _sentence_places(col: PlaceCollector, trig: Trigger) -> None:
    """Places named before the trigger in its sentence (when the parse lost the subject)."""
    v = col.view
    s = v.sent[trig.head]
    i = trig.start - 1
    found = []
    while i >= 0 and v.sent[i] == s:
        m = v.mention(i)
        if m is not None:
            if m.label == "Location" or (m.label == "Organization" and any(
                    v.lemma[k] in col.lex.facility_nouns for k in range(m.start, m.end))):
                found.append(m.start)
            i = m.start
        i -= 1
    for start in reversed(found):
        col.explore(start, None, 0)


def _prep_objects(view: DocView, i: int, words: frozenset[str]) -> list[int]:
    return [g for c in view.children[i] if view.dep[c] == "prep" and view.lower[c] in words
            for g in view.children[c] if view.dep[g] == "pobj"]


def _seeds(view: DocView, lex: EventLexicon, trig: Trigger) -> list[int]:
    h = trig.head
    preps = lex.place_prepositions | TARGET_PREPS
    seeds = []
    for t in range(trig.start, trig.end):
        seeds += _prep_objects(view, t, preps)
    if trig.verbal:
        for c in view.children[h]:  # "killed 58 people and wounded 500 at a festival in X"
            if view.dep[c] == "conj" and view.pos[c] == "VERB":
                seeds += _prep_objects(view, c, lex.place_prepositions)
        seeds += [c for c in view.children[h] if view.dep[c] in ("dobj", "nsubjpass") and trig.type != "renaming"]
        seeds += _prep_objects(view, h, FROM)
        for s in (c for c in view.children[h] if view.dep[c] == "nsubj"):  # "Police in Brussels"
            seeds += [g for g in _prep_objects(view, s, IN) if view.mention(g) is not None]
        return seeds
    seeds += _prep_objects(view, h, OF)
    for c in view.children[h]:  # "the wildfire that swept through Lahaina"
        if view.dep[c] == "relcl" and view.lemma[c] in lex.course_verbs | {"sweep", "spread", "tear", "rip", "hit"}:
            seeds += _prep_objects(view, c, preps)
    parent = view.head[h]
    if view.dep[h] == "dobj" and lex.has(trig.type, "held_in_place"):  # "Britain held an election"
        seeds += [c for c in view.children[parent] if view.dep[c] == "nsubj"
                  and (m := view.mention(c)) is not None and m.label == "Location"]
    if view.dep[h] in ("nsubj", "nsubjpass") and view.pos[parent] == "VERB":
        seeds += _prep_objects(view, parent, lex.place_prepositions)  # "a drone strike killed 4 in X"
    frame = parent
    if view.dep[h] == "pobj" and view.lower[parent] == "for":
        frame = view.head[view.head[parent]] if view.dep[view.head[parent]] == "dobj" else view.head[parent]
    if (view.dep[h] in ("pobj", "dobj") and frame != h and view.lemma[frame] in lex.frame_verbs):
        seeds += _prep_objects(view, frame, lex.place_prepositions)  # "denied ... for the blast at X"
    if view.dep[h] == "pobj":
        of = view.head[h]
        noun = view.head[of]
        if view.lower[of] == "of" and view.lemma[noun] in COPULA_NOUNS:
            verb = view.head[noun]
            seeds += [c for c in view.children[verb] if view.dep[c] in ("nsubj", "nsubjpass")]
    return seeds




def _one(v: DocView, i: int) -> tuple[int, int]:
    m = v.mention(i)
    return (m.start, m.end) if m is not None else (i, i + 1)


def _modifier_names(col: PlaceCollector, trig: Trigger) -> None:
    """Names before a noun trigger: "the Kabul attacks", "the 2013 In Salah Niger operation"."""
    v = col.view
    h = trig.head
    mods = [c for c in v.children[h] if c < trig.start and v.dep[c] in ("compound", "nmod", "amod", "npadvmod")]
    names = [c for c in mods if v.pos[c] in NAME_POS and v.timex_at[c] < 0]
    if col.lex.has(trig.type, "agent_compound"):  # "a U.S. air strike": the country is its author
        names = [c for c in names if col.name_level(*_one(v, c)) != "country"]
    facilities = [c for c in mods if v.lemma[c] in col.lex.facility_nouns and v.pos[c] == "NOUN"]
    for f in facilities:
        col.explore(f, None, 1)
    if not names:
        return
    start, end = min(names), max(names) + 1
    for c in names:
        s, e = v.span_bounds(c)
        start, end = min(start, s), max(end, e)
    start, _ = col.name_run(start)
    m = v.mention(start) if v.mention(start) is not None else v.mention(end - 1)
    if m is not None and m.label == "Organization" and not col.known_name(m.start, m.end):
        return  # "the ISIS attack": a perpetrator, not a place
    col.name(start, end, None, False)
