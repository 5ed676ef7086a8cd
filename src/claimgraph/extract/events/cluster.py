"""One incident per real-world event: the mentions of the same incident in a document joined.

`cluster(mentions, lex)` walks the trigger mentions in text order; each one

- joins an incident of its family whose place agrees with its own at city level or finer
  ("The Kabul terror operation" / "a hotel in Kabul"), when their dates do not conflict;
- else joins an incident of its family named in the same sentence, when nothing conflicts;
- else, when it is definite ("the attack", "the siege", "his death") and names no place or
  date of its own that conflicts, joins the latest incident of its family (anaphora);
- else starts an incident. An anaphor noun ("the operation", "the deal") never starts one.

Conflicts: places of the same level with different names (Paris vs Kabul; Niger vs Chad),
dates in different years or months (each in its trigger's clause), or dates apart (another day, another month) both attached to their
triggers. A relative
date in a clause ("Five days later") does not split an incident dated by its trigger.
Families (events.yaml): attack, bombing, shooting, hostage_taking and kidnapping are one
family ("violent"); every other type is its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.extract.events.arguments import Role
from claimgraph.extract.events.dates import DateRef
from claimgraph.extract.events.lexicon import EventLexicon
from claimgraph.extract.events.places import PlacePart
from claimgraph.extract.events.triggers import Trigger

SPECIFIC = ("facility", "city")
WINDOW = 3  # sentences within which a mention with nothing of its own continues an incident
COMPARED = ("city", "region", "country")


@dataclass(slots=True)
class EventMention:
    trig: Trigger
    family: str | None
    places: dict[str, PlacePart]
    date: DateRef | None
    roles: list[Role]
    claim: int  # index into doc._.claims, -1 when none
    sent: int
    para: int
    headline: bool = False
    joined: str = "start"  # how it joined its incident: start, place, sentence, anaphora, ...
    role_keys: frozenset[tuple[str, str]] = frozenset()  # (role, lowercase text) of its roles
    name: str | None = None  # the event's name when the trigger is inside one ("the Cold War")


@dataclass(slots=True)
class Incident:
    family: str
    mentions: list[EventMention] = field(default_factory=list)
    _places: dict[str, set[str]] = field(default_factory=dict)
    _dates: list[DateRef] = field(default_factory=list)
    _keys: set[tuple[str, str]] = field(default_factory=set)
    _names: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        for m in list(self.mentions):
            self._note(m)

    def add(self, m: EventMention) -> None:
        self.mentions.append(m)
        self._note(m)

    def _note(self, m: EventMention) -> None:
        for level, part in m.places.items():
            self._places.setdefault(level, set()).add(part.key)
        if m.date is not None:
            self._dates.append(m.date)
        self._keys.update(m.role_keys)
        if m.name:
            self._names.add(m.name)

    @property
    def last(self) -> int:
        return self.mentions[-1].trig.head

    def places(self) -> dict[str, set[str]]:
        return self._places

    def dates(self) -> list[DateRef]:
        return self._dates


def _place_agrees(incident: Incident, mention: EventMention) -> bool:
    """Some city or finer place name is shared, and no compared level conflicts."""
    mine = {level: part.key for level, part in mention.places.items()}
    theirs = incident.places()
    shared = any(mine.get(level) in theirs.get(level, ()) for level in ("city", "region"))
    shared = shared or _facility_shared(mine.get("facility"), theirs.get("facility", set()))
    return shared and not _place_conflict(incident, mention)


def _facility_shared(mine: str | None, theirs: set[str]) -> bool:
    if not mine:
        return False
    words = set(_name_words(mine))
    return any(len(words & set(_name_words(other))) >= 1 for other in theirs if _name_words(other))


def _name_words(text: str) -> list[str]:
    stop = {"the", "a", "an", "hotel", "facility", "plant", "in", "of"}
    return [w for w in text.split() if w not in stop]


def _place_conflict(incident: Incident, mention: EventMention) -> bool:
    theirs = incident.places()
    for level in COMPARED:
        part = mention.places.get(level)
        if part is None or level not in theirs:
            continue
        if part.key not in theirs[level]:
            if level == "country" and not mention.places.get("city"):
                return True
            if level == "city" or level == "country":
                return True
    return False


def _date_conflict(incident: Incident, mention: EventMention) -> bool:
    mine = mention.date
    if mine is None:
        return False
    for other in incident.dates():
        a, b = mine.value, other.value
        if a.startswith(b) or b.startswith(a):
            continue
        if a[:4] != b[:4] and a[:4].isdigit() and b[:4].isdigit() and min(mine.strength, other.strength) >= 2:
            return True
        if _months_apart(a, b) and min(mine.strength, other.strength) >= 2:
            return True  # "the kidnapping in January" is not the attack of 9 March
        if mine.strength == 3 and other.strength == 3 and "/" not in a + b:
            return True  # both attached to their triggers and apart: "in January" vs "on Sunday"
    return False


def _months_apart(a: str, b: str) -> bool:
    """Two dates of month precision or finer in different months ("2025-01", "2025-03-09")."""
    return (len(a) >= 7 and len(b) >= 7 and a[4] == b[4] == "-" and a[5:7].isdigit() and b[5:7].isdigit()
            and a[:7] != b[:7])


def _compatible(incident: Incident, mention: EventMention) -> bool:
    return not _place_conflict(incident, mention) and not _date_conflict(incident, mention)


def cluster(mentions: list[EventMention], lex: EventLexicon) -> list[Incident]:
    incidents: list[Incident] = []
    for m in mentions:
        target, how = _home(incidents, m, lex)
        if target is None:
            if m.trig.anaphor:
                continue
            target = Incident(m.family or "")
            incidents.append(target)
            how = "start"
        m.joined = how
        target.add(m)
    return incidents


def _home(incidents: list[Incident], m: EventMention, lex: EventLexicon) -> tuple[Incident | None, str]:
    same_family = [inc for inc in incidents if _family_fits(inc, m)]
    if not same_family or (m.trig.distinct and not m.trig.anaphor):
        return None, "start"
    for inc in reversed(same_family):
        if m.places and _place_agrees(inc, m) and not _date_conflict(inc, m):
            return inc, "place"
    for inc in reversed(same_family):
        if any(x.sent == m.sent for x in inc.mentions) and _compatible(inc, m):
            return inc, "sentence"
    for inc in reversed(same_family):
        if m.name and m.name in inc._names:
            return inc, "name"  # "the Cold War" ... "the Cold War"
        if m.role_keys & inc._keys and _compatible(inc, m):
            return inc, "participant"
    latest = max(same_family, key=lambda inc: inc.last)
    if (m.trig.anaphor or m.trig.bare) and _compatible(latest, m) and not _new_specifics(latest, m):
        return latest, "anaphora"
    if m.family in lex.families_with("continued") and _compatible(latest, m) and not _new_specifics(latest, m):
        recent = m.sent - latest.mentions[-1].sent <= WINDOW and not m.trig.indefinite
        if recent or all(x.headline for x in latest.mentions):
            return latest, "continuation"  # "told a rally" brings in a rally of its own
    return None, "start"




def _new_specifics(incident: Incident, m: EventMention) -> bool:
    """A definite mention with its own date of another day is not a reference back."""
    if m.date is None or m.date.strength < 3:
        return False
    return all(not (m.date.value.startswith(d.value) or d.value.startswith(m.date.value))
               for d in incident.dates()) and bool(incident.dates())


def _family_fits(incident: Incident, m: EventMention) -> bool:
    if m.trig.anaphor:
        return incident.family in m.trig.families or any(
            x.trig.type in m.trig.families for x in incident.mentions)
    return incident.family == m.family
